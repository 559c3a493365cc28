/* wmk-overview-page.h: the plan at a glance
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_OVERVIEW_PAGE (wmk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkOverviewPage, wmk_overview_page, WMK, OVERVIEW_PAGE, AdwBin)

void wmk_overview_page_set_plan (WmkOverviewPage *self,
                                 WmkPlan         *plan);

G_END_DECLS
