/* wmk-attendance-group.h: who came to a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

#define WMK_TYPE_ATTENDANCE_GROUP (wmk_attendance_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkAttendanceGroup, wmk_attendance_group, WMK, ATTENDANCE_GROUP, WmkMeetingGroup)

G_END_DECLS
