/* wmk-comms-figures.c: the communication figures the core shows: a tile and a KPI feed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without GTK, so the Overview, the reports and waymark-cli can show them.
 */

#include <glib/gi18n-lib.h>

#include "wmk-comms-plugin.h"
#include "wmk-comms-stats.h"
#include "wmk-comms-types.h"

/* "2023-10" as "October 2023". */
char *
wmk_comms_month_name (const char *month)
{
  g_autofree char *day = g_strdup_printf ("%.7s-01", month);

  return wmk_date_format (day, "%B %Y");
}

/**
 * wmk_comms_feed_compute:
 *
 * B-KPI2, "Improvement in communication during the EHC process": each
 * month's share of contacts under the EHC process's standards answered
 * within their target (docs/plugins.md says why this KPI and this figure).
 */
GArray *
wmk_comms_feed_compute (WmkPlan *plan, gpointer user_data)
{
  g_autofree char *today = wmk_today_iso ();

  return wmk_comms_ehc_compliance_by_month (wmk_plan_get_items (plan, WMK_COMMS_STANDARD),
                                            wmk_plan_get_items (plan, WMK_COMMS_CONTACT),
                                            today);
}

/* The latest month's share of complaints about communication. */
char *
wmk_comms_tile_figure (WmkPlan *plan, char **caption, gpointer user_data)
{
  g_autoptr(GArray) trend = wmk_comms_complaint_trend (wmk_plan_get_items (plan,
                                                                           WMK_COMMS_CONTACT));
  const WmkCommsMonth *latest;
  g_autofree char *month = NULL;

  if (trend->len == 0)
    {
      *caption = g_strdup (_("No complaints logged yet; 21% at the start, target 5%"));
      return g_strdup ("–");
    }
  latest = &g_array_index (trend, WmkCommsMonth, trend->len - 1);
  month = wmk_comms_month_name (latest->month);
  /* Translators: "2 of 24 complaints in October 2023; 21% at the start, target 5% by
   * September 2023" */
  *caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u complaint in %s; 21%% at the start, "
                                           "target 5%% by September 2023",
                                           "%u of %u complaints in %s; 21%% at the start, "
                                           "target 5%% by September 2023",
                                           latest->complaints),
                              latest->about_communication, latest->complaints, month);
  return g_strdup_printf ("%.0f%%", latest->percent);
}

