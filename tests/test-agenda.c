/* test-agenda.c: the suggested agenda for a board meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <string.h>

#define NEXT_BOARD "meeting-board-2023-02-22"
#define TODAY "2023-02-20"

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

  f->dir = wmk_test_make_dir ();
  path = g_build_filename (f->dir, "sample.waymark", NULL);
  f->plan = wmk_plan_import_sample (path, "Shayna Stanbury", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->plan);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
has (GPtrArray *suggestions, const char *kind)
{
  for (guint i = 0; i < suggestions->len; i++)
    if (g_str_equal (((WmkAgendaSuggestion *) suggestions->pdata[i])->kind, kind))
      return TRUE;
  return FALSE;
}

static WmkAgendaSuggestion *
find (GPtrArray *suggestions, const char *kind)
{
  for (guint i = 0; i < suggestions->len; i++)
    if (g_str_equal (((WmkAgendaSuggestion *) suggestions->pdata[i])->kind, kind))
      return suggestions->pdata[i];
  g_error ("no “%s” in the suggested agenda", kind);
}

static void
set (Fixture *f, const char *id, const char *field, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = json_from_string (json, &error);

  g_assert_no_error (error);
  wmk_plan_set (f->plan, id, field, value, &error);
  g_assert_no_error (error);
}

/* Creates an item from fields written as JSON; returns its id. */
static char *
create (Fixture *f, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Add");
  char *id = wmk_edit_create (edit, type, json_node_get_object (node), &error);

  g_assert_no_error (error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  return id;
}

static void
add (Fixture *f, const char *type, const char *json)
{
  g_free (create (f, type, json));
}

static gboolean
mentions (WmkAgendaSuggestion *suggestion, const char *id)
{
  return g_strv_contains ((const char * const *) suggestion->entity_ids, id);
}

/* The February board of the sample: last month's minutes and its three open
 * actions come first. */
static void
test_sample_board (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  WmkAgendaSuggestion *minutes, *log;

  minutes = find (suggestions, "previous_minutes");
  g_assert_cmpstr (minutes->entity_ids[0], ==, "meeting-board-2023-01");
  g_assert_true (suggestions->pdata[0] == minutes);

  log = find (suggestions, "action_log");
  g_assert_true (suggestions->pdata[1] == log);
  g_assert_cmpstr (log->title, ==, "Action log: 3 open items");
  g_assert_cmpuint (g_strv_length (log->entity_ids), ==, 3);
  g_assert_nonnull (strstr (log->detail, "D Jones and colleagues"));

  /* Nothing measured yet: no KPI can be off trajectory; no risks recorded. */
  g_assert_false (has (suggestions, "kpis"));
  g_assert_false (has (suggestions, "risks"));
  /* No objective has a progress update in the sample: all are slow. */
  g_assert_true (has (suggestions, "objectives"));
}

/* Red and amber actions, and every overdue one, rated or not; one line each. */
static void
test_red_amber_overdue_actions (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  WmkAgendaSuggestion *actions;
  g_autofree char *title = NULL;

  set (f, "act-3.3.1", "rag", "\"red\"");
  set (f, "act-1.1.1", "rag", "\"amber\"");
  set (f, "act-1.2.1", "rag", "\"green\"");
  /* Due 30 November 2022: overdue, unless complete. */
  set (f, "act-3.4.1", "status", "\"complete\"");
  suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  actions = find (suggestions, "actions");

  g_assert_true (mentions (actions, "act-3.3.1"));
  g_assert_true (mentions (actions, "act-1.1.1"));
  g_assert_false (mentions (actions, "act-1.2.1"));
  g_assert_false (mentions (actions, "act-3.4.1"));
  /* The other four due before 20 February 2023. */
  g_assert_true (mentions (actions, "act-3.1.4"));
  g_assert_true (mentions (actions, "act-3.2.7"));
  g_assert_true (mentions (actions, "act-3.3.2"));
  g_assert_true (mentions (actions, "act-3.3.6"));
  g_assert_cmpuint (g_strv_length (actions->entity_ids), ==, 6);
  title = g_strdup_printf ("Actions red, amber or overdue (%u)", 6);
  g_assert_cmpstr (actions->title, ==, title);
  g_assert_nonnull (strstr (actions->detail, "3.3.1 (red): "));
  g_assert_nonnull (strstr (actions->detail, "1.1.1 (amber): "));
  g_assert_nonnull (strstr (actions->detail, "3.1.4 (not rated, overdue): "));
  g_assert_cmpuint (g_strv_length (g_strsplit (actions->detail, "\n", -1)), ==, 6);
}

static void
test_slow_objectives (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) before = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_autoptr(GPtrArray) after = NULL;
  WmkAgendaSuggestion *slow = find (before, "objectives");
  guint n_slow = g_strv_length (slow->entity_ids);

  g_assert_true (mentions (slow, "obj-3.3"));
  g_assert_nonnull (strstr (slow->detail, "3.3 (no progress update yet): "));

  /* A recent update on one action takes its objective off the list; an
   * update older than the plan's eight weeks does not. */
  add (f, "progress_update", "{\"parent\": \"act-3.3.1\", \"date\": \"2023-02-01\", \"text\": \"Started\"}");
  add (f, "progress_update", "{\"parent\": \"obj-3.4\", \"date\": \"2022-11-01\", \"text\": \"Planned\"}");
  after = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  slow = find (after, "objectives");
  g_assert_cmpuint (g_strv_length (slow->entity_ids), ==, n_slow - 1);
  g_assert_false (mentions (slow, "obj-3.3"));
  g_assert_nonnull (strstr (slow->detail, "3.4 (last update 1 November 2022): "));

  /* The plan's number of weeks is the rule: at 20 weeks the old update counts. */
  set (f, "plan", "slow_progress_weeks", "20");
  g_clear_pointer (&after, g_ptr_array_unref);
  after = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_assert_false (mentions (find (after, "objectives"), "obj-3.4"));
}

static void
test_kpis_off_trajectory (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  WmkAgendaSuggestion *kpis;

  /* From 54% in November 2021 to 75% in December 2023: 55% in January 2023
   * is well below the line; the other, measured far above its line, is not. */
  add (f, "measurement", "{\"parent\": \"kpi-a1a\", \"date\": \"2023-01-31\", \"value\": 55}");
  add (f, "measurement", "{\"parent\": \"kpi-a1b\", \"date\": \"2023-01-31\", \"value\": 99}");
  suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  kpis = find (suggestions, "kpis");
  g_assert_cmpuint (g_strv_length (kpis->entity_ids), ==, 1);
  g_assert_cmpstr (kpis->entity_ids[0], ==, "kpi-a1a");
  g_assert_cmpstr (kpis->title, ==, "KPIs off trajectory (1)");
  g_assert_nonnull (strstr (kpis->detail, "A-KPI1a"));
  g_assert_nonnull (strstr (kpis->detail, "off trajectory"));
}

static void
test_risks_over_threshold (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  WmkAgendaSuggestion *risks;
  g_autofree char *high = create (f, "risk", "{\"ref\": \"R1\", \"title\": \"Caseworkers leave\", "
                                            "\"likelihood\": 4, \"impact\": 4, \"post_likelihood\": 3, "
                                            "\"post_impact\": 3, \"status\": \"open\", "
                                            "\"review_date\": \"2023-06-01\"}");
  g_autofree char *low = create (f, "risk", "{\"ref\": \"R2\", \"title\": \"Printer\", \"likelihood\": 1, "
                                           "\"impact\": 2, \"status\": \"open\", \"review_date\": \"2023-06-01\"}");
  g_autofree char *late = create (f, "risk", "{\"ref\": \"R3\", \"title\": \"Data late\", \"likelihood\": 2, "
                                            "\"impact\": 3, \"status\": \"open\", \"review_date\": \"2023-01-31\"}");
  g_autofree char *closed = create (f, "risk", "{\"ref\": \"R4\", \"title\": \"Old\", \"likelihood\": 5, "
                                              "\"impact\": 5, \"status\": \"closed\", \"review_date\": \"2023-01-01\"}");

  suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  risks = find (suggestions, "risks");

  g_assert_cmpuint (g_strv_length (risks->entity_ids), ==, 2);
  g_assert_true (mentions (risks, high));
  g_assert_true (mentions (risks, late));
  g_assert_false (mentions (risks, low));
  g_assert_false (mentions (risks, closed));
  g_assert_nonnull (strstr (risks->detail, "R1: Caseworkers leave (score 16, 9 after mitigation)"));
  g_assert_nonnull (strstr (risks->detail, "R3: Data late (score 6; review overdue)"));
}

/* Reports not sent are chased; reports due from this meeting to the next
 * are the board's last look before they go: the February board is not the
 * last look at the report due on 29 March 2023; the March board is. */
static void
test_reports (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) february = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_autoptr(GPtrArray) march = NULL;
  g_autofree char *march_id = NULL;
  WmkAgendaSuggestion *reports;

  /* Nothing is recorded as sent since the notice of 29 July 2022. */
  reports = find (february, "reports");
  g_assert_cmpstr (reports->title, ==, "Reports to the DfE and NHS England");
  g_assert_cmpstr (reports->detail, ==, "The report due on 29 January 2023 is not recorded as sent, "
                                        "nor are 2 earlier ones.");
  g_assert_cmpuint (g_strv_length (reports->entity_ids), ==, 1);
  g_assert_cmpstr (reports->entity_ids[0], ==, "plan");

  march_id = create (f, "meeting", "{\"parent\": \"body-board\", \"date\": \"2023-03-22\","
                                   " \"status\": \"scheduled\"}");
  march = wmk_agenda_suggest (f->plan, march_id, TODAY);
  reports = find (march, "reports");
  g_assert_nonnull (strstr (reports->detail, "\nReport to the DfE and NHS England due on 29 March 2023: "
                                             "content and sign-off."));
  /* The February minutes are the March board's previous minutes only once held. */
  g_assert_cmpstr (find (march, "previous_minutes")->entity_ids[0], ==, "meeting-board-2023-01");

  /* A report sent on 5 February counts for the period ending 29 January. */
  add (f, "report", "{\"title\": \"Third report\", \"sent\": \"2023-02-05\"}");
  g_clear_pointer (&february, g_ptr_array_unref);
  february = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_assert_cmpstr (find (february, "reports")->detail, ==,
                   "The report due on 29 November 2022 is not recorded as sent, nor is 1 earlier one.");
}

static void
test_accept_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_autoptr(GPtrArray) items = NULL;
  WmkAgendaSuggestion *log = find (suggestions, "action_log");

  add (f, "agenda_item", "{\"parent\": \"" NEXT_BOARD "\", \"number\": \"1\", \"title\": \"Welcome\","
                         " \"pos\": 1}");
  g_assert_true (wmk_agenda_accept (f->plan, NEXT_BOARD, suggestions, &error));
  g_assert_no_error (error);
  items = wmk_plan_dup_children (f->plan, NEXT_BOARD, "agenda_item");
  g_assert_cmpuint (items->len, ==, suggestions->len + 1);
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[0], "title"), ==, "Welcome");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[1], "number"), ==, "2");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[1], "kind"), ==, "previous_minutes");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[2], "title"), ==, "Action log: 3 open items");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[2], "minutes"), ==, log->detail);

  /* One undo takes back every suggested item, and only them. */
  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_ptr_array_unref (items);
  items = wmk_plan_dup_children (f->plan, NEXT_BOARD, "agenda_item");
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[0], "title"), ==, "Welcome");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/agenda/sample-board", test_sample_board);
  ADD ("/wmk/agenda/red-amber-overdue-actions", test_red_amber_overdue_actions);
  ADD ("/wmk/agenda/slow-objectives", test_slow_objectives);
  ADD ("/wmk/agenda/kpis-off-trajectory", test_kpis_off_trajectory);
  ADD ("/wmk/agenda/risks-over-threshold", test_risks_over_threshold);
  ADD ("/wmk/agenda/reports", test_reports);
  ADD ("/wmk/agenda/accept-and-undo", test_accept_and_undo);
#undef ADD

  return g_test_run ();
}
