/* wmk-attendance.c: one person's attendance at a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-attendance.h"

#include <glib/gi18n-lib.h>

/**
 * WmkAttendance:
 *
 * Whether a person attended a meeting.
 * Its fields are listed in docs/format.md (type `attendance`).
 */
struct _WmkAttendance
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkAttendance, wmk_attendance, WMK_TYPE_ENTITY)

static const WmkFieldSpec attendance_fields[] = {
  { "parent", WMK_FIELD_REF, "meeting", N_("Meeting") },
  { "person", WMK_FIELD_REF, "person", N_("Person") },
  { "status", WMK_FIELD_ENUM, "present|apologies|absent", N_("Attendance") },
  { "job_title", WMK_FIELD_STRING, NULL, N_("Job title") },
  { "organisation", WMK_FIELD_STRING, NULL, N_("Organisation") },
  { "invited", WMK_FIELD_DATE, NULL, N_("Invitation sent") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec attendance_spec = {
  "attendance", N_("Attendance"), attendance_fields, G_N_ELEMENTS (attendance_fields),
};

static void
wmk_attendance_class_init (WmkAttendanceClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &attendance_spec);
}

static void
wmk_attendance_init (WmkAttendance *self)
{
}

const char *
wmk_attendance_get_parent (WmkAttendance *self)
{
  g_return_val_if_fail (WMK_IS_ATTENDANCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_attendance_get_person (WmkAttendance *self)
{
  g_return_val_if_fail (WMK_IS_ATTENDANCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "person");
}

const char *
wmk_attendance_get_status (WmkAttendance *self)
{
  g_return_val_if_fail (WMK_IS_ATTENDANCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "status");
}

const char *
wmk_attendance_get_job_title (WmkAttendance *self)
{
  g_return_val_if_fail (WMK_IS_ATTENDANCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "job_title");
}

const char *
wmk_attendance_get_organisation (WmkAttendance *self)
{
  g_return_val_if_fail (WMK_IS_ATTENDANCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "organisation");
}
