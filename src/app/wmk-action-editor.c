/* wmk-action-editor.c: every field of one action, saved as it is changed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * There is no Save button: each change is one edit through the plan's edit
 * API the moment it is made (text after a pause in typing or when the field
 * is left), so nothing typed is lost and Ctrl+Z undoes any of it.
 *
 * Below the fields, the action's progress updates, evidence and history are
 * a widget of their own (wmk-action-timeline.c).
 */

#include "config.h"

#include "wmk-action-editor.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "wmk-action-timeline.h"
#include "wmk-link-list.h"
#include "wmk-rag-badge.h"
#include "wmk-window.h"

#define TYPING_PAUSE_MS 800

static const char *const statuses[] = { "not_started", "in_progress", "complete", "on_hold" };
static const char *const rags[] = { NULL, "red", "amber", "green", "blue" };

struct _WmkActionEditor
{
  AdwBin        parent_instance;

  WmkPlan      *plan;
  WmkEntity    *action;
  gboolean      updating;        /* filling the widgets: don't save */
  guint         save_source;
  const char   *suggested_rag;
  GtkWidget    *links[3];        /* roles, KPIs, success criteria */

  GtkLabel            *heading;
  GtkBox              *groups;
  GtkTextView         *text_view;
  GtkTextView         *outcome_view;
  AdwEntryRow         *due_text_row;
  AdwActionRow        *due_row;
  GtkMenuButton       *due_button;
  GtkCalendar         *calendar;
  AdwPreferencesGroup *status_group;
  AdwComboRow         *status_row;
  AdwComboRow         *rag_row;
  AdwActionRow        *suggestion_row;
  GtkWidget           *use_suggestion;
  WmkActionTimeline   *timeline;
};

enum
{
  CLOSE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmkActionEditor, wmk_action_editor, ADW_TYPE_BIN)

static void
report (WmkActionEditor *self, GError *error)
{
  wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
save_string (WmkActionEditor *self, const char *field, const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = value && *value ? wmk_json_new_string (value) : NULL;

  if (self->updating || self->action == NULL)
    return;
  if (!wmk_plan_set (self->plan, wmk_entity_get_id (self->action), field, node, &error))
    report (self, error);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_texts (WmkActionEditor *self)
{
  g_autofree char *text = buffer_text (self->text_view);
  g_autofree char *outcome = buffer_text (self->outcome_view);

  g_clear_handle_id (&self->save_source, g_source_remove);
  save_string (self, "text", text);
  save_string (self, "outcome", outcome);
}

static gboolean
save_after_pause (gpointer data)
{
  WmkActionEditor *self = data;

  self->save_source = 0;
  save_texts (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (WmkActionEditor *self)
{
  if (self->updating)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (TYPING_PAUSE_MS, save_after_pause, self);
}

static void
set_buffer (GtkTextView *view, const char *text)
{
  g_autofree char *current = buffer_text (view);

  if (g_strcmp0 (current, text ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static guint
index_of (const char *const *values, guint n, const char *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static char *
format_day (const char *iso)
{
  if (iso == NULL || !wmk_date_is_valid (iso))
    return g_strdup (_("No due date"));
  return wmk_date_format (iso, "%A %-d %B %Y");
}

static void
update_fields (WmkActionEditor *self)
{
  const char *due = wmk_entity_get_string (self->action, "due");
  const char *reason = NULL;
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *day = format_day (due);
  g_autofree char *heading = NULL, *suggestion = NULL, *rag_subtitle = NULL;
  const char *rag = wmk_entity_get_string (self->action, "rag");
  const char *rag_reason = wmk_entity_get_string (self->action, "rag_reason");

  self->updating = TRUE;
  heading = g_strdup_printf (_("Action %s"), wmk_entity_get_ref (self->action)
                                                 ? wmk_entity_get_ref (self->action) : "");
  gtk_label_set_label (self->heading, heading);
  /* Never overwrite what a person is typing. */
  if (self->save_source == 0)
    {
      set_buffer (self->text_view, wmk_entity_get_string (self->action, "text"));
      set_buffer (self->outcome_view, wmk_entity_get_string (self->action, "outcome"));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->due_text_row),
                         wmk_entity_get_string (self->action, "due_text")
                           ? wmk_entity_get_string (self->action, "due_text") : "");
  adw_action_row_set_subtitle (self->due_row, day);
  if (due && wmk_date_is_valid (due))
    {
      g_autoptr(GDateTime) date = wmk_date_parse (due);
      gtk_calendar_select_day (self->calendar, date);
    }

  adw_combo_row_set_selected (self->status_row,
                              index_of (statuses, G_N_ELEMENTS (statuses),
                                        wmk_entity_get_string (self->action, "status")));
  adw_combo_row_set_selected (self->rag_row, index_of (rags, G_N_ELEMENTS (rags), rag));
  rag_subtitle = rag_reason ? g_strdup_printf (_("Set by hand: %s"), rag_reason) : NULL;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rag_row), rag_subtitle ? rag_subtitle : "");

  self->suggested_rag = wmk_rag_suggest (self->plan, self->action, today, &reason);
  suggestion = g_strdup_printf ("%s: %s", wmk_rag_word (self->suggested_rag), _(reason));
  adw_action_row_set_subtitle (self->suggestion_row, suggestion);
  gtk_widget_set_sensitive (self->use_suggestion, g_strcmp0 (rag, self->suggested_rag) != 0);
  self->updating = FALSE;
}

static void
plan_changed_cb (WmkActionEditor *self, GPtrArray *ids)
{
  if (self->action == NULL)
    return;
  update_fields (self);
}

void
wmk_action_editor_set_action (WmkActionEditor *self, WmkPlan *plan, WmkEntity *action)
{
  g_return_if_fail (WMK_IS_ACTION_EDITOR (self));

  /* What was being typed into the previous action is saved to it. */
  if (self->save_source)
    save_texts (self);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->action, action);
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (self->links); i++)
    wmk_link_list_set_entity (WMK_LINK_LIST (self->links[i]), plan, action);
  if (action)
    update_fields (self);
  wmk_action_timeline_set_action (self->timeline, plan, action);
}

WmkEntity *
wmk_action_editor_get_action (WmkActionEditor *self)
{
  g_return_val_if_fail (WMK_IS_ACTION_EDITOR (self), NULL);
  return self->action;
}

/* Handlers. */

static void
close_clicked_cb (WmkActionEditor *self)
{
  if (self->save_source)
    save_texts (self);
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
due_text_applied_cb (WmkActionEditor *self)
{
  save_string (self, "due_text", gtk_editable_get_text (GTK_EDITABLE (self->due_text_row)));
}

static void
day_selected_cb (WmkActionEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  if (self->updating)
    return;
  save_string (self, "due", iso);
  gtk_menu_button_popdown (self->due_button);
}

static void
clear_due_cb (WmkActionEditor *self)
{
  save_string (self, "due", NULL);
  gtk_menu_button_popdown (self->due_button);
}

static void
status_selected_cb (WmkActionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->status_row);

  if (i < G_N_ELEMENTS (statuses))
    save_string (self, "status", statuses[i]);
}

static void
set_rag (WmkActionEditor *self, const char *rag, const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (self->plan, _("Change the RAG rating"));
  g_autoptr(JsonNode) rag_node = rag ? wmk_json_new_string (rag) : NULL;
  g_autoptr(JsonNode) reason_node = reason && *reason ? wmk_json_new_string (reason) : NULL;
  const char *id = wmk_entity_get_id (self->action);

  if (!wmk_edit_set (edit, id, "rag", rag_node, &error)
      || !wmk_edit_set (edit, id, "rag_reason", reason_node, &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    report (self, error);
}

static void
reason_response_cb (AdwMessageDialog *dialog, const char *response, WmkActionEditor *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *rag = g_object_get_data (G_OBJECT (dialog), "rag");

  if (g_str_equal (response, "set") && *gtk_editable_get_text (entry) && self->action)
    set_rag (self, rag, gtk_editable_get_text (entry));
  else if (self->action)
    update_fields (self); /* cancelled: show the rating as it was */
}

/* A rating other than the suggestion must say why: the board will ask. */
static void
rag_selected_cb (WmkActionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->rag_row);
  const char *rag = i < G_N_ELEMENTS (rags) ? rags[i] : NULL;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (self->updating || self->action == NULL
      || g_strcmp0 (rag, wmk_entity_get_string (self->action, "rag")) == 0)
    return;
  if (rag == NULL || g_strcmp0 (rag, self->suggested_rag) == 0)
    {
      set_rag (self, rag, NULL);
      return;
    }

  body = g_strdup_printf (_("The dates and progress suggest %s. Say why this action is %s, "
                            "so the board can see it."),
                          wmk_rag_word (self->suggested_rag), wmk_rag_word (rag));
  dialog = wmk_window_new_text_dialog (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("Why This Rating?"), body, _("Reason for the rating"),
                                       "set", _("_Set Rating"));
  g_object_set_data (G_OBJECT (dialog), "rag", (gpointer) rag);
  g_signal_connect (dialog, "response", G_CALLBACK (reason_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
use_suggestion_cb (WmkActionEditor *self)
{
  set_rag (self, self->suggested_rag, NULL);
}

static void
focus_left_cb (WmkActionEditor *self)
{
  if (self->save_source)
    save_texts (self);
}

static void
wmk_action_editor_dispose (GObject *object)
{
  WmkActionEditor *self = WMK_ACTION_EDITOR (object);

  if (self->save_source)
    save_texts (self);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (wmk_action_editor_parent_class)->dispose (object);
}

static void
wmk_action_editor_class_init (WmkActionEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_action_editor_dispose;

  signals[CLOSE_REQUESTED] = g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (WMK_TYPE_ACTION_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-action-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, WmkActionEditor, name)
  BIND (heading);
  BIND (groups);
  BIND (text_view);
  BIND (outcome_view);
  BIND (due_text_row);
  BIND (due_row);
  BIND (due_button);
  BIND (calendar);
  BIND (status_group);
  BIND (status_row);
  BIND (rag_row);
  BIND (suggestion_row);
  BIND (use_suggestion);
  BIND (timeline);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, due_text_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, rag_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_suggestion_cb);
}

static void
watch_text_view (WmkActionEditor *self, GtkTextView *view)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
}

static void
wmk_action_editor_init (WmkActionEditor *self)
{
  GtkWidget *after;

  gtk_widget_init_template (GTK_WIDGET (self));
  watch_text_view (self, self->text_view);
  watch_text_view (self, self->outcome_view);

  self->links[0] = wmk_link_list_new (_("Responsible Officers"), "roles", "role",
                                      _("Add a role…"));
  self->links[1] = wmk_link_list_new (_("KPIs"), "kpis", "kpi", _("Link a KPI…"));
  self->links[2] = wmk_link_list_new (_("Success Criteria"), "criteria", "criterion",
                                      _("Link a success criterion…"));
  after = GTK_WIDGET (self->status_group);
  for (guint i = 0; i < G_N_ELEMENTS (self->links); i++)
    {
      gtk_box_insert_child_after (self->groups, self->links[i], after);
      after = self->links[i];
    }
}
