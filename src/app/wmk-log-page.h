/* wmk-log-page.h: the board's action log, or its decision log
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_LOG_PAGE (wmk_log_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkLogPage, wmk_log_page, WMK, LOG_PAGE, AdwBin)

void wmk_log_page_set_plan (WmkLogPage *self,
                            WmkPlan    *plan);

G_END_DECLS
