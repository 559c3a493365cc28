/* wmk-meeting.h: a meeting in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETING (wmk_meeting_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeeting, wmk_meeting, WMK, MEETING, WmkEntity)

const char  *wmk_meeting_get_parent (WmkMeeting *self);
const char  *wmk_meeting_get_title (WmkMeeting *self);
const char  *wmk_meeting_get_date (WmkMeeting *self);
const char  *wmk_meeting_get_date_text (WmkMeeting *self);
const char  *wmk_meeting_get_start_time (WmkMeeting *self);
const char  *wmk_meeting_get_end_time (WmkMeeting *self);
const char  *wmk_meeting_get_location (WmkMeeting *self);
const char  *wmk_meeting_get_status (WmkMeeting *self);

G_END_DECLS
