/* test-sample.c: the built-in sample is the Devon plan, complete and exact
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected figures were counted in ../shared/seeds/003_… (the Devon Local
 * Area SEND Improvement Plan, 2023) and 002_… (the board minutes), not read
 * from our own data file.
 */

#include "wmk-test-support.h"

#include <string.h>

static char *dir;
static WmkPlan *plan;

static guint
count_under (const char *workstream, const char *type)
{
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, workstream, type);
  return items->len;
}

static guint
actions_under (const char *workstream)
{
  g_autoptr(GPtrArray) objectives = wmk_plan_dup_children (plan, workstream, "objective");
  guint n = 0;

  for (guint i = 0; i < objectives->len; i++)
    {
      g_autoptr(GPtrArray) actions = wmk_plan_dup_children (
        plan, wmk_entity_get_id (objectives->pdata[i]), "action");
      n += actions->len;
    }
  return n;
}

static guint
kpis_under (const char *workstream, guint *sub_items)
{
  g_autoptr(GPtrArray) kpis = wmk_plan_dup_children (plan, workstream, "kpi");

  *sub_items = 0;
  for (guint i = 0; i < kpis->len; i++)
    {
      g_autoptr(GPtrArray) subs = wmk_plan_dup_children (plan, wmk_entity_get_id (kpis->pdata[i]),
                                                         "kpi");
      *sub_items += subs->len;
    }
  return kpis->len;
}

typedef struct
{
  const char *id;
  guint       actions, criteria, feedback, kpis, kpi_sub_items;
} SectionCounts;

static const SectionCounts sections[] = {
  { "ws-a", 28, 11, 8, 8, 2 },
  { "ws-b", 8, 7, 3, 7, 0 },
  { "ws-c", 27, 8, 6, 7, 4 },
  { "ws-d", 35, 10, 14, 11, 6 },
};

static void
test_counts_per_section (void)
{
  guint total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "workstream")), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const SectionCounts *s = &sections[i];
      guint subs;

      g_test_message ("section %s", s->id);
      g_assert_cmpuint (actions_under (s->id), ==, s->actions);
      g_assert_cmpuint (count_under (s->id, "criterion"), ==, s->criteria);
      g_assert_cmpuint (count_under (s->id, "feedback"), ==, s->feedback);
      g_assert_cmpuint (kpis_under (s->id, &subs), ==, s->kpis);
      g_assert_cmpuint (subs, ==, s->kpi_sub_items);
      total += s->actions;
    }
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "action")), ==, total);
}

static WmkEntity *
get (const char *id)
{
  WmkEntity *entity = wmk_plan_lookup (plan, id);

  g_assert_nonnull (entity);
  return entity;
}

static void
test_quirks_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) under_1_6 = wmk_plan_dup_children (plan, "obj-1.6", "action");
  static const char *const order_1_6[] = { "1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.3.9",
                                           "1.4.0", "1.4.1", "1.6.9" };

  /* Ref 1.4.1 is two different actions. */
  g_assert_null (wmk_plan_resolve (plan, "1.4.1", &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_AMBIGUOUS);
  g_assert_cmpstr (wmk_entity_get_parent_id (get ("act-1.4.1")), ==, "obj-1.4");
  g_assert_cmpstr (wmk_entity_get_parent_id (get ("act-1.4.1-2")), ==, "obj-1.6");
  g_assert_cmpstr (wmk_entity_get_ref (get ("act-1.4.1-2")), ==, "1.4.1");

  /* 1.3.9 and 1.4.0 sit out of order, under 1.6, where the plan puts them. */
  g_assert_cmpuint (under_1_6->len, ==, G_N_ELEMENTS (order_1_6));
  for (guint i = 0; i < under_1_6->len; i++)
    g_assert_cmpstr (wmk_entity_get_ref (under_1_6->pdata[i]), ==, order_1_6[i]);

  /* 1.5 is a heading and an action. */
  g_assert_cmpstr (wmk_entity_get_ref (get ("obj-1.5")), ==, "1.5");
  g_assert_cmpstr (wmk_entity_get_ref (get ("act-1.5")), ==, "1.5");
  g_assert_cmpstr (wmk_entity_get_parent_id (get ("act-1.5")), ==, "obj-1.5");

  /* The refs the issue names exist, once each. */
  g_assert_nonnull (wmk_plan_resolve (plan, "3.2.10", NULL));
  g_assert_nonnull (wmk_plan_resolve (plan, "4.7.1", NULL));
}

static void
test_dates_as_written_and_meant (void)
{
  WmkEntity *a = get ("act-1.4.2");
  WmkEntity *b = get ("act-3.4.2");
  g_auto(GStrv) dates = wmk_entity_dup_strv (a, "due_dates");

  g_assert_cmpstr (wmk_entity_get_string (a, "due_text"), ==, "Plan June 2023 Implemented January 2024");
  g_assert_cmpstr (wmk_entity_get_string (a, "due"), ==, "2024-01-31");
  g_assert_cmpstrv (dates, ((const char *const[]){ "2023-06-30", "2024-01-31", NULL }));
  g_assert_cmpstr (wmk_entity_get_string (b, "due_text"), ==, "Ongoing November 2022 to February 2024");
  g_assert_cmpstr (wmk_entity_get_string (get ("act-1.2.4"), "due"), ==, "2023-04-30");
}

static void
test_links (void)
{
  WmkEntity *feedback = get ("fb-a-a");
  WmkEntity *action = get ("act-3.3.1");
  g_auto(GStrv) criteria = wmk_entity_dup_strv (feedback, "criteria");
  g_auto(GStrv) c_criteria = wmk_entity_dup_strv (get ("fb-c-a"), "criteria");

  /* "(1-11)": every criterion of section A. */
  g_assert_cmpstr (wmk_entity_get_string (feedback, "criteria_text"), ==, "(1-11)");
  g_assert_cmpuint (g_strv_length (criteria), ==, 11);
  g_assert_cmpstrv (c_criteria, ((const char *const[]){ "sc-c1", "sc-c2", "sc-c3", "sc-c5", NULL }));
  /* Responsible officers are roles, and the text as written is kept too. */
  g_assert_true (wmk_entity_links_to (action, "roles", "role-interim-send-strategic-director"));
  g_assert_nonnull (strstr (wmk_entity_get_string (action, "responsible_text"),
                            "Interim SEND Strategic Director"));
}

static void
test_kpis (void)
{
  WmkEntity *backlog = get ("kpi-c7");
  WmkEntity *trust = get ("kpi-a1b");
  JsonNode *targets = wmk_entity_get_field (get ("kpi-a1a"), "targets");

  g_assert_nonnull (strstr (wmk_entity_get_string (backlog, "text"), "1600 annual reviews"));
  g_assert_cmpstr (wmk_entity_get_parent_id (trust), ==, "kpi-a1");
  g_assert_nonnull (targets);
  g_assert_cmpfloat (wmk_entity_get_number (get ("kpi-a1a"), "baseline_value", 0), ==, 54);
  g_assert_cmpint (json_node_get_int (json_object_get_member (
                     json_array_get_object_element (json_node_get_array (targets), 0), "value")),
                   ==, 75);
}

static void
test_notice_and_board (void)
{
  WmkPlanInfo *info = wmk_plan_get_info (plan);
  JsonNode *months = wmk_entity_get_field (WMK_ENTITY (info), "milestone_months");
  WmkEntity *next = get ("meeting-board-2023-02-22");
  g_autoptr(GPtrArray) attendance = wmk_plan_dup_children (plan, "meeting-board-2023-01",
                                                           "attendance");
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, "meeting-board-2023-01",
                                                      "agenda_item");
  guint present = 0, apologies = 0;

  g_assert_cmpstr (wmk_plan_info_get_notice_issued (info), ==, "2022-07-29");
  g_assert_cmpstr (wmk_plan_info_get_delivery_by (info), ==, "2024-02-29");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (months)), ==, 4);

  g_assert_cmpstr (wmk_entity_get_string (next, "date"), ==, "2023-02-22");
  g_assert_cmpstr (wmk_entity_get_string (next, "start_time"), ==, "10:00");
  g_assert_cmpstr (wmk_entity_get_string (next, "end_time"), ==, "12:00");
  g_assert_cmpstr (wmk_entity_get_parent_id (next), ==, "body-board");
  g_assert_true (wmk_entity_get_bool (get ("body-board"), "chair_independent"));
  /* The minutes: Trevor Doughty, independent chair, chaired; the DfE and NHS
   * England advisers attended; the action log was reviewed (item 2). */
  g_assert_cmpstr (wmk_entity_get_string (get ("body-board"), "chair"), ==, "person-trevor-doughty");
  g_assert_cmpstr (wmk_entity_get_string (get ("meeting-board-2023-01"), "chaired_by"), ==,
                   "person-trevor-doughty");
  g_assert_true (wmk_entity_get_bool (get ("meeting-board-2023-01"), "invited_dfe"));
  g_assert_true (wmk_entity_get_bool (get ("meeting-board-2023-01"), "invited_nhse"));
  g_assert_true (wmk_entity_get_bool (get ("meeting-board-2023-01"), "log_reviewed"));
  /* Monthly, on the fourth Wednesday as 22 February 2023 is, 10:00 to 12:00. */
  g_assert_cmpstr (wmk_entity_get_string (get ("body-board"), "rrule"), ==, "FREQ=MONTHLY;BYDAY=4WE");
  g_assert_cmpstr (wmk_entity_get_string (get ("body-board"), "start_time"), ==, "10:00");
  g_assert_cmpstr (wmk_entity_get_string (get ("body-board"), "end_time"), ==, "12:00");
  g_assert_cmpstr (wmk_entity_get_string (get ("body-board"), "series_start"), ==, "2023-02-22");
  g_assert_true (wmk_recurrence_validate_from (wmk_entity_get_string (get ("body-board"), "rrule"),
                                               "2023-02-22", NULL));
  {
    /* The rule lands on the meeting the minutes fix, and on a Wednesday each month after. */
    g_autoptr(GPtrArray) slots = wmk_recurrence_expand ("FREQ=MONTHLY;BYDAY=4WE", "2023-02-22", "10:00",
                                                        "2023-02-01", "2023-04-30", NULL);
    g_assert_cmpuint (slots->len, ==, 3);
    g_assert_cmpstr (slots->pdata[0], ==, "2023-02-22");
  }
  /* The notice: a written report to the DfE and NHS England every two months. */
  g_assert_cmpint (wmk_entity_get_int (WMK_ENTITY (info), "report_interval_months", 0), ==, 2);
  /* The delivery group meets monthly (the plan); no weekday is given, so no rule. */
  g_assert_cmpstr (wmk_entity_get_string (get ("body-delivery-group"), "cadence_text"), ==, "Monthly");
  g_assert_null (wmk_entity_get_string (get ("body-delivery-group"), "rrule"));
  g_assert_cmpstr (wmk_entity_get_string (get ("body-delivery-group"), "chair"), ==,
                   "person-julian-wooster");

  for (guint i = 0; i < attendance->len; i++)
    {
      const char *status = wmk_entity_get_string (attendance->pdata[i], "status");
      present += g_strcmp0 (status, "present") == 0;
      apologies += g_strcmp0 (status, "apologies") == 0;
    }
  g_assert_cmpuint (present, ==, 23);
  g_assert_cmpuint (apologies, ==, 7);
  g_assert_cmpuint (items->len, ==, 8);
  g_assert_cmpuint (count_under ("meeting-board-2023-01", "decision"), ==, 3);
  g_assert_cmpuint (count_under ("meeting-board-2023-01", "log_item"), ==, 3);
}

static void
test_no_child_named (void)
{
  g_autoptr(GBytes) json = wmk_plan_to_json (plan);
  g_autofree char *text = g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));

  /* Aggregates and roles only: no date of birth or child's name fields exist,
   * and the people named are adults in their public roles. */
  g_assert_null (strstr (text, "date_of_birth"));
  g_assert_null (strstr (text, "\"dob\""));
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
  plan = wmk_plan_import_sample (path, "Test Author", &error);
  g_assert_no_error (error);

  g_test_add_func ("/wmk/sample/counts-per-section", test_counts_per_section);
  g_test_add_func ("/wmk/sample/quirks-kept", test_quirks_kept);
  g_test_add_func ("/wmk/sample/dates-as-written-and-meant", test_dates_as_written_and_meant);
  g_test_add_func ("/wmk/sample/links", test_links);
  g_test_add_func ("/wmk/sample/kpis", test_kpis);
  g_test_add_func ("/wmk/sample/notice-and-board", test_notice_and_board);
  g_test_add_func ("/wmk/sample/no-child-named", test_no_child_named);

  status = g_test_run ();
  g_clear_object (&plan);
  wmk_test_remove_dir (dir);
  g_free (dir);
  return status;
}
