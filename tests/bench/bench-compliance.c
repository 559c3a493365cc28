/* bench-compliance.c: how fast the notice compliance check and the suggested agenda are
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the generated plan of 10,000 actions, 500 KPIs and 1,000 risks, with a
 * board that met monthly for five years (60 meetings), five action-log items
 * raised at each meeting and updated at the next three, and a report every
 * two months. The check is timed twice: with every meeting marked as having
 * reviewed the log, and with none marked, so that the review has to be
 * worked out from the updates on the log (the slow path). The suggested
 * agenda for the last meeting is timed too; it has no target of its own.
 * The median of several runs is printed, with the target (200 ms for the
 * check, issue 4); nothing is asserted. --quick runs a ten times smaller
 * plan as a smoke test.
 */

#include "wmk-test-support.h"

#include <stdlib.h>

#define SEED 20230222
#define N_MEETINGS 60
#define N_LOG_ITEMS 5       /* raised at each meeting */
#define N_REVIEWS 3         /* meetings at which each item is updated before it is done */
#define TODAY "2027-08-15"

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y ? 1 : 0;
}

static void
check (GError *error, const char *what)
{
  if (error)
    {
      g_printerr ("bench-compliance: %s: %s\n", what, error->message);
      exit (EXIT_FAILURE);
    }
}

static char *
create (WmkEdit *edit, const char *type, JsonObject *fields)
{
  g_autoptr(GError) error = NULL;
  char *id = wmk_edit_create (edit, type, fields, &error);

  check (error, type);
  return id;
}

/* The board, its meetings, the action log and the reports. */
static GPtrArray *
add_governance (WmkPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Governance");
  g_autoptr(JsonObject) person = json_object_new ();
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chair = NULL, *board = NULL;

  json_object_set_string_member (person, "name", "Independent Chair");
  chair = create (edit, "person", person);
  json_object_set_string_member (body, "name", "Improvement Board");
  json_object_set_string_member (body, "kind", "board");
  json_object_set_string_member (body, "chair", chair);
  json_object_set_boolean_member (body, "chair_independent", TRUE);
  json_object_set_string_member (body, "rrule", "FREQ=MONTHLY;BYDAY=4WE");
  board = create (edit, "body", body);

  for (int m = 0; m < N_MEETINGS; m++)
    {
      g_autoptr(JsonObject) meeting = json_object_new ();
      g_autofree char *date = g_strdup_printf ("%04d-%02d-22", 2022 + (m + 7) / 12, (m + 7) % 12 + 1);
      char *id;

      json_object_set_string_member (meeting, "parent", board);
      json_object_set_string_member (meeting, "date", date);
      json_object_set_string_member (meeting, "status", "held");
      json_object_set_string_member (meeting, "chaired_by", chair);
      json_object_set_boolean_member (meeting, "invited_dfe", TRUE);
      json_object_set_boolean_member (meeting, "invited_nhse", TRUE);
      json_object_set_boolean_member (meeting, "log_reviewed", TRUE);
      id = create (edit, "meeting", meeting);
      g_ptr_array_add (meetings, id);

      /* Updates at this meeting on the items of the three before it. */
      for (int back = 1; back <= N_REVIEWS && back <= m; back++)
        for (int k = 0; k < N_LOG_ITEMS; k++)
          {
            g_autoptr(JsonObject) update = json_object_new ();
            g_autofree char *update_id = NULL;

            json_object_set_string_member (update, "parent", items->pdata[(m - back) * N_LOG_ITEMS + k]);
            json_object_set_string_member (update, "date", date);
            json_object_set_string_member (update, "text", "Reviewed; on track.");
            json_object_set_string_member (update, "meeting", id);
            update_id = create (edit, "progress_update", update);
          }
      for (int k = 0; k < N_LOG_ITEMS; k++)
        {
          g_autoptr(JsonObject) item = json_object_new ();

          json_object_set_string_member (item, "parent", id);
          json_object_set_string_member (item, "text", "Bring the data on the backlog to the next board");
          json_object_set_string_member (item, "status", m + N_REVIEWS < N_MEETINGS ? "done" : "open");
          g_ptr_array_add (items, create (edit, "log_item", item));
        }
      if (m % 2 == 1)
        {
          g_autoptr(JsonObject) report = json_object_new ();
          g_autofree char *sent = g_strdup_printf ("%04d-%02d-05", 2022 + (m + 7) / 12, (m + 7) % 12 + 1);
          g_autofree char *report_id = NULL;

          json_object_set_string_member (report, "title", "Report to the DfE and NHS England");
          json_object_set_string_member (report, "sent", sent);
          report_id = create (edit, "report", report);
        }
    }
  wmk_plan_commit (plan, edit, &error);
  check (error, "commit");
  return meetings;
}

static void
set_log_reviewed (WmkPlan *plan, GPtrArray *meetings, gboolean reviewed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Log reviewed");

  for (guint i = 0; i < meetings->len; i++)
    {
      wmk_edit_set (edit, meetings->pdata[i], "log_reviewed", json_node_init_boolean (json_node_alloc (), reviewed),
                    &error);
      check (error, "log_reviewed");
    }
  wmk_plan_commit (plan, edit, &error);
  check (error, "commit");
}

static void
measure (const char *what, double target_ms, guint runs, WmkPlan *plan, const char *meeting_id)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) failing = g_string_new (NULL);
  guint n_items = 0;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = meeting_id ? wmk_agenda_suggest (plan, meeting_id, TODAY)
                                              : wmk_compliance_check (plan, TODAY);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (samples, ms);
      n_items = found->len;
      g_string_truncate (failing, 0);
      for (guint j = 0; meeting_id == NULL && j < found->len; j++)
        if (!wmk_compliance_line_get_passed (found->pdata[j]))
          g_string_append_printf (failing, " %s (%u)", wmk_compliance_line_get_id (found->pdata[j]),
                                  wmk_compliance_line_get_n_problems (found->pdata[j]));
    }
  g_array_sort (samples, compare_doubles);
  g_print ("%-34s median %7.2f ms  min %7.2f  max %7.2f  (%u runs; %u %s", what,
           g_array_index (samples, double, samples->len / 2), g_array_index (samples, double, 0),
           g_array_index (samples, double, samples->len - 1), runs, n_items,
           meeting_id ? "sections" : "lines");
  if (failing->len > 0)
    g_print ("; failing:%s", failing->str);
  if (target_ms > 0)
    g_print ("; target <= %g ms", target_ms);
  g_print (")\n");
}

int
main (int argc, char **argv)
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  guint runs = quick ? 3 : 11;
  WmkTestPlanSize size = quick ? (WmkTestPlanSize) { 1000, 50, 6, 100 }
                               : (WmkTestPlanSize) { 10000, 500, 60, 1000 };
  g_autoptr(GBytes) json = wmk_test_generate_plan (&size, SEED);
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_import (path, json, "generated.json", "Benchmark", &error);
  g_autoptr(GPtrArray) meetings = NULL;

  check (error, "import");
  meetings = add_governance (plan);
  g_print ("Waymark compliance benchmark%s: %u actions, %u KPIs, %u risks, %d board meetings, "
           "%d action-log items\n",
           quick ? " (--quick)" : "", size.n_actions, size.n_kpis, size.n_risks, N_MEETINGS,
           N_MEETINGS * N_LOG_ITEMS);

  measure ("compliance check", 200, runs, plan, NULL);
  set_log_reviewed (plan, meetings, FALSE);
  measure ("compliance check, log from updates", 200, runs, plan, NULL);
  measure ("suggested agenda, last meeting", 0, runs, plan, meetings->pdata[meetings->len - 1]);

  g_clear_object (&plan);
  wmk_test_remove_dir (dir);
  return EXIT_SUCCESS;
}
