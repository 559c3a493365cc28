/* test-kpi.c: a KPI's trajectory: expected values, status, targets
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <math.h>

typedef WmkTestPlanFixture Fixture;
#define fixture_set_up wmk_test_plan_set_up
#define fixture_tear_down wmk_test_plan_tear_down

/* Creates an entity from JSON text and returns it. */
static WmkEntity *
create (Fixture *f, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Add");
  g_autoptr(JsonNode) node = wmk_json_parse (json, -1, &error);
  g_autofree char *id = NULL;

  g_assert_no_error (error);
  id = wmk_edit_create (edit, type, json_node_get_object (node), &error);
  g_assert_no_error (error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  return wmk_plan_lookup (f->plan, id);
}

static void
measure (Fixture *f, WmkEntity *kpi, const char *date, double value)
{
  g_autofree char *json = g_strdup_printf ("{\"parent\": \"%s\", \"date\": \"%s\", \"value\": %g}",
                                           wmk_entity_get_id (kpi), date, value);
  create (f, "measurement", json);
}

static WmkKpiTrajectory *
trajectory (Fixture *f, WmkEntity *kpi)
{
  return wmk_kpi_trajectory_new_for_plan (f->plan, kpi);
}

static double
expected (WmkKpiTrajectory *t, const char *date)
{
  double value = NAN;

  g_assert_true (wmk_kpi_trajectory_get_expected (t, date, &value));
  return value;
}

/* A-KPI1a: 54% in November 2021 to 75% by December 2023. */
static const char a_kpi1a[] =
  "{\"ref\": \"A-KPI1a\", \"baseline_value\": 54, \"baseline_date\": \"2021-11-30\","
  " \"unit\": \"%\", \"direction\": \"up\", \"targets\": [{\"date\": \"2023-12-31\","
  " \"value\": 75, \"text\": \"75% December '23\"}]}";

static void
test_interpolation (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi", a_kpi1a);
  g_autoptr(WmkKpiTrajectory) t = trajectory (f, kpi);
  double days = 761; /* 30 Nov 2021 to 31 Dec 2023 */

  g_assert_cmpint (wmk_kpi_trajectory_get_start_kind (t), ==, WMK_KPI_START_BASELINE);
  g_assert_cmpfloat (expected (t, "2021-11-30"), ==, 54);
  g_assert_cmpfloat (expected (t, "2023-12-31"), ==, 75);
  g_assert_cmpfloat_with_epsilon (expected (t, "2023-03-31"), 54 + 21 * 486 / days, 1e-9);
  /* Level before the baseline and after the last target. */
  g_assert_cmpfloat (expected (t, "2020-01-01"), ==, 54);
  g_assert_cmpfloat (expected (t, "2026-11-22"), ==, 75);
}

static void
test_between_targets (Fixture *f, gconstpointer data)
{
  /* A-KPI2: 38% in Nov 2021, 85% by December 2023, 95% by February 2024. */
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 38, \"baseline_date\": \"2021-11-30\", \"unit\": \"%\","
    " \"targets\": [{\"date\": \"2024-02-29\", \"value\": 95},"
    " {\"date\": \"2023-12-31\", \"value\": 85}]}");
  g_autoptr(WmkKpiTrajectory) t = trajectory (f, kpi);

  g_assert_cmpuint (wmk_kpi_trajectory_get_n_targets (t), ==, 2);
  g_assert_cmpstr (wmk_kpi_trajectory_get_target (t, 0)->date, ==, "2023-12-31");
  g_assert_cmpfloat (expected (t, "2023-12-31"), ==, 85);
  /* 30 of the 60 days from 31 December to 29 February. */
  g_assert_cmpfloat_with_epsilon (expected (t, "2024-01-30"), 90, 1e-9);
  g_assert_cmpfloat (expected (t, "2024-03-01"), ==, 95);
  g_assert_false (wmk_kpi_trajectory_is_down (t));
}

static void
test_status_up (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi", a_kpi1a);
  g_autoptr(WmkKpiTrajectory) none = trajectory (f, kpi);
  g_autoptr(WmkKpiTrajectory) low = NULL, high = NULL;

  g_assert_cmpint (wmk_kpi_trajectory_get_status (none), ==, WMK_KPI_STATUS_NO_DATA);
  g_assert_null (wmk_kpi_trajectory_get_latest (none));

  /* Expected 67.4% on 31 March 2023. */
  measure (f, kpi, "2023-03-31", 58);
  low = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (low), ==, WMK_KPI_STATUS_OFF_TRAJECTORY);
  g_assert_cmpfloat (wmk_kpi_trajectory_get_latest (low)->value, ==, 58);

  /* A later, better measurement decides; an earlier one added after it does not. */
  measure (f, kpi, "2023-06-30", 72);
  measure (f, kpi, "2022-01-31", 40);
  high = trajectory (f, kpi);
  g_assert_cmpuint (wmk_kpi_trajectory_get_n_measurements (high), ==, 3);
  g_assert_cmpstr (wmk_kpi_trajectory_get_latest (high)->date, ==, "2023-06-30");
  g_assert_cmpint (wmk_kpi_trajectory_get_status (high), ==, WMK_KPI_STATUS_ON_TRAJECTORY);
  g_assert_true (wmk_kpi_trajectory_is_off (high, wmk_kpi_trajectory_get_measurement (high, 0)));
}

static void
test_direction_down (Fixture *f, gconstpointer data)
{
  /* C-KPI7: a backlog of 1,600 cleared by November 2023. */
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 1600, \"baseline_date\": \"2022-11-30\", \"unit\": \"count\","
    " \"direction\": \"down\", \"tolerance\": 50,"
    " \"targets\": [{\"date\": \"2023-11-30\", \"value\": 0}]}");
  g_autoptr(WmkKpiTrajectory) worse = NULL, better = NULL, within = NULL;
  double mid;

  /* 182 of 365 days: expected 802. */
  measure (f, kpi, "2023-05-31", 900);
  worse = trajectory (f, kpi);
  mid = expected (worse, "2023-05-31");
  g_assert_cmpfloat_with_epsilon (mid, 1600 - 1600 * 182 / 365.0, 1e-9);
  g_assert_true (wmk_kpi_trajectory_is_down (worse));
  g_assert_cmpint (wmk_kpi_trajectory_get_status (worse), ==, WMK_KPI_STATUS_OFF_TRAJECTORY);

  /* Lower than expected is better when the KPI should go down. */
  measure (f, kpi, "2023-06-01", 300);
  better = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (better), ==, WMK_KPI_STATUS_ON_TRAJECTORY);

  /* Worse, but by less than the tolerance of 50. */
  measure (f, kpi, "2023-06-02", 830);
  within = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (within), ==, WMK_KPI_STATUS_ON_TRAJECTORY);
}

static void
test_direction_inferred (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 0.83, \"baseline_date\": \"2022-01-31\","
    " \"targets\": [{\"date\": \"2024-01-31\", \"value\": 0.56}]}");
  g_autoptr(WmkKpiTrajectory) t = trajectory (f, kpi);

  g_assert_true (wmk_kpi_trajectory_is_down (t));
}

static void
test_tolerance (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 50, \"baseline_date\": \"2023-01-01\", \"unit\": \"%\","
    " \"tolerance\": 5, \"targets\": [{\"date\": \"2023-01-11\", \"value\": 60}]}");
  g_autoptr(WmkKpiTrajectory) t = trajectory (f, kpi);
  WmkKpiPoint at_edge = { "2023-01-06", 50, NULL, NULL };   /* expected 55 */
  WmkKpiPoint past_edge = { "2023-01-06", 49.9, NULL, NULL };
  WmkKpiPoint after = { "2024-01-01", 55.5, NULL, NULL };   /* expected 60 */

  g_assert_cmpfloat (wmk_kpi_trajectory_get_tolerance (t), ==, 5);
  g_assert_false (wmk_kpi_trajectory_is_off (t, &at_edge));
  g_assert_true (wmk_kpi_trajectory_is_off (t, &past_edge));
  g_assert_false (wmk_kpi_trajectory_is_off (t, &after));
  after.value = 54.9;
  g_assert_true (wmk_kpi_trajectory_is_off (t, &after));
}

static void
test_missing_baseline (Fixture *f, gconstpointer data)
{
  /* C-KPI1: 50% by February 2024, no baseline. */
  WmkEntity *kpi = create (f, "kpi",
    "{\"unit\": \"%\", \"direction\": \"up\","
    " \"targets\": [{\"date\": \"2024-02-29\", \"value\": 50}]}");
  g_autoptr(WmkKpiTrajectory) bare = trajectory (f, kpi);
  g_autoptr(WmkKpiTrajectory) measured = NULL;

  /* Nothing to start from: level at the target, only to draw it. */
  g_assert_cmpint (wmk_kpi_trajectory_get_start_kind (bare), ==, WMK_KPI_START_NONE);
  g_assert_null (wmk_kpi_trajectory_get_start (bare));
  g_assert_cmpfloat (expected (bare, "2023-01-01"), ==, 50);

  /* The first measurement stands in for the baseline. */
  measure (f, kpi, "2023-02-28", 20);
  measure (f, kpi, "2023-08-31", 30);
  measured = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_start_kind (measured), ==,
                   WMK_KPI_START_FIRST_MEASUREMENT);
  g_assert_cmpfloat (expected (measured, "2023-02-28"), ==, 20);
  /* 184 of 366 days: expected 35.08, so 30 is off. */
  g_assert_cmpfloat_with_epsilon (expected (measured, "2023-08-31"), 20 + 30 * 184 / 366.0, 1e-9);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (measured), ==, WMK_KPI_STATUS_OFF_TRAJECTORY);
}

static void
test_undated_baseline (Fixture *f, gconstpointer data)
{
  /* A-KPI5: from 25% (no date) to 50% by July 2023 and 85% by February 2024. */
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 25, \"unit\": \"%\", \"targets\": ["
    " {\"date\": \"2023-07-31\", \"value\": 50}, {\"date\": \"2024-02-29\", \"value\": 85}]}");
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(WmkKpiTrajectory) at_notice = wmk_kpi_trajectory_new (kpi, none, "2022-07-29");
  g_autoptr(WmkKpiTrajectory) no_notice = wmk_kpi_trajectory_new (kpi, NULL, NULL);

  g_assert_cmpint (wmk_kpi_trajectory_get_start_kind (at_notice), ==,
                   WMK_KPI_START_BASELINE_UNDATED);
  g_assert_cmpstr (wmk_kpi_trajectory_get_start (at_notice)->date, ==, "2022-07-29");
  g_assert_cmpfloat (expected (at_notice, "2022-07-29"), ==, 25);
  g_assert_cmpint (wmk_kpi_trajectory_get_start_kind (no_notice), ==, WMK_KPI_START_NONE);
}

static void
test_no_trajectory (Fixture *f, gconstpointer data)
{
  /* Targets without a date (TBC) or without a number are left out. */
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 10, \"baseline_date\": \"2022-01-01\", \"unit\": \"%\","
    " \"targets\": [{\"date\": null, \"value\": 90, \"text\": \"Target 90% (by when TBC)\"},"
    " {\"date\": \"2023-09-30\", \"value\": null, \"text\": \"Majority\"}]}");
  g_autoptr(WmkKpiTrajectory) unmeasured = trajectory (f, kpi);
  g_autoptr(WmkKpiTrajectory) measured = NULL;
  double value;

  g_assert_cmpuint (wmk_kpi_trajectory_get_n_targets (unmeasured), ==, 0);
  g_assert_false (wmk_kpi_trajectory_get_expected (unmeasured, "2023-01-01", &value));
  g_assert_cmpint (wmk_kpi_trajectory_get_status (unmeasured), ==, WMK_KPI_STATUS_NO_DATA);
  g_assert_null (wmk_kpi_trajectory_get_next_target (unmeasured, "2022-01-01"));

  measure (f, kpi, "2023-01-31", 40);
  measured = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (measured), ==, WMK_KPI_STATUS_NO_TRAJECTORY);
  g_assert_false (wmk_kpi_trajectory_is_off (measured, wmk_kpi_trajectory_get_latest (measured)));
}

static void
test_next_target (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi",
    "{\"baseline_value\": 38, \"baseline_date\": \"2021-11-30\", \"unit\": \"%\","
    " \"targets\": [{\"date\": \"2023-12-31\", \"value\": 85},"
    " {\"date\": \"2024-02-29\", \"value\": 95}, {\"date\": null, \"value\": 99}]}");
  g_autoptr(WmkKpiTrajectory) t = trajectory (f, kpi);

  g_assert_cmpfloat (wmk_kpi_trajectory_get_next_target (t, "2023-03-31")->value, ==, 85);
  g_assert_cmpfloat (wmk_kpi_trajectory_get_next_target (t, "2023-12-31")->value, ==, 85);
  g_assert_cmpfloat (wmk_kpi_trajectory_get_next_target (t, "2024-01-01")->value, ==, 95);
  g_assert_null (wmk_kpi_trajectory_get_next_target (t, "2024-03-01"));
  g_assert_cmpfloat (wmk_kpi_trajectory_get_last_target (t)->value, ==, 95);
}

static void
test_deleted_measurement (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  WmkEntity *kpi = create (f, "kpi", a_kpi1a);
  g_autoptr(WmkKpiTrajectory) before = NULL, after = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  const char *id;

  measure (f, kpi, "2023-03-31", 58);
  measure (f, kpi, "2023-06-30", 72);
  before = trajectory (f, kpi);
  id = wmk_kpi_trajectory_get_latest (before)->id;
  g_assert_nonnull (id);

  edit = wmk_plan_begin (f->plan, "Delete a measurement");
  wmk_edit_delete (edit, id, &error);
  g_assert_no_error (error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  after = trajectory (f, kpi);
  g_assert_cmpuint (wmk_kpi_trajectory_get_n_measurements (after), ==, 1);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (after), ==, WMK_KPI_STATUS_OFF_TRAJECTORY);

  /* Undo brings it back. */
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, wmk_kpi_trajectory_unref);
  after = trajectory (f, kpi);
  g_assert_cmpint (wmk_kpi_trajectory_get_status (after), ==, WMK_KPI_STATUS_ON_TRAJECTORY);
}

static void
test_summary (Fixture *f, gconstpointer data)
{
  WmkEntity *kpi = create (f, "kpi", a_kpi1a);
  g_autoptr(WmkKpiTrajectory) empty = trajectory (f, kpi);
  g_autoptr(WmkKpiTrajectory) measured = NULL;
  g_autofree char *before = wmk_kpi_trajectory_dup_summary (empty, "A-KPI1a");
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==,
                   "Trajectory of A-KPI1a: no measurements yet, target 75% by 31 Dec 2023");
  measure (f, kpi, "2023-03-31", 58);
  measured = trajectory (f, kpi);
  after = wmk_kpi_trajectory_dup_summary (measured, "A-KPI1a");
  g_assert_cmpstr (after, ==,
                   "Trajectory of A-KPI1a: 58% on 31 Mar 2023, expected 67.4%, off trajectory");
  g_assert_cmpstr (wmk_kpi_status_word (WMK_KPI_STATUS_OFF_TRAJECTORY), ==, "Off trajectory");
}

static void
check_format (double value, const char *unit, const char *text)
{
  g_autofree char *formatted = wmk_kpi_format_value (value, unit);

  g_assert_cmpstr (formatted, ==, text);
}

static void
test_format (void)
{
  check_format (58, "%", "58%");
  check_format (67.4, "%", "67.4%");
  check_format (67.44, "%", "67.4%");
  check_format (0.56, "%", "0.56%");
  check_format (0.5, "%", "0.5%");
  check_format (1600, "count", "1600");
  check_format (1, "in 7", "1 in 7");
  check_format (-0.001, NULL, "0");
  check_format (12, "", "12");

  {
    g_autofree char *day = wmk_kpi_format_date ("2023-03-31");
    g_autofree char *month = wmk_kpi_format_month ("2023-12-31");
    g_autofree char *not_a_date = wmk_kpi_format_date ("soon");

    g_assert_cmpstr (day, ==, "31 Mar 2023");
    g_assert_cmpstr (month, ==, "Dec 2023");
    g_assert_cmpstr (not_a_date, ==, "soon");
  }
}

static void
check_target_date (const char *notice, guint months, const char *date)
{
  g_autofree char *computed = wmk_kpi_target_date (notice, months);

  g_assert_cmpstr (computed, ==, date);
}

static void
test_target_dates (void)
{
  /* The Devon notice was issued on 29 July 2022. */
  check_target_date ("2022-07-29", 3, "2022-10-29");
  check_target_date ("2022-07-29", 6, "2023-01-29");
  check_target_date ("2022-07-29", 12, "2023-07-29");
  check_target_date ("2022-07-29", 18, "2024-01-29");
  /* No 31 February: the end of the month instead. */
  check_target_date ("2022-08-31", 6, "2023-02-28");
  check_target_date ("2023-08-31", 6, "2024-02-29");
  check_target_date (NULL, 3, NULL);
  check_target_date ("July 2022", 3, NULL);
}

static void
test_parse (void)
{
  double value = 0;
  g_autofree char *iso = wmk_kpi_parse_date (" 2023-03-31 ");
  g_autofree char *words = wmk_kpi_parse_date ("31 March 2023");
  g_autofree char *nonsense = wmk_kpi_parse_date ("soon");
  g_autofree char *empty = wmk_kpi_parse_date ("");

  g_assert_cmpstr (iso, ==, "2023-03-31");
  g_assert_cmpstr (words, ==, "2023-03-31");
  g_assert_null (nonsense);
  g_assert_null (empty);

  g_assert_true (wmk_kpi_parse_value ("58", &value));
  g_assert_cmpfloat (value, ==, 58);
  g_assert_true (wmk_kpi_parse_value (" 58 % ", &value));
  g_assert_cmpfloat (value, ==, 58);
  g_assert_true (wmk_kpi_parse_value ("1,600", &value));
  g_assert_cmpfloat (value, ==, 1600);
  g_assert_true (wmk_kpi_parse_value ("-0.56", &value));
  g_assert_cmpfloat (value, ==, -0.56);
  g_assert_false (wmk_kpi_parse_value ("", &value));
  g_assert_false (wmk_kpi_parse_value ("%", &value));
  g_assert_false (wmk_kpi_parse_value ("58 percent", &value));
  g_assert_false (wmk_kpi_parse_value ("nan", &value));
}

static char *
to_json (JsonNode *node)
{
  return wmk_json_to_string (node, FALSE);
}

static void
test_targets_edit (void)
{
  g_autoptr(JsonNode) one = wmk_kpi_targets_with (NULL, -1, "2023-12-31", 75, "75% by Dec");
  g_autoptr(JsonNode) two = wmk_kpi_targets_with (one, -1, "2023-06-30", 60.5, NULL);
  g_autoptr(JsonNode) three = wmk_kpi_targets_with (two, -1, NULL, NAN, "The majority");
  g_autoptr(JsonNode) four = wmk_kpi_targets_with (three, -1, "2024-02-29", 90, "");
  g_autoptr(JsonNode) moved = wmk_kpi_targets_with (four, 0, "2024-03-31", 61, NULL);
  g_autoptr(JsonNode) fewer = wmk_kpi_targets_without (moved, 1);
  g_autofree char *text_one = to_json (one), *text_four = to_json (four);
  g_autofree char *text_moved = to_json (moved), *text_fewer = to_json (fewer);

  g_assert_cmpstr (text_one, ==, "[{\"date\":\"2023-12-31\",\"value\":75,\"text\":\"75% by Dec\"}]");
  /* By date, undated last; the inputs are not changed. */
  g_assert_cmpstr (text_four, ==,
                   "[{\"date\":\"2023-06-30\",\"value\":60.5},"
                   "{\"date\":\"2023-12-31\",\"value\":75,\"text\":\"75% by Dec\"},"
                   "{\"date\":\"2024-02-29\",\"value\":90},"
                   "{\"date\":null,\"value\":null,\"text\":\"The majority\"}]");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (one)), ==, 1);
  /* Replacing the first moves it to its new place. */
  g_assert_cmpstr (text_moved, ==,
                   "[{\"date\":\"2023-12-31\",\"value\":75,\"text\":\"75% by Dec\"},"
                   "{\"date\":\"2024-02-29\",\"value\":90},"
                   "{\"date\":\"2024-03-31\",\"value\":61},"
                   "{\"date\":null,\"value\":null,\"text\":\"The majority\"}]");
  g_assert_cmpstr (text_fewer, ==,
                   "[{\"date\":\"2023-12-31\",\"value\":75,\"text\":\"75% by Dec\"},"
                   "{\"date\":\"2024-03-31\",\"value\":61},"
                   "{\"date\":null,\"value\":null,\"text\":\"The majority\"}]");
}

static void
test_targets_saved (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  WmkEntity *kpi = create (f, "kpi", a_kpi1a);
  g_autoptr(JsonNode) targets = wmk_kpi_targets_with (wmk_entity_get_field (kpi, "targets"), -1,
                                                      "2022-10-29", 58, NULL);
  g_autoptr(WmkKpiTrajectory) t = NULL;

  /* The plan accepts what the editor writes, and the trajectory follows. */
  wmk_plan_set (f->plan, wmk_entity_get_id (kpi), "targets", targets, &error);
  g_assert_no_error (error);
  t = trajectory (f, kpi);
  g_assert_cmpuint (wmk_kpi_trajectory_get_n_targets (t), ==, 2);
  g_assert_cmpfloat (expected (t, "2022-10-29"), ==, 58);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/wmk/kpi/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("interpolation", test_interpolation);
  ADD ("between-targets", test_between_targets);
  ADD ("status-up", test_status_up);
  ADD ("direction-down", test_direction_down);
  ADD ("direction-inferred", test_direction_inferred);
  ADD ("tolerance", test_tolerance);
  ADD ("missing-baseline", test_missing_baseline);
  ADD ("undated-baseline", test_undated_baseline);
  ADD ("no-trajectory", test_no_trajectory);
  ADD ("next-target", test_next_target);
  ADD ("deleted-measurement", test_deleted_measurement);
  ADD ("summary", test_summary);
  ADD ("targets-saved", test_targets_saved);
#undef ADD
  g_test_add_func ("/wmk/kpi/format", test_format);
  g_test_add_func ("/wmk/kpi/target-dates", test_target_dates);
  g_test_add_func ("/wmk/kpi/parse", test_parse);
  g_test_add_func ("/wmk/kpi/targets-edit", test_targets_edit);

  return g_test_run ();
}
