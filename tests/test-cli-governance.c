/* test-cli-governance.c: waymark-cli on the board's records: list meetings,
 * decisions and the action log, and the calendar exported as iCalendar
 *
 * Each test runs the real waymark-cli on the sample plan in a fresh
 * WAYMARK_DATA_DIR.
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <string.h>
#include <sys/wait.h>

typedef struct
{
  char *dir;   /* WAYMARK_DATA_DIR and working folder */
  char *plan;  /* the sample plan, given as --plan */
} Fixture;

/* Runs waymark-cli --plan PLAN with the arguments in ARGS; returns its exit
 * status, its stdout and its stderr. */
static int
run_cli_va (Fixture *f, char **out, char **err, const char *first, va_list args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("WAYMARK_CLI"));
  g_ptr_array_add (argv, "--plan");
  g_ptr_array_add (argv, f->plan);
  for (const char *arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "WAYMARK_DATA_DIR", f->dir, TRUE);
  g_spawn_sync (f->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout:\n%s\nstderr:\n%s", *out, *err);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* Runs waymark-cli --plan PLAN with the NULL-terminated arguments; checks it
 * succeeds and says nothing on stderr; returns its stdout. */
static char *
run_cli (Fixture *f, const char *first, ...)
{
  g_autofree char *out = NULL, *err = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (f, &out, &err, first, args);
  va_end (args);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  return g_steal_pointer (&out);
}

/* The same, for a command that must fail: returns its stderr. */
static char *
run_cli_failing (Fixture *f, const char *first, ...)
{
  g_autofree char *out = NULL, *err = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (f, &out, &err, first, args);
  va_end (args);
  g_assert_cmpint (status, !=, 0);
  return g_steal_pointer (&err);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;

  g_assert_nonnull (g_getenv ("WAYMARK_CLI"));
  f->dir = wmk_test_make_dir ();
  f->plan = g_build_filename (f->dir, "plan.waymark", NULL);
  out = run_cli (f, "init", "--sample", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan);
}

/* `list TYPE --json`, parsed; an array of objects. */
static JsonArray *
list_json (Fixture *f, const char *type, JsonNode **root)
{
  g_autofree char *out = run_cli (f, "list", type, "--json", NULL);
  g_autoptr(GError) error = NULL;

  *root = json_from_string (out, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*root));
  return json_node_get_array (*root);
}

/* The object in ARRAY whose "id" is ID, or NULL. */
static JsonObject *
find_id (JsonArray *array, const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      if (g_strcmp0 (json_object_get_string_member_with_default (object, "id", NULL), id) == 0)
        return object;
    }
  return NULL;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_list_meetings (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonArray *meetings = list_json (f, "meetings", &root);
  JsonObject *feb;

  g_assert_cmpuint (json_array_get_length (meetings), ==, 2);
  g_assert_nonnull (find_id (meetings, "meeting-board-2023-01"));
  feb = find_id (meetings, "meeting-board-2023-02-22");
  g_assert_nonnull (feb);
  g_assert_cmpstr (json_object_get_string_member (feb, "date"), ==, "2023-02-22");
  g_assert_cmpstr (json_object_get_string_member (feb, "start_time"), ==, "10:00");
  g_assert_cmpstr (json_object_get_string_member (feb, "parent"), ==, "body-board");

  /* The table: a heading, then id, date, time, body, title, status. */
  text = run_cli (f, "list", "meetings", NULL);
  g_assert_cmpuint (count_lines (text), ==, 3);
  g_assert_true (g_str_has_prefix (text, "ID "));
  g_assert_nonnull (strstr (text, "STATUS"));
  g_assert_nonnull (strstr (text, "meeting-board-2023-02-22   2023-02-22 10:00-12:00 "));
  g_assert_nonnull (strstr (text, "scheduled"));
  g_assert_nonnull (strstr (text, "held"));
}

static void
test_list_decisions (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonArray *decisions = list_json (f, "decisions", &root);

  g_assert_cmpuint (json_array_get_length (decisions), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, i),
                                                    "parent"),
                     ==, "meeting-board-2023-01");
  text = run_cli (f, "list", "decisions", NULL);
  g_assert_cmpuint (count_lines (text), ==, 4);
  g_assert_nonnull (strstr (text, "MEETING"));
  g_assert_nonnull (strstr (text, " meeting-board-2023-01 "));
}

static void
test_list_log (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonArray *log = list_json (f, "log", &root);

  g_assert_cmpuint (json_array_get_length (log), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *item = json_array_get_object_element (log, i);
      g_assert_cmpstr (json_object_get_string_member (item, "parent"), ==, "meeting-board-2023-01");
      g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "open");
    }
  /* id, meeting, text, owner, due, status */
  text = run_cli (f, "list", "log", NULL);
  g_assert_cmpuint (count_lines (text), ==, 4);
  g_assert_nonnull (strstr (text, "OWNER"));
  g_assert_nonnull (strstr (text, "DUE"));
  g_assert_nonnull (strstr (text, "2023-03-31 open"));
}

static void
test_export_ics (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "board.ics", NULL);
  g_autofree char *ics = NULL, *out = NULL, *body_only = NULL;

  out = run_cli (f, "export", "--format", "ics", "-o", path, NULL);
  g_assert_true (g_file_get_contents (path, &ics, NULL, NULL));
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (ics, "BEGIN:VTIMEZONE"));
  g_assert_nonnull (strstr (ics, "TZID:Europe/London"));
  g_assert_nonnull (strstr (ics, "UID:body-board@waymark.plan"));
  g_assert_nonnull (strstr (ics, "RRULE:FREQ=MONTHLY;BYDAY=4WE"));
  g_assert_nonnull (strstr (ics, "UID:meeting-board-2023-02-22@waymark.plan"));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/London:20230222T100000"));

  /* One body to stdout. */
  body_only = run_cli (f, "export", "--format", "ics", "--body", "body-board", NULL);
  g_assert_nonnull (strstr (body_only, "UID:meeting-board-2023-02-22@waymark.plan"));
  g_assert_true (g_str_has_suffix (body_only, "END:VCALENDAR\r\n")
                 || g_str_has_suffix (body_only, "END:VCALENDAR\n"));
}

static void
write_text (Fixture *f, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* import FILE.ics: meetings into the current plan, known by the file's first
 * line whatever its name; a bad file changes nothing. */
static void
test_import_ics (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL, *again = NULL, *bad = NULL, *wrong_body = NULL;
  g_autoptr(JsonNode) root = NULL, after = NULL;
  JsonObject *meeting = NULL;
  JsonArray *meetings;

  write_text (f, "calendar.txt",
              "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:dg-1@council.example\r\n"
              "SUMMARY:Delivery group\r\nLOCATION:County Hall\r\n"
              "DTSTART;TZID=Europe/London:20230315T140000\r\nDTEND;TZID=Europe/London:20230315T153000\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n");
  out = run_cli (f, "import", "calendar.txt", "--body", "body-delivery-group", NULL);
  g_assert_nonnull (strstr (out, "1 meetings added"));
  meetings = list_json (f, "meetings", &root);
  g_assert_cmpuint (json_array_get_length (meetings), ==, 3);
  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (meetings, i),
                                                               "ical_uid", NULL),
                   "dg-1@council.example") == 0)
      meeting = json_array_get_object_element (meetings, i);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (json_object_get_string_member (meeting, "parent"), ==, "body-delivery-group");
  g_assert_cmpstr (json_object_get_string_member (meeting, "date"), ==, "2023-03-15");
  g_assert_cmpstr (json_object_get_string_member (meeting, "start_time"), ==, "14:00");
  g_assert_cmpstr (json_object_get_string_member (meeting, "end_time"), ==, "15:30");
  g_assert_cmpstr (json_object_get_string_member (meeting, "location"), ==, "County Hall");

  /* Twice: nothing more. */
  again = run_cli (f, "import", "calendar.txt", "--body", "body-delivery-group", NULL);
  g_assert_nonnull (strstr (again, "0 meetings added"));

  /* A good event and a rule that never occurs: the line, and nothing added. */
  write_text (f, "never.ics",
              "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:ok@council.example\nDTSTART:20230405T090000Z\n"
              "END:VEVENT\nBEGIN:VEVENT\nUID:never@council.example\nDTSTART:20230405\n"
              "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT\nEND:VCALENDAR\n");
  bad = run_cli_failing (f, "import", "never.ics", NULL);
  g_assert_nonnull (strstr (bad, "never.ics, line 9: The recurrence rule"));
  wrong_body = run_cli_failing (f, "import", "calendar.txt", "--body", "dec-2023-01-1", NULL);
  g_assert_nonnull (strstr (wrong_body, "is not a governance body"));
  g_assert_cmpuint (json_array_get_length (list_json (f, "meetings", &after)), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/cli-governance/list-meetings", test_list_meetings);
  ADD ("/wmk/cli-governance/list-decisions", test_list_decisions);
  ADD ("/wmk/cli-governance/list-log", test_list_log);
  ADD ("/wmk/cli-governance/export-ics", test_export_ics);
  ADD ("/wmk/cli-governance/import-ics", test_import_ics);
#undef ADD

  return g_test_run ();
}
