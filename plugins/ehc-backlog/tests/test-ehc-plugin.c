/* test-ehc-plugin.c: the EHC plan backlog plugin, loaded alone
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAYMARK_PLUGIN_PATH is this plugin's build folder only. First through real
 * waymark-cli processes on a plan in a temporary folder: the plugin loads,
 * its sample goes into a new sample plan and survives reopening (every
 * command is a new process), JSON export and import, and undo. Then in this
 * process, with the plugin loaded the same way: the sample's figures as the
 * tiles, the KPI feeds and the report state them, and a CSV file imported
 * as one undoable edit that survives reopening.
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "wmk-test-support.h"

#include "../wmk-ehc-csv.h"
#include "../wmk-ehc-plugin.h"

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
  wmk_test_cli_assert_only_plugin (f, "ehc-backlog");
}

static void
test_sample_and_reopen (Fixture *f, gconstpointer data)
{
  g_autofree char *init = cli (f, NULL, "init", "--sample", NULL);

  /* Each command opens the plan anew: the sample was stored, not only shown. */
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, WMK_EHC_MONTH), ==, 18);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, WMK_EHC_SETTINGS), ==, 1);
}

static void
test_edit_and_undo (Fixture *f, gconstpointer data)
{
  g_autofree char *init = cli (f, NULL, "init", "--empty", "Test plan", NULL);
  g_autofree char *out = cli (f, NULL, "add", WMK_EHC_MONTH, "month=2023-03-01",
                              "annual_reviews_overdue=1455", "assessment_backlog=470",
                              "caseworker_fte=18.5", NULL);
  g_autofree char *id = g_strstrip (g_strdup (out));
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *set = NULL, *undo = NULL, *undo2 = NULL, *redo = NULL;

  object = wmk_test_cli_show (f, id);
  g_assert_cmpstr (json_object_get_string_member (object, "month"), ==, "2023-03-01");
  g_assert_cmpint (json_object_get_int_member (object, "annual_reviews_overdue"), ==, 1455);
  g_assert_cmpfloat (json_object_get_double_member (object, "caseworker_fte"), ==, 18.5);
  g_clear_pointer (&object, json_object_unref);

  set = cli (f, NULL, "set", id, "annual_reviews_overdue", "1400", NULL);
  object = wmk_test_cli_show (f, id);
  g_assert_cmpint (json_object_get_int_member (object, "annual_reviews_overdue"), ==, 1400);
  g_clear_pointer (&object, json_object_unref);

  undo = cli (f, NULL, "undo", NULL);
  object = wmk_test_cli_show (f, id);
  g_assert_cmpint (json_object_get_int_member (object, "annual_reviews_overdue"), ==, 1455);
  g_clear_pointer (&object, json_object_unref);

  undo2 = cli (f, NULL, "undo", NULL);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, WMK_EHC_MONTH), ==, 0);
  redo = cli (f, NULL, "redo", NULL);
  g_assert_cmpuint (wmk_test_cli_count (f, NULL, WMK_EHC_MONTH), ==, 1);
}

/* Export to JSON, import into a new plan: the same items, field by field. */
static void
test_export_import (Fixture *f, gconstpointer data)
{
  const char *types[] = { WMK_EHC_MONTH, WMK_EHC_SETTINGS };
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

      g_assert_cmpuint (json_array_get_length (after), >, 0);
      g_assert_true (json_node_equal (a, b));
    }
}

/* In this process: the sample's figures, as the tiles, feeds and report say them. */
static void
test_sample_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (f->plan, "Test Author", &error);
  g_autofree char *caption = NULL, *figure = NULL, *caption2 = NULL, *figure2 = NULL;
  g_autoptr(GArray) timeliness = NULL, backlog = NULL, computed = NULL;
  g_autoptr(WmkDocument) document = wmk_document_new ("Report");
  g_autoptr(GBytes) html = NULL;
  const char *text;
  WmkEntity *kpi;

  g_assert_no_error (error);
  /* June 2024: 185 overdue, down 1,415 since January 2023. March 370 → June
   * 185 is 61.7 a month: 3 months, September 2024. */
  figure = wmk_ehc_tile_overdue (plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "185");
  g_assert_cmpstr (caption, ==, "Jun 2024: down 1,415 since Jan 2023; clears in Sep 2024 at "
                                "the recent rate");
  /* 47 of 80 in June 2024; July 2023 to June 2024: 413 of 932 = 44%. */
  figure2 = wmk_ehc_tile_timeliness (plan, &caption2, NULL);
  g_assert_cmpstr (figure2, ==, "59%");
  g_assert_cmpstr (caption2, ==, "47 of 80 in Jun 2024 · 12 months 44% · national average 58%, "
                                 "target 50%");

  timeliness = wmk_ehc_feed_timeliness (plan, NULL);
  backlog = wmk_ehc_feed_backlog (plan, NULL);
  g_assert_cmpuint (timeliness->len, ==, 18);
  g_assert_cmpuint (backlog->len, ==, 18);
  g_assert_cmpstr (g_array_index (backlog, WmkKpiFeedValue, 0).date, ==, "2023-01-31");
  g_assert_cmpfloat (g_array_index (backlog, WmkKpiFeedValue, 0).value, ==, 2100);
  g_assert_cmpstr (g_array_index (backlog, WmkKpiFeedValue, 10).date, ==, "2023-11-30");
  g_assert_cmpfloat (g_array_index (backlog, WmkKpiFeedValue, 10).value, ==, 655 + 296);
  g_assert_cmpfloat (g_array_index (timeliness, WmkKpiFeedValue, 0).value, ==, 9.4); /* 6 of 64 */

  /* The core shows them among C-KPI7's values. */
  kpi = wmk_plan_resolve (plan, "C-KPI7", &error);
  g_assert_no_error (error);
  computed = wmk_kpi_compute_values (plan, kpi);
  g_assert_cmpuint (computed->len, ==, 18);
  g_assert_cmpstr (g_array_index (computed, WmkKpiComputedValue, 0).plugin_name, ==,
                   "EHC plan backlog");

  wmk_ehc_report_write (plan, document, NULL);
  html = wmk_document_to_html (document);
  text = g_bytes_get_data (html, NULL);
  g_assert_nonnull (strstr (text, "Jan 2024"));     /* the last 6 months: January… */
  g_assert_nonnull (strstr (text, "Jun 2024"));     /* …to June 2024 */
  g_assert_null (strstr (text, "Dec 2023"));
  /* June 345 left; March 585: 80 a month; 345 ÷ 80 = 4.3, so 5 months. */
  g_assert_nonnull (strstr (text, "the backlog of 345 falls by 80 a month and clears in "
                                  "November 2024, 12 months after the November 2023 target."));
  g_assert_nonnull (strstr (text, "needs 160 reviews and 50 assessments a month"));
  g_assert_nonnull (strstr (text, "Illustrative figures"));

  /* The charts' text alternatives say the same figures. */
  {
    g_autoptr(GArray) months = wmk_ehc_months_read (plan);
    g_autofree char *burndown = NULL, *words = NULL;
    WmkEhcSettings settings;
    WmkEhcSummary summary;

    wmk_ehc_settings_read (plan, &settings);
    wmk_ehc_summary_compute ((WmkEhcMonth *) months->data, months->len, &settings, &summary);
    burndown = wmk_ehc_burndown_text (months, &settings, &summary);
    words = wmk_ehc_timeliness_text (months, &settings, &summary);
    g_assert_true (g_str_has_prefix (burndown, "Backlog burn-down chart: 2,100 in January 2023, "
                                               "345 in June 2024. At the rate of the last 3 "
                                               "months"));
    g_assert_cmpstr (words, ==, "Chart of plans issued within 20 weeks: 9% in January "
                                "2023, 59% in June 2024; 44% over the 12 months to June "
                                "2024. The national average the plan quotes is 58%; its "
                                "target is 50% by February 2024.");
  }
}

/* A real CSV file into a real plan: one edit, undone at once, and kept when
 * the plan is opened again. */
static void
test_csv_import (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (g_getenv ("EHC_TEST_DATA"), "figures-good.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_import_sample (f->plan, "Test Author", &error);
  g_autoptr(WmkEhcCsv) csv = NULL;
  g_autoptr(WmkEhcCsvCheck) check = NULL;
  g_autoptr(GArray) months = NULL;
  int mapping[WMK_EHC_CSV_N_TARGETS];
  guint n_new, n_updated;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  csv = wmk_ehc_csv_parse (text, length, &error);
  g_assert_no_error (error);
  wmk_ehc_csv_guess_mapping (csv, mapping);
  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpuint (check->problems->len, ==, 0);

  /* Make the file's first month one the plan has: updated, not doubled. */
  g_array_index (check->months, WmkEhcMonth, 0).index = 2024 * 12 + 5; /* June 2024 */
  wmk_ehc_csv_count_changes (plan, check, &n_new, &n_updated);
  g_assert_cmpuint (n_new, ==, 2);
  g_assert_cmpuint (n_updated, ==, 1);

  g_assert_true (wmk_ehc_csv_apply (plan, check, "Imported from figures-good.csv", &error));
  g_assert_no_error (error);
  months = wmk_ehc_months_read (plan);
  g_assert_cmpuint (months->len, ==, 20);
  g_assert_cmpfloat (g_array_index (months, WmkEhcMonth, 17).figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE],
                     ==, 125);
  g_clear_pointer (&months, g_array_unref);

  /* Reopen: kept. */
  g_clear_object (&plan);
  plan = wmk_plan_open (f->plan, &error);
  g_assert_no_error (error);
  months = wmk_ehc_months_read (plan);
  g_assert_cmpuint (months->len, ==, 20);
  g_clear_pointer (&months, g_array_unref);

  /* One undo takes the whole import back. */
  g_assert_true (wmk_plan_undo (plan, &error));
  g_assert_no_error (error);
  months = wmk_ehc_months_read (plan);
  g_assert_cmpuint (months->len, ==, 18);
  g_assert_cmpfloat (g_array_index (months, WmkEhcMonth, 17).figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE],
                     ==, 185);
  g_assert_cmpstr (wmk_entity_get_string (wmk_plan_lookup (plan, g_array_index (months, WmkEhcMonth,
                                                                               17).id),
                                          "source"),
                   ==, "Illustrative figures, not Devon's data");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The plugin from WAYMARK_PLUGIN_PATH, in this process too. */
  wmk_plugins_load_default (NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, wmk_test_cli_set_up, func, wmk_test_cli_tear_down)
  ADD ("/ehc/cli/loaded-alone", test_loaded_alone);
  ADD ("/ehc/cli/sample-survives-reopen", test_sample_and_reopen);
  ADD ("/ehc/cli/edit-and-undo", test_edit_and_undo);
  ADD ("/ehc/cli/export-import", test_export_import);
  ADD ("/ehc/plan/sample-figures", test_sample_figures);
  ADD ("/ehc/plan/csv-import", test_csv_import);
#undef ADD
  return g_test_run ();
}
