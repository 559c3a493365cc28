/* wmk-plan-ics.c: the governance calendar as iCalendar (RFC 5545)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: one recurring event per body with a cadence (its RRULE from the
 * first slot, with an EXDATE wherever a meeting is recorded on a slot, so
 * that calendars show each meeting once), one event per meeting with a
 * date, and all-day events for the report deadlines, the notice's
 * milestones and DfE reviews. Times are Europe/London with its VTIMEZONE.
 * UIDs are "<id>@waymark.plan", stable from one export to the next, so that
 * a calendar that subscribes updates rather than duplicates.
 *
 * Import (wmk-ics-import.c) reads the events of an .ics file back as
 * meetings.
 */

#include "config.h"

#include "wmk-plan-ics.h"

#include "wmk-calendar.h"
#include "wmk-recurrence.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#define UID_DOMAIN "@waymark.plan"

static struct icaltimetype
london (const char *date, const char *time)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = atoi (date);
  t.month = atoi (date + 5);
  t.day = atoi (date + 8);
  if (time == NULL)
    {
      t.is_date = 1;
      return t;
    }
  t.hour = atoi (time);
  t.minute = atoi (time + 3);
  return t;
}

/* Local times are written with TZID=Europe/London, the name every calendar
 * knows, rather than libical's own "/freeassociation.sourceforge.net/…". */
static void
set_time (icalcomponent *event, icalproperty *property, struct icaltimetype t)
{
  if (!t.is_date)
    icalproperty_add_parameter (property, icalparameter_new_tzid (WMK_TIME_ZONE));
  else
    icalproperty_add_parameter (property, icalparameter_new_value (ICAL_VALUE_DATE));
  icalcomponent_add_property (event, property);
}

static icalcomponent *
new_event (const char *uid, const char *summary, const char *date, const char *start,
           const char *end)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *full_uid = g_strconcat (uid, UID_DOMAIN, NULL);

  icalcomponent_add_property (event, icalproperty_new_uid (full_uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (
                                icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  set_time (event, icalproperty_new_dtstart (london (date, start)), london (date, start));
  if (start && end)
    set_time (event, icalproperty_new_dtend (london (date, end)), london (date, end));
  else if (start == NULL)
    {
      /* An all-day event ends the next day (RFC 5545 §3.6.1). */
      struct icaltimetype next = london (date, NULL);
      icaltime_adjust (&next, 1, 0, 0, 0);
      set_time (event, icalproperty_new_dtend (next), next);
    }
  return event;
}

static void
add_body_series (icalcomponent *calendar, WmkPlan *plan, WmkEntity *body)
{
  const char *rrule = wmk_entity_get_string (body, "rrule");
  const char *start = wmk_entity_get_string (body, "start_time");
  const char *end = wmk_entity_get_string (body, "end_time");
  const char *name = wmk_entity_get_string (body, "name");
  g_autofree char *first = wmk_calendar_series_start (plan, body);
  g_autofree char *until = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  icalcomponent *event;

  if (rrule == NULL || first == NULL)
    return;
  /* DTSTART must be the first occurrence (RFC 5545 §3.8.5.3). */
  until = wmk_calendar_add_months (first, 24);
  slots = wmk_recurrence_expand (rrule, first, start, first, until, NULL);
  if (slots == NULL || slots->len == 0)
    return;

  event = new_event (wmk_entity_get_id (body), name ? name : _("Meeting"), slots->pdata[0], start,
                     end);
  icalcomponent_add_property (event, icalproperty_new_rrule (icalrecurrencetype_from_string (rrule)));
  if (wmk_entity_get_string (body, "cadence_text"))
    icalcomponent_add_property (event, icalproperty_new_description (
                                  wmk_entity_get_string (body, "cadence_text")));

  meetings = wmk_plan_dup_children (plan, wmk_entity_get_id (body), "meeting");
  for (guint i = 0; i < meetings->len; i++)
    {
      const char *date = wmk_entity_get_string (meetings->pdata[i], "date");
      g_autoptr(GPtrArray) same_day = NULL;
      icalproperty *exdate;

      if (!wmk_date_is_valid (date) || strcmp (date, slots->pdata[0]) < 0)
        continue;
      same_day = wmk_recurrence_expand (rrule, first, start, date, date, NULL);
      if (same_day == NULL || same_day->len == 0)
        continue;
      exdate = icalproperty_new_exdate (london (date, start));
      set_time (event, exdate, london (date, start));
    }
  icalcomponent_add_component (calendar, event);
}

static void
add_meeting (icalcomponent *calendar, WmkPlan *plan, WmkEntity *meeting, WmkEntity *body)
{
  const char *date = wmk_entity_get_string (meeting, "date");
  const char *start = wmk_entity_get_string (meeting, "start_time");
  const char *title = wmk_entity_get_string (meeting, "title");
  const char *location = wmk_entity_get_string (meeting, "location");
  const char *uid = wmk_entity_get_string (meeting, "ical_uid");
  const char *status = wmk_entity_get_string (meeting, "status");
  icalcomponent *event;

  if (!wmk_date_is_valid (date))
    return;
  if (title == NULL)
    title = body ? wmk_entity_get_string (body, "name") : _("Meeting");
  event = new_event (wmk_entity_get_id (meeting), title, date, start,
                     wmk_entity_get_string (meeting, "end_time"));
  if (uid)
    {
      /* A meeting that came from another calendar keeps its UID. */
      icalproperty *prop = icalcomponent_get_first_property (event, ICAL_UID_PROPERTY);
      icalproperty_set_uid (prop, uid);
    }
  if (location)
    icalcomponent_add_property (event, icalproperty_new_location (location));
  if (body && wmk_entity_get_string (body, "name"))
    icalcomponent_add_property (event, icalproperty_new_description (wmk_entity_get_string (body, "name")));
  icalcomponent_add_property (event, icalproperty_new_status (g_strcmp0 (status, "cancelled") == 0
                                                              ? ICAL_STATUS_CANCELLED
                                                              : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_component (calendar, event);
}

/* Report deadlines, milestones and DfE reviews, for the notice's first four years. */
static void
add_plan_dates (icalcomponent *calendar, WmkPlan *plan)
{
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (plan));
  const char *notice = wmk_entity_get_string (info, "notice_issued");
  g_autofree char *until = NULL;
  g_autoptr(GPtrArray) events = NULL;

  if (!wmk_date_is_valid (notice))
    return;
  until = wmk_calendar_add_months (notice, 48);
  events = wmk_calendar_collect (plan, notice, until, NULL, NULL);
  for (guint i = 0; i < events->len; i++)
    {
      WmkCalendarEvent *e = events->pdata[i];
      const char *prefix;
      g_autofree char *uid = NULL;

      switch (wmk_calendar_event_get_kind (e))
        {
        case WMK_CALENDAR_REPORT_DUE:
          prefix = "report-";
          break;
        case WMK_CALENDAR_MILESTONE:
          prefix = "milestone-";
          break;
        case WMK_CALENDAR_DFE_REVIEW:
          prefix = "review-";
          break;
        default:
          continue;
        }
      uid = g_strconcat (prefix, wmk_calendar_event_get_date (e), NULL);
      icalcomponent_add_component (calendar,
                                   new_event (uid, wmk_calendar_event_get_title (e),
                                              wmk_calendar_event_get_date (e), NULL, NULL));
    }
}

/* Europe/London's rules from the year of the notice on, named as calendars
 * name it. */
static icalcomponent *
new_vtimezone (icaltimezone *zone, WmkPlan *plan)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  const char *notice = wmk_entity_get_string (WMK_ENTITY (wmk_plan_get_info (plan)), "notice_issued");
  struct icaltimetype from = icaltime_null_time ();

  from.year = wmk_date_is_valid (notice) ? atoi (notice) : 2000;
  from.month = from.day = 1;
  from = icaltime_set_timezone (&from, icaltimezone_get_utc_timezone ());
  icaltimezone_truncate_vtimezone (vtimezone, from, icaltime_null_time (), 0);
  icalproperty_set_tzid (icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY),
                         WMK_TIME_ZONE);
  return vtimezone;
}

/**
 * wmk_plan_to_ics:
 * @plan: a plan
 * @body_id: (nullable): one body's meetings only
 *
 * Returns: (transfer full): the calendar as an RFC 5545 file
 */
GBytes *
wmk_plan_to_ics (WmkPlan *plan, const char *body_id)
{
  icalcomponent *calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icaltimezone *zone;
  GListModel *bodies = wmk_plan_get_items (plan, "body");
  const char *title = wmk_entity_get_string (WMK_ENTITY (wmk_plan_get_info (plan)), "title");
  char *text;

  icalerror_set_errors_are_fatal (0);
  zone = icaltimezone_get_builtin_timezone (WMK_TIME_ZONE);
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Waymark//Waymark " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  if (title)
    {
      icalproperty *name = icalproperty_new_x (title);
      icalproperty_set_x_name (name, "X-WR-CALNAME");
      icalcomponent_add_property (calendar, name);
    }
  icalcomponent_add_component (calendar, new_vtimezone (zone, plan));

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      g_autoptr(GPtrArray) meetings = NULL;

      if (body_id && g_strcmp0 (body_id, wmk_entity_get_id (body)) != 0)
        continue;
      add_body_series (calendar, plan, body);
      meetings = wmk_plan_dup_children (plan, wmk_entity_get_id (body), "meeting");
      for (guint j = 0; j < meetings->len; j++)
        add_meeting (calendar, plan, meetings->pdata[j], body);
    }
  if (body_id == NULL)
    add_plan_dates (calendar, plan);

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  return g_bytes_new_take (text, strlen (text));
}
