/* wmk-risk-score-group.h: a risk's likelihood and impact, before or after mitigation
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_RISK_SCORE_GROUP (wmk_risk_score_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkRiskScoreGroup, wmk_risk_score_group, WMK, RISK_SCORE_GROUP,
                      AdwPreferencesGroup)

void wmk_risk_score_group_set_risk (WmkRiskScoreGroup *self,
                                    WmkPlan           *plan,
                                    WmkEntity         *risk);

G_END_DECLS
