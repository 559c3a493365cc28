/* wmk-kpi-point-row.h: one target or measurement of a KPI, as a row with Edit and Delete
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI_POINT_ROW (wmk_kpi_point_row_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpiPointRow, wmk_kpi_point_row, WMK, KPI_POINT_ROW, AdwActionRow)

GtkWidget *wmk_kpi_point_row_new_target      (WmkPlan          *plan,
                                              WmkEntity        *kpi,
                                              guint             index);
GtkWidget *wmk_kpi_point_row_new_measurement (WmkPlan          *plan,
                                              WmkEntity        *kpi,
                                              WmkEntity        *measurement);
void       wmk_kpi_point_row_judge           (WmkKpiPointRow   *self,
                                              WmkKpiTrajectory *trajectory);

G_END_DECLS
