/* wmk-cli-plugins.c: waymark-cli loads the plugins; `plugins` says what became of each
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#define SETTINGS_SCHEMA_ID "io.github.waymark.Waymark"

/* The plugins the user turned off in the app's Preferences, if the settings
 * schema is installed (a CLI run from a build tree may have none). */
static GStrv
disabled_plugins (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL
      || (schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE)) == NULL
      || !g_settings_schema_has_key (schema, "disabled-plugins"))
    return NULL;
  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_strv (settings, "disabled-plugins");
}

/**
 * wmk_cli_load_plugins:
 *
 * Loads the plugins before any command opens a plan, so that their entity
 * types, KPI feeds and sample data are known to every command.
 */
void
wmk_cli_load_plugins (void)
{
  g_auto(GStrv) disabled = disabled_plugins ();

  wmk_plugins_load_default ((const char * const *) disabled);
}

static JsonNode *
report_json (const WmkPluginReport *report)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "path", report->path);
  json_object_set_string_member (object, "id", report->id);
  json_object_set_string_member (object, "name", report->name);
  json_object_set_string_member (object, "version", report->version);
  json_object_set_string_member (object, "status", wmk_plugin_status_to_string (report->status));
  json_object_set_string_member (object, "reason", report->reason);
  json_object_set_double_member (object, "load_ms", report->load_usec / 1000.0);
  return wmk_json_new_object (object);
}

static void
print_report (const WmkPluginReport *report)
{
  g_autofree char *title = NULL;

  if (report->name && report->version)
    title = g_strdup_printf ("%s %s (%s)", report->name, report->version, report->id);
  else
    title = g_path_get_basename (report->path);
  g_print ("%-9s %s\n", wmk_plugin_status_to_string (report->status), title);
  g_print ("          %s\n", report->path);
  if (report->reason)
    g_print ("          %s\n", report->reason);
}

/* `plugins [--json]`: every module found, loaded or not, and why. */
int
wmk_cli_plugins (WmkCliContext *ctx, int argc, char **argv)
{
  WmkPluginLoader *loader = wmk_plugins_get_default_loader ();
  GPtrArray *reports;
  guint n_loaded = 0;

  if (argc != 1)
    return wmk_cli_usage ("plugins [--json]");
  if (loader == NULL)
    loader = wmk_plugins_load_default (NULL);
  reports = wmk_plugin_loader_get_reports (loader);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = wmk_json_new_array (json_array_new ());

      for (guint i = 0; i < reports->len; i++)
        json_array_add_element (json_node_get_array (root), report_json (reports->pdata[i]));
      wmk_cli_print_json (root);
      return 0;
    }

  if (reports->len == 0)
    {
      g_auto(GStrv) dirs = wmk_plugin_loader_dup_default_dirs ();
      g_autofree char *list = g_strjoinv (", ", dirs);

      g_print ("No plugins were found. Waymark looks in %s (set %s to add folders).\n", list,
               WMK_PLUGIN_PATH_VARIABLE);
      return 0;
    }
  for (guint i = 0; i < reports->len; i++)
    {
      const WmkPluginReport *report = reports->pdata[i];

      print_report (report);
      n_loaded += report->status == WMK_PLUGIN_STATUS_LOADED;
    }
  g_print ("\n%u of %u modules found loaded.\n", n_loaded, reports->len);
  return 0;
}
