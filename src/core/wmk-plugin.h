/* wmk-plugin.h: what a plugin module exports, and the class it subclasses
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <gmodule.h>

G_BEGIN_DECLS

/* Raised whenever WmkPluginInfo, WmkPluginClass or the registry's structures
 * change in a way an already built plugin would misread. */
#define WMK_PLUGIN_ABI_VERSION 1

/* The one symbol a plugin module exports. */
#define WMK_PLUGIN_DESCRIBE_SYMBOL "wmk_plugin_describe"

typedef struct _WmkPluginRegistry WmkPluginRegistry;

/* The gettext domain WMK_PLUGIN_DEFINE records: the plugin's GETTEXT_PACKAGE
 * if it defines one before including waymark.h. */
#ifdef GETTEXT_PACKAGE
#define WMK_PLUGIN_GETTEXT_DOMAIN GETTEXT_PACKAGE
#else
#define WMK_PLUGIN_GETTEXT_DOMAIN NULL
#endif

/**
 * WmkPluginInfo:
 * @abi_version: %WMK_PLUGIN_ABI_VERSION as the plugin was built
 * @struct_size: `sizeof (WmkPluginInfo)` as the plugin was built
 * @id: the plugin's id, lower case letters, digits and "-" ("ehc-backlog");
 *   its entity types, pages and tiles are named "<id>.<name>"
 * @name: its name for a person ("EHC plan backlog"), untranslated
 * @version: its version ("1.0")
 * @description: one sentence on what it adds, untranslated
 * @workstream: the ref of the plan's workstream it serves ("C"), or %NULL
 * @gettext_domain: the domain its strings are translated in, or %NULL
 * @get_type: returns the #GType of its #WmkPlugin subclass
 *
 * Static, returned by the module's wmk_plugin_describe(). The host checks
 * @abi_version and @struct_size before it reads anything else or runs any
 * other code of the module.
 */
typedef struct
{
  guint32      abi_version;
  guint32      struct_size;
  const char  *id;
  const char  *name;
  const char  *version;
  const char  *description;
  const char  *workstream;
  const char  *gettext_domain;
  GType      (*get_type) (void);
} WmkPluginInfo;

typedef const WmkPluginInfo *(*WmkPluginDescribeFunc) (void);

/**
 * WMK_PLUGIN_DEFINE:
 * @id: the plugin's id, a string literal
 * @name: its name, a string literal
 * @version: its version, a string literal
 * @description: what it adds, a string literal
 * @workstream: the workstream ref it serves, or %NULL
 * @get_type_func: the get_type function of its #WmkPlugin subclass
 *
 * Defines the module's wmk_plugin_describe(). Use it once, in one file.
 */
#define WMK_PLUGIN_DEFINE(id, name, version, description, workstream, get_type_func) \
  G_MODULE_EXPORT const WmkPluginInfo *wmk_plugin_describe (void);                    \
  G_MODULE_EXPORT const WmkPluginInfo *                                               \
  wmk_plugin_describe (void)                                                          \
  {                                                                                   \
    static const WmkPluginInfo info = {                                               \
      WMK_PLUGIN_ABI_VERSION, sizeof (WmkPluginInfo), id, name, version,              \
      description, workstream, WMK_PLUGIN_GETTEXT_DOMAIN, get_type_func,                        \
    };                                                                                \
    return &info;                                                                     \
  }

#define WMK_TYPE_PLUGIN (wmk_plugin_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmkPlugin, wmk_plugin, WMK, PLUGIN, GObject)

/**
 * WmkPluginClass:
 * @setup: declares what the plugin adds through @registry (entity types,
 *   KPI feeds, report sections, sample data, pages and dashboard tiles).
 *   Called once, on the main thread, before any plan is opened. Returning
 *   %FALSE with @error set disables this plugin only: nothing it declared is
 *   kept, and the message is shown to the user.
 *
 * A plugin is one small class: everything else goes through the registry.
 */
struct _WmkPluginClass
{
  GObjectClass parent_class;

  gboolean (*setup) (WmkPlugin         *self,
                     WmkPluginRegistry *registry,
                     GError           **error);

  /*< private >*/
  gpointer padding[8];
};

const WmkPluginInfo *wmk_plugin_get_info (WmkPlugin *self);

G_END_DECLS
