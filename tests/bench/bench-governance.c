/* bench-governance.c: how fast the governance calendar and the compliance check are
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the generated 10,000-action plan with a monthly board over five years
 * (60 meetings, a recurrence rule, a report every two months): the events of
 * one month, as the calendar page asks for them (its drawing budget is
 * 50 ms in all), the same month just after an edit to an action (the
 * plan's index of dates patched) and to a workstream (the index rebuilt),
 * the events of one year, and the whole compliance check
 * (target 200 ms). Figures are printed, never asserted. --quick runs a ten
 * times smaller plan as a smoke test.
 */

#include "wmk-test-support.h"

#include <stdlib.h>

#define SEED 20230222
#define RUNS 21

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static void
check (GError *error, const char *what)
{
  if (error)
    {
      g_printerr ("bench-governance: %s: %s\n", what, error->message);
      exit (EXIT_FAILURE);
    }
}

/* A board meeting monthly from the notice, held, with the notice's duties met. */
static void
add_board (WmkPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Board");
  g_autoptr(JsonObject) body = json_object_new ();
  const char *plan_id = wmk_entity_get_id (WMK_ENTITY (wmk_plan_get_info (plan)));
  g_autofree char *board = NULL;

  wmk_edit_set (edit, plan_id, "notice_issued", json_node_init_string (json_node_alloc (), "2022-07-29"),
                &error);
  check (error, "notice");
  json_object_set_string_member (body, "name", "Improvement Board");
  json_object_set_string_member (body, "kind", "board");
  json_object_set_string_member (body, "rrule", "FREQ=MONTHLY;BYDAY=4WE");
  json_object_set_string_member (body, "start_time", "10:00");
  json_object_set_string_member (body, "end_time", "12:00");
  board = wmk_edit_create (edit, "body", body, &error);
  check (error, "board");
  for (int m = 0; m < 60; m++)
    {
      g_autoptr(JsonObject) meeting = json_object_new ();
      g_autofree char *date = g_strdup_printf ("%04d-%02d-22", 2022 + (m + 7) / 12, (m + 7) % 12 + 1);
      g_autofree char *id = NULL;

      json_object_set_string_member (meeting, "parent", board);
      json_object_set_string_member (meeting, "date", date);
      json_object_set_string_member (meeting, "status", "held");
      json_object_set_boolean_member (meeting, "invited_dfe", TRUE);
      json_object_set_boolean_member (meeting, "invited_nhse", TRUE);
      json_object_set_boolean_member (meeting, "log_reviewed", TRUE);
      id = wmk_edit_create (edit, "meeting", meeting, &error);
      check (error, "meeting");
    }
  wmk_plan_commit (plan, edit, &error);
  check (error, "commit");
}

/* Before each run, untimed: nothing (EDIT NULL), or a change to the first
 * item of type EDIT ("action": the calendar's index of dates is patched;
 * "workstream": it is rebuilt whole). */
static void
measure_full (const char *what, double target_ms, guint runs, WmkPlan *plan, const char *from,
              const char *to, const char *edit)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_found = 0;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start;

      if (edit)
        {
          g_autoptr(WmkEntity) item = g_list_model_get_item (wmk_plan_get_items (plan, edit), 0);
          g_autoptr(GError) error = NULL;
          g_autofree char *note = g_strdup_printf ("Bench %u", i);

          wmk_plan_set_string (plan, wmk_entity_get_id (item),
                               g_str_equal (edit, "action") ? "note" : "lead", note, &error);
          check (error, "edit");
        }
      start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = from ? wmk_calendar_collect (plan, from, to, NULL, NULL)
                                        : wmk_compliance_check (plan, "2027-08-15");
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (samples, ms);
      n_found = found->len;
    }
  g_print ("%-36s median %7.2f ms   (%u items; target <= %g ms)\n", what, median_ms (samples),
           n_found, target_ms);
}

static void
measure (const char *what, double target_ms, guint runs, WmkPlan *plan, const char *from,
         const char *to)
{
  measure_full (what, target_ms, runs, plan, from, to, NULL);
}

int
main (int argc, char **argv)
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  WmkTestPlanSize size = quick ? (WmkTestPlanSize) { 1000, 50, 6, 100 }
                               : (WmkTestPlanSize) { 10000, 500, 60, 1000 };
  g_autoptr(GBytes) json = wmk_test_generate_plan (&size, SEED);
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_import (path, json, "generated.json", "Benchmark", &error);

  check (error, "import");
  add_board (plan);
  g_print ("Waymark governance benchmark%s: %u actions, %u KPIs, 60 board meetings\n",
           quick ? " (--quick)" : "", size.n_actions, size.n_kpis);
  measure ("calendar: one month", 50, RUNS, plan, "2023-03-01", "2023-03-31");
  measure_full ("calendar: one month, after an edit", 50, RUNS, plan, "2023-03-01", "2023-03-31",
                "action");
  measure_full ("calendar: one month, index rebuilt", 50, RUNS, plan, "2023-03-01", "2023-03-31",
                "workstream");
  measure ("calendar: one year", 50, RUNS, plan, "2023-01-01", "2023-12-31");
  measure ("compliance check", 200, quick ? 3 : 7, plan, NULL, NULL);

  g_clear_object (&plan);
  wmk_test_remove_dir (dir);
  return EXIT_SUCCESS;
}
