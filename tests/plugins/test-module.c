/* test-module.c: tiny plugin modules for tests/test-plugin-loader.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One source, built several times by tests/plugins/meson.build with -D
 * defines, each build a module the loader must load or refuse for one reason:
 *
 *   TEST_ID            the plugin id (a string literal)
 *   TEST_TYPE_NAME     the GType name of its plugin class (unique per module)
 *   TEST_ABI           the ABI version it claims (default: the right one)
 *   TEST_STRUCT_SIZE   the struct size it claims (default: the right one)
 *   TEST_NO_SYMBOL     exports no wmk_plugin_describe at all
 *   TEST_NOT_A_PLUGIN  get_type returns a class that is no WmkPlugin
 *   TEST_SETUP_FAILS   setup declares things, then fails
 *
 * A module that loads declares one entity type "<id>.item", a tile and a
 * sample, so a test can check what a failed setup took back.
 */

#include <waymark.h>

#ifndef TEST_NO_SYMBOL

#ifndef TEST_ABI
#define TEST_ABI WMK_PLUGIN_ABI_VERSION
#endif
#ifndef TEST_STRUCT_SIZE
#define TEST_STRUCT_SIZE sizeof (WmkPluginInfo)
#endif

static const WmkFieldSpec item_fields[] = {
  { "title", WMK_FIELD_STRING, NULL, "Title" },
  { "count", WMK_FIELD_INTEGER, NULL, "Count" },
  { "pos", WMK_FIELD_NUMBER, NULL, "Position" },
};

static const WmkTypeSpec item_spec = {
  TEST_ID ".item", "Test item", item_fields, G_N_ELEMENTS (item_fields),
};

static char *
tile_figure (WmkPlan *plan, char **caption, gpointer user_data)
{
  *caption = g_strdup ("items in the plan");
  return g_strdup_printf ("%u", g_list_model_get_n_items (wmk_plan_get_items (plan, item_spec.name)));
}

static const WmkDashboardTile tile = {
  TEST_ID ".items", "Test items", NULL, tile_figure,
};

static gboolean
fill_sample (WmkPlan *plan, gpointer user_data, GError **error)
{
  return TRUE;
}

static gboolean
test_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &item_spec, WMK_TYPE_ENTITY, error))
    return FALSE;
  wmk_plugin_registry_add_tile (registry, &tile, NULL);
  wmk_plugin_registry_add_sample (registry, fill_sample, NULL);
#ifdef TEST_SETUP_FAILS
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "its figures file is missing.");
  return FALSE;
#else
  return TRUE;
#endif
}

static void
test_plugin_class_init (gpointer klass, gpointer data)
{
  WMK_PLUGIN_CLASS (klass)->setup = test_plugin_setup;
}

static GType
test_plugin_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    {
#ifdef TEST_NOT_A_PLUGIN
      GType t = g_type_register_static_simple (G_TYPE_OBJECT, TEST_TYPE_NAME, sizeof (GObjectClass),
                                               NULL, sizeof (GObject), NULL, 0);
#else
      GType t = g_type_register_static_simple (WMK_TYPE_PLUGIN, TEST_TYPE_NAME,
                                               sizeof (WmkPluginClass), test_plugin_class_init,
                                               sizeof (WmkPlugin), NULL, 0);
#endif
      g_once_init_leave (&type, t);
    }
  return type;
}

G_MODULE_EXPORT const WmkPluginInfo *wmk_plugin_describe (void);

G_MODULE_EXPORT const WmkPluginInfo *
wmk_plugin_describe (void)
{
  static const WmkPluginInfo info = {
    TEST_ABI, TEST_STRUCT_SIZE, TEST_ID, "Test plugin " TEST_ID, "1.0",
    "A module for the loader's tests.", NULL, NULL, test_plugin_get_type,
  };
  return &info;
}

#else /* TEST_NO_SYMBOL */

G_MODULE_EXPORT int wmk_plugin_something_else (void);

G_MODULE_EXPORT int
wmk_plugin_something_else (void)
{
  return 1;
}

#endif
