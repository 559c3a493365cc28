/* wmk-risk-page.h
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_RISK_PAGE (wmk_risk_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkRiskPage, wmk_risk_page, WMK, RISK_PAGE, AdwBin)

void wmk_risk_page_set_plan (WmkRiskPage *self,
                        WmkPlan *plan);

G_END_DECLS
