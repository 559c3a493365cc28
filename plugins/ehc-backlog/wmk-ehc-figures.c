/* wmk-ehc-figures.c: the EHC backlog's KPI feeds, dashboard tiles and report section
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All computed from the plan's months without GTK, so that waymark-cli and
 * the reports show the same figures as the window:
 *   - C-KPI1: % of EHC plans issued within 20 weeks, each month (as at the
 *     month's last day);
 *   - C-KPI7: the backlog, overdue annual reviews plus needs assessments
 *     waiting, each month that has both;
 *   - tiles: annual reviews overdue; % within 20 weeks;
 *   - the report: the last 6 months as a table, and the forecast.
 */

#include "wmk-ehc-plugin.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-forecast.h"

static void
append_value (GArray *values, int month, double value)
{
  WmkKpiFeedValue v = { .value = value };
  g_autofree char *end = wmk_ehc_month_end (month);

  g_strlcpy (v.date, end, sizeof v.date);
  g_array_append_val (values, v);
}

GArray *
wmk_ehc_feed_timeliness (WmkPlan *plan, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_ehc_months_read (plan);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (months, WmkEhcMonth, i);
      WmkEhcRatio ratio;

      /* Two items for one month (added offline on two laptops): the last counts. */
      if (i + 1 < months->len && g_array_index (months, WmkEhcMonth, i + 1).index == m->index)
        continue;
      if (wmk_ehc_month_ratio (m, &ratio))
        append_value (values, m->index, round (ratio.percent * 10) / 10);
    }
  return values;
}

GArray *
wmk_ehc_feed_backlog (WmkPlan *plan, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_ehc_months_read (plan);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (months, WmkEhcMonth, i);
      double backlog = wmk_ehc_backlog_value (m, WMK_EHC_BACKLOG_TOTAL);

      if (i + 1 < months->len && g_array_index (months, WmkEhcMonth, i + 1).index == m->index)
        continue;
      if (!isnan (backlog))
        append_value (values, m->index, backlog);
    }
  return values;
}

static void
summarise (WmkPlan *plan, WmkEhcSettings *settings, WmkEhcSummary *summary)
{
  g_autoptr(GArray) months = wmk_ehc_months_read (plan);

  wmk_ehc_settings_read (plan, settings);
  wmk_ehc_summary_compute ((WmkEhcMonth *) months->data, months->len, settings, summary);
}

/* "1,240" and "down 360 since January 2023; clears in March 2024 at the last 3 months' rate" */
char *
wmk_ehc_tile_overdue (WmkPlan *plan, char **caption, gpointer user_data)
{
  WmkEhcSettings settings;
  WmkEhcSummary summary;
  const WmkEhcForecast *f = &summary.reviews;
  g_autofree char *month = NULL, *change = NULL, *outlook = NULL;
  double since;

  summarise (plan, &settings, &summary);
  if (f->state == WMK_EHC_FORECAST_NO_FIGURES)
    {
      *caption = g_strdup (_("No monthly figures yet"));
      return g_strdup ("–");
    }
  month = wmk_ehc_month_name (f->latest_month);
  since = settings.baseline_reviews - f->latest;
  {
    g_autofree char *amount = wmk_ehc_format_count (fabs (since));
    g_autofree char *baseline = wmk_ehc_month_name (settings.baseline_month);

    change = since >= 0 ? g_strdup_printf (_("down %s since %s"), amount, baseline)
                        : g_strdup_printf (_("up %s since %s"), amount, baseline);
  }
  switch (f->state)
    {
    case WMK_EHC_FORECAST_CLEARING:
      {
        g_autofree char *clears = wmk_ehc_month_name (f->clear_month);

        outlook = g_strdup_printf (_("clears in %s at the recent rate"), clears);
      }
      break;
    case WMK_EHC_FORECAST_NOT_CLEARING:
      outlook = g_strdup (_("not clearing at the current rate"));
      break;
    case WMK_EHC_FORECAST_CLEARED:
      outlook = g_strdup (_("cleared"));
      break;
    case WMK_EHC_FORECAST_TOO_FEW:
    case WMK_EHC_FORECAST_NO_FIGURES:
    default:
      outlook = g_strdup (_("no forecast yet"));
      break;
    }
  /* Translators: "Jun 2024: down 1,240 since Jan 2023; clears in Oct 2024 at the recent rate" */
  *caption = g_strdup_printf (_("%s: %s; %s"), month, change, outlook);
  return wmk_ehc_format_count (f->latest);
}

/* "46%" and "23 of 50 in Jun 2024 · 12 months 38% · national 58%, target 50%" */
char *
wmk_ehc_tile_timeliness (WmkPlan *plan, char **caption, gpointer user_data)
{
  WmkEhcSettings settings;
  WmkEhcSummary summary;
  g_autofree char *month = NULL, *within = NULL, *issued = NULL, *rolling = NULL;
  g_autofree char *national = NULL, *target = NULL;

  summarise (plan, &settings, &summary);
  if (summary.latest_ratio_month < 0)
    {
      *caption = g_strdup (_("No plans issued in the figures yet"));
      return g_strdup ("–");
    }
  month = wmk_ehc_month_name (summary.latest_ratio_month);
  within = wmk_ehc_format_count (summary.latest_ratio.within);
  issued = wmk_ehc_format_count (summary.latest_ratio.issued);
  rolling = wmk_ehc_percent_text (summary.rolling_ratio.percent);
  national = wmk_ehc_percent_text (settings.national_average);
  target = wmk_ehc_percent_text (settings.timeliness_target);
  *caption = g_strdup_printf (_("%s of %s in %s · 12 months %s · national average %s, target %s"),
                              within, issued, month, rolling, national, target);
  return wmk_ehc_percent_text (summary.latest_ratio.percent);
}

/* A count for a table cell, "–" where the month does not say. */
static char *
cell_text (double value, gboolean count)
{
  if (!count && !isnan (value))
    return g_strdup_printf ("%.1f", value);
  return wmk_ehc_format_count (value);
}

void
wmk_ehc_report_write (WmkPlan *plan, WmkDocument *document, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_ehc_months_read (plan);
  g_autoptr(GArray) rolling = NULL;
  WmkEhcSettings settings;
  WmkEhcSummary summary;
  const char *header[] = { _("Month"), _("Issued"), _("Within 20 weeks"), _("%"),
                           _("12 months %"), _("Reviews overdue"), _("Assessments waiting"),
                           _("Plans per caseworker"), NULL };
  g_autofree char *forecast = NULL, *needed = NULL;
  guint first;

  wmk_ehc_settings_read (plan, &settings);
  wmk_ehc_summary_compute ((WmkEhcMonth *) months->data, months->len, &settings, &summary);
  rolling = wmk_ehc_rolling_ratios ((WmkEhcMonth *) months->data, months->len, 12);

  wmk_document_add_heading (document, 2, _("EHC plan timeliness and backlog"));
  if (wmk_ehc_months_illustrative (plan))
    wmk_document_add_paragraph (document, _(WMK_EHC_ILLUSTRATIVE));
  if (months->len == 0)
    {
      wmk_document_add_paragraph (document, _("No monthly figures have been recorded yet."));
      return;
    }

  first = months->len > 6 ? months->len - 6 : 0;
  wmk_document_begin_table (document, _("EHC figures, last 6 months"), header);
  wmk_document_set_row_headers (document, TRUE);
  for (guint i = first; i < months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (months, WmkEhcMonth, i);
      WmkEhcRatio ratio;
      g_autofree char *name = wmk_ehc_month_name (m->index);
      g_autofree char *issued = cell_text (m->figure[WMK_EHC_ASSESSMENTS_ISSUED], TRUE);
      g_autofree char *within = cell_text (m->figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS], TRUE);
      g_autofree char *percent = NULL, *twelve = NULL, *overdue = NULL, *waiting = NULL;
      g_autofree char *caseload = NULL;

      wmk_ehc_month_ratio (m, &ratio);
      percent = wmk_ehc_percent_text (ratio.percent);
      twelve = wmk_ehc_percent_text (g_array_index (rolling, WmkEhcRatio, i).percent);
      overdue = cell_text (m->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE], TRUE);
      waiting = cell_text (m->figure[WMK_EHC_ASSESSMENT_BACKLOG], TRUE);
      caseload = cell_text (round (wmk_ehc_caseload (m)), TRUE);
      wmk_document_add_row (document, (const char *[]) { name, issued, within, percent, twelve,
                                                         overdue, waiting, caseload, NULL });
    }

  forecast = wmk_ehc_forecast_sentence (&summary.total, &settings, WMK_EHC_BACKLOG_TOTAL);
  needed = wmk_ehc_needed_sentence (&summary, &settings);
  wmk_document_add_labelled_paragraph (document, _("Forecast"), forecast);
  wmk_document_add_labelled_paragraph (document, _("Rate needed"), needed);
  {
    g_autofree char *national = wmk_ehc_percent_text (settings.national_average);
    g_autofree char *target = wmk_ehc_percent_text (settings.timeliness_target);
    g_autofree char *by = wmk_date_format (settings.timeliness_date, "%B %Y");
    g_autofree char *text = g_strdup_printf (_("“%%” is plans issued within 20 weeks over plans "
                                               "issued in the month; the national average the "
                                               "plan quotes is %s, and its target %s by %s."),
                                             national, target, by);

    wmk_document_add_paragraph (document, text);
  }
}

/**
 * wmk_ehc_burndown_text:
 *
 * Returns: (transfer full): what the burn-down chart shows, in words: its
 *   text alternative, for a screen reader and under the chart
 */
char *
wmk_ehc_burndown_text (GArray *months, const WmkEhcSettings *s, const WmkEhcSummary *sum)
{
  g_autofree char *forecast = NULL, *needed = NULL, *from = NULL, *from_count = NULL;
  g_autofree char *to = NULL, *to_count = NULL;
  const WmkEhcMonth *first;

  if (months->len == 0)
    return g_strdup (_("Backlog burn-down chart: no monthly figures yet."));
  first = &g_array_index (months, WmkEhcMonth, 0);
  forecast = wmk_ehc_forecast_sentence (&sum->total, s, WMK_EHC_BACKLOG_TOTAL);
  needed = wmk_ehc_needed_sentence (sum, s);
  from = wmk_ehc_month_long_name (first->index);
  from_count = wmk_ehc_format_count (wmk_ehc_backlog_value (first, WMK_EHC_BACKLOG_TOTAL));
  to = sum->total.latest_month >= 0 ? wmk_ehc_month_long_name (sum->total.latest_month)
                                    : g_strdup ("–");
  to_count = wmk_ehc_format_count (sum->total.latest);
  return g_strdup_printf (_("Backlog burn-down chart: %s in %s, %s in %s. %s %s"), from_count,
                          from, to_count, to, forecast, needed);
}

/**
 * wmk_ehc_timeliness_text:
 *
 * Returns: (transfer full): what the 20-week chart shows, in words
 */
char *
wmk_ehc_timeliness_text (GArray *months, const WmkEhcSettings *s, const WmkEhcSummary *sum)
{
  g_autofree char *month = NULL, *latest = NULL, *rolling = NULL, *national = NULL;
  g_autofree char *target = NULL, *by = NULL, *first = NULL, *first_percent = NULL;

  if (sum->latest_ratio_month < 0)
    return g_strdup (_("Chart of plans issued within 20 weeks: no plans issued in the figures "
                       "yet."));
  for (guint i = 0; i < months->len && first == NULL; i++)
    {
      const WmkEhcMonth *m = &g_array_index (months, WmkEhcMonth, i);
      WmkEhcRatio r;

      if (wmk_ehc_month_ratio (m, &r))
        {
          first = wmk_ehc_month_long_name (m->index);
          first_percent = wmk_ehc_percent_text (r.percent);
        }
    }
  month = wmk_ehc_month_long_name (sum->latest_ratio_month);
  latest = wmk_ehc_percent_text (sum->latest_ratio.percent);
  rolling = wmk_ehc_percent_text (sum->rolling_ratio.percent);
  national = wmk_ehc_percent_text (s->national_average);
  target = wmk_ehc_percent_text (s->timeliness_target);
  by = wmk_date_format (s->timeliness_date, "%B %Y");
  return g_strdup_printf (_("Chart of plans issued within 20 weeks: %s in %s, %s in %s; %s over "
                            "the 12 months to %s. The national average the plan quotes is %s; "
                            "its target is %s by %s."),
                          first_percent, first, latest, month, rolling, month, national, target,
                          by);
}
