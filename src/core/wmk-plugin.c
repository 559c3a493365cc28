/* wmk-plugin.c: the class a plugin subclasses
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-plugin.h"

#include "wmk-plugin-private.h"

/**
 * WmkPlugin:
 *
 * A plugin's one class. The loader creates one instance per plugin, after
 * the module's wmk_plugin_describe() passed the ABI check, and calls its
 * setup vfunc once; the instance then lives as long as the process.
 * docs/plugins.md teaches how to write one.
 */
typedef struct
{
  const WmkPluginInfo *info;
} WmkPluginPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WmkPlugin, wmk_plugin, G_TYPE_OBJECT)

static gboolean
wmk_plugin_real_setup (WmkPlugin *self, WmkPluginRegistry *registry, GError **error)
{
  return TRUE;
}

static void
wmk_plugin_class_init (WmkPluginClass *klass)
{
  klass->setup = wmk_plugin_real_setup;
}

static void
wmk_plugin_init (WmkPlugin *self)
{
}

/**
 * wmk_plugin_get_info:
 *
 * Returns: (transfer none): the description the plugin's module returned
 */
const WmkPluginInfo *
wmk_plugin_get_info (WmkPlugin *self)
{
  WmkPluginPrivate *priv = wmk_plugin_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_PLUGIN (self), NULL);
  return priv->info;
}

/* For the loader: the description, recorded before setup runs. */
void
wmk_plugin_set_info (WmkPlugin *self, const WmkPluginInfo *info)
{
  WmkPluginPrivate *priv = wmk_plugin_get_instance_private (self);

  g_return_if_fail (WMK_IS_PLUGIN (self));
  priv->info = info;
}
