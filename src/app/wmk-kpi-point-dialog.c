/* wmk-kpi-point-dialog.c: the dialog that adds or changes a KPI's target or measurement
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One small form, a date, a value and a few words, for both kinds of point
 * on a KPI's chart. A target may lack its date ("by when TBC") or its number
 * ("the majority") but not both; a measurement needs both. Save stays off
 * until the form can be saved. Saving goes through the plan's edit API as one
 * change, so the window's Undo takes it back; an error is a toast in the
 * window of @parent.
 */

#include "config.h"

#include "wmk-kpi-point-dialog.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wmk-window.h"

typedef struct
{
  GtkWidget   *parent;  /* errors are shown in its window */
  WmkPlan     *plan;
  WmkEntity   *kpi;
  gboolean     target;
  int          index;   /* the target's index, -1 for a new one */
  WmkEntity   *entity;  /* the measurement, NULL for a new one */
  GtkEditable *date, *value, *text, *source;
} PointDialog;

static void
show_error (GtkWidget *parent, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (parent);

  if (WMK_IS_WINDOW (root))
    wmk_window_show_error (WMK_WINDOW (root), message);
  else
    g_warning ("%s", message);
}

/* Date rows */

static void
calendar_day_selected_cb (GtkCalendar *calendar, AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = wmk_kpi_format_date (iso);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover)
    gtk_popover_popdown (GTK_POPOVER (popover));
  g_signal_emit_by_name (row, "apply");
}

static void
calendar_shown_cb (GtkWidget *popover, GtkCalendar *calendar)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "row");
  g_autofree char *iso = wmk_kpi_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_autoptr(GDateTime) date = wmk_date_parse (iso);

  if (date == NULL)
    date = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (calendar, calendar_day_selected_cb, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, calendar_day_selected_cb, row);
}

/**
 * wmk_date_row_add_calendar:
 *
 * A calendar button at the end of a date row, for those who would rather
 * pick: the day picked is written into @row, which then emits "apply".
 */
void
wmk_date_row_add_calendar (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  g_object_set_data (G_OBJECT (calendar), "row", row);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a date"), -1);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_shown_cb), calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), row);
  adw_entry_row_add_suffix (row, button);
}

/* Reading the form */

static void
point_dialog_free (gpointer data, GClosure *closure)
{
  PointDialog *d = data;

  g_clear_object (&d->parent);
  g_clear_object (&d->plan);
  g_clear_object (&d->kpi);
  g_clear_object (&d->entity);
  g_free (d);
}

static gboolean
point_dialog_read (PointDialog *d, char **date, double *value)
{
  g_autofree char *date_text = g_strstrip (g_strdup (gtk_editable_get_text (d->date)));
  g_autofree char *value_text = g_strstrip (g_strdup (gtk_editable_get_text (d->value)));
  gboolean date_ok, value_ok;

  *date = wmk_kpi_parse_date (date_text);
  *value = NAN;
  value_ok = wmk_kpi_parse_value (value_text, value);
  date_ok = *date != NULL;
  /* A target may lack either ("by when TBC"), but not both; a measurement needs both. */
  if (d->target)
    {
      date_ok = date_ok || *date_text == '\0';
      value_ok = value_ok || *value_text == '\0';
      return date_ok && value_ok && (*date || !isnan (*value));
    }
  return date_ok && value_ok;
}

static void
point_dialog_changed_cb (PointDialog *d)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (d->date), ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *date = NULL;
  double value;

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           point_dialog_read (d, &date, &value));
}

/* The trimmed text, or %NULL for none. */
static JsonNode *
text_node (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text ? wmk_json_new_string (text) : NULL;
}

/* Saving */

/* Whether @field already holds @value (%NULL and JSON null both meaning "not set"). */
static gboolean
holds_already (WmkEntity *entity, const char *field, JsonNode *value)
{
  JsonNode *now = wmk_entity_get_field (entity, field);

  if (now && JSON_NODE_HOLDS_NULL (now))
    now = NULL;
  return (now == NULL && value == NULL) || (now && value && wmk_json_equal (now, value));
}

/* Takes @value. */
static gboolean
set_changed (WmkEdit *edit, WmkEntity *entity, const char *field, JsonNode *value,
             GError **error)
{
  g_autoptr(JsonNode) owned = value;

  if (holds_already (entity, field, value))
    return TRUE;
  return wmk_edit_set (edit, wmk_entity_get_id (entity), field, value, error);
}

/* Takes @targets; nothing is written if nothing changes. */
static void
save_targets (PointDialog *d, JsonNode *targets)
{
  g_autoptr(JsonNode) owned = targets;
  g_autoptr(GError) error = NULL;

  if (!wmk_entity_get_live (d->kpi) || holds_already (d->kpi, "targets", targets))
    return;
  if (!wmk_plan_set (d->plan, wmk_entity_get_id (d->kpi), "targets", targets, &error))
    show_error (d->parent, error->message);
}

static void
save_measurement (PointDialog *d, const char *date, double value)
{
  const char *kpi_id = wmk_entity_get_id (d->kpi);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf (d->entity ? _("Change a measurement of %s")
                                                      : _("Add a measurement to %s"),
                                            wmk_entity_get_ref (d->kpi));
  g_autoptr(WmkEdit) edit = wmk_plan_begin (d->plan, label);
  gboolean ok;

  if (d->entity == NULL)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;
      JsonNode *note = text_node (d->text), *source = text_node (d->source);
      g_autoptr(GPtrArray) siblings = wmk_plan_dup_children (d->plan, kpi_id, "measurement");
      double pos = 0;

      /* After its siblings, as waymark-cli places it. */
      for (guint i = 0; i < siblings->len; i++)
        pos = MAX (pos, wmk_entity_get_pos (siblings->pdata[i]));
      json_object_set_string_member (fields, "parent", kpi_id);
      json_object_set_double_member (fields, "pos", pos + 1);
      json_object_set_string_member (fields, "date", date);
      json_object_set_member (fields, "value", wmk_kpi_value_node (value));
      if (note)
        json_object_set_member (fields, "note", note);
      if (source)
        json_object_set_member (fields, "source", source);
      id = wmk_edit_create (edit, "measurement", fields, &error);
      ok = id != NULL;
    }
  else
    ok = set_changed (edit, d->entity, "date", wmk_json_new_string (date), &error)
         && set_changed (edit, d->entity, "value", wmk_kpi_value_node (value), &error)
         && set_changed (edit, d->entity, "note", text_node (d->text), &error)
         && set_changed (edit, d->entity, "source", text_node (d->source), &error);
  if (ok && !wmk_edit_is_empty (edit))
    ok = wmk_plan_commit (d->plan, edit, &error);
  if (!ok)
    show_error (d->parent, error->message);
}

static void
point_dialog_response_cb (AdwMessageDialog *dialog, const char *response, PointDialog *d)
{
  g_autofree char *date = NULL;
  double value;

  if (!g_str_equal (response, "save") || !point_dialog_read (d, &date, &value))
    return;
  if (d->target)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (d->text)));

      save_targets (d, wmk_kpi_targets_with (wmk_entity_get_field (d->kpi, "targets"), d->index,
                                             date, value, text));
    }
  else
    save_measurement (d, date, value);
}

/* Opening it */

static GtkEditable *
dialog_row (GtkListBox *list, const char *title, const char *text, gboolean date)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  if (date)
    wmk_date_row_add_calendar (ADW_ENTRY_ROW (row));
  gtk_list_box_append (list, row);
  return GTK_EDITABLE (row);
}

/* @index: a target to edit (target), @entity: a measurement to edit, @date: a date to start with */
static void
open_point_dialog (GtkWidget *parent, WmkPlan *plan, WmkEntity *kpi, gboolean target, int index,
                   WmkEntity *entity, const char *date)
{
  const char *target_date = NULL, *target_text = NULL;
  double target_value = NAN, number;
  gboolean existing = target && index >= 0
                      && wmk_kpi_targets_get (wmk_entity_get_field (kpi, "targets"), index,
                                              &target_date, &target_value, &target_text);
  PointDialog *d = g_new0 (PointDialog, 1);
  GtkWidget *dialog, *list = gtk_list_box_new ();
  g_autofree char *date_text = NULL, *value_text = NULL;
  const char *heading;

  d->parent = g_object_ref (parent);
  d->plan = g_object_ref (plan);
  d->kpi = g_object_ref (kpi);
  d->target = target;
  d->index = existing ? index : -1;
  d->entity = entity ? g_object_ref (entity) : NULL;

  if (existing)
    date = target_date;
  else if (entity)
    date = wmk_entity_get_string (entity, "date");
  date_text = date ? wmk_kpi_format_date (date) : NULL;
  if (existing && !isnan (target_value))
    value_text = wmk_kpi_format_exact (target_value);
  else if (entity && !isnan (number = wmk_entity_get_number (entity, "value", NAN)))
    value_text = wmk_kpi_format_exact (number);

  heading = target ? (existing ? _("Edit Target") : _("New Target"))
                   : (entity ? _("Edit Measurement") : _("New Measurement"));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading,
                                   wmk_entity_get_ref (kpi));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  d->date = dialog_row (GTK_LIST_BOX (list), _("Date"), date_text, TRUE);
  d->value = dialog_row (GTK_LIST_BOX (list), _("Value"), value_text, FALSE);
  if (target)
    d->text = dialog_row (GTK_LIST_BOX (list), _("As written in the plan"), target_text, FALSE);
  else
    {
      d->text = dialog_row (GTK_LIST_BOX (list), _("Note"),
                            entity ? wmk_entity_get_string (entity, "note") : NULL, FALSE);
      d->source = dialog_row (GTK_LIST_BOX (list), _("Source"),
                              entity ? wmk_entity_get_string (entity, "source") : NULL, FALSE);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save",
                                    _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (d->date, "changed", G_CALLBACK (point_dialog_changed_cb), d);
  g_signal_connect_swapped (d->value, "changed", G_CALLBACK (point_dialog_changed_cb), d);
  g_signal_connect_data (dialog, "response", G_CALLBACK (point_dialog_response_cb), d,
                         point_dialog_free, 0);
  point_dialog_changed_cb (d);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (date ? d->value : d->date));
}

/**
 * wmk_kpi_point_dialog_open_target:
 * @parent: the widget it is opened from; the dialog is over its window
 * @kpi: the KPI whose "targets" field is changed
 * @index: the index in "targets" of the target to edit, or -1 for a new one
 * @date: (nullable): for a new target, the date to start with
 */
void
wmk_kpi_point_dialog_open_target (GtkWidget *parent, WmkPlan *plan, WmkEntity *kpi, int index,
                                  const char *date)
{
  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (WMK_IS_PLAN (plan));
  g_return_if_fail (WMK_IS_ENTITY (kpi));

  open_point_dialog (parent, plan, kpi, TRUE, index, NULL, date);
}

/**
 * wmk_kpi_point_dialog_open_measurement:
 * @parent: the widget it is opened from; the dialog is over its window
 * @kpi: the KPI measured
 * @measurement: (nullable): the measurement to edit, or %NULL for a new one
 * @date: (nullable): for a new measurement, the date to start with
 */
void
wmk_kpi_point_dialog_open_measurement (GtkWidget *parent, WmkPlan *plan, WmkEntity *kpi,
                                       WmkEntity *measurement, const char *date)
{
  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (WMK_IS_PLAN (plan));
  g_return_if_fail (WMK_IS_ENTITY (kpi));
  g_return_if_fail (measurement == NULL || WMK_IS_ENTITY (measurement));

  open_point_dialog (parent, plan, kpi, FALSE, -1, measurement, date);
}
