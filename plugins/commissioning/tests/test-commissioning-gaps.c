/* test-commissioning-gaps.c: the joint commissioning plugin's calculations, by worked examples
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The need × district matrix, the review dates, the tile, the report section
 * and the sample, each on a real plan in a temporary folder (the plugin
 * loaded from the build tree, so the plan knows its types).
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include <waymark.h>

#include "../wmk-commissioning-gaps.h"
#include "../wmk-commissioning-plugin.h"

typedef struct
{
  char    *dir;
  WmkPlan *plan;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("wmk-commissioning-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan.waymark", NULL);
  f->plan = wmk_plan_new_empty (path, "Test plan", "Test Author", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->plan);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
add (WmkPlan *plan, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = wmk_json_parse (json, -1, &error);
  char *id;

  g_assert_no_error (error);
  id = wmk_plan_create (plan, type, json_node_get_object (node), "Add", &error);
  g_assert_no_error (error);
  return id;
}

static void
provision (WmkPlan *plan, const char *tier, const char *need, const char *locality, int capacity)
{
  g_autofree char *json = g_strdup_printf ("{\"service\": \"S\", \"tier\": \"%s\", \"need\": "
                                           "\"%s\", \"locality\": \"%s\", \"capacity\": %d}",
                                           tier, need, locality, capacity);
  g_autofree char *id = add (plan, WMK_COMMISSIONING_PROVISION, json);
}

static void
test_shares (void)
{
  double total = 0;

  for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
    total += wmk_commissioning_locality_share (l);
  g_assert_cmpfloat_with_epsilon (total, 1, 1e-12);
  g_assert_cmpstr (wmk_commissioning_locality_id (6), ==, "torridge");
  g_assert_cmpfloat_with_epsilon (wmk_commissioning_locality_share (6), 68.6 / 811.7, 1e-12);
  g_assert_cmpint (wmk_commissioning_need_index ("semh"), ==, 1);
  g_assert_cmpint (wmk_commissioning_locality_index ("countywide"), ==, -1);
}

/* The worked example of docs/plugins.md. */
static void
test_matrix (Fixture *f, gconstpointer data)
{
  double torridge = 68.6 / 811.7, exeter = 130.7 / 811.7;
  WmkCommissioningMatrix m;
  const WmkCommissioningCell *cell;
  g_autofree char *words = NULL;

  provision (f->plan, "targeted", "autism", "countywide", 1000);
  provision (f->plan, "specialist", "autism", "torridge", 100);
  provision (f->plan, "universal", "autism", "countywide", 5000);   /* not places: left out */
  provision (f->plan, "targeted", "semh", "exeter", 200);
  {
    g_autofree char *id = add (f->plan, WMK_COMMISSIONING_PROVISION,
                               "{\"tier\": \"targeted\", \"need\": \"semh\", "
                               "\"locality\": \"exeter\"}");   /* no capacity: left out */
  }

  wmk_commissioning_matrix_compute (wmk_plan_get_items (f->plan, WMK_COMMISSIONING_PROVISION),
                                    &m);
  /* Autism in East Devon: half the need, from the countywide service alone. */
  cell = &m.cells[0][0];
  g_assert_cmpfloat_with_epsilon (cell->estimate, 2000 * 150.8 / 811.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell->capacity, 1000 * 150.8 / 811.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell->coverage, 50, 1e-9);
  g_assert_cmpint (cell->band, ==, WMK_COMMISSIONING_BAND_GAP);
  /* Autism in Torridge: 84.5 + 100 places for 169.0, 109%. */
  cell = &m.cells[0][6];
  g_assert_cmpfloat_with_epsilon (cell->capacity, 1000 * torridge + 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell->coverage, 100 * (1000 * torridge + 100) / (2000 * torridge),
                                  1e-9);
  g_assert_cmpint ((int) round (cell->coverage), ==, 109);
  g_assert_cmpint (cell->band, ==, WMK_COMMISSIONING_BAND_COVERED);
  /* SEMH in Exeter: 200 places for 241.5, 83%: short. */
  cell = &m.cells[1][1];
  g_assert_cmpfloat_with_epsilon (cell->estimate, 1500 * exeter, 1e-9);
  g_assert_cmpint ((int) round (cell->coverage), ==, 83);
  g_assert_cmpint (cell->band, ==, WMK_COMMISSIONING_BAND_SHORT);
  /* Sensory nowhere. */
  g_assert_cmpfloat (m.cells[3][2].coverage, ==, 0);

  g_assert_cmpuint (m.bands[WMK_COMMISSIONING_BAND_COVERED], ==, 1);
  g_assert_cmpuint (m.bands[WMK_COMMISSIONING_BAND_SHORT], ==, 1);
  g_assert_cmpuint (m.bands[WMK_COMMISSIONING_BAND_GAP], ==, 46);

  g_assert_cmpint (wmk_commissioning_band_for (100), ==, WMK_COMMISSIONING_BAND_COVERED);
  g_assert_cmpint (wmk_commissioning_band_for (99.99), ==, WMK_COMMISSIONING_BAND_SHORT);
  g_assert_cmpint (wmk_commissioning_band_for (80), ==, WMK_COMMISSIONING_BAND_SHORT);
  g_assert_cmpint (wmk_commissioning_band_for (79.99), ==, WMK_COMMISSIONING_BAND_GAP);

  words = wmk_commissioning_matrix_describe (&m, 2);
  g_test_message ("%s", words);
  g_assert_true (g_str_has_prefix (words, "Of 48 need and district pairs: covered 1 (100% or more of the "
                                   "estimated need), short 1 (80–99%), gap 46 (under 80%)."));
  /* The largest gaps come first, with their figures. */
  g_assert_nonnull (strstr (words, "The largest gaps: Social, emotional and mental health in East "
                                   "Devon, 0% (0 places for an estimated 279);"));
}

static void
decision (WmkPlan *plan, const char *review, const char *status)
{
  g_autofree char *json = g_strdup_printf ("{\"decision\": \"D\", \"services\": \"S %s\", "
                                           "\"review_date\": %s%s%s, \"status\": \"%s\"}",
                                           review ? review : "none", review ? "\"" : "",
                                           review ? review : "null", review ? "\"" : "", status);
  g_autofree char *id = add (plan, WMK_COMMISSIONING_DECISION, json);
}

static void
test_reviews (Fixture *f, gconstpointer data)
{
  GListModel *decisions = wmk_plan_get_items (f->plan, WMK_COMMISSIONING_DECISION);
  g_autoptr(GPtrArray) sorted = NULL;
  guint overdue = 0;

  decision (f->plan, "2024-04-01", "agreed");       /* 31 days on: later */
  decision (f->plan, "2024-02-29", "agreed");       /* yesterday: overdue */
  decision (f->plan, NULL, "proposed");              /* no date: none */
  decision (f->plan, "2024-03-31", "implemented");  /* 30 days on: due */
  decision (f->plan, "2023-12-31", "reviewed");     /* done */
  decision (f->plan, "2023-12-31", "withdrawn");    /* done */

  g_assert_cmpuint (wmk_commissioning_count_due (decisions, "2024-03-01", &overdue), ==, 2);
  g_assert_cmpuint (overdue, ==, 1);
  /* A month later the one due is overdue, and the later one due. */
  g_assert_cmpuint (wmk_commissioning_count_due (decisions, "2024-04-01", &overdue), ==, 3);
  g_assert_cmpuint (overdue, ==, 2);

  sorted = wmk_commissioning_dup_by_review (decisions);
  g_assert_cmpuint (sorted->len, ==, 6);
  g_assert_cmpstr (wmk_entity_get_string (sorted->pdata[0], "review_date"), ==, "2023-12-31");
  g_assert_cmpstr (wmk_entity_get_string (sorted->pdata[2], "review_date"), ==, "2024-02-29");
  g_assert_cmpstr (wmk_entity_get_string (sorted->pdata[4], "review_date"), ==, "2024-04-01");
  g_assert_null (wmk_entity_get_string (sorted->pdata[5], "review_date"));
  g_assert_cmpint (wmk_commissioning_review_state (sorted->pdata[3], "2024-03-01"), ==,
                   WMK_COMMISSIONING_REVIEW_DUE);
}

static char *
from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
test_tile (Fixture *f, gconstpointer data)
{
  g_autofree char *caption = NULL, *figure = NULL, *late = from_today (-3);
  g_autofree char *soon = from_today (10), *later = from_today (90);
  g_autofree char *expected = NULL, *when = NULL;

  figure = wmk_commissioning_tile_figure (f->plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "0");
  g_assert_cmpstr (caption, ==, "No commissioning decisions recorded yet");
  g_clear_pointer (&figure, g_free);
  g_clear_pointer (&caption, g_free);

  decision (f->plan, later, "agreed");
  decision (f->plan, late, "agreed");
  decision (f->plan, soon, "agreed");
  figure = wmk_commissioning_tile_figure (f->plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "2");
  when = wmk_date_format (late, "%-d %b %Y");
  expected = g_strdup_printf ("1 overdue; next: S %s, %s", late, when);
  g_assert_cmpstr (caption, ==, expected);
}

static void
test_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkDocument) document = wmk_document_new ("Report");
  g_autoptr(GBytes) html = NULL;
  g_autofree char *caption = NULL, *figure = NULL, *spend = NULL;
  WmkCommissioningMatrix m;
  const char *text;

  g_assert_true (wmk_commissioning_sample_fill (f->plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan,
                                                                  WMK_COMMISSIONING_PROVISION)),
                    ==, 35);

  wmk_commissioning_matrix_compute (wmk_plan_get_items (f->plan, WMK_COMMISSIONING_PROVISION), &m);
  g_test_message ("covered %u, short %u, gap %u", m.bands[0], m.bands[1], m.bands[2]);
  /* Autism: Exeter covered, Torridge and West Devon a gap (45%). */
  g_assert_cmpint (m.cells[0][1].band, ==, WMK_COMMISSIONING_BAND_COVERED);
  g_assert_cmpint ((int) round (m.cells[0][6].coverage), ==, 45);
  g_assert_cmpint ((int) round (m.cells[0][7].coverage), ==, 45);
  /* Sensory: the countywide service covers every district (310 for 300). */
  for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
    g_assert_cmpint (m.cells[3][l].band, ==, WMK_COMMISSIONING_BAND_COVERED);

  spend = wmk_commissioning_spend_summary (wmk_plan_get_items (f->plan,
                                                               WMK_COMMISSIONING_PROVISION));
  g_test_message ("%s", spend);
  g_assert_true (g_str_has_prefix (spend, "35 services, £"));

  /* Two overdue (March 2024 and September 2025) and one due within the month. */
  figure = wmk_commissioning_tile_figure (f->plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "3");
  g_assert_true (g_str_has_prefix (caption, "2 overdue; next: Mental health support teams"));

  wmk_commissioning_report_write (f->plan, document, NULL);
  html = wmk_document_to_html (document);
  text = g_bytes_get_data (html, NULL);
  g_assert_nonnull (strstr (text, "Illustrative figures, not Devon’s data"));
  g_assert_nonnull (strstr (text, "Review overdue"));
  g_assert_nonnull (strstr (text, "▲ 45% Gap"));
  g_assert_nonnull (strstr (text, "The largest gaps:"));

  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan,
                                                                  WMK_COMMISSIONING_DECISION)),
                    ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The plugin from the build tree ($WAYMARK_PLUGIN_PATH): plans then know its types. */
  wmk_plugins_load_default (NULL);

  g_test_add_func ("/commissioning/shares", test_shares);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/commissioning/matrix", test_matrix);
  ADD ("/commissioning/reviews", test_reviews);
  ADD ("/commissioning/tile", test_tile);
  ADD ("/commissioning/sample", test_sample);
#undef ADD
  return g_test_run ();
}
