/* wmk-document-html.c: a document as one accessible HTML file
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One self-contained file that a screen reader, a browser's reader view and
 * a printer all read well: a language, one h1, headings in order, tables
 * with captions and header cells that say their scope, no script, and every
 * character of the plan's text escaped.
 */

#include "config.h"

#include "wmk-document-private.h"

#include <string.h>

static const char style[] =
  "body{font-family:Cantarell,'Segoe UI',Arial,sans-serif;line-height:1.5;max-width:48em;"
  "margin:2em auto;padding:0 1em;color:#1a1a1a}"
  "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;"
  "border-bottom:1px solid #ccc}h3{font-size:1.05em}"
  "dl.details{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}"
  "dl.details dt{font-weight:bold}dl.details dd{margin:0}"
  "table{border-collapse:collapse;width:100%;margin:1em 0}"
  "caption{text-align:left;font-weight:bold;padding:.3em 0}"
  "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
  "th{background:#eee}tbody th{background:none;font-weight:normal}"
  "td.status{white-space:nowrap}.mark{margin-right:.35em}"
  ".neutral{color:#555}.good{color:#1a7f37}.warning{color:#9a6700}.bad{color:#b42318}"
  "@page{size:A4;margin:2cm}"
  "@media print{body{margin:0;max-width:none;font-size:10.5pt}h1,h2,h3{break-after:avoid}"
  "tr,caption{break-inside:avoid}thead{display:table-header-group}"
  "th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/* The shape beside a status word: it differs by tone, so that the status
 * never rests on colour alone; screen readers read the word only. */
static const struct
{
  const char *name;
  const char *shape;
} marks[] = {
  [WMK_DOCUMENT_TONE_NONE] = { NULL, NULL },
  [WMK_DOCUMENT_TONE_NEUTRAL] = { "neutral", "○" },
  [WMK_DOCUMENT_TONE_GOOD] = { "good", "●" },
  [WMK_DOCUMENT_TONE_WARNING] = { "warning", "▲" },
  [WMK_DOCUMENT_TONE_BAD] = { "bad", "■" },
};

static void
append_text (GString *html, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  const char *p = escaped;

  /* Line breaks the author typed are kept. */
  for (const char *newline; (newline = strchr (p, '\n')); p = newline + 1)
    {
      g_string_append_len (html, p, newline - p);
      g_string_append (html, "<br>");
    }
  g_string_append (html, p);
}

static void
append_table (GString *html, WmkBlock *block)
{
  g_string_append (html, "<table>\n<caption>");
  append_text (html, block->label);
  g_string_append (html, "</caption>\n<thead><tr>");
  for (guint i = 0; block->items[i]; i++)
    {
      g_string_append (html, "<th scope=\"col\">");
      append_text (html, block->items[i]);
      g_string_append (html, "</th>");
    }
  g_string_append (html, "</tr></thead>\n<tbody>\n");
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);

      WmkDocumentTone tone = g_array_index (block->tones, WmkDocumentTone, r);

      g_string_append (html, "<tr>");
      for (guint i = 0; row[i]; i++)
        {
          /* The first cell names the row, unless the table says not. */
          gboolean names_row = i == 0 && block->row_headers;
          gboolean status = (int) i == block->status_column;

          g_string_append (html, names_row ? "<th scope=\"row\"" : "<td");
          g_string_append (html, status ? " class=\"status\">" : ">");
          if (status && tone > WMK_DOCUMENT_TONE_NONE && (guint) tone < G_N_ELEMENTS (marks))
            g_string_append_printf (html, "<span class=\"mark %s\" aria-hidden=\"true\">%s</span>",
                                    marks[tone].name, marks[tone].shape);
          append_text (html, row[i]);
          g_string_append (html, names_row ? "</th>" : "</td>");
        }
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "</tbody>\n</table>\n");
}

GBytes *
wmk_document_write_html (WmkDocument *self)
{
  GString *html = g_string_new ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  GPtrArray *blocks = wmk_document_get_blocks (self);
  gboolean in_details = FALSE;

  g_string_append (html, "<title>");
  append_text (html, wmk_document_get_title (self));
  g_string_append (html, "</title>\n");
  if (wmk_document_get_author (self))
    {
      g_autofree char *author = g_markup_escape_text (wmk_document_get_author (self), -1);
      g_string_append_printf (html, "<meta name=\"author\" content=\"%s\">\n", author);
    }
  g_string_append_printf (html, "<style>%s</style>\n</head>\n<body>\n<main>\n<h1>", style);
  append_text (html, wmk_document_get_title (self));
  g_string_append (html, "</h1>\n");

  for (guint b = 0; b < blocks->len; b++)
    {
      WmkBlock *block = g_ptr_array_index (blocks, b);

      if (block->kind != WMK_BLOCK_DETAIL && in_details)
        g_string_append (html, "</dl>\n"), in_details = FALSE;
      switch (block->kind)
        {
        case WMK_BLOCK_DETAIL:
          if (!in_details)
            g_string_append (html, "<dl class=\"details\">\n"), in_details = TRUE;
          g_string_append (html, "<dt>");
          append_text (html, block->label);
          g_string_append (html, "</dt><dd>");
          append_text (html, block->text);
          g_string_append (html, "</dd>\n");
          break;
        case WMK_BLOCK_HEADING:
          g_string_append_printf (html, "<h%d>", block->level);
          append_text (html, block->text);
          g_string_append_printf (html, "</h%d>\n", block->level);
          break;
        case WMK_BLOCK_PARAGRAPH:
          g_string_append (html, "<p>");
          if (block->label)
            {
              g_string_append (html, "<strong>");
              append_text (html, block->label);
              g_string_append (html, "</strong> ");
            }
          append_text (html, block->text);
          g_string_append (html, "</p>\n");
          break;
        case WMK_BLOCK_LIST:
          g_string_append (html, "<ul>\n");
          for (guint i = 0; block->items[i]; i++)
            {
              g_string_append (html, "<li>");
              append_text (html, block->items[i]);
              g_string_append (html, "</li>\n");
            }
          g_string_append (html, "</ul>\n");
          break;
        case WMK_BLOCK_TABLE:
          append_table (html, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  if (in_details)
    g_string_append (html, "</dl>\n");
  g_string_append (html, "</main>\n</body>\n</html>\n");
  return g_string_free_to_bytes (html);
}
