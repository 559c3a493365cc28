/* wmk-commissioning-gaps.h: provision against need, and decisions due for review
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-commissioning-types.h"

G_BEGIN_DECLS

/* A cell is covered from 100% of the estimated need, short from 80%. */
#define WMK_COMMISSIONING_COVERED_PERCENT 100.0
#define WMK_COMMISSIONING_SHORT_PERCENT   80.0

/* A decision is due for review this many days before its review date. */
#define WMK_COMMISSIONING_DUE_DAYS 30

typedef enum
{
  WMK_COMMISSIONING_BAND_COVERED,
  WMK_COMMISSIONING_BAND_SHORT,
  WMK_COMMISSIONING_BAND_GAP,
} WmkCommissioningBand;

/**
 * WmkCommissioningCell:
 * @capacity: targeted and specialist places for the need in the district,
 *   countywide services shared by population
 * @estimate: the estimated need there
 * @coverage: @capacity over @estimate, × 100
 * @band: covered, short or a gap, from @coverage
 */
typedef struct
{
  double               capacity;
  double               estimate;
  double               coverage;
  WmkCommissioningBand band;
} WmkCommissioningCell;

typedef struct
{
  WmkCommissioningCell cells[WMK_COMMISSIONING_N_NEEDS][WMK_COMMISSIONING_N_LOCALITIES];
  guint                bands[3];   /* how many cells in each band */
} WmkCommissioningMatrix;

typedef enum
{
  WMK_COMMISSIONING_REVIEW_NONE,      /* reviewed, withdrawn, or no review date */
  WMK_COMMISSIONING_REVIEW_LATER,
  WMK_COMMISSIONING_REVIEW_DUE,       /* within WMK_COMMISSIONING_DUE_DAYS */
  WMK_COMMISSIONING_REVIEW_OVERDUE,   /* the review date has passed */
} WmkCommissioningReview;

double                  wmk_commissioning_need_estimate  (guint                   need);
void                    wmk_commissioning_matrix_compute (GListModel             *provisions,
                                                          WmkCommissioningMatrix *matrix);
WmkCommissioningBand    wmk_commissioning_band_for       (double                  coverage);
const char             *wmk_commissioning_band_word      (WmkCommissioningBand    band);
const char             *wmk_commissioning_band_shape     (WmkCommissioningBand    band);
char                   *wmk_commissioning_matrix_describe (const WmkCommissioningMatrix *matrix,
                                                          guint                   max_gaps);

WmkCommissioningReview  wmk_commissioning_review_state   (WmkEntity              *decision,
                                                          const char             *today);
guint                   wmk_commissioning_count_due      (GListModel             *decisions,
                                                          const char             *today,
                                                          guint                  *overdue);
GPtrArray              *wmk_commissioning_dup_by_review  (GListModel             *decisions);

G_END_DECLS
