/* wmk-trajectory-chart.h: a KPI's trajectory, targets and measurements as a chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_TRAJECTORY_CHART (wmk_trajectory_chart_get_type ())
G_DECLARE_FINAL_TYPE (WmkTrajectoryChart, wmk_trajectory_chart, WMK, TRAJECTORY_CHART, GtkWidget)

GtkWidget *wmk_trajectory_chart_new            (void);
void       wmk_trajectory_chart_set_trajectory (WmkTrajectoryChart *self,
                                                WmkKpiTrajectory   *trajectory,
                                                const char         *ref);
void       wmk_trajectory_chart_set_today      (WmkTrajectoryChart *self,
                                                const char         *today);

G_END_DECLS
