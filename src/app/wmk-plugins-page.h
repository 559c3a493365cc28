/* wmk-plugins-page.h: the Plugins page of the preferences
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_PLUGINS_PAGE (wmk_plugins_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkPluginsPage, wmk_plugins_page, WMK, PLUGINS_PAGE, AdwPreferencesPage)

GtkWidget *wmk_plugins_page_new (GSettings       *settings,
                                 WmkPluginLoader *loader);

G_END_DECLS
