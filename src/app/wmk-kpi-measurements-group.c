/* wmk-kpi-measurements-group.c: a KPI's measured values, newest first
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The measurements are the plan's "measurement" items whose parent is the
 * KPI, filtered and sorted from the plan's list model, so an added, changed
 * or deleted measurement (an undo, a sync) shows without a rebuild. Each row
 * says whether its value is on the KPI's trajectory; the trajectory is handed
 * in whenever it changes.
 */

#include "config.h"

#include "wmk-kpi-measurements-group.h"

#include "wmk-kpi-point-dialog.h"
#include "wmk-kpi-point-row.h"

struct _WmkKpiMeasurementsGroup
{
  AdwPreferencesGroup  parent_instance;

  WmkPlan             *plan;
  WmkEntity           *kpi;
  WmkKpiTrajectory    *trajectory;
  char                *today;
  GtkCustomFilter     *measurement_filter;

  GtkListBox          *measurements_list;
};

G_DEFINE_FINAL_TYPE (WmkKpiMeasurementsGroup, wmk_kpi_measurements_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static gboolean
is_measurement_of_kpi (gpointer item, gpointer data)
{
  WmkKpiMeasurementsGroup *self = data;

  return self->kpi && g_strcmp0 (wmk_entity_get_parent_id (item),
                                 wmk_entity_get_id (self->kpi)) == 0;
}

static int
compare_newest_first (gconstpointer a, gconstpointer b, gpointer data)
{
  int by_date = g_strcmp0 (wmk_entity_get_string ((gpointer) b, "date"),
                           wmk_entity_get_string ((gpointer) a, "date"));

  return by_date ? by_date : g_strcmp0 (wmk_entity_get_id ((gpointer) a),
                                        wmk_entity_get_id ((gpointer) b));
}

static GtkWidget *
create_measurement_row (gpointer item, gpointer data)
{
  WmkKpiMeasurementsGroup *self = data;
  GtkWidget *row = wmk_kpi_point_row_new_measurement (self->plan, self->kpi, item);

  wmk_kpi_point_row_judge (WMK_KPI_POINT_ROW (row), self->trajectory);
  return row;
}

static void
add_measurement_clicked_cb (WmkKpiMeasurementsGroup *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_measurement (GTK_WIDGET (self), self->plan, self->kpi, NULL,
                                           self->today);
}

/**
 * wmk_kpi_measurements_group_set_plan:
 *
 * The plan whose measurements to show. Call it before
 * wmk_kpi_measurements_group_set_kpi().
 */
void
wmk_kpi_measurements_group_set_plan (WmkKpiMeasurementsGroup *self, WmkPlan *plan)
{
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;

  g_return_if_fail (WMK_IS_KPI_MEASUREMENTS_GROUP (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  wmk_kpi_measurements_group_set_kpi (self, NULL);
  g_set_object (&self->plan, plan);

  filtered = gtk_filter_list_model_new (g_object_ref (wmk_plan_get_items (plan, "measurement")),
                                        g_object_ref (GTK_FILTER (self->measurement_filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&filtered)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_newest_first,
                                                                       NULL, NULL)));
  gtk_list_box_bind_model (self->measurements_list, G_LIST_MODEL (sorted),
                           create_measurement_row, self, NULL);
}

/**
 * wmk_kpi_measurements_group_set_kpi:
 * @kpi: (nullable): the KPI whose measurements to show
 */
void
wmk_kpi_measurements_group_set_kpi (WmkKpiMeasurementsGroup *self, WmkEntity *kpi)
{
  g_return_if_fail (WMK_IS_KPI_MEASUREMENTS_GROUP (self));
  g_return_if_fail (kpi == NULL || WMK_IS_ENTITY (kpi));

  if (self->kpi == kpi)
    return;
  g_set_object (&self->kpi, kpi);
  gtk_filter_changed (GTK_FILTER (self->measurement_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * wmk_kpi_measurements_group_set_trajectory:
 * @trajectory: (nullable): the KPI's trajectory, which each row is judged against
 */
void
wmk_kpi_measurements_group_set_trajectory (WmkKpiMeasurementsGroup *self,
                                           WmkKpiTrajectory        *trajectory)
{
  g_return_if_fail (WMK_IS_KPI_MEASUREMENTS_GROUP (self));

  if (trajectory)
    wmk_kpi_trajectory_ref (trajectory);
  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);
  self->trajectory = trajectory;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->measurements_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (WMK_IS_KPI_POINT_ROW (row))
      wmk_kpi_point_row_judge (WMK_KPI_POINT_ROW (row), trajectory);
}

/* @today: YYYY-MM-DD, the date a new measurement starts with */
void
wmk_kpi_measurements_group_set_today (WmkKpiMeasurementsGroup *self, const char *today)
{
  g_return_if_fail (WMK_IS_KPI_MEASUREMENTS_GROUP (self));

  g_free (self->today);
  self->today = g_strdup (today);
}

static void
wmk_kpi_measurements_group_dispose (GObject *object)
{
  WmkKpiMeasurementsGroup *self = WMK_KPI_MEASUREMENTS_GROUP (object);

  if (self->measurements_list)
    gtk_list_box_bind_model (self->measurements_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->kpi);
  g_clear_object (&self->plan);
  g_clear_object (&self->measurement_filter);
  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_KPI_MEASUREMENTS_GROUP);
  G_OBJECT_CLASS (wmk_kpi_measurements_group_parent_class)->dispose (object);
}

static void
wmk_kpi_measurements_group_finalize (GObject *object)
{
  g_free (WMK_KPI_MEASUREMENTS_GROUP (object)->today);
  G_OBJECT_CLASS (wmk_kpi_measurements_group_parent_class)->finalize (object);
}

static void
wmk_kpi_measurements_group_class_init (WmkKpiMeasurementsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_kpi_measurements_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_kpi_measurements_group_finalize;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/wmk-kpi-measurements-group.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkKpiMeasurementsGroup, measurements_list);
  gtk_widget_class_bind_template_callback (widget_class, add_measurement_clicked_cb);
}

static void
wmk_kpi_measurements_group_init (WmkKpiMeasurementsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = wmk_today_iso ();
  self->measurement_filter = gtk_custom_filter_new (is_measurement_of_kpi, self, NULL);
}
