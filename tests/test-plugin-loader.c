/* test-plugin-loader.c: finding, checking and refusing plugin modules
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real modules built by tests/plugins/meson.build (one per way to be wrong),
 * a real file of random bytes named like a module, real folders. Each refusal
 * is checked with a good module found after it, which must still load.
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "wmk-test-support.h"

typedef struct
{
  char              *dir;
  WmkPluginRegistry *registry;
  WmkPluginLoader   *loader;
} Fixture;

static char *
module_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, "." G_MODULE_SUFFIX, NULL);

  return g_build_filename (g_getenv ("WAYMARK_TEST_PLUGIN_DIR"), file, NULL);
}

/* Puts the built module @name into @dir as @as (a symbolic link: the same
 * file, so loading it twice in this process loads it once). */
static void
place (const char *dir, const char *name, const char *as)
{
  g_autofree char *target = module_path (name);
  g_autofree char *link = g_build_filename (dir, as, NULL);
  g_autofree char *parent = g_path_get_dirname (link);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (symlink (target, link), ==, 0);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = wmk_test_make_dir ();
  f->registry = g_object_new (WMK_TYPE_PLUGIN_REGISTRY, NULL);
  f->loader = wmk_plugin_loader_new (f->registry);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->loader);
  g_clear_object (&f->registry);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static const WmkPluginReport *
report_at (Fixture *f, guint index)
{
  GPtrArray *reports = wmk_plugin_loader_get_reports (f->loader);

  g_assert_cmpuint (index, <, reports->len);
  return reports->pdata[index];
}

static guint
count_entries (WmkPluginRegistry *registry, WmkPluginEntryKind kind, const char *plugin_id)
{
  g_autoptr(GPtrArray) entries = wmk_plugin_registry_list (registry, kind);
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    n += g_strcmp0 (((WmkPluginEntry *) entries->pdata[i])->plugin->id, plugin_id) == 0;
  return n;
}

#define assert_contains(text, needle)                                              \
  G_STMT_START                                                                     \
  {                                                                                \
    if ((text) == NULL || strstr ((text), (needle)) == NULL)                       \
      g_test_message ("expected “%s” in “%s”", (const char *) (needle), (text));   \
    g_assert_nonnull (strstr ((text), (needle)));                                  \
  }                                                                                \
  G_STMT_END

/* The good module, found after the bad one, loaded all the same. */
static void
assert_good_loaded (Fixture *f, guint index)
{
  const WmkPluginReport *good = report_at (f, index);

  g_assert_cmpint (good->status, ==, WMK_PLUGIN_STATUS_LOADED);
  g_assert_cmpstr (good->id, ==, "good");
  g_assert_null (good->reason);
  g_assert_true (WMK_IS_PLUGIN (good->plugin));
  g_assert_cmpstr (wmk_plugin_get_info (good->plugin)->id, ==, "good");
  g_assert_cmpuint (count_entries (f->registry, WMK_PLUGIN_ENTRY_TYPE, "good"), ==, 1);
  g_assert_cmpuint (count_entries (f->registry, WMK_PLUGIN_ENTRY_TILE, "good"), ==, 1);
}

/* Loads a folder holding @bad (as a-<bad>.so) then good.so; returns @bad's report. */
static const WmkPluginReport *
load_bad_then_good (Fixture *f, const char *bad)
{
  g_autofree char *as = g_strconcat ("a-", bad, "." G_MODULE_SUFFIX, NULL);

  place (f->dir, bad, as);
  place (f->dir, "good", "z-good." G_MODULE_SUFFIX);
  wmk_plugin_loader_load_dir (f->loader, f->dir);

  g_assert_cmpuint (wmk_plugin_loader_get_reports (f->loader)->len, ==, 2);
  assert_good_loaded (f, 1);
  return report_at (f, 0);
}

static void
test_loads_good (Fixture *f, gconstpointer data)
{
  g_autofree char *path = module_path ("good");
  const WmkPluginReport *report = wmk_plugin_loader_load_file (f->loader, path);

  g_assert_nonnull (report);
  g_assert_cmpstr (report->path, ==, path);
  g_assert_cmpstr (report->name, ==, "Test plugin good");
  g_assert_cmpstr (report->version, ==, "1.0");
  g_assert_cmpstr (wmk_plugin_status_to_string (report->status), ==, "loaded");
  g_assert_true (report == wmk_plugin_loader_lookup (f->loader, "good"));
  /* The same file again is not loaded twice. */
  g_assert_null (wmk_plugin_loader_load_file (f->loader, path));
  g_assert_cmpuint (wmk_plugin_loader_get_reports (f->loader)->len, ==, 1);
  assert_good_loaded (f, 0);
}

static void
test_corrupt_file (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "a-x." G_MODULE_SUFFIX, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[4096];
  const WmkPluginReport *report;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  place (f->dir, "good", "z-good." G_MODULE_SUFFIX);
  wmk_plugin_loader_load_dir (f->loader, f->dir);

  report = report_at (f, 0);
  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_null (report->id);
  assert_contains (report->reason, "a-x.so could not be opened as a module: ");
  assert_good_loaded (f, 1);
}

static void
test_no_symbol (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "no-symbol");

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpstr (report->reason, ==,
                   "a-no-symbol.so does not export wmk_plugin_describe, so it is not a Waymark "
                   "plugin.");
}

static void
test_wrong_abi (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "wrong-abi");

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpstr (report->reason, ==,
                   "a-wrong-abi.so was built for plugin ABI 0; this Waymark needs 1.");
  /* Nothing past the ABI was read. */
  g_assert_null (report->id);
  g_assert_null (report->name);
}

static void
test_wrong_struct_size (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "wrong-size");
  g_autofree char *expected = g_strdup_printf (
    "a-wrong-size.so describes itself in %u bytes where this Waymark expects %u; rebuild it "
    "against this Waymark’s headers.",
    (guint) sizeof (WmkPluginInfo) + 16, (guint) sizeof (WmkPluginInfo));

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpstr (report->reason, ==, expected);
  g_assert_null (report->id);
}

static void
test_bad_id (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "bad-id");

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  assert_contains (report->reason, "has the id “Bad_Id”; an id is 1 to 64 lower-case letters");
}

static void
test_not_a_plugin_class (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "not-a-plugin");

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpstr (report->reason, ==,
                   "a-not-a-plugin.so does not give a WmkPlugin class Waymark can create.");
  g_assert_null (report->plugin);
}

static void
test_failing_setup (Fixture *f, gconstpointer data)
{
  const WmkPluginReport *report = load_bad_then_good (f, "failing-setup");

  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpstr (report->reason, ==,
                   "Test plugin failing-setup could not start: its figures file is missing.");
  g_assert_null (report->plugin);
  /* What it declared before failing was taken back. */
  for (WmkPluginEntryKind kind = WMK_PLUGIN_ENTRY_TYPE; kind <= WMK_PLUGIN_ENTRY_TILE; kind++)
    g_assert_cmpuint (count_entries (f->registry, kind, "failing-setup"), ==, 0);
  g_assert_cmpuint (count_entries (f->registry, WMK_PLUGIN_ENTRY_SAMPLE, "good"), ==, 1);
}

static void
test_duplicate_id (Fixture *f, gconstpointer data)
{
  g_autofree char *first = g_build_filename (f->dir, "one", NULL);
  g_autofree char *second = g_build_filename (f->dir, "two", NULL);
  g_autofree char *first_path = g_build_filename (first, "dup-first.so", NULL);
  const char *dirs[] = { first, second, NULL };
  const WmkPluginReport *report;

  place (first, "dup-first", "dup-first.so");
  place (second, "dup-second", "dup-second.so");
  place (second, "good", "z-good.so");
  wmk_plugin_loader_load_dirs (f->loader, dirs);

  g_assert_cmpuint (wmk_plugin_loader_get_reports (f->loader)->len, ==, 3);
  g_assert_cmpint (report_at (f, 0)->status, ==, WMK_PLUGIN_STATUS_LOADED);
  g_assert_cmpstr (report_at (f, 0)->id, ==, "dup");
  report = report_at (f, 1);
  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_SHADOWED);
  g_assert_cmpstr (report->id, ==, "dup");
  assert_contains (report->reason, "dup-second.so has the id “dup” of the plugin already loaded from ");
  assert_contains (report->reason, first_path);
  g_assert_cmpuint (count_entries (f->registry, WMK_PLUGIN_ENTRY_TYPE, "dup"), ==, 1);
  g_assert_true (wmk_plugin_loader_lookup (f->loader, "dup") == report_at (f, 0));
  assert_good_loaded (f, 2);
}

static void
test_disabled (Fixture *f, gconstpointer data)
{
  const char *disabled[] = { "other-good", NULL };
  const WmkPluginReport *report;

  wmk_plugin_loader_set_disabled (f->loader, disabled);
  report = load_bad_then_good (f, "other-good");
  g_assert_cmpint (report->status, ==, WMK_PLUGIN_STATUS_DISABLED);
  g_assert_cmpstr (report->id, ==, "other-good");
  assert_contains (report->reason, "is turned off in Preferences");
  g_assert_cmpuint (count_entries (f->registry, WMK_PLUGIN_ENTRY_TYPE, "other-good"), ==, 0);
}

/* $WAYMARK_PLUGIN_PATH's folders in order, then the user's folder; modules in
 * a folder and one level down, not two. */
static void
test_discovery (Fixture *f, gconstpointer data)
{
  g_autofree char *a = g_build_filename (f->dir, "a", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b", NULL);
  g_autofree char *path = g_strjoin (":", a, "", b, a, NULL);
  g_autofree char *user = g_build_filename (g_get_user_data_dir (), "waymark", "plugins", NULL);
  g_auto(GStrv) dirs = NULL;
  GPtrArray *reports;

  place (a, "good", "good/good.so");
  place (a, "not-a-plugin", "deep/deeper/not-a-plugin.so");
  place (b, "dup-first", "dup-first.so");
  place (user, "other-good", "other-good.so");
  place (user, "dup-second", "dup-second.so");

  g_setenv ("WAYMARK_PLUGIN_PATH", path, TRUE);
  dirs = wmk_plugin_loader_dup_default_dirs ();
  g_unsetenv ("WAYMARK_PLUGIN_PATH");
  g_assert_cmpuint (g_strv_length (dirs), ==, 5);
  g_assert_cmpstr (dirs[0], ==, a);
  g_assert_cmpstr (dirs[1], ==, b);
  g_assert_cmpstr (dirs[3], ==, user);

  wmk_plugin_loader_load_dirs (f->loader, (const char * const *) dirs);
  reports = wmk_plugin_loader_get_reports (f->loader);
  g_assert_cmpuint (reports->len, ==, 4);
  g_assert_cmpstr (report_at (f, 0)->id, ==, "good");
  g_assert_cmpstr (report_at (f, 1)->id, ==, "dup");
  g_assert_cmpint (report_at (f, 1)->status, ==, WMK_PLUGIN_STATUS_LOADED);
  /* The user's folder: dup-second comes first by name, and is shadowed by b's. */
  g_assert_cmpstr (report_at (f, 2)->id, ==, "dup");
  g_assert_cmpint (report_at (f, 2)->status, ==, WMK_PLUGIN_STATUS_SHADOWED);
  g_assert_cmpstr (report_at (f, 3)->id, ==, "other-good");
  g_assert_cmpint (report_at (f, 3)->status, ==, WMK_PLUGIN_STATUS_LOADED);
}

/* The default loader and registry, as the app and the CLI use them: plugin
 * types join every plan's schema, sample functions run in the sample plan,
 * KPI feeds give values that count for the trajectory. */
static void
test_default_plugins_in_plans (Fixture *f, gconstpointer data)
{
  g_autofree char *failing = module_path ("failing-setup");
  g_autofree char *minimal = module_path ("minimal");
  g_autofree char *good = module_path ("good");
  g_autofree char *path = g_strjoin (":", failing, minimal, good, NULL);
  g_autofree char *plan_path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.waymark", NULL);
  const char *disabled[] = { "good", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkSchema) schema = NULL;
  g_autoptr(WmkPlan) plan = NULL, copy = NULL;
  g_autoptr(GArray) computed = NULL;
  g_autoptr(WmkKpiTrajectory) trajectory = NULL;
  g_autoptr(WmkEntity) survey = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(JsonObject) measurement = json_object_new ();
  g_autofree char *measurement_id = NULL;
  const WmkKpiPoint *latest;
  WmkPluginLoader *loader;
  WmkEntity *kpi;

  g_setenv ("WAYMARK_PLUGIN_PATH", path, TRUE);
  loader = wmk_plugins_load_default (disabled);
  g_unsetenv ("WAYMARK_PLUGIN_PATH");
  g_assert_true (wmk_plugins_load_default (NULL) == loader);
  g_assert_true (wmk_plugins_get_default_loader () == loader);
  g_assert_true (wmk_plugin_loader_get_registry (loader) == wmk_plugin_registry_get_default ());
  g_assert_cmpint (wmk_plugin_loader_lookup (loader, "failing-setup")->status, ==,
                   WMK_PLUGIN_STATUS_REFUSED);
  g_assert_cmpint (wmk_plugin_loader_lookup (loader, "minimal")->status, ==,
                   WMK_PLUGIN_STATUS_LOADED);
  g_assert_cmpint (wmk_plugin_loader_lookup (loader, "good")->status, ==,
                   WMK_PLUGIN_STATUS_DISABLED);

  /* Only the loaded plugin's type is in a new schema, after the core's. */
  schema = wmk_schema_new ();
  g_assert_nonnull (wmk_schema_lookup (schema, "minimal.survey"));
  g_assert_null (wmk_schema_lookup (schema, "failing-setup.item"));
  g_assert_null (wmk_schema_lookup (schema, "good.item"));
  g_assert_cmpint (wmk_schema_rank (schema, "minimal.survey"), >, wmk_schema_rank (schema, "report"));

  /* The sample plan gets the plugin's sample data, not as an edit to undo. */
  plan = wmk_plan_import_sample (plan_path, "Test Author", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "minimal.survey")), ==, 2);
  g_assert_false (wmk_plan_can_undo (plan));
  survey = g_list_model_get_item (wmk_plan_get_items (plan, "minimal.survey"), 0);
  g_assert_true (wmk_entity_get_spec (survey) == wmk_schema_lookup (schema, "minimal.survey"));
  fields = wmk_entity_list_fields (survey);
  g_assert_cmpstr (fields->pdata[0], ==, "date");
  g_assert_cmpstr (fields->pdata[1], ==, "responses");

  /* The feed: 29 of 50 and 31 of 50 families, as A-KPI1a's values. */
  kpi = wmk_plan_resolve (plan, "A-KPI1a", &error);
  g_assert_no_error (error);
  computed = wmk_kpi_compute_values (plan, kpi);
  g_assert_cmpuint (computed->len, ==, 2);
  g_assert_cmpstr (g_array_index (computed, WmkKpiComputedValue, 0).date, ==, "2023-06-30");
  g_assert_cmpfloat_with_epsilon (g_array_index (computed, WmkKpiComputedValue, 0).value, 58, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (computed, WmkKpiComputedValue, 1).value, 62, 1e-9);
  assert_contains (g_array_index (computed, WmkKpiComputedValue, 1).source, "Family survey");
  g_assert_cmpstr (g_array_index (computed, WmkKpiComputedValue, 1).plugin_name, ==,
                   "Minimal example");

  /* They count for the trajectory: 62% in Sep 2023 is below the line from
   * 54% (Nov 2021) to 75% (Dec 2023). */
  trajectory = wmk_kpi_trajectory_new_for_plan (plan, kpi);
  g_assert_cmpuint (wmk_kpi_trajectory_get_n_measurements (trajectory), ==, 2);
  latest = wmk_kpi_trajectory_get_latest (trajectory);
  g_assert_cmpfloat_with_epsilon (latest->value, 62, 1e-9);
  g_assert_null (latest->id);
  g_assert_nonnull (latest->source);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (trajectory), ==, WMK_KPI_STATUS_OFF_TRAJECTORY);
  g_clear_pointer (&trajectory, wmk_kpi_trajectory_unref);

  /* A measurement stored for the same date wins over the computed value. */
  json_object_set_string_member (measurement, "parent", wmk_entity_get_id (kpi));
  json_object_set_string_member (measurement, "date", "2023-09-30");
  json_object_set_int_member (measurement, "value", 74);
  measurement_id = wmk_plan_create (plan, "measurement", measurement, "Add a measurement", &error);
  g_assert_no_error (error);
  g_clear_pointer (&computed, g_array_unref);
  computed = wmk_kpi_compute_values (plan, kpi);
  g_assert_cmpuint (computed->len, ==, 1);
  g_assert_cmpstr (g_array_index (computed, WmkKpiComputedValue, 0).date, ==, "2023-06-30");
  trajectory = wmk_kpi_trajectory_new_for_plan (plan, kpi);
  g_assert_cmpuint (wmk_kpi_trajectory_get_n_measurements (trajectory), ==, 2);
  latest = wmk_kpi_trajectory_get_latest (trajectory);
  g_assert_cmpstr (latest->id, ==, measurement_id);
  g_assert_null (latest->source);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (trajectory), ==, WMK_KPI_STATUS_ON_TRAJECTORY);

  /* Export and import keep the plugin's items. */
  json = wmk_plan_to_json (plan);
  copy = wmk_plan_import (copy_path, json, "the export", "Test Author", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (copy, "minimal.survey")), ==, 2);
  g_assert_nonnull (wmk_plan_lookup (copy, wmk_entity_get_id (survey)));
  g_assert_cmpint (wmk_entity_get_int (wmk_plan_lookup (copy, wmk_entity_get_id (survey)),
                                       "rated_good", 0), ==, 29);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/plugin-loader/loads-good", test_loads_good);
  ADD ("/wmk/plugin-loader/corrupt-file", test_corrupt_file);
  ADD ("/wmk/plugin-loader/no-symbol", test_no_symbol);
  ADD ("/wmk/plugin-loader/wrong-abi", test_wrong_abi);
  ADD ("/wmk/plugin-loader/wrong-struct-size", test_wrong_struct_size);
  ADD ("/wmk/plugin-loader/bad-id", test_bad_id);
  ADD ("/wmk/plugin-loader/not-a-plugin-class", test_not_a_plugin_class);
  ADD ("/wmk/plugin-loader/failing-setup", test_failing_setup);
  ADD ("/wmk/plugin-loader/duplicate-id", test_duplicate_id);
  ADD ("/wmk/plugin-loader/disabled", test_disabled);
  ADD ("/wmk/plugin-loader/discovery", test_discovery);
  ADD ("/wmk/plugin-loader/default-plugins-in-plans", test_default_plugins_in_plans);
#undef ADD

  return g_test_run ();
}
