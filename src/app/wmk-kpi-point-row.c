/* wmk-kpi-point-row.c: one target or measurement of a KPI, as a row with Edit and Delete
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two kinds of point on a KPI's chart share one row, as they share one
 * dialog (wmk-kpi-point-dialog.c): a target reads "75% by 31 Dec 2023" and
 * says when it cannot be drawn; a measurement reads its date and value and
 * says, in a word and a shape, whether it is on trajectory. Edit opens the
 * dialog; Delete saves at once through the edit API and offers Undo.
 */

#include "config.h"

#include "wmk-kpi-point-row.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wmk-kpi-point-dialog.h"
#include "wmk-window.h"

struct _WmkKpiPointRow
{
  AdwActionRow  parent_instance;

  WmkPlan      *plan;
  WmkEntity    *kpi;
  WmkEntity    *measurement;  /* NULL for a target */
  guint         index;        /* a target's place in the KPI's "targets" */

  GtkWidget    *note;
  GtkWidget    *status;
  GtkImage     *status_icon;
  GtkLabel     *status_word;
  GtkLabel     *value;
  GtkWidget    *edit_button;
  GtkWidget    *delete_button;
};

G_DEFINE_FINAL_TYPE (WmkKpiPointRow, wmk_kpi_point_row, ADW_TYPE_ACTION_ROW)

static void
name_button (GtkWidget *button, const char *label)
{
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The window, which outlives the row: deleting a point rebuilds the rows. */
static WmkWindow *
row_window (WmkKpiPointRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return WMK_IS_WINDOW (root) ? WMK_WINDOW (root) : NULL;
}

/* A short note that something was deleted, with the way back. */
static void
show_undo_toast (WmkWindow *window, const char *message)
{
  AdwToast *toast;

  if (window == NULL)
    return;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  wmk_window_add_toast (window, toast);
}

static void
show_error (WmkWindow *window, const char *message)
{
  if (window)
    wmk_window_show_error (window, message);
  else
    g_warning ("%s", message);
}

static void
edit_clicked_cb (WmkKpiPointRow *self)
{
  WmkWindow *window = row_window (self);

  if (window == NULL)
    return;
  if (self->measurement)
    wmk_kpi_point_dialog_open_measurement (GTK_WIDGET (window), self->plan, self->kpi,
                                           self->measurement, NULL);
  else
    wmk_kpi_point_dialog_open_target (GTK_WIDGET (window), self->plan, self->kpi, self->index,
                                      NULL);
}

static void
delete_target (WmkKpiPointRow *self, WmkWindow *window)
{
  JsonNode *targets = wmk_entity_get_field (self->kpi, "targets");
  g_autoptr(JsonNode) without = NULL;
  g_autoptr(GError) error = NULL;

  if (!wmk_kpi_targets_get (targets, self->index, NULL, NULL, NULL))
    return;
  without = wmk_kpi_targets_without (targets, self->index);
  if (wmk_entity_get_live (self->kpi)
      && !wmk_plan_set (self->plan, wmk_entity_get_id (self->kpi), "targets", without, &error))
    show_error (window, error->message);
  show_undo_toast (window, _("Target deleted"));
}

static void
delete_measurement (WmkKpiPointRow *self, WmkWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf (_("Delete a measurement of %s"),
                                            wmk_entity_get_ref (self->kpi));
  g_autoptr(WmkEdit) edit = wmk_plan_begin (self->plan, label);

  if (!wmk_edit_delete (edit, wmk_entity_get_id (self->measurement), &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    show_error (window, error->message);
  else
    show_undo_toast (window, _("Measurement deleted"));
}

static void
delete_clicked_cb (WmkKpiPointRow *self)
{
  /* The deletion takes this row out of its list: keep it, and its window, to the end. */
  g_autoptr(WmkKpiPointRow) keep = g_object_ref (self);
  WmkWindow *window = row_window (self);

  if (self->measurement)
    delete_measurement (self, window);
  else
    delete_target (self, window);
}

/**
 * wmk_kpi_point_row_new_target:
 * @index: the target's place in the KPI's "targets"
 */
GtkWidget *
wmk_kpi_point_row_new_target (WmkPlan *plan, WmkEntity *kpi, guint index)
{
  WmkKpiPointRow *self;
  const char *unit, *date, *text;
  g_autofree char *value = NULL, *when = NULL, *title = NULL, *edit = NULL, *del = NULL;
  double number;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WMK_IS_ENTITY (kpi), NULL);

  self = g_object_new (WMK_TYPE_KPI_POINT_ROW, NULL);
  self->plan = g_object_ref (plan);
  self->kpi = g_object_ref (kpi);
  self->index = index;

  unit = wmk_entity_get_string (kpi, "unit");
  wmk_kpi_targets_get (wmk_entity_get_field (kpi, "targets"), index, &date, &number, &text);
  value = !isnan (number) ? wmk_kpi_format_value (number, unit) : g_strdup (_("No number"));
  when = date ? wmk_kpi_format_date (date) : g_strdup (_("no date"));
  /* TRANSLATORS: a target: "75% by 31 Dec 2023" */
  title = g_strdup_printf (_("%s by %s"), value, when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  gtk_widget_set_visible (self->note, date == NULL || isnan (number));

  edit = g_strdup_printf (_("Edit target %s"), title);
  del = g_strdup_printf (_("Delete target %s"), title);
  name_button (self->edit_button, edit);
  name_button (self->delete_button, del);
  return GTK_WIDGET (self);
}

GtkWidget *
wmk_kpi_point_row_new_measurement (WmkPlan *plan, WmkEntity *kpi, WmkEntity *measurement)
{
  WmkKpiPointRow *self;
  const char *note, *source;
  g_autofree char *date = NULL, *value = NULL, *subtitle = NULL, *edit = NULL, *del = NULL;
  JsonNode *number;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WMK_IS_ENTITY (kpi), NULL);
  g_return_val_if_fail (WMK_IS_ENTITY (measurement), NULL);

  self = g_object_new (WMK_TYPE_KPI_POINT_ROW, NULL);
  self->plan = g_object_ref (plan);
  self->kpi = g_object_ref (kpi);
  self->measurement = g_object_ref (measurement);

  note = wmk_entity_get_string (measurement, "note");
  source = wmk_entity_get_string (measurement, "source");
  date = wmk_kpi_format_date (wmk_entity_get_string (measurement, "date"));
  number = wmk_entity_get_field (measurement, "value");
  value = number && JSON_NODE_HOLDS_VALUE (number)
            ? wmk_kpi_format_value (json_node_get_double (number),
                                    wmk_entity_get_string (kpi, "unit"))
            : g_strdup (_("No value"));
  subtitle = note && source ? g_strdup_printf ("%s · %s", note, source)
                            : g_strdup (note ? note : source);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->value, value);
  gtk_widget_set_visible (GTK_WIDGET (self->value), TRUE);

  edit = g_strdup_printf (_("Edit the measurement of %s"), date);
  del = g_strdup_printf (_("Delete the measurement of %s"), date);
  name_button (self->edit_button, edit);
  name_button (self->delete_button, del);
  return GTK_WIDGET (self);
}

/**
 * wmk_kpi_point_row_judge:
 * @trajectory: (nullable): the KPI's trajectory
 *
 * Says whether a measurement is on or off @trajectory; hides it where there
 * is nothing to judge against. A target's row has nothing to say.
 */
void
wmk_kpi_point_row_judge (WmkKpiPointRow *self, WmkKpiTrajectory *trajectory)
{
  WmkKpiPoint point;
  gboolean judged, off;

  g_return_if_fail (WMK_IS_KPI_POINT_ROW (self));

  if (self->measurement == NULL)
    return;
  point = (WmkKpiPoint) { (char *) wmk_entity_get_string (self->measurement, "date"),
                          wmk_entity_get_number (self->measurement, "value", NAN) };
  judged = trajectory && point.date && !isnan (point.value)
           && wmk_kpi_trajectory_get_n_targets (trajectory) > 0;
  off = judged && wmk_kpi_trajectory_is_off (trajectory, &point);

  gtk_widget_set_visible (self->status, judged);
  gtk_image_set_from_icon_name (self->status_icon, off ? "dialog-warning-symbolic"
                                                       : "object-select-symbolic");
  gtk_label_set_label (self->status_word, off ? _("Off trajectory") : _("On trajectory"));
  gtk_widget_remove_css_class (self->status, off ? "success" : "warning");
  gtk_widget_add_css_class (self->status, off ? "warning" : "success");
}

static void
wmk_kpi_point_row_dispose (GObject *object)
{
  WmkKpiPointRow *self = WMK_KPI_POINT_ROW (object);

  g_clear_object (&self->measurement);
  g_clear_object (&self->kpi);
  g_clear_object (&self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_KPI_POINT_ROW);
  G_OBJECT_CLASS (wmk_kpi_point_row_parent_class)->dispose (object);
}

static void
wmk_kpi_point_row_class_init (WmkKpiPointRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_kpi_point_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-kpi-point-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, note);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, status);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, status_word);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, value);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPointRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
wmk_kpi_point_row_init (WmkKpiPointRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
