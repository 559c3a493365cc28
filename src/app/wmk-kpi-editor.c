/* wmk-kpi-editor.c: one KPI's baseline, targets, measurements and chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is saved the moment it is made (a field when it is applied or
 * left, a target or measurement when its dialog is saved, a deletion at
 * once) through the plan's edit API, so the window's Undo takes back each
 * one. The form follows the plan rather than the other way round: an undo,
 * or a change synced from another laptop, shows here at once.
 *
 * This file holds the KPI's own fields, its status and its chart; the
 * targets and the measurements are groups of their own
 * (wmk-kpi-targets-group.c, wmk-kpi-measurements-group.c).
 */

#include "config.h"

#include "wmk-kpi-editor.h"

#include <glib/gi18n.h>

#include "wmk-kpi-measurements-group.h"
#include "wmk-kpi-point-dialog.h"
#include "wmk-kpi-targets-group.h"
#include "wmk-trajectory-chart.h"
#include "wmk-window.h"

struct _WmkKpiEditor
{
  AdwBin                   parent_instance;

  WmkPlan                 *plan;
  WmkEntity               *kpi;
  WmkKpiTrajectory        *trajectory;
  char                    *today;
  gboolean                 updating;    /* the form is being filled from the plan */

  GtkStringList           *unit_labels;
  GPtrArray               *unit_values; /* parallel to unit_labels; NULL for "not set" */

  GtkLabel                *ref_label;
  GtkLabel                *text_label;
  GtkImage                *status_icon;
  GtkLabel                *status_label;
  GtkLabel                *status_detail;
  WmkTrajectoryChart      *chart;
  AdwEntryRow             *baseline_value_row;
  AdwEntryRow             *baseline_date_row;
  AdwEntryRow             *baseline_text_row;
  AdwEntryRow             *source_row;
  AdwComboRow             *unit_row;
  AdwComboRow             *direction_row;
  GtkSpinButton           *tolerance_spin;
  WmkKpiTargetsGroup      *targets_group;
  WmkKpiMeasurementsGroup *measurements_group;
};

G_DEFINE_FINAL_TYPE (WmkKpiEditor, wmk_kpi_editor, ADW_TYPE_BIN)

static const struct
{
  const char *value;
  const char *label;
} known_units[] = {
  { NULL, N_("Not set") },
  { "%", N_("Percentage (%)") },
  { "count", N_("Count") },
  { "percentage points", N_("Percentage points") },
  { "weeks", N_("Weeks") },
  { "days", N_("Days") },
};

/* Saving */

static void
show_error (WmkKpiEditor *self, const char *message)
{
  wmk_window_show_error_for (GTK_WIDGET (self), message);
}

/* Takes @value; %NULL clears the field. Nothing is written if nothing changes. */
static void
save_field (WmkKpiEditor *self, const char *id, const char *field, JsonNode *value)
{
  g_autoptr(JsonNode) owned = value;
  g_autoptr(GError) error = NULL;
  WmkEntity *entity = id ? wmk_plan_lookup (self->plan, id) : NULL;
  JsonNode *current;

  if (entity == NULL || !wmk_entity_get_live (entity))
    return;
  current = wmk_entity_get_field (entity, field);
  if (current && JSON_NODE_HOLDS_NULL (current))
    current = NULL;
  if ((current == NULL && value == NULL)
      || (current && value && wmk_json_equal (current, value)))
    return;
  if (!wmk_plan_set (self->plan, id, field, value, &error))
    show_error (self, error->message);
}

static const char *
kpi_id (WmkKpiEditor *self)
{
  return self->kpi ? wmk_entity_get_id (self->kpi) : NULL;
}

/* The entry rows */

static void
set_row_text (AdwEntryRow *row, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static char *
field_display (WmkEntity *kpi, const char *field)
{
  JsonNode *node = wmk_entity_get_field (kpi, field);

  if (g_str_equal (field, "baseline_value"))
    return node && JSON_NODE_HOLDS_VALUE (node)
             ? wmk_kpi_format_exact (json_node_get_double (node)) : NULL;
  if (g_str_equal (field, "baseline_date"))
    return wmk_entity_get_string (kpi, field)
             ? wmk_kpi_format_date (wmk_entity_get_string (kpi, field)) : NULL;
  return g_strdup (wmk_entity_get_string (kpi, field));
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* @force: also a row being typed in (another KPI, or the text just saved) */
static void
fill_row (WmkKpiEditor *self, AdwEntryRow *row, gboolean force)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  g_autofree char *text = self->kpi ? field_display (self->kpi, field) : NULL;

  /* An undo or a sync must not throw away what someone is typing. */
  if (!force && has_focus_within (GTK_WIDGET (row)))
    return;
  /* The row keeps which KPI it shows, so a late focus-out saves to that one. */
  g_object_set_data_full (G_OBJECT (row), "kpi", g_strdup (kpi_id (self)), g_free);
  self->updating = TRUE;
  set_row_text (row, text);
  self->updating = FALSE;
}

static void
commit_row (WmkKpiEditor *self, AdwEntryRow *row)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  const char *id = g_object_get_data (G_OBJECT (row), "kpi");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  JsonNode *value = NULL;

  if (self->updating || self->plan == NULL || id == NULL)
    return;
  if (*text == '\0')
    value = NULL;
  else if (g_str_equal (field, "baseline_value"))
    {
      double number;

      if (!wmk_kpi_parse_value (text, &number))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a number"), text);
          show_error (self, message);
          fill_row (self, row, TRUE);
          return;
        }
      value = wmk_kpi_value_node (number);
    }
  else if (g_str_equal (field, "baseline_date"))
    {
      g_autofree char *date = wmk_kpi_parse_date (text);

      if (date == NULL)
        {
          g_autofree char *message = g_strdup_printf (
            _("“%s” is not a date: write it like 31 March 2023 or 2023-03-31"), text);
          show_error (self, message);
          fill_row (self, row, TRUE);
          return;
        }
      value = wmk_json_new_string (date);
    }
  else
    value = wmk_json_new_string (text);

  save_field (self, id, field, value);
  if (g_strcmp0 (id, kpi_id (self)) == 0)
    fill_row (self, row, TRUE);
}

static void
row_focus_leave_cb (GtkEventControllerFocus *controller, WmkKpiEditor *self)
{
  commit_row (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/* Unit, direction, tolerance */

static void
fill_units (WmkKpiEditor *self)
{
  const char *unit = self->kpi ? wmk_entity_get_string (self->kpi, "unit") : NULL;
  guint selected = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->unit_labels));

  /* A unit the plan wrote ("in 7") is kept as written, as one more choice. */
  if (self->unit_values->len > G_N_ELEMENTS (known_units))
    {
      g_ptr_array_set_size (self->unit_values, G_N_ELEMENTS (known_units));
      gtk_string_list_remove (self->unit_labels, n - 1);
    }
  for (guint i = 0; i < self->unit_values->len; i++)
    if (g_strcmp0 (self->unit_values->pdata[i], unit) == 0)
      selected = i;
  if (unit && selected == 0)
    {
      g_ptr_array_add (self->unit_values, g_strdup (unit));
      gtk_string_list_append (self->unit_labels, unit);
      selected = self->unit_values->len - 1;
    }
  adw_combo_row_set_selected (self->unit_row, selected);
}

static void
unit_selected_cb (WmkKpiEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);
  const char *unit = selected < self->unit_values->len ? self->unit_values->pdata[selected] : NULL;

  if (!self->updating && self->kpi)
    save_field (self, kpi_id (self), "unit", unit ? wmk_json_new_string (unit) : NULL);
}

static void
direction_selected_cb (WmkKpiEditor *self)
{
  gboolean down = adw_combo_row_get_selected (self->direction_row) == 1;

  if (!self->updating && self->kpi)
    save_field (self, kpi_id (self), "direction", wmk_json_new_string (down ? "down" : "up"));
}

static void
tolerance_changed_cb (WmkKpiEditor *self)
{
  double value = gtk_spin_button_get_value (self->tolerance_spin);

  if (!self->updating && self->kpi)
    save_field (self, kpi_id (self), "tolerance", value > 0 ? wmk_kpi_value_node (value) : NULL);
}

/* Status and chart */

static void
set_status (WmkKpiEditor *self, WmkKpiStatus status)
{
  static const char *const classes[] = { "success", "warning", "dim-label" };
  const char *icon, *css;

  switch (status)
    {
    case WMK_KPI_STATUS_ON_TRAJECTORY: icon = "object-select-symbolic", css = "success"; break;
    case WMK_KPI_STATUS_OFF_TRAJECTORY: icon = "dialog-warning-symbolic", css = "warning"; break;
    case WMK_KPI_STATUS_NO_TRAJECTORY: icon = "action-unavailable-symbolic", css = "dim-label"; break;
    case WMK_KPI_STATUS_NO_DATA:
    default: icon = "content-loading-symbolic", css = "dim-label"; break;
    }
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), classes[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), css);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css);
  gtk_image_set_from_icon_name (self->status_icon, icon);
  gtk_label_set_label (self->status_label, wmk_kpi_status_word (status));
}

static char *
status_detail (WmkKpiEditor *self)
{
  WmkKpiTrajectory *t = self->trajectory;
  const char *unit = wmk_kpi_trajectory_get_unit (t);
  const WmkKpiPoint *latest = wmk_kpi_trajectory_get_latest (t);
  const WmkKpiPoint *next = wmk_kpi_trajectory_get_next_target (t, self->today);
  g_autoptr(GString) text = g_string_new (NULL);
  double expected;

  if (latest)
    {
      g_autofree char *value = wmk_kpi_format_value (latest->value, unit);
      g_autofree char *date = wmk_kpi_format_date (latest->date);

      g_string_append_printf (text, _("%s on %s"), value, date);
      if (wmk_kpi_trajectory_get_expected (t, latest->date, &expected))
        {
          g_autofree char *want = wmk_kpi_format_value (expected, unit);
          g_string_append_printf (text, _(", expected %s"), want);
        }
    }
  if (next == NULL)
    next = wmk_kpi_trajectory_get_last_target (t);
  if (next)
    {
      g_autofree char *value = wmk_kpi_format_value (next->value, unit);
      g_autofree char *date = wmk_kpi_format_date (next->date);

      if (text->len)
        g_string_append (text, " · ");
      g_string_append_printf (text, g_strcmp0 (next->date, self->today) >= 0
                                      ? _("target %s by %s") : _("target %s was due %s"),
                              value, date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
refresh_trajectory (WmkKpiEditor *self)
{
  g_autofree char *detail = NULL;

  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);
  if (self->kpi == NULL || self->plan == NULL)
    return;
  self->trajectory = wmk_kpi_trajectory_new_for_plan (self->plan, self->kpi);
  wmk_trajectory_chart_set_trajectory (self->chart, self->trajectory,
                                       wmk_entity_get_ref (self->kpi));
  set_status (self, wmk_kpi_trajectory_get_status (self->trajectory));
  detail = status_detail (self);
  gtk_label_set_label (self->status_detail, detail);
  wmk_kpi_measurements_group_set_trajectory (self->measurements_group, self->trajectory);
}

/* Following the plan */

static void
fill_all (WmkKpiEditor *self, gboolean force)
{
  const char *ref, *text, *direction;

  if (self->kpi == NULL)
    return;
  ref = wmk_entity_get_ref (self->kpi);
  text = wmk_entity_get_string (self->kpi, "text");
  gtk_label_set_label (self->ref_label, ref ? ref : "");
  gtk_label_set_label (self->text_label, text ? text : "");
  fill_row (self, self->baseline_value_row, force);
  fill_row (self, self->baseline_date_row, force);
  fill_row (self, self->baseline_text_row, force);
  fill_row (self, self->source_row, force);

  refresh_trajectory (self);
  direction = wmk_entity_get_string (self->kpi, "direction");
  self->updating = TRUE;
  fill_units (self);
  /* Unset, it shows the direction the targets imply, which is what is used. */
  adw_combo_row_set_selected (self->direction_row,
                              direction ? g_str_equal (direction, "down")
                                        : wmk_kpi_trajectory_is_down (self->trajectory));
  gtk_spin_button_set_value (self->tolerance_spin,
                             wmk_entity_get_number (self->kpi, "tolerance", 0));
  self->updating = FALSE;
}

static void
kpi_changed_cb (WmkKpiEditor *self)
{
  fill_all (self, FALSE);
}

static void
plan_changed_cb (WmkKpiEditor *self)
{
  refresh_trajectory (self);
}

/**
 * wmk_kpi_editor_set_plan:
 *
 * The plan whose KPIs this editor changes. Call it before wmk_kpi_editor_set_kpi().
 */
void
wmk_kpi_editor_set_plan (WmkKpiEditor *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_KPI_EDITOR (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  wmk_kpi_editor_set_kpi (self, NULL);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  wmk_kpi_measurements_group_set_plan (self->measurements_group, plan);
  wmk_kpi_targets_group_set_plan (self->targets_group, plan);
}

/**
 * wmk_kpi_editor_set_kpi:
 * @kpi: (nullable): the KPI to show
 */
void
wmk_kpi_editor_set_kpi (WmkKpiEditor *self, WmkEntity *kpi)
{
  g_return_if_fail (WMK_IS_KPI_EDITOR (self));
  g_return_if_fail (kpi == NULL || WMK_IS_ENTITY (kpi));

  if (self->kpi == kpi)
    return;
  if (self->kpi)
    g_signal_handlers_disconnect_by_data (self->kpi, self);
  g_set_object (&self->kpi, kpi);
  if (kpi)
    g_signal_connect_swapped (kpi, "field-changed", G_CALLBACK (kpi_changed_cb), self);
  wmk_kpi_measurements_group_set_kpi (self->measurements_group, kpi);
  fill_all (self, TRUE);
  wmk_kpi_targets_group_set_kpi (self->targets_group, kpi);
}

/* Returns: (transfer none) (nullable): the KPI shown */
WmkEntity *
wmk_kpi_editor_get_kpi (WmkKpiEditor *self)
{
  g_return_val_if_fail (WMK_IS_KPI_EDITOR (self), NULL);
  return self->kpi;
}

/* @today: YYYY-MM-DD; for screenshots and tests, which need a fixed day */
void
wmk_kpi_editor_set_today (WmkKpiEditor *self, const char *today)
{
  g_return_if_fail (WMK_IS_KPI_EDITOR (self));

  g_free (self->today);
  self->today = g_strdup (today);
  wmk_trajectory_chart_set_today (self->chart, today);
  wmk_kpi_measurements_group_set_today (self->measurements_group, today);
  refresh_trajectory (self);
}

static void
wmk_kpi_editor_dispose (GObject *object)
{
  WmkKpiEditor *self = WMK_KPI_EDITOR (object);

  if (self->kpi)
    g_signal_handlers_disconnect_by_data (self->kpi, self);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->kpi);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_KPI_EDITOR);
  G_OBJECT_CLASS (wmk_kpi_editor_parent_class)->dispose (object);
}

static void
wmk_kpi_editor_finalize (GObject *object)
{
  WmkKpiEditor *self = WMK_KPI_EDITOR (object);

  g_free (self->today);
  g_ptr_array_unref (self->unit_values);
  G_OBJECT_CLASS (wmk_kpi_editor_parent_class)->finalize (object);
}

static void
wmk_kpi_editor_class_init (WmkKpiEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_kpi_editor_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_kpi_editor_finalize;

  g_type_ensure (WMK_TYPE_TRAJECTORY_CHART);
  g_type_ensure (WMK_TYPE_KPI_TARGETS_GROUP);
  g_type_ensure (WMK_TYPE_KPI_MEASUREMENTS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, ref_label);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, text_label);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, status_detail);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, chart);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, baseline_value_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, baseline_date_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, baseline_text_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, direction_row);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, tolerance_spin);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, targets_group);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, measurements_group);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, direction_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tolerance_changed_cb);
}

static void
wmk_kpi_editor_init (WmkKpiEditor *self)
{
  AdwEntryRow *rows[] = { NULL, NULL, NULL, NULL };
  static const char *const fields[] = { "baseline_value", "baseline_date", "baseline_text",
                                        "source" };
  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = wmk_today_iso ();

  rows[0] = self->baseline_value_row, rows[1] = self->baseline_date_row;
  rows[2] = self->baseline_text_row, rows[3] = self->source_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_object_set_data (G_OBJECT (rows[i]), "field", (gpointer) fields[i]);
      g_signal_connect_swapped (rows[i], "apply", G_CALLBACK (commit_row), self);
      g_signal_connect (focus, "leave", G_CALLBACK (row_focus_leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (rows[i]), focus);
    }
  wmk_date_row_add_calendar (self->baseline_date_row);

  self->unit_labels = gtk_string_list_new (NULL);
  self->unit_values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (known_units); i++)
    {
      gtk_string_list_append (self->unit_labels, _(known_units[i].label));
      g_ptr_array_add (self->unit_values, g_strdup (known_units[i].value));
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (self->unit_labels));
  g_object_unref (self->unit_labels);
}
