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

#include "wmk-meeting-items-group.h"

struct _WmkLogReviewGroup
{
  WmkMeetingGroup parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkLogReviewGroup, wmk_log_review_group, WMK_TYPE_MEETING_GROUP)

/* The progress update recorded for @item at @meeting_id, if any. */
static WmkEntity *
update_at (WmkPlan *plan, WmkEntity *item, const char *meeting_id)
{
  g_autoptr(GPtrArray) updates = wmk_plan_dup_children (plan, wmk_entity_get_id (item), "progress_update");

  for (guint i = updates->len; i-- > 0;)
    if (g_strcmp0 (wmk_entity_get_string (updates->pdata[i], "meeting"), meeting_id) == 0)
      return updates->pdata[i];
  return NULL;
}

/* Records @text as @item's update at @meeting: the meeting's update made
 * or changed, and the item's latest update, in @edit. */
static gboolean
record_update (WmkEdit *edit, WmkPlan *plan, WmkEntity *item, WmkEntity *meeting, const char *text,
               GError **error)
{
  WmkEntity *update = update_at (plan, item, wmk_entity_get_id (meeting));
  g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), text);
  g_autofree char *today = wmk_today_iso ();
  const char *date = wmk_entity_get_string (meeting, "date");

  if (update)
    {
      if (!wmk_edit_set (edit, wmk_entity_get_id (update), "text", value, error))
        return FALSE;
    }
  else
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "parent", wmk_entity_get_id (item));
      json_object_set_string_member (fields, "date", date ? date : today);
      json_object_set_string_member (fields, "text", text);
      json_object_set_string_member (fields, "author", wmk_plan_get_author (plan));
      json_object_set_string_member (fields, "meeting", wmk_entity_get_id (meeting));
      if ((id = wmk_edit_create (edit, "progress_update", fields, error)) == NULL)
        return FALSE;
    }
  return wmk_edit_set (edit, wmk_entity_get_id (item), "update", value, error);
}

static void
update_applied (AdwEntryRow *row, WmkLogReviewGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  WmkEntity *item = wmk_plan_lookup (plan, g_object_get_data (G_OBJECT (row), "item-id"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  WmkEntity *update = meeting && item ? update_at (plan, item, wmk_entity_get_id (meeting)) : NULL;
  g_autoptr(WmkEdit) edit = NULL;
  GError *error = NULL;

  if (*text == '\0' || meeting == NULL || item == NULL
      || (update && g_strcmp0 (wmk_entity_get_string (update, "text"), text) == 0))
    return;
  /* The update and the item's latest update, undone together. */
  edit = wmk_plan_begin (plan, _("Review an action"));
  wmk_meeting_group_check (group, record_update (edit, plan, item, meeting, text, &error)
                                  && wmk_plan_commit (plan, edit, &error), error);
}

/* A new status at the review is this meeting's update too: the item stays
 * in the review, and the log shows when it was closed. */
static void
status_selected (AdwComboRow *row, GParamSpec *pspec, WmkLogReviewGroup *self)
{
  static const char *const statuses[] = { "open", "done", "dropped", NULL };
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  WmkEntity *item = wmk_plan_lookup (plan, g_object_get_data (G_OBJECT (row), "item-id"));
  guint selected = adw_combo_row_get_selected (row);
  const char *said[] = { _("Still open."), _("Done."), _("Dropped.") };
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  GError *error = NULL;

  if (meeting == NULL || item == NULL || selected >= G_N_ELEMENTS (said)
      || g_strcmp0 (wmk_entity_get_string (item, "status"), statuses[selected]) == 0)
    return;
  edit = wmk_plan_begin (plan, _("Change the status of an action"));
  value = json_node_init_string (json_node_alloc (), statuses[selected]);
  wmk_meeting_group_check (group, wmk_edit_set (edit, wmk_entity_get_id (item), "status", value, &error)
                                  && (update_at (plan, item, wmk_entity_get_id (meeting))
                                      || record_update (edit, plan, item, meeting, said[selected], &error))
                                  && wmk_plan_commit (plan, edit, &error), error);
}

/**
 * wmk_log_review_dup_items:
 *
 * The action-log items to review at @meeting: every item of an earlier
 * meeting of the same body still open, or updated at this meeting.
 *
 * Returns: (transfer container): the items, oldest meeting first
 */
GPtrArray *
wmk_log_review_dup_items (WmkPlan *plan, WmkEntity *meeting)
{
  const char *meeting_id = wmk_entity_get_id (meeting);
  const char *body_id = wmk_entity_get_parent_id (meeting);
  const char *date = wmk_entity_get_string (meeting, "date");
  g_autoptr(GPtrArray) meetings = body_id ? wmk_plan_dup_children (plan, body_id, "meeting") : g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < meetings->len; i++)
    {
      WmkEntity *earlier = meetings->pdata[i];
      const char *d = wmk_entity_get_string (earlier, "date");
      g_autoptr(GPtrArray) items = NULL;

      /* An undated meeting (the seed's) counts as before any dated one. */
      if (earlier == meeting || (date && d && strcmp (d, date) >= 0) || (date == NULL && d))
        continue;
      items = wmk_plan_dup_children (plan, wmk_entity_get_id (earlier), "log_item");
      for (guint j = 0; j < items->len; j++)
        if (g_strcmp0 (wmk_entity_get_string (items->pdata[j], "status"), "open") == 0
            || update_at (plan, items->pdata[j], meeting_id))
          g_ptr_array_add (found, items->pdata[j]);
    }
  return found;
}

/* How many of the items to review have no update at @meeting yet. */
guint
wmk_log_review_count_missing (WmkPlan *plan, WmkEntity *meeting)
{
  g_autoptr(GPtrArray) items = wmk_log_review_dup_items (plan, meeting);
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    if (update_at (plan, items->pdata[i], wmk_entity_get_id (meeting)) == NULL)
      n++;
  return n;
}

static GtkWidget *
review_row (WmkLogReviewGroup *self, WmkPlan *plan, WmkEntity *item, const char *meeting_id)
{
  const char *words[] = { _("Open"), _("Done"), _("Dropped"), NULL };
  static const char *const statuses[] = { "open", "done", "dropped", NULL };
  WmkEntity *raised_at = wmk_plan_lookup (plan, wmk_entity_get_parent_id (item));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *update = adw_entry_row_new ();
  GtkWidget *status = adw_combo_row_new ();
  g_autoptr(GtkStringList) status_list = gtk_string_list_new (words);
  WmkEntity *done = update_at (plan, item, meeting_id);
  const char *done_text = done ? wmk_entity_get_string (done, "text") : NULL;
  const char *previous = wmk_entity_get_string (item, "update");
  const char *raised = raised_at ? wmk_entity_get_string (raised_at, "date") : NULL;
  const char *current = wmk_entity_get_string (item, "status");
  g_autofree char *owner = wmk_log_item_owner_words (plan, item);
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (item, "text"));
  g_autofree char *when = raised ? wmk_date_format (raised, "%-d %b %Y")
                                 : wmk_first_line (raised_at ? wmk_entity_get_string (raised_at, "date_text") : NULL);
  char *aside = strstr (when, " (");
  g_autofree char *subtitle = NULL;
  g_autofree char *update_key = g_strdup_printf ("%s/review-update", wmk_entity_get_id (item));
  g_autofree char *status_key = g_strdup_printf ("%s/review-status", wmk_entity_get_id (item));
  GtkWidget *icon = gtk_image_new_from_icon_name (done ? "emblem-ok-symbolic" : "task-due-symbolic");

  /* "Early 2023 (the minutes give no date; …)": the words before the aside. */
  if (aside && aside > when)
    *aside = '\0';
  subtitle = g_strdup_printf (_("%s · raised %s · owner: %s · %s"),
                              done ? _("Reviewed") : _("Not reviewed yet"), when && *when ? when : _("undated"),
                              owner ? owner : _("not recorded"),
                              g_strcmp0 (current, "done") == 0 ? _("Done")
                              : g_strcmp0 (current, "dropped") == 0 ? _("Dropped") : _("Open"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  done ? _("Reviewed") : _("Not reviewed yet"), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
  wmk_meeting_group_set_key (row, wmk_entity_get_id (item), NULL);

  if (previous && !done)
    {
      GtkWidget *last = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (last), previous);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (last), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (last), _("Latest update"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), last);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (update), _("Update at this meeting"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (update), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (update), done_text ? done_text : "");
  g_object_set_data_full (G_OBJECT (update), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  wmk_meeting_group_set_key (update, update_key, wmk_entity_get_id (item));
  g_signal_connect (update, "apply", G_CALLBACK (update_applied), self);
  g_signal_connect (update, "entry-activated", G_CALLBACK (update_applied), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), update);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (status_list));
  for (guint i = 0; statuses[i]; i++)
    if (g_strcmp0 (statuses[i], current ? current : "open") == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (status), i);
  g_object_set_data_full (G_OBJECT (status), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  wmk_meeting_group_set_key (status, status_key, wmk_entity_get_id (item));
  g_signal_connect (status, "notify::selected", G_CALLBACK (status_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), status);
  return row;
}

static void
wmk_log_review_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkLogReviewGroup *self = WMK_LOG_REVIEW_GROUP (group);
  g_autoptr(GPtrArray) items = wmk_log_review_dup_items (plan, meeting);
  guint missing = 0;
  g_autofree char *description = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      wmk_meeting_group_add (group, review_row (self, plan, items->pdata[i], wmk_entity_get_id (meeting)));
      if (update_at (plan, items->pdata[i], wmk_entity_get_id (meeting)) == NULL)
        missing++;
    }
  if (items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No open actions from earlier meetings"));
      wmk_meeting_group_add (group, row);
    }
  description = items->len == 0
                ? g_strdup (_("Every action still open from earlier meetings, to record its update and status."))
                : missing == 0
                ? g_strdup (_("Every open action from earlier meetings has an update at this meeting."))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u open actions from earlier meetings has no update yet.",
                                                "%u of %u open actions from earlier meetings have no update yet.",
                                                missing),
                                   missing, items->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  wmk_meeting_group_add (group, wmk_meeting_group_switch_row (group, _("Mark the action log as reviewed"),
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
}
