/* test-calendar.c: recurrence, the governance calendar and iCalendar files
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <stdlib.h>
#include <string.h>

static char *
joined (GPtrArray *dates)
{
  g_ptr_array_add (dates, NULL);
  return g_strjoinv (" ", (char **) dates->pdata);
}

static char *
expand (const char *rrule, const char *first, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dates = wmk_recurrence_expand (rrule, first, "10:00", from, to, &error);

  g_assert_no_error (error);
  return joined (dates);
}

static void
test_month_ends (void)
{
  g_autofree char *last = expand ("FREQ=MONTHLY;BYMONTHDAY=-1", "2023-01-01", "2023-01-01", "2023-04-30");
  g_autofree char *leap = expand ("FREQ=MONTHLY;BYMONTHDAY=-1", "2024-01-01", "2024-02-01", "2024-03-01");
  g_autofree char *thirty_first = expand ("FREQ=MONTHLY;BYMONTHDAY=31", "2023-01-01", "2023-01-01",
                                          "2023-05-31");

  g_assert_cmpstr (last, ==, "2023-01-31 2023-02-28 2023-03-31 2023-04-30");
  g_assert_cmpstr (leap, ==, "2024-02-29");
  /* A month with no 31st has no meeting on it, rather than one moved. */
  g_assert_cmpstr (thirty_first, ==, "2023-01-31 2023-03-31 2023-05-31");
}

static void
test_nth_weekday (void)
{
  g_autofree char *fourth = expand ("FREQ=MONTHLY;BYDAY=4WE", "2023-02-22", "2023-02-01", "2023-05-31");
  g_autofree char *last_friday = expand ("FREQ=MONTHLY;BYDAY=-1FR", "2023-01-01", "2023-01-01",
                                         "2023-03-31");
  g_autofree char *twice_a_year = expand ("FREQ=MONTHLY;INTERVAL=6;BYDAY=1TU", "2023-03-01",
                                          "2023-01-01", "2024-12-31");
  /* From the middle of a long series: the same days as from its start. */
  g_autofree char *later = expand ("FREQ=MONTHLY;BYDAY=4WE", "2023-02-22", "2027-01-01", "2027-02-28");

  g_assert_cmpstr (fourth, ==, "2023-02-22 2023-03-22 2023-04-26 2023-05-24");
  g_assert_cmpstr (last_friday, ==, "2023-01-27 2023-02-24 2023-03-31");
  g_assert_cmpstr (twice_a_year, ==, "2023-03-07 2023-09-05 2024-03-05 2024-09-03");
  g_assert_cmpstr (later, ==, "2027-01-27 2027-02-24");
}

/* A 10:00 board is at 10:00 in London all year; UTC moves with summer time
 * (26 March and 29 October 2023). */
static void
test_summer_time (void)
{
  const struct { const char *date; const char *utc; } cases[] = {
    { "2023-03-22", "20230322T100000Z" },
    { "2023-03-29", "20230329T090000Z" },
    { "2023-10-25", "20231025T090000Z" },
    { "2023-11-01", "20231101T100000Z" },
  };
  g_autofree char *days = expand ("FREQ=WEEKLY;BYDAY=WE", "2023-03-22", "2023-03-20", "2023-04-02");

  g_assert_cmpstr (days, ==, "2023-03-22 2023-03-29");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *utc = wmk_recurrence_to_utc (cases[i].date, "10:00");
      g_assert_cmpstr (utc, ==, cases[i].utc);
    }
}

static void
test_bad_rules (void)
{
  const char *invalid[] = { "", "FREQ=MONTHY", "garbage", "FREQ=WEEKLY;INTERVAL=0" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_clear_error (&error);
      g_assert_false (wmk_recurrence_validate (invalid[i], &error));
      g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "not a valid recurrence rule"));
    }
  g_clear_error (&error);
  g_assert_false (wmk_recurrence_validate ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", &error));
  g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE);
  g_assert_true (wmk_recurrence_validate ("FREQ=MONTHLY;BYDAY=4WE", NULL));
}

/* The sample plan */

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

static WmkCalendarEvent *
find (GPtrArray *events, WmkCalendarKind kind, const char *date)
{
  for (guint i = 0; i < events->len; i++)
    if (wmk_calendar_event_get_kind (events->pdata[i]) == kind
        && g_str_equal (wmk_calendar_event_get_date (events->pdata[i]), date))
      return events->pdata[i];
  return NULL;
}

static void
test_collect_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) feb = wmk_calendar_collect (f->plan, "2023-02-01", "2023-02-28", NULL, NULL);
  g_autoptr(GPtrArray) mar = wmk_calendar_collect (f->plan, "2023-03-01", "2023-03-31", NULL, NULL);
  WmkCalendarEvent *meeting = find (feb, WMK_CALENDAR_MEETING, "2023-02-22");
  WmkCalendarEvent *slot = find (mar, WMK_CALENDAR_OCCURRENCE, "2023-03-22");
  WmkCalendarEvent *report = find (mar, WMK_CALENDAR_REPORT_DUE, "2023-03-29");
  const char *previous = "";

  /* The recorded meeting, not a slot beside it. */
  g_assert_nonnull (meeting);
  g_assert_cmpstr (wmk_calendar_event_get_entity_id (meeting), ==, "meeting-board-2023-02-22");
  g_assert_cmpstr (wmk_calendar_event_get_start_time (meeting), ==, "10:00");
  g_assert_null (find (feb, WMK_CALENDAR_OCCURRENCE, "2023-02-22"));
  /* The next month's slot from the board's cadence. */
  g_assert_nonnull (slot);
  g_assert_cmpstr (wmk_calendar_event_get_entity_id (slot), ==, "body-board");
  g_assert_cmpstr (wmk_calendar_event_get_end_time (slot), ==, "12:00");
  /* Reports every two months from the notice of 29 July 2022. */
  g_assert_nonnull (report);
  g_assert_cmpstr (wmk_calendar_event_get_title (report), ==, "Report to the DfE and NHS England due");
  {
    g_autoptr(GPtrArray) jan = wmk_calendar_collect (f->plan, "2023-01-01", "2023-01-31", NULL, NULL);
    WmkCalendarEvent *six = find (jan, WMK_CALENDAR_MILESTONE, "2023-01-29");
    g_assert_nonnull (six);
    g_assert_cmpstr (wmk_calendar_event_get_title (six), ==, "6-month milestone of the improvement notice");
  }
  for (guint i = 0; i < mar->len; i++)
    {
      const char *date = wmk_calendar_event_get_date (mar->pdata[i]);
      g_assert_cmpstr (date, >=, previous);
      previous = date;
    }
}

static void
test_collect_filters (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) all = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", NULL, NULL);
  g_autoptr(GPtrArray) board = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", "body-board", NULL);
  g_autoptr(GPtrArray) ws_c = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", NULL, "ws-c");
  guint n_actions = 0, n_c_actions = 0;

  for (guint i = 0; i < all->len; i++)
    n_actions += wmk_calendar_event_get_kind (all->pdata[i]) == WMK_CALENDAR_ACTION_DUE;
  g_assert_cmpuint (n_actions, >, 20);
  for (guint i = 0; i < board->len; i++)
    {
      WmkCalendarKind kind = wmk_calendar_event_get_kind (board->pdata[i]);
      g_assert_true (kind != WMK_CALENDAR_ACTION_DUE && kind != WMK_CALENDAR_KPI_TARGET);
      if (kind == WMK_CALENDAR_MEETING || kind == WMK_CALENDAR_OCCURRENCE)
        g_assert_cmpstr (wmk_calendar_event_get_body_id (board->pdata[i]), ==, "body-board");
    }
  for (guint i = 0; i < ws_c->len; i++)
    {
      WmkCalendarKind kind = wmk_calendar_event_get_kind (ws_c->pdata[i]);
      g_assert_true (kind != WMK_CALENDAR_MEETING && kind != WMK_CALENDAR_OCCURRENCE);
      if (kind == WMK_CALENDAR_ACTION_DUE)
        {
          g_assert_cmpstr (wmk_calendar_event_get_workstream_id (ws_c->pdata[i]), ==, "ws-c");
          n_c_actions++;
        }
    }
  g_assert_cmpuint (n_c_actions, >, 0);
  g_assert_cmpuint (n_c_actions, <, n_actions);
}

/* iCalendar */

static char *
write_bytes (Fixture *f, const char *name, GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
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

static void
test_import_refuses_bad_files (Fixture *f, gconstpointer data)
{
  const struct { const char *text; const char *says; } cases[] = {
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2023071\nEND:VEVENT\nEND:VCALENDAR\n",
      "bad.ics, line 4: “2023071” is not a date" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20230712\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n"
      "END:VEVENT\nEND:VCALENDAR\n", "bad.ics, line 5: The recurrence rule" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nRRULE:FREQ=MONTHY\nEND:VEVENT\nEND:VCALENDAR\n",
      "bad.ics, line 4: “FREQ=MONTHY” is not a valid recurrence rule" },
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

  g_test_add_func ("/wmk/recurrence/month-ends", test_month_ends);
  g_test_add_func ("/wmk/recurrence/nth-weekday", test_nth_weekday);
  g_test_add_func ("/wmk/recurrence/summer-time", test_summer_time);
  g_test_add_func ("/wmk/recurrence/bad-rules", test_bad_rules);
#define ADD(path, func) g_test_add (path, Fixture, NULL, sample_set_up, func, sample_tear_down)
  ADD ("/wmk/calendar/sample", test_collect_sample);
  ADD ("/wmk/calendar/filters", test_collect_filters);
  ADD ("/wmk/ics/export-read-by-python", test_export_read_by_python);
  ADD ("/wmk/ics/import", test_import);
  ADD ("/wmk/ics/import-series", test_import_series);
  ADD ("/wmk/ics/import-refuses-bad-files", test_import_refuses_bad_files);
#undef ADD

  return g_test_run ();
}
