/* wmk-comms-report.c: the communication standards section of the reports
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The host writes the section's heading (WmkReportSection's title); this
 * writes what goes under it: the complaints figure against the target, one
 * table row per standard with its compliance (status in words and a shape,
 * never colour alone), the monthly trend, and the "you said, we did" log.
 */

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-comms-plugin.h"
#include "wmk-comms-stats.h"
#include "wmk-comms-types.h"

static WmkDocumentTone
tone_for (WmkCommsLevel level)
{
  switch (level)
    {
    case WMK_COMMS_LEVEL_MET:
      return WMK_DOCUMENT_TONE_GOOD;
    case WMK_COMMS_LEVEL_CLOSE:
      return WMK_DOCUMENT_TONE_WARNING;
    case WMK_COMMS_LEVEL_MISSED:
      return WMK_DOCUMENT_TONE_BAD;
    case WMK_COMMS_LEVEL_NO_DATA:
    default:
      return WMK_DOCUMENT_TONE_NEUTRAL;
    }
}

static void
write_standards (WmkPlan *plan, WmkDocument *document, const char *today)
{
  GListModel *standards = wmk_plan_get_items (plan, WMK_COMMS_STANDARD);
  GListModel *contacts = wmk_plan_get_items (plan, WMK_COMMS_CONTACT);
  g_autofree char *since = wmk_comms_recent_start (contacts, 3);
  const char *header[] = { _("Service"), _("Channel"), _("Target"),
                           _("Answered in time, last 3 months"), _("Since the log began"),
                           _("Status"), NULL };

  if (g_list_model_get_n_items (standards) == 0)
    {
      wmk_document_add_paragraph (document, _("No service standards are recorded yet."));
      return;
    }
  wmk_document_begin_table (document, _("Compliance with each service standard"), header);
  wmk_document_set_status_column (document, 5);
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(WmkEntity) standard = g_list_model_get_item (standards, i);
      g_autofree char *target = wmk_comms_target_text (standard);
      g_autofree char *in_time = NULL, *overall = NULL;
      WmkCommsCompliance c, all;

      wmk_comms_compliance_for_standard (standard, contacts, since, today, &c);
      wmk_comms_compliance_for_standard (standard, contacts, NULL, today, &all);
      if (isnan (c.percent))
        in_time = g_strdup ("–");
      else
        /* Translators: "46 of 52 (88%)" */
        in_time = g_strdup_printf (_("%u of %u (%.0f%%)"), c.within, c.answered + c.late_open,
                                   c.percent);
      overall = isnan (all.percent) ? g_strdup ("–") : g_strdup_printf ("%.0f%%", all.percent);
      {
        const char *cells[] = {
          wmk_entity_get_string (standard, "service"),
          wmk_comms_enum_word ("channel", wmk_entity_get_string (standard, "channel")),
          target, in_time, overall, wmk_comms_level_word (c.level), NULL,
        };
        wmk_document_add_status_row (document, cells, tone_for (c.level));
      }
    }
}

static void
write_trend (WmkPlan *plan, WmkDocument *document)
{
  g_autoptr(GArray) trend = wmk_comms_complaint_trend (wmk_plan_get_items (plan,
                                                                           WMK_COMMS_CONTACT));
  const char *header[] = { _("Month"), _("Complaints"), _("About communication"), _("Share"),
                           _("Plan’s line"), NULL };
  const WmkCommsMonth *latest;
  g_autofree char *month = NULL, *summary = NULL;

  if (trend->len == 0)
    {
      wmk_document_add_paragraph (document, _("No complaints are logged yet."));
      return;
    }
  latest = &g_array_index (trend, WmkCommsMonth, trend->len - 1);
  month = wmk_comms_month_name (latest->month);
  summary = g_strdup_printf (_("In %s, %.0f%% of complaints (%u of %u) were about "
                               "communication, against 21%% in November 2021 and a target of "
                               "5%% by September 2023."),
                             month, latest->percent, latest->about_communication,
                             latest->complaints);
  wmk_document_add_paragraph (document, summary);

  wmk_document_begin_table (document, _("Complaints about communication, by month"), header);
  for (guint i = 0; i < trend->len; i++)
    {
      const WmkCommsMonth *m = &g_array_index (trend, WmkCommsMonth, i);
      g_autofree char *name = wmk_comms_month_name (m->month);
      g_autofree char *complaints = g_strdup_printf ("%u", m->complaints);
      g_autofree char *about = g_strdup_printf ("%u", m->about_communication);
      g_autofree char *share = g_strdup_printf ("%.0f%%", m->percent);
      g_autofree char *last_day = g_strdup_printf ("%.7s-28", m->month);
      g_autofree char *line = g_strdup_printf ("%.0f%%", wmk_comms_expected_percent (last_day));
      const char *cells[] = { name, complaints, about, share, line, NULL };

      wmk_document_add_row (document, cells);
    }
}

static void
write_you_said (WmkPlan *plan, WmkDocument *document)
{
  GListModel *entries = wmk_plan_get_items (plan, WMK_COMMS_YOU_SAID);
  const char *header[] = { _("Date"), _("You said"), _("We did"), _("Status"), NULL };

  if (g_list_model_get_n_items (entries) == 0)
    return;
  wmk_document_begin_table (document, _("You said, we did"), header);
  wmk_document_set_status_column (document, 3);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WmkEntity) entry = g_list_model_get_item (entries, i);
      const char *status = wmk_entity_get_string (entry, "status");
      g_autofree char *date = wmk_date_format (wmk_entity_get_string (entry, "date"),
                                               "%-d %b %Y");
      const char *cells[] = { date, wmk_entity_get_string (entry, "you_said"),
                              wmk_entity_get_string (entry, "we_did"),
                              wmk_comms_enum_word ("status", status), NULL };

      wmk_document_add_status_row (document, cells,
                                   g_strcmp0 (status, "done") == 0
                                     ? WMK_DOCUMENT_TONE_GOOD
                                     : WMK_DOCUMENT_TONE_NEUTRAL);
    }
}

void
wmk_comms_report_write (WmkPlan *plan, WmkDocument *document, gpointer user_data)
{
  g_autofree char *today = wmk_today_iso ();

  if (wmk_comms_any_illustrative (wmk_plan_get_items (plan, WMK_COMMS_CONTACT)))
    wmk_document_add_paragraph (document, _(WMK_COMMS_ILLUSTRATIVE));
  write_trend (plan, document);
  write_standards (plan, document, today);
  write_you_said (plan, document);
}
