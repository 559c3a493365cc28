/* wmk-kpi-targets-group.c: a KPI's targets, with shortcuts for the notice's milestones
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The targets are an array in the KPI's "targets" field, not items of their
 * own, so the list is a string list of indices into it, spliced whenever the
 * KPI changes. The improvement notice asks for targets 3, 6, 12 and 18
 * months after it was issued: a button for each opens the dialog on that day.
 */

#include "config.h"

#include "wmk-kpi-targets-group.h"

#include <glib/gi18n.h>

#include "wmk-kpi-point-dialog.h"
#include "wmk-kpi-point-row.h"

struct _WmkKpiTargetsGroup
{
  AdwPreferencesGroup  parent_instance;

  WmkPlan             *plan;
  WmkEntity           *kpi;
  GtkStringList       *target_items; /* indices into the "targets" array */

  GtkListBox          *targets_list;
  GtkBox              *milestone_box;
};

G_DEFINE_FINAL_TYPE (WmkKpiTargetsGroup, wmk_kpi_targets_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_target_row (gpointer item, gpointer data)
{
  WmkKpiTargetsGroup *self = data;
  guint index = g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);

  return wmk_kpi_point_row_new_target (self->plan, self->kpi, index);
}

static void
fill_targets (WmkKpiTargetsGroup *self)
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
add_target_clicked_cb (WmkKpiTargetsGroup *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_target (GTK_WIDGET (self), self->plan, self->kpi, -1, NULL);
}

static void
milestone_clicked_cb (GtkWidget *button, WmkKpiTargetsGroup *self)
{
  if (self->kpi)
    wmk_kpi_point_dialog_open_target (GTK_WIDGET (self), self->plan, self->kpi, -1,
                                      g_object_get_data (G_OBJECT (button), "date"));
}

/* "Add a target at 3 months, 6 months…": the notice wants targets at these. */
static void
fill_milestones (WmkKpiTargetsGroup *self)
{
  WmkPlanInfo *info = self->plan ? wmk_plan_get_info (self->plan) : NULL;
  const char *notice = info ? wmk_plan_info_get_notice_issued (info) : NULL;
  g_autofree char *notice_text = notice ? wmk_kpi_format_date (notice) : NULL;
  static const guint defaults[] = { 3, 6, 12, 18 };
  GtkWidget *child;

  /* The first child is the "Add a target at" label. */
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

/**
 * wmk_kpi_targets_group_set_plan:
 *
 * The plan whose notice date the milestones count from. Call it before
 * wmk_kpi_targets_group_set_kpi().
 */
void
wmk_kpi_targets_group_set_plan (WmkKpiTargetsGroup *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_KPI_TARGETS_GROUP (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  wmk_kpi_targets_group_set_kpi (self, NULL);
  g_set_object (&self->plan, plan);
  fill_milestones (self);
}

/**
 * wmk_kpi_targets_group_set_kpi:
 * @kpi: (nullable): the KPI whose targets to show
 */
void
wmk_kpi_targets_group_set_kpi (WmkKpiTargetsGroup *self, WmkEntity *kpi)
{
  g_return_if_fail (WMK_IS_KPI_TARGETS_GROUP (self));
  g_return_if_fail (kpi == NULL || WMK_IS_ENTITY (kpi));

  if (self->kpi == kpi)
    return;
  if (self->kpi)
    g_signal_handlers_disconnect_by_data (self->kpi, self);
  g_set_object (&self->kpi, kpi);
  /* Any field: a target's row shows its value in the KPI's unit. */
  if (kpi)
    g_signal_connect_swapped (kpi, "field-changed", G_CALLBACK (fill_targets), self);
  fill_targets (self);
}

static void
wmk_kpi_targets_group_dispose (GObject *object)
{
  WmkKpiTargetsGroup *self = WMK_KPI_TARGETS_GROUP (object);

  if (self->kpi)
    g_signal_handlers_disconnect_by_data (self->kpi, self);
  if (self->targets_list)
    gtk_list_box_bind_model (self->targets_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->kpi);
  g_clear_object (&self->plan);
  g_clear_object (&self->target_items);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_KPI_TARGETS_GROUP);
  G_OBJECT_CLASS (wmk_kpi_targets_group_parent_class)->dispose (object);
}

static void
wmk_kpi_targets_group_class_init (WmkKpiTargetsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_kpi_targets_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-kpi-targets-group.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkKpiTargetsGroup, targets_list);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiTargetsGroup, milestone_box);
  gtk_widget_class_bind_template_callback (widget_class, add_target_clicked_cb);
}

static void
wmk_kpi_targets_group_init (WmkKpiTargetsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_items = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->targets_list, G_LIST_MODEL (self->target_items),
                           create_target_row, self, NULL);
}
