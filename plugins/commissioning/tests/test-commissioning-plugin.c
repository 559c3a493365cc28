/* test-commissioning-plugin.c: the joint commissioning plugin, loaded alone by waymark-cli
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real waymark-cli processes with WAYMARK_PLUGIN_PATH set to this plugin's
 * build folder only, on a plan in a temporary folder: the plugin loads, its
 * sample goes into a new sample plan, its items survive the plan being
 * closed and opened again (every command is a new process), a JSON export
 * and import, and undo.
 */

#include <string.h>

#include "wmk-test-support.h"

typedef WmkTestCliFixture Fixture;

/* Runs waymark-cli on @on (NULL: the fixture's plan), checks it exits 0 and
 * says nothing on stderr, and returns its output. */
#define cli(fixture, on, ...) wmk_test_cli ((fixture)->dir, (on) ? (on) : (fixture)->plan, __VA_ARGS__)

/* The items of @type in @plan, as `list --json` gives them. */
static JsonArray *
list (Fixture *f, const char *plan, const char *type)
{
  g_autoptr(JsonNode) node = wmk_test_cli_json (f, plan, "list", type);

  return json_array_ref (json_node_get_array (node));
}

static void
test_loaded_alone (Fixture *f, gconstpointer data)
{
  wmk_test_cli_assert_only_plugin (f, "commissioning");
}

static void
test_sample_and_reopen (Fixture *f, gconstpointer data)
{
  g_autofree char *init = cli (f, NULL, "init", "--sample", NULL);

  /* Each command opens the plan anew: the sample was stored, not only shown. */
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, "commissioning.provision"), ==, 35);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, "commissioning.decision"), ==, 6);
}

static void
test_edit_and_undo (Fixture *f, gconstpointer data)
{
  g_autofree char *init = cli (f, NULL, "init", "--empty", "Test plan", NULL);
  g_autofree char *out = cli (f, NULL, "add", "commissioning.provision",
                              "service=Autism base, Torridge", "tier=specialist", "need=autism",
                              "locality=torridge", "age_from=4", "age_to=16", "commissioner=dcc",
                              "capacity=60", "annual_spend=1200000", NULL);
  g_autofree char *id = g_strstrip (g_strdup (out));
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *set = NULL, *undo = NULL, *undo2 = NULL, *redo = NULL, *bad = NULL;

  object = wmk_test_cli_show (f, id);
  g_assert_cmpstr (json_object_get_string_member (object, "locality"), ==, "torridge");
  g_assert_cmpint (json_object_get_int_member (object, "capacity"), ==, 60);
  g_clear_pointer (&object, json_object_unref);

  set = cli (f, NULL, "set", id, "capacity", "90", NULL);
  object = wmk_test_cli_show (f, id);
  g_assert_cmpint (json_object_get_int_member (object, "capacity"), ==, 90);
  g_clear_pointer (&object, json_object_unref);

  undo = cli (f, NULL, "undo", NULL);
  object = wmk_test_cli_show (f, id);
  g_assert_cmpint (json_object_get_int_member (object, "capacity"), ==, 60);
  g_clear_pointer (&object, json_object_unref);

  undo2 = cli (f, NULL, "undo", NULL);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, "commissioning.provision"), ==, 0);
  redo = cli (f, NULL, "redo", NULL);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, "commissioning.provision"), ==, 1);
}

/* Export to JSON, import into a new plan: the same items, field by field. */
static void
test_export_import (Fixture *f, gconstpointer data)
{
  const char *types[] = { "commissioning.provision", "commissioning.decision" };
  g_autofree char *json = g_build_filename (f->dir, "plan.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "copy.waymark", NULL);
  g_autofree char *init = cli (f, NULL, "init", "--sample", NULL);
  g_autofree char *exported = cli (f, NULL, "export", "--format", "json", "-o", json, NULL);
  g_autofree char *imported = cli (f, copy, "import", json, NULL);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(JsonArray) before = list (f, NULL, types[t]);
      g_autoptr(JsonArray) after = list (f, copy, types[t]);
      g_autoptr(JsonNode) a = json_node_init_array (json_node_alloc (), before);
      g_autoptr(JsonNode) b = json_node_init_array (json_node_alloc (), after);

      g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before));
      g_assert_true (json_node_equal (a, b));
    }
}

/* A plan opened where the plugin is not installed keeps its items, and they
 * come back whole when the plugin is there again. */
static void
test_kept_without_plugin (Fixture *f, gconstpointer data)
{
  const char *types[] = { "commissioning.provision", "commissioning.decision" };
  g_autofree char *json = g_build_filename (f->dir, "plan.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "copy.waymark", NULL);
  g_autofree char *json2 = g_build_filename (f->dir, "again.json", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.waymark", NULL);
  g_autofree char *path = g_strdup (g_getenv ("WAYMARK_PLUGIN_PATH"));
  g_autofree char *init = cli (f, NULL, "init", "--sample", NULL);
  g_autofree char *exported = cli (f, NULL, "export", "--format", "json", "-o", json, NULL);
  g_autofree char *imported = NULL, *exported2 = NULL, *imported2 = NULL;

  g_setenv ("WAYMARK_PLUGIN_PATH", "", TRUE);
  imported = cli (f, copy, "import", json, NULL);
  exported2 = cli (f, copy, "export", "--format", "json", "-o", json2, NULL);
  g_setenv ("WAYMARK_PLUGIN_PATH", path, TRUE);
  imported2 = cli (f, again, "import", json2, NULL);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(JsonArray) before = list (f, NULL, types[t]);
      g_autoptr(JsonArray) after = list (f, again, types[t]);
      g_autoptr(JsonNode) a = json_node_init_array (json_node_alloc (), before);
      g_autoptr(JsonNode) b = json_node_init_array (json_node_alloc (), after);

      g_assert_cmpuint (json_array_get_length (before), >, 0);
      g_assert_true (json_node_equal (a, b));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, wmk_test_cli_set_up, func, wmk_test_cli_tear_down)
  ADD ("/commissioning/cli/loaded-alone", test_loaded_alone);
  ADD ("/commissioning/cli/sample-survives-reopen", test_sample_and_reopen);
  ADD ("/commissioning/cli/edit-and-undo", test_edit_and_undo);
  ADD ("/commissioning/cli/export-import", test_export_import);
  ADD ("/commissioning/cli/kept-without-plugin", test_kept_without_plugin);
#undef ADD
  return g_test_run ();
}
