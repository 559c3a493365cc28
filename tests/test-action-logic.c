/* test-action-logic.c: what the plan page decides about actions: filters,
 * overdue, the suggested RAG rating
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

static char *dir;
static WmkPlan *plan;

static WmkEntity *
action (const char *ref)
{
  g_autoptr(GError) error = NULL;
  WmkEntity *entity = wmk_plan_resolve (plan, ref, &error);

  g_assert_no_error (error);
  return entity;
}

static void
set (const char *ref, const char *field, const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = value ? wmk_json_new_string (value) : NULL;

  wmk_plan_set (plan, wmk_entity_get_id (action (ref)), field, node, &error);
  g_assert_no_error (error);
}

static guint
count_matching (WmkActionFilter *filter)
{
  GListModel *actions = wmk_plan_get_items (plan, "action");
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmkEntity) entity = g_list_model_get_item (actions, i);
      n += wmk_action_filter_matches (filter, entity);
    }
  return n;
}

static void
test_filter (void)
{
  g_autoptr(WmkActionFilter) filter = wmk_action_filter_new (plan);

  g_assert_false (wmk_action_filter_is_active (filter));
  g_assert_cmpuint (count_matching (filter), ==, 98);

  /* Words match refs, texts, outcomes and officers, in any case. */
  wmk_action_filter_set_text (filter, "3.3.1");
  g_assert_cmpuint (count_matching (filter), ==, 1);
  wmk_action_filter_set_text (filter, "ANNUAL review backlog");
  g_assert_cmpuint (count_matching (filter), >=, 1);
  wmk_action_filter_set_text (filter, "Participation Lead");
  g_assert_cmpuint (count_matching (filter), >=, 3);

  /* An edit is seen by the next search, though the text was folded before. */
  wmk_action_filter_set_text (filter, "sensory");
  g_assert_cmpuint (count_matching (filter), ==, 0);
  set ("3.3.5", "outcome", "Sensory needs recorded in every plan");
  g_assert_cmpuint (count_matching (filter), ==, 1);
  wmk_action_filter_set_text (filter, NULL);

  wmk_action_filter_set_workstream (filter, "ws-b");
  g_assert_true (wmk_action_filter_is_active (filter));
  g_assert_cmpuint (count_matching (filter), ==, 8);
  wmk_action_filter_set_workstream (filter, NULL);

  set ("3.3.1", "rag", "red");
  set ("2.1.1", "rag", "red");
  wmk_action_filter_set_rag (filter, "red");
  g_assert_cmpuint (count_matching (filter), ==, 2);
  wmk_action_filter_set_rag (filter, NULL);
}

static void
test_overdue (void)
{
  g_autoptr(WmkActionFilter) filter = wmk_action_filter_new (plan);

  /* As the board saw it on 1 May 2023: 1.2.3, 1.2.4, 1.2.5 and others had passed. */
  wmk_action_filter_set_today (filter, "2023-05-01");
  wmk_action_filter_set_overdue (filter, TRUE);
  g_assert_true (wmk_action_is_overdue (action ("1.2.4"), "2023-05-01"));
  g_assert_false (wmk_action_is_overdue (action ("1.2.4"), "2023-04-30"));
  /* "Ongoing" has no due date: never overdue. */
  g_assert_false (wmk_action_is_overdue (action ("3.3.7"), "2030-01-01"));
  /* Complete is never overdue. */
  set ("1.2.4", "status", "complete");
  g_assert_false (wmk_action_is_overdue (action ("1.2.4"), "2023-05-01"));
  g_assert_cmpuint (count_matching (filter), >, 5);
  g_assert_cmpuint (count_matching (filter), <, 40);
}

static void
test_role_and_due_within (void)
{
  g_autoptr(WmkActionFilter) filter = wmk_action_filter_new (plan);

  wmk_action_filter_set_role (filter, "role-participation-lead");
  g_assert_cmpuint (count_matching (filter), >=, 3);
  g_assert_true (wmk_action_filter_matches (filter, action ("1.3.2")));
  g_assert_false (wmk_action_filter_matches (filter, action ("3.3.1")));
  wmk_action_filter_set_role (filter, NULL);

  /* On 20 March 2023, within two weeks: the actions due 31 March 2023. */
  wmk_action_filter_set_today (filter, "2023-03-20");
  wmk_action_filter_set_due_within (filter, 14);
  g_assert_true (wmk_action_filter_matches (filter, action ("1.2.5")));
  g_assert_false (wmk_action_filter_matches (filter, action ("1.2.4")));
}

static void
test_ref_order (void)
{
  g_assert_cmpint (wmk_ref_compare ("3.2.9", "3.2.10"), <, 0);
  g_assert_cmpint (wmk_ref_compare ("1.5", "1.5.1"), <, 0);
  g_assert_cmpint (wmk_ref_compare ("1.4.1", "1.4.1"), ==, 0);
  g_assert_cmpint (wmk_ref_compare ("A-KPI2", "A-KPI10"), <, 0);
  g_assert_cmpint (wmk_ref_compare (NULL, "1.1.1"), >, 0);
}

static void
test_rag_suggestion (void)
{
  g_autoptr(GError) error = NULL;
  const char *reason = NULL;
  WmkEntity *a = action ("1.2.7"); /* due 31 December 2023 */

  g_assert_cmpstr (wmk_rag_suggest (plan, a, "2024-01-15", &reason), ==, "red");
  g_assert_nonnull (reason);
  g_assert_cmpstr (wmk_rag_suggest (plan, a, "2023-06-01", NULL), ==, "green");
  /* Due within twelve weeks, no progress recorded: amber. */
  g_assert_cmpstr (wmk_rag_suggest (plan, a, "2023-11-01", NULL), ==, "amber");

  /* A recent progress update and work in progress: green again. */
  {
    g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add an update");
    g_autoptr(JsonObject) fields = json_object_new ();
    g_autofree char *id = NULL;

    json_object_set_string_member (fields, "parent", wmk_entity_get_id (a));
    json_object_set_string_member (fields, "date", "2023-10-20");
    json_object_set_string_member (fields, "text", "Workshops held in three localities");
    id = wmk_edit_create (edit, "progress_update", fields, &error);
    g_autoptr(JsonNode) in_progress = wmk_json_new_string ("in_progress");
    wmk_edit_set (edit, wmk_entity_get_id (a), "status", in_progress, &error);
    wmk_plan_commit (plan, edit, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpstr (wmk_rag_suggest (plan, a, "2023-11-01", NULL), ==, "green");

  set ("1.2.7", "status", "complete");
  g_assert_cmpstr (wmk_rag_suggest (plan, a, "2024-06-01", NULL), ==, "blue");
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = wmk_test_make_dir ();
  path = g_build_filename (dir, "devon.waymark", NULL);
  plan = wmk_plan_import_sample (path, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/wmk/action-logic/filter", test_filter);
  g_test_add_func ("/wmk/action-logic/overdue", test_overdue);
  g_test_add_func ("/wmk/action-logic/role-and-due-within", test_role_and_due_within);
  g_test_add_func ("/wmk/action-logic/ref-order", test_ref_order);
  g_test_add_func ("/wmk/action-logic/rag-suggestion", test_rag_suggestion);

  status = g_test_run ();
  g_clear_object (&plan);
  wmk_test_remove_dir (dir);
  g_free (dir);
  return status;
}
