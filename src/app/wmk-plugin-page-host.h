/* wmk-plugin-page-host.h: where a plugin's page lives in the window
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_PLUGIN_PAGE_HOST (wmk_plugin_page_host_get_type ())
G_DECLARE_FINAL_TYPE (WmkPluginPageHost, wmk_plugin_page_host, WMK, PLUGIN_PAGE_HOST, AdwBin)

GtkWidget           *wmk_plugin_page_host_new      (const WmkPluginEntry *entry);
const WmkPluginPage *wmk_plugin_page_host_get_page (WmkPluginPageHost    *self);
const char          *wmk_plugin_page_host_get_title (WmkPluginPageHost   *self);
void                 wmk_plugin_page_host_set_plan (WmkPluginPageHost    *self,
                                                    WmkPlan              *plan);

G_END_DECLS
