/* wmk-meeting.c: a meeting in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-meeting.h"

#include <glib/gi18n-lib.h>

/**
 * WmkMeeting:
 *
 * One meeting of a governance body.
 * Its fields are listed in docs/format.md (type `meeting`).
 */
struct _WmkMeeting
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkMeeting, wmk_meeting, WMK_TYPE_ENTITY)

static const WmkFieldSpec meeting_fields[] = {
  { "parent", WMK_FIELD_REF, "body", N_("Body") },
  { "title", WMK_FIELD_STRING, NULL, N_("Title") },
  { "date", WMK_FIELD_DATE, NULL, N_("Date") },
  { "date_text", WMK_FIELD_STRING, NULL, N_("Date, as written") },
  { "start_time", WMK_FIELD_TIME, NULL, N_("Starts") },
  { "end_time", WMK_FIELD_TIME, NULL, N_("Ends") },
  { "location", WMK_FIELD_STRING, NULL, N_("Location") },
  { "status", WMK_FIELD_ENUM, "scheduled|held|cancelled", N_("Status") },
  { "chaired_by", WMK_FIELD_REF, "person", N_("Chaired by") },
  { "invitations_sent", WMK_FIELD_DATE, NULL, N_("Invitations sent") },
  { "invited_dfe", WMK_FIELD_BOOL, NULL, N_("DfE invited") },
  { "invited_nhse", WMK_FIELD_BOOL, NULL, N_("NHS England invited") },
  { "log_reviewed", WMK_FIELD_BOOL, NULL, N_("Action log reviewed") },
  { "ical_uid", WMK_FIELD_STRING, NULL, N_("Calendar identifier") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec meeting_spec = {
  "meeting", N_("Meeting"), meeting_fields, G_N_ELEMENTS (meeting_fields),
};

static void
wmk_meeting_class_init (WmkMeetingClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &meeting_spec);
}

static void
wmk_meeting_init (WmkMeeting *self)
{
}

const char *
wmk_meeting_get_parent (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_meeting_get_title (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_meeting_get_date (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "date");
}

const char *
wmk_meeting_get_date_text (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "date_text");
}

const char *
wmk_meeting_get_start_time (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "start_time");
}

const char *
wmk_meeting_get_end_time (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "end_time");
}

const char *
wmk_meeting_get_location (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "location");
}

const char *
wmk_meeting_get_status (WmkMeeting *self)
{
  g_return_val_if_fail (WMK_IS_MEETING (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "status");
}
