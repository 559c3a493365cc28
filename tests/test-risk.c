/* test-risk.c: risk scores, bands, overdue reviews and the heat map's counts
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

typedef WmkTestPlanFixture Fixture;
#define fixture_set_up wmk_test_plan_set_up
#define fixture_tear_down wmk_test_plan_tear_down

/* A risk from its ref, scores (0: not set), review date and status. */
static WmkEntity *
add_risk (Fixture *f, const char *ref, int l, int i, int post_l, int post_i, const char *review,
          const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Add a risk");
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *id = NULL;

  json_object_set_string_member (fields, "ref", ref);
  if (l)
    json_object_set_int_member (fields, "likelihood", l);
  if (i)
    json_object_set_int_member (fields, "impact", i);
  if (post_l)
    json_object_set_int_member (fields, "post_likelihood", post_l);
  if (post_i)
    json_object_set_int_member (fields, "post_impact", post_i);
  if (review)
    json_object_set_string_member (fields, "review_date", review);
  if (status)
    json_object_set_string_member (fields, "status", status);
  id = wmk_edit_create (edit, "risk", fields, &error);
  g_assert_no_error (error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  return wmk_plan_lookup (f->plan, id);
}

static void
test_score_and_bands (void)
{
  g_assert_cmpint (wmk_risk_score (1, 1), ==, 1);
  g_assert_cmpint (wmk_risk_score (4, 5), ==, 20);
  g_assert_cmpint (wmk_risk_score (5, 5), ==, 25);
  /* Not set or out of the scale: not scored, never guessed. */
  g_assert_cmpint (wmk_risk_score (0, 3), ==, 0);
  g_assert_cmpint (wmk_risk_score (3, 6), ==, 0);
  g_assert_cmpint (wmk_risk_score (-1, -1), ==, 0);

  /* Every boundary of low 1-4, medium 5-9, high 10-14, very high 15-25. */
  g_assert_cmpint (wmk_risk_band_for_score (0), ==, WMK_RISK_BAND_NONE);
  g_assert_cmpint (wmk_risk_band_for_score (1), ==, WMK_RISK_BAND_LOW);
  g_assert_cmpint (wmk_risk_band_for_score (4), ==, WMK_RISK_BAND_LOW);
  g_assert_cmpint (wmk_risk_band_for_score (5), ==, WMK_RISK_BAND_MEDIUM);
  g_assert_cmpint (wmk_risk_band_for_score (9), ==, WMK_RISK_BAND_MEDIUM);
  g_assert_cmpint (wmk_risk_band_for_score (10), ==, WMK_RISK_BAND_HIGH);
  g_assert_cmpint (wmk_risk_band_for_score (14), ==, WMK_RISK_BAND_HIGH);
  g_assert_cmpint (wmk_risk_band_for_score (15), ==, WMK_RISK_BAND_VERY_HIGH);
  g_assert_cmpint (wmk_risk_band_for_score (25), ==, WMK_RISK_BAND_VERY_HIGH);
  g_assert_cmpint (wmk_risk_band_for_score (26), ==, WMK_RISK_BAND_NONE);

  /* Every cell of the grid falls in exactly one band. */
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      g_assert_cmpint (wmk_risk_band_for_score (wmk_risk_score (l, i)), !=, WMK_RISK_BAND_NONE);
}

static void
test_words (void)
{
  g_assert_cmpstr (wmk_risk_likelihood_word (1), ==, "Rare");
  g_assert_cmpstr (wmk_risk_likelihood_word (5), ==, "Almost certain");
  g_assert_null (wmk_risk_likelihood_word (0));
  g_assert_cmpstr (wmk_risk_impact_word (1), ==, "Negligible");
  g_assert_cmpstr (wmk_risk_impact_word (5), ==, "Severe");
  g_assert_null (wmk_risk_impact_word (6));
  g_assert_cmpstr (wmk_risk_band_word (WMK_RISK_BAND_VERY_HIGH), ==, "Very high");
  g_assert_cmpstr (wmk_risk_band_word (WMK_RISK_BAND_NONE), ==, "Not scored");
  g_assert_cmpstr (wmk_risk_band_id (WMK_RISK_BAND_VERY_HIGH), ==, "very-high");
  g_assert_cmpstr (wmk_risk_band_id (WMK_RISK_BAND_LOW), ==, "low");
}

static void
test_entity_scores (Fixture *f, gconstpointer data)
{
  WmkEntity *scored = add_risk (f, "R1", 4, 5, 2, 3, "2030-01-01", "open");
  WmkEntity *half = add_risk (f, "R2", 3, 0, 0, 0, NULL, NULL);

  g_assert_cmpint (wmk_risk_get_score (scored, FALSE), ==, 20);
  g_assert_cmpint (wmk_risk_get_band (scored, FALSE), ==, WMK_RISK_BAND_VERY_HIGH);
  g_assert_cmpint (wmk_risk_get_score (scored, TRUE), ==, 6);
  g_assert_cmpint (wmk_risk_get_band (scored, TRUE), ==, WMK_RISK_BAND_MEDIUM);
  /* Likelihood without impact is not a score. */
  g_assert_cmpint (wmk_risk_get_score (half, FALSE), ==, 0);
  g_assert_cmpint (wmk_risk_get_band (half, TRUE), ==, WMK_RISK_BAND_NONE);
}

static void
test_review_overdue (Fixture *f, gconstpointer data)
{
  const char *today = "2023-06-15";

  g_assert_true (wmk_risk_is_review_overdue (add_risk (f, "R1", 3, 3, 0, 0, "2023-06-14", "open"),
                                             today));
  /* Due today is not late yet. */
  g_assert_false (wmk_risk_is_review_overdue (add_risk (f, "R2", 3, 3, 0, 0, "2023-06-15", "open"),
                                              today));
  g_assert_false (wmk_risk_is_review_overdue (add_risk (f, "R3", 3, 3, 0, 0, "2023-07-01", "open"),
                                              today));
  /* No review date: nobody will look at it again, so it is flagged. */
  g_assert_true (wmk_risk_is_review_overdue (add_risk (f, "R4", 3, 3, 0, 0, NULL, "open"), today));
  /* No status yet counts as open. */
  g_assert_true (wmk_risk_is_review_overdue (add_risk (f, "R5", 3, 3, 0, 0, "2022-01-01", NULL),
                                             today));
  /* A closed risk is never overdue. */
  g_assert_false (wmk_risk_is_review_overdue (add_risk (f, "R6", 3, 3, 0, 0, NULL, "closed"),
                                              today));
  g_assert_false (wmk_risk_is_review_overdue (
    add_risk (f, "R7", 3, 3, 0, 0, "2022-01-01", "closed"), today));
}

static guint
sum (const guint *values, guint n)
{
  guint total = 0;

  for (guint i = 0; i < n; i++)
    total += values[i];
  return total;
}

static void
test_grid (Fixture *f, gconstpointer data)
{
  WmkRiskGrid grid;

  add_risk (f, "R1", 4, 5, 2, 3, "2030-01-01", "open");   /* 20 very high -> 6 medium */
  add_risk (f, "R2", 4, 5, 4, 4, "2020-01-01", "open");   /* 20 very high -> 16 very high */
  add_risk (f, "R3", 5, 5, 0, 0, NULL, NULL);             /* 25 very high -> not scored */
  add_risk (f, "R4", 2, 2, 1, 1, "2030-01-01", "open");   /* 4 low -> 1 low */
  add_risk (f, "R5", 3, 4, 1, 2, "2030-01-01", "open");   /* 12 high -> 2 low */
  add_risk (f, "R6", 0, 0, 0, 0, "2030-01-01", "open");   /* not scored at all */
  add_risk (f, "R7", 5, 5, 5, 5, NULL, "closed");         /* left out */

  wmk_risk_grid_count (&grid, wmk_plan_get_items (f->plan, "risk"), "2023-06-15");
  g_assert_cmpuint (grid.n_open, ==, 6);
  g_assert_cmpuint (grid.n_closed, ==, 1);
  g_assert_cmpuint (grid.n_review_overdue, ==, 2);        /* R2 late, R3 no date */

  /* [likelihood - 1][impact - 1] */
  g_assert_cmpuint (grid.before[3][4], ==, 2);
  g_assert_cmpuint (grid.before[4][4], ==, 1);
  g_assert_cmpuint (grid.before[1][1], ==, 1);
  g_assert_cmpuint (grid.before[2][3], ==, 1);
  g_assert_cmpuint (grid.after[1][2], ==, 1);
  g_assert_cmpuint (grid.after[3][3], ==, 1);
  g_assert_cmpuint (grid.after[0][0], ==, 1);
  g_assert_cmpuint (grid.after[0][1], ==, 1);
  g_assert_cmpuint (grid.after[4][4], ==, 0);             /* the closed risk is not there */
  g_assert_cmpuint (sum (&grid.before[0][0], 25), ==, 5);
  g_assert_cmpuint (sum (&grid.after[0][0], 25), ==, 4);

  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_VERY_HIGH], ==, 3);
  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_HIGH], ==, 1);
  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_MEDIUM], ==, 0);
  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_LOW], ==, 1);
  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_NONE], ==, 1);
  g_assert_cmpuint (grid.bands_after[WMK_RISK_BAND_VERY_HIGH], ==, 1);
  g_assert_cmpuint (grid.bands_after[WMK_RISK_BAND_HIGH], ==, 0);
  g_assert_cmpuint (grid.bands_after[WMK_RISK_BAND_MEDIUM], ==, 1);
  g_assert_cmpuint (grid.bands_after[WMK_RISK_BAND_LOW], ==, 2);
  g_assert_cmpuint (grid.bands_after[WMK_RISK_BAND_NONE], ==, 2);
  g_assert_cmpuint (sum (grid.bands_before, WMK_RISK_N_BANDS), ==, grid.n_open);
  g_assert_cmpuint (sum (grid.bands_after, WMK_RISK_N_BANDS), ==, grid.n_open);
}

/* The heat map recounts from the plan's live list: edits, closing, deleting
 * and undo all show. */
static void
test_grid_follows_edits (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) two = wmk_json_new_int (2);
  g_autoptr(JsonNode) closed = wmk_json_new_string ("closed");
  WmkEntity *risk = add_risk (f, "R1", 4, 5, 0, 0, "2030-01-01", "open");
  g_autofree char *id = g_strdup (wmk_entity_get_id (risk));
  GListModel *risks = wmk_plan_get_items (f->plan, "risk");
  WmkRiskGrid grid;

  wmk_plan_set (f->plan, id, "likelihood", two, &error);
  g_assert_no_error (error);
  wmk_risk_grid_count (&grid, risks, "2023-06-15");
  g_assert_cmpuint (grid.before[1][4], ==, 1);
  g_assert_cmpuint (grid.before[3][4], ==, 0);
  g_assert_cmpuint (grid.bands_before[WMK_RISK_BAND_HIGH], ==, 1);

  wmk_plan_set (f->plan, id, "status", closed, &error);
  g_assert_no_error (error);
  wmk_risk_grid_count (&grid, risks, "2023-06-15");
  g_assert_cmpuint (grid.n_open, ==, 0);
  g_assert_cmpuint (grid.n_closed, ==, 1);

  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  wmk_risk_grid_count (&grid, risks, "2023-06-15");
  g_assert_cmpuint (grid.n_open, ==, 1);
  g_assert_cmpuint (grid.before[3][4], ==, 1);

  {
    g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Delete R1");
    wmk_edit_delete (edit, id, &error);
    g_assert_no_error (error);
    wmk_plan_commit (f->plan, edit, &error);
    g_assert_no_error (error);
  }
  wmk_risk_grid_count (&grid, risks, "2023-06-15");
  g_assert_cmpuint (grid.n_open + grid.n_closed, ==, 0);
}

static void
test_next_ref (Fixture *f, gconstpointer data)
{
  GListModel *risks = wmk_plan_get_items (f->plan, "risk");
  g_autofree char *first = wmk_risk_next_ref (risks);
  g_autofree char *next = NULL;

  g_assert_cmpstr (first, ==, "R1");
  add_risk (f, "R1", 0, 0, 0, 0, NULL, NULL);
  add_risk (f, "r7", 0, 0, 0, 0, NULL, NULL);
  add_risk (f, "R3a", 0, 0, 0, 0, NULL, NULL);          /* not of the form: ignored */
  add_risk (f, "Finance-12", 0, 0, 0, 0, NULL, NULL);
  next = wmk_risk_next_ref (risks);
  g_assert_cmpstr (next, ==, "R8");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wmk/risk/score-and-bands", test_score_and_bands);
  g_test_add_func ("/wmk/risk/words", test_words);
  g_test_add ("/wmk/risk/entity-scores", Fixture, NULL, fixture_set_up, test_entity_scores,
              fixture_tear_down);
  g_test_add ("/wmk/risk/review-overdue", Fixture, NULL, fixture_set_up, test_review_overdue,
              fixture_tear_down);
  g_test_add ("/wmk/risk/grid", Fixture, NULL, fixture_set_up, test_grid, fixture_tear_down);
  g_test_add ("/wmk/risk/grid-follows-edits", Fixture, NULL, fixture_set_up,
              test_grid_follows_edits, fixture_tear_down);
  g_test_add ("/wmk/risk/next-ref", Fixture, NULL, fixture_set_up, test_next_ref,
              fixture_tear_down);

  return g_test_run ();
}
