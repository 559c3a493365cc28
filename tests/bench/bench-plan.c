/* bench-plan.c: how fast a large plan imports, opens, exports and takes an edit
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A generated plan of 10,000 actions, 500 KPIs of 60 measurements each and
 * 1,000 risks goes through the paths a person waits on: importing a plan
 * file, opening the plan, exporting it, committing one edit and undoing it.
 * Each figure is printed, with its target where there is one; none is
 * asserted, because speed depends on the machine. With --quick the plan is ten times smaller, so the
 * suite 'bench-smoke' can check that this program still runs to completion.
 *
 * The database is on disk, in a temporary folder, and every edit is written
 * with synchronous=FULL as in real use. The files stay in the page cache
 * between runs: the figures are for a warm cache.
 */

#include "wmk-test-support.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-store-private.h"

#define SEED 20260101

#define N_IMPORT_RUNS 3
#define N_OPEN_RUNS 5
#define N_EXPORT_RUNS 5
#define N_EDITS 200
#define N_UNDOS 50
#define N_SAMPLE_RUNS 5

static gboolean quick = FALSE;
static gboolean verbose = FALSE;
static gboolean show_targets = TRUE;
static char *write_plan = NULL;  /* --write-plan: write the generated plan file, run nothing */
static char *temp_dir = NULL;    /* removed on the way out, even after a failure */

/* Timing. */

static gint64
now_us (void)
{
  return g_get_monotonic_time ();
}

static double
ms_since (gint64 start)
{
  return (double) (now_us () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static void
sort_samples (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
}

static double
median (GArray *samples)
{
  guint n = samples->len;

  sort_samples (samples);
  if (n == 0)
    return NAN;
  if (n % 2)
    return g_array_index (samples, double, n / 2);
  return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
}

/* The nearest-rank percentile: the smallest sample that at least @p % of the
 * samples do not exceed. */
static double
percentile (GArray *samples, double p)
{
  guint rank;

  sort_samples (samples);
  if (samples->len == 0)
    return NAN;
  rank = (guint) ceil (p / 100.0 * samples->len);
  return g_array_index (samples, double, CLAMP (rank, 1, samples->len) - 1);
}

static double
maximum (GArray *samples)
{
  sort_samples (samples);
  return samples->len ? g_array_index (samples, double, samples->len - 1) : NAN;
}

/* Output: one figure a line. */

/* With --verbose, every run's time, in the order they ran. */
static void
print_runs (const char *what, GArray *samples)
{
  if (!verbose)
    return;
  g_print ("%-20s runs  ", what);
  for (guint i = 0; i < samples->len; i++)
    g_print (" %.1f", g_array_index (samples, double, i));
  g_print (" ms\n");
}

/* @target_ms: 0 for none; @detail: (nullable): how it was measured */
static void
print_time (const char *what, const char *stat, double ms, double target_ms, const char *detail)
{
  g_autoptr(GString) note = g_string_new (NULL);

  if (show_targets && target_ms > 0)
    g_string_append_printf (note, "target <= %g ms", target_ms);
  if (detail)
    g_string_append_printf (note, "%s%s", note->len ? ", " : "", detail);
  g_print ("%-20s %-6s %9.1f ms", what, stat, ms);
  if (note->len)
    g_print ("   (%s)", note->str);
  if (show_targets && target_ms > 0 && ms > target_ms)
    g_print ("   ** over target **");
  g_print ("\n");
}

static void
print_count (const char *what, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
print_count (const char *what, const char *format, ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("%-20s %s\n", what, text);
}

static void
print_heading (const char *text)
{
  g_print ("\n%s\n", text);
}

/* Failing: an error from the library ends the run with a message. */

static void
check (GError *error, const char *what)
{
  if (error == NULL)
    return;
  g_printerr ("bench-plan: %s failed: %s\n", what, error->message);
  if (temp_dir)
    wmk_test_remove_dir (temp_dir);
  exit (EXIT_FAILURE);
}

static void
require (gboolean condition, const char *what)
{
  if (condition)
    return;
  g_printerr ("bench-plan: %s\n", what);
  if (temp_dir)
    wmk_test_remove_dir (temp_dir);
  exit (EXIT_FAILURE);
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
}

/* Reads a setting of the plan's own connection (settings such as synchronous
 * belong to a connection, so another one would not tell). */
static char *
pragma_text (WmkPlan *plan, const char *sql)
{
  sqlite3 *db = wmk_plan_get_store (plan)->db;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value ? value : g_strdup ("?");
}

/* The benchmarks. */

static void
bench_import (const char *dir, GBytes *json, const char *keep_as)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *detail = NULL;

  for (guint run = 0; run < N_IMPORT_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WmkPlan) plan = NULL;
      g_autofree char *name = g_strdup_printf ("import-%u.waymark", run);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gint64 start = now_us ();
      double ms;

      plan = wmk_plan_import (path, json, "the generated plan", "Benchmark", &error);
      ms = ms_since (start);
      check (error, "import");
      g_array_append_val (times, ms);
      g_clear_object (&plan);
      /* The first import is the plan the other benchmarks use. */
      if (run == 0)
        require (g_rename (path, keep_as) == 0, "could not keep the imported plan");
      else
        remove_database (path);
    }
  print_runs ("import JSON", times);
  detail = g_strdup_printf ("%u runs, includes opening", N_IMPORT_RUNS);
  print_time ("import JSON", "median", median (times), 2000, detail);
}

static void
bench_open (const char *path, const WmkTestPlanSize *size)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) closes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *detail = g_strdup_printf ("%u runs", N_OPEN_RUNS);

  for (guint run = 0; run < N_OPEN_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      WmkPlan *plan;
      gint64 start = now_us ();
      double ms;

      plan = wmk_plan_open (path, &error);
      ms = ms_since (start);
      check (error, "open");
      g_array_append_val (times, ms);
      require (g_list_model_get_n_items (wmk_plan_get_items (plan, "action")) == size->n_actions
               && g_list_model_get_n_items (wmk_plan_get_items (plan, "measurement"))
                    == size->n_kpis * size->n_measurements
               && g_list_model_get_n_items (wmk_plan_get_items (plan, "risk")) == size->n_risks,
               "the opened plan does not hold every action, measurement and risk");

      start = now_us ();
      g_object_unref (plan);
      ms = ms_since (start);
      g_array_append_val (closes, ms);
    }
  print_runs ("open into model", times);
  print_runs ("close (free model)", closes);
  print_time ("open into model", "median", median (times), 300, detail);
  print_time ("close (free model)", "median", median (closes), 0, detail);
}

static void
bench_export (WmkPlan *plan, gsize imported_size)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *detail = g_strdup_printf ("%u runs", N_EXPORT_RUNS);
  gsize size = 0;

  for (guint run = 0; run < N_EXPORT_RUNS; run++)
    {
      g_autoptr(GBytes) json = NULL;
      gint64 start = now_us ();
      double ms;

      json = wmk_plan_to_json (plan);
      ms = ms_since (start);
      g_array_append_val (times, ms);
      size = g_bytes_get_size (json);
    }
  print_runs ("export JSON", times);
  print_time ("export JSON", "median", median (times), 0, detail);
  print_count ("export size", "%" G_GSIZE_FORMAT " bytes (%.1f MB; the imported file was %"
               G_GSIZE_FORMAT " bytes)", size, size / 1e6, imported_size);
}

static void
bench_edits (WmkPlan *plan)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *actions = wmk_plan_get_items (plan, "action");
  guint n_actions = g_list_model_get_n_items (actions);
  gint64 ops_before = wmk_store_count_ops (wmk_plan_get_store (plan));
  g_autofree char *detail = g_strdup_printf ("%u edits", N_EDITS);

  require (n_actions > 0, "the plan has no actions to edit");
  for (guint i = 0; i < N_EDITS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions,
                                                           g_rand_int_range (rand, 0, n_actions));
      g_autoptr(JsonNode) value = NULL;
      const char *field;
      gint64 start;
      double ms;

      /* Every value is new, so that every edit commits an operation. */
      if (g_rand_boolean (rand))
        {
          g_autofree char *note = g_strdup_printf ("Benchmark note %u: chased the team again", i);
          field = "note";
          value = wmk_json_new_string (note);
        }
      else
        {
          g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2030);
          char due[16];

          g_date_add_days (date, i);
          g_date_strftime (due, sizeof due, "%Y-%m-%d", date);
          field = "due";
          value = wmk_json_new_string (due);
        }

      start = now_us ();
      wmk_plan_set (plan, wmk_entity_get_id (action), field, value, &error);
      ms = ms_since (start);
      check (error, "an edit");
      g_array_append_val (times, ms);
    }
  require (wmk_store_count_ops (wmk_plan_get_store (plan)) == ops_before + N_EDITS,
           "an edit did not commit exactly one operation");

  print_runs ("edit (note or due)", times);
  print_time ("edit (note or due)", "median", median (times), 5, detail);
  print_time ("edit (note or due)", "p95", percentile (times, 95), 0, NULL);
  print_time ("edit (note or due)", "max", maximum (times), 0, NULL);
}

static void
bench_undo (WmkPlan *plan)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *detail = g_strdup_printf ("%u undos", N_UNDOS);

  for (guint i = 0; i < N_UNDOS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = now_us ();
      double ms;

      wmk_plan_undo (plan, &error);
      ms = ms_since (start);
      check (error, "undo");
      g_array_append_val (times, ms);
    }
  print_runs ("undo one edit", times);
  print_time ("undo one edit", "median", median (times), 0, detail);
  print_time ("undo one edit", "p95", percentile (times, 95), 0, NULL);
}

static void
bench_sample (const char *dir)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *detail = g_strdup_printf ("%u runs, includes opening", N_SAMPLE_RUNS);
  guint n_entities = 0;

  for (guint run = 0; run < N_SAMPLE_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WmkPlan) plan = NULL;
      g_autofree char *name = g_strdup_printf ("sample-%u.waymark", run);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gint64 start = now_us ();
      double ms;

      plan = wmk_plan_import_sample (path, "Benchmark", &error);
      ms = ms_since (start);
      check (error, "importing the sample plan");
      g_array_append_val (times, ms);
      if (run == 0)
        {
          g_autoptr(GPtrArray) all = wmk_plan_dup_all (plan);
          n_entities = all->len;
        }
      g_clear_object (&plan);
      remove_database (path);
    }
  print_runs ("import Devon sample", times);
  print_time ("import Devon sample", "median", median (times), 0, detail);
  print_count ("sample entities", "%u", n_entities);
}

/* Where it ran. */

static char *
cpu_model (void)
{
  g_autofree char *cpuinfo = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    return g_strdup ("unknown");
  lines = g_strsplit (cpuinfo, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "model name"))
      {
        const char *colon = strchr (lines[i], ':');
        if (colon)
          return g_strstrip (g_strdup (colon + 1));
      }
  return g_strdup ("unknown");
}

static char *
filesystem_type (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileInfo) info = g_file_query_filesystem_info (file,
                                                            G_FILE_ATTRIBUTE_FILESYSTEM_TYPE,
                                                            NULL, NULL);
  const char *type = info ? g_file_info_get_attribute_string (info,
                                                              G_FILE_ATTRIBUTE_FILESYSTEM_TYPE)
                          : NULL;

  return g_strdup (type ? type : "unknown");
}

static void
print_machine (const char *dir, WmkPlan *plan)
{
  g_autofree char *os = g_get_os_info (G_OS_INFO_KEY_PRETTY_NAME);
  g_autofree char *cpu = cpu_model ();
  g_autofree char *fs = filesystem_type (dir);
  static const char *const levels[] = { "OFF", "NORMAL", "FULL", "EXTRA" };
  g_autofree char *synchronous = pragma_text (plan, "PRAGMA synchronous");
  g_autofree char *journal = pragma_text (plan, "PRAGMA journal_mode");
  guint64 level = G_MAXUINT64;

  print_heading ("Machine");
  print_count ("processors", "%u", g_get_num_processors ());
  print_count ("cpu", "%s", cpu);
  print_count ("os", "%s", os ? os : "unknown");
  print_count ("GLib", "%u.%u.%u", glib_major_version, glib_minor_version, glib_micro_version);
  print_count ("json-glib", "%s", JSON_VERSION_S);
  print_count ("SQLite", "%s", sqlite3_libversion ());
  print_count ("build type", "%s", BENCH_BUILDTYPE);
  print_count ("database folder", "%s (%s)", dir, fs);
  /* FULL: every commit waits for the disk. */
  g_ascii_string_to_unsigned (synchronous, 10, 0, G_N_ELEMENTS (levels) - 1, &level, NULL);
  print_count ("sqlite settings", "synchronous=%s journal_mode=%s",
               level < G_N_ELEMENTS (levels) ? levels[level] : synchronous, journal);
}

int
main (int argc, char **argv)
{
  static const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "A ten times smaller plan, to check that the benchmark runs", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print the time of every run", NULL },
    { "write-plan", 0, 0, G_OPTION_ARG_FILENAME, &write_plan,
      "Only write the generated plan file (for tests/bench/bench-window.sh)", "FILE.json" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  WmkTestPlanSize size = { 10000, 500, 60, 1000 };
  gint64 start;
  double ms;

  g_option_context_set_summary (context, "Measures how fast a large Waymark plan imports, opens, "
                                         "exports and takes an edit.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-plan: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (quick)
    {
      /* Ten times fewer items; a KPI keeps its 60 measurements. */
      size = (WmkTestPlanSize) { 1000, 50, 60, 100 };
      show_targets = FALSE;
    }
  if (write_plan)
    {
      json = wmk_test_generate_plan (&size, SEED);
      if (!g_file_set_contents (write_plan, g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                                &error))
        g_printerr ("bench-plan: %s\n", error->message);
      return error ? EXIT_FAILURE : EXIT_SUCCESS;
    }

  dir = wmk_test_make_dir ();
  temp_dir = dir;
  path = g_build_filename (dir, "plan.waymark", NULL);

  g_print ("Waymark plan benchmark%s: %u actions, %u KPIs x %u measurements, %u risks "
           "(seed %u)\n",
           quick ? " (--quick: targets are for the full size and not shown)" : "",
           size.n_actions, size.n_kpis, size.n_measurements, size.n_risks, SEED);

  start = now_us ();
  json = wmk_test_generate_plan (&size, SEED);
  ms = ms_since (start);
  print_count ("plan file", "%" G_GSIZE_FORMAT " bytes (%.1f MB), generated in %.0f ms",
               g_bytes_get_size (json), g_bytes_get_size (json) / 1e6, ms);

  print_heading ("Whole plan");
  bench_import (dir, json, path);
  bench_open (path, &size);

  plan = wmk_plan_open (path, &error);
  check (error, "open");
  wmk_plan_set_author (plan, "Benchmark");
  bench_export (plan, g_bytes_get_size (json));

  print_heading ("One change (synchronous=FULL)");
  bench_edits (plan);
  bench_undo (plan);

  print_heading ("Sample plan");
  bench_sample (dir);

  print_heading ("Size");
  all = wmk_plan_dup_all (plan);
  print_count ("entities", "%u live", all->len);
  print_count ("operations", "%" G_GINT64_FORMAT " (the import, %u edits and %u undos)",
               wmk_store_count_ops (wmk_plan_get_store (plan)), N_EDITS, N_UNDOS);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    GStatBuf st, st_wal;

    if (g_stat (path, &st) == 0)
      print_count ("database size", "%" G_GINT64_FORMAT " bytes (%.1f MB) + %" G_GINT64_FORMAT
                   " bytes of write-ahead log", (gint64) st.st_size, st.st_size / 1e6,
                   g_stat (wal, &st_wal) == 0 ? (gint64) st_wal.st_size : (gint64) 0);
  }

  print_machine (dir, plan);

  g_clear_object (&plan);
  wmk_test_remove_dir (dir);
  temp_dir = NULL;
  return EXIT_SUCCESS;
}
