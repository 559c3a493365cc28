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

static void
add (Fixture *f, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Add");
  g_autofree char *id = wmk_edit_create (edit, type, json_node_get_object (node), &error);

  g_assert_no_error (error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
}

/* The February board of the sample: last month's minutes and its three open
 * actions come first; then what is late or rated red. */
static void
test_sample_board (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  WmkAgendaSuggestion *minutes, *log, *actions, *reports;

  set (f, "act-3.3.1", "rag", "\"red\"");
  suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);

  minutes = find (suggestions, "previous_minutes");
  g_assert_cmpstr (minutes->entity_ids[0], ==, "meeting-board-2023-01");
  g_assert_true (suggestions->pdata[0] == minutes);

  log = find (suggestions, "action_log");
  g_assert_cmpstr (log->title, ==, "Action log: 3 open items");
  g_assert_cmpuint (g_strv_length (log->entity_ids), ==, 3);
  g_assert_nonnull (strstr (log->detail, "D Jones and colleagues"));

  actions = find (suggestions, "actions");
  g_assert_true (g_strv_contains ((const char * const *) actions->entity_ids, "act-3.3.1"));
  g_assert_nonnull (strstr (actions->detail, "3.3.1 (red)"));

  /* Nothing measured yet: no KPI can be off trajectory; no risks recorded. */
  g_assert_false (has (suggestions, "kpis"));
  g_assert_false (has (suggestions, "risks"));
  /* The report due on 29 March 2023. */
  reports = find (suggestions, "reports");
  g_assert_nonnull (strstr (reports->detail, "29 March 2023"));
  /* No objective has a progress update in the sample: all are slow. */
  g_assert_true (has (suggestions, "objectives"));
}

static void
test_slow_objective_and_risk (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) before = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_autoptr(GPtrArray) after = NULL;
  guint n_slow = g_strv_length (find (before, "objectives")->entity_ids);
  WmkAgendaSuggestion *risks;

  /* A recent update on one action takes its objective off the list. */
  add (f, "progress_update", "{\"parent\": \"act-3.3.1\", \"date\": \"2023-02-01\", \"text\": \"Started\"}");
  add (f, "risk", "{\"ref\": \"R1\", \"title\": \"Caseworkers leave\", \"likelihood\": 4, \"impact\": 4,"
                  " \"post_likelihood\": 3, \"post_impact\": 3, \"status\": \"open\", \"review_date\": \"2023-06-01\"}");
  add (f, "risk", "{\"ref\": \"R2\", \"title\": \"Printer\", \"likelihood\": 1, \"impact\": 2,"
                  " \"status\": \"open\", \"review_date\": \"2023-06-01\"}");
  after = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_assert_cmpuint (g_strv_length (find (after, "objectives")->entity_ids), ==, n_slow - 1);
  risks = find (after, "risks");
  g_assert_cmpuint (g_strv_length (risks->entity_ids), ==, 1);
  g_assert_nonnull (strstr (risks->detail, "R1: Caseworkers leave (score 16, 9 after mitigation)"));
}

static void
test_accept_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = wmk_agenda_suggest (f->plan, NEXT_BOARD, TODAY);
  g_autoptr(GPtrArray) items = NULL;

  g_assert_true (wmk_agenda_accept (f->plan, NEXT_BOARD, suggestions, &error));
  g_assert_no_error (error);
  items = wmk_plan_dup_children (f->plan, NEXT_BOARD, "agenda_item");
  g_assert_cmpuint (items->len, ==, suggestions->len);
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[0], "number"), ==, "1");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[0], "kind"), ==, "previous_minutes");
  g_assert_cmpstr (wmk_entity_get_string (items->pdata[1], "title"), ==, "Action log: 3 open items");

  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_ptr_array_unref (items);
  items = wmk_plan_dup_children (f->plan, NEXT_BOARD, "agenda_item");
  g_assert_cmpuint (items->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/agenda/sample-board", test_sample_board);
  ADD ("/wmk/agenda/slow-objective-and-risk", test_slow_objective_and_risk);
  ADD ("/wmk/agenda/accept-and-undo", test_accept_and_undo);
#undef ADD

  return g_test_run ();
}
