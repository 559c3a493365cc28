/* wmk-calendar-event.h: one dated thing on the governance calendar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  WMK_CALENDAR_MEETING,      /* a meeting in the plan; entity = the meeting */
  WMK_CALENDAR_OCCURRENCE,   /* a body's recurring slot with no meeting recorded; entity = the body */
  WMK_CALENDAR_REPORT_DUE,   /* the report to the DfE and NHSE; entity = the report sent, or the plan */
  WMK_CALENDAR_MILESTONE,    /* 3/6/12/18 months after the notice; entity = the plan */
  WMK_CALENDAR_DFE_REVIEW,   /* entity = the plan */
  WMK_CALENDAR_ACTION_DUE,   /* entity = the action */
  WMK_CALENDAR_KPI_TARGET,   /* entity = the KPI */
  WMK_CALENDAR_LOG_ITEM_DUE, /* entity = the action-log item */
} WmkCalendarKind;

#define WMK_TYPE_CALENDAR_EVENT (wmk_calendar_event_get_type ())
G_DECLARE_FINAL_TYPE (WmkCalendarEvent, wmk_calendar_event, WMK, CALENDAR_EVENT, GObject)

WmkCalendarEvent *wmk_calendar_event_new        (WmkCalendarKind   kind,
                                                 const char       *date,
                                                 const char       *start_time,
                                                 const char       *end_time,
                                                 char             *title,
                                                 const char       *entity_id,
                                                 const char       *body_id,
                                                 const char       *workstream_id);
WmkCalendarKind   wmk_calendar_event_get_kind   (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_date   (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_start_time (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_end_time (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_title  (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_entity_id (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_body_id (WmkCalendarEvent *self);
const char       *wmk_calendar_event_get_workstream_id (WmkCalendarEvent *self);
const char       *wmk_calendar_kind_word        (WmkCalendarKind   kind);
int               wmk_calendar_event_compare    (gconstpointer     a,
                                                 gconstpointer     b);

G_END_DECLS
