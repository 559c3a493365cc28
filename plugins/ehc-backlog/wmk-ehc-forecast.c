/* wmk-ehc-forecast.c: timeliness, caseload and the backlog burn-down forecast
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas (docs/plugins.md, "EHC plan backlog"):
 *   - % issued within 20 weeks = within ÷ issued, for one month, or summed
 *     over the 12 months to a month (never an average of percentages);
 *   - caseload per caseworker = EHC plans maintained ÷ caseworker FTE;
 *   - trailing throughput = (backlog w months ago − backlog now) ÷ w, the net
 *     fall a month over the window (w = 3 by default; the earliest month in
 *     the window when some are missing);
 *   - clearance month = latest month + ⌈backlog ÷ throughput⌉, only when the
 *     throughput is positive: otherwise "not clearing at the current rate";
 *   - rate needed = backlog ÷ months left to the target month.
 * Months are counted as whole months between month-end figures: January's
 * figures are as at the end of January, so 1,600 overdue in January cleared
 * by the end of November needs 1,600 ÷ 10 = 160 a month.
 */

#include "wmk-ehc-forecast.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* Returns: whether any plans were issued, so that @ratio has a percentage */
gboolean
wmk_ehc_month_ratio (const WmkEhcMonth *month, WmkEhcRatio *ratio)
{
  double within = month->figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS];
  double issued = month->figure[WMK_EHC_ASSESSMENTS_ISSUED];

  *ratio = (WmkEhcRatio) { 0, 0, NAN, 0 };
  if (isnan (within) || isnan (issued))
    return FALSE;
  *ratio = (WmkEhcRatio) { within, issued, issued > 0 ? 100.0 * within / issued : NAN, 1 };
  return issued > 0;
}

/**
 * wmk_ehc_rolling_ratios:
 * @months: sorted by month
 * @span: months in each window (12)
 *
 * For each month, the ratio over the @span months to it: the months whose
 * index is in (index − @span, index], each counted if it has both figures.
 *
 * Returns: (transfer full): a #GArray of #WmkEhcRatio, one per month
 */
GArray *
wmk_ehc_rolling_ratios (const WmkEhcMonth *months, guint n_months, guint span)
{
  GArray *out = g_array_sized_new (FALSE, TRUE, sizeof (WmkEhcRatio), n_months);
  double within = 0, issued = 0;
  guint counted = 0, first = 0;

  for (guint i = 0; i < n_months; i++)
    {
      WmkEhcRatio r, add;

      if (wmk_ehc_month_ratio (&months[i], &add) || add.months)
        within += add.within, issued += add.issued, counted += add.months;
      for (; months[first].index <= months[i].index - (int) span; first++)
        {
          WmkEhcRatio drop;

          if (wmk_ehc_month_ratio (&months[first], &drop) || drop.months)
            within -= drop.within, issued -= drop.issued, counted -= drop.months;
        }
      r = (WmkEhcRatio) { within, issued, issued > 0 ? 100.0 * within / issued : NAN, counted };
      g_array_append_val (out, r);
    }
  return out;
}

/* Returns: EHC plans maintained per full-time caseworker, or NAN */
double
wmk_ehc_caseload (const WmkEhcMonth *month)
{
  double plans = month->figure[WMK_EHC_EHC_PLANS], fte = month->figure[WMK_EHC_CASEWORKER_FTE];

  if (isnan (plans) || isnan (fte) || fte <= 0)
    return NAN;
  return plans / fte;
}

double
wmk_ehc_backlog_value (const WmkEhcMonth *month, WmkEhcBacklog which)
{
  double reviews = month->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE];
  double assessments = month->figure[WMK_EHC_ASSESSMENT_BACKLOG];

  switch (which)
    {
    case WMK_EHC_BACKLOG_REVIEWS:
      return reviews;
    case WMK_EHC_BACKLOG_ASSESSMENTS:
      return assessments;
    case WMK_EHC_BACKLOG_TOTAL:
    default:
      return reviews + assessments; /* NAN if either is */
    }
}

/* Returns: @backlog ÷ (@target_month − @from_month), or NAN once no month is left */
double
wmk_ehc_needed_rate (double backlog, int from_month, int target_month)
{
  if (isnan (backlog) || target_month <= from_month)
    return NAN;
  return MAX (backlog, 0) / (double) (target_month - from_month);
}

/**
 * wmk_ehc_forecast:
 * @months: sorted by month
 * @which: the backlog to forecast
 * @window: months of trailing throughput (3)
 * @target_month: the month it should be cleared by
 *
 * The clearance forecast from the latest month with the figure.
 */
void
wmk_ehc_forecast (const WmkEhcMonth *months, guint n_months, WmkEhcBacklog which,
                  guint window, int target_month, WmkEhcForecast *forecast)
{
  int latest = -1, from = -1;

  *forecast = (WmkEhcForecast) { WMK_EHC_FORECAST_NO_FIGURES, -1, NAN, -1, NAN, NAN, -1, 0, NAN };
  for (int i = (int) n_months - 1; i >= 0 && latest < 0; i--)
    if (!isnan (wmk_ehc_backlog_value (&months[i], which)))
      latest = i;
  if (latest < 0)
    return;

  forecast->latest_month = months[latest].index;
  forecast->latest = wmk_ehc_backlog_value (&months[latest], which);
  forecast->months_left = target_month - forecast->latest_month;
  forecast->needed_rate = wmk_ehc_needed_rate (forecast->latest, forecast->latest_month,
                                               target_month);
  /* The earliest month with the figure within the window before the latest. */
  for (int i = latest - 1; i >= 0 && months[i].index >= forecast->latest_month - (int) window; i--)
    if (!isnan (wmk_ehc_backlog_value (&months[i], which)))
      from = i;
  if (from >= 0)
    {
      forecast->from_month = months[from].index;
      forecast->from = wmk_ehc_backlog_value (&months[from], which);
      forecast->rate = (forecast->from - forecast->latest)
                       / (double) (forecast->latest_month - forecast->from_month);
    }

  if (forecast->latest <= 0)
    forecast->state = WMK_EHC_FORECAST_CLEARED;
  else if (from < 0)
    forecast->state = WMK_EHC_FORECAST_TOO_FEW;
  else if (forecast->rate <= 0)
    forecast->state = WMK_EHC_FORECAST_NOT_CLEARING;
  else
    {
      forecast->state = WMK_EHC_FORECAST_CLEARING;
      /* A hair under a whole month is that month: 300 at 100 a month is 3 months. */
      forecast->clear_month = forecast->latest_month
                              + (int) ceil (forecast->latest / forecast->rate - 1e-9);
    }
}

/**
 * wmk_ehc_summary_compute:
 *
 * The figures the page's header, the tiles and the report state.
 */
void
wmk_ehc_summary_compute (const WmkEhcMonth *months, guint n_months,
                         const WmkEhcSettings *settings, WmkEhcSummary *summary)
{
  *summary = (WmkEhcSummary) {
    .n_months = n_months,
    .latest_month = n_months ? months[n_months - 1].index : -1,
    .latest_ratio = { 0, 0, NAN, 0 },
    .latest_ratio_month = -1,
    .rolling_ratio = { 0, 0, NAN, 0 },
    .caseload = NAN,
    .caseload_month = -1,
  };

  for (int i = (int) n_months - 1; i >= 0; i--)
    if (wmk_ehc_month_ratio (&months[i], &summary->latest_ratio))
      {
        g_autoptr(GArray) rolling = wmk_ehc_rolling_ratios (months, i + 1, 12);

        summary->latest_ratio_month = months[i].index;
        summary->rolling_ratio = g_array_index (rolling, WmkEhcRatio, i);
        break;
      }
  if (summary->latest_ratio_month < 0)
    summary->latest_ratio = (WmkEhcRatio) { 0, 0, NAN, 0 };

  for (int i = (int) n_months - 1; i >= 0 && summary->caseload_month < 0; i--)
    if (!isnan (summary->caseload = wmk_ehc_caseload (&months[i])))
      summary->caseload_month = months[i].index;

  wmk_ehc_forecast (months, n_months, WMK_EHC_BACKLOG_REVIEWS, settings->window,
                    settings->clearance_month, &summary->reviews);
  wmk_ehc_forecast (months, n_months, WMK_EHC_BACKLOG_ASSESSMENTS, settings->window,
                    settings->clearance_month, &summary->assessments);
  wmk_ehc_forecast (months, n_months, WMK_EHC_BACKLOG_TOTAL, settings->window,
                    settings->clearance_month, &summary->total);
  summary->plan_reviews_rate = wmk_ehc_needed_rate (settings->baseline_reviews,
                                                    settings->baseline_month,
                                                    settings->clearance_month);
  summary->plan_assessments_rate = wmk_ehc_needed_rate (settings->baseline_assessments,
                                                        settings->baseline_month,
                                                        settings->clearance_month);
}

/* Returns: (transfer full): "46%", or "–" */
char *
wmk_ehc_percent_text (double percent)
{
  if (isnan (percent))
    return g_strdup ("–");
  return g_strdup_printf ("%.0f%%", percent);
}

static char *
backlog_phrase (WmkEhcBacklog which, double value)
{
  g_autofree char *count = wmk_ehc_format_count (value);
  gulong n = (gulong) MAX (round (value), 0);

  switch (which)
    {
    case WMK_EHC_BACKLOG_REVIEWS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the %s overdue annual review",
                                           "the %s overdue annual reviews", n), count);
    case WMK_EHC_BACKLOG_ASSESSMENTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the %s needs assessment waiting",
                                           "the %s needs assessments waiting", n), count);
    case WMK_EHC_BACKLOG_TOTAL:
    default:
      return g_strdup_printf (_("the backlog of %s"), count);
    }
}

/**
 * wmk_ehc_forecast_sentence:
 * @which: the backlog @forecast is of
 *
 * Returns: (transfer full): the forecast in one sentence ("At the rate of the
 *   last 3 months, the backlog of 420 falls by 96 a month and clears in
 *   October 2024, 11 months after the November 2023 target.")
 */
char *
wmk_ehc_forecast_sentence (const WmkEhcForecast *forecast, const WmkEhcSettings *settings,
                           WmkEhcBacklog which)
{
  g_autofree char *what = backlog_phrase (which, forecast->latest);
  g_autofree char *target = wmk_ehc_month_long_name (settings->clearance_month);
  g_autofree char *latest = NULL, *clears = NULL, *rate = NULL;
  guint w = settings->window;

  if (forecast->state == WMK_EHC_FORECAST_NO_FIGURES)
    return g_strdup (_("No backlog figures yet: add a month or import the figures."));
  latest = wmk_ehc_month_long_name (forecast->latest_month);
  rate = wmk_ehc_format_count (fabs (forecast->rate));
  switch (forecast->state)
    {
    case WMK_EHC_FORECAST_CLEARED:
      return g_strdup_printf (_("Cleared: none left in %s."), latest);
    case WMK_EHC_FORECAST_TOO_FEW:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "No forecast for %s yet: it needs figures for a month "
                                           "within the %u month before %s.",
                                           "No forecast for %s yet: it needs figures for a month "
                                           "within the %u months before %s.", w),
                              what, w, latest);
    case WMK_EHC_FORECAST_NOT_CLEARING:
      if (forecast->rate < 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Over the last %u month %s grew by %s a month: not "
                                             "clearing at the current rate.",
                                             "Over the last %u months %s grew by %s a month: not "
                                             "clearing at the current rate.", w),
                                w, what, rate);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Over the last %u month %s did not fall: not clearing "
                                           "at the current rate.",
                                           "Over the last %u months %s did not fall: not clearing "
                                           "at the current rate.", w),
                              w, what);
    case WMK_EHC_FORECAST_CLEARING:
    default:
      clears = wmk_ehc_month_long_name (forecast->clear_month);
      if (forecast->clear_month <= settings->clearance_month)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "At the rate of the last %u month, %s falls by %s a "
                                             "month and clears in %s, in time for the %s target.",
                                             "At the rate of the last %u months, %s falls by %s a "
                                             "month and clears in %s, in time for the %s target.",
                                             w),
                                w, what, rate, clears, target);
      {
        int late = forecast->clear_month - settings->clearance_month;
        g_autofree char *after = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%d month after the %s target",
                                                               "%d months after the %s target",
                                                               late),
                                                  late, target);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "At the rate of the last %u month, %s falls by %s a "
                                             "month and clears in %s, %s.",
                                             "At the rate of the last %u months, %s falls by %s a "
                                             "month and clears in %s, %s.", w),
                                w, what, rate, clears, after);
      }
    }
}

/**
 * wmk_ehc_needed_sentence:
 *
 * Returns: (transfer full): the monthly rates the plan's target needed, and
 *   what clearing the rest by the target would need now
 */
char *
wmk_ehc_needed_sentence (const WmkEhcSummary *summary, const WmkEhcSettings *settings)
{
  g_autofree char *reviews = wmk_ehc_format_count (settings->baseline_reviews);
  g_autofree char *assessments = wmk_ehc_format_count (settings->baseline_assessments);
  g_autofree char *from = wmk_ehc_month_long_name (settings->baseline_month);
  g_autofree char *to = wmk_ehc_month_long_name (settings->clearance_month);
  g_autofree char *reviews_rate = wmk_ehc_format_count (ceil (summary->plan_reviews_rate));
  g_autofree char *assessments_rate = wmk_ehc_format_count (ceil (summary->plan_assessments_rate));
  g_autofree char *plan = NULL;
  const WmkEhcForecast *total = &summary->total;

  if (isnan (summary->plan_reviews_rate))
    plan = g_strdup_printf (_("The clearance target, %s, is not after the baseline month, %s."),
                            to, from);
  else
    plan = g_strdup_printf (_("Clearing %s overdue annual reviews and %s needs assessments "
                              "between %s and %s needs %s reviews and %s assessments a month."),
                            reviews, assessments, from, to, reviews_rate, assessments_rate);

  if (total->state == WMK_EHC_FORECAST_NO_FIGURES || total->state == WMK_EHC_FORECAST_CLEARED)
    return g_steal_pointer (&plan);
  if (!isnan (total->needed_rate))
    {
      g_autofree char *left = wmk_ehc_format_count (total->latest);
      g_autofree char *needed = wmk_ehc_format_count (ceil (total->needed_rate));
      g_autofree char *when = wmk_ehc_month_long_name (total->latest_month);

      return g_strdup_printf (_("%s From %s, the %s left need %s a month."), plan, when, left,
                              needed);
    }
  {
    g_autofree char *left = wmk_ehc_format_count (total->latest);
    g_autofree char *when = wmk_ehc_month_long_name (total->latest_month);

    return g_strdup_printf (_("%s The target has passed; %s were still waiting in %s."), plan,
                            left, when);
  }
}
