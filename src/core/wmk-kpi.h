/* wmk-kpi.h: a KPI in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI (wmk_kpi_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpi, wmk_kpi, WMK, KPI, WmkEntity)

const char  *wmk_kpi_get_parent (WmkKpi *self);
const char  *wmk_kpi_get_ref (WmkKpi *self);
const char  *wmk_kpi_get_number (WmkKpi *self);
const char  *wmk_kpi_get_text (WmkKpi *self);
double       wmk_kpi_get_baseline_value (WmkKpi *self);
const char  *wmk_kpi_get_baseline_date (WmkKpi *self);
const char  *wmk_kpi_get_baseline_text (WmkKpi *self);
const char  *wmk_kpi_get_source (WmkKpi *self);
const char  *wmk_kpi_get_unit (WmkKpi *self);
const char  *wmk_kpi_get_direction (WmkKpi *self);
double       wmk_kpi_get_tolerance (WmkKpi *self);

G_END_DECLS
