/* wmk-calendar-page.h: the governance calendar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_CALENDAR_PAGE (wmk_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkCalendarPage, wmk_calendar_page, WMK, CALENDAR_PAGE, AdwBin)

void wmk_calendar_page_set_plan  (WmkCalendarPage *self,
                                  WmkPlan         *plan);
void wmk_calendar_page_show_date (WmkCalendarPage *self,
                                  const char      *date);

G_END_DECLS
