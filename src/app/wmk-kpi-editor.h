/* wmk-kpi-editor.h: one KPI's baseline, targets, measurements and chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI_EDITOR (wmk_kpi_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpiEditor, wmk_kpi_editor, WMK, KPI_EDITOR, AdwBin)

void       wmk_kpi_editor_set_plan  (WmkKpiEditor *self,
                                     WmkPlan      *plan);
void       wmk_kpi_editor_set_kpi   (WmkKpiEditor *self,
                                     WmkEntity    *kpi);
WmkEntity *wmk_kpi_editor_get_kpi   (WmkKpiEditor *self);
void       wmk_kpi_editor_set_today (WmkKpiEditor *self,
                                     const char   *today);

G_END_DECLS
