/* wmk-risk-editor.c: every field of one risk, saved as it is typed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * There is no Save button: a choice is saved when it is made, and text a
 * moment after typing stops (or when the field loses focus), each save one
 * step of Undo. Everything goes through wmk_plan_set() and, for the links
 * to mitigating actions, wmk_edit_link() and wmk_edit_unlink().
 *
 * The editor also follows the risk: an undo, or a change from another
 * laptop, shows at once, except in the field being typed in.
 *
 * The scores before and after mitigation (wmk-risk-score-group.c) and the
 * mitigating actions (wmk-risk-actions-group.c) are groups of their own.
 */

#include "config.h"

#include "wmk-risk-editor.h"

#include <glib/gi18n.h>

#include "wmk-risk-actions-group.h"
#include "wmk-risk-score-group.h"
#include "wmk-window.h"

#define SAVE_DELAY_MS 700
#define NATURAL_WIDTH 420  /* beside the register: wide enough for a sentence a line */

struct _WmkRiskEditor
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  WmkEntity           *risk;

  GtkLabel            *heading;
  AdwEntryRow         *title_row;
  AdwEntryRow         *ref_row;
  AdwEntryRow         *owner_row;
  GtkTextView         *description_view;
  GtkTextView         *mitigation_view;
  GtkTextView         *progress_view;
  GtkMenuButton       *date_button;
  GtkPopover          *date_popover;
  GtkCalendar         *date_calendar;
  AdwActionRow        *review_row;
  GtkMenuButton       *review_button;
  GtkPopover          *review_popover;
  GtkCalendar         *review_calendar;
  WmkRiskScoreGroup   *before_group;
  WmkRiskScoreGroup   *after_group;
  AdwComboRow         *owner_role_row;
  AdwComboRow         *status_row;
  WmkRiskActionsGroup *actions_group;

  GPtrArray           *role_ids;     /* the owner role choices; [0] is NULL, "none" */
  GtkWidget           *pending;      /* the text widget with unsaved typing */
  guint                pending_source;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (WmkRiskEditor, wmk_risk_editor, ADW_TYPE_BIN)

static void
report (WmkRiskEditor *self, GError *error)
{
  wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
save_field (WmkRiskEditor *self, const char *field, JsonNode *value)
{
  g_autoptr(GError) error = NULL;

  if (self->risk == NULL || !wmk_entity_get_live (self->risk))
    return;
  if (!wmk_plan_set (self->plan, wmk_entity_get_id (self->risk), field, value, &error))
    report (self, error);
}

/* Text fields: entry rows and text views alike. */

static char *
dup_widget_text (GtkWidget *widget)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_widget_text (GtkWidget *widget, const char *text)
{
  g_autofree char *current = dup_widget_text (widget);

  /* Only a real change: setting the same text would move the cursor. */
  if (g_strcmp0 (current, text ? text : "") == 0)
    return;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text ? text : "",
                              -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
}

static void
flush (WmkRiskEditor *self)
{
  GtkWidget *widget = g_steal_pointer (&self->pending);
  g_autofree char *text = NULL, *blank = NULL;
  g_autoptr(JsonNode) value = NULL;

  g_clear_handle_id (&self->pending_source, g_source_remove);
  if (widget == NULL)
    return;
  text = dup_widget_text (widget);
  /* Saved as typed (a pause after a space must not eat it); blank clears. */
  blank = g_strdup (text);
  value = *g_strstrip (blank) ? wmk_json_new_string (text) : NULL;
  save_field (self, g_object_get_data (G_OBJECT (widget), "field"), value);
}

static gboolean
flush_timeout_cb (gpointer data)
{
  WmkRiskEditor *self = data;

  self->pending_source = 0;
  flush (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (GtkWidget *widget)
{
  WmkRiskEditor *self = WMK_RISK_EDITOR (gtk_widget_get_ancestor (widget, WMK_TYPE_RISK_EDITOR));

  if (self == NULL || self->updating || self->risk == NULL)
    return;
  if (self->pending && self->pending != widget)
    flush (self);
  self->pending = widget;
  g_clear_handle_id (&self->pending_source, g_source_remove);
  self->pending_source = g_timeout_add (SAVE_DELAY_MS, flush_timeout_cb, self);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  WmkRiskEditor *self = WMK_RISK_EDITOR (gtk_widget_get_ancestor (widget, WMK_TYPE_RISK_EDITOR));

  if (self && self->pending == widget)
    flush (self);
}

static void
watch_text (GtkWidget *widget, const char *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (widget), "field", (gpointer) field);
  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                              G_CALLBACK (text_changed_cb), widget);
  else
    {
      g_signal_connect (widget, "changed", G_CALLBACK (text_changed_cb), NULL);
      /* Enter saves at once. */
      g_signal_connect_swapped (widget, "entry-activated", G_CALLBACK (focus_leave_cb), focus);
    }
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), NULL);
  gtk_widget_add_controller (widget, focus);
}

/* Choices. */

static void
owner_role_selected_cb (WmkRiskEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->owner_role_row);
  g_autoptr(JsonNode) value = NULL;

  if (self->updating || selected >= self->role_ids->len)
    return;
  if (self->role_ids->pdata[selected])
    value = wmk_json_new_string (self->role_ids->pdata[selected]);
  save_field (self, "owner_role", value);
}

static void
status_selected_cb (WmkRiskEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(JsonNode) value = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  value = wmk_json_new_string (selected == 1 ? "closed" : "open");
  save_field (self, "status", value);
}

static void refresh (WmkRiskEditor *self);

static void
fill_roles (WmkRiskEditor *self)
{
  GListModel *roles = wmk_plan_get_items (self->plan, "role");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->role_ids, 0);
  gtk_string_list_append (names, _("None"));
  g_ptr_array_add (self->role_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(WmkEntity) role = g_list_model_get_item (roles, i);
      const char *title = wmk_entity_get_string (role, "title");

      gtk_string_list_append (names, title ? title : wmk_entity_get_id (role));
      g_ptr_array_add (self->role_ids, g_strdup (wmk_entity_get_id (role)));
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->owner_role_row, G_LIST_MODEL (names));
  self->updating = FALSE;
  refresh (self);
}

/* Dates: a calendar in a popover; the date is saved when it closes. */

static void
show_date (GtkMenuButton *button, GtkCalendar *calendar, const char *iso, const char *unset)
{
  g_autoptr(GDateTime) date = wmk_date_parse (iso);
  g_autofree char *text = date ? g_date_time_format (date, "%-d %B %Y") : NULL;

  gtk_menu_button_set_label (button, text ? text : unset);
  if (date == NULL)
    date = g_date_time_new_now_local ();
  gtk_calendar_select_day (calendar, date);
  g_object_set_data (G_OBJECT (calendar), "touched", NULL);
}

static void
calendar_day_selected_cb (WmkRiskEditor *self, GtkCalendar *calendar)
{
  if (!self->updating)
    g_object_set_data (G_OBJECT (calendar), "touched", GINT_TO_POINTER (TRUE));
}

static void
date_popover_closed_cb (WmkRiskEditor *self, GtkPopover *popover)
{
  gboolean review = popover == self->review_popover;
  GtkCalendar *calendar = review ? self->review_calendar : self->date_calendar;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(JsonNode) value = NULL;

  if (g_object_get_data (G_OBJECT (calendar), "touched") == NULL)
    return;
  g_object_set_data (G_OBJECT (calendar), "touched", NULL);
  date = gtk_calendar_get_date (calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  value = wmk_json_new_string (iso);
  save_field (self, review ? "review_date" : "date", value);
}

static void
clear_review_clicked_cb (WmkRiskEditor *self)
{
  g_object_set_data (G_OBJECT (self->review_calendar), "touched", NULL);
  gtk_popover_popdown (self->review_popover);
  save_field (self, "review_date", NULL);
}

/* The whole form from the risk. */

static void
refresh (WmkRiskEditor *self)
{
  WmkEntity *risk = self->risk;
  GtkWidget *texts[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->ref_row), GTK_WIDGET (self->owner_row),
    GTK_WIDGET (self->description_view), GTK_WIDGET (self->mitigation_view),
    GTK_WIDGET (self->progress_view),
  };
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *heading = NULL;
  const char *role, *review_note = NULL;
  guint role_index = 0;

  if (risk == NULL)
    return;
  self->updating = TRUE;

  heading = wmk_entity_get_ref (risk) ? g_strdup_printf (_("Risk %s"), wmk_entity_get_ref (risk))
                                      : g_strdup (_("New Risk"));
  gtk_label_set_label (self->heading, heading);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != self->pending)
      set_widget_text (texts[i], wmk_entity_get_string (
                                   risk, g_object_get_data (G_OBJECT (texts[i]), "field")));

  role = wmk_entity_get_string (risk, "owner_role");
  for (guint i = 1; i < self->role_ids->len; i++)
    if (g_strcmp0 (self->role_ids->pdata[i], role) == 0)
      role_index = i;
  adw_combo_row_set_selected (self->owner_role_row, role_index);
  adw_combo_row_set_selected (self->status_row, wmk_risk_is_open (risk) ? 0 : 1);

  show_date (self->date_button, self->date_calendar, wmk_entity_get_string (risk, "date"),
             _("Not set"));
  show_date (self->review_button, self->review_calendar,
             wmk_entity_get_string (risk, "review_date"), _("Not set"));
  if (wmk_risk_is_review_overdue (risk, today))
    review_note = wmk_entity_get_string (risk, "review_date")
                    ? _("⚠ Overdue: the review date has passed")
                    : _("⚠ Overdue: no review date is set");
  adw_action_row_set_subtitle (self->review_row, review_note ? review_note : "");
  if (review_note)
    gtk_widget_add_css_class (GTK_WIDGET (self->review_row), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->review_row), "overdue");

  self->updating = FALSE;
}

/* Following the risk. */

static void
risk_field_changed_cb (WmkRiskEditor *self, const char *field)
{
  /* The mitigating actions are the actions group's to show. */
  if (g_strcmp0 (field, "actions") != 0)
    refresh (self);
}

/**
 * wmk_risk_editor_set_risk:
 * @risk: (nullable): the risk to edit
 *
 * Saves any typing in the risk shown so far, then shows @risk.
 */
void
wmk_risk_editor_set_risk (WmkRiskEditor *self, WmkPlan *plan, WmkEntity *risk)
{
  g_return_if_fail (WMK_IS_RISK_EDITOR (self));
  g_return_if_fail (plan == NULL || WMK_IS_PLAN (plan));

  flush (self);
  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  if (plan != self->plan)
    {
      if (self->plan)
        g_signal_handlers_disconnect_by_data (wmk_plan_get_items (self->plan, "role"), self);
      g_set_object (&self->plan, plan);
      if (plan)
        g_signal_connect_swapped (wmk_plan_get_items (plan, "role"), "items-changed",
                                  G_CALLBACK (fill_roles), self);
    }
  g_set_object (&self->risk, risk);
  if (risk)
    g_signal_connect_swapped (risk, "field-changed", G_CALLBACK (risk_field_changed_cb), self);
  if (self->plan)
    fill_roles (self);
  wmk_risk_score_group_set_risk (self->before_group, plan, risk);
  wmk_risk_score_group_set_risk (self->after_group, plan, risk);
  wmk_risk_actions_group_set_risk (self->actions_group, plan, risk);
  refresh (self);
}

WmkEntity *
wmk_risk_editor_get_risk (WmkRiskEditor *self)
{
  g_return_val_if_fail (WMK_IS_RISK_EDITOR (self), NULL);
  return self->risk;
}

/**
 * wmk_risk_editor_save:
 *
 * Saves typing not saved yet, before the editor closes or the risk goes.
 */
void
wmk_risk_editor_save (WmkRiskEditor *self)
{
  g_return_if_fail (WMK_IS_RISK_EDITOR (self));
  flush (self);
}

void
wmk_risk_editor_focus_title (WmkRiskEditor *self)
{
  g_return_if_fail (WMK_IS_RISK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
wmk_risk_editor_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  GTK_WIDGET_CLASS (wmk_risk_editor_parent_class)
    ->measure (widget, orientation, for_size, minimum, natural, minimum_baseline,
               natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*natural, NATURAL_WIDTH);
}

static void
wmk_risk_editor_dispose (GObject *object)
{
  WmkRiskEditor *self = WMK_RISK_EDITOR (object);

  flush (self);
  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (wmk_plan_get_items (self->plan, "role"), self);
  g_clear_object (&self->risk);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wmk_risk_editor_parent_class)->dispose (object);
}

static void
wmk_risk_editor_finalize (GObject *object)
{
  WmkRiskEditor *self = WMK_RISK_EDITOR (object);

  g_ptr_array_unref (self->role_ids);

  G_OBJECT_CLASS (wmk_risk_editor_parent_class)->finalize (object);
}

static void
wmk_risk_editor_class_init (WmkRiskEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_risk_editor_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_risk_editor_finalize;
  widget_class->measure = wmk_risk_editor_measure;
  g_type_ensure (WMK_TYPE_RISK_SCORE_GROUP);
  g_type_ensure (WMK_TYPE_RISK_ACTIONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-risk-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, WmkRiskEditor, name)
  BIND (heading);
  BIND (title_row);
  BIND (ref_row);
  BIND (owner_row);
  BIND (description_view);
  BIND (mitigation_view);
  BIND (progress_view);
  BIND (date_button);
  BIND (date_popover);
  BIND (date_calendar);
  BIND (review_row);
  BIND (review_button);
  BIND (review_popover);
  BIND (review_calendar);
  BIND (before_group);
  BIND (after_group);
  BIND (owner_role_row);
  BIND (status_row);
  BIND (actions_group);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, owner_role_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_popover_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_review_clicked_cb);
}

static void
wmk_risk_editor_init (WmkRiskEditor *self)
{
  self->role_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->role_ids, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  watch_text (GTK_WIDGET (self->title_row), "title");
  watch_text (GTK_WIDGET (self->ref_row), "ref");
  watch_text (GTK_WIDGET (self->owner_row), "owner");
  watch_text (GTK_WIDGET (self->description_view), "description");
  watch_text (GTK_WIDGET (self->mitigation_view), "mitigation");
  watch_text (GTK_WIDGET (self->progress_view), "progress");
}
