/* wmk-nd-page.c: the Neurodiversity Pathway page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The waiting list's key figures against the plan's targets, the list by
 * wait band month by month (for both services or one), the demand and
 * capacity projection with the capacity to try, the equity figures, new
 * birth visits, and the monthly snapshots to add and change. Everything is
 * read from the plan's list models and redrawn when they change (an edit
 * here, an undo, a sync); changes go through the plan's edit API, in the
 * shared form of libwaymark-ui.
 */

#include "wmk-nd-page.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include <wmk-entity-dialog.h>
#include "wmk-nd-pathway.h"
#include "wmk-nd-plugin.h"
#include "wmk-nd-types.h"
#include "wmk-nd-wait-chart.h"

#define DEMAND_WINDOW  3
#define SHOWN_SNAPSHOTS 12

struct _WmkNdPage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  GListModel          *snapshots;
  GListModel          *birth_visits;
  GPtrArray           *rows;        /* (group, row) pairs added, removed on a refresh */
  guint                refresh_id;
  WmkNdDemand          demand;
  gboolean             has_demand;

  GtkLabel            *illustrative_label;
  AdwPreferencesGroup *figures_group;
  AdwComboRow         *service_row;
  WmkNdWaitChart      *chart;
  GtkSpinButton       *capacity_spin;
  AdwActionRow        *projection_row;
  AdwPreferencesGroup *equity_group;
  AdwPreferencesGroup *birth_group;
  AdwPreferencesGroup *snapshots_group;
};

G_DEFINE_FINAL_TYPE (WmkNdPage, wmk_nd_page, ADW_TYPE_BIN)

static const char *const snapshot_form[] = {
  "date", "service", "under_18_weeks", "weeks_18_to_52", "over_52_weeks", "referrals",
  "assessments", "girls_waiting", "girls_over_52_weeks", "mh_waiting", "mh_over_52_weeks",
  "note", "source", NULL,
};

static void
add_row (WmkNdPage *self, AdwPreferencesGroup *group, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
}

/* A row with a figure, and a status in a word and a shape (coloured too). */
static GtkWidget *
figure_row (const char *title, const char *subtitle, const char *figure, const char *status,
            const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (figure);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (status)
    {
      GtkWidget *badge = gtk_label_new (status);

      gtk_widget_add_css_class (badge, "heading");
      gtk_widget_add_css_class (badge, css_class);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  gtk_widget_add_css_class (label, "title-3");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/* Met or not, as "✓ Met" / "▲ Below target": never by colour alone. */
static GtkWidget *
target_row (const char *title, const char *subtitle, double value, double target)
{
  g_autofree char *figure = isnan (value) ? g_strdup ("–") : g_strdup_printf ("%.0f%%", value);
  gboolean met = !isnan (value) && value >= target;

  return figure_row (title, subtitle, figure, isnan (value) ? NULL : met ? _("✓ Met")
                                                                         : _("▲ Below target"),
                     met ? "success" : "warning");
}

static void
fill_figures (WmkNdPage *self, GArray *all)
{
  const WmkNdMonth *latest = &g_array_index (all, WmkNdMonth, all->len - 1);
  gint64 waiting = wmk_nd_month_waiting (latest);
  g_autofree char *when = wmk_nd_month_name (latest->date);
  g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, waiting);
  g_autofree char *long_count = g_strdup_printf ("%" G_GINT64_FORMAT, latest->over_52_weeks);
  g_autofree char *long_share = g_strdup_printf (
    _("%.0f%% of the list, both services"), wmk_nd_percent (latest->over_52_weeks, waiting));
  double reduction = wmk_nd_long_wait_reduction (all, all->len - 1);
  double trajectory = wmk_nd_trajectory_at (latest->date);
  g_autofree char *reduction_text = isnan (reduction) ? g_strdup ("–")
                                                      : g_strdup_printf ("%.0f%%", reduction);
  g_autofree char *trajectory_text = isnan (trajectory)
    ? g_strdup (_("The plan’s trajectory starts at the end of Q2 2023-24: 30%, then 60% and 90%"))
    : g_strdup_printf (_("The plan’s trajectory for this quarter: %.0f%%"), trajectory);
  gboolean on_track = isnan (trajectory) || (!isnan (reduction) && reduction >= trajectory);

  add_row (self, self->figures_group,
           figure_row (_("Children waiting"), when, count, NULL, NULL));
  add_row (self, self->figures_group,
           target_row (_("Waiting under 18 weeks"),
                       _("Target: 50% by February 2024 (KPI D-KPI1)"),
                       wmk_nd_percent (latest->under_18_weeks, waiting), WMK_ND_TARGET_PERCENT));
  add_row (self, self->figures_group,
           figure_row (_("Waiting over a year"), long_share, long_count, NULL, NULL));
  add_row (self, self->figures_group,
           figure_row (_("Over-a-year list cleared since the first snapshot"), trajectory_text,
                       reduction_text, on_track ? _("● On trajectory") : _("▲ Behind trajectory"),
                       on_track ? "success" : "warning"));
}

static void
fill_equity (WmkNdPage *self, const WmkNdMonth *latest)
{
  double all = wmk_nd_percent (latest->over_52_weeks, wmk_nd_month_waiting (latest));
  const struct { const char *title; gint64 part, whole; } groups[] = {
    { _("Girls waiting over a year"), latest->girls_over_52_weeks, latest->girls_waiting },
    { _("Children with mental health needs waiting over a year"), latest->mh_over_52_weeks,
      latest->mh_waiting },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      double share = wmk_nd_percent (groups[i].part, groups[i].whole);
      g_autofree char *figure = isnan (share) ? g_strdup ("–") : g_strdup_printf ("%.0f%%", share);
      g_autofree char *subtitle = g_strdup_printf (_("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                                                     "; %.0f%% of the whole list"),
                                                   groups[i].part, groups[i].whole, all);
      gboolean longer = !isnan (share) && share > all + 2;

      add_row (self, self->equity_group,
               figure_row (groups[i].title, subtitle, figure,
                           isnan (share) ? NULL : longer ? _("▲ Wait longer") : _("● No longer"),
                           longer ? "warning" : "success"));
    }
}

static void
fill_birth_visits (WmkNdPage *self)
{
  g_autoptr(GArray) months = wmk_nd_collect_birth_visits (self->plan);
  const WmkNdBirthMonth *latest;
  g_autofree char *subtitle = NULL, *when = NULL;

  if (months->len == 0)
    {
      add_row (self, self->birth_group,
               figure_row (_("No new birth visit figures yet"), NULL, "–", NULL, NULL));
      return;
    }
  latest = &g_array_index (months, WmkNdBirthMonth, months->len - 1);
  when = wmk_nd_month_name (latest->date);
  subtitle = g_strdup_printf (_("%s: %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                                " visits; target 90%% (KPI D-KPI3)"),
                              when, latest->within_10_15_days, latest->visits);
  add_row (self, self->birth_group,
           target_row (_("Within 10 to 15 days"), subtitle,
                       wmk_nd_percent (latest->within_10_15_days, latest->visits),
                       WMK_ND_BIRTH_VISIT_TARGET));
}

static void
edit_snapshot (WmkNdPage *self, const char *id)
{
  GtkWidget *dialog = wmk_entity_dialog_new (GTK_WIDGET (self), self->plan, &wmk_nd_snapshot_spec,
                                             id, snapshot_form, wmk_nd_enum_word,
                                             id ? _("Change Snapshot") : _("Add Snapshot"));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_clicked_cb (GtkButton *button, WmkNdPage *self)
{
  edit_snapshot (self, g_object_get_data (G_OBJECT (button), "snapshot-id"));
}

static void
add_snapshot_cb (WmkNdPage *self)
{
  edit_snapshot (self, NULL);
}

/* The latest snapshots first, each with its figures and a button to change it. */
static void
fill_snapshots (WmkNdPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (self->snapshots);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (self->snapshots, i));
  for (guint shown = 0; shown < MIN (n, SHOWN_SNAPSHOTS); shown++)
    {
      WmkEntity *item = items->pdata[n - 1 - shown];
      const char *date = wmk_entity_get_string (item, "date");
      g_autofree char *month = date ? wmk_nd_month_name (date) : g_strdup (_("No date"));
      g_autofree char *title = g_strdup_printf (
        "%s · %s", month, wmk_nd_enum_word ("service", wmk_entity_get_string (item, "service")));
      g_autofree char *subtitle = g_strdup_printf (
        _("%" G_GINT64_FORMAT " under 18 weeks, %" G_GINT64_FORMAT " 18 to 52 weeks, %"
          G_GINT64_FORMAT " over 52 weeks; %" G_GINT64_FORMAT " referrals, %" G_GINT64_FORMAT
          " assessed"),
        wmk_entity_get_int (item, "under_18_weeks", 0), wmk_entity_get_int (item, "weeks_18_to_52", 0),
        wmk_entity_get_int (item, "over_52_weeks", 0), wmk_entity_get_int (item, "referrals", 0),
        wmk_entity_get_int (item, "assessments", 0));
      g_autofree char *name = g_strdup_printf (_("Change the snapshot of %s"), title);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "snapshot-id",
                              g_strdup (wmk_entity_get_id (item)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (edit_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      add_row (self, self->snapshots_group, row);
    }
  if (n > SHOWN_SNAPSHOTS)
    {
      g_autofree char *more = g_strdup_printf (
        ngettext ("and %u earlier snapshot", "and %u earlier snapshots", n - SHOWN_SNAPSHOTS),
        n - SHOWN_SNAPSHOTS);

      add_row (self, self->snapshots_group, figure_row (more, NULL, "", NULL, NULL));
    }
}

static void
update_projection (WmkNdPage *self)
{
  g_autofree char *sentence = NULL;

  if (!self->has_demand)
    {
      adw_action_row_set_subtitle (self->projection_row, _("No figures to project from yet."));
      return;
    }
  sentence = wmk_nd_projection_sentence (&self->demand,
                                         gtk_spin_button_get_value (self->capacity_spin));
  adw_action_row_set_subtitle (self->projection_row, sentence);
}

static void
capacity_changed_cb (WmkNdPage *self)
{
  update_projection (self);
}

static const char *
selected_service (WmkNdPage *self)
{
  static const char *const services[] = { NULL, "5-18", "0-5" };
  guint selected = adw_combo_row_get_selected (self->service_row);

  return selected < G_N_ELEMENTS (services) ? services[selected] : NULL;
}

static gboolean
refresh_now (gpointer data)
{
  WmkNdPage *self = data;
  g_autoptr(GArray) all = wmk_nd_collect (self->plan, NULL);
  g_autoptr(GArray) shown = wmk_nd_collect (self->plan, selected_service (self));

  self->refresh_id = 0;
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (self->rows->pdata[i], self->rows->pdata[i + 1]);
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->illustrative_label),
                          g_list_model_get_n_items (self->snapshots) > 0);
  wmk_nd_wait_chart_set_months (self->chart, shown);
  self->has_demand = wmk_nd_demand (shown, DEMAND_WINDOW, &self->demand);
  if (self->has_demand)
    gtk_spin_button_set_value (self->capacity_spin, round (self->demand.capacity));
  update_projection (self);
  if (all->len > 0)
    {
      fill_figures (self, all);
      fill_equity (self, &g_array_index (all, WmkNdMonth, all->len - 1));
    }
  else
    add_row (self, self->figures_group,
             figure_row (_("No waiting list figures yet"),
                         _("Add a monthly snapshot for each service below."), "–", NULL, NULL));
  fill_birth_visits (self);
  fill_snapshots (self);
  return G_SOURCE_REMOVE;
}

/* Many changes arrive together (an import, an undo): redraw once. */
static void
refresh (WmkNdPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_now, self);
}

static void
wmk_nd_page_dispose (GObject *object)
{
  WmkNdPage *self = WMK_ND_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->snapshots);
  g_clear_object (&self->birth_visits);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (wmk_nd_page_parent_class)->dispose (object);
}

static void
wmk_nd_page_class_init (WmkNdPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_nd_page_dispose;
  g_type_ensure (WMK_TYPE_ND_WAIT_CHART);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/neurodiversity/wmk-nd-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, illustrative_label);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, service_row);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, chart);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, projection_row);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, equity_group);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, birth_group);
  gtk_widget_class_bind_template_child (widget_class, WmkNdPage, snapshots_group);
  gtk_widget_class_bind_template_callback (widget_class, refresh);
  gtk_widget_class_bind_template_callback (widget_class, capacity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_snapshot_cb);
}

static void
wmk_nd_page_init (WmkNdPage *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->illustrative_label, _(WMK_ND_ILLUSTRATIVE));
}

GtkWidget *
wmk_nd_page_new (WmkPlan *plan)
{
  WmkNdPage *self = g_object_new (WMK_TYPE_ND_PAGE, NULL);

  self->plan = g_object_ref (plan);
  self->snapshots = g_object_ref (wmk_plan_get_items (plan, WMK_ND_SNAPSHOT));
  self->birth_visits = g_object_ref (wmk_plan_get_items (plan, WMK_ND_BIRTH_VISITS));
  /* Any change: an edited snapshot changes no list, only its fields. */
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (refresh), self);
  refresh_now (self);
  return GTK_WIDGET (self);
}

/* The registry's page factory. */
GObject *
wmk_nd_page_create (WmkPlan *plan, gpointer user_data)
{
  return G_OBJECT (wmk_nd_page_new (plan));
}
