/* wmk-nd-pathway.h: the neurodiversity pathway's figures, without GTK
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

/* The plan's own targets (section D): half the children waiting under
 * 18 weeks by February 2024 (D-KPI1), new birth visits within 10-15 days for
 * nine in ten (D-KPI3). */
#define WMK_ND_TARGET_PERCENT      50.0
#define WMK_ND_TARGET_DATE         "2024-02-29"
#define WMK_ND_STANDARD_WEEKS      18.0
#define WMK_ND_BIRTH_VISIT_TARGET  90.0

/* One month of the waiting list: one service's, or both added together. */
typedef struct
{
  char   date[11];
  gint64 under_18_weeks;
  gint64 weeks_18_to_52;
  gint64 over_52_weeks;
  gint64 referrals;
  gint64 assessments;
  gint64 girls_waiting;
  gint64 girls_over_52_weeks;
  gint64 mh_waiting;
  gint64 mh_over_52_weeks;
} WmkNdMonth;

gint64  wmk_nd_month_waiting          (const WmkNdMonth *month);
double  wmk_nd_percent                (gint64            part,
                                       gint64            whole);
GArray *wmk_nd_collect                (WmkPlan          *plan,
                                       const char       *service);
double  wmk_nd_trajectory_at          (const char       *date);
double  wmk_nd_long_wait_reduction    (GArray           *months,
                                       guint             index);

/* Demand and capacity: the list now, arrivals and first assessments a
 * month (the mean of the last few months). */
typedef struct
{
  char   date[11];
  double waiting;
  double arrivals;
  double capacity;
} WmkNdDemand;

typedef struct
{
  char   date[11];
  double waiting;
  double wait_weeks;   /* how long a child joining that month can expect to wait */
} WmkNdProjected;

gboolean wmk_nd_demand                (GArray            *months,
                                       guint              window,
                                       WmkNdDemand       *demand);
double   wmk_nd_expected_wait_weeks   (double             waiting,
                                       double             capacity);
GArray  *wmk_nd_project               (const WmkNdDemand *demand,
                                       double             capacity,
                                       guint              n_months);
gboolean wmk_nd_reachable_date        (const WmkNdDemand *demand,
                                       double             capacity,
                                       char               date[11]);
double   wmk_nd_capacity_needed       (const WmkNdDemand *demand,
                                       const char        *by_date);

/* New birth visits, a month. */
typedef struct
{
  char   date[11];
  gint64 visits;
  gint64 within_10_15_days;
} WmkNdBirthMonth;

GArray *wmk_nd_collect_birth_visits   (WmkPlan          *plan);

/* For the registry: the KPI feeds, the tile and the report section. */
GArray *wmk_nd_feed_under_18_weeks    (WmkPlan          *plan,
                                       gpointer          user_data);
GArray *wmk_nd_feed_birth_visits      (WmkPlan          *plan,
                                       gpointer          user_data);
char   *wmk_nd_tile_waiting           (WmkPlan          *plan,
                                       char            **caption,
                                       gpointer          user_data);
void    wmk_nd_report_write           (WmkPlan          *plan,
                                       WmkDocument      *document,
                                       gpointer          user_data);
char   *wmk_nd_month_name             (const char       *date);
char   *wmk_nd_projection_sentence    (const WmkNdDemand *demand,
                                       double             capacity);

G_END_DECLS
