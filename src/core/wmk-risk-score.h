/* wmk-risk-score.h: how serious a risk is, and whether its review is overdue
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "wmk-entity.h"

G_BEGIN_DECLS

/**
 * WmkRiskBand:
 * @WMK_RISK_BAND_NONE: not scored (likelihood or impact not set)
 * @WMK_RISK_BAND_LOW: score 1 to 4
 * @WMK_RISK_BAND_MEDIUM: score 5 to 9
 * @WMK_RISK_BAND_HIGH: score 10 to 14
 * @WMK_RISK_BAND_VERY_HIGH: score 15 to 25
 *
 * The bands of a 5 × 5 risk matrix, score = likelihood × impact.
 */
typedef enum
{
  WMK_RISK_BAND_NONE,
  WMK_RISK_BAND_LOW,
  WMK_RISK_BAND_MEDIUM,
  WMK_RISK_BAND_HIGH,
  WMK_RISK_BAND_VERY_HIGH,
} WmkRiskBand;

#define WMK_RISK_N_BANDS 5
#define WMK_RISK_SCALE   5

/**
 * WmkRiskGrid:
 * @before: open risks per cell before mitigation, [likelihood - 1][impact - 1]
 * @after: the same after mitigation
 * @bands_before: open risks per band before mitigation (index: #WmkRiskBand)
 * @bands_after: the same after mitigation
 * @n_open: open risks counted
 * @n_closed: closed risks, not in the grid
 * @n_review_overdue: open risks whose review is overdue
 *
 * What the heat map shows. Closed risks are left out: the map is of the
 * risks still being managed. A risk not scored before or after mitigation
 * is counted in the band %WMK_RISK_BAND_NONE of that side.
 */
typedef struct
{
  guint before[WMK_RISK_SCALE][WMK_RISK_SCALE];
  guint after[WMK_RISK_SCALE][WMK_RISK_SCALE];
  guint bands_before[WMK_RISK_N_BANDS];
  guint bands_after[WMK_RISK_N_BANDS];
  guint n_open;
  guint n_closed;
  guint n_review_overdue;
} WmkRiskGrid;

int          wmk_risk_score              (gint64       likelihood,
                                          gint64       impact);
WmkRiskBand  wmk_risk_band_for_score     (int          score);
const char  *wmk_risk_band_id            (WmkRiskBand  band);
const char  *wmk_risk_band_word          (WmkRiskBand  band);
const char  *wmk_risk_likelihood_word    (gint64       likelihood);
const char  *wmk_risk_impact_word        (gint64       impact);

int          wmk_risk_get_score          (WmkEntity   *risk,
                                          gboolean     after_mitigation);
WmkRiskBand  wmk_risk_get_band           (WmkEntity   *risk,
                                          gboolean     after_mitigation);
gboolean     wmk_risk_is_open            (WmkEntity   *risk);
gboolean     wmk_risk_is_review_overdue  (WmkEntity   *risk,
                                          const char  *today);

void         wmk_risk_grid_count         (WmkRiskGrid *grid,
                                          GListModel  *risks,
                                          const char  *today);
char        *wmk_risk_next_ref           (GListModel  *risks);

G_END_DECLS
