/* wmk-kpi-page.h
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_KPI_PAGE (wmk_kpi_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkKpiPage, wmk_kpi_page, WMK, KPI_PAGE, AdwBin)

void wmk_kpi_page_set_plan (WmkKpiPage *self,
                        WmkPlan *plan);

G_END_DECLS
