/* wmk-plugin-loader.c: finds plugin modules, checks them and runs their setup
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Modules are searched for in the folders of $WAYMARK_PLUGIN_PATH, then in
 * the user's folder (~/.local/share/waymark/plugins), then in the system's
 * (WMK_PLUGINDIR): in each folder, the *.so files in it and one level down,
 * by name. For each module, in this order, and stopping at the first fault:
 *
 *   1. open it (lazy binding, local symbols) and find wmk_plugin_describe;
 *   2. call it and check abi_version, then struct_size, before reading any
 *      other member or running any other code of the module;
 *   3. check the id's syntax; skip an id found before (first wins) and an id
 *      the user disabled; so far the module ran no code but describe, so
 *      it is closed again;
 *   4. call get_type and check it names a concrete WmkPlugin subclass whose
 *      class is as large as ours; from here on the module is made resident,
 *      since the GType system now points into it;
 *   5. create the plugin and run its setup between registry begin and end: a
 *      setup that fails takes back all it declared.
 *
 * Each module gets a WmkPluginReport saying what became of it and why, for
 * `waymark-cli plugins`, the window and the log. Nothing here aborts: a bad
 * module is refused and the next one loaded.
 */

#include "config.h"

#include "wmk-plugin-loader.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <string.h>

#include "wmk-plugin-private.h"

struct _WmkPluginLoader
{
  GObject            parent_instance;

  WmkPluginRegistry *registry;
  GStrv              disabled;
  GPtrArray         *reports;   /* WmkPluginReport*, in the order found */
  GHashTable        *seen;      /* canonical paths of folders and files already looked at */
};

G_DEFINE_FINAL_TYPE (WmkPluginLoader, wmk_plugin_loader, G_TYPE_OBJECT)

static void
report_free (gpointer data)
{
  WmkPluginReport *report = data;

  g_free (report->path);
  g_free (report->id);
  g_free (report->name);
  g_free (report->version);
  g_free (report->description);
  g_free (report->reason);
  g_clear_object (&report->plugin);
  g_free (report);
}

static void
wmk_plugin_loader_finalize (GObject *object)
{
  WmkPluginLoader *self = WMK_PLUGIN_LOADER (object);

  g_clear_object (&self->registry);
  g_strfreev (self->disabled);
  g_ptr_array_unref (self->reports);
  g_hash_table_unref (self->seen);
  G_OBJECT_CLASS (wmk_plugin_loader_parent_class)->finalize (object);
}

static void
wmk_plugin_loader_class_init (WmkPluginLoaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_plugin_loader_finalize;
}

static void
wmk_plugin_loader_init (WmkPluginLoader *self)
{
  self->reports = g_ptr_array_new_with_free_func (report_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * wmk_plugin_loader_new:
 * @registry: what loaded plugins declare their additions to
 *
 * Returns: (transfer full): a loader that has loaded nothing yet
 */
WmkPluginLoader *
wmk_plugin_loader_new (WmkPluginRegistry *registry)
{
  WmkPluginLoader *self;

  g_return_val_if_fail (WMK_IS_PLUGIN_REGISTRY (registry), NULL);

  self = g_object_new (WMK_TYPE_PLUGIN_LOADER, NULL);
  self->registry = g_object_ref (registry);
  return self;
}

/**
 * wmk_plugin_loader_set_disabled:
 * @ids: (nullable) (array zero-terminated=1): the ids of plugins not to load
 *
 * The plugins the user turned off (the "disabled-plugins" setting). Applies
 * to modules loaded after this call: set it before loading.
 */
void
wmk_plugin_loader_set_disabled (WmkPluginLoader *self, const char * const *ids)
{
  g_return_if_fail (WMK_IS_PLUGIN_LOADER (self));

  g_strfreev (self->disabled);
  self->disabled = g_strdupv ((char **) ids);
}

/**
 * wmk_plugin_loader_dup_default_dirs:
 *
 * The folders searched, in order: those of $WAYMARK_PLUGIN_PATH, the user's
 * plugin folder, the system's.
 *
 * Returns: (transfer full): the folders
 */
char **
wmk_plugin_loader_dup_default_dirs (void)
{
  g_autoptr(GStrvBuilder) dirs = g_strv_builder_new ();
  g_autofree char *user = g_build_filename (g_get_user_data_dir (), "waymark", "plugins", NULL);
  const char *path = g_getenv (WMK_PLUGIN_PATH_VARIABLE);

  if (path && *path)
    {
      g_auto(GStrv) parts = g_strsplit (path, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i]; i++)
        if (*parts[i])
          g_strv_builder_add (dirs, parts[i]);
    }
  g_strv_builder_add (dirs, user);
  g_strv_builder_add (dirs, WMK_PLUGINDIR);
  return g_strv_builder_end (dirs);
}

static gboolean
id_is_valid (const char *id)
{
  size_t len = id ? strlen (id) : 0;

  if (len == 0 || len > 64 || id[0] == '-' || id[len - 1] == '-')
    return FALSE;
  for (const char *c = id; *c; c++)
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
      return FALSE;
  return TRUE;
}

static const WmkPluginReport *
find_loaded (WmkPluginLoader *self, const char *id)
{
  for (guint i = 0; i < self->reports->len; i++)
    {
      WmkPluginReport *report = self->reports->pdata[i];

      if (report->status == WMK_PLUGIN_STATUS_LOADED && g_strcmp0 (report->id, id) == 0)
        return report;
    }
  return NULL;
}

static void
refuse (WmkPluginReport *report, WmkPluginStatus status, char *reason)
{
  report->status = status;
  report->reason = reason;
}

static char *
strdup_utf8 (const char *text)
{
  return text && g_utf8_validate (text, -1, NULL) ? g_strdup (text) : NULL;
}

/* Steps 1 to 3: whether the module describes itself as a plugin we may load.
 * Returns its description, or NULL with the report filled in. */
static const WmkPluginInfo *
check_description (WmkPluginLoader *self, GModule *module, WmkPluginReport *report,
                   const char *file)
{
  WmkPluginDescribeFunc describe = NULL;
  const WmkPluginInfo *info;
  const WmkPluginReport *first;

  if (!g_module_symbol (module, WMK_PLUGIN_DESCRIBE_SYMBOL, (gpointer *) &describe)
      || describe == NULL)
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s does not export %s, so it is not a Waymark plugin."), file,
                               WMK_PLUGIN_DESCRIBE_SYMBOL));
      return NULL;
    }
  if ((info = describe ()) == NULL)
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s did not describe itself (%s returned nothing)."), file,
                               WMK_PLUGIN_DESCRIBE_SYMBOL));
      return NULL;
    }
  if (info->abi_version != WMK_PLUGIN_ABI_VERSION)
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s was built for plugin ABI %u; this Waymark needs %u."), file,
                               info->abi_version, WMK_PLUGIN_ABI_VERSION));
      return NULL;
    }
  if (info->struct_size != sizeof (WmkPluginInfo))
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s describes itself in %u bytes where this Waymark expects "
                                 "%u; rebuild it against this Waymark’s headers."),
                               file, info->struct_size, (guint) sizeof (WmkPluginInfo)));
      return NULL;
    }

  report->id = strdup_utf8 (info->id);
  report->name = strdup_utf8 (info->name);
  report->version = strdup_utf8 (info->version);
  report->description = strdup_utf8 (info->description);

  if (!id_is_valid (info->id))
    {
      g_autofree char *id = info->id ? g_utf8_make_valid (info->id, -1) : g_strdup ("");
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s has the id “%s”; an id is 1 to 64 lower-case letters, "
                                 "digits and hyphens."),
                               file, id));
      return NULL;
    }
  if (report->name == NULL || info->get_type == NULL)
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s does not give its name or its plugin class."), file));
      return NULL;
    }
  if ((first = find_loaded (self, info->id)) != NULL)
    {
      refuse (report, WMK_PLUGIN_STATUS_SHADOWED,
              g_strdup_printf (_("%s has the id “%s” of the plugin already loaded from %s, "
                                 "so it is not loaded."),
                               file, info->id, first->path));
      return NULL;
    }
  if (self->disabled && g_strv_contains ((const char * const *) self->disabled, info->id))
    {
      refuse (report, WMK_PLUGIN_STATUS_DISABLED,
              g_strdup_printf (_("%s is turned off in Preferences; it loads at the next start "
                                 "after it is turned on."),
                               report->name));
      return NULL;
    }
  return info;
}

/* Step 4: the plugin's class. */
static GType
check_class (const WmkPluginInfo *info, WmkPluginReport *report, const char *file)
{
  GType type = info->get_type ();
  GTypeQuery query;

  if (type == G_TYPE_INVALID || !g_type_is_a (type, WMK_TYPE_PLUGIN) || G_TYPE_IS_ABSTRACT (type))
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s does not give a WmkPlugin class Waymark can create."), file));
      return G_TYPE_INVALID;
    }
  g_type_query (type, &query);
  if (query.class_size < sizeof (WmkPluginClass))
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s has a plugin class of %u bytes, smaller than this Waymark’s "
                                 "%u; rebuild it against this Waymark’s headers."),
                               file, query.class_size, (guint) sizeof (WmkPluginClass)));
      return G_TYPE_INVALID;
    }
  return type;
}

/* Step 5: the plugin declares what it adds. */
static void
set_up (WmkPluginLoader *self, GType type, const WmkPluginInfo *info, WmkPluginReport *report)
{
  g_autoptr(WmkPlugin) plugin = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  wmk_plugin_set_info (plugin, info);
  wmk_plugin_registry_begin (self->registry, info);
  ok = WMK_PLUGIN_GET_CLASS (plugin)->setup (plugin, self->registry, &error);
  wmk_plugin_registry_end (self->registry, ok);

  if (!ok)
    {
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s could not start: %s"), report->name,
                               error ? error->message : _("its setup failed without saying why.")));
      return;
    }
  report->status = WMK_PLUGIN_STATUS_LOADED;
  report->plugin = g_steal_pointer (&plugin);
}

/* At info level (G_MESSAGES_DEBUG=Waymark shows it): the CLI says nothing
 * extra on stderr for a command that works; `waymark-cli plugins` and the
 * window show the reports to the person. */
static void
log_report (const WmkPluginReport *report)
{
  if (report->status == WMK_PLUGIN_STATUS_LOADED)
    g_info ("Loaded the plugin %s %s from %s in %.1f ms", report->id,
            report->version ? report->version : "", report->path, report->load_usec / 1000.0);
  else
    g_info ("Plugin %s %s: %s", report->path, wmk_plugin_status_to_string (report->status),
            report->reason);
}

/**
 * wmk_plugin_loader_load_file:
 * @path: a module file
 *
 * Loads one module, unless it was looked at already. Call on the main
 * thread, before any plan is opened.
 *
 * Returns: (transfer none) (nullable): its report, or %NULL if it was seen before
 */
const WmkPluginReport *
wmk_plugin_loader_load_file (WmkPluginLoader *self, const char *path)
{
  g_autofree char *canonical = NULL;
  g_autofree char *file = NULL;
  const WmkPluginInfo *info;
  WmkPluginReport *report;
  GModule *module;
  gint64 start;
  GType type;

  g_return_val_if_fail (WMK_IS_PLUGIN_LOADER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);
  if (g_hash_table_contains (self->seen, canonical))
    return NULL;
  g_hash_table_add (self->seen, g_strdup (canonical));

  start = g_get_monotonic_time ();
  file = g_path_get_basename (path);
  report = g_new0 (WmkPluginReport, 1);
  report->path = g_strdup (path);
  report->status = WMK_PLUGIN_STATUS_REFUSED;   /* until it is set up */
  g_ptr_array_add (self->reports, report);

  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      const char *why = g_module_error ();

      /* dlerror() says "PATH: why"; the report has the path already. */
      if (why && g_str_has_prefix (why, path) && g_str_has_prefix (why + strlen (path), ": "))
        why += strlen (path) + 2;
      refuse (report, WMK_PLUGIN_STATUS_REFUSED,
              g_strdup_printf (_("%s could not be opened as a module: %s."), file,
                               why ? why : _("no reason given")));
    }
  else if ((info = check_description (self, module, report, file)) == NULL)
    {
      /* Nothing of it ran but wmk_plugin_describe(): it can go. */
      g_module_close (module);
    }
  else
    {
      /* get_type() registers types that point into the module: it stays. */
      g_module_make_resident (module);
      if ((type = check_class (info, report, file)) != G_TYPE_INVALID)
        set_up (self, type, info, report);
    }

  report->load_usec = g_get_monotonic_time () - start;
  log_report (report);
  return report;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The entries of @dir, by name. */
static GPtrArray *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static gboolean
is_module (const char *path)
{
  return g_str_has_suffix (path, "." G_MODULE_SUFFIX)
         && g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/**
 * wmk_plugin_loader_load_dir:
 * @dir: a folder, or a module file
 *
 * Loads the modules in @dir and in its subfolders (one level down), by name.
 * A folder that does not exist is skipped.
 */
void
wmk_plugin_loader_load_dir (WmkPluginLoader *self, const char *dir)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *canonical = NULL;

  g_return_if_fail (WMK_IS_PLUGIN_LOADER (self));
  g_return_if_fail (dir != NULL);

  if (is_module (dir))
    {
      wmk_plugin_loader_load_file (self, dir);
      return;
    }
  canonical = g_canonicalize_filename (dir, NULL);
  if (g_hash_table_contains (self->seen, canonical) || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return;
  g_hash_table_add (self->seen, g_steal_pointer (&canonical));

  names = list_dir (dir);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);

      if (is_module (path))
        wmk_plugin_loader_load_file (self, path);
      else if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GPtrArray) inner = list_dir (path);

          for (guint j = 0; j < inner->len; j++)
            {
              g_autofree char *file = g_build_filename (path, inner->pdata[j], NULL);

              if (is_module (file))
                wmk_plugin_loader_load_file (self, file);
            }
        }
    }
}

/**
 * wmk_plugin_loader_load_dirs:
 * @dirs: (array zero-terminated=1): folders, searched in order
 */
void
wmk_plugin_loader_load_dirs (WmkPluginLoader *self, const char * const *dirs)
{
  g_return_if_fail (WMK_IS_PLUGIN_LOADER (self));

  for (guint i = 0; dirs && dirs[i]; i++)
    wmk_plugin_loader_load_dir (self, dirs[i]);
}

/**
 * wmk_plugin_loader_get_reports:
 *
 * Returns: (transfer none) (element-type WmkPluginReport): a report for each
 *   module found, in the order they were found
 */
GPtrArray *
wmk_plugin_loader_get_reports (WmkPluginLoader *self)
{
  g_return_val_if_fail (WMK_IS_PLUGIN_LOADER (self), NULL);
  return self->reports;
}

/**
 * wmk_plugin_loader_lookup:
 * @id: a plugin id
 *
 * Returns: (transfer none) (nullable): the report of the plugin loaded with
 *   @id, else the first report of a module with @id
 */
const WmkPluginReport *
wmk_plugin_loader_lookup (WmkPluginLoader *self, const char *id)
{
  const WmkPluginReport *loaded;

  g_return_val_if_fail (WMK_IS_PLUGIN_LOADER (self), NULL);

  if ((loaded = find_loaded (self, id)))
    return loaded;
  for (guint i = 0; i < self->reports->len; i++)
    if (g_strcmp0 (((WmkPluginReport *) self->reports->pdata[i])->id, id) == 0)
      return self->reports->pdata[i];
  return NULL;
}

/* Returns: (transfer none): the registry plugins are set up with */
WmkPluginRegistry *
wmk_plugin_loader_get_registry (WmkPluginLoader *self)
{
  g_return_val_if_fail (WMK_IS_PLUGIN_LOADER (self), NULL);
  return self->registry;
}

/* Returns: "loaded", "refused", "disabled" or "shadowed", as `plugins --json` writes it */
const char *
wmk_plugin_status_to_string (WmkPluginStatus status)
{
  switch (status)
    {
    case WMK_PLUGIN_STATUS_LOADED: return "loaded";
    case WMK_PLUGIN_STATUS_DISABLED: return "disabled";
    case WMK_PLUGIN_STATUS_SHADOWED: return "shadowed";
    case WMK_PLUGIN_STATUS_REFUSED:
    default: return "refused";
    }
}

static WmkPluginLoader *default_loader;

/**
 * wmk_plugins_load_default:
 * @disabled: (nullable) (array zero-terminated=1): ids the user turned off
 *
 * Loads the plugins of the default folders into the default registry, once
 * per process: later calls return the same loader and load nothing. Call it
 * on the main thread before any plan is opened (a plan's schema is fixed
 * when it opens), so in the app before the --plan file is opened in its
 * thread, and in the CLI before the command runs.
 *
 * Returns: (transfer none): the loader, with a report for each module found
 */
WmkPluginLoader *
wmk_plugins_load_default (const char * const *disabled)
{
  g_auto(GStrv) dirs = NULL;

  if (default_loader)
    return default_loader;

  default_loader = wmk_plugin_loader_new (wmk_plugin_registry_get_default ());
  wmk_plugin_loader_set_disabled (default_loader, disabled);
  dirs = wmk_plugin_loader_dup_default_dirs ();
  wmk_plugin_loader_load_dirs (default_loader, (const char * const *) dirs);
  return default_loader;
}

/**
 * wmk_plugins_get_default_loader:
 *
 * Returns: (transfer none) (nullable): the loader wmk_plugins_load_default()
 *   made, or %NULL if it was not called
 */
WmkPluginLoader *
wmk_plugins_get_default_loader (void)
{
  return default_loader;
}
