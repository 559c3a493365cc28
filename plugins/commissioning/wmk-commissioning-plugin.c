/* wmk-commissioning-plugin.c: the joint commissioning plugin (section A, 1.4 and 1.5)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declares, through the registry: two entity types
 * (wmk-commissioning-types.c), a dashboard tile (decisions due for review),
 * a report section, sample data and the page.
 */

#include <glib/gi18n-lib.h>

#include "wmk-commissioning-plugin.h"
#include "wmk-commissioning-types.h"

static const WmkDashboardTile tile = {
  "commissioning.reviews-due",
  N_("Commissioning decisions due for review"),
  WMK_COMMISSIONING_PAGE_ID,
  wmk_commissioning_tile_figure,
};

static const WmkReportSection section = {
  "commissioning.joint",
  N_("Joint commissioning"),
  wmk_commissioning_report_write,
};

static const WmkPluginPage page = {
  WMK_COMMISSIONING_PAGE_ID,
  N_("Joint Commissioning"),
  "network-workgroup-symbolic",
  wmk_commissioning_page_create,
};

#define WMK_TYPE_COMMISSIONING_PLUGIN (wmk_commissioning_plugin_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommissioningPlugin, wmk_commissioning_plugin, WMK,
                      COMMISSIONING_PLUGIN, WmkPlugin)

struct _WmkCommissioningPlugin
{
  WmkPlugin parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkCommissioningPlugin, wmk_commissioning_plugin, WMK_TYPE_PLUGIN)

static gboolean
wmk_commissioning_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &wmk_commissioning_provision_spec, WMK_TYPE_ENTITY,
                                     error)
      || !wmk_plugin_registry_add_type (registry, &wmk_commissioning_decision_spec,
                                        WMK_TYPE_ENTITY, error))
    return FALSE;
  wmk_plugin_registry_add_tile (registry, &tile, NULL);
  wmk_plugin_registry_add_report_section (registry, &section, NULL);
  wmk_plugin_registry_add_sample (registry, wmk_commissioning_sample_fill, NULL);
  wmk_plugin_registry_add_page (registry, &page, NULL);
  return TRUE;
}

static void
wmk_commissioning_plugin_class_init (WmkCommissioningPluginClass *klass)
{
  WMK_PLUGIN_CLASS (klass)->setup = wmk_commissioning_plugin_setup;
}

static void
wmk_commissioning_plugin_init (WmkCommissioningPlugin *self)
{
}

WMK_PLUGIN_DEFINE ("commissioning", "Joint commissioning", "1.0",
                   "A provision map of SEND services, the need by district gap matrix, and "
                   "commissioning decisions with their reviews.",
                   "A", wmk_commissioning_plugin_get_type)
