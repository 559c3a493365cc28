/* wmk-recurrence.c: when a governance body meets, from its RFC 5545 rule
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A body's cadence is an iCalendar RRULE ("FREQ=MONTHLY;BYDAY=4WE": the
 * fourth Wednesday) with a local start time. Every meeting is in UK local
 * time, Europe/London: a board at 10:00 is at 10:00 in summer and winter,
 * which is 09:00 and 10:00 UTC. libical does the recurrence arithmetic (month
 * ends, nth weekdays, leap years) and the time zone; we never do it by hand.
 */

#include "config.h"

#include "wmk-recurrence.h"

#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

/* A rule that yields nothing in this long is taken as never occurring. */
#define MAX_YEARS_TO_FIRST 10
/* No governance body meets more often than daily for ten years. */
#define MAX_OCCURRENCES 4000

G_DEFINE_QUARK (wmk-recurrence-error-quark, wmk_recurrence_error)

static void
ical_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* Errors come back as values, never as an abort() in a user's app. */
      icalerror_set_errors_are_fatal (0);
      g_once_init_leave (&done, 1);
    }
}

static gboolean
parse_rule (const char *rrule, struct icalrecurrencetype *rule, GError **error)
{
  ical_init ();
  icalerror_clear_errno ();
  if (rrule == NULL || *rrule == '\0'
      || (*rule = icalrecurrencetype_from_string (rrule)).freq == ICAL_NO_RECURRENCE
      || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID,
                   _("“%s” is not a valid recurrence rule (an RFC 5545 RRULE such as "
                     "FREQ=MONTHLY;BYDAY=4WE)"),
                   rrule ? rrule : "");
      return FALSE;
    }
  return TRUE;
}

/* Local time on @date at @time ("HH:MM"; NULL: midnight) in Europe/London. */
static struct icaltimetype
local_time (const char *date, const char *time)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = atoi (date);
  t.month = atoi (date + 5);
  t.day = atoi (date + 8);
  if (time && strlen (time) >= 5)
    {
      t.hour = atoi (time);
      t.minute = atoi (time + 3);
    }
  return icaltime_set_timezone (&t, icaltimezone_get_builtin_timezone (WMK_TIME_ZONE));
}

static char *
date_of (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
}

static icalrecur_iterator *
new_iterator (const char *rrule, const char *first, const char *time, GError **error)
{
  struct icalrecurrencetype rule;
  icalrecur_iterator *iterator;

  if (!parse_rule (rrule, &rule, error))
    return NULL;
  iterator = icalrecur_iterator_new (rule, local_time (first, time));
  icalerror_clear_errno ();
  if (iterator == NULL)
    g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE,
                 _("The recurrence rule “%s” can never occur"), rrule);
  return iterator;
}

/**
 * wmk_recurrence_validate:
 * @rrule: an RFC 5545 RRULE value
 *
 * Whether @rrule is a rule and occurs at all within ten years of now.
 */
gboolean
wmk_recurrence_validate (const char *rrule, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GDateTime) later = g_date_time_add_years (now, MAX_YEARS_TO_FIRST);
  g_autofree char *until = g_date_time_format (later, "%Y-%m-%d");
  g_autoptr(GPtrArray) dates = wmk_recurrence_expand (rrule, today, NULL, today, until, error);

  if (dates == NULL)
    return FALSE;
  if (dates->len == 0)
    {
      g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE,
                   _("The recurrence rule “%s” does not occur in the next ten years"), rrule);
      return FALSE;
    }
  return TRUE;
}

/**
 * wmk_recurrence_expand:
 * @rrule: an RFC 5545 RRULE value
 * @first: the first day of the series (DTSTART), YYYY-MM-DD
 * @time: (nullable): the local start time, HH:MM
 * @from: the first day wanted
 * @to: the last day wanted (inclusive)
 *
 * The local days (Europe/London) on which the series meets between @from and
 * @to. @first itself counts only if the rule matches it, as libical reads
 * RFC 5545.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the days in
 *   order, or %NULL with @error set if @rrule is not a rule or cannot occur
 */
GPtrArray *
wmk_recurrence_expand (const char *rrule,
                       const char *first,
                       const char *time,
                       const char *from,
                       const char *to,
                       GError    **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  icalrecur_iterator *iterator;

  g_return_val_if_fail (wmk_date_is_valid (first), NULL);
  g_return_val_if_fail (wmk_date_is_valid (from) && wmk_date_is_valid (to), NULL);

  if ((iterator = new_iterator (rrule, first, time, error)) == NULL)
    return NULL;
  /* Jump near @from rather than walk years of occurrences to it. */
  if (strcmp (from, first) > 0)
    icalrecur_iterator_set_start (iterator, local_time (from, time));

  for (guint n = 0; n < MAX_OCCURRENCES; n++)
    {
      struct icaltimetype next = icalrecur_iterator_next (iterator);
      g_autofree char *date = NULL;

      if (icaltime_is_null_time (next))
        break;
      date = date_of (next);
      if (strcmp (date, to) > 0)
        break;
      if (strcmp (date, from) >= 0)
        g_ptr_array_add (dates, g_steal_pointer (&date));
    }
  icalrecur_iterator_free (iterator);
  icalerror_clear_errno ();
  return g_steal_pointer (&dates);
}

/**
 * wmk_recurrence_to_utc:
 * @date: a local day, YYYY-MM-DD
 * @time: (nullable): a local time, HH:MM
 *
 * The instant a London meeting starts, in UTC, as RFC 5545 writes it
 * ("20230426T090000Z").
 *
 * Returns: (transfer full): the instant
 */
char *
wmk_recurrence_to_utc (const char *date, const char *time)
{
  struct icaltimetype utc;

  ical_init ();
  utc = icaltime_convert_to_zone (local_time (date, time), icaltimezone_get_utc_timezone ());
  return g_strdup (icaltime_as_ical_string (utc));
}
