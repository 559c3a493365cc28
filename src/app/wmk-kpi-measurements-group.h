/* wmk-kpi-measurements-group.h: a KPI's measured values, newest first
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI_MEASUREMENTS_GROUP (wmk_kpi_measurements_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpiMeasurementsGroup, wmk_kpi_measurements_group, WMK,
                      KPI_MEASUREMENTS_GROUP, AdwPreferencesGroup)

void wmk_kpi_measurements_group_set_plan       (WmkKpiMeasurementsGroup *self,
                                                WmkPlan                 *plan);
void wmk_kpi_measurements_group_set_kpi        (WmkKpiMeasurementsGroup *self,
                                                WmkEntity               *kpi);
void wmk_kpi_measurements_group_set_trajectory (WmkKpiMeasurementsGroup *self,
                                                WmkKpiTrajectory        *trajectory);
void wmk_kpi_measurements_group_set_today      (WmkKpiMeasurementsGroup *self,
                                                const char              *today);

G_END_DECLS
