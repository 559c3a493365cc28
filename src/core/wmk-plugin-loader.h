/* wmk-plugin-loader.h: finds plugin modules, checks them and runs their setup
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "wmk-plugin.h"
#include "wmk-plugin-registry.h"

G_BEGIN_DECLS

/* The environment variable of folders searched first, separated by ":". */
#define WMK_PLUGIN_PATH_VARIABLE "WAYMARK_PLUGIN_PATH"

typedef enum
{
  WMK_PLUGIN_STATUS_LOADED,    /* set up; what it declared is in the registry */
  WMK_PLUGIN_STATUS_REFUSED,   /* not a plugin, a wrong ABI, or its setup failed */
  WMK_PLUGIN_STATUS_DISABLED,  /* turned off in Preferences */
  WMK_PLUGIN_STATUS_SHADOWED,  /* a plugin with its id was found first */
} WmkPluginStatus;

/**
 * WmkPluginReport:
 * @path: the module's file
 * @id: its id, or %NULL if it did not describe itself
 * @name: its name, or %NULL
 * @version: its version, or %NULL
 * @description: what it adds, or %NULL
 * @status: what became of it
 * @reason: for any status but loaded, one sentence saying why
 * @plugin: for a loaded plugin, its instance (it lives as long as the process)
 * @load_usec: the time spent on it, in microseconds
 *
 * What the loader did with one module it found.
 */
typedef struct
{
  char            *path;
  char            *id;
  char            *name;
  char            *version;
  char            *description;
  WmkPluginStatus  status;
  char            *reason;
  WmkPlugin       *plugin;
  gint64           load_usec;
} WmkPluginReport;

#define WMK_TYPE_PLUGIN_LOADER (wmk_plugin_loader_get_type ())
G_DECLARE_FINAL_TYPE (WmkPluginLoader, wmk_plugin_loader, WMK, PLUGIN_LOADER, GObject)

WmkPluginLoader *wmk_plugin_loader_new               (WmkPluginRegistry  *registry);
void             wmk_plugin_loader_set_disabled      (WmkPluginLoader    *self,
                                                      const char * const *ids);
char           **wmk_plugin_loader_dup_default_dirs  (void);
void             wmk_plugin_loader_load_dirs         (WmkPluginLoader    *self,
                                                      const char * const *dirs);
void             wmk_plugin_loader_load_dir          (WmkPluginLoader    *self,
                                                      const char         *dir);
const WmkPluginReport *wmk_plugin_loader_load_file   (WmkPluginLoader    *self,
                                                      const char         *path);
GPtrArray       *wmk_plugin_loader_get_reports       (WmkPluginLoader    *self);
const WmkPluginReport *wmk_plugin_loader_lookup      (WmkPluginLoader    *self,
                                                      const char         *id);
WmkPluginRegistry *wmk_plugin_loader_get_registry    (WmkPluginLoader    *self);

const char      *wmk_plugin_status_to_string         (WmkPluginStatus     status);

WmkPluginLoader *wmk_plugins_load_default            (const char * const *disabled);
WmkPluginLoader *wmk_plugins_get_default_loader      (void);

G_END_DECLS
