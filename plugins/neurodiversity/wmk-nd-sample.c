/* wmk-nd-sample.c: illustrative waiting list figures for the sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made up, but consistent with the plan's seeds: about 2,000 children
 * waiting for an autism assessment in January 2023, half of them for over a
 * year, the under-fives on their own list. The months are simulated rather
 * than typed in, so that they hang together: each service's list is kept as
 * monthly cohorts of referrals, children are assessed in turn (the longest
 * waiting first), and the wait bands are counted from the cohorts' ages.
 * Assessments rise through 2023 as the pathway gains capacity. Every item is
 * marked illustrative and the page says so; all figures are aggregates.
 */

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-nd-plugin.h"
#include "wmk-nd-types.h"

#define N_MONTHS  18   /* January 2023 to June 2024 */
#define HISTORY   24   /* months of referrals already on the list at the start */

typedef struct
{
  const char *service;
  double      cohort;              /* children still waiting from each past month */
  double      referrals;           /* a month */
  double      assess_first, assess_last;
  double      girls, girls_long;   /* share of the list, and of those over a year */
  double      mh, mh_long;
} Service;

static const Service services[] = {
  { "5-18", 75, 105, 55, 175, 0.22, 0.27, 0.31, 0.36 },
  { "0-5", 8.5, 22, 14, 30, 0.18, 0.20, 0.06, 0.07 },
};

static gint64
share (double part, gint64 whole)
{
  return (gint64) round (part * (double) whole);
}

/* Month @m's snapshot of @service's simulated list; @ages[i] children have
 * waited i months. */
static gboolean
add_snapshot (WmkEdit *edit, const Service *service, const double *ages, guint m, double referrals,
              double assessments, double *pos, GError **error)
{
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *id = NULL;
  gint64 bands[3] = { 0, 0, 0 }, waiting;
  int year = 2023 + m / 12, month = m % 12 + 1;
  g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year, month,
                                           g_date_get_days_in_month (month, year));

  /* 18 weeks is 4.15 months: ages 0-3 are under it, 4-11 under a year. */
  for (guint age = 0; age < HISTORY + N_MONTHS; age++)
    bands[age < 4 ? 0 : age < 12 ? 1 : 2] += (gint64) round (ages[age]);
  waiting = bands[0] + bands[1] + bands[2];

  json_object_set_string_member (fields, "date", date);
  json_object_set_string_member (fields, "service", service->service);
  json_object_set_int_member (fields, "under_18_weeks", bands[0]);
  json_object_set_int_member (fields, "weeks_18_to_52", bands[1]);
  json_object_set_int_member (fields, "over_52_weeks", bands[2]);
  json_object_set_int_member (fields, "referrals", (gint64) round (referrals));
  json_object_set_int_member (fields, "assessments", (gint64) round (assessments));
  json_object_set_int_member (fields, "girls_waiting", share (service->girls, waiting));
  json_object_set_int_member (fields, "girls_over_52_weeks", share (service->girls_long, bands[2]));
  json_object_set_int_member (fields, "mh_waiting", share (service->mh, waiting));
  json_object_set_int_member (fields, "mh_over_52_weeks", share (service->mh_long, bands[2]));
  json_object_set_string_member (fields, "source", _("Illustrative figures"));
  json_object_set_boolean_member (fields, "illustrative", TRUE);
  json_object_set_double_member (fields, "pos", ++*pos);
  id = wmk_edit_create (edit, WMK_ND_SNAPSHOT, fields, error);
  return id != NULL;
}

static gboolean
add_service (WmkEdit *edit, const Service *service, double *pos, GError **error)
{
  double ages[HISTORY + N_MONTHS] = { 0 };

  for (guint age = 0; age < HISTORY; age++)
    ages[age] = service->cohort;
  for (guint m = 0; m < N_MONTHS; m++)
    {
      double assessments = service->assess_first
                           + (service->assess_last - service->assess_first) * m / (N_MONTHS - 1);
      /* A little seasonal: fewer referrals over the summer holidays. */
      double referrals = service->referrals * (m % 12 == 7 ? 0.8 : 1.0);
      double left = assessments;

      /* A month passes: everyone waits a month longer, the new referrals join. */
      for (guint age = HISTORY + N_MONTHS - 1; age > 0; age--)
        ages[age] = ages[age - 1];
      ages[0] = referrals;
      /* The longest waiting are assessed first. */
      for (guint age = HISTORY + N_MONTHS; age-- > 0 && left > 0;)
        {
          double seen = MIN (ages[age], left);

          ages[age] -= seen;
          left -= seen;
        }
      if (!add_snapshot (edit, service, ages, m, referrals, assessments - left, pos, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_birth_visits (WmkEdit *edit, double *pos, GError **error)
{
  for (guint m = 0; m < N_MONTHS; m++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;
      int year = 2023 + m / 12, month = m % 12 + 1;
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year, month,
                                               g_date_get_days_in_month (month, year));
      gint64 visits = 560 + (m * 37) % 80;
      double within = 0.78 + 0.11 * m / (N_MONTHS - 1);

      json_object_set_string_member (fields, "date", date);
      json_object_set_int_member (fields, "visits", visits);
      json_object_set_int_member (fields, "within_10_15_days", share (within, visits));
      json_object_set_boolean_member (fields, "illustrative", TRUE);
      json_object_set_double_member (fields, "pos", ++*pos);
      if ((id = wmk_edit_create (edit, WMK_ND_BIRTH_VISITS, fields, error)) == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * wmk_nd_sample_fill:
 *
 * Adds eighteen months of illustrative snapshots for both services and of
 * new birth visits to a new sample plan, as one edit.
 */
gboolean
wmk_nd_sample_fill (WmkPlan *plan, gpointer user_data, GError **error)
{
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Add the illustrative neurodiversity "
                                                    "pathway figures"));
  double pos = 0;

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    if (!add_service (edit, &services[i], &pos, error))
      return FALSE;
  if (!add_birth_visits (edit, &pos, error))
    return FALSE;
  return wmk_plan_commit (plan, edit, error);
}
