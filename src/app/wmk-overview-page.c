/* wmk-overview-page.c: the plan at a glance: the notice's dates, what needs
 * attention, and the actions of each section by RAG rating
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure is a button that opens the list behind it, so the first
 * question after "how many?" ("which ones?") is one click away.
 */

#include "config.h"

#include "wmk-overview-page.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "wmk-rag-badge.h"
#include "wmk-window.h"

struct _WmkOverviewPage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  guint                rebuild_source;
  GPtrArray           *rows;     /* (group, row) pairs we added */

  AdwPreferencesGroup *notice_group;
  AdwPreferencesGroup *attention_group;
  AdwPreferencesGroup *sections_group;
  AdwPreferencesGroup *workstream_group;
};

G_DEFINE_FINAL_TYPE (WmkOverviewPage, wmk_overview_page, ADW_TYPE_BIN)

static const char *const rag_order[] = { "red", "amber", "green", "blue", NULL };

static void
add_row (WmkOverviewPage *self, AdwPreferencesGroup *group, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
}

static void
open_actions (GtkWidget *button, WmkOverviewPage *self)
{
  WmkWindow *window = WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  wmk_window_show_actions (window, g_object_get_data (G_OBJECT (button), "workstream"),
                           g_object_get_data (G_OBJECT (button), "rag"),
                           GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "overdue")));
}

/* A row with a figure, that opens what it counts. */
static GtkWidget *
figure_text_row (const char *title, const char *subtitle, const char *figure)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (figure);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static GtkWidget *
figure_row (const char *title, const char *subtitle, guint count)
{
  g_autofree char *number = g_strdup_printf ("%u", count);

  return figure_text_row (title, subtitle, number);
}

/* A figure that opens the plan's actions, filtered. */
static GtkWidget *
actions_row (WmkOverviewPage *self, const char *title, const char *subtitle, guint count,
             const char *rag, gboolean overdue)
{
  GtkWidget *row = figure_row (title, subtitle, count);

  g_object_set_data (G_OBJECT (row), "rag", (gpointer) rag);
  g_object_set_data (G_OBJECT (row), "overdue", GINT_TO_POINTER (overdue));
  g_signal_connect (row, "activated", G_CALLBACK (open_actions), self);
  return row;
}

static void
fill_notice (WmkOverviewPage *self, const char *today)
{
  WmkPlanInfo *info = wmk_plan_get_info (self->plan);
  const char *issued = info ? wmk_plan_info_get_notice_issued (info) : NULL;
  const char *delivery = info ? wmk_plan_info_get_delivery_by (info) : NULL;
  g_autoptr(GDateTime) start = wmk_date_parse (issued);
  g_autoptr(GDateTime) now = wmk_date_parse (today);
  JsonNode *months = info ? wmk_entity_get_field (WMK_ENTITY (info), "milestone_months") : NULL;
  GtkWidget *row;

  if (start == NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("The notice's date is not recorded"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Milestones at 3, 6, 12 and 18 months count from it."));
      add_row (self, self->notice_group, row);
      return;
    }

  {
    g_autofree char *day = g_date_time_format (start, "%-d %B %Y");

    row = adw_action_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Improvement notice issued"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
    add_row (self, self->notice_group, row);
  }

  for (guint i = 0; months && JSON_NODE_HOLDS_ARRAY (months)
                    && i < json_array_get_length (json_node_get_array (months));
       i++)
    {
      gint64 m = json_array_get_int_element (json_node_get_array (months), i);
      g_autoptr(GDateTime) at = g_date_time_add_months (start, (int) m);
      g_autofree char *title = g_strdup_printf (_("%d-month milestone"), (int) m);
      g_autofree char *day = g_date_time_format (at, "%-d %B %Y");
      gint64 days = g_date_time_difference (at, now) / G_TIME_SPAN_DAY;
      g_autofree char *subtitle = days < 0
                                    ? g_strdup_printf (_("%s, passed"), day)
                                    : g_strdup_printf (ngettext ("%s, in %d day", "%s, in %d days",
                                                                 (gulong) days),
                                                       day, (int) days);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      add_row (self, self->notice_group, row);
    }

  if (delivery)
    {
      g_autoptr(GDateTime) by = wmk_date_parse (delivery);
      g_autofree char *day = by ? g_date_time_format (by, "%-d %B %Y") : g_strdup (delivery);
      GListModel *actions = wmk_plan_get_items (self->plan, "action");
      guint open = 0;

      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
          open += g_strcmp0 (wmk_entity_get_string (action, "status"), "complete") != 0
                  && g_strcmp0 (wmk_entity_get_string (action, "rag"), "blue") != 0;
        }
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Actions to be delivered by"));
      {
        g_autofree char *subtitle = g_strdup_printf (
          ngettext ("%s: %u action not yet complete", "%s: %u actions not yet complete", open), day,
          open);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      }
      add_row (self, self->notice_group, row);
    }
}

static void
open_page (GtkWidget *row, WmkOverviewPage *self)
{
  wmk_window_show_page (WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        g_object_get_data (G_OBJECT (row), "page"));
}

/* A row that opens another page (the KPIs, the risk register). */
static GtkWidget *
page_row (WmkOverviewPage *self, const char *title, const char *subtitle, guint count,
          const char *page)
{
  GtkWidget *row = figure_row (title, subtitle, count);

  g_object_set_data (G_OBJECT (row), "page", (gpointer) page);
  g_signal_connect (row, "activated", G_CALLBACK (open_page), self);
  return row;
}

static guint
count_kpis_off_trajectory (WmkOverviewPage *self)
{
  GListModel *kpis = wmk_plan_get_items (self->plan, "kpi");
  guint off = 0;

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(WmkEntity) kpi = g_list_model_get_item (kpis, i);
      WmkKpiTrajectory *trajectory = wmk_kpi_trajectory_new_for_plan (self->plan, kpi);

      off += wmk_kpi_trajectory_get_status (trajectory) == WMK_KPI_STATUS_OFF_TRAJECTORY;
      wmk_kpi_trajectory_unref (trajectory);
    }
  return off;
}

static void
fill_attention (WmkOverviewPage *self, const char *today)
{
  GListModel *actions = wmk_plan_get_items (self->plan, "action");
  GListModel *risks = wmk_plan_get_items (self->plan, "risk");
  guint overdue = 0, red = 0, high_risks = 0, reviews = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
      overdue += wmk_action_is_overdue (action, today);
      red += g_strcmp0 (wmk_entity_get_string (action, "rag"), "red") == 0;
    }
  add_row (self, self->attention_group,
           actions_row (self, _("Overdue actions"),
                          _("Past their due date and not complete"), overdue, NULL, TRUE));
  add_row (self, self->attention_group,
           actions_row (self, _("Actions rated red"), _("▲ Red: off track"), red, "red", FALSE));
  add_row (self, self->attention_group,
           page_row (self, _("KPIs off trajectory"),
                     _("Latest measurement worse than the line to the next target"),
                     count_kpis_off_trajectory (self), "kpis"));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);

      if (!wmk_risk_is_open (risk))
        continue;
      high_risks += wmk_risk_get_band (risk, TRUE) >= WMK_RISK_BAND_HIGH;
      reviews += wmk_risk_is_review_overdue (risk, today);
    }
  add_row (self, self->attention_group,
           page_row (self, _("Open risks still high after mitigation"),
                     _("Scored 10 or more (likelihood × impact) after mitigation"), high_risks,
                     "risks"));
  add_row (self, self->attention_group,
           page_row (self, _("Risk reviews overdue"),
                     _("Open risks past their review date, or with none"), reviews, "risks"));
}

static GtkWidget *
count_button (WmkOverviewPage *self, WmkEntity *workstream, const char *rag, guint count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autofree char *label = rag ? g_strdup_printf (ngettext ("%u action rated %s in section %s",
                                                            "%u actions rated %s in section %s",
                                                            count),
                                                  count, wmk_rag_word (rag),
                                                  wmk_entity_get_ref (workstream))
                               : g_strdup_printf (ngettext ("%u action not rated in section %s",
                                                            "%u actions not rated in section %s",
                                                            count),
                                                  count, wmk_entity_get_ref (workstream));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = wmk_rag_badge_new ();

  wmk_rag_badge_set_rag (WMK_RAG_BADGE (badge), rag);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "workstream",
                          g_strdup (wmk_entity_get_id (workstream)), g_free);
  g_object_set_data (G_OBJECT (button), "rag", (gpointer) rag);
  g_signal_connect (button, "clicked", G_CALLBACK (open_actions), self);
  return button;
}

static void
fill_sections (WmkOverviewPage *self)
{
  GListModel *workstreams = wmk_plan_get_items (self->plan, "workstream");
  GListModel *actions = wmk_plan_get_items (self->plan, "action");

  for (guint w = 0; w < g_list_model_get_n_items (workstreams); w++)
    {
      g_autoptr(WmkEntity) ws = g_list_model_get_item (workstreams, w);
      guint counts[G_N_ELEMENTS (rag_order)] = { 0 };
      guint total = 0;
      g_autofree char *title = g_strdup_printf (_("Section %s"), wmk_entity_get_ref (ws));
      GtkWidget *row = adw_action_row_new ();

      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
          WmkEntity *objective = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (action));
          const char *rag = wmk_entity_get_string (action, "rag");
          guint r = 0;

          if (objective == NULL
              || g_strcmp0 (wmk_entity_get_parent_id (objective), wmk_entity_get_id (ws)) != 0)
            continue;
          total++;
          while (rag_order[r] && g_strcmp0 (rag_order[r], rag) != 0)
            r++;
          counts[r]++; /* the last slot counts the unrated */
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      {
        g_autofree char *subtitle = g_strdup_printf (
          ngettext ("%u action · %s", "%u actions · %s", total), total,
          wmk_entity_get_string (ws, "title") ? wmk_entity_get_string (ws, "title") : "");
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      }
      for (guint r = 0; r < G_N_ELEMENTS (rag_order); r++)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   count_button (self, ws, rag_order[r], counts[r]));
      add_row (self, self->sections_group, row);
    }
}

/* The plugins' dashboard tiles: each a figure that opens its page. */
static void
fill_tiles (WmkOverviewPage *self)
{
  g_autoptr(GPtrArray) tiles = wmk_plugin_registry_list (wmk_plugin_registry_get_default (),
                                                         WMK_PLUGIN_ENTRY_TILE);

  gtk_widget_set_visible (GTK_WIDGET (self->workstream_group), tiles->len > 0);
  for (guint i = 0; i < tiles->len; i++)
    {
      const WmkPluginEntry *entry = tiles->pdata[i];
      const WmkDashboardTile *tile = entry->what;
      g_autofree char *caption = NULL;
      g_autofree char *figure = tile->figure (self->plan, &caption, entry->user_data);
      GtkWidget *row = figure_text_row (g_dgettext (entry->plugin->gettext_domain, tile->title),
                                        caption, figure ? figure : "–");

      if (tile->page_id)
        {
          g_object_set_data_full (G_OBJECT (row), "page", g_strdup (tile->page_id), g_free);
          g_signal_connect (row, "activated", G_CALLBACK (open_page), self);
        }
      else
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      add_row (self, self->workstream_group, row);
    }
}

static gboolean
rebuild (gpointer data)
{
  WmkOverviewPage *self = data;
  g_autofree char *today = wmk_today_iso ();

  self->rebuild_source = 0;
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (self->rows->pdata[i], self->rows->pdata[i + 1]);
  g_ptr_array_set_size (self->rows, 0);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;

  fill_notice (self, today);
  fill_attention (self, today);
  fill_sections (self);
  fill_tiles (self);
  return G_SOURCE_REMOVE;
}

/* Many changes arrive together (an import, an undo of a big delete): count once. */
static void
queue_rebuild (WmkOverviewPage *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild, self);
}

void
wmk_overview_page_set_plan (WmkOverviewPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_OVERVIEW_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (queue_rebuild), self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild (self);
}

static void
wmk_overview_page_dispose (GObject *object)
{
  WmkOverviewPage *self = WMK_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_overview_page_parent_class)->dispose (object);
}

static void
wmk_overview_page_class_init (WmkOverviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_overview_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkOverviewPage, notice_group);
  gtk_widget_class_bind_template_child (widget_class, WmkOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, WmkOverviewPage, sections_group);
  gtk_widget_class_bind_template_child (widget_class, WmkOverviewPage, workstream_group);
}

static void
wmk_overview_page_init (WmkOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
