/* wmk-risk.h: a risk in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_RISK (wmk_risk_get_type ())
G_DECLARE_FINAL_TYPE (WmkRisk, wmk_risk, WMK, RISK, WmkEntity)

const char  *wmk_risk_get_ref (WmkRisk *self);
const char  *wmk_risk_get_date (WmkRisk *self);
const char  *wmk_risk_get_title (WmkRisk *self);
const char  *wmk_risk_get_description (WmkRisk *self);
gint64       wmk_risk_get_likelihood (WmkRisk *self);
gint64       wmk_risk_get_impact (WmkRisk *self);
const char  *wmk_risk_get_mitigation (WmkRisk *self);
gint64       wmk_risk_get_post_likelihood (WmkRisk *self);
gint64       wmk_risk_get_post_impact (WmkRisk *self);
const char  *wmk_risk_get_progress (WmkRisk *self);
const char  *wmk_risk_get_owner (WmkRisk *self);
const char  *wmk_risk_get_owner_role (WmkRisk *self);
const char  *wmk_risk_get_review_date (WmkRisk *self);
const char  *wmk_risk_get_status (WmkRisk *self);

G_END_DECLS
