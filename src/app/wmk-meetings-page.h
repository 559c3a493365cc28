/* wmk-meetings-page.h: the meetings of the plan's governance bodies
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETINGS_PAGE (wmk_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeetingsPage, wmk_meetings_page, WMK, MEETINGS_PAGE, AdwBin)

void wmk_meetings_page_set_plan     (WmkMeetingsPage *self,
                                     WmkPlan         *plan);
void wmk_meetings_page_show_meeting (WmkMeetingsPage *self,
                                     const char      *meeting_id);
void wmk_meetings_page_show_item    (WmkMeetingsPage *self,
                                     const char      *id);

G_END_DECLS
