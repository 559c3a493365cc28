/* test-ics.c: the governance calendar as iCalendar, out and in
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <stdlib.h>
#include <string.h>

/* Each test has the sample plan in a fresh folder. */

typedef struct
{
  char    *dir;
  WmkPlan *plan;
} Fixture;

static void
sample_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = wmk_test_make_dir ();
  path = g_build_filename (f->dir, "sample.waymark", NULL);
  f->plan = wmk_plan_import_sample (path, "Test Author", &error);
  g_assert_no_error (error);
}

static void
sample_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->plan);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
write_bytes (Fixture *f, const char *name, GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static gboolean
says (const char *text, const char *what)
{
  if (strstr (text, what))
    return TRUE;
  g_test_message ("not found: %s", what);
  return FALSE;
}

/* The board's series from its first slot, the meeting on that slot left out
 * of it (EXDATE) and given as itself, London time with its VTIMEZONE, and
 * the notice's dates all day; with a body, that body only. */
static void
test_export (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) all = wmk_plan_to_ics (f->plan, NULL);
  g_autoptr(GBytes) board = wmk_plan_to_ics (f->plan, "body-board");
  g_autoptr(GBytes) group = wmk_plan_to_ics (f->plan, "body-delivery-group");
  g_autofree char *text = g_strndup (g_bytes_get_data (all, NULL), g_bytes_get_size (all));
  g_autofree char *board_text = g_strndup (g_bytes_get_data (board, NULL), g_bytes_get_size (board));
  g_autofree char *group_text = g_strndup (g_bytes_get_data (group, NULL), g_bytes_get_size (group));
  g_autoptr(GError) error = NULL;

  g_assert_true (wmk_ics_check_text (text, strlen (text), "plan.ics", &error));
  g_assert_no_error (error);
  g_assert_true (says (text, "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
  g_assert_true (says (text, "BEGIN:DAYLIGHT"));
  g_assert_true (says (text, "UID:body-board@waymark.plan\r\n"));
  g_assert_true (says (text, "DTSTART;TZID=Europe/London:20230222T100000\r\n"
                             "DTEND;TZID=Europe/London:20230222T120000\r\nRRULE:FREQ=MONTHLY;BYDAY=4WE\r\n"));
  g_assert_true (says (text, "EXDATE;TZID=Europe/London:20230222T100000\r\n"));
  g_assert_true (says (text, "UID:meeting-board-2023-02-22@waymark.plan\r\n"));
  g_assert_true (says (text, "DESCRIPTION:SEND Improvement Partnership Board\r\n"));
  g_assert_true (says (text, "STATUS:CONFIRMED\r\n"));
  /* The January meeting has no day in the minutes: not exported. */
  g_assert_null (strstr (text, "meeting-board-2023-01@"));
  g_assert_true (says (text, "UID:report-2022-09-29@waymark.plan\r\n"));
  g_assert_true (says (text, "UID:milestone-2023-07-29@waymark.plan\r\n"));
  g_assert_true (says (text, "DTSTART;VALUE=DATE:20230729\r\nDTEND;VALUE=DATE:20230730\r\n"));
  /* One body: its own events, not the plan's deadlines. */
  g_assert_true (says (board_text, "UID:meeting-board-2023-02-22@waymark.plan\r\n"));
  g_assert_null (strstr (board_text, "UID:report-"));
  /* A body with neither a rule nor a dated meeting: an empty calendar that still parses. */
  g_assert_null (strstr (group_text, "BEGIN:VEVENT"));
  g_assert_true (wmk_ics_check_text (group_text, strlen (group_text), "group.ics", &error));
  g_assert_no_error (error);
}

/* Read back by a parser that is not ours: Debian's python3-icalendar. */
static void
test_export_read_by_python (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) ics = wmk_plan_to_ics (f->plan, NULL);
  g_autofree char *path = write_bytes (f, "plan.ics", ics);
  g_autofree char *script = NULL, *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_command_line_sync ("/usr/bin/python3 -c 'import icalendar'", NULL, NULL, &status, NULL)
      || status != 0)
    {
      g_test_skip ("python3-icalendar is not installed");
      return;
    }
  script = g_strdup_printf (
    "/usr/bin/python3 -c '"
    "import icalendar, sys\n"
    "cal = icalendar.Calendar.from_ical(open(\"%s\", \"rb\").read())\n"
    "ev = {str(e[\"UID\"]): e for e in cal.walk(\"VEVENT\")}\n"
    "board = ev[\"body-board@waymark.plan\"]\n"
    "rule = board[\"RRULE\"]\n"
    "assert rule[\"FREQ\"] == [\"MONTHLY\"] and rule[\"BYDAY\"] == [\"4WE\"], rule\n"
    "start = board.decoded(\"DTSTART\")\n"
    "assert str(start.tzinfo) in (\"Europe/London\", \"GMT\"), start.tzinfo\n"
    "m = ev[\"meeting-board-2023-02-22@waymark.plan\"].decoded(\"DTSTART\")\n"
    "assert (m.year, m.month, m.day, m.hour, m.minute) == (2023, 2, 22, 10, 0), m\n"
    "assert m.utcoffset().total_seconds() == 0\n"
    "assert any(str(u).startswith(\"report-\") for u in ev)\n"
    "print(len(ev))'",
    path);
  g_spawn_command_line_sync (script, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (status != 0)
    g_test_message ("%s", err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (atoi (out), >, 10);
}

static const char good_ics[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Council//Outlook//EN\r\n"
  "BEGIN:VEVENT\r\nUID:board-extra@council.example\r\nDTSTAMP:20230101T000000Z\r\n"
  "SUMMARY:Extraordinary board\r\nDTSTART;TZID=Europe/London:20230712T140000\r\n"
  "DTEND;TZID=Europe/London:20230712T160000\r\nLOCATION:County Hall,\r\n  Exeter\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:utc@council.example\r\nDTSTAMP:20230101T000000Z\r\nSUMMARY:Summer session\r\n"
  "DTSTART:20230712T090000Z\r\nDTEND:20230712T100000Z\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_import (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (good_ics, strlen (good_ics));
  g_autoptr(GError) error = NULL;
  GListModel *meetings = wmk_plan_get_items (f->plan, "meeting");
  guint before = g_list_model_get_n_items (meetings), n = 0;
  WmkEntity *utc = NULL;

  g_assert_true (wmk_plan_import_ics (f->plan, bytes, "board.ics", NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, before + 2);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(WmkEntity) m = g_list_model_get_item (meetings, i);
      if (g_strcmp0 (wmk_entity_get_string (m, "ical_uid"), "utc@council.example") == 0)
        utc = m;
      if (g_strcmp0 (wmk_entity_get_string (m, "ical_uid"), "board-extra@council.example") == 0)
        {
          g_assert_cmpstr (wmk_entity_get_string (m, "parent"), ==, "body-board");
          g_assert_cmpstr (wmk_entity_get_string (m, "location"), ==, "County Hall, Exeter");
          g_assert_cmpstr (wmk_entity_get_string (m, "start_time"), ==, "14:00");
          g_assert_cmpstr (wmk_entity_get_string (m, "status"), ==, "scheduled");
        }
    }
  /* 09:00 UTC in July is 10:00 in London. */
  g_assert_nonnull (utc);
  g_assert_cmpstr (wmk_entity_get_string (utc, "start_time"), ==, "10:00");
  g_assert_cmpstr (wmk_entity_get_string (utc, "end_time"), ==, "11:00");

  /* Twice: nothing more. Our own export: nothing (it is the plan already). */
  g_assert_true (wmk_plan_import_ics (f->plan, bytes, "board.ics", NULL, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  {
    g_autoptr(GBytes) own = wmk_plan_to_ics (f->plan, NULL);
    g_assert_true (wmk_plan_import_ics (f->plan, own, "own.ics", NULL, &n, &error));
    g_assert_cmpuint (n, ==, 0);
  }
  /* One undo takes the whole import back. */
  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, before);
}

static void
test_import_series (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next = g_date_time_add_months (now, 1);
  g_autofree char *start = g_date_time_format (next, "%Y%m%d");
  g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                                           "UID:series@council.example\nSUMMARY:Delivery group\n"
                                           "DTSTART;TZID=Europe/London:%sT093000\n"
                                           "RRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\nEND:VCALENDAR\n",
                                           start);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (wmk_plan_import_ics (f->plan, bytes, "series.ics", "body-delivery-group", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  {
    g_autoptr(GPtrArray) group = wmk_plan_dup_children (f->plan, "body-delivery-group", "meeting");
    g_assert_cmpuint (group->len, ==, 3);
    g_assert_cmpstr (wmk_entity_get_string (group->pdata[0], "start_time"), ==, "09:30");
  }
}

/* An old series from someone's calendar: a valid rule, though it ended;
 * nothing of it is ahead, so only the single meeting beside it is added. */
static void
test_import_past_series (Fixture *f, gconstpointer data)
{
  const char text[] = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:old@council.example\n"
                      "RRULE:FREQ=WEEKLY;UNTIL=20230401T000000Z\n"
                      "DTSTART;TZID=Europe/London:20230301T100000\nSUMMARY:Old series\nEND:VEVENT\n"
                      "BEGIN:VEVENT\nUID:once@council.example\nDTSTART:20230301T100000Z\n"
                      "SUMMARY:Once\nEND:VEVENT\nEND:VCALENDAR\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (wmk_plan_import_ics (f->plan, bytes, "old.ics", NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_import_refuses_bad_files (Fixture *f, gconstpointer data)
{
  const struct { const char *text; const char *says; } cases[] = {
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2023071\nEND:VEVENT\nEND:VCALENDAR\n",
      "bad.ics, line 4: “2023071” is not a date" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20230712\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n"
      "END:VEVENT\nEND:VCALENDAR\n", "bad.ics, line 5: The recurrence rule" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nRRULE:FREQ=MONTHY\nEND:VEVENT\nEND:VCALENDAR\n",
      "bad.ics, line 4: “FREQ=MONTHY” is not a valid recurrence rule: unknown frequency" },
    /* Ends before it starts: never, whichever line comes first. */
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nRRULE:FREQ=WEEKLY;UNTIL=20230101\nDTSTART:20230712\n"
      "END:VEVENT\nEND:VCALENDAR\n", "bad.ics, line 4: The recurrence rule “FREQ=WEEKLY;UNTIL=20230101” "
      "never occurs in the ten years from 12 July 2023" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20230712\n", "the file ends inside BEGIN:VEVENT of line 2" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\n", "bad.ics, line 3: END:VTODO does not close VEVENT" },
    { "Minutes of the board\n", "bad.ics, line 1: “Minutes of the board” is not an iCalendar line" },
    { "BEGIN:VEVENT\nEND:VEVENT\n", "line 1: an iCalendar file starts with BEGIN:VCALENDAR" },
    { "", "the file is empty" },
  };
  gint64 ops = wmk_store_count_ops (wmk_plan_get_store (f->plan));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      guint n = 99;

      g_assert_false (wmk_plan_import_ics (f->plan, bytes, "bad.ics", NULL, &n, &error));
      g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID);
      if (strstr (error->message, cases[i].says) == NULL)
        g_test_message ("case %u: “%s”", i, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_cmpuint (n, ==, 0);
    }
  g_assert_cmpint (wmk_store_count_ops (wmk_plan_get_store (f->plan)), ==, ops);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, sample_set_up, func, sample_tear_down)
  ADD ("/wmk/ics/export", test_export);
  ADD ("/wmk/ics/export-read-by-python", test_export_read_by_python);
  ADD ("/wmk/ics/import", test_import);
  ADD ("/wmk/ics/import-series", test_import_series);
  ADD ("/wmk/ics/import-past-series", test_import_past_series);
  ADD ("/wmk/ics/import-refuses-bad-files", test_import_refuses_bad_files);
#undef ADD

  return g_test_run ();
}
