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
 */

#include "config.h"

#include "wmk-kpi-editor.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wmk-kpi-point-dialog.h"
#include "wmk-trajectory-chart.h"
#include "wmk-window.h"

struct _WmkKpiEditor
{
  AdwBin              parent_instance;

  WmkPlan            *plan;
  WmkEntity          *kpi;
  WmkKpiTrajectory   *trajectory;
  char               *today;
  gboolean            updating;    /* the form is being filled from the plan */

  GtkCustomFilter    *measurement_filter;
  GtkStringList      *target_items; /* indices into the "targets" array */
  GtkStringList      *unit_labels;
  GPtrArray          *unit_values;  /* parallel to unit_labels; NULL for "not set" */

  GtkLabel           *ref_label;
  GtkLabel           *text_label;
  GtkImage           *status_icon;
  GtkLabel           *status_label;
  GtkLabel           *status_detail;
  WmkTrajectoryChart *chart;
  AdwEntryRow        *baseline_value_row;
  AdwEntryRow        *baseline_date_row;
  AdwEntryRow        *baseline_text_row;
  AdwEntryRow        *source_row;
  AdwComboRow        *unit_row;
  AdwComboRow        *direction_row;
  GtkSpinButton      *tolerance_spin;
  GtkListBox         *targets_list;
  GtkBox             *milestone_box;
  GtkListBox         *measurements_list;
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
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (WMK_IS_WINDOW (root))
    wmk_window_show_error (WMK_WINDOW (root), message);
  else
    g_warning ("%s", message);
}

/* A short note that something was deleted, with the way back. */
static void
show_undo_toast (WmkKpiEditor *self, const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
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

static void update_measurement_row (WmkKpiEditor *self, GtkWidget *row);

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
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->measurements_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "entity"))
      update_measurement_row (self, row);
}

/* Targets */

static void
edit_target_cb (GtkWidget *button, WmkKpiEditor *self)
{
  wmk_kpi_point_dialog_open_target (GTK_WIDGET (self), self->plan, self->kpi,
                                    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index")),
                                    NULL);
}

static void
delete_target_cb (GtkWidget *button, WmkKpiEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  JsonNode *targets = self->kpi ? wmk_entity_get_field (self->kpi, "targets") : NULL;

  if (!wmk_kpi_targets_get (targets, index, NULL, NULL, NULL))
    return;
  save_field (self, kpi_id (self), "targets", wmk_kpi_targets_without (targets, index));
  show_undo_toast (self, _("Target deleted"));
}

static GtkWidget *
icon_button (const char *icon, const char *label, GCallback callback, gpointer data, guint index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static GtkWidget *
create_target_row (gpointer item, gpointer data)
{
  WmkKpiEditor *self = data;
  guint index = g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);
  const char *unit = wmk_entity_get_string (self->kpi, "unit");
  const char *date, *text;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *value = NULL, *when = NULL, *title = NULL, *edit = NULL, *del = NULL;
  double number;

  wmk_kpi_targets_get (wmk_entity_get_field (self->kpi, "targets"), index, &date, &number, &text);
  value = !isnan (number) ? wmk_kpi_format_value (number, unit) : g_strdup (_("No number"));
  when = date ? wmk_kpi_format_date (date) : g_strdup (_("no date"));
  /* TRANSLATORS: a target: "75% by 31 Dec 2023" */
  title = g_strdup_printf (_("%s by %s"), value, when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (date == NULL || isnan (number))
    {
      GtkWidget *note = gtk_label_new (_("Not on the chart"));
      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_set_tooltip_text (note, _("A target needs a date and a number to be drawn and judged"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), note);
    }
  edit = g_strdup_printf (_("Edit target %s"), title);
  del = g_strdup_printf (_("Delete target %s"), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon_button ("document-edit-symbolic", edit,
                                                                G_CALLBACK (edit_target_cb), self,
                                                                index));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon_button ("user-trash-symbolic", del,
                                                                G_CALLBACK (delete_target_cb),
                                                                self, index));
  return row;
}

static void
fill_targets (WmkKpiEditor *self)
{
  JsonNode *targets = self->kpi ? wmk_entity_get_field (self->kpi, "targets") : NULL;
  guint n = wmk_kpi_targets_get_n (targets);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_strdup_printf ("%u", i));
  g_ptr_array_add (items, NULL);
  gtk_string_list_splice (self->target_items, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->target_items)),
                          (const char *const *) items->pdata);
}

static void
milestone_clicked_cb (GtkWidget *button, WmkKpiEditor *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_target (GTK_WIDGET (self), self->plan, self->kpi, -1,
                                      g_object_get_data (G_OBJECT (button), "date"));
}

/* "Add a target at 3 months, 6 months…": the notice wants targets at these. */
static void
fill_milestones (WmkKpiEditor *self)
{
  WmkPlanInfo *info = self->plan ? wmk_plan_get_info (self->plan) : NULL;
  const char *notice = info ? wmk_plan_info_get_notice_issued (info) : NULL;
  g_autofree char *notice_text = notice ? wmk_kpi_format_date (notice) : NULL;
  static const guint defaults[] = { 3, 6, 12, 18 };
  GtkWidget *child;

  while ((child = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (self->milestone_box)))))
    gtk_box_remove (self->milestone_box, child);
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      g_autofree char *date = wmk_kpi_target_date (notice, defaults[i]);
      g_autofree char *label = g_strdup_printf (_("%u months"), defaults[i]);
      g_autofree char *name = g_strdup_printf (_("Add %u-month target"), defaults[i]);
      g_autofree char *day = date ? wmk_kpi_format_date (date) : NULL;
      g_autofree char *tip = date ? g_strdup_printf (_("Add a target for %s, %u months after the notice of %s"),
                                                     day, defaults[i], notice_text)
                                  : g_strdup (_("The plan has no notice date to count from"));
      GtkWidget *button = gtk_button_new_with_label (label);

      g_object_set_data_full (G_OBJECT (button), "date", g_steal_pointer (&date), g_free);
      gtk_widget_set_sensitive (button, notice != NULL);
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tip, -1);
      g_signal_connect (button, "clicked", G_CALLBACK (milestone_clicked_cb), self);
      gtk_box_append (self->milestone_box, button);
    }
}

/* Measurements */

static gboolean
is_measurement_of_kpi (gpointer item, gpointer data)
{
  WmkKpiEditor *self = data;

  return self->kpi && g_strcmp0 (wmk_entity_get_parent_id (item), kpi_id (self)) == 0;
}

static int
compare_newest_first (gconstpointer a, gconstpointer b, gpointer data)
{
  int by_date = g_strcmp0 (wmk_entity_get_string ((gpointer) b, "date"),
                           wmk_entity_get_string ((gpointer) a, "date"));

  return by_date ? by_date : g_strcmp0 (wmk_entity_get_id ((gpointer) a),
                                        wmk_entity_get_id ((gpointer) b));
}

static void
edit_measurement_cb (GtkWidget *button, WmkKpiEditor *self)
{
  wmk_kpi_point_dialog_open_measurement (GTK_WIDGET (self), self->plan, self->kpi,
                                         g_object_get_data (G_OBJECT (button), "entity"), NULL);
}

static void
delete_measurement_cb (GtkWidget *button, WmkKpiEditor *self)
{
  WmkEntity *entity = g_object_get_data (G_OBJECT (button), "entity");
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf (_("Delete a measurement of %s"),
                                            wmk_entity_get_ref (self->kpi));
  g_autoptr(WmkEdit) edit = wmk_plan_begin (self->plan, label);

  if (!wmk_edit_delete (edit, wmk_entity_get_id (entity), &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    show_error (self, error->message);
  else
    show_undo_toast (self, _("Measurement deleted"));
}

static void
update_measurement_row (WmkKpiEditor *self, GtkWidget *row)
{
  WmkEntity *entity = g_object_get_data (G_OBJECT (row), "entity");
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status");
  GtkWidget *icon = gtk_widget_get_first_child (status), *word = gtk_widget_get_last_child (status);
  WmkKpiPoint point = { (char *) wmk_entity_get_string (entity, "date"),
                        wmk_entity_get_number (entity, "value", NAN) };
  gboolean judged = self->trajectory && point.date && !isnan (point.value)
                    && wmk_kpi_trajectory_get_n_targets (self->trajectory) > 0;
  gboolean off = judged && wmk_kpi_trajectory_is_off (self->trajectory, &point);

  gtk_widget_set_visible (status, judged);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), off ? "dialog-warning-symbolic"
                                                      : "object-select-symbolic");
  gtk_label_set_label (GTK_LABEL (word), off ? _("Off trajectory") : _("On trajectory"));
  gtk_widget_remove_css_class (status, off ? "success" : "warning");
  gtk_widget_add_css_class (status, off ? "warning" : "success");
}

static GtkWidget *
create_measurement_row (gpointer item, gpointer data)
{
  WmkKpiEditor *self = data;
  WmkEntity *entity = item;
  const char *note = wmk_entity_get_string (entity, "note");
  const char *source = wmk_entity_get_string (entity, "source");
  g_autofree char *date = wmk_kpi_format_date (wmk_entity_get_string (entity, "date"));
  g_autofree char *value = NULL, *subtitle = NULL, *edit = NULL, *del = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value_label, *status, *button;
  JsonNode *number = wmk_entity_get_field (entity, "value");

  value = number && JSON_NODE_HOLDS_VALUE (number)
            ? wmk_kpi_format_value (json_node_get_double (number),
                                    wmk_entity_get_string (self->kpi, "unit"))
            : g_strdup (_("No value"));
  subtitle = note && source ? g_strdup_printf ("%s · %s", note, source)
                            : g_strdup (note ? note : source);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (status), gtk_image_new ());
  gtk_box_append (GTK_BOX (status), gtk_label_new (NULL));
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  value_label = gtk_label_new (value);
  gtk_widget_add_css_class (value_label, "heading");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (value_label), 7);
  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);

  edit = g_strdup_printf (_("Edit the measurement of %s"), date);
  del = g_strdup_printf (_("Delete the measurement of %s"), date);
  button = icon_button ("document-edit-symbolic", edit, G_CALLBACK (edit_measurement_cb), self, 0);
  g_object_set_data (G_OBJECT (button), "entity", entity);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("user-trash-symbolic", del, G_CALLBACK (delete_measurement_cb), self, 0);
  g_object_set_data (G_OBJECT (button), "entity", entity);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data_full (G_OBJECT (row), "entity", g_object_ref (entity), g_object_unref);
  g_object_set_data (G_OBJECT (row), "status", status);
  update_measurement_row (self, row);
  return row;
}

static void
add_target_clicked_cb (WmkKpiEditor *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_target (GTK_WIDGET (self), self->plan, self->kpi, -1, NULL);
}

static void
add_measurement_clicked_cb (WmkKpiEditor *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_measurement (GTK_WIDGET (self), self->plan, self->kpi, NULL,
                                           self->today);
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
  fill_targets (self);
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
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;

  g_return_if_fail (WMK_IS_KPI_EDITOR (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  wmk_kpi_editor_set_kpi (self, NULL);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);

  filtered = gtk_filter_list_model_new (g_object_ref (wmk_plan_get_items (plan, "measurement")),
                                        g_object_ref (GTK_FILTER (self->measurement_filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&filtered)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_newest_first,
                                                                       NULL, NULL)));
  gtk_list_box_bind_model (self->measurements_list, G_LIST_MODEL (sorted),
                           create_measurement_row, self, NULL);
  fill_milestones (self);
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
  gtk_filter_changed (GTK_FILTER (self->measurement_filter), GTK_FILTER_CHANGE_DIFFERENT);
  fill_all (self, TRUE);
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
  if (self->measurements_list)
    gtk_list_box_bind_model (self->measurements_list, NULL, NULL, NULL, NULL);
  if (self->targets_list)
    gtk_list_box_bind_model (self->targets_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->kpi);
  g_clear_object (&self->plan);
  g_clear_object (&self->measurement_filter);
  g_clear_object (&self->target_items);
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
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, targets_list);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, milestone_box);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiEditor, measurements_list);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, direction_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tolerance_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_target_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_measurement_clicked_cb);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
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

  self->measurement_filter = gtk_custom_filter_new (is_measurement_of_kpi, self, NULL);
  self->target_items = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->targets_list, G_LIST_MODEL (self->target_items),
                           create_target_row, self, NULL);
  gtk_list_box_set_placeholder (self->targets_list,
                                placeholder (_("No targets yet. The notice asks for measurable targets at 3, 6, 12 and 18 months.")));
  gtk_list_box_set_placeholder (self->measurements_list,
                                placeholder (_("No measurements yet. Add them as the data comes in.")));
}
