/* test-compliance.c: the improvement-notice compliance check on crafted plans
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test starts from a plan that meets every duty as of 15 May 2023
 * (notice 10 January 2023), breaks one duty, and checks that exactly that
 * line fails and names the gap.
 */

#include "wmk-test-support.h"

#include <string.h>

#define TODAY "2023-05-15"

typedef struct
{
  WmkTestPlanFixture base;
  char *board, *chair, *deputy, *other;
  char *meetings[3];      /* February, March, April 2023, held */
  char *log_item;         /* raised at the February meeting, open */
  char *report, *action, *kpi, *risk;
} Fixture;

/* Creates an entity from fields written as JSON; returns its id. */
static char *
create (Fixture *f, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->base.plan, "Create");
  char *id;

  g_assert_no_error (error);
  id = wmk_edit_create (edit, type, json_node_get_object (node), &error);
  g_assert_no_error (error);
  wmk_plan_commit (f->base.plan, edit, &error);
  g_assert_no_error (error);
  return id;
}

static void
set (Fixture *f, const char *id, const char *field, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = json_from_string (json, &error);

  g_assert_no_error (error);
  wmk_plan_set (f->base.plan, id, field, value, &error);
  g_assert_no_error (error);
}

static void
delete (Fixture *f, const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->base.plan, "Delete");

  wmk_edit_delete (edit, id, &error);
  g_assert_no_error (error);
  wmk_plan_commit (f->base.plan, edit, &error);
  g_assert_no_error (error);
}

static char *
meeting (Fixture *f, const char *date)
{
  g_autofree char *json = g_strdup_printf ("{\"parent\": \"%s\", \"title\": \"Board\", "
                                           "\"date\": \"%s\", \"status\": \"held\", "
                                           "\"chaired_by\": \"%s\", \"invited_dfe\": true, "
                                           "\"invited_nhse\": true, \"log_reviewed\": true}",
                                           f->board, date, f->chair);
  return create (f, "meeting", json);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const char *plan_id;
  g_autofree char *json = NULL;
  g_autofree char *ws = NULL, *objective = NULL;

  wmk_test_plan_set_up (&f->base, data);
  plan_id = wmk_entity_get_id (WMK_ENTITY (wmk_plan_get_info (f->base.plan)));
  set (f, plan_id, "notice_issued", "\"2023-01-10\"");

  f->chair = create (f, "person", "{\"name\": \"Independent Chair\"}");
  f->deputy = create (f, "person", "{\"name\": \"Deputy Chair\"}");
  f->other = create (f, "person", "{\"name\": \"Director\"}");
  json = g_strdup_printf ("{\"name\": \"Improvement Board\", \"kind\": \"board\", "
                          "\"chair\": \"%s\", \"chair_independent\": true, "
                          "\"deputy_chair\": \"%s\"}", f->chair, f->deputy);
  f->board = create (f, "body", json);
  f->meetings[0] = meeting (f, "2023-02-22");
  f->meetings[1] = meeting (f, "2023-03-22");
  f->meetings[2] = meeting (f, "2023-04-26");
  g_free (json);
  json = g_strdup_printf ("{\"parent\": \"%s\", \"text\": \"Bring the workforce paper\", "
                          "\"status\": \"open\"}", f->meetings[0]);
  f->log_item = create (f, "log_item", json);

  f->report = create (f, "report", "{\"title\": \"First report\", \"sent\": \"2023-03-08\"}");

  ws = create (f, "workstream", "{\"ref\": \"A\", \"title\": \"Strategy\"}");
  g_free (json);
  json = g_strdup_printf ("{\"parent\": \"%s\", \"ref\": \"1.1\", \"title\": \"Objective\"}", ws);
  objective = create (f, "objective", json);
  g_free (json);
  json = g_strdup_printf ("{\"parent\": \"%s\", \"ref\": \"1.1.1\", \"text\": \"Publish it\", "
                          "\"responsible_text\": \"Head of SEND\", \"due\": \"2023-09-30\"}",
                          objective);
  f->action = create (f, "action", json);
  g_free (json);
  json = g_strdup_printf ("{\"parent\": \"%s\", \"ref\": \"A-KPI1\", \"text\": \"Plans on time\", "
                          "\"targets\": [{\"date\": \"2023-04-10\", \"value\": 30}, "
                          "{\"date\": \"2023-07-10\", \"value\": 40}, "
                          "{\"date\": \"2024-01-10\", \"value\": 50}, "
                          "{\"date\": \"2024-07-31\", \"value\": 60}]}", ws);
  f->kpi = create (f, "kpi", json);
  f->risk = create (f, "risk", "{\"ref\": \"R1\", \"title\": \"Staff leave\", "
                               "\"reviewed\": \"2023-05-01\", \"status\": \"open\"}");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_free (f->board), g_free (f->chair), g_free (f->deputy), g_free (f->other);
  for (guint i = 0; i < G_N_ELEMENTS (f->meetings); i++)
    g_free (f->meetings[i]);
  g_free (f->log_item), g_free (f->report), g_free (f->action), g_free (f->kpi), g_free (f->risk);
  wmk_test_plan_tear_down (&f->base, data);
}

/* The one failing line's problems joined, asserting every other line passes. */
static char *
only_failure (Fixture *f, const char *id)
{
  g_autoptr(GPtrArray) lines = wmk_compliance_check (f->base.plan, TODAY);
  char *problems = NULL;

  g_assert_cmpuint (lines->len, ==, 8);
  for (guint i = 0; i < lines->len; i++)
    {
      WmkComplianceLine *line = lines->pdata[i];
      const char *line_id = wmk_compliance_line_get_id (line);

      if (g_strcmp0 (line_id, id) == 0)
        {
          g_assert_false (wmk_compliance_line_get_passed (line));
          g_assert_cmpuint (wmk_compliance_line_get_n_problems (line), >, 0);
          problems = g_strjoinv ("\n", (char **) wmk_compliance_line_get_problems (line));
        }
      else if (!wmk_compliance_line_get_passed (line))
        g_error ("“%s” failed too: %s", line_id, wmk_compliance_line_get_problems (line)[0]);
    }
  if (id)
    g_assert_nonnull (problems);
  return problems;
}

static WmkComplianceLine *
find_line (GPtrArray *lines, const char *id)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (wmk_compliance_line_get_id (lines->pdata[i]), id))
      return lines->pdata[i];
  g_assert_not_reached ();
}

static void
test_compliant_plan_passes (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) lines = wmk_compliance_check (f->base.plan, TODAY);
  WmkComplianceLine *board = find_line (lines, "board-monthly");

  g_free (only_failure (f, NULL));
  g_assert_cmpstr (wmk_compliance_line_get_evidence (board), ==,
                   "3 board meetings held, the first on 22 February 2023 and the latest on "
                   "26 April 2023.");
  g_assert_cmpstr (wmk_compliance_line_get_evidence (find_line (lines, "reports")), ==,
                   "A report was sent for 1 of 1 reporting period since the notice, the latest "
                   "on 8 March 2023.");
  g_assert_null (wmk_compliance_line_get_entity_id (board));
  g_assert_cmpstr (wmk_compliance_line_get_duty (board), ==, "R2 (4b)");
}

static void
test_month_without_board (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  delete (f, f->meetings[1]);
  problems = only_failure (f, "board-monthly");
  g_assert_cmpstr (problems, ==, "No board meeting in March 2023.");
}

static void
test_months_without_board_are_one_gap (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) lines = NULL;
  WmkComplianceLine *line;

  set (f, f->meetings[0], "status", "\"cancelled\"");
  set (f, f->meetings[1], "status", "\"cancelled\"");
  lines = wmk_compliance_check (f->base.plan, TODAY);
  line = find_line (lines, "board-monthly");
  g_assert_cmpstr (wmk_compliance_line_get_problems (line)[0], ==,
                   "No board meeting from February 2023 to March 2023 (2 months).");
  g_assert_cmpstr (wmk_compliance_line_get_entity_id (line), ==, f->board);
}

/* A meeting past but still "scheduled" leaves its month a gap, and says why. */
static void
test_past_meeting_still_scheduled (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  set (f, f->meetings[1], "status", "\"scheduled\"");
  /* Not held, so neither its chair nor its log review is asked for. */
  problems = only_failure (f, "board-monthly");
  g_assert_cmpstr (problems, ==, "No board meeting in March 2023.\n"
                                 "The board on 22 March 2023 is still recorded as scheduled: "
                                 "record it as held or as cancelled.");
}

static void
test_uninvited_dfe (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  set (f, f->meetings[2], "invited_dfe", "false");
  problems = only_failure (f, "dfe-nhse-invited");
  g_assert_cmpstr (problems, ==, "The DfE is not recorded as invited to the board on 26 April 2023.");
}

static void
test_scheduled_meeting_needs_invitations_a_week_ahead (Fixture *f, gconstpointer data)
{
  g_autofree char *json = g_strdup_printf ("{\"parent\": \"%s\", \"date\": \"%s\", "
                                           "\"status\": \"scheduled\"}", f->board, "2023-05-19");
  g_autofree char *next = create (f, "meeting", json);
  g_autofree char *problems = only_failure (f, "dfe-nhse-invited");

  g_assert_nonnull (strstr (problems, "Neither the DfE nor NHS England"));
  g_assert_nonnull (strstr (problems, "19 May 2023"));
  /* A month ahead, invitations are not due yet. */
  set (f, next, "date", "\"2023-06-28\"");
  g_free (only_failure (f, NULL));
}

static void
test_unreviewed_log (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;
  g_autofree char *json = NULL;
  g_autofree char *update = NULL;

  set (f, f->meetings[1], "log_reviewed", "false");
  problems = only_failure (f, "log-reviewed");
  g_assert_cmpstr (problems, ==, "The action log was not reviewed at the board on 22 March 2023.");

  /* An update on every open item at that meeting is a review too. */
  json = g_strdup_printf ("{\"parent\": \"%s\", \"date\": \"2023-03-22\", \"text\": \"Paper due "
                          "in April\", \"meeting\": \"%s\"}", f->log_item, f->meetings[1]);
  update = create (f, "progress_update", json);
  g_free (only_failure (f, NULL));
}

static void
test_chaired_by_someone_else (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;
  g_autofree char *value = g_strdup_printf ("\"%s\"", f->deputy);

  set (f, f->meetings[0], "chaired_by", value);
  g_free (only_failure (f, NULL));
  g_free (value);
  value = g_strdup_printf ("\"%s\"", f->other);
  set (f, f->meetings[0], "chaired_by", value);
  problems = only_failure (f, "independent-chair");
  g_assert_cmpstr (problems, ==, "The board on 22 February 2023 was chaired by Director, who is "
                                 "neither the independent chair nor the recorded deputy.");
}

static void
test_missing_report (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  delete (f, f->report);
  problems = only_failure (f, "reports");
  g_assert_cmpstr (problems, ==, "No report was sent for the period ending 10 March 2023.");
}

/* One report sent just after a period ended cannot stand for two periods. */
static void
test_one_report_for_one_period (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *problems = NULL;

  /* As of 1 August, the periods ending 10 March, 10 May and 10 July are due. */
  set (f, f->report, "sent", "\"2023-03-20\"");
  lines = wmk_compliance_check (f->base.plan, "2023-08-01");
  problems = g_strjoinv ("\n", (char **) wmk_compliance_line_get_problems (find_line (lines, "reports")));
  g_assert_cmpstr (problems, ==, "No report was sent for the periods ending 10 May 2023 to "
                                 "10 July 2023 (2 periods).");
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_clear_pointer (&problems, g_free);

  /* A second report early in the next period covers it; July is still missing. */
  g_free (create (f, "report", "{\"title\": \"Second report\", \"sent\": \"2023-04-02\"}"));
  lines = wmk_compliance_check (f->base.plan, "2023-08-01");
  problems = g_strjoinv ("\n", (char **) wmk_compliance_line_get_problems (find_line (lines, "reports")));
  g_assert_cmpstr (problems, ==, "No report was sent for the period ending 10 July 2023.");
}

static void
test_action_without_due_date (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  set (f, f->action, "due", "null");
  problems = only_failure (f, "action-owners");
  g_assert_cmpstr (problems, ==, "Action 1.1.1 has no due date.");
  /* A due date as written ("Ongoing") is a due date the plan gives. */
  set (f, f->action, "due_text", "\"Ongoing\"");
  g_free (only_failure (f, NULL));
}

static void
test_action_without_officer (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;
  g_autofree char *json = NULL, *role = NULL;

  set (f, f->action, "responsible_text", "\"  \"");
  problems = only_failure (f, "action-owners");
  g_assert_cmpstr (problems, ==, "Action 1.1.1 has no responsible officer.");
  /* A linked role is a responsible officer: roles outlive the people in them. */
  role = create (f, "role", "{\"title\": \"Head of SEND\"}");
  json = g_strdup_printf ("[\"%s\"]", role);
  set (f, f->action, "roles", json);
  g_free (only_failure (f, NULL));
}

static void
test_kpi_without_twelve_month_target (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  set (f, f->kpi, "targets", "[{\"date\": \"2023-04-10\", \"value\": 30}, "
                             "{\"date\": \"2023-07-10\", \"value\": 40}, "
                             "{\"date\": \"2024-07-31\", \"value\": 60}]");
  problems = only_failure (f, "kpi-targets");
  g_assert_cmpstr (problems, ==, "KPI A-KPI1 has no target at 12 months (10 January 2024).");
}

static void
test_stale_risk_review (Fixture *f, gconstpointer data)
{
  g_autofree char *problems = NULL;

  set (f, f->risk, "reviewed", "\"2023-03-01\"");
  problems = only_failure (f, "risk-review");
  g_assert_cmpstr (problems, ==, "Risk R1 was last reviewed on 1 March 2023.");
  /* A closed risk needs no review; an empty register is not a reviewed one. */
  set (f, f->risk, "status", "\"closed\"");
  g_free (problems);
  problems = only_failure (f, "risk-review");
  g_assert_nonnull (strstr (problems, "No open risks are recorded"));
}

static void
test_no_board (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) lines = NULL;

  set (f, f->board, "kind", "\"delivery_group\"");
  lines = wmk_compliance_check (f->base.plan, TODAY);
  g_assert_false (wmk_compliance_line_get_passed (find_line (lines, "board-monthly")));
  g_assert_cmpstr (wmk_compliance_line_get_problems (find_line (lines, "board-monthly"))[0], ==,
                   "The plan has no improvement board (a governance body of the kind “board”).");
  /* Duties that are not about the board are still checked on their own. */
  g_assert_true (wmk_compliance_line_get_passed (find_line (lines, "action-owners")));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/wmk/compliance/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("compliant-plan-passes", test_compliant_plan_passes);
  ADD ("month-without-board", test_month_without_board);
  ADD ("months-without-board-are-one-gap", test_months_without_board_are_one_gap);
  ADD ("past-meeting-still-scheduled", test_past_meeting_still_scheduled);
  ADD ("uninvited-dfe", test_uninvited_dfe);
  ADD ("invitations-a-week-ahead", test_scheduled_meeting_needs_invitations_a_week_ahead);
  ADD ("unreviewed-log", test_unreviewed_log);
  ADD ("chaired-by-someone-else", test_chaired_by_someone_else);
  ADD ("missing-report", test_missing_report);
  ADD ("one-report-for-one-period", test_one_report_for_one_period);
  ADD ("action-without-due-date", test_action_without_due_date);
  ADD ("action-without-officer", test_action_without_officer);
  ADD ("kpi-without-12-month-target", test_kpi_without_twelve_month_target);
  ADD ("stale-risk-review", test_stale_risk_review);
  ADD ("no-board", test_no_board);
#undef ADD

  return g_test_run ();
}
