/* wmk-plan-page.h: the plan as a table: sections, objectives and actions
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_PLAN_PAGE (wmk_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkPlanPage, wmk_plan_page, WMK, PLAN_PAGE, AdwBin)

void wmk_plan_page_set_plan     (WmkPlanPage *self,
                                 WmkPlan     *plan);
void wmk_plan_page_start_search (WmkPlanPage *self);
void wmk_plan_page_show_action  (WmkPlanPage *self,
                                 const char  *id);
void wmk_plan_page_show_filtered (WmkPlanPage *self,
                                  const char  *workstream_id,
                                  const char  *rag,
                                  gboolean     overdue);

G_END_DECLS
