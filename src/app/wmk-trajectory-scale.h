/* wmk-trajectory-scale.h: where a KPI's dates and values fall on its chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark.h"

G_BEGIN_DECLS

/* A corner of the expected line: a julian day and the value expected then. */
typedef struct
{
  double day;
  double value;
} WmkTrajectoryCorner;

typedef struct
{
  double x_min, x_max;              /* julian days */
  double y_min, y_max, y_step;      /* the value axis, a grid line every y_step */
  double left, top, width, height;  /* the plot, in pixels */
} WmkTrajectoryScale;

double   wmk_trajectory_day                    (const char               *iso);

gboolean wmk_trajectory_scale_fit              (WmkTrajectoryScale       *self,
                                                WmkKpiTrajectory         *trajectory,
                                                const char               *today);
void     wmk_trajectory_scale_set_plot         (WmkTrajectoryScale       *self,
                                                double                    left,
                                                double                    top,
                                                double                    width,
                                                double                    height);
double   wmk_trajectory_scale_x                (const WmkTrajectoryScale *self,
                                                double                    day);
double   wmk_trajectory_scale_y                (const WmkTrajectoryScale *self,
                                                double                    value);
int      wmk_trajectory_scale_month_step       (const WmkTrajectoryScale *self,
                                                int                       label_width);
void     wmk_trajectory_scale_first_month      (const WmkTrajectoryScale *self,
                                                int                       step,
                                                GDate                    *month);
GArray  *wmk_trajectory_scale_expected_corners (const WmkTrajectoryScale *self,
                                                WmkKpiTrajectory         *trajectory);

G_END_DECLS
