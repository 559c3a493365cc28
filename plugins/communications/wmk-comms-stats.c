/* wmk-comms-stats.c: compliance with the standards, and complaints about communication
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plugin's calculations, without GTK, each with worked examples in
 * tests/test-comms-stats.c (docs/plugins.md gives the formulas):
 *   - compliance with a standard: of the contacts on its service and channel,
 *     the share answered within its target, in working days
 *     (wmk-comms-working-days.c). A target in hours is counted in whole days
 *     since contacts carry days, not times: H hours allow H / 24 working days,
 *     rounded down, so under 24 hours means the same working day. A contact
 *     not yet answered counts as missed once its target has passed;
 *   - the monthly share of complaints that are about communication, against
 *     the straight line from the plan's baseline to its target;
 *   - for KPI B-KPI2, each month's compliance over the standards marked as
 *     part of the EHC process.
 */

#include "wmk-comms-stats.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-comms-types.h"
#include "wmk-comms-working-days.h"

/* The working days a standard allows, or -1 if it sets no target. */
int
wmk_comms_allowed_working_days (WmkEntity *standard)
{
  gint64 target = wmk_entity_get_int (standard, "target", -1);

  if (target < 0)
    return -1;
  if (g_strcmp0 (wmk_entity_get_string (standard, "target_unit"), "hours") == 0)
    return (int) (target / 24);
  return (int) target;
}

static char *
normalised (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return g_utf8_casefold (trimmed, -1);
}

/* The same channel, and the same service (ignoring case and spaces around). */
gboolean
wmk_comms_contact_matches (WmkEntity *contact, WmkEntity *standard)
{
  g_autofree char *a = NULL, *b = NULL;

  if (g_strcmp0 (wmk_entity_get_string (contact, "channel"),
                 wmk_entity_get_string (standard, "channel")) != 0)
    return FALSE;
  a = normalised (wmk_entity_get_string (contact, "service"));
  b = normalised (wmk_entity_get_string (standard, "service"));
  return *a && g_str_equal (a, b);
}

/* How many contacts a line stands for: its "count", 1 when unset. */
guint
wmk_comms_contact_count (WmkEntity *contact)
{
  gint64 count = wmk_entity_get_int (contact, "count", 1);

  return count < 0 ? 0 : (guint) MIN (count, G_MAXUINT / 4);
}

/**
 * wmk_comms_compliance_add:
 * @allowed: the working days the standard allows
 * @today: the day the figures are for, "YYYY-MM-DD"
 *
 * Counts one contact line. Lines with no received date are left out.
 */
void
wmk_comms_compliance_add (WmkCommsCompliance *compliance, WmkEntity *contact, int allowed,
                          const char *today)
{
  const char *received = wmk_entity_get_string (contact, "received");
  const char *responded = wmk_entity_get_string (contact, "responded");
  guint count = wmk_comms_contact_count (contact);
  int taken;

  if (allowed < 0 || !wmk_date_is_valid (received))
    return;
  if (wmk_date_is_valid (responded))
    {
      taken = wmk_comms_working_days_between (received, responded);
      if (taken < 0)
        return;  /* answered before it came: a typing error, not a figure */
      compliance->answered += count;
      if (taken <= allowed)
        compliance->within += count;
      return;
    }
  taken = wmk_comms_working_days_between (received, today);
  if (taken > allowed)
    compliance->late_open += count;
  else if (taken >= 0)
    compliance->waiting += count;
}

void
wmk_comms_compliance_finish (WmkCommsCompliance *compliance)
{
  guint judged = compliance->answered + compliance->late_open;

  compliance->percent = judged ? 100.0 * compliance->within / judged : NAN;
  compliance->level = wmk_comms_level_for_percent (compliance->percent);
}

/**
 * wmk_comms_compliance_for_standard:
 * @since: (nullable): count only contacts received on or after this day
 *
 * Compliance with one standard, over the contacts on its service and channel.
 */
void
wmk_comms_compliance_for_standard (WmkEntity *standard, GListModel *contacts, const char *since,
                                   const char *today, WmkCommsCompliance *out)
{
  int allowed = wmk_comms_allowed_working_days (standard);

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(WmkEntity) contact = g_list_model_get_item (contacts, i);
      const char *received = wmk_entity_get_string (contact, "received");

      if (since && (received == NULL || strcmp (received, since) < 0))
        continue;
      if (wmk_comms_contact_matches (contact, standard))
        wmk_comms_compliance_add (out, contact, allowed, today);
    }
  wmk_comms_compliance_finish (out);
}

/**
 * wmk_comms_recent_start:
 * @months: how many months, the latest included
 *
 * Where the latest @months months of the log start: the first day of the
 * month @months - 1 before the latest month any contact was received in.
 * Figures "over the last three months" then mean the log's, not the
 * calendar's, so an old plan still shows its latest quarter.
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-01", or %NULL with no contacts
 */
char *
wmk_comms_recent_start (GListModel *contacts, guint months)
{
  g_autofree char *latest = NULL;
  int year, month;

  g_return_val_if_fail (months > 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(WmkEntity) contact = g_list_model_get_item (contacts, i);
      const char *received = wmk_entity_get_string (contact, "received");

      if (wmk_date_is_valid (received) && (latest == NULL || strcmp (received, latest) > 0))
        {
          g_free (latest);
          latest = g_strdup (received);
        }
    }
  if (latest == NULL)
    return NULL;
  year = atoi (latest);
  month = atoi (latest + 5) - (int) (months - 1);
  while (month < 1)
    {
      month += 12;
      year--;
    }
  return g_strdup_printf ("%04d-%02d-01", year, month);
}

WmkCommsLevel
wmk_comms_level_for_percent (double percent)
{
  if (isnan (percent))
    return WMK_COMMS_LEVEL_NO_DATA;
  if (percent >= WMK_COMMS_MET_PERCENT)
    return WMK_COMMS_LEVEL_MET;
  if (percent >= WMK_COMMS_CLOSE_PERCENT)
    return WMK_COMMS_LEVEL_CLOSE;
  return WMK_COMMS_LEVEL_MISSED;
}

const char *
wmk_comms_level_word (WmkCommsLevel level)
{
  switch (level)
    {
    case WMK_COMMS_LEVEL_MET:
      return _("Met");
    case WMK_COMMS_LEVEL_CLOSE:
      return _("Close");
    case WMK_COMMS_LEVEL_MISSED:
      return _("Missed");
    case WMK_COMMS_LEVEL_NO_DATA:
    default:
      return _("No contacts yet");
    }
}

/* The app's RAG shapes: green a circle, amber a diamond, red a triangle. */
const char *
wmk_comms_level_shape (WmkCommsLevel level)
{
  switch (level)
    {
    case WMK_COMMS_LEVEL_MET:
      return "●";
    case WMK_COMMS_LEVEL_CLOSE:
      return "◆";
    case WMK_COMMS_LEVEL_MISSED:
      return "▲";
    case WMK_COMMS_LEVEL_NO_DATA:
    default:
      return "○";
    }
}

static int
compare_month (gconstpointer a, gconstpointer b)
{
  return strcmp (((const WmkCommsMonth *) a)->month, ((const WmkCommsMonth *) b)->month);
}

/**
 * wmk_comms_complaint_trend:
 * @contacts: the plan's contacts
 *
 * Each month with a complaint, by the month it was received: how many
 * complaints, how many about communication, and the share.
 *
 * Returns: (transfer full) (element-type WmkCommsMonth): by month
 */
GArray *
wmk_comms_complaint_trend (GListModel *contacts)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *months = g_array_new (FALSE, TRUE, sizeof (WmkCommsMonth));

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(WmkEntity) contact = g_list_model_get_item (contacts, i);
      const char *received = wmk_entity_get_string (contact, "received");
      guint count = wmk_comms_contact_count (contact);
      g_autofree char *key = NULL;
      WmkCommsMonth *month;
      guint slot;

      if (!wmk_entity_get_bool (contact, "complaint") || !wmk_date_is_valid (received)
          || count == 0)
        continue;
      key = g_strndup (received, 7);
      slot = GPOINTER_TO_UINT (g_hash_table_lookup (index, key));
      if (slot == 0)
        {
          WmkCommsMonth empty = { { 0 } };

          memcpy (empty.month, key, 7);
          g_array_append_val (months, empty);
          slot = months->len;
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (slot));
        }
      month = &g_array_index (months, WmkCommsMonth, slot - 1);
      month->complaints += count;
      if (wmk_entity_get_bool (contact, "about_communication"))
        month->about_communication += count;
    }
  for (guint i = 0; i < months->len; i++)
    {
      WmkCommsMonth *month = &g_array_index (months, WmkCommsMonth, i);

      month->percent = 100.0 * month->about_communication / month->complaints;
    }
  g_array_sort (months, compare_month);
  return months;
}

/**
 * wmk_comms_expected_percent:
 * @date: a day, "YYYY-MM-DD"
 *
 * Where the plan expects the share of complaints about communication to be
 * on @date: the straight line from 21% on 30 November 2021 to 5% on
 * 30 September 2023, and 5% after it.
 *
 * Returns: a percentage, or NAN if @date is not a date
 */
double
wmk_comms_expected_percent (const char *date)
{
  int span, done;

  if (!wmk_date_is_valid (date))
    return NAN;
  span = wmk_days_between (WMK_COMMS_BASELINE_DATE, WMK_COMMS_TARGET_DATE);
  done = wmk_days_between (WMK_COMMS_BASELINE_DATE, date);
  if (done <= 0)
    return WMK_COMMS_BASELINE_PERCENT;
  if (done >= span)
    return WMK_COMMS_TARGET_PERCENT;
  return WMK_COMMS_BASELINE_PERCENT
         + (WMK_COMMS_TARGET_PERCENT - WMK_COMMS_BASELINE_PERCENT) * done / span;
}

/* The last day of the month of @date. */
static void
month_end (const char *date, char out[11])
{
  GDate day;
  int year = atoi (date), month = atoi (date + 5);

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_get_days_in_month (month, year), month, year);
  g_snprintf (out, 11, "%04d-%02d-%02d", year, month, g_date_get_day (&day));
}

/**
 * wmk_comms_ehc_compliance_by_month:
 * @standards: the plan's standards
 * @contacts: the plan's contacts
 * @today: the day unanswered contacts are judged on
 *
 * For each month, the share of contacts under the standards marked as part of
 * the EHC process that were answered within their target (by the month they
 * were received; each contact under the first standard it matches). The value
 * is dated the month's last day.
 *
 * Returns: (transfer full) (element-type WmkKpiFeedValue): by date
 */
GArray *
wmk_comms_ehc_compliance_by_month (GListModel *standards, GListModel *contacts, const char *today)
{
  g_autoptr(GArray) totals = g_array_new (FALSE, TRUE, sizeof (WmkCommsCompliance));
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(WmkEntity) contact = g_list_model_get_item (contacts, i);
      const char *received = wmk_entity_get_string (contact, "received");
      guint slot;

      if (!wmk_date_is_valid (received))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (standards); s++)
        {
          g_autoptr(WmkEntity) standard = g_list_model_get_item (standards, s);

          if (!wmk_entity_get_bool (standard, "ehc_process")
              || !wmk_comms_contact_matches (contact, standard))
            continue;
          for (slot = 0; slot < months->len; slot++)
            if (strncmp (months->pdata[slot], received, 7) == 0)
              break;
          if (slot == months->len)
            {
              WmkCommsCompliance empty = { 0 };

              g_ptr_array_add (months, g_strndup (received, 7));
              g_array_append_val (totals, empty);
            }
          wmk_comms_compliance_add (&g_array_index (totals, WmkCommsCompliance, slot), contact,
                                    wmk_comms_allowed_working_days (standard), today);
          break;
        }
    }
  for (guint i = 0; i < months->len; i++)
    {
      WmkCommsCompliance *total = &g_array_index (totals, WmkCommsCompliance, i);
      WmkKpiFeedValue value = { { 0 } };

      wmk_comms_compliance_finish (total);
      if (isnan (total->percent))
        continue;
      month_end (months->pdata[i], value.date);
      value.value = round (total->percent * 10) / 10;
      g_array_append_val (values, value);
    }
  g_array_sort (values, (GCompareFunc) strcmp);
  return values;
}
