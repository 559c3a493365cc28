/* wmk-kpi-trajectory.h: where a KPI should be by a date, and whether it is there
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

typedef enum
{
  WMK_KPI_STATUS_NO_DATA,        /* no measurement yet */
  WMK_KPI_STATUS_NO_TRAJECTORY,  /* measured, but no dated numeric target to judge by */
  WMK_KPI_STATUS_ON_TRAJECTORY,
  WMK_KPI_STATUS_OFF_TRAJECTORY,
} WmkKpiStatus;

/* Where the expected line starts. */
typedef enum
{
  WMK_KPI_START_NONE,
  WMK_KPI_START_BASELINE,          /* baseline_value at baseline_date */
  WMK_KPI_START_BASELINE_UNDATED,  /* baseline_value, taken as at the notice date */
  WMK_KPI_START_FIRST_MEASUREMENT, /* no baseline value: the first measurement stands in */
} WmkKpiStart;

typedef struct
{
  char   *date;   /* YYYY-MM-DD */
  double  value;
  char   *text;   /* a target's words as written, a measurement's note; may be NULL */
  char   *id;     /* a measurement's entity id; NULL for targets, the baseline and computed values */
  char   *source; /* a computed value's source (a plugin's KPI feed label); NULL otherwise */
} WmkKpiPoint;

typedef struct _WmkKpiTrajectory WmkKpiTrajectory;

WmkKpiTrajectory  *wmk_kpi_trajectory_new          (WmkEntity        *kpi,
                                                    GPtrArray        *measurements,
                                                    const char       *notice_date);
WmkKpiTrajectory  *wmk_kpi_trajectory_new_for_plan (WmkPlan          *plan,
                                                    WmkEntity        *kpi);
WmkKpiTrajectory  *wmk_kpi_trajectory_ref          (WmkKpiTrajectory *self);
void               wmk_kpi_trajectory_unref        (WmkKpiTrajectory *self);

const char        *wmk_kpi_trajectory_get_unit     (WmkKpiTrajectory *self);
gboolean           wmk_kpi_trajectory_is_down      (WmkKpiTrajectory *self);
double             wmk_kpi_trajectory_get_tolerance (WmkKpiTrajectory *self);

WmkKpiStart        wmk_kpi_trajectory_get_start_kind (WmkKpiTrajectory *self);
const WmkKpiPoint *wmk_kpi_trajectory_get_start    (WmkKpiTrajectory *self);
guint              wmk_kpi_trajectory_get_n_targets (WmkKpiTrajectory *self);
const WmkKpiPoint *wmk_kpi_trajectory_get_target   (WmkKpiTrajectory *self,
                                                    guint             index);
guint              wmk_kpi_trajectory_get_n_measurements (WmkKpiTrajectory *self);
const WmkKpiPoint *wmk_kpi_trajectory_get_measurement (WmkKpiTrajectory *self,
                                                       guint             index);

const WmkKpiPoint *wmk_kpi_trajectory_get_latest   (WmkKpiTrajectory *self);
gboolean           wmk_kpi_trajectory_get_expected (WmkKpiTrajectory *self,
                                                    const char       *date,
                                                    double           *value);
WmkKpiStatus       wmk_kpi_trajectory_get_status   (WmkKpiTrajectory *self);
gboolean           wmk_kpi_trajectory_is_off       (WmkKpiTrajectory *self,
                                                    const WmkKpiPoint *point);
const WmkKpiPoint *wmk_kpi_trajectory_get_next_target (WmkKpiTrajectory *self,
                                                       const char       *today);
const WmkKpiPoint *wmk_kpi_trajectory_get_last_target (WmkKpiTrajectory *self);

char              *wmk_kpi_trajectory_dup_summary  (WmkKpiTrajectory *self,
                                                    const char       *ref);

const char        *wmk_kpi_status_word             (WmkKpiStatus      status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkKpiTrajectory, wmk_kpi_trajectory_unref)

G_END_DECLS
