/* test-nd-pathway.c: the neurodiversity pathway's figures, on worked examples
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plugin is loaded from its build folder (WAYMARK_PLUGIN_PATH) so that a
 * real plan in a temporary folder knows its types; the figures are checked
 * against sums done by hand.
 */

#include <math.h>

#include "wmk-nd-pathway.h"
#include "wmk-nd-types.h"
#include "wmk-test-support.h"

gboolean wmk_nd_sample_fill (WmkPlan *plan, gpointer user_data, GError **error);

static void
add_snapshot (WmkPlan *plan, const char *date, const char *service, gint64 under, gint64 middle,
              gint64 over, gint64 referrals, gint64 assessments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add a snapshot");
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *id = NULL;

  json_object_set_string_member (fields, "date", date);
  json_object_set_string_member (fields, "service", service);
  json_object_set_int_member (fields, "under_18_weeks", under);
  json_object_set_int_member (fields, "weeks_18_to_52", middle);
  json_object_set_int_member (fields, "over_52_weeks", over);
  json_object_set_int_member (fields, "referrals", referrals);
  json_object_set_int_member (fields, "assessments", assessments);
  id = wmk_edit_create (edit, WMK_ND_SNAPSHOT, fields, &error);
  g_assert_no_error (error);
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);
}

/* Both services of a month are added together; months come in date order. */
static void
test_collect (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GArray) all = NULL, under_fives = NULL;
  const WmkNdMonth *june;

  add_snapshot (f->plan, "2023-06-30", "5-18", 300, 600, 900, 105, 60);
  add_snapshot (f->plan, "2023-05-31", "5-18", 310, 620, 920, 100, 55);
  add_snapshot (f->plan, "2023-06-30", "0-5", 60, 80, 60, 22, 15);

  all = wmk_nd_collect (f->plan, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (g_array_index (all, WmkNdMonth, 0).date, ==, "2023-05-31");
  june = &g_array_index (all, WmkNdMonth, 1);
  g_assert_cmpint (wmk_nd_month_waiting (june), ==, 2000);
  g_assert_cmpint (june->referrals, ==, 127);
  /* 360 of 2,000 under 18 weeks: 18%. */
  g_assert_cmpfloat_with_epsilon (wmk_nd_percent (june->under_18_weeks, 2000), 18.0, 1e-9);

  under_fives = wmk_nd_collect (f->plan, "0-5");
  g_assert_cmpuint (under_fives->len, ==, 1);
  g_assert_cmpint (wmk_nd_month_waiting (&g_array_index (under_fives, WmkNdMonth, 0)), ==, 200);
  g_assert_true (isnan (wmk_nd_percent (5, 0)));
}

/* Rates are the mean of the last months; the list is the latest month's. */
static void
test_demand (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GArray) months = NULL;
  WmkNdDemand demand;

  add_snapshot (f->plan, "2023-03-31", "5-18", 100, 100, 100, 500, 500);
  add_snapshot (f->plan, "2023-04-30", "5-18", 100, 100, 100, 100, 60);
  add_snapshot (f->plan, "2023-05-31", "5-18", 100, 100, 100, 110, 90);
  add_snapshot (f->plan, "2023-06-30", "5-18", 200, 300, 500, 120, 120);
  months = wmk_nd_collect (f->plan, NULL);

  g_assert_true (wmk_nd_demand (months, 3, &demand));
  g_assert_cmpstr (demand.date, ==, "2023-06-30");
  g_assert_cmpfloat_with_epsilon (demand.waiting, 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (demand.arrivals, 110, 1e-9);
  g_assert_cmpfloat_with_epsilon (demand.capacity, 90, 1e-9);
  g_assert_false (wmk_nd_demand (months, 0, &demand));
}

/* A list of 1,000 with 100 referrals and 150 assessments a month shrinks by
 * 50 a month; a child joining waits L / 150 months. That is within 18 weeks
 * (4.15 months) once L <= 623: after 8 months (600), so from February 2024.
 * Reaching it by February 2024 from June 2023 (8 months) needs
 * (1,000 + 8 x 100) / (8 + 4.15) = 148.1 a month. */
static void
test_projection (void)
{
  WmkNdDemand demand = { "2023-06-30", 1000, 100, 150 };
  g_autoptr(GArray) projected = wmk_nd_project (&demand, 150, 12);
  char date[11];

  g_assert_cmpfloat_with_epsilon (wmk_nd_expected_wait_weeks (900, 100), 39.0, 1e-9);
  g_assert_true (isinf (wmk_nd_expected_wait_weeks (10, 0)));
  g_assert_cmpuint (projected->len, ==, 12);
  g_assert_cmpstr (g_array_index (projected, WmkNdProjected, 0).date, ==, "2023-07-31");
  g_assert_cmpfloat_with_epsilon (g_array_index (projected, WmkNdProjected, 0).waiting, 950, 1e-9);
  g_assert_cmpstr (g_array_index (projected, WmkNdProjected, 7).date, ==, "2024-02-29");

  g_assert_true (wmk_nd_reachable_date (&demand, 150, date));
  g_assert_cmpstr (date, ==, "2024-02-29");
  g_assert_cmpfloat_with_epsilon (wmk_nd_capacity_needed (&demand, "2024-02-29"),
                                  1800 / (8 + 18.0 / (52.0 / 12.0)), 1e-9);
  /* At the referral rate the list never shrinks: out of reach. */
  g_assert_false (wmk_nd_reachable_date (&demand, 100, date));
  /* Already short enough: within reach at once. */
  demand.waiting = 300;
  g_assert_true (wmk_nd_reachable_date (&demand, 150, date));
  g_assert_cmpstr (date, ==, "2023-06-30");
}

/* The quarterly trajectory, and the share of the over-a-year list cleared. */
static void
test_trajectory (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GArray) months = NULL;

  g_assert_true (isnan (wmk_nd_trajectory_at ("2023-09-29")));
  g_assert_cmpfloat (wmk_nd_trajectory_at ("2023-09-30"), ==, 30);
  g_assert_cmpfloat (wmk_nd_trajectory_at ("2024-01-15"), ==, 60);
  g_assert_cmpfloat (wmk_nd_trajectory_at ("2024-04-01"), ==, 90);

  add_snapshot (f->plan, "2023-01-31", "5-18", 300, 600, 900, 100, 60);
  add_snapshot (f->plan, "2023-09-30", "5-18", 400, 600, 450, 100, 160);
  months = wmk_nd_collect (f->plan, NULL);
  g_assert_cmpfloat_with_epsilon (wmk_nd_long_wait_reduction (months, 1), 50.0, 1e-9);
}

/* D-KPI1's feed: each month's % under 18 weeks, both services. */
static void
test_feeds (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GArray) values = NULL;

  add_snapshot (f->plan, "2023-06-30", "5-18", 300, 600, 900, 105, 60);
  add_snapshot (f->plan, "2023-06-30", "0-5", 60, 80, 60, 22, 15);
  add_snapshot (f->plan, "2023-07-31", "5-18", 500, 500, 500, 105, 60);
  values = wmk_nd_feed_under_18_weeks (f->plan, NULL);
  g_assert_cmpuint (values->len, ==, 2);
  g_assert_cmpstr (g_array_index (values, WmkKpiFeedValue, 0).date, ==, "2023-06-30");
  g_assert_cmpfloat_with_epsilon (g_array_index (values, WmkKpiFeedValue, 0).value, 18.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (values, WmkKpiFeedValue, 1).value, 33.3, 1e-9);
}

/* The illustrative sample: about 2,000 waiting at the start, about half over
 * a year, the share under 18 weeks rising as assessments rise. */
static void
test_sample (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) months = NULL, visits = NULL;
  const WmkNdMonth *first, *last;

  g_assert_true (wmk_nd_sample_fill (f->plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan, WMK_ND_SNAPSHOT)), ==,
                    36);
  months = wmk_nd_collect (f->plan, NULL);
  g_assert_cmpuint (months->len, ==, 18);
  first = &g_array_index (months, WmkNdMonth, 0);
  last = &g_array_index (months, WmkNdMonth, months->len - 1);
  g_assert_cmpint (wmk_nd_month_waiting (first), >, 1900);
  g_assert_cmpint (wmk_nd_month_waiting (first), <, 2100);
  g_assert_cmpfloat (wmk_nd_percent (first->over_52_weeks, wmk_nd_month_waiting (first)), >, 40);
  g_assert_cmpfloat (wmk_nd_percent (first->over_52_weeks, wmk_nd_month_waiting (first)), <, 55);
  g_assert_cmpfloat (wmk_nd_percent (last->under_18_weeks, wmk_nd_month_waiting (last)), >,
                     wmk_nd_percent (first->under_18_weeks, wmk_nd_month_waiting (first)));
  visits = wmk_nd_collect_birth_visits (f->plan);
  g_assert_cmpuint (visits->len, ==, 18);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Before any plan opens: its schema then knows the plugin's types. */
  wmk_plugins_load_default (NULL);
  g_assert_nonnull (wmk_plugin_loader_lookup (wmk_plugins_get_default_loader (), "neurodiversity"));

  g_test_add ("/nd/collect", WmkTestPlanFixture, NULL, wmk_test_plan_set_up, test_collect,
              wmk_test_plan_tear_down);
  g_test_add ("/nd/demand", WmkTestPlanFixture, NULL, wmk_test_plan_set_up, test_demand,
              wmk_test_plan_tear_down);
  g_test_add_func ("/nd/projection", test_projection);
  g_test_add ("/nd/trajectory", WmkTestPlanFixture, NULL, wmk_test_plan_set_up, test_trajectory,
              wmk_test_plan_tear_down);
  g_test_add ("/nd/feeds", WmkTestPlanFixture, NULL, wmk_test_plan_set_up, test_feeds,
              wmk_test_plan_tear_down);
  g_test_add ("/nd/sample", WmkTestPlanFixture, NULL, wmk_test_plan_set_up, test_sample,
              wmk_test_plan_tear_down);
  return g_test_run ();
}
