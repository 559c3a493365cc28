/* wmk-comms-plugin.c: the communication standards plugin (section B)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declares, through the registry: three entity types (wmk-comms-types.c), a
 * KPI feed for B-KPI2, a dashboard tile (the share of complaints about
 * communication), a report section, sample data and the page.
 */

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-comms-plugin.h"
#include "wmk-comms-stats.h"
#include "wmk-comms-types.h"

static const WmkKpiFeed feed = {
  "B-KPI2",
  "Communication standards: contacts in the EHC process answered within the standard, "
  "each month",
  wmk_comms_feed_compute,
};

static const WmkDashboardTile tile = {
  "communications.complaints",
  N_("Complaints about communication"),
  WMK_COMMS_PAGE_ID,
  wmk_comms_tile_figure,
};

static const WmkReportSection section = {
  "communications.standards",
  N_("Communication standards"),
  wmk_comms_report_write,
};

static const WmkPluginPage page = {
  WMK_COMMS_PAGE_ID,
  N_("Communication Standards"),
  "mail-send-receive-symbolic",
  wmk_comms_page_create,
};

#define WMK_TYPE_COMMS_PLUGIN (wmk_comms_plugin_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommsPlugin, wmk_comms_plugin, WMK, COMMS_PLUGIN, WmkPlugin)

struct _WmkCommsPlugin
{
  WmkPlugin parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkCommsPlugin, wmk_comms_plugin, WMK_TYPE_PLUGIN)

static gboolean
wmk_comms_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &wmk_comms_standard_spec, WMK_TYPE_ENTITY, error)
      || !wmk_plugin_registry_add_type (registry, &wmk_comms_contact_spec, WMK_TYPE_ENTITY, error)
      || !wmk_plugin_registry_add_type (registry, &wmk_comms_you_said_spec, WMK_TYPE_ENTITY,
                                        error))
    return FALSE;
  wmk_plugin_registry_add_kpi_feed (registry, &feed, NULL);
  wmk_plugin_registry_add_tile (registry, &tile, NULL);
  wmk_plugin_registry_add_report_section (registry, &section, NULL);
  wmk_plugin_registry_add_sample (registry, wmk_comms_sample_fill, NULL);
  wmk_plugin_registry_add_page (registry, &page, NULL);
  return TRUE;
}

static void
wmk_comms_plugin_class_init (WmkCommsPluginClass *klass)
{
  WMK_PLUGIN_CLASS (klass)->setup = wmk_comms_plugin_setup;
}

static void
wmk_comms_plugin_init (WmkCommsPlugin *self)
{
}

WMK_PLUGIN_DEFINE ("communications", "Communication standards", "1.0",
                   "Service standards per channel, contacts and complaints, and "
                   "\"you said, we did\"; feeds KPI B-KPI2.",
                   "B", wmk_comms_plugin_get_type)
