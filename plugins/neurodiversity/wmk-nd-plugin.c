/* wmk-nd-plugin.c: the neurodiversity pathway plugin (section D)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declares, through the registry: two entity types (wmk-nd-types.c), KPI
 * feeds for D-KPI1 (% waiting under 18 weeks) and D-KPI3 (new birth visits
 * within 10-15 days), a dashboard tile, a report section, sample data and
 * the page.
 */

#include <glib/gi18n-lib.h>

#include "wmk-nd-pathway.h"
#include "wmk-nd-plugin.h"
#include "wmk-nd-types.h"

static const WmkKpiFeed under_18_weeks_feed = {
  "D-KPI1",
  "Neurodiversity pathway: children waiting under 18 weeks for a first appointment, both "
  "services, each month",
  wmk_nd_feed_under_18_weeks,
};

static const WmkKpiFeed birth_visits_feed = {
  "D-KPI3",
  "Neurodiversity pathway: new birth visits within 10-15 days, each month",
  wmk_nd_feed_birth_visits,
};

static const WmkDashboardTile tile = {
  "neurodiversity.waiting",
  N_("Children waiting for an autism assessment"),
  WMK_ND_PAGE_ID,
  wmk_nd_tile_waiting,
};

static const WmkReportSection section = {
  "neurodiversity.waiting-list",
  N_("Neurodiversity pathway: the waiting list"),
  wmk_nd_report_write,
};

static const WmkPluginPage page = {
  WMK_ND_PAGE_ID,
  N_("Neurodiversity Pathway"),
  "view-continuous-symbolic",
  wmk_nd_page_create,
};

#define WMK_TYPE_ND_PLUGIN (wmk_nd_plugin_get_type ())
G_DECLARE_FINAL_TYPE (WmkNdPlugin, wmk_nd_plugin, WMK, ND_PLUGIN, WmkPlugin)

struct _WmkNdPlugin
{
  WmkPlugin parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkNdPlugin, wmk_nd_plugin, WMK_TYPE_PLUGIN)

static gboolean
wmk_nd_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &wmk_nd_snapshot_spec, WMK_TYPE_ENTITY, error)
      || !wmk_plugin_registry_add_type (registry, &wmk_nd_birth_visits_spec, WMK_TYPE_ENTITY,
                                        error))
    return FALSE;
  wmk_plugin_registry_add_kpi_feed (registry, &under_18_weeks_feed, NULL);
  wmk_plugin_registry_add_kpi_feed (registry, &birth_visits_feed, NULL);
  wmk_plugin_registry_add_tile (registry, &tile, NULL);
  wmk_plugin_registry_add_report_section (registry, &section, NULL);
  wmk_plugin_registry_add_sample (registry, wmk_nd_sample_fill, NULL);
  wmk_plugin_registry_add_page (registry, &page, NULL);
  return TRUE;
}

static void
wmk_nd_plugin_class_init (WmkNdPluginClass *klass)
{
  WMK_PLUGIN_CLASS (klass)->setup = wmk_nd_plugin_setup;
}

static void
wmk_nd_plugin_init (WmkNdPlugin *self)
{
}

WMK_PLUGIN_DEFINE ("neurodiversity", "Neurodiversity pathway", "1.0",
                   "The autism assessment waiting list by wait band and service, demand and "
                   "capacity, equity, and new birth visits; feeds KPIs D-KPI1 and D-KPI3.",
                   "D", wmk_nd_plugin_get_type)
