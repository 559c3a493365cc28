/* wmk-ehc-forecast.h: timeliness, caseload and the backlog burn-down forecast
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-ehc-types.h"

G_BEGIN_DECLS

/**
 * WmkEhcRatio:
 * @within: plans issued within 20 weeks (the numerator)
 * @issued: plans issued (the denominator)
 * @percent: 100 × @within / @issued, or NAN when nothing was issued
 * @months: how many months' figures went into it
 */
typedef struct
{
  double within;
  double issued;
  double percent;
  guint  months;
} WmkEhcRatio;

typedef enum
{
  WMK_EHC_BACKLOG_REVIEWS,      /* annual reviews overdue */
  WMK_EHC_BACKLOG_ASSESSMENTS,  /* needs assessments waiting */
  WMK_EHC_BACKLOG_TOTAL,        /* both, for months that have both */
} WmkEhcBacklog;

typedef enum
{
  WMK_EHC_FORECAST_NO_FIGURES,  /* no month has the figure */
  WMK_EHC_FORECAST_TOO_FEW,     /* no earlier month within the window to measure a rate */
  WMK_EHC_FORECAST_CLEARED,     /* the latest figure is 0 */
  WMK_EHC_FORECAST_CLEARING,    /* falling: @clear_month is when it reaches 0 */
  WMK_EHC_FORECAST_NOT_CLEARING /* flat or growing over the window */
} WmkEhcForecastState;

/**
 * WmkEhcForecast:
 * @state: what the figures say
 * @latest_month: the month of the latest figure
 * @latest: the backlog then
 * @from_month: the earliest month of the window the rate is measured over
 * @from: the backlog then
 * @rate: net fall per month over the window, (@from − @latest) / months;
 *   negative when the backlog grew
 * @clear_month: for %WMK_EHC_FORECAST_CLEARING, the month it reaches 0:
 *   @latest_month + ⌈@latest / @rate⌉
 * @months_left: months from @latest_month to the target month
 * @needed_rate: what would clear @latest by the target, @latest /
 *   @months_left; NAN once the target month is reached or passed
 */
typedef struct
{
  WmkEhcForecastState state;
  int                 latest_month;
  double              latest;
  int                 from_month;
  double              from;
  double              rate;
  int                 clear_month;
  int                 months_left;
  double              needed_rate;
} WmkEhcForecast;

/**
 * WmkEhcSummary:
 *
 * Everything the page's header, the tiles and the report say, at once.
 */
typedef struct
{
  guint          n_months;
  int            latest_month;        /* of any figures; -1 without months */
  WmkEhcRatio    latest_ratio;        /* the latest month with plans issued */
  int            latest_ratio_month;
  WmkEhcRatio    rolling_ratio;       /* the 12 months to latest_ratio_month */
  double         caseload;            /* plans per caseworker, latest month that says */
  int            caseload_month;
  WmkEhcForecast reviews, assessments, total;
  double         plan_reviews_rate;   /* what the plan needed a month, baseline to target */
  double         plan_assessments_rate;
} WmkEhcSummary;

gboolean wmk_ehc_month_ratio      (const WmkEhcMonth    *month,
                                   WmkEhcRatio          *ratio);
GArray  *wmk_ehc_rolling_ratios   (const WmkEhcMonth    *months,
                                   guint                 n_months,
                                   guint                 span);
double   wmk_ehc_caseload         (const WmkEhcMonth    *month);
double   wmk_ehc_backlog_value    (const WmkEhcMonth    *month,
                                   WmkEhcBacklog         which);
double   wmk_ehc_needed_rate      (double                backlog,
                                   int                   from_month,
                                   int                   target_month);
void     wmk_ehc_forecast         (const WmkEhcMonth    *months,
                                   guint                 n_months,
                                   WmkEhcBacklog         which,
                                   guint                 window,
                                   int                   target_month,
                                   WmkEhcForecast       *forecast);
void     wmk_ehc_summary_compute  (const WmkEhcMonth    *months,
                                   guint                 n_months,
                                   const WmkEhcSettings *settings,
                                   WmkEhcSummary        *summary);

char    *wmk_ehc_forecast_sentence (const WmkEhcForecast *forecast,
                                    const WmkEhcSettings *settings,
                                    WmkEhcBacklog         which);
char    *wmk_ehc_needed_sentence  (const WmkEhcSummary  *summary,
                                   const WmkEhcSettings *settings);
char    *wmk_ehc_percent_text     (double                percent);

G_END_DECLS
