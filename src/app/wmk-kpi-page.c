/* wmk-kpi-page.c: every KPI with where it stands, and the editor for one
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list and its detail, side by side when there is room and one after the
 * other when there is not (an AdwLeaflet). The list is the plan's own KPI
 * model, already in plan order (section, then KPI, then its sub-items), with
 * a heading where each section starts and sub-items indented under their KPI.
 * Each row says where the KPI is against its next target and whether it is on
 * trajectory, in words and with a shape, not by colour alone.
 */

#include "config.h"

#include "wmk-kpi-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-kpi-editor.h"

struct _WmkKpiPage
{
  AdwBin        parent_instance;

  WmkPlan      *plan;
  char         *today;
  gboolean      reselecting;

  AdwLeaflet   *leaflet;
  GtkWidget    *editor_pane;
  GtkLabel     *summary_label;
  GtkListBox   *kpi_list;
  GtkStack     *editor_stack;
  WmkKpiEditor *editor;       /* (nullable): made when a KPI is first chosen */
};

G_DEFINE_FINAL_TYPE (WmkKpiPage, wmk_kpi_page, ADW_TYPE_BIN)

static WmkEntity *
section_of (WmkKpiPage *self, WmkEntity *kpi)
{
  WmkEntity *entity = kpi;

  for (guint depth = 0; entity && depth < 8; depth++)
    {
      if (WMK_IS_WORKSTREAM (entity))
        return entity;
      entity = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (entity));
    }
  return NULL;
}

static guint
depth_of (WmkKpiPage *self, WmkEntity *kpi)
{
  guint depth = 0;

  for (WmkEntity *parent = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (kpi));
       parent && WMK_IS_KPI (parent) && depth < 4;
       parent = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (parent)))
    depth++;
  return depth;
}

static gboolean
has_sub_items (WmkKpiPage *self, WmkEntity *kpi)
{
  g_autoptr(GPtrArray) children = wmk_plan_dup_children (self->plan, wmk_entity_get_id (kpi),
                                                         "kpi");
  return children->len > 0;
}

/* "58% now · 75% by Dec 2023" */
static char *
value_text (WmkKpiPage *self, WmkKpiTrajectory *t)
{
  const char *unit = wmk_kpi_trajectory_get_unit (t);
  const WmkKpiPoint *latest = wmk_kpi_trajectory_get_latest (t);
  const WmkKpiPoint *target = wmk_kpi_trajectory_get_next_target (t, self->today);
  g_autofree char *now = NULL, *goal = NULL;

  if (target == NULL)
    target = wmk_kpi_trajectory_get_last_target (t);
  if (latest)
    {
      g_autofree char *value = wmk_kpi_format_value (latest->value, unit);
      now = g_strdup_printf (_("%s now"), value);
    }
  if (target)
    {
      g_autofree char *value = wmk_kpi_format_value (target->value, unit);
      g_autofree char *month = wmk_kpi_format_month (target->date);
      goal = g_strdup_printf (_("%s by %s"), value, month);
    }
  if (now && goal)
    return g_strdup_printf ("%s · %s", now, goal);
  if (now)
    return g_strdup_printf (_("%s · no dated target"), now);
  if (goal)
    return g_strdup_printf (_("Target %s"), goal);
  return g_strdup (_("No dated target"));
}

static void
update_row (WmkKpiPage *self, GtkWidget *row)
{
  WmkEntity *kpi = g_object_get_data (G_OBJECT (row), "kpi");
  GtkLabel *ref = g_object_get_data (G_OBJECT (row), "ref");
  GtkLabel *text = g_object_get_data (G_OBJECT (row), "text");
  GtkLabel *value = g_object_get_data (G_OBJECT (row), "value");
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status");
  GtkWidget *icon = gtk_widget_get_first_child (status);
  GtkWidget *word = gtk_widget_get_last_child (status);
  g_autoptr(WmkKpiTrajectory) t = wmk_kpi_trajectory_new_for_plan (self->plan, kpi);
  WmkKpiStatus state = wmk_kpi_trajectory_get_status (t);
  g_autofree char *line = wmk_first_line (wmk_entity_get_string (kpi, "text"));
  g_autofree char *sentence = g_strdup (line);
  g_autofree char *values = value_text (self, t);
  g_autofree char *label = NULL;
  /* A KPI that only heads its sub-items has nothing of its own to show. */
  gboolean heading = state == WMK_KPI_STATUS_NO_DATA && wmk_kpi_trajectory_get_n_targets (t) == 0
                     && has_sub_items (self, kpi);
  const char *icon_name, *css;

  gtk_label_set_label (ref, wmk_entity_get_ref (kpi) ? wmk_entity_get_ref (kpi) : "");
  gtk_label_set_label (text, line);
  gtk_label_set_label (value, values);
  gtk_widget_set_visible (GTK_WIDGET (value), !heading);
  gtk_widget_set_visible (status, !heading);

  switch (state)
    {
    case WMK_KPI_STATUS_ON_TRAJECTORY: icon_name = "object-select-symbolic", css = "success"; break;
    case WMK_KPI_STATUS_OFF_TRAJECTORY: icon_name = "dialog-warning-symbolic", css = "warning"; break;
    case WMK_KPI_STATUS_NO_TRAJECTORY: icon_name = "action-unavailable-symbolic", css = "dim-label"; break;
    case WMK_KPI_STATUS_NO_DATA:
    default: icon_name = "content-loading-symbolic", css = "dim-label"; break;
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_label_set_label (GTK_LABEL (word), wmk_kpi_status_word (state));
  gtk_widget_remove_css_class (status, "success");
  gtk_widget_remove_css_class (status, "warning");
  gtk_widget_remove_css_class (status, "dim-label");
  gtk_widget_add_css_class (status, css);

  /* A screen reader hears the row as one sentence. */
  g_strchomp (sentence);
  if (g_str_has_suffix (sentence, "."))
    sentence[strlen (sentence) - 1] = '\0';
  label = heading ? g_strdup_printf ("%s: %s", gtk_label_get_label (ref), sentence)
                  : g_strdup_printf ("%s: %s. %s. %s", gtk_label_get_label (ref), sentence, values,
                                     wmk_kpi_status_word (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (text), wmk_entity_get_string (kpi, "text"));
}

static GtkWidget *
new_label (const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  WmkKpiPage *self = data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *ref = new_label ("heading");
  GtkWidget *text = new_label (NULL);
  GtkWidget *value = new_label ("caption");
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_set_hexpand (ref, TRUE);
  gtk_box_append (GTK_BOX (top), ref);
  gtk_box_append (GTK_BOX (status), gtk_image_new ());
  gtk_box_append (GTK_BOX (status), gtk_label_new (NULL));
  gtk_widget_add_css_class (status, "caption");
  gtk_box_append (GTK_BOX (top), status);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_lines (GTK_LABEL (text), 2);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (text), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (value, "dim-label");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), value);
  /* Sub-items sit under their KPI, indented. */
  gtk_widget_set_margin_start (box, 6 + 20 * depth_of (self, item));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "kpi", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "ref", ref);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "value", value);
  g_object_set_data (G_OBJECT (row), "status", status);
  update_row (self, row);
  return row;
}

/* A heading where each section starts: "Section C · EHC plans…" */
static void
update_header (GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
  WmkKpiPage *self = data;
  WmkEntity *section = section_of (self, g_object_get_data (G_OBJECT (row), "kpi"));
  WmkEntity *previous = before ? section_of (self, g_object_get_data (G_OBJECT (before), "kpi"))
                               : NULL;
  g_autofree char *title = NULL, *text = NULL;
  GtkWidget *header;

  if (section == previous)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  title = wmk_first_line (section ? wmk_entity_get_string (section, "title") : NULL);
  text = section ? g_strdup_printf (_("Section %s · %s"), wmk_entity_get_ref (section), title)
                 : g_strdup (_("Not in a section"));
  header = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (header, text);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, before ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static void
update_summary (WmkKpiPage *self)
{
  GListModel *kpis = wmk_plan_get_items (self->plan, "kpi");
  guint counts[WMK_KPI_STATUS_OFF_TRAJECTORY + 1] = { 0 };
  guint n = g_list_model_get_n_items (kpis);
  g_autofree char *total = NULL, *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) kpi = g_list_model_get_item (kpis, i);
      g_autoptr(WmkKpiTrajectory) t = wmk_kpi_trajectory_new_for_plan (self->plan, kpi);
      counts[wmk_kpi_trajectory_get_status (t)]++;
    }
  total = g_strdup_printf (ngettext ("%u KPI", "%u KPIs", n), n);
  /* TRANSLATORS: "45 KPIs: 3 on trajectory, 1 off trajectory, 41 not yet measured" */
  text = g_strdup_printf (_("%s: %u on trajectory, %u off trajectory, %u not yet measured"), total,
                          counts[WMK_KPI_STATUS_ON_TRAJECTORY],
                          counts[WMK_KPI_STATUS_OFF_TRAJECTORY], counts[WMK_KPI_STATUS_NO_DATA]);
  gtk_label_set_label (self->summary_label, text);
}

static WmkEntity *
editor_kpi (WmkKpiPage *self)
{
  return self->editor ? wmk_kpi_editor_get_kpi (self->editor) : NULL;
}

static void
select_editor_kpi (WmkKpiPage *self)
{
  WmkEntity *kpi = editor_kpi (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && kpi && g_object_get_data (G_OBJECT (row), "kpi") == kpi)
      {
        self->reselecting = TRUE;
        gtk_list_box_select_row (self->kpi_list, GTK_LIST_BOX_ROW (row));
        self->reselecting = FALSE;
        return;
      }
}

/* The editor is made when a KPI is first chosen: a start that chooses none
 * does not pay for its template. */
static void
show_kpi (WmkKpiPage *self, WmkEntity *kpi)
{
  if (kpi && self->editor == NULL)
    {
      self->editor = g_object_new (WMK_TYPE_KPI_EDITOR, NULL);
      gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->editor), "editor");
      wmk_kpi_editor_set_plan (self->editor, self->plan);
    }
  if (self->editor)
    wmk_kpi_editor_set_kpi (self->editor, kpi);
  gtk_stack_set_visible_child_name (self->editor_stack, kpi ? "editor" : "empty");
}

static void
row_selected_cb (WmkKpiPage *self, GtkListBoxRow *row)
{
  /* Rows come and go as the plan changes; that is no choice of the user's. */
  if (row == NULL || self->reselecting)
    return;
  show_kpi (self, g_object_get_data (G_OBJECT (row), "kpi"));
}

static void
row_activated_cb (WmkKpiPage *self, GtkListBoxRow *row)
{
  show_kpi (self, g_object_get_data (G_OBJECT (row), "kpi"));
  /* Side by side, the editor is already in view: leave the focus in the list. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
back_clicked_cb (WmkKpiPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
items_changed_cb (WmkKpiPage *self)
{
  WmkEntity *kpi = editor_kpi (self);

  /* The KPI shown was deleted (or its creation undone). */
  if (kpi && !wmk_entity_get_live (kpi))
    show_kpi (self, NULL);
  select_editor_kpi (self);
}

static void
plan_changed_cb (WmkKpiPage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_object_get_data (G_OBJECT (row), "kpi"))
      update_row (self, row);
  update_summary (self);
}

void
wmk_kpi_page_set_plan (WmkKpiPage *self, WmkPlan *plan)
{
  GListModel *kpis;

  g_return_if_fail (WMK_IS_KPI_PAGE (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (wmk_plan_get_items (self->plan, "kpi"), self);
    }
  show_kpi (self, NULL);
  g_set_object (&self->plan, plan);
  if (self->editor)
    wmk_kpi_editor_set_plan (self->editor, plan);

  kpis = wmk_plan_get_items (plan, "kpi");
  gtk_list_box_bind_model (self->kpi_list, kpis, create_row, self, NULL);
  /* After the list box has made its rows. */
  g_signal_connect_swapped (kpis, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  update_summary (self);
}

static void
wmk_kpi_page_dispose (GObject *object)
{
  WmkKpiPage *self = WMK_KPI_PAGE (object);

  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (wmk_plan_get_items (self->plan, "kpi"), self);
    }
  if (self->kpi_list)
    gtk_list_box_bind_model (self->kpi_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_KPI_PAGE);
  G_OBJECT_CLASS (wmk_kpi_page_parent_class)->dispose (object);
}

static void
wmk_kpi_page_finalize (GObject *object)
{
  g_free (WMK_KPI_PAGE (object)->today);
  G_OBJECT_CLASS (wmk_kpi_page_parent_class)->finalize (object);
}

static void
wmk_kpi_page_class_init (WmkKpiPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_kpi_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_kpi_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-kpi-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPage, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, WmkKpiPage, editor_stack);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
wmk_kpi_page_init (WmkKpiPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = wmk_today_iso ();
  gtk_list_box_set_header_func (self->kpi_list, update_header, self, NULL);
}
