/* wmk-plugin-private.h: what only the loader and the core use of plugins
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plugin.h"
#include "wmk-plugin-registry.h"

G_BEGIN_DECLS

void      wmk_plugin_set_info            (WmkPlugin           *self,
                                          const WmkPluginInfo *info);

/* Around a plugin's setup: what it adds between begin and end is tagged with
 * it; end with @keep FALSE takes it all back (a setup that failed). */
void      wmk_plugin_registry_begin      (WmkPluginRegistry   *self,
                                          const WmkPluginInfo *plugin);
void      wmk_plugin_registry_end        (WmkPluginRegistry   *self,
                                          gboolean             keep);

G_END_DECLS
