/* wmk-format.c: dates and text as people read and write them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans store calendar dates as "YYYY-MM-DD" with no time zone: a due date is
 * a day, not an instant. These turn them into the local day a person means.
 */

#include "wmk-format.h"

#include <stdlib.h>
#include <string.h>

#include "wmk-schema.h"

/* Today in the local time zone, YYYY-MM-DD. */
char *
wmk_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * wmk_date_parse:
 * @iso: (nullable): a date, YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): local midnight of that day, or %NULL
 */
GDateTime *
wmk_date_parse (const char *iso)
{
  if (iso == NULL || !wmk_date_is_valid (iso))
    return NULL;
  return g_date_time_new_local (atoi (iso), atoi (iso + 5), atoi (iso + 8), 0, 0, 0);
}

/**
 * wmk_date_format:
 * @iso: (nullable): a date, YYYY-MM-DD
 * @format: a g_date_time_format() format ("%-d %b %Y")
 *
 * Returns: (transfer full): the day as @format writes it, @iso itself if it
 *   is not a valid date, or "" for %NULL
 */
char *
wmk_date_format (const char *iso, const char *format)
{
  g_autoptr(GDateTime) date = wmk_date_parse (iso);

  if (date == NULL)
    return g_strdup (iso ? iso : "");
  return g_date_time_format (date, format);
}

/* Days from @from to @to (negative when @to is earlier); 0 if either is not a date. */
int
wmk_days_between (const char *from, const char *to)
{
  GDate a, b;

  if (!wmk_date_is_valid (from) || !wmk_date_is_valid (to))
    return 0;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, atoi (from + 8), atoi (from + 5), atoi (from));
  g_date_set_dmy (&b, atoi (to + 8), atoi (to + 5), atoi (to));
  return g_date_days_between (&a, &b);
}

/* The first line of a text (list rows show it; the rest is in the editor). */
char *
wmk_first_line (const char *text)
{
  const char *newline = text ? strchr (text, '\n') : NULL;

  if (text == NULL)
    return g_strdup ("");
  return newline ? g_strndup (text, newline - text) : g_strdup (text);
}

/* Who edits when nobody said: $WAYMARK_AUTHOR, else the account's real name. */
const char *
wmk_default_author (void)
{
  const char *author = g_getenv ("WAYMARK_AUTHOR");
  const char *real = g_get_real_name ();

  if (author && *author)
    return author;
  return real && g_strcmp0 (real, "Unknown") != 0 ? real : g_get_user_name ();
}
