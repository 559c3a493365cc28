/* wmk-report.h: a report in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_REPORT (wmk_report_get_type ())
G_DECLARE_FINAL_TYPE (WmkReport, wmk_report, WMK, REPORT, WmkEntity)

const char  *wmk_report_get_title (WmkReport *self);
const char  *wmk_report_get_period_from (WmkReport *self);
const char  *wmk_report_get_period_to (WmkReport *self);
const char  *wmk_report_get_sent (WmkReport *self);

G_END_DECLS
