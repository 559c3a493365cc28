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

#include "wmk-format.h"
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

/* The parts of a rule (RFC 5545 §3.3.10; RSCALE and SKIP from RFC 7529). */
static const char * const part_names[] = {
  "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
  "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE", "SKIP",
};

static const char * const frequencies[] = {
  "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY",
};

static const char * const weekdays[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static int
index_of (const char *word, const char * const *words, guint n)
{
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, words[i]) == 0)
      return (int) i;
  return -1;
}

/* An optionally signed whole number in [@min, @max]; 0 is never one. */
static gboolean
is_number_in (const char *text, int min, int max, gboolean signed_ok, gboolean zero_ok)
{
  const char *digits = signed_ok && (*text == '+' || *text == '-') ? text + 1 : text;
  gint64 value;

  if (*digits == '\0' || strspn (digits, "0123456789") != strlen (digits) || strlen (digits) > 4)
    return FALSE;
  value = g_ascii_strtoll (digits, NULL, 10);
  return value >= min && value <= max && (zero_ok || value != 0);
}

static gboolean
is_rule_date (const char *text)
{
  gsize n = strlen (text);
  g_autofree char *date = NULL;

  if ((n != 8 && n != 15 && n != 16) || strspn (text, "0123456789") != 8
      || (n > 8 && (text[8] != 'T' || strspn (text + 9, "0123456789") != 6))
      || (n == 16 && text[15] != 'Z'))
    return FALSE;
  date = g_strdup_printf ("%.4s-%.2s-%.2s", text, text + 4, text + 6);
  return wmk_date_is_valid (date);
}

/* "WE", "4WE", "-1FR": a weekday, numbered within the month or year. */
static gboolean
is_weekday_num (const char *text, gboolean *numbered)
{
  gsize n = strlen (text);
  g_autofree char *number = NULL;

  if (n < 2 || index_of (text + n - 2, weekdays, G_N_ELEMENTS (weekdays)) < 0)
    return FALSE;
  *numbered = n > 2;
  number = g_strndup (text, n - 2);
  return n == 2 || is_number_in (number, 1, 53, TRUE, FALSE);
}

/* Each value of a BYxxx list, checked by range. */
static char *
check_list (const char *name, const char *value, int min, int max, gboolean signed_ok)
{
  g_auto(GStrv) items = g_strsplit (value, ",", -1);

  for (guint i = 0; items[i]; i++)
    if (!is_number_in (items[i], min, max, signed_ok, min == 0))
      return signed_ok
        /* TRANSLATORS: "“32” in BYMONTHDAY is not a number from 1 to 31 or -31 to -1" */
        ? g_strdup_printf (_("“%s” in %s is not a number from 1 to %d or -%d to -1"), items[i],
                           name, max, max)
        : g_strdup_printf (_("“%s” in %s is not a number from %d to %d"), items[i], name, min, max);
  return NULL;
}

static char *
check_part (const char *name, const char *value, const char *freq, gboolean *numbered_day)
{
  if (g_str_equal (name, "FREQ"))
    return index_of (value, frequencies, G_N_ELEMENTS (frequencies)) < 0
      ? g_strdup_printf (_("unknown frequency “%s” (DAILY, WEEKLY, MONTHLY or YEARLY)"), value)
      : NULL;
  if (g_str_equal (name, "UNTIL"))
    return is_rule_date (value) ? NULL
      : g_strdup_printf (_("UNTIL must be a date (20241231) or a date and time "
                           "(20241231T235959Z), not “%s”"), value);
  if (g_str_equal (name, "COUNT") || g_str_equal (name, "INTERVAL"))
    return is_number_in (value, 1, 9999, FALSE, FALSE) ? NULL
      : g_strdup_printf (_("%s must be a whole number of 1 or more, not “%s”"), name, value);
  if (g_str_equal (name, "WKST"))
    return index_of (value, weekdays, G_N_ELEMENTS (weekdays)) >= 0 ? NULL
      : g_strdup_printf (_("WKST must be a weekday (MO to SU), not “%s”"), value);
  if (g_str_equal (name, "BYDAY"))
    {
      g_auto(GStrv) days = g_strsplit (value, ",", -1);

      for (guint i = 0; days[i]; i++)
        {
          gboolean numbered = FALSE;

          if (!is_weekday_num (days[i], &numbered))
            return g_strdup_printf (_("“%s” in BYDAY is not a weekday such as WE, 4WE (the "
                                      "fourth Wednesday) or -1FR (the last Friday)"), days[i]);
          *numbered_day = *numbered_day || numbered;
        }
      return NULL;
    }
  if (g_str_equal (name, "BYMONTHDAY"))
    return g_ascii_strcasecmp (freq, "WEEKLY") == 0
      ? g_strdup (_("BYMONTHDAY cannot be used with FREQ=WEEKLY"))
      : check_list (name, value, 1, 31, TRUE);
  if (g_str_equal (name, "BYYEARDAY"))
    return index_of (freq, frequencies + 3, 3) >= 0
      ? g_strdup_printf (_("BYYEARDAY cannot be used with FREQ=%s"), freq)
      : check_list (name, value, 1, 366, TRUE);
  if (g_str_equal (name, "BYWEEKNO"))
    return g_ascii_strcasecmp (freq, "YEARLY") != 0
      ? g_strdup (_("BYWEEKNO can only be used with FREQ=YEARLY"))
      : check_list (name, value, 1, 53, TRUE);
  if (g_str_equal (name, "BYSETPOS"))
    return check_list (name, value, 1, 366, TRUE);
  if (g_str_equal (name, "BYMONTH"))
    return check_list (name, value, 1, 12, FALSE);
  if (g_str_equal (name, "BYHOUR"))
    return check_list (name, value, 0, 23, FALSE);
  if (g_str_equal (name, "BYMINUTE"))
    return check_list (name, value, 0, 59, FALSE);
  if (g_str_equal (name, "BYSECOND"))
    return check_list (name, value, 0, 60, FALSE);
  return NULL;   /* RSCALE, SKIP: libical judges them */
}

/* What is wrong with @rrule, as a phrase, or %NULL if nothing we can see. */
static char *
diagnose (const char *rrule)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *freq;
  gboolean numbered_day = FALSE;

  if (rrule == NULL || *rrule == '\0')
    return g_strdup (_("it is empty"));
  if (g_ascii_strncasecmp (rrule, "RRULE:", 6) == 0)
    return g_strdup (_("write the rule without “RRULE:”, starting at FREQ="));
  parts = g_strsplit (rrule, ";", -1);
  for (guint i = 0; parts[i]; i++)
    {
      const char *equals = strchr (parts[i], '=');
      g_autofree char *name = NULL;

      if (equals == NULL || equals == parts[i] || equals[1] == '\0')
        return g_strdup_printf (_("“%s” is not a part of a rule (NAME=VALUE, such as FREQ=MONTHLY)"),
                                parts[i]);
      name = g_ascii_strup (parts[i], equals - parts[i]);
      if (index_of (name, part_names, G_N_ELEMENTS (part_names)) < 0)
        return g_strdup_printf (_("unknown part “%s”"), name);
      if (g_hash_table_contains (seen, name))
        return g_strdup_printf (_("%s is given twice"), name);
      g_hash_table_insert (seen, g_steal_pointer (&name), g_strdup (equals + 1));
    }
  if ((freq = g_hash_table_lookup (seen, "FREQ")) == NULL)
    return g_strdup (_("it has no FREQ (how often: DAILY, WEEKLY, MONTHLY or YEARLY)"));
  if (g_hash_table_contains (seen, "COUNT") && g_hash_table_contains (seen, "UNTIL"))
    return g_strdup (_("COUNT and UNTIL cannot both be given"));
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      const char *value = g_hash_table_lookup (seen, part_names[i]);
      char *problem = value ? check_part (part_names[i], value, freq, &numbered_day) : NULL;

      if (problem)
        return problem;
    }
  if (numbered_day && g_ascii_strcasecmp (freq, "MONTHLY") != 0 && g_ascii_strcasecmp (freq, "YEARLY") != 0)
    return g_strdup_printf (_("a numbered weekday (4WE, -1FR) needs FREQ=MONTHLY or YEARLY, not %s"),
                            freq);
  return NULL;
}

static gboolean
parse_rule (const char *rrule, struct icalrecurrencetype *rule, GError **error)
{
  g_autofree char *problem = diagnose (rrule);

  ical_init ();
  icalerror_clear_errno ();
  if (problem == NULL)
    {
      *rule = icalrecurrencetype_from_string (rrule);
      if (rule->freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR)
        return TRUE;
    }
  icalerror_clear_errno ();
  if (problem)
    g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID,
                 /* TRANSLATORS: the first %s is the rule, the second what is wrong with it */
                 _("“%s” is not a valid recurrence rule: %s"), rrule ? rrule : "", problem);
  else
    g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID,
                 _("“%s” is not a valid recurrence rule (an RFC 5545 RRULE such as "
                   "FREQ=MONTHLY;BYDAY=4WE)"),
                 rrule);
  return FALSE;
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
 * wmk_recurrence_validate_from:
 * @rrule: an RFC 5545 RRULE value
 * @first: (nullable): the first day of the series (DTSTART), YYYY-MM-DD;
 *   %NULL: today
 *
 * Whether @rrule is a rule, and occurs at least once in the ten years from
 * @first. The message says what is wrong: "“FREQ=MONTHY” is not a valid
 * recurrence rule: unknown frequency “MONTHY” (…)".
 */
gboolean
wmk_recurrence_validate_from (const char *rrule, const char *first, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *limit = NULL;
  icalrecur_iterator *iterator;
  struct icaltimetype next;
  g_autofree char *date = NULL;

  if (first == NULL || !wmk_date_is_valid (first))
    first = today;
  if ((iterator = new_iterator (rrule, first, NULL, error)) == NULL)
    return FALSE;
  next = icalrecur_iterator_next (iterator);
  icalrecur_iterator_free (iterator);
  icalerror_clear_errno ();

  limit = g_strdup_printf ("%04d%s", atoi (first) + MAX_YEARS_TO_FIRST, first + 4);
  if (!icaltime_is_null_time (next))
    date = date_of (next);
  if (date == NULL || strcmp (date, limit) > 0)
    {
      g_autofree char *shown = wmk_date_format (first, "%-d %B %Y");

      g_set_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE,
                   _("The recurrence rule “%s” never occurs in the ten years from %s"), rrule,
                   shown);
      return FALSE;
    }
  return TRUE;
}

/**
 * wmk_recurrence_validate:
 * @rrule: an RFC 5545 RRULE value
 *
 * Whether @rrule is a rule and occurs at all within ten years of today.
 */
gboolean
wmk_recurrence_validate (const char *rrule, GError **error)
{
  return wmk_recurrence_validate_from (rrule, NULL, error);
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
