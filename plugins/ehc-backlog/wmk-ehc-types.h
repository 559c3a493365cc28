/* wmk-ehc-types.h: the EHC plan backlog plugin's entity types, and reading them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_EHC_MONTH    "ehc-backlog.month"
#define WMK_EHC_SETTINGS "ehc-backlog.settings"
#define WMK_EHC_PAGE_ID  "ehc-backlog.backlog"

/* The source the sample's months carry; the page says so while any month does. */
#define WMK_EHC_ILLUSTRATIVE N_("Illustrative figures, not Devon’s data")

extern const WmkTypeSpec wmk_ehc_month_spec;
extern const WmkTypeSpec wmk_ehc_settings_spec;

/* The figures a month holds, in the order of the type's fields (after "month"). */
typedef enum
{
  WMK_EHC_REQUESTS_RECEIVED,
  WMK_EHC_ASSESSMENTS_ISSUED,
  WMK_EHC_ISSUED_WITHIN_20_WEEKS,
  WMK_EHC_ANNUAL_REVIEWS_DUE,
  WMK_EHC_ANNUAL_REVIEWS_COMPLETED,
  WMK_EHC_ANNUAL_REVIEWS_OVERDUE,
  WMK_EHC_ASSESSMENT_BACKLOG,
  WMK_EHC_CASEWORKER_FTE,
  WMK_EHC_EHC_PLANS,
  WMK_EHC_EP_ADVICE_WAITING,
  WMK_EHC_N_FIGURES,
} WmkEhcFigure;

/**
 * WmkEhcMonth:
 * @index: the month as year × 12 + month − 1 (March 2023 is 24278)
 * @figure: each #WmkEhcFigure, or NAN where the month does not say
 * @id: the entity's id, or %NULL for a month that is not (yet) in a plan
 *
 * One month's figures as the calculations read them.
 */
typedef struct
{
  int         index;
  double      figure[WMK_EHC_N_FIGURES];
  const char *id;
} WmkEhcMonth;

/**
 * WmkEhcSettings:
 *
 * What the plan says the backlog and timeliness are measured against. Every
 * field has a default from the Devon plan (wmk_ehc_settings_init()).
 */
typedef struct
{
  int    baseline_month;        /* month index of the baseline figures (January 2023) */
  double baseline_reviews;      /* 1,600 overdue annual reviews */
  double baseline_assessments;  /* 500 needs assessments waiting */
  int    clearance_month;       /* month index of the clearance target (November 2023) */
  char   clearance_date[11];    /* the target as the plan dates it, "2023-11-30" */
  double national_average;      /* % issued within 20 weeks nationally, as the plan quotes it: 58 */
  double timeliness_target;     /* the plan's target: 50 (% within 20 weeks) */
  char   timeliness_date[11];   /* by "2024-02-29" */
  double caseload_baseline;     /* 500 plans per caseworker */
  double caseload_target;       /* 200 (the national average) */
  guint  window;                /* months of trailing throughput the forecast uses: 3 */
} WmkEhcSettings;

const char *wmk_ehc_figure_field   (WmkEhcFigure     figure);
const char *wmk_ehc_figure_label   (WmkEhcFigure     figure);
gboolean    wmk_ehc_figure_is_count (WmkEhcFigure    figure);

int         wmk_ehc_month_index    (const char      *date);
char       *wmk_ehc_month_date     (int              index);
char       *wmk_ehc_month_end      (int              index);
char       *wmk_ehc_month_name     (int              index);
char       *wmk_ehc_month_long_name (int             index);
char       *wmk_ehc_format_count   (double           value);

void        wmk_ehc_settings_init  (WmkEhcSettings  *settings);
void        wmk_ehc_settings_read  (WmkPlan         *plan,
                                    WmkEhcSettings  *settings);
GArray     *wmk_ehc_months_read    (WmkPlan         *plan);
gboolean    wmk_ehc_months_illustrative (WmkPlan    *plan);
JsonObject *wmk_ehc_month_to_fields (const WmkEhcMonth *month);

G_END_DECLS
