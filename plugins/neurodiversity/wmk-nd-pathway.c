/* wmk-nd-pathway.c: the neurodiversity pathway's figures, without GTK
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read from the plan's snapshots (wmk-nd-types.c); docs/plugins.md gives the
 * formulas. The waiting list is a queue: children join it as they are
 * referred and leave it at their first assessment, in turn. So:
 *   - a child joining a list of L, with C first assessments a month, waits
 *     about L / C months (Little's law for a list served in turn);
 *   - the list a month later is max (0, L + A - C), A the referrals;
 *   - the 18-week standard is within reach from the month that wait falls to
 *     18 weeks, and the capacity that reaches it by month n from now solves
 *     (L + n A - n C) / C = 18 weeks: C = (L + n A) / (n + 18 weeks in months).
 */

#include "wmk-nd-pathway.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-nd-types.h"

#define WEEKS_PER_MONTH (52.0 / 12.0)
#define HORIZON_MONTHS  120   /* ten years: "not at this capacity" beyond */

gint64
wmk_nd_month_waiting (const WmkNdMonth *month)
{
  return month->under_18_weeks + month->weeks_18_to_52 + month->over_52_weeks;
}

/* @part of @whole as a percentage; NAN when there is no whole. */
double
wmk_nd_percent (gint64 part, gint64 whole)
{
  return whole > 0 ? 100.0 * (double) part / (double) whole : NAN;
}

static int
compare_dates (gconstpointer a, gconstpointer b)
{
  return strcmp (a, b);   /* each struct starts with its date */
}

static WmkNdMonth *
month_for (GArray *months, const char *date)
{
  WmkNdMonth fresh = { 0 };

  for (guint i = 0; i < months->len; i++)
    if (strcmp (g_array_index (months, WmkNdMonth, i).date, date) == 0)
      return &g_array_index (months, WmkNdMonth, i);
  g_strlcpy (fresh.date, date, sizeof fresh.date);
  g_array_append_val (months, fresh);
  return &g_array_index (months, WmkNdMonth, months->len - 1);
}

/**
 * wmk_nd_collect:
 * @service: (nullable): "0-5" or "5-18", or %NULL for both added together
 *
 * Returns: (transfer full): a #GArray of #WmkNdMonth, by date
 */
GArray *
wmk_nd_collect (WmkPlan *plan, const char *service)
{
  GListModel *snapshots = wmk_plan_get_items (plan, WMK_ND_SNAPSHOT);
  GArray *months = g_array_new (FALSE, TRUE, sizeof (WmkNdMonth));

  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(WmkEntity) snapshot = g_list_model_get_item (snapshots, i);
      const char *date = wmk_entity_get_string (snapshot, "date");
      WmkNdMonth *month;

      if (date == NULL || !wmk_date_is_valid (date)
          || (service && g_strcmp0 (wmk_entity_get_string (snapshot, "service"), service) != 0))
        continue;
      month = month_for (months, date);
      month->under_18_weeks += wmk_entity_get_int (snapshot, "under_18_weeks", 0);
      month->weeks_18_to_52 += wmk_entity_get_int (snapshot, "weeks_18_to_52", 0);
      month->over_52_weeks += wmk_entity_get_int (snapshot, "over_52_weeks", 0);
      month->referrals += wmk_entity_get_int (snapshot, "referrals", 0);
      month->assessments += wmk_entity_get_int (snapshot, "assessments", 0);
      month->girls_waiting += wmk_entity_get_int (snapshot, "girls_waiting", 0);
      month->girls_over_52_weeks += wmk_entity_get_int (snapshot, "girls_over_52_weeks", 0);
      month->mh_waiting += wmk_entity_get_int (snapshot, "mh_waiting", 0);
      month->mh_over_52_weeks += wmk_entity_get_int (snapshot, "mh_over_52_weeks", 0);
    }
  g_array_sort (months, compare_dates);
  return months;
}

/**
 * wmk_nd_trajectory_at:
 * @date: YYYY-MM-DD
 *
 * The plan's quarterly trajectory for the children waiting over a year
 * (Q2 30%, Q3 60%, Q4 90% of 2023-24, read as the share of the over-a-year
 * list cleared since the first snapshot: docs/plugins.md says why): the
 * value of the last quarter ended on or before @date.
 *
 * Returns: a percentage, or NAN before the end of Q2
 */
double
wmk_nd_trajectory_at (const char *date)
{
  static const struct { const char *end; double value; } quarters[] = {
    { "2024-03-31", 90 }, { "2023-12-31", 60 }, { "2023-09-30", 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    if (g_strcmp0 (date, quarters[i].end) >= 0)
      return quarters[i].value;
  return NAN;
}

/* How much of the first month's over-a-year list is gone by month @index. */
double
wmk_nd_long_wait_reduction (GArray *months, guint index)
{
  const WmkNdMonth *first, *now;

  if (index >= months->len)
    return NAN;
  first = &g_array_index (months, WmkNdMonth, 0);
  now = &g_array_index (months, WmkNdMonth, index);
  if (first->over_52_weeks <= 0)
    return NAN;
  return 100.0 * (double) (first->over_52_weeks - now->over_52_weeks)
         / (double) first->over_52_weeks;
}

/**
 * wmk_nd_demand:
 * @window: how many of the latest months the rates are averaged over
 *
 * Returns: %FALSE when there are no months to measure from
 */
gboolean
wmk_nd_demand (GArray *months, guint window, WmkNdDemand *demand)
{
  guint n;

  memset (demand, 0, sizeof *demand);
  if (months->len == 0 || window == 0)
    return FALSE;
  n = MIN (window, months->len);
  for (guint i = months->len - n; i < months->len; i++)
    {
      demand->arrivals += g_array_index (months, WmkNdMonth, i).referrals;
      demand->capacity += g_array_index (months, WmkNdMonth, i).assessments;
    }
  demand->arrivals /= n;
  demand->capacity /= n;
  demand->waiting = wmk_nd_month_waiting (&g_array_index (months, WmkNdMonth, months->len - 1));
  g_strlcpy (demand->date, g_array_index (months, WmkNdMonth, months->len - 1).date,
             sizeof demand->date);
  return TRUE;
}

/* In weeks, how long a child joining @waiting others waits at @capacity a
 * month; INFINITY with no capacity. */
double
wmk_nd_expected_wait_weeks (double waiting, double capacity)
{
  if (capacity <= 0)
    return waiting > 0 ? INFINITY : 0;
  return waiting / capacity * WEEKS_PER_MONTH;
}

/* The last day of the month @months after the month of @date. */
static void
month_end_after (const char *date, int months, char out[11])
{
  int year = atoi (date), month = atoi (date + 5) - 1 + months;
  GDate day;

  year += month / 12;
  month = month % 12 + 1;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_get_days_in_month (month, year), month, year);
  g_date_strftime (out, 11, "%Y-%m-%d", &day);
}

/**
 * wmk_nd_project:
 * @capacity: first assessments a month from now on
 *
 * Returns: (transfer full): a #GArray of #WmkNdProjected, one a month for
 *   @n_months after the demand's month
 */
GArray *
wmk_nd_project (const WmkNdDemand *demand, double capacity, guint n_months)
{
  GArray *projected = g_array_sized_new (FALSE, TRUE, sizeof (WmkNdProjected), n_months);
  double waiting = demand->waiting;

  for (guint m = 1; m <= n_months; m++)
    {
      WmkNdProjected month = { { 0 } };

      waiting = MAX (0.0, waiting + demand->arrivals - capacity);
      month_end_after (demand->date, m, month.date);
      month.waiting = waiting;
      month.wait_weeks = wmk_nd_expected_wait_weeks (waiting, capacity);
      g_array_append_val (projected, month);
    }
  return projected;
}

/**
 * wmk_nd_reachable_date:
 * @date: (out caller-allocates): the month-end from which a child joining
 *   the list would be seen within 18 weeks
 *
 * Returns: %FALSE if that does not happen within ten years at @capacity
 */
gboolean
wmk_nd_reachable_date (const WmkNdDemand *demand, double capacity, char date[11])
{
  g_autoptr(GArray) projected = NULL;

  if (wmk_nd_expected_wait_weeks (demand->waiting, capacity) <= WMK_ND_STANDARD_WEEKS)
    {
      g_strlcpy (date, demand->date, 11);
      return TRUE;
    }
  projected = wmk_nd_project (demand, capacity, HORIZON_MONTHS);
  for (guint i = 0; i < projected->len; i++)
    if (g_array_index (projected, WmkNdProjected, i).wait_weeks <= WMK_ND_STANDARD_WEEKS)
      {
        g_strlcpy (date, g_array_index (projected, WmkNdProjected, i).date, 11);
        return TRUE;
      }
  return FALSE;
}

/* Whole months from the month of @from to the month of @to (0 if earlier). */
static int
months_between (const char *from, const char *to)
{
  int months = (atoi (to) - atoi (from)) * 12 + atoi (to + 5) - atoi (from + 5);

  return MAX (0, months);
}

/**
 * wmk_nd_capacity_needed:
 * @by_date: when the 18-week standard should be within reach
 *
 * Returns: first assessments a month that reach it by then
 */
double
wmk_nd_capacity_needed (const WmkNdDemand *demand, const char *by_date)
{
  double n = months_between (demand->date, by_date);
  double standard_months = WMK_ND_STANDARD_WEEKS / WEEKS_PER_MONTH;

  /* (L + n A - n C) / C = s  =>  C = (L + n A) / (n + s); and never less
   * than the arrivals, or the list grows again. */
  return MAX (demand->arrivals, (demand->waiting + n * demand->arrivals) / (n + standard_months));
}

/**
 * wmk_nd_collect_birth_visits:
 *
 * Returns: (transfer full): a #GArray of #WmkNdBirthMonth, by date
 */
GArray *
wmk_nd_collect_birth_visits (WmkPlan *plan)
{
  GListModel *items = wmk_plan_get_items (plan, WMK_ND_BIRTH_VISITS);
  GArray *months = g_array_new (FALSE, TRUE, sizeof (WmkNdBirthMonth));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      const char *date = wmk_entity_get_string (item, "date");
      WmkNdBirthMonth month = { { 0 } };

      if (date == NULL || !wmk_date_is_valid (date))
        continue;
      g_strlcpy (month.date, date, sizeof month.date);
      month.visits = wmk_entity_get_int (item, "visits", 0);
      month.within_10_15_days = wmk_entity_get_int (item, "within_10_15_days", 0);
      g_array_append_val (months, month);
    }
  g_array_sort (months, compare_dates);
  return months;
}

static void
append_value (GArray *values, const char *date, double value)
{
  WmkKpiFeedValue point = { { 0 } };

  if (isnan (value))
    return;
  g_strlcpy (point.date, date, sizeof point.date);
  point.value = round (value * 10) / 10;
  g_array_append_val (values, point);
}

/* D-KPI1: the % of children waiting under 18 weeks, both services, monthly. */
GArray *
wmk_nd_feed_under_18_weeks (WmkPlan *plan, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_nd_collect (plan, NULL);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < months->len; i++)
    {
      const WmkNdMonth *month = &g_array_index (months, WmkNdMonth, i);

      append_value (values, month->date,
                    wmk_nd_percent (month->under_18_weeks, wmk_nd_month_waiting (month)));
    }
  return values;
}

/* D-KPI3: the % of new birth visits within 10-15 days, monthly. */
GArray *
wmk_nd_feed_birth_visits (WmkPlan *plan, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_nd_collect_birth_visits (plan);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < months->len; i++)
    {
      const WmkNdBirthMonth *month = &g_array_index (months, WmkNdBirthMonth, i);

      append_value (values, month->date, wmk_nd_percent (month->within_10_15_days, month->visits));
    }
  return values;
}

/* "March 2024". */
char *
wmk_nd_month_name (const char *date)
{
  return wmk_date_format (date, "%B %Y");
}
