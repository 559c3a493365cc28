/* bench-ehc-forecast.c: the EHC backlog forecast over ten years of monthly figures
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target: <= 5 ms for everything the page computes from 120 months (the
 * summary: three clearance forecasts, the latest and 12-month timeliness,
 * caseload; and the 12-month ratio of every month for the chart), read
 * from a real plan of this plugin's entities. Printed, never asserted.
 * --quick runs a few rounds, so that the code cannot rot unnoticed.
 */

#include <glib/gstdio.h>
#include <math.h>
#include <waymark.h>

#include "../wmk-ehc-forecast.h"

#define N_MONTHS 120

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what, GArray *times)
{
  double total = 0;

  g_array_sort (times, compare_double);
  for (guint i = 0; i < times->len; i++)
    total += g_array_index (times, double, i);
  g_print ("%-58s median %8.3f ms  mean %8.3f ms  max %8.3f ms  (%u runs; target <= 5 ms)\n",
           what, g_array_index (times, double, times->len / 2), total / times->len,
           g_array_index (times, double, times->len - 1), times->len);
}

static void
fill (WmkEhcMonth *m, int i)
{
  m->index = 2015 * 12 + i;
  m->figure[WMK_EHC_REQUESTS_RECEIVED] = 110 + i % 20;
  m->figure[WMK_EHC_ASSESSMENTS_ISSUED] = 70 + i % 15;
  m->figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] = 10 + i % 50;
  m->figure[WMK_EHC_ANNUAL_REVIEWS_DUE] = 600 + i;
  m->figure[WMK_EHC_ANNUAL_REVIEWS_COMPLETED] = 620 + i;
  m->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE] = 2400 - 19 * i;
  m->figure[WMK_EHC_ASSESSMENT_BACKLOG] = 600 - 4 * i;
  m->figure[WMK_EHC_CASEWORKER_FTE] = 16 + i / 5.0;
  m->figure[WMK_EHC_EHC_PLANS] = 7000 + 20 * i;
  m->figure[WMK_EHC_EP_ADVICE_WAITING] = 400 - 2 * i;
}

static void
compute (const WmkEhcMonth *months, guint n, const WmkEhcSettings *settings)
{
  WmkEhcSummary summary;
  g_autoptr(GArray) rolling = wmk_ehc_rolling_ratios (months, n, 12);
  g_autofree char *sentence = NULL;

  wmk_ehc_summary_compute (months, n, settings, &summary);
  sentence = wmk_ehc_forecast_sentence (&summary.total, settings, WMK_EHC_BACKLOG_TOTAL);
  g_assert (sentence && rolling->len == n);
}

int
main (int argc, char **argv)
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  guint rounds = quick ? 5 : 500;
  WmkEhcMonth months[N_MONTHS] = { 0 };
  WmkEhcSettings settings;
  g_autoptr(GArray) pure = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) planned = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(GError) error = NULL;

  wmk_ehc_settings_init (&settings);
  for (int i = 0; i < N_MONTHS; i++)
    fill (&months[i], i);

  for (guint r = 0; r < rounds; r++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      compute (months, N_MONTHS, &settings);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (pure, ms);
    }
  report ("forecast, 120 months in memory", pure);

  /* The same from a plan, as the page and the tiles do it: the plugin's
   * types come from WAYMARK_PLUGIN_PATH (this plugin's build folder). */
  wmk_plugins_load_default (NULL);
  dir = g_dir_make_tmp ("wmk-ehc-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.waymark", NULL);
  plan = wmk_plan_new_empty (path, "Bench", "Bench", &error);
  g_assert_no_error (error);
  edit = wmk_plan_begin (plan, "Ten years of figures");
  for (int i = 0; i < N_MONTHS; i++)
    {
      g_autoptr(JsonObject) fields = wmk_ehc_month_to_fields (&months[i]);
      g_autofree char *id = wmk_edit_create (edit, WMK_EHC_MONTH, fields, &error);

      if (id == NULL)
        {
          g_printerr ("The plugin's types are not loaded (%s): set WAYMARK_PLUGIN_PATH.\n",
                      error->message);
          return 1;
        }
    }
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);

  for (guint r = 0; r < rounds; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) read = NULL;
      WmkEhcSettings s;
      double ms;

      read = wmk_ehc_months_read (plan);
      wmk_ehc_settings_read (plan, &s);
      compute ((WmkEhcMonth *) read->data, read->len, &s);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (planned, ms);
    }
  report ("forecast, 120 months read from a plan", planned);

  g_clear_object (&plan);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL), *shm = g_strconcat (path, "-shm", NULL);

    g_remove (path), g_remove (wal), g_remove (shm), g_rmdir (dir);
  }
  return 0;
}
