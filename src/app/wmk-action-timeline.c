/* wmk-action-timeline.c: what has been done on an action: updates, evidence, history
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The record the board reads below an action's fields: dated progress
 * updates, newest first, with a row to add today's; links to the evidence
 * of the work, with a row to add one; and every change to the action, who
 * made it, when, and what it was before. An update or a piece of evidence
 * is a child item of the action, created through the plan's edit API, so
 * Undo takes it back. The rows are rebuilt from the plan whenever it
 * changes.
 */

#include "config.h"

#include "wmk-action-timeline.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkActionTimeline
{
  GtkBox               parent_instance;

  WmkPlan             *plan;
  WmkEntity           *action;
  GPtrArray           *rows;  /* the rows of updates, evidence and history, rebuilt on change */

  AdwPreferencesGroup *updates_group;
  AdwEntryRow         *update_row;
  AdwPreferencesGroup *evidence_group;
  AdwEntryRow         *evidence_row;
  AdwPreferencesGroup *history_group;
};

G_DEFINE_FINAL_TYPE (WmkActionTimeline, wmk_action_timeline, GTK_TYPE_BOX)

static void
report (WmkActionTimeline *self, GError *error)
{
  wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static char *
format_day (const char *iso)
{
  if (iso == NULL || !wmk_date_is_valid (iso))
    return g_strdup (_("No due date"));
  return wmk_date_format (iso, "%A %-d %B %Y");
}

/* Adding: a child item of the action, from what is typed in a row. */

static JsonObject *
new_child_fields (WmkActionTimeline *self)
{
  JsonObject *fields = json_object_new ();

  json_object_set_string_member (fields, "parent", wmk_entity_get_id (self->action));
  return fields;
}

/* Creates the child; the row is emptied once it is saved. */
static void
create_child (WmkActionTimeline *self, const char *type, const char *label, JsonObject *fields,
              AdwEntryRow *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (self->plan, label);
  g_autofree char *id = NULL;

  if ((id = wmk_edit_create (edit, type, fields, &error)) == NULL
      || !wmk_plan_commit (self->plan, edit, &error))
    report (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
update_applied_cb (WmkActionTimeline *self)
{
  g_autoptr(JsonObject) fields = NULL;
  g_autofree char *today = wmk_today_iso ();
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->update_row));

  if (self->action == NULL || *text == '\0')
    return;
  fields = new_child_fields (self);
  json_object_set_string_member (fields, "date", today);
  json_object_set_string_member (fields, "text", text);
  json_object_set_string_member (fields, "author", wmk_plan_get_author (self->plan));
  create_child (self, "progress_update", _("Add a progress update"), fields, self->update_row);
}

static void
evidence_applied_cb (WmkActionTimeline *self)
{
  g_autoptr(JsonObject) fields = NULL;
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->evidence_row));

  if (self->action == NULL || *url == '\0')
    return;
  fields = new_child_fields (self);
  json_object_set_string_member (fields, "url", url);
  create_child (self, "evidence", _("Add evidence"), fields, self->evidence_row);
}

/* The rows, rebuilt from the plan. */

static void
add_row (WmkActionTimeline *self, AdwPreferencesGroup *group, const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
remove_evidence_cb (GtkButton *button, WmkActionTimeline *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (self->plan, _("Remove evidence"));

  if (!wmk_edit_delete (edit, g_object_get_data (G_OBJECT (button), "id"), &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    report (self, error);
}

static void
add_evidence_row (WmkActionTimeline *self, WmkEntity *evidence)
{
  const char *url = wmk_entity_get_string (evidence, "url");
  const char *description = wmk_entity_get_string (evidence, "description");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove the evidence “%s”"), url ? url : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), description ? description : url);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (description)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), url);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (remove), "id", g_strdup (wmk_entity_get_id (evidence)),
                          g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_evidence_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (self->evidence_group, row);
  g_ptr_array_add (self->rows, row);
}

static int
newest_update_first (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (wmk_entity_get_string (*(WmkEntity **) b, "date"),
                    wmk_entity_get_string (*(WmkEntity **) a, "date"));
}

static char *
describe_change (WmkActionTimeline *self, WmkChange *change)
{
  const WmkFieldSpec *field = change->field ? wmk_type_spec_lookup_field (
                                                wmk_entity_get_spec (self->action), change->field)
                                            : NULL;
  const char *name = field ? _(field->label) : change->field;

  switch (change->kind)
    {
    case WMK_OP_CREATE:
      return g_strdup (_("Created"));
    case WMK_OP_DELETE:
      return g_strdup (_("Deleted"));
    case WMK_OP_RESTORE:
      return g_strdup (_("Restored"));
    case WMK_OP_ADD:
    case WMK_OP_REMOVE:
      {
        WmkEntity *other = wmk_plan_lookup (self->plan, change->elem);
        g_autofree char *title = other ? wmk_entity_dup_title (other) : g_strdup (change->elem);
        return g_strdup_printf (change->kind == WMK_OP_ADD ? _("%s: linked %s")
                                                           : _("%s: unlinked %s"),
                                name, title);
      }
    case WMK_OP_SET:
    default:
      {
        g_autofree char *old = wmk_json_to_display (change->old_value);
        g_autofree char *new = wmk_json_to_display (change->new_value);
        return g_strdup_printf ("%s: “%s” → “%s”", name, *old ? old : _("not set"),
                                *new ? new : _("not set"));
      }
    }
}

static void
rebuild (WmkActionTimeline *self)
{
  g_autoptr(GPtrArray) updates = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) history = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
                                      row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
  if (self->action == NULL)
    return;

  updates = wmk_plan_dup_children (self->plan, wmk_entity_get_id (self->action),
                                   "progress_update");
  g_ptr_array_sort (updates, newest_update_first);
  for (guint i = 0; i < updates->len; i++)
    {
      WmkEntity *update = updates->pdata[i];
      g_autofree char *when = format_day (wmk_entity_get_string (update, "date"));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", when,
                                                   wmk_entity_get_string (update, "author")
                                                     ? wmk_entity_get_string (update, "author")
                                                     : "");
      add_row (self, self->updates_group, wmk_entity_get_string (update, "text"), subtitle);
    }

  evidence = wmk_plan_dup_children (self->plan, wmk_entity_get_id (self->action), "evidence");
  for (guint i = 0; i < evidence->len; i++)
    add_evidence_row (self, evidence->pdata[i]);

  history = wmk_plan_history (self->plan, wmk_entity_get_id (self->action), NULL);
  /* Newest first, as people read a log. */
  for (guint i = history ? history->len : 0; i > 0; i--)
    {
      WmkChange *change = history->pdata[i - 1];
      g_autofree char *what = describe_change (self, change);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (change->time_ms / 1000);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);
      g_autofree char *when = g_date_time_format (local, "%-d %b %Y, %H:%M");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", when, change->author);

      add_row (self, self->history_group, what, subtitle);
    }
}

static void
plan_changed_cb (WmkActionTimeline *self)
{
  if (self->action)
    rebuild (self);
}

/**
 * wmk_action_timeline_set_action:
 * @action: (nullable): the action whose record to show
 */
void
wmk_action_timeline_set_action (WmkActionTimeline *self, WmkPlan *plan, WmkEntity *action)
{
  g_return_if_fail (WMK_IS_ACTION_TIMELINE (self));
  g_return_if_fail (plan == NULL || WMK_IS_PLAN (plan));
  g_return_if_fail (action == NULL || WMK_IS_ENTITY (action));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->action, action);
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  rebuild (self);
}

static void
wmk_action_timeline_dispose (GObject *object)
{
  WmkActionTimeline *self = WMK_ACTION_TIMELINE (object);

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->action);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_ACTION_TIMELINE);
  G_OBJECT_CLASS (wmk_action_timeline_parent_class)->dispose (object);
}

static void
wmk_action_timeline_class_init (WmkActionTimelineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_action_timeline_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-action-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkActionTimeline, updates_group);
  gtk_widget_class_bind_template_child (widget_class, WmkActionTimeline, update_row);
  gtk_widget_class_bind_template_child (widget_class, WmkActionTimeline, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, WmkActionTimeline, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, WmkActionTimeline, history_group);
  gtk_widget_class_bind_template_callback (widget_class, update_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_applied_cb);
}

static void
wmk_action_timeline_init (WmkActionTimeline *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
