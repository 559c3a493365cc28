/* test-plan-file.c: whole plans to and from files: nothing lost, nothing half done
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <string.h>

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = wmk_test_make_dir ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static WmkPlan *
import (Fixture *f, const char *name, GBytes *json)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  WmkPlan *plan = wmk_plan_import (path, json, name, "Test Author", &error);

  g_assert_no_error (error);
  return plan;
}

static void
assert_round_trip (Fixture *f, WmkPlan *first)
{
  g_autoptr(GBytes) once = wmk_plan_to_json (first);
  g_autoptr(WmkPlan) second = import (f, "second.waymark", once);
  g_autoptr(GBytes) twice = wmk_plan_to_json (second);

  g_assert_cmpuint (g_bytes_get_size (once), ==, g_bytes_get_size (twice));
  g_assert_true (g_bytes_equal (once, twice));
}

static void
test_sample_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (path, "Test Author", &error);

  g_assert_no_error (error);
  assert_round_trip (f, plan);
}

static void
test_sample_file_is_canonical (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (path, NULL, &error);
  g_autoptr(GBytes) shipped = g_resources_lookup_data (WMK_SAMPLE_PLAN_RESOURCE, 0, &error);
  g_autoptr(GBytes) exported = wmk_plan_to_json (plan);

  /* The file in data/ is exactly what export writes, so it diffs cleanly. */
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (shipped, exported));
}

static void
test_generated_round_trip (Fixture *f, gconstpointer data)
{
  const WmkTestPlanSize size = { 10000, 50, 12, 200 };
  g_autoptr(GBytes) json = wmk_test_generate_plan (&size, 7);
  g_autoptr(WmkPlan) plan = import (f, "big.waymark", json);

  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "action")), ==, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "measurement")), ==, 600);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "risk")), ==, 200);
  assert_round_trip (f, plan);
}

typedef struct
{
  const char *name;
  const char *json;
  int         code;
  const char *says;   /* the message names the place at fault */
} BadFile;

static const BadFile bad_files[] = {
  { "empty", "", WMK_PLAN_FILE_ERROR_MALFORMED, "empty" },
  { "truncated", "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\",",
    WMK_PLAN_FILE_ERROR_MALFORMED, "line 1" },
  { "not-a-plan", "{\"hello\": 1}", WMK_PLAN_FILE_ERROR_MALFORMED, "not a Waymark plan file" },
  { "array", "[1, 2]", WMK_PLAN_FILE_ERROR_MALFORMED, "not a Waymark plan file" },
  { "newer", "{\"format\": \"waymark-plan\", \"version\": 2, \"entities\": []}",
    WMK_PLAN_FILE_ERROR_NEWER_FORMAT, "version 2" },
  { "no-entities", "{\"format\": \"waymark-plan\", \"version\": 1}", WMK_PLAN_FILE_ERROR_MALFORMED,
    "at entities" },
  { "no-plan", "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": []}",
    WMK_PLAN_FILE_ERROR_INVALID, "\"plan\"" },
  { "duplicate-id",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\", \"type\": "
    "\"plan\"}, {\"id\": \"a\", \"type\": \"action\"}, {\"id\": \"a\", \"type\": \"action\"}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[2]" },
  { "wrong-type",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\", \"type\": "
    "\"plan\"}, {\"id\": \"a\", \"type\": \"action\", \"due\": \"end of March\"}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[1].due" },
  { "wrong-json-type",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\", \"type\": "
    "\"plan\"}, {\"id\": \"k\", \"type\": \"kpi\", \"baseline_value\": \"54%\"}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[1].baseline_value" },
  { "missing-link",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\", \"type\": "
    "\"plan\"}, {\"id\": \"a\", \"type\": \"action\", \"roles\": [\"role-x\"]}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[1].roles[0]" },
  { "link-to-wrong-type",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"plan\", \"type\": "
    "\"plan\"}, {\"id\": \"a\", \"type\": \"action\", \"parent\": \"plan\"}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[1].parent" },
  { "bad-id",
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [{\"id\": \"a b/c\", \"type\": "
    "\"plan\"}]}",
    WMK_PLAN_FILE_ERROR_INVALID, "entities[0]" },
};

static void
test_bad_files_refused (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (f->dir, "plan.waymark", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad->json, strlen (bad->json));
      g_autoptr(WmkPlan) plan = wmk_plan_import (path, bytes, bad->name, NULL, &error);

      g_test_message ("%s: %s", bad->name, error ? error->message : "(accepted)");
      g_assert_null (plan);
      g_assert_error (error, WMK_PLAN_FILE_ERROR, bad->code);
      g_assert_true (g_str_has_prefix (error->message, bad->name));
      g_assert_nonnull (strstr (error->message, bad->says));
      /* All or nothing: no plan file, no temporary file left behind. */
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      {
        g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
        g_assert_null (g_dir_read_name (dir));
      }
    }
}

static void
test_truncated_export_refused (Fixture *f, gconstpointer data)
{
  const WmkTestPlanSize size = { 100, 5, 3, 5 };
  g_autoptr(GBytes) json = wmk_test_generate_plan (&size, 1);
  g_autoptr(WmkPlan) plan = import (f, "a.waymark", json);
  g_autoptr(GBytes) exported = wmk_plan_to_json (plan);
  g_autofree char *path = g_build_filename (f->dir, "b.waymark", NULL);

  for (gsize cut = 1; cut < g_bytes_get_size (exported) - 2; cut += g_bytes_get_size (exported) / 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (exported, 0, cut);
      g_autoptr(WmkPlan) none = wmk_plan_import (path, part, "cut.json", NULL, &error);

      g_assert_null (none);
      g_assert_error (error, WMK_PLAN_FILE_ERROR, WMK_PLAN_FILE_ERROR_MALFORMED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_existing_plan_not_replaced (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "plan.waymark", NULL);
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (path, "Ours", NULL, &error);
  g_autoptr(GBytes) json = wmk_plan_to_json (plan);
  g_autofree char *sum = NULL;

  g_clear_object (&plan);
  sum = wmk_test_file_checksum (path);
  g_assert_null (wmk_plan_import (path, json, "ours.json", NULL, &error));
  g_assert_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_EXISTS);
  wmk_assert_file_unchanged (path, sum);
}

static void
test_csv (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (path, NULL, &error);
  g_autoptr(GBytes) csv = wmk_plan_to_csv (plan, "action", &error);
  g_autofree char *text = NULL;
  guint records = 0;
  gboolean quoted = FALSE;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "Id,Objective,Ref,Action,Outcome,"));
  /* Count records as a spreadsheet would: line ends inside quotes don't end one. */
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && p[0] == '\r' && p[1] == '\n')
        records++;
    }
  g_assert_false (quoted);
  g_assert_cmpuint (records, ==,
                    1 + g_list_model_get_n_items (wmk_plan_get_items (plan, "action")));
}

static void
test_export_matches_json_schema (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "sample.json", NULL);
  g_autofree char *schema = g_build_filename (g_getenv ("WAYMARK_SOURCE_DIR"), "data",
                                              "waymark-plan.schema.json", NULL);
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (path, NULL, &error);
  g_autoptr(GBytes) json = wmk_plan_to_json (plan);
  g_autofree char *script = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
      || !g_spawn_command_line_sync ("/usr/bin/python3 -c 'import jsonschema'", NULL, NULL,
                                     &status, NULL)
      || status != 0)
    {
      g_test_skip ("python3-jsonschema is not installed");
      return;
    }
  g_file_set_contents (json_path, g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error);
  g_assert_no_error (error);
  script = g_strdup_printf ("/usr/bin/python3 -c 'import json, jsonschema; "
                            "jsonschema.validate(json.load(open(\"%s\")), json.load(open(\"%s\")))'",
                            json_path, schema);
  g_spawn_command_line_sync (script, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (status != 0)
    g_printerr ("%s", err);
  g_assert_cmpint (status, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/plan-file/sample-round-trip", test_sample_round_trip);
  ADD ("/wmk/plan-file/sample-file-is-canonical", test_sample_file_is_canonical);
  ADD ("/wmk/plan-file/generated-10000-actions-round-trip", test_generated_round_trip);
  ADD ("/wmk/plan-file/bad-files-refused", test_bad_files_refused);
  ADD ("/wmk/plan-file/truncated-export-refused", test_truncated_export_refused);
  ADD ("/wmk/plan-file/existing-plan-not-replaced", test_existing_plan_not_replaced);
  ADD ("/wmk/plan-file/csv", test_csv);
  ADD ("/wmk/plan-file/export-matches-json-schema", test_export_matches_json_schema);
#undef ADD

  return g_test_run ();
}
