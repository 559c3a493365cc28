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
#define NEXT_MEETING "Wednesday 22 February 2023, 10:00\u00a0– 12:00"

/* Reads an HTML file with Python's own parser and says what is wrong with
 * it: tags left open or closed out of order, not one h1, a heading that
 * skips a level, a table without a caption first, a header cell without a
 * scope, a script or an event handler. */
static const char html_checker[] =
  "import sys\n"
  "from html.parser import HTMLParser\n"
  "VOID = {'meta', 'br', 'link', 'img', 'hr', 'input'}\n"
  "class Check(HTMLParser):\n"
  "    def __init__(self):\n"
  "        super().__init__(convert_charrefs=True)\n"
  "        self.stack, self.problems, self.h1, self.level, self.lang = [], [], 0, 1, None\n"
  "        self.after_table = False\n"
  "    def handle_starttag(self, tag, attrs):\n"
  "        a = dict(attrs)\n"
  "        if self.after_table and tag != 'caption':\n"
  "            self.problems.append('a table without a caption first')\n"
  "        self.after_table = tag == 'table'\n"
  "        if tag == 'html': self.lang = a.get('lang')\n"
  "        if tag == 'script' or any(k.startswith('on') for k in a):\n"
  "            self.problems.append('script in the page')\n"
  "        if tag == 'th' and a.get('scope') not in ('col', 'row'):\n"
  "            self.problems.append('th without scope')\n"
  "        if tag in ('h1', 'h2', 'h3', 'h4', 'h5', 'h6'):\n"
  "            n = int(tag[1])\n"
  "            self.h1 += n == 1\n"
  "            if n > self.level + 1: self.problems.append('heading skips to ' + tag)\n"
  "            self.level = n\n"
  "        if tag not in VOID: self.stack.append(tag)\n"
  "    def handle_endtag(self, tag):\n"
  "        if not self.stack or self.stack.pop() != tag:\n"
  "            self.problems.append('</%s> out of order' % tag)\n"
  "c = Check()\n"
  "c.feed(open(sys.argv[1], encoding='utf-8').read())\n"
  "c.close()\n"
  "if c.stack: c.problems.append('left open: ' + ' '.join(c.stack))\n"
  "if c.h1 != 1: c.problems.append('%d h1' % c.h1)\n"
  "if c.lang != 'en-GB': c.problems.append('lang is %s' % c.lang)\n"
  "print('\\n'.join(c.problems) or 'ok')\n";

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
minutes_html_of (Fixture *f, const char *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkDocument) doc = wmk_minutes_new (f->plan, meeting, &error);
  g_autoptr(GBytes) html = NULL;

  g_assert_no_error (error);
  html = wmk_document_to_html (doc);
  return g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
}

static char *
minutes_html (Fixture *f)
{
  return minutes_html_of (f, MEETING);
}

/* What Python's html.parser finds wrong with the file at @path: "ok" if nothing. */
static char *
check_html_file (const char *path)
{
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  const char *argv[] = { python, "-c", html_checker, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strstrip (out);
}

static char *
pdf_to_text (const char *path, int page)
{
  g_autofree char *command = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status;

  command = page ? g_strdup_printf ("pdftotext -f %d -l %d '%s' -", page, page, path)
                 : g_strdup_printf ("pdftotext '%s' -", path);
  g_spawn_command_line_sync (command, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* Lines are wrapped in the PDF; compare with the spaces made single. */
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
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
  g_assert_nonnull (strstr (html, "<strong>Decision:</strong> " DECISION));
  g_assert_nonnull (strstr (html, NEXT_MEETING));
  /* The actions arising carry their status as a word, with a shape beside it. */
  g_assert_nonnull (strstr (html, "<td class=\"status\"><span class=\"mark neutral\" aria-hidden=\"true\">○</span>Open</td>"));
  /* The log was reviewed; nothing was recorded against it: the minutes say so. */
  g_assert_nonnull (strstr (html, "The action log was reviewed at this meeting"));
  g_assert_null (strstr (html, "<script"));
}

/* The file as written passes Python's HTML parser: well formed, one h1,
 * headings in order, tables captioned, header cells scoped. */
static void
test_html_parses (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "minutes.html", NULL);
  g_autofree char *problems = NULL;

  g_assert_true (wmk_minutes_write (f->plan, MEETING, "html", path, &error));
  g_assert_no_error (error);
  if ((problems = check_html_file (path)) == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  g_assert_cmpstr (problems, ==, "ok");
}

/* The next meeting reviews the log: each update with its item and status. */
static void
test_log_review (Fixture *f, gconstpointer data)
{
  const char *next = "meeting-board-2023-02-22";
  const char *updates[][2] = { { "log-2023-01-1", "Job titles added to the membership list." },
                               { "act-3.3.1", "Case workers recruited <b>behind</b> plan." } };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) done = json_node_init_string (json_node_alloc (), "done");
  g_autofree char *html = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    {
      g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Review");
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "parent", updates[i][0]);
      json_object_set_string_member (fields, "date", "2023-02-22");
      json_object_set_string_member (fields, "text", updates[i][1]);
      json_object_set_string_member (fields, "meeting", next);
      id = wmk_edit_create (edit, "progress_update", fields, &error);
      g_assert_no_error (error);
      g_assert_true (wmk_plan_commit (f->plan, edit, &error));
      g_assert_no_error (error);
    }
  wmk_plan_set (f->plan, "log-2023-01-1", "status", done, &error);
  g_assert_no_error (error);

  html = minutes_html_of (f, next);
  g_assert_nonnull (strstr (html, "<h2>Review of the action log</h2>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">J Wooster suggested adding members job titles"));
  g_assert_nonnull (strstr (html, "<td>Job titles added to the membership list.</td>"
                                  "<td class=\"status\"><span class=\"mark good\" aria-hidden=\"true\">●</span>Done</td>"));
  /* An action of the plan is named by its ref; a status never recorded says so. */
  g_assert_nonnull (strstr (html, "<th scope=\"row\">3.3.1 "));
  g_assert_nonnull (strstr (html, "Case workers recruited &lt;b&gt;behind&lt;/b&gt; plan."));
  g_assert_nonnull (strstr (html, "<td class=\"status\">Not recorded</td>"));
  g_assert_null (strstr (html, "The action log was reviewed at this meeting"));
  /* The January meeting's minutes do not gain the February review. */
  g_free (html);
  html = minutes_html (f);
  g_assert_null (strstr (html, "Job titles added to the membership list."));
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
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *flat = NULL;

  g_assert_true (wmk_minutes_write (f->plan, MEETING, "pdf", path, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  flat = pdf_to_text (path, 0);
  g_assert_nonnull (strstr (flat, "Minutes: SEND Improvement"));
  g_assert_nonnull (strstr (flat, "Trevor Doughty"));
  g_assert_nonnull (strstr (flat, "Jo Turl"));
  g_assert_nonnull (strstr (flat, "members agreed best practice is partnership working"));
  g_assert_nonnull (strstr (flat, "Decision: members agreed"));
  g_assert_nonnull (strstr (flat, "Page 1 of"));
  g_assert_nonnull (strstr (flat, "Date of the next meeting"));
}

/* The document model on its own: a table with no row headers, a status
 * column, and a table long enough to run onto a second page, whose header
 * is repeated there. */
static void
test_document (Fixture *f, gconstpointer data)
{
  g_autoptr(WmkDocument) doc = wmk_document_new ("Report <to> the DfE");
  const char *header[] = { "Measure", "Value", "RAG", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *html = NULL, *info = NULL, *page2 = NULL, *last = NULL;
  int status;

  wmk_document_set_author (doc, "Shayna Stanbury");
  wmk_document_add_detail (doc, "Period", "January and February 2023");
  wmk_document_add_heading (doc, 2, "Measures");
  wmk_document_begin_table (doc, "Every measure", header);
  wmk_document_set_row_headers (doc, FALSE);
  wmk_document_set_status_column (doc, 2);
  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *name = g_strdup_printf ("Measure %u", i + 1);
      const char *cells[] = { name, "58%", i % 3 == 0 ? "Red" : i % 3 == 1 ? "Amber" : "Green", NULL };

      wmk_document_add_status_row (doc, cells, i % 3 == 0 ? WMK_DOCUMENT_TONE_BAD
                                               : i % 3 == 1 ? WMK_DOCUMENT_TONE_WARNING
                                                            : WMK_DOCUMENT_TONE_GOOD);
    }
  wmk_document_add_labelled_paragraph (doc, "Decision:", "Carry on.\n\nReport again in April.");

  bytes = wmk_document_to_html (doc);
  html = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (html, "<title>Report &lt;to&gt; the DfE</title>"));
  g_assert_nonnull (strstr (html, "<meta name=\"author\" content=\"Shayna Stanbury\">"));
  g_assert_null (strstr (html, "scope=\"row\""));
  g_assert_nonnull (strstr (html, "<tr><td>Measure 1</td><td>58%</td><td class=\"status\">"
                                  "<span class=\"mark bad\" aria-hidden=\"true\">■</span>Red</td></tr>"));
  g_assert_nonnull (strstr (html, "<span class=\"mark warning\" aria-hidden=\"true\">▲</span>Amber"));
  g_assert_nonnull (strstr (html, "<p><strong>Decision:</strong> Carry on.</p>\n<p>Report again in April.</p>"));

  g_assert_true (wmk_document_write (doc, "pdf", path, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  page2 = pdf_to_text (path, 2);
  g_assert_true (g_str_has_prefix (g_strstrip (page2), "Measure Value RAG Measure "));
  g_assert_nonnull (strstr (page2, "Page 2 of"));
  last = pdf_to_text (path, 0);
  g_assert_nonnull (strstr (last, "Measure 90 58% Green"));
  g_assert_nonnull (strstr (last, "Decision: Carry on."));
  {
    g_autofree char *command = g_strdup_printf ("pdfinfo '%s'", path);

    g_spawn_command_line_sync (command, &info, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (info, "Report <to> the DfE"));
    g_assert_nonnull (strstr (info, "Shayna Stanbury"));
  }
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
  ADD ("/wmk/minutes/html-parses", test_html_parses);
  ADD ("/wmk/minutes/log-review", test_log_review);
  ADD ("/wmk/minutes/pdf", test_pdf);
  ADD ("/wmk/minutes/document", test_document);
  ADD ("/wmk/minutes/refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
