/* wmk-meeting-items-group.c: a meeting's decisions, or its actions arising
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two records a board must keep of what it agreed (R4): its decisions,
 * and the actions arising, which are the action log: an action added here
 * is on the Action Log page at once. The same group shows either, by the
 * type of item it holds ("decision" or "log_item").
 */

#include "config.h"

#include "wmk-meeting-items-group.h"

#include <glib/gi18n.h>

struct _WmkMeetingItemsGroup
{
  WmkMeetingGroup  parent_instance;
  char            *type;
};

G_DEFINE_FINAL_TYPE (WmkMeetingItemsGroup, wmk_meeting_items_group, WMK_TYPE_MEETING_GROUP)

static const char *const log_statuses[] = { "open", "done", "dropped", NULL };

static gboolean
is_log (WmkMeetingItemsGroup *self)
{
  return g_str_equal (self->type, "log_item");
}

static GtkWidget *
decision_row (WmkMeetingGroup *group, WmkEntity *decision, guint index)
{
  g_autofree char *title = g_strdup_printf (_("Decision %u"), index + 1);
  GtkWidget *row = wmk_meeting_group_entry_row (group, title, decision, "text");

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), wmk_meeting_group_delete_button (group, decision, title));
  return row;
}

static GtkWidget *
log_row (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *item)
{
  const char *words[] = { _("Open"), _("Done"), _("Dropped"), NULL };
  GtkWidget *row = adw_expander_row_new ();
  const char *owner = wmk_entity_get_string (item, "owner_text");
  const char *due = wmk_entity_get_string (item, "due");
  const char *status = wmk_entity_get_string (item, "status");
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (item, "text"));
  g_autofree char *due_words = due ? wmk_date_format (due, "%-d %b %Y")
                                   : g_strdup (wmk_entity_get_string (item, "due_text"));
  g_autofree char *subtitle = g_strdup_printf (_("%s · owner: %s · due: %s"),
                                               g_strcmp0 (status, "done") == 0 ? _("Done")
                                               : g_strcmp0 (status, "dropped") == 0 ? _("Dropped") : _("Open"),
                                               owner ? owner : _("not recorded"),
                                               due_words && *due_words ? due_words : _("not set"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), wmk_meeting_group_delete_button (group, item, text));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_entry_row (group, _("Action"), item, "text"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_entry_row (group, _("Owner"), item, "owner_text"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_entry_row (group, _("Due (YYYY-MM-DD)"), item, "due"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_choice_row (group, _("Status"), item, "status",
                                                                                  log_statuses, words));
  return row;
}

static void
new_applied (AdwEntryRow *row, WmkMeetingItemsGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *id = NULL;
  GError *error = NULL;

  if (*text == '\0' || meeting == NULL)
    return;
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (meeting));
  json_object_set_string_member (fields, "text", text);
  if (is_log (self))
    json_object_set_string_member (fields, "status", "open");
  id = wmk_plan_create (wmk_meeting_group_get_plan (group), self->type, fields,
                        is_log (self) ? _("Add an action") : _("Add a decision"), &error);
  wmk_meeting_group_check (group, id != NULL, error);
}

static void
wmk_meeting_items_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkMeetingItemsGroup *self = WMK_MEETING_ITEMS_GROUP (group);
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), self->type);
  GtkWidget *new_row = adw_entry_row_new ();

  for (guint i = 0; i < items->len; i++)
    wmk_meeting_group_add (group, is_log (self) ? log_row (group, plan, items->pdata[i])
                                                : decision_row (group, items->pdata[i], i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (new_row),
                                 is_log (self) ? _("New action arising") : _("New decision"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (new_row), TRUE);
  g_signal_connect (new_row, "apply", G_CALLBACK (new_applied), self);
  g_signal_connect (new_row, "entry-activated", G_CALLBACK (new_applied), self);
  wmk_meeting_group_add (group, new_row);
}

/* @type: "decision" or "log_item" */
GtkWidget *
wmk_meeting_items_group_new (const char *type)
{
  WmkMeetingItemsGroup *self = g_object_new (WMK_TYPE_MEETING_ITEMS_GROUP, NULL);

  self->type = g_strdup (type);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   is_log (self) ? _("Actions Arising") : _("Decisions"));
  if (is_log (self))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("Each action goes straight to the action log."));
  return GTK_WIDGET (self);
}

static void
wmk_meeting_items_group_finalize (GObject *object)
{
  g_free (WMK_MEETING_ITEMS_GROUP (object)->type);
  G_OBJECT_CLASS (wmk_meeting_items_group_parent_class)->finalize (object);
}

static void
wmk_meeting_items_group_class_init (WmkMeetingItemsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_meeting_items_group_finalize;
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_meeting_items_group_fill;
}

static void
wmk_meeting_items_group_init (WmkMeetingItemsGroup *self)
{
}
