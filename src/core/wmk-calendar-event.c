/* wmk-calendar-event.c: one dated thing on the governance calendar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A meeting, a body's next slot, a report deadline, a milestone of the
 * notice, an action or a KPI target falling due: what the calendar page and
 * the .ics export show. Events are made fresh for the range asked for and
 * are read-only; the entity id is what opening one opens.
 */

#include "config.h"

#include "wmk-calendar-event.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _WmkCalendarEvent
{
  GObject          parent_instance;

  WmkCalendarKind  kind;
  char             date[11];
  char            *start_time;
  char            *end_time;
  char            *title;
  char            *entity_id;
  char            *body_id;
  char            *workstream_id;
};

G_DEFINE_FINAL_TYPE (WmkCalendarEvent, wmk_calendar_event, G_TYPE_OBJECT)

static void
wmk_calendar_event_finalize (GObject *object)
{
  WmkCalendarEvent *self = WMK_CALENDAR_EVENT (object);

  g_free (self->start_time);
  g_free (self->end_time);
  g_free (self->title);
  g_free (self->entity_id);
  g_free (self->body_id);
  g_free (self->workstream_id);

  G_OBJECT_CLASS (wmk_calendar_event_parent_class)->finalize (object);
}

static void
wmk_calendar_event_class_init (WmkCalendarEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_calendar_event_finalize;
}

static void
wmk_calendar_event_init (WmkCalendarEvent *self)
{
}

/**
 * wmk_calendar_event_new:
 * @title: (transfer full): the title, ready to show
 *
 * Returns: (transfer full): a new event
 */
WmkCalendarEvent *
wmk_calendar_event_new (WmkCalendarKind  kind,
                        const char      *date,
                        const char      *start_time,
                        const char      *end_time,
                        char            *title,
                        const char      *entity_id,
                        const char      *body_id,
                        const char      *workstream_id)
{
  WmkCalendarEvent *self = g_object_new (WMK_TYPE_CALENDAR_EVENT, NULL);

  self->kind = kind;
  g_strlcpy (self->date, date, sizeof self->date);
  self->start_time = g_strdup (start_time);
  self->end_time = g_strdup (end_time);
  self->title = title;
  self->entity_id = g_strdup (entity_id);
  self->body_id = g_strdup (body_id);
  self->workstream_id = g_strdup (workstream_id);
  return self;
}

WmkCalendarKind
wmk_calendar_event_get_kind (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), WMK_CALENDAR_MEETING);
  return self->kind;
}

/* The local day, YYYY-MM-DD. */
const char *
wmk_calendar_event_get_date (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->date;
}

/* HH:MM, or %NULL for an event that lasts all day. */
const char *
wmk_calendar_event_get_start_time (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->start_time;
}

const char *
wmk_calendar_event_get_end_time (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->end_time;
}

const char *
wmk_calendar_event_get_title (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->title;
}

const char *
wmk_calendar_event_get_entity_id (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->entity_id;
}

const char *
wmk_calendar_event_get_body_id (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->body_id;
}

const char *
wmk_calendar_event_get_workstream_id (WmkCalendarEvent *self)
{
  g_return_val_if_fail (WMK_IS_CALENDAR_EVENT (self), NULL);
  return self->workstream_id;
}

/* What kind of event it is, as a word for a list or a screen reader. */
const char *
wmk_calendar_kind_word (WmkCalendarKind kind)
{
  switch (kind)
    {
    case WMK_CALENDAR_MEETING:
      return _("Meeting");
    case WMK_CALENDAR_OCCURRENCE:
      return _("Regular meeting");
    case WMK_CALENDAR_REPORT_DUE:
      return _("Report due");
    case WMK_CALENDAR_MILESTONE:
      return _("Milestone");
    case WMK_CALENDAR_DFE_REVIEW:
      return _("DfE review");
    case WMK_CALENDAR_ACTION_DUE:
      return _("Action due");
    case WMK_CALENDAR_KPI_TARGET:
      return _("KPI target");
    case WMK_CALENDAR_LOG_ITEM_DUE:
      return _("Action-log item due");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* By day, then all-day events before timed ones, then by start time, then kind. */
int
wmk_calendar_event_compare (gconstpointer a, gconstpointer b)
{
  const WmkCalendarEvent *x = *(WmkCalendarEvent * const *) a;
  const WmkCalendarEvent *y = *(WmkCalendarEvent * const *) b;
  int order = strcmp (x->date, y->date);

  if (order == 0)
    order = (x->start_time != NULL) - (y->start_time != NULL);
  if (order == 0 && x->start_time)
    order = strcmp (x->start_time, y->start_time);
  if (order == 0)
    order = (int) x->kind - (int) y->kind;
  return order;
}
