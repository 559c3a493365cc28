/* wmk-plan-info.h: the plan as a whole: title, notice and dates
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_PLAN_INFO (wmk_plan_info_get_type ())
G_DECLARE_FINAL_TYPE (WmkPlanInfo, wmk_plan_info, WMK, PLAN_INFO, WmkEntity)

const char  *wmk_plan_info_get_title (WmkPlanInfo *self);
const char  *wmk_plan_info_get_local_area (WmkPlanInfo *self);
const char  *wmk_plan_info_get_summary (WmkPlanInfo *self);
const char  *wmk_plan_info_get_inspection_text (WmkPlanInfo *self);
const char  *wmk_plan_info_get_revisit_published_text (WmkPlanInfo *self);
const char  *wmk_plan_info_get_notice_issued (WmkPlanInfo *self);
const char  *wmk_plan_info_get_notice_text (WmkPlanInfo *self);
const char  *wmk_plan_info_get_delivery_by (WmkPlanInfo *self);
const char  *wmk_plan_info_get_governance_text (WmkPlanInfo *self);

G_END_DECLS
