/* test-ehc-forecast.c: the EHC backlog calculations, against worked examples
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each example is worked by hand in its comment; the code must agree.
 */

#include <math.h>
#include <string.h>

#include "../wmk-ehc-forecast.h"

#define JAN_2023 (2023 * 12)
#define NOV_2023 (2023 * 12 + 10)
#define JAN_2024 (2024 * 12)

static WmkEhcMonth
month_new (int index)
{
  WmkEhcMonth m = { index };

  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    m.figure[f] = NAN;
  return m;
}

/* Months from @first with the total backlog split 3:1 between reviews and
 * assessments; a negative value leaves the month out. */
static GArray *
backlog_months (int first, const int *totals, guint n)
{
  GArray *months = g_array_new (FALSE, TRUE, sizeof (WmkEhcMonth));

  for (guint i = 0; i < n; i++)
    {
      WmkEhcMonth m = month_new (first + (int) i);

      if (totals[i] < 0)
        continue;
      m.figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE] = totals[i] * 3 / 4;
      m.figure[WMK_EHC_ASSESSMENT_BACKLOG] = totals[i] - totals[i] * 3 / 4;
      g_array_append_val (months, m);
    }
  return months;
}

static void
test_month_index (void)
{
  g_autofree char *start = wmk_ehc_month_date (2023 * 12 + 2);
  g_autofree char *end = wmk_ehc_month_end (2024 * 12 + 1);
  g_autofree char *count = wmk_ehc_format_count (1600);
  g_autofree char *big = wmk_ehc_format_count (1234567);
  g_autofree char *small = wmk_ehc_format_count (999);

  g_assert_cmpint (wmk_ehc_month_index ("2023-03-17"), ==, 24278);
  g_assert_cmpint (wmk_ehc_month_index ("2023-13-01"), ==, -1);
  g_assert_cmpstr (start, ==, "2023-03-01");
  g_assert_cmpstr (end, ==, "2024-02-29"); /* a leap year */
  g_assert_cmpstr (count, ==, "1,600");
  g_assert_cmpstr (big, ==, "1,234,567");
  g_assert_cmpstr (small, ==, "999");
}

/* 47 of 80 issued within 20 weeks: 58.75%. None issued: no percentage. */
static void
test_ratio (void)
{
  WmkEhcMonth m = month_new (JAN_2024);
  WmkEhcRatio r;

  m.figure[WMK_EHC_ASSESSMENTS_ISSUED] = 80;
  m.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] = 47;
  g_assert_true (wmk_ehc_month_ratio (&m, &r));
  g_assert_cmpfloat_with_epsilon (r.percent, 58.75, 1e-9);
  g_assert_cmpfloat (r.within, ==, 47);
  g_assert_cmpfloat (r.issued, ==, 80);

  m.figure[WMK_EHC_ASSESSMENTS_ISSUED] = 0;
  m.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] = 0;
  g_assert_false (wmk_ehc_month_ratio (&m, &r));
  g_assert_true (isnan (r.percent));
}

/* Fourteen months from January 2023, 10 issued each, i within 20 weeks in
 * month i (0…13). The 12 months to February 2024 (i = 13) are i = 2…13:
 * 2 + … + 13 = 90 of 120 = 75%. Leaving out month 5 (June 2023): 85 of 110
 * = 77.27%, over 11 months: summed, not an average of the percentages. */
static void
test_rolling (void)
{
  g_autoptr(GArray) months = g_array_new (FALSE, TRUE, sizeof (WmkEhcMonth));
  g_autoptr(GArray) rolling = NULL, gap = NULL;
  WmkEhcRatio *r;

  for (int i = 0; i < 14; i++)
    {
      WmkEhcMonth m = month_new (JAN_2023 + i);

      m.figure[WMK_EHC_ASSESSMENTS_ISSUED] = 10;
      m.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] = i;
      g_array_append_val (months, m);
    }
  rolling = wmk_ehc_rolling_ratios ((WmkEhcMonth *) months->data, months->len, 12);
  r = &g_array_index (rolling, WmkEhcRatio, 13);
  g_assert_cmpfloat (r->within, ==, 90);
  g_assert_cmpfloat (r->issued, ==, 120);
  g_assert_cmpfloat_with_epsilon (r->percent, 75, 1e-9);
  g_assert_cmpuint (r->months, ==, 12);
  /* The first month: only itself, 0 of 10. */
  g_assert_cmpfloat_with_epsilon (g_array_index (rolling, WmkEhcRatio, 0).percent, 0, 1e-9);

  g_array_remove_index (months, 5);
  gap = wmk_ehc_rolling_ratios ((WmkEhcMonth *) months->data, months->len, 12);
  r = &g_array_index (gap, WmkEhcRatio, 12);
  g_assert_cmpfloat (r->within, ==, 85);
  g_assert_cmpfloat (r->issued, ==, 110);
  g_assert_cmpfloat_with_epsilon (r->percent, 850.0 / 11, 1e-9);
  g_assert_cmpuint (r->months, ==, 11);
}

/* 7,900 plans and 16 caseworkers: 493.75 each; 8,580 and 42: 204.29. */
static void
test_caseload (void)
{
  WmkEhcMonth m = month_new (JAN_2023);

  g_assert_true (isnan (wmk_ehc_caseload (&m)));
  m.figure[WMK_EHC_EHC_PLANS] = 7900;
  m.figure[WMK_EHC_CASEWORKER_FTE] = 16;
  g_assert_cmpfloat_with_epsilon (wmk_ehc_caseload (&m), 493.75, 1e-9);
  m.figure[WMK_EHC_EHC_PLANS] = 8580;
  m.figure[WMK_EHC_CASEWORKER_FTE] = 42;
  g_assert_cmpfloat_with_epsilon (wmk_ehc_caseload (&m), 204.2857, 1e-4);
  m.figure[WMK_EHC_CASEWORKER_FTE] = 0;
  g_assert_true (isnan (wmk_ehc_caseload (&m)));
}

/* 1,600 reviews in January 2023 cleared by the end of November 2023: ten
 * months, 160 a month; 500 assessments: 50 a month. */
static void
test_needed_rate (void)
{
  g_assert_cmpfloat_with_epsilon (wmk_ehc_needed_rate (1600, JAN_2023, NOV_2023), 160, 1e-9);
  g_assert_cmpfloat_with_epsilon (wmk_ehc_needed_rate (500, JAN_2023, NOV_2023), 50, 1e-9);
  g_assert_true (isnan (wmk_ehc_needed_rate (500, NOV_2023, NOV_2023)));
  g_assert_true (isnan (wmk_ehc_needed_rate (500, JAN_2024, NOV_2023)));
}

/* January to June 2024: 1,000, 900, 800, 650, 500, 450. Over the last 3
 * months (March 800 → June 450) it fell 350, 116.7 a month; 450 ÷ 116.7 =
 * 3.86, so 4 months: it clears in October 2024, 11 months after November
 * 2023. */
static void
test_forecast_clearing (void)
{
  static const int totals[] = { 1000, 900, 800, 650, 500, 450 };
  g_autoptr(GArray) months = backlog_months (JAN_2024, totals, G_N_ELEMENTS (totals));
  WmkEhcSettings settings;
  WmkEhcForecast f;
  g_autofree char *sentence = NULL;

  wmk_ehc_settings_init (&settings);
  wmk_ehc_forecast ((WmkEhcMonth *) months->data, months->len, WMK_EHC_BACKLOG_TOTAL, 3,
                    NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_CLEARING);
  g_assert_cmpint (f.latest_month, ==, JAN_2024 + 5);
  g_assert_cmpfloat (f.latest, ==, 450);
  g_assert_cmpint (f.from_month, ==, JAN_2024 + 2);
  g_assert_cmpfloat (f.from, ==, 800);
  g_assert_cmpfloat_with_epsilon (f.rate, 350.0 / 3, 1e-9);
  g_assert_cmpint (f.clear_month, ==, JAN_2024 + 9);
  g_assert_true (isnan (f.needed_rate)); /* the target has passed */
  sentence = wmk_ehc_forecast_sentence (&f, &settings, WMK_EHC_BACKLOG_TOTAL);
  g_assert_cmpstr (sentence, ==, "At the rate of the last 3 months, the backlog of 450 falls by "
                                 "117 a month and clears in October 2024, 11 months after the "
                                 "November 2023 target.");
}

/* 300 left at 100 a month is exactly 3 months: cleared in the third. */
static void
test_forecast_exact (void)
{
  static const int totals[] = { 600, 500, 400, 300 };
  g_autoptr(GArray) months = backlog_months (JAN_2023, totals, G_N_ELEMENTS (totals));
  WmkEhcSettings settings;
  WmkEhcForecast f;
  g_autofree char *sentence = NULL;

  wmk_ehc_settings_init (&settings);
  wmk_ehc_forecast ((WmkEhcMonth *) months->data, months->len, WMK_EHC_BACKLOG_TOTAL, 3,
                    NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_CLEARING);
  g_assert_cmpfloat_with_epsilon (f.rate, 100, 1e-9);
  g_assert_cmpint (f.clear_month, ==, JAN_2023 + 3 + 3); /* July 2023 */
  /* April to November: 7 months, 300 ÷ 7 = 42.9 a month would do. */
  g_assert_cmpint (f.months_left, ==, 7);
  g_assert_cmpfloat_with_epsilon (f.needed_rate, 300.0 / 7, 1e-9);
  sentence = wmk_ehc_forecast_sentence (&f, &settings, WMK_EHC_BACKLOG_TOTAL);
  g_assert_nonnull (strstr (sentence, "clears in July 2023, in time for the November 2023 target"));
}

/* Growing by 20 a month, or flat: not clearing at the current rate. */
static void
test_forecast_growing (void)
{
  static const int growing[] = { 500, 520, 540, 560 }, flat[] = { 500, 500, 500, 500 };
  g_autoptr(GArray) up = backlog_months (JAN_2023, growing, G_N_ELEMENTS (growing));
  g_autoptr(GArray) level = backlog_months (JAN_2023, flat, G_N_ELEMENTS (flat));
  WmkEhcSettings settings;
  WmkEhcForecast f;
  g_autofree char *grew = NULL, *same = NULL;

  wmk_ehc_settings_init (&settings);
  wmk_ehc_forecast ((WmkEhcMonth *) up->data, up->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_NOT_CLEARING);
  g_assert_cmpfloat_with_epsilon (f.rate, -20, 1e-9);
  g_assert_cmpint (f.clear_month, ==, -1);
  grew = wmk_ehc_forecast_sentence (&f, &settings, WMK_EHC_BACKLOG_TOTAL);
  g_assert_cmpstr (grew, ==, "Over the last 3 months the backlog of 560 grew by 20 a month: not "
                             "clearing at the current rate.");

  wmk_ehc_forecast ((WmkEhcMonth *) level->data, level->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023,
                    &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_NOT_CLEARING);
  same = wmk_ehc_forecast_sentence (&f, &settings, WMK_EHC_BACKLOG_TOTAL);
  g_assert_nonnull (strstr (same, "did not fall: not clearing at the current rate"));
}

/* March missing: the window to April starts in January (April − 3), so the
 * rate is (800 − 500) ÷ 3 = 100. With only January two months before… */
static void
test_forecast_gaps (void)
{
  static const int gap[] = { 800, 700, -1, 500 }, old[] = { 800, -1, -1, -1, -1, 500 };
  static const int one[] = { 500 }, zero[] = { 300, 0 };
  g_autoptr(GArray) g = backlog_months (JAN_2023, gap, G_N_ELEMENTS (gap));
  g_autoptr(GArray) o = backlog_months (JAN_2023, old, G_N_ELEMENTS (old));
  g_autoptr(GArray) s = backlog_months (JAN_2023, one, G_N_ELEMENTS (one));
  g_autoptr(GArray) z = backlog_months (JAN_2023, zero, G_N_ELEMENTS (zero));
  WmkEhcForecast f;

  wmk_ehc_forecast ((WmkEhcMonth *) g->data, g->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.from_month, ==, JAN_2023);
  g_assert_cmpfloat_with_epsilon (f.rate, 100, 1e-9);
  g_assert_cmpint (f.clear_month, ==, JAN_2023 + 3 + 5);

  /* …but a figure five months before June is outside a 3-month window. */
  wmk_ehc_forecast ((WmkEhcMonth *) o->data, o->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_TOO_FEW);
  wmk_ehc_forecast ((WmkEhcMonth *) o->data, o->len, WMK_EHC_BACKLOG_TOTAL, 6, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_CLEARING);
  g_assert_cmpfloat_with_epsilon (f.rate, 60, 1e-9);

  wmk_ehc_forecast ((WmkEhcMonth *) s->data, s->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_TOO_FEW);
  wmk_ehc_forecast ((WmkEhcMonth *) z->data, z->len, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_CLEARED);
  wmk_ehc_forecast (NULL, 0, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &f);
  g_assert_cmpint (f.state, ==, WMK_EHC_FORECAST_NO_FIGURES);
}

/* The total needs both figures: a month with reviews only counts for reviews. */
static void
test_forecast_series (void)
{
  g_autoptr(GArray) months = g_array_new (FALSE, TRUE, sizeof (WmkEhcMonth));
  WmkEhcForecast reviews, total;

  for (int i = 0; i < 4; i++)
    {
      WmkEhcMonth m = month_new (JAN_2023 + i);

      m.figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE] = 1600 - 150 * i;
      if (i < 3)
        m.figure[WMK_EHC_ASSESSMENT_BACKLOG] = 500 - 50 * i;
      g_array_append_val (months, m);
    }
  wmk_ehc_forecast ((WmkEhcMonth *) months->data, 4, WMK_EHC_BACKLOG_REVIEWS, 3, NOV_2023,
                    &reviews);
  wmk_ehc_forecast ((WmkEhcMonth *) months->data, 4, WMK_EHC_BACKLOG_TOTAL, 3, NOV_2023, &total);
  g_assert_cmpint (reviews.latest_month, ==, JAN_2023 + 3);
  g_assert_cmpfloat (reviews.latest, ==, 1150);
  g_assert_cmpint (total.latest_month, ==, JAN_2023 + 2);
  g_assert_cmpfloat (total.latest, ==, 1300 + 400);
  g_assert_cmpfloat_with_epsilon (total.rate, 200, 1e-9);
  /* March to November 2023: 8 months; 1,700 ÷ 8 = 212.5 a month needed. */
  g_assert_cmpfloat_with_epsilon (total.needed_rate, 212.5, 1e-9);
}

/* The plan's own figures, as the page says them. */
static void
test_summary_sentences (void)
{
  static const int totals[] = { 2100, 2032, 1925, 1795, 1660, 1528, 1420 };
  g_autoptr(GArray) months = backlog_months (JAN_2023, totals, G_N_ELEMENTS (totals));
  WmkEhcSettings settings;
  WmkEhcSummary summary;
  g_autofree char *needed = NULL;

  wmk_ehc_settings_init (&settings);
  wmk_ehc_summary_compute ((WmkEhcMonth *) months->data, months->len, &settings, &summary);
  g_assert_cmpfloat_with_epsilon (summary.plan_reviews_rate, 160, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary.plan_assessments_rate, 50, 1e-9);
  g_assert_true (isnan (summary.caseload));
  g_assert_cmpint (summary.latest_ratio_month, ==, -1);
  /* July 2023, 1,420 left, four months to November: 355 a month. */
  needed = wmk_ehc_needed_sentence (&summary, &settings);
  g_assert_cmpstr (needed, ==, "Clearing 1,600 overdue annual reviews and 500 needs assessments "
                               "between January 2023 and November 2023 needs 160 reviews and 50 "
                               "assessments a month. From July 2023, the 1,420 left need 355 a "
                               "month.");
  /* April → July: (1,795 − 1,420) ÷ 3 = 125 a month; 1,420 ÷ 125 = 11.4, so 12 months: July 2024. */
  g_assert_cmpint (summary.total.state, ==, WMK_EHC_FORECAST_CLEARING);
  g_assert_cmpint (summary.total.clear_month, ==, JAN_2024 + 6);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ehc/forecast/month-index", test_month_index);
  g_test_add_func ("/ehc/forecast/ratio", test_ratio);
  g_test_add_func ("/ehc/forecast/rolling-12-months", test_rolling);
  g_test_add_func ("/ehc/forecast/caseload", test_caseload);
  g_test_add_func ("/ehc/forecast/needed-rate", test_needed_rate);
  g_test_add_func ("/ehc/forecast/clearing", test_forecast_clearing);
  g_test_add_func ("/ehc/forecast/exact-months", test_forecast_exact);
  g_test_add_func ("/ehc/forecast/growing", test_forecast_growing);
  g_test_add_func ("/ehc/forecast/gaps", test_forecast_gaps);
  g_test_add_func ("/ehc/forecast/series", test_forecast_series);
  g_test_add_func ("/ehc/forecast/summary-sentences", test_summary_sentences);
  return g_test_run ();
}
