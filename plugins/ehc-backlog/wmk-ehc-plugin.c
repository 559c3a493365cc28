/* wmk-ehc-plugin.c: the EHC plan backlog plugin (section C)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declares, through the registry: two entity types (wmk-ehc-types.c), KPI
 * feeds for C-KPI1 and C-KPI7, two dashboard tiles, a report section, the
 * sample figures and the "EHC Backlog" page.
 */

#include <glib/gi18n-lib.h>

#include "wmk-ehc-plugin.h"
#include "wmk-ehc-types.h"

static const WmkKpiFeed timeliness_feed = {
  "C-KPI1",
  "EHC plan backlog: plans issued within 20 weeks over plans issued, each month",
  wmk_ehc_feed_timeliness,
};

static const WmkKpiFeed backlog_feed = {
  "C-KPI7",
  "EHC plan backlog: annual reviews overdue plus needs assessments waiting, each month",
  wmk_ehc_feed_backlog,
};

static const WmkDashboardTile overdue_tile = {
  "ehc-backlog.overdue",
  N_("Annual reviews overdue"),
  WMK_EHC_PAGE_ID,
  wmk_ehc_tile_overdue,
};

static const WmkDashboardTile timeliness_tile = {
  "ehc-backlog.timeliness",
  N_("EHC plans issued within 20 weeks"),
  WMK_EHC_PAGE_ID,
  wmk_ehc_tile_timeliness,
};

static const WmkReportSection section = {
  "ehc-backlog.backlog",
  N_("EHC plan timeliness and backlog"),
  wmk_ehc_report_write,
};

static const WmkPluginPage page = {
  WMK_EHC_PAGE_ID,
  N_("EHC Backlog"),
  "x-office-spreadsheet-symbolic",
  wmk_ehc_page_create,
};

#define WMK_TYPE_EHC_PLUGIN (wmk_ehc_plugin_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcPlugin, wmk_ehc_plugin, WMK, EHC_PLUGIN, WmkPlugin)

struct _WmkEhcPlugin
{
  WmkPlugin parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkEhcPlugin, wmk_ehc_plugin, WMK_TYPE_PLUGIN)

static gboolean
wmk_ehc_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &wmk_ehc_month_spec, WMK_TYPE_ENTITY, error)
      || !wmk_plugin_registry_add_type (registry, &wmk_ehc_settings_spec, WMK_TYPE_ENTITY, error))
    return FALSE;
  wmk_plugin_registry_add_kpi_feed (registry, &timeliness_feed, NULL);
  wmk_plugin_registry_add_kpi_feed (registry, &backlog_feed, NULL);
  wmk_plugin_registry_add_tile (registry, &overdue_tile, NULL);
  wmk_plugin_registry_add_tile (registry, &timeliness_tile, NULL);
  wmk_plugin_registry_add_report_section (registry, &section, NULL);
  wmk_plugin_registry_add_sample (registry, wmk_ehc_sample_fill, NULL);
  wmk_plugin_registry_add_page (registry, &page, NULL);
  return TRUE;
}

static void
wmk_ehc_plugin_class_init (WmkEhcPluginClass *klass)
{
  WMK_PLUGIN_CLASS (klass)->setup = wmk_ehc_plugin_setup;
}

static void
wmk_ehc_plugin_init (WmkEhcPlugin *self)
{
}

WMK_PLUGIN_DEFINE ("ehc-backlog", "EHC plan backlog", "1.0",
                   "Monthly EHC figures: timeliness within 20 weeks, annual reviews and the "
                   "assessment backlog with its clearance forecast; feeds KPIs C-KPI1 and C-KPI7.",
                   "C", wmk_ehc_plugin_get_type)
