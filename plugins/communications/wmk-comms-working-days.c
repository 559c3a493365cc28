/* wmk-comms-working-days.c: working days in England, for response targets
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans store days as "YYYY-MM-DD" with no time (src/core/wmk-format.c), so a
 * response time is counted in whole days: the working days after the day a
 * contact came in, up to and including the day it was answered. An answer on
 * the day it came is 0 working days; Friday to Monday is 1.
 *
 * A working day is Monday to Friday and not a bank holiday in England and
 * Wales. The holidays follow the standing rules (New Year's Day, Good Friday,
 * Easter Monday, the first and last Mondays of May, the last Monday of
 * August, Christmas Day and Boxing Day, moved to the next free weekday when
 * they fall at a weekend), with the one-off changes since 1995 in a table.
 */

#include "wmk-comms-working-days.h"

#include <stdlib.h>

#include <waymark.h>

#define MAX_HOLIDAYS 16

/* One-off bank holidays, and standing ones that were moved that year. */
static const struct { int year, month, day; gboolean added; int from_month, from_day; } changes[] = {
  { 1995, 5, 8, TRUE, 5, 1 },    /* VE Day 50th: the early May holiday moved */
  { 1999, 12, 31, TRUE, 0, 0 },  /* the millennium */
  { 2002, 6, 3, TRUE, 0, 0 },    /* the golden jubilee */
  { 2002, 6, 4, TRUE, 5, 27 },   /* the spring holiday moved */
  { 2011, 4, 29, TRUE, 0, 0 },   /* a royal wedding */
  { 2012, 6, 4, TRUE, 5, 28 },   /* the spring holiday moved */
  { 2012, 6, 5, TRUE, 0, 0 },    /* the diamond jubilee */
  { 2020, 5, 8, TRUE, 5, 4 },    /* VE Day 75th: the early May holiday moved */
  { 2022, 6, 2, TRUE, 5, 30 },   /* the spring holiday moved */
  { 2022, 6, 3, TRUE, 0, 0 },    /* the platinum jubilee */
  { 2022, 9, 19, TRUE, 0, 0 },   /* the state funeral of Queen Elizabeth II */
  { 2023, 5, 8, TRUE, 0, 0 },    /* the coronation of King Charles III */
};

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static gboolean
is_weekend (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_weekday (&date) >= G_DATE_SATURDAY;
}

/* Easter Sunday (the anonymous Gregorian algorithm). */
static guint32
easter (int year)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  return julian (year, month, day);
}

/* The first Monday on or after, or the last on or before, a day. */
static guint32
monday_from (guint32 day, int step)
{
  while (TRUE)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      if (g_date_get_weekday (&date) == G_DATE_MONDAY)
        return day;
      day += step;
    }
}

static gboolean
contains (const guint32 *days, guint n, guint32 day)
{
  for (guint i = 0; i < n; i++)
    if (days[i] == day)
      return TRUE;
  return FALSE;
}

/* A holiday at a weekend moves to the next weekday that is not one already. */
static void
add_substituted (guint32 *days, guint *n, guint32 day)
{
  while (is_weekend (day) || contains (days, *n, day))
    day++;
  days[(*n)++] = day;
}

static guint
holidays_of_year (int year, guint32 *days)
{
  guint n = 0;
  guint32 christmas = julian (year, 12, 25), boxing = julian (year, 12, 26);

  add_substituted (days, &n, julian (year, 1, 1));
  days[n++] = easter (year) - 2;
  days[n++] = easter (year) + 1;
  days[n++] = monday_from (julian (year, 5, 1), 1);
  days[n++] = monday_from (julian (year, 5, 31), -1);
  days[n++] = monday_from (julian (year, 8, 31), -1);
  /* Christmas and Boxing Day: a weekday one keeps its day first. */
  if (!is_weekend (boxing))
    days[n++] = boxing;
  add_substituted (days, &n, christmas);
  if (is_weekend (boxing))
    add_substituted (days, &n, boxing);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      if (changes[i].year != year)
        continue;
      if (changes[i].from_month)
        {
          guint32 from = julian (year, changes[i].from_month, changes[i].from_day);

          for (guint j = 0; j < n; j++)
            if (days[j] == from)
              days[j] = days[--n];
        }
      if (n < MAX_HOLIDAYS)
        days[n++] = julian (year, changes[i].month, changes[i].day);
    }
  return n;
}

/**
 * wmk_comms_is_bank_holiday:
 * @date: a valid day
 *
 * Returns: whether @date is a bank holiday in England and Wales
 */
gboolean
wmk_comms_is_bank_holiday (const GDate *date)
{
  guint32 days[MAX_HOLIDAYS];
  guint n;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  n = holidays_of_year (g_date_get_year (date), days);
  return contains (days, n, g_date_get_julian (date));
}

/* Monday to Friday and not a bank holiday. */
gboolean
wmk_comms_is_working_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_get_weekday (date) < G_DATE_SATURDAY && !wmk_comms_is_bank_holiday (date);
}

static gboolean
parse (const char *iso, GDate *date)
{
  if (iso == NULL || !wmk_date_is_valid (iso))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, atoi (iso + 8), atoi (iso + 5), atoi (iso));
  return g_date_valid (date);
}

/**
 * wmk_comms_working_days_between:
 * @from: the day a contact came in, "YYYY-MM-DD"
 * @to: the day it was answered
 *
 * Returns: the working days after @from up to and including @to (0 when
 *   answered the same day or over a weekend), or -1 when either is not a
 *   date or @to is before @from
 */
int
wmk_comms_working_days_between (const char *from, const char *to)
{
  GDate day, end;
  int count = 0;

  if (!parse (from, &day) || !parse (to, &end) || g_date_compare (&end, &day) < 0)
    return -1;
  while (g_date_compare (&day, &end) < 0)
    {
      g_date_add_days (&day, 1);
      if (wmk_comms_is_working_day (&day))
        count++;
    }
  return count;
}

/**
 * wmk_comms_add_working_days:
 * @from: a day, "YYYY-MM-DD"
 * @days: how many working days later
 *
 * Returns: (transfer full) (nullable): the day @days working days after
 *   @from (@from itself for 0), or %NULL if @from is not a date
 */
char *
wmk_comms_add_working_days (const char *from, guint days)
{
  GDate day;

  if (!parse (from, &day))
    return NULL;
  while (days > 0)
    {
      g_date_add_days (&day, 1);
      if (wmk_comms_is_working_day (&day))
        days--;
    }
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
}
