/* wmk-risk-actions-group.h: the plan's actions that mitigate one risk
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_RISK_ACTIONS_GROUP (wmk_risk_actions_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkRiskActionsGroup, wmk_risk_actions_group, WMK, RISK_ACTIONS_GROUP,
                      AdwPreferencesGroup)

void wmk_risk_actions_group_set_risk (WmkRiskActionsGroup *self,
                                      WmkPlan             *plan,
                                      WmkEntity           *risk);

G_END_DECLS
