/* wmk-ehc-sample.c: illustrative EHC figures for the built-in sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighteen months, January 2023 to June 2024, consistent with the plan: 1,600
 * overdue annual reviews and 500 needs assessments waiting in January 2023
 * (C-KPI7), falling through 2023 but not by the November 2023 target;
 * timeliness rising from under 10% towards the national average of 58% the
 * plan quotes; caseworkers recruited from 16 to 42 (3.1.2), so the caseload
 * falls from about 500 plans each to about 200. Aggregates only. They are
 * marked as illustrative in their source, and the page says so.
 */

#include "wmk-ehc-plugin.h"


#include "wmk-ehc-types.h"

static const struct
{
  int requests, issued, within, due, overdue, backlog;
  double fte;
  int plans, ep;
} figures[] = {
  /* 2023 */
  { 112, 64, 6, 640, 1600, 500, 16, 7900, 420 },
  { 118, 70, 8, 645, 1540, 492, 16, 7940, 410 },
  { 126, 75, 9, 650, 1455, 470, 18, 7980, 395 },
  { 109, 68, 11, 655, 1350, 445, 20, 8020, 380 },
  { 121, 72, 14, 660, 1240, 420, 22, 8060, 360 },
  { 104, 80, 17, 665, 1130, 398, 24, 8100, 345 },
  { 98, 74, 20, 670, 1040, 380, 26, 8140, 330 },
  { 85, 58, 19, 675, 975, 372, 28, 8180, 320 },
  { 119, 82, 27, 680, 880, 350, 30, 8220, 300 },
  { 127, 85, 30, 685, 770, 322, 31, 8260, 285 },
  { 122, 84, 33, 690, 655, 296, 32, 8300, 270 },
  { 96, 66, 29, 695, 590, 280, 33, 8340, 255 },
  /* 2024 */
  { 124, 78, 35, 700, 520, 262, 34, 8380, 240 },
  { 120, 81, 40, 705, 445, 240, 36, 8420, 220 },
  { 131, 83, 44, 710, 370, 215, 38, 8460, 200 },
  { 115, 76, 41, 715, 300, 196, 40, 8500, 185 },
  { 128, 85, 48, 720, 240, 178, 41, 8540, 170 },
  { 117, 80, 47, 725, 185, 160, 42, 8580, 150 },
};

/* The source every sample month carries ("Illustrative…": the page looks for it). */
#define SAMPLE_SOURCE "Illustrative figures, not Devon's data"

gboolean
wmk_ehc_sample_fill (WmkPlan *plan, gpointer user_data, GError **error)
{
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add the illustrative EHC figures");
  g_autoptr(JsonObject) settings = json_object_new ();
  g_autofree char *settings_id = NULL;
  int first = 2023 * 12;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *month = wmk_ehc_month_date (first + (int) i);
      g_autofree char *id = NULL;
      /* Completed = due this month + the fall in the overdue count (40 in January). */
      int fall = i == 0 ? 40 : figures[i - 1].overdue - figures[i].overdue;

      json_object_set_string_member (fields, "month", month);
      json_object_set_int_member (fields, "requests_received", figures[i].requests);
      json_object_set_int_member (fields, "assessments_issued", figures[i].issued);
      json_object_set_int_member (fields, "issued_within_20_weeks", figures[i].within);
      json_object_set_int_member (fields, "annual_reviews_due", figures[i].due);
      json_object_set_int_member (fields, "annual_reviews_completed", figures[i].due + fall);
      json_object_set_int_member (fields, "annual_reviews_overdue", figures[i].overdue);
      json_object_set_int_member (fields, "assessment_backlog", figures[i].backlog);
      json_object_set_double_member (fields, "caseworker_fte", figures[i].fte);
      json_object_set_int_member (fields, "ehc_plans", figures[i].plans);
      json_object_set_int_member (fields, "ep_advice_waiting", figures[i].ep);
      json_object_set_string_member (fields, "source", SAMPLE_SOURCE);
      if ((id = wmk_edit_create (edit, WMK_EHC_MONTH, fields, error)) == NULL)
        return FALSE;
    }

  json_object_set_string_member (settings, "baseline_month", "2023-01-01");
  json_object_set_int_member (settings, "baseline_reviews", 1600);
  json_object_set_int_member (settings, "baseline_assessments", 500);
  json_object_set_string_member (settings, "clearance_target", "2023-11-30");
  json_object_set_double_member (settings, "national_average", 58);
  json_object_set_double_member (settings, "timeliness_target", 50);
  json_object_set_string_member (settings, "timeliness_target_date", "2024-02-29");
  json_object_set_double_member (settings, "caseload_baseline", 500);
  json_object_set_double_member (settings, "caseload_target", 200);
  json_object_set_int_member (settings, "forecast_window", 3);
  json_object_set_string_member (settings, "note",
                                 "From the plan: C-KPI1 (50% within 20 weeks by February "
                                 "2024; national average 58%), C-KPI7 (1,600 reviews and 500 "
                                 "assessments cleared by November 2023), 3.1.2 (caseload 500 "
                                 "to 200).");
  if ((settings_id = wmk_edit_create (edit, WMK_EHC_SETTINGS, settings, error)) == NULL)
    return FALSE;
  return wmk_plan_commit (plan, edit, error);
}
