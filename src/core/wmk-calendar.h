/* wmk-calendar.h: the governance calendar: every dated duty of the plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-calendar-event.h"
#include "wmk-plan.h"

G_BEGIN_DECLS

GPtrArray *wmk_calendar_collect          (WmkPlan    *plan,
                                          const char *from,
                                          const char *to,
                                          const char *body_id,
                                          const char *workstream_id);
char      *wmk_calendar_series_start     (WmkPlan    *plan,
                                          WmkEntity  *body);
char      *wmk_calendar_add_months       (const char *date,
                                          int         months);

G_END_DECLS
