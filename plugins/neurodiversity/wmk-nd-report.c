/* wmk-nd-report.c: the neurodiversity pathway in words: tile, report section
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Overview's tile, the reports to the DfE and NHS England and the
 * page's projection say, from the figures of wmk-nd-pathway.c.
 */

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-nd-pathway.h"
#include "wmk-nd-types.h"

#define DEMAND_WINDOW 3   /* months the referral and assessment rates are averaged over */

/* The Overview's figure: the children waiting, with their waits in a line. */
char *
wmk_nd_tile_waiting (WmkPlan *plan, char **caption, gpointer user_data)
{
  g_autoptr(GArray) months = wmk_nd_collect (plan, NULL);
  const WmkNdMonth *latest;
  g_autofree char *when = NULL;
  gint64 waiting;

  if (months->len == 0)
    {
      *caption = g_strdup (_("No waiting list figures yet"));
      return g_strdup ("–");
    }
  latest = &g_array_index (months, WmkNdMonth, months->len - 1);
  waiting = wmk_nd_month_waiting (latest);
  when = wmk_nd_month_name (latest->date);
  *caption = g_strdup_printf (_("%s: %.0f%% under 18 weeks (target %.0f%% by February 2024); "
                                "%" G_GINT64_FORMAT " over a year"),
                              when, wmk_nd_percent (latest->under_18_weeks, waiting),
                              WMK_ND_TARGET_PERCENT, latest->over_52_weeks);
  return g_strdup_printf ("%" G_GINT64_FORMAT, waiting);
}

/**
 * wmk_nd_projection_sentence:
 * @capacity: first assessments a month
 *
 * When the 18-week standard comes within reach at @capacity, and what
 * capacity would reach it by the plan's target date.
 */
char *
wmk_nd_projection_sentence (const WmkNdDemand *demand, double capacity)
{
  char reachable[11];
  double needed = wmk_nd_capacity_needed (demand, WMK_ND_TARGET_DATE);
  g_autofree char *first = NULL;

  if (wmk_nd_reachable_date (demand, capacity, reachable))
    {
      g_autofree char *month = wmk_nd_month_name (reachable);

      first = g_strdup_printf (_("At %.0f first assessments a month against %.0f referrals, a "
                                 "child joining the list would be seen within 18 weeks from %s."),
                               capacity, demand->arrivals, month);
    }
  else
    first = g_strdup_printf (_("At %.0f first assessments a month against %.0f referrals, the "
                               "18-week standard is not reached: the list of %.0f does not "
                               "shrink fast enough."),
                             capacity, demand->arrivals, demand->waiting);
  if (g_strcmp0 (demand->date, WMK_ND_TARGET_DATE) >= 0)
    return g_steal_pointer (&first);
  return g_strdup_printf (_("%s Reaching it by February 2024 needs %.0f a month."), first,
                          ceil (needed));
}

static char *
count_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* The report section: the last six months and the projection. */
void
wmk_nd_report_write (WmkPlan *plan, WmkDocument *document, gpointer user_data)
{
  static const char *header[] = { N_("Month"), N_("Waiting"), N_("Under 18 weeks"),
                                  N_("18 to 52 weeks"), N_("Over 52 weeks"),
                                  N_("% under 18 weeks"), NULL };
  const char *translated[G_N_ELEMENTS (header)];
  g_autoptr(GArray) months = wmk_nd_collect (plan, NULL);
  WmkNdDemand demand;

  if (months->len == 0)
    {
      wmk_document_add_paragraph (document, _("No waiting list figures have been entered."));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    translated[i] = header[i] ? _(header[i]) : NULL;
  wmk_document_begin_table (document, _("Children waiting for an autism assessment, both "
                                        "services"), translated);
  for (guint i = months->len > 6 ? months->len - 6 : 0; i < months->len; i++)
    {
      const WmkNdMonth *month = &g_array_index (months, WmkNdMonth, i);
      g_autofree char *name = wmk_nd_month_name (month->date);
      g_autofree char *waiting = count_text (wmk_nd_month_waiting (month));
      g_autofree char *under = count_text (month->under_18_weeks);
      g_autofree char *middle = count_text (month->weeks_18_to_52);
      g_autofree char *over = count_text (month->over_52_weeks);
      g_autofree char *percent = g_strdup_printf (
        "%.0f%%", wmk_nd_percent (month->under_18_weeks, wmk_nd_month_waiting (month)));
      const char *cells[] = { name, waiting, under, middle, over, percent, NULL };

      wmk_document_add_row (document, cells);
    }
  if (wmk_nd_demand (months, DEMAND_WINDOW, &demand))
    {
      g_autofree char *sentence = wmk_nd_projection_sentence (&demand, demand.capacity);

      wmk_document_add_paragraph (document, sentence);
    }
}
