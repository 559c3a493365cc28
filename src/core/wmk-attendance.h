/* wmk-attendance.h: one person's attendance at a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_ATTENDANCE (wmk_attendance_get_type ())
G_DECLARE_FINAL_TYPE (WmkAttendance, wmk_attendance, WMK, ATTENDANCE, WmkEntity)

const char  *wmk_attendance_get_parent (WmkAttendance *self);
const char  *wmk_attendance_get_person (WmkAttendance *self);
const char  *wmk_attendance_get_status (WmkAttendance *self);
const char  *wmk_attendance_get_job_title (WmkAttendance *self);
const char  *wmk_attendance_get_organisation (WmkAttendance *self);

G_END_DECLS
