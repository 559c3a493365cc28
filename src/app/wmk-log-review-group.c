/* wmk-log-review-group.c: the review of the action log at a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notice asks for an action log updated at every meeting (R4). Every
 * action still open from the body's earlier meetings is listed with a place
 * for this meeting's update and its status. An update is kept as a dated
 * progress update that names this meeting, which is the evidence the
 * compliance check and the minutes use.
 */

#include "config.h"

#include "wmk-log-review-group.h"

#include <glib/gi18n.h>
#include <string.h>

struct _WmkLogReviewGroup
{
  WmkMeetingGroup parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkLogReviewGroup, wmk_log_review_group, WMK_TYPE_MEETING_GROUP)

static void
update_applied (AdwEntryRow *row, WmkLogReviewGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  const char *item_id = g_object_get_data (G_OBJECT (row), "item-id");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *today = wmk_today_iso ();
  const char *date = wmk_entity_get_string (meeting, "date");
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(JsonNode) value = NULL;
  g_autofree char *id = NULL;
  GError *error = NULL;

  if (*text == '\0' || meeting == NULL)
    return;
  /* The update and the item's latest update, undone together. */
  edit = wmk_plan_begin (plan, _("Review an action"));
  json_object_set_string_member (fields, "parent", item_id);
  json_object_set_string_member (fields, "date", date ? date : today);
  json_object_set_string_member (fields, "text", text);
  json_object_set_string_member (fields, "author", wmk_plan_get_author (plan));
  json_object_set_string_member (fields, "meeting", wmk_entity_get_id (meeting));
  value = json_node_init_string (json_node_alloc (), text);
  wmk_meeting_group_check (group,
                           (id = wmk_edit_create (edit, "progress_update", fields, &error)) != NULL
                           && wmk_edit_set (edit, item_id, "update", value, &error)
                           && wmk_plan_commit (plan, edit, &error),
                           error);
}

/* The update recorded for @item at @meeting, if any. */
static const char *
update_at (WmkPlan *plan, WmkEntity *item, const char *meeting_id)
{
  g_autoptr(GPtrArray) updates = wmk_plan_dup_children (plan, wmk_entity_get_id (item), "progress_update");

  for (guint i = 0; i < updates->len; i++)
    if (g_strcmp0 (wmk_entity_get_string (updates->pdata[i], "meeting"), meeting_id) == 0)
      return wmk_entity_get_string (updates->pdata[i], "text");
  return NULL;
}

static GtkWidget *
review_row (WmkLogReviewGroup *self, WmkPlan *plan, WmkEntity *item, WmkEntity *raised_at,
            const char *meeting_id)
{
  static const char *const statuses[] = { "open", "done", "dropped", NULL };
  const char *words[] = { _("Open"), _("Done"), _("Dropped"), NULL };
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *update = adw_entry_row_new ();
  const char *done = update_at (plan, item, meeting_id);
  const char *raised = wmk_entity_get_string (raised_at, "date");
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (item, "text"));
  g_autofree char *when = raised ? wmk_date_format (raised, "%-d %b %Y")
                                 : g_strdup (wmk_entity_get_string (raised_at, "date_text"));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", done ? _("Reviewed") : _("Not reviewed yet"),
                                               when ? when : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               gtk_image_new_from_icon_name (done ? "emblem-ok-symbolic" : "task-due-symbolic"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (update), _("Update at this meeting"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (update), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (update), done ? done : "");
  g_object_set_data_full (G_OBJECT (update), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  g_signal_connect (update, "apply", G_CALLBACK (update_applied), self);
  g_signal_connect (update, "entry-activated", G_CALLBACK (update_applied), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), update);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_choice_row (group, _("Status"), item, "status", statuses, words));
  return row;
}

static void
wmk_log_review_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkLogReviewGroup *self = WMK_LOG_REVIEW_GROUP (group);
  const char *meeting_id = wmk_entity_get_id (meeting);
  const char *body_id = wmk_entity_get_parent_id (meeting);
  const char *date = wmk_entity_get_string (meeting, "date");
  g_autoptr(GPtrArray) meetings = body_id ? wmk_plan_dup_children (plan, body_id, "meeting") : g_ptr_array_new ();
  guint n = 0;

  for (guint i = 0; i < meetings->len; i++)
    {
      WmkEntity *earlier = meetings->pdata[i];
      const char *d = wmk_entity_get_string (earlier, "date");
      g_autoptr(GPtrArray) items = NULL;

      if (earlier == meeting || (date && d && strcmp (d, date) >= 0) || (date == NULL && d))
        continue;
      items = wmk_plan_dup_children (plan, wmk_entity_get_id (earlier), "log_item");
      for (guint j = 0; j < items->len; j++)
        if (g_strcmp0 (wmk_entity_get_string (items->pdata[j], "status"), "open") == 0
            || update_at (plan, items->pdata[j], meeting_id))
          {
            wmk_meeting_group_add (group, review_row (self, plan, items->pdata[j], earlier, meeting_id));
            n++;
          }
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No open actions from earlier meetings"));
      wmk_meeting_group_add (group, row);
    }
  wmk_meeting_group_add (group, wmk_meeting_group_switch_row (group, _("Action log reviewed"),
                                                              _("The board went through the open actions"),
                                                              meeting, "log_reviewed"));
}

static void
wmk_log_review_group_class_init (WmkLogReviewGroupClass *klass)
{
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_log_review_group_fill;
}

static void
wmk_log_review_group_init (WmkLogReviewGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Review of the Action Log"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Every action still open from earlier meetings: record its update and status."));
}
