/* test-nd-plugin.c: the neurodiversity pathway plugin, loaded alone by waymark-cli
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real waymark-cli processes with WAYMARK_PLUGIN_PATH set to this plugin's
 * build folder only, on plans in a temporary folder: the plugin loads, its
 * sample goes into a new sample plan and stays there (every command opens
 * the plan anew), its items are changed and the change undone, and they
 * survive a JSON export and import into a new plan.
 */

#include <string.h>

#include "wmk-nd-types.h"
#include "wmk-test-support.h"

typedef WmkTestCliFixture Fixture;

static void
test_loaded_alone (Fixture *f, gconstpointer data)
{
  wmk_test_cli_assert_only_plugin (f, "neurodiversity");
}

static void
test_sample_stays (Fixture *f, gconstpointer data)
{
  g_free (wmk_test_cli (f->dir, f->plan, "init", "--sample", NULL));
  g_assert_cmpuint (wmk_test_cli_count (f, f->plan, WMK_ND_SNAPSHOT), ==, 36);
  g_assert_cmpuint (wmk_test_cli_count (f, f->plan, WMK_ND_BIRTH_VISITS), ==, 18);
}

static gint64
field (Fixture *f, const char *id, const char *name)
{
  g_autoptr(JsonNode) node = wmk_test_cli_json (f, NULL, "show", id);

  return json_object_get_int_member (json_node_get_object (node), name);
}

static void
test_edit_and_undo (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;

  g_free (wmk_test_cli (f->dir, f->plan, "init", "--empty", "Test plan", NULL));
  out = wmk_test_cli (f->dir, f->plan, "add", WMK_ND_SNAPSHOT, "date=2023-06-30", "service=0-5",
                      "under_18_weeks=60", "weeks_18_to_52=80", "over_52_weeks=60", NULL);
  id = g_strstrip (g_strdup (out));
  g_assert_cmpint (field (f, id, "over_52_weeks"), ==, 60);

  g_free (wmk_test_cli (f->dir, f->plan, "set", id, "over_52_weeks", "45", NULL));
  g_assert_cmpint (field (f, id, "over_52_weeks"), ==, 45);
  g_free (wmk_test_cli (f->dir, f->plan, "undo", NULL));
  g_assert_cmpint (field (f, id, "over_52_weeks"), ==, 60);
  g_free (wmk_test_cli (f->dir, f->plan, "undo", NULL));
  g_assert_cmpuint (wmk_test_cli_count (f, f->plan, WMK_ND_SNAPSHOT), ==, 0);
}

/* Export to JSON and import into a new plan: the same items; exported again,
 * the same file. */
static void
test_export_import (Fixture *f, gconstpointer data)
{
  g_autofree char *json = g_build_filename (f->dir, "plan.json", NULL);
  g_autofree char *json2 = g_build_filename (f->dir, "copy.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "copy.waymark", NULL);
  g_autofree char *first = NULL, *second = NULL;

  g_free (wmk_test_cli (f->dir, f->plan, "init", "--sample", NULL));
  g_free (wmk_test_cli (f->dir, f->plan, "export", "--format", "json", "-o", json, NULL));
  g_free (wmk_test_cli (f->dir, copy, "import", json, NULL));
  g_assert_cmpuint (wmk_test_cli_count (f, copy, WMK_ND_SNAPSHOT), ==, 36);
  g_free (wmk_test_cli (f->dir, copy, "export", "--format", "json", "-o", json2, NULL));
  g_assert_true (g_file_get_contents (json, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (json2, &second, NULL, NULL));
  g_assert_true (strstr (first, "\"neurodiversity.snapshot\"") != NULL);
  g_assert_cmpstr (first, ==, second);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/nd/cli/loaded-alone", Fixture, NULL, wmk_test_cli_set_up, test_loaded_alone,
              wmk_test_cli_tear_down);
  g_test_add ("/nd/cli/sample-stays", Fixture, NULL, wmk_test_cli_set_up, test_sample_stays,
              wmk_test_cli_tear_down);
  g_test_add ("/nd/cli/edit-and-undo", Fixture, NULL, wmk_test_cli_set_up, test_edit_and_undo,
              wmk_test_cli_tear_down);
  g_test_add ("/nd/cli/export-import", Fixture, NULL, wmk_test_cli_set_up, test_export_import,
              wmk_test_cli_tear_down);
  return g_test_run ();
}
