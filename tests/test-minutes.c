/* test-minutes.c: a board's minutes as accessible HTML and as PDF
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <glib/gstdio.h>
#include <string.h>

#define MEETING "meeting-board-2023-01"
#define DECISION "members agreed best practice is partnership working with Parent Carer Forum Devon"

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

static guint
count (const char *text, const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, needle)); p += strlen (needle))
    n++;
  return n;
}

static char *
minutes_html (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkDocument) doc = wmk_minutes_new (f->plan, MEETING, &error);
  g_autoptr(GBytes) html = NULL;

  g_assert_no_error (error);
  html = wmk_document_to_html (doc);
  return g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
}

static void
test_html (Fixture *f, gconstpointer data)
{
  g_autofree char *html = minutes_html (f);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en-GB\">"));
  g_assert_nonnull (strstr (html, "<title>Minutes: SEND Improvement Partnership Board</title>"));
  g_assert_cmpuint (count (html, "<h1>"), ==, 1);
  g_assert_cmpuint (count (html, "<h2>"), >=, 8);
  g_assert_null (strstr (html, "<h4"));
  /* Tables say what they are and what each header cell heads. */
  g_assert_cmpuint (count (html, "<table>"), ==, count (html, "<caption>"));
  g_assert_nonnull (strstr (html, "<th scope=\"col\">Attendance</th>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">Trevor Doughty</th>"));
  g_assert_cmpuint (count (html, "<td>Present</td>"), ==, 23);
  g_assert_cmpuint (count (html, "<td>Apologies</td>"), ==, 7);
  g_assert_nonnull (strstr (html, DECISION));
  g_assert_nonnull (strstr (html, "D Jones and colleagues to develop a broader interagency"));
  g_assert_nonnull (strstr (html, "Wednesday 22 February 2023, 10:00 – 12:00"));
  g_assert_null (strstr (html, "<script"));
}

/* Whatever people type is text, never markup. */
static void
test_html_escapes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) text = json_node_init_string (json_node_alloc (),
                                                    "Agreed <script>alert(1)</script> & \"noted\"");
  g_autofree char *html = NULL;

  wmk_plan_set (f->plan, "dec-2023-01-1", "text", text, &error);
  g_assert_no_error (error);
  html = minutes_html (f);
  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "Agreed &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;noted&quot;"));
}

static void
test_pdf (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_autofree char *command = NULL, *text = NULL, *flat = NULL;
  int status;

  g_assert_true (wmk_minutes_write (f->plan, MEETING, "pdf", path, &error));
  g_assert_no_error (error);
  if (g_find_program_in_path ("pdftotext") == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  command = g_strdup_printf ("pdftotext -layout '%s' -", path);
  g_spawn_command_line_sync (command, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* Lines are wrapped in the PDF; compare with the spaces made single. */
  {
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    flat = g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
  }
  g_assert_nonnull (strstr (flat, "Minutes: SEND Improvement"));
  g_assert_nonnull (strstr (flat, "Trevor Doughty"));
  g_assert_nonnull (strstr (flat, "Jo Turl"));
  g_assert_nonnull (strstr (flat, "members agreed best practice is partnership working"));
  g_assert_nonnull (strstr (flat, "Page 1 of"));
  g_assert_nonnull (strstr (flat, "Date of the next meeting"));
}

static void
test_refusals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *path = g_build_filename (locked, "minutes.pdf", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_false (wmk_minutes_write (f->plan, "no-such-meeting", "pdf", path, &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "There is no meeting “no-such-meeting”"));
  g_clear_error (&error);

  g_assert_false (wmk_minutes_write (f->plan, "act-3.3.1", "pdf", path, &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (wmk_minutes_write (f->plan, MEETING, "docx", path, &error));
  g_assert_nonnull (strstr (error->message, "not “docx”"));
  g_clear_error (&error);

  /* A folder that is not there, and a name that is a folder: a sentence
   * naming the file, and nothing left behind. */
  g_assert_false (wmk_minutes_write (f->plan, MEETING, "pdf", path, &error));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (locked, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  g_assert_false (wmk_minutes_write (f->plan, MEETING, "html", locked, &error));
  g_assert_nonnull (strstr (error->message, locked));
  listing = g_dir_open (locked, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_dir_close (g_steal_pointer (&listing));
  listing = g_dir_open (f->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)); )
    g_assert_true (g_str_has_prefix (name, "sample.waymark") || g_str_equal (name, "locked"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/minutes/html", test_html);
  ADD ("/wmk/minutes/html-escapes", test_html_escapes);
  ADD ("/wmk/minutes/pdf", test_pdf);
  ADD ("/wmk/minutes/refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
