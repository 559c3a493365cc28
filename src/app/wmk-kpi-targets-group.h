/* wmk-kpi-targets-group.h: a KPI's targets, with shortcuts for the notice's milestones
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI_TARGETS_GROUP (wmk_kpi_targets_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpiTargetsGroup, wmk_kpi_targets_group, WMK, KPI_TARGETS_GROUP,
                      AdwPreferencesGroup)

void wmk_kpi_targets_group_set_plan (WmkKpiTargetsGroup *self,
                                     WmkPlan            *plan);
void wmk_kpi_targets_group_set_kpi  (WmkKpiTargetsGroup *self,
                                     WmkEntity          *kpi);

G_END_DECLS
