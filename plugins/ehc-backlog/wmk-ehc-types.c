/* wmk-ehc-types.c: the EHC plan backlog plugin's entity types, and reading them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two types, stored, synced, exported and undone by the core:
 *   - a month: the 0-25 team's figures for one calendar month, aggregates
 *     only (counts, never a child);
 *   - the settings: what the plan measures them against (the national
 *     average it quotes, its targets, the backlog it set out to clear). A
 *     plan holds at most one; without it the Devon plan's figures apply.
 * The calculations read months into plain structs (WmkEhcMonth), sorted by
 * month, so that they can be tested and timed without a plan.
 */

#include "wmk-ehc-types.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

static const WmkFieldSpec month_fields[] = {
  { "month", WMK_FIELD_DATE, NULL, N_("Month") },
  { "requests_received", WMK_FIELD_INTEGER, NULL, N_("Requests received") },
  { "assessments_issued", WMK_FIELD_INTEGER, NULL, N_("EHC plans issued") },
  { "issued_within_20_weeks", WMK_FIELD_INTEGER, NULL, N_("Issued within 20 weeks") },
  { "annual_reviews_due", WMK_FIELD_INTEGER, NULL, N_("Annual reviews due") },
  { "annual_reviews_completed", WMK_FIELD_INTEGER, NULL, N_("Annual reviews completed") },
  { "annual_reviews_overdue", WMK_FIELD_INTEGER, NULL, N_("Annual reviews overdue") },
  { "assessment_backlog", WMK_FIELD_INTEGER, NULL, N_("Needs assessments waiting") },
  { "caseworker_fte", WMK_FIELD_NUMBER, NULL, N_("Caseworkers (FTE)") },
  { "ehc_plans", WMK_FIELD_INTEGER, NULL, N_("EHC plans maintained") },
  { "ep_advice_waiting", WMK_FIELD_INTEGER, NULL, N_("Waiting for EP advice") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "source", WMK_FIELD_STRING, NULL, N_("Source") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_ehc_month_spec = {
  WMK_EHC_MONTH, N_("EHC figures for a month"), month_fields, G_N_ELEMENTS (month_fields),
};

static const WmkFieldSpec settings_fields[] = {
  { "baseline_month", WMK_FIELD_DATE, NULL, N_("Backlog baseline month") },
  { "baseline_reviews", WMK_FIELD_INTEGER, NULL, N_("Annual reviews overdue at the baseline") },
  { "baseline_assessments", WMK_FIELD_INTEGER, NULL, N_("Assessments waiting at the baseline") },
  { "clearance_target", WMK_FIELD_DATE, NULL, N_("Backlog cleared by") },
  { "national_average", WMK_FIELD_NUMBER, NULL, N_("National average issued within 20 weeks (%)") },
  { "timeliness_target", WMK_FIELD_NUMBER, NULL, N_("Target issued within 20 weeks (%)") },
  { "timeliness_target_date", WMK_FIELD_DATE, NULL, N_("Timeliness target date") },
  { "caseload_baseline", WMK_FIELD_NUMBER, NULL, N_("Caseload per caseworker at the start") },
  { "caseload_target", WMK_FIELD_NUMBER, NULL, N_("Caseload per caseworker target") },
  { "forecast_window", WMK_FIELD_INTEGER, NULL, N_("Months of throughput the forecast uses") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_ehc_settings_spec = {
  WMK_EHC_SETTINGS, N_("EHC backlog targets"), settings_fields, G_N_ELEMENTS (settings_fields),
};

const char *
wmk_ehc_figure_field (WmkEhcFigure figure)
{
  g_return_val_if_fail (figure < WMK_EHC_N_FIGURES, NULL);
  return month_fields[figure + 1].name;
}

const char *
wmk_ehc_figure_label (WmkEhcFigure figure)
{
  g_return_val_if_fail (figure < WMK_EHC_N_FIGURES, NULL);
  return _(month_fields[figure + 1].label);
}

/* Everything but the caseworkers is a whole number of things. */
gboolean
wmk_ehc_figure_is_count (WmkEhcFigure figure)
{
  return figure != WMK_EHC_CASEWORKER_FTE;
}

/* Returns: the month index of a "YYYY-MM-DD" date, or -1 */
int
wmk_ehc_month_index (const char *date)
{
  if (date == NULL || !wmk_date_is_valid (date))
    return -1;
  return (int) g_ascii_strtoll (date, NULL, 10) * 12 + (int) g_ascii_strtoll (date + 5, NULL, 10)
         - 1;
}

/* Returns: (transfer full): the first day of the month, "2023-03-01" */
char *
wmk_ehc_month_date (int index)
{
  return g_strdup_printf ("%04d-%02d-01", index / 12, index % 12 + 1);
}

/* Returns: (transfer full): the last day of the month, "2023-03-31" */
char *
wmk_ehc_month_end (int index)
{
  int year = index / 12, month = index % 12 + 1;

  return g_strdup_printf ("%04d-%02d-%02d", year, month,
                          g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
}

static char *
month_format (int index, const char *format)
{
  g_autofree char *date = wmk_ehc_month_date (index);

  return wmk_date_format (date, format);
}

/* Returns: (transfer full): "Mar 2023" */
char *
wmk_ehc_month_name (int index)
{
  return month_format (index, "%b %Y");
}

/* Returns: (transfer full): "March 2023" */
char *
wmk_ehc_month_long_name (int index)
{
  return month_format (index, "%B %Y");
}

/* Returns: (transfer full): a count as the plan writes it, "1,600"; "–" for NAN */
char *
wmk_ehc_format_count (double value)
{
  g_autofree char *digits = NULL;
  GString *out;
  gsize len, lead;

  if (isnan (value))
    return g_strdup ("–");
  digits = g_strdup_printf ("%.0f", fabs (round (value)));
  len = strlen (digits);
  out = g_string_new (round (value) < 0 ? "−" : "");
  lead = len % 3 ? len % 3 : 3;
  g_string_append_len (out, digits, lead);
  for (gsize i = lead; i < len; i += 3)
    {
      g_string_append_c (out, ',');
      g_string_append_len (out, digits + i, 3);
    }
  return g_string_free (out, FALSE);
}

/**
 * wmk_ehc_settings_init:
 *
 * The Devon plan's figures: 1,600 overdue annual reviews and 500 needs
 * assessments in January 2023, cleared by 30 November 2023 (C-KPI7); 50%
 * of plans issued within 20 weeks by February 2024 (C-KPI1) against the
 * national average of 58% the plan quotes; caseload from 500 to 200 per
 * caseworker (3.1.2); forecasts from the last 3 months.
 */
void
wmk_ehc_settings_init (WmkEhcSettings *settings)
{
  *settings = (WmkEhcSettings) {
    .baseline_month = 2023 * 12,
    .baseline_reviews = 1600,
    .baseline_assessments = 500,
    .clearance_month = 2023 * 12 + 10,
    .clearance_date = "2023-11-30",
    .national_average = 58,
    .timeliness_target = 50,
    .timeliness_date = "2024-02-29",
    .caseload_baseline = 500,
    .caseload_target = 200,
    .window = 3,
  };
}

static void
read_number (WmkEntity *entity, const char *field, double *into)
{
  JsonNode *node = wmk_entity_get_field (entity, field);

  if (node && JSON_NODE_HOLDS_VALUE (node))
    *into = wmk_entity_get_number (entity, field, *into);
}

/* The plan's settings item over the defaults, field by field. */
void
wmk_ehc_settings_read (WmkPlan *plan, WmkEhcSettings *settings)
{
  GListModel *items;
  g_autoptr(WmkEntity) entity = NULL;
  const char *date;
  double window;

  wmk_ehc_settings_init (settings);
  if (plan == NULL)
    return;
  items = wmk_plan_get_items (plan, WMK_EHC_SETTINGS);
  if (items == NULL || g_list_model_get_n_items (items) == 0)
    return;
  entity = g_list_model_get_item (items, 0);

  if (wmk_ehc_month_index (date = wmk_entity_get_string (entity, "baseline_month")) >= 0)
    settings->baseline_month = wmk_ehc_month_index (date);
  if (wmk_ehc_month_index (date = wmk_entity_get_string (entity, "clearance_target")) >= 0)
    {
      settings->clearance_month = wmk_ehc_month_index (date);
      g_strlcpy (settings->clearance_date, date, sizeof settings->clearance_date);
    }
  if (wmk_date_is_valid (date = wmk_entity_get_string (entity, "timeliness_target_date")))
    g_strlcpy (settings->timeliness_date, date, sizeof settings->timeliness_date);
  read_number (entity, "baseline_reviews", &settings->baseline_reviews);
  read_number (entity, "baseline_assessments", &settings->baseline_assessments);
  read_number (entity, "national_average", &settings->national_average);
  read_number (entity, "timeliness_target", &settings->timeliness_target);
  read_number (entity, "caseload_baseline", &settings->caseload_baseline);
  read_number (entity, "caseload_target", &settings->caseload_target);
  window = settings->window;
  read_number (entity, "forecast_window", &window);
  settings->window = CLAMP ((guint) MAX (window, 1), 1, 24);
}

static int
compare_months (gconstpointer a, gconstpointer b)
{
  const WmkEhcMonth *x = a, *y = b;

  return (x->index > y->index) - (x->index < y->index);
}

/**
 * wmk_ehc_months_read:
 *
 * The plan's months with a valid month date, sorted by month. Two items for
 * one month (two laptops adding it offline) are both kept; the calculations
 * use the last of them.
 *
 * Returns: (transfer full): a #GArray of #WmkEhcMonth; the ids point into
 *   the plan's entities and last as long as they do
 */
GArray *
wmk_ehc_months_read (WmkPlan *plan)
{
  GListModel *items = wmk_plan_get_items (plan, WMK_EHC_MONTH);
  guint n = items ? g_list_model_get_n_items (items) : 0;
  GArray *months = g_array_sized_new (FALSE, TRUE, sizeof (WmkEhcMonth), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);
      WmkEhcMonth month = { wmk_ehc_month_index (wmk_entity_get_string (entity, "month")) };

      if (month.index < 0)
        continue;
      month.id = wmk_entity_get_id (entity);
      for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
        {
          month.figure[f] = NAN;
          read_number (entity, wmk_ehc_figure_field (f), &month.figure[f]);
        }
      g_array_append_val (months, month);
    }
  g_array_sort (months, compare_months);
  return months;
}

/* Whether any month came from the sample (its source says so). */
gboolean
wmk_ehc_months_illustrative (WmkPlan *plan)
{
  GListModel *items = wmk_plan_get_items (plan, WMK_EHC_MONTH);
  guint n = items ? g_list_model_get_n_items (items) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);
      const char *source = wmk_entity_get_string (entity, "source");

      if (source && g_str_has_prefix (source, "Illustrative"))
        return TRUE;
    }
  return FALSE;
}

/* Returns: (transfer full): the month's date and the figures it has, as fields */
JsonObject *
wmk_ehc_month_to_fields (const WmkEhcMonth *month)
{
  JsonObject *fields = json_object_new ();
  g_autofree char *date = wmk_ehc_month_date (month->index);

  json_object_set_string_member (fields, "month", date);
  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    {
      if (isnan (month->figure[f]))
        continue;
      if (wmk_ehc_figure_is_count (f))
        json_object_set_int_member (fields, wmk_ehc_figure_field (f), (gint64) month->figure[f]);
      else
        json_object_set_double_member (fields, wmk_ehc_figure_field (f), month->figure[f]);
    }
  return fields;
}
