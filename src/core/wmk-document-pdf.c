/* wmk-document-pdf.c: a document as an A4 PDF, set with pango and cairo
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A simple flowing layout: text set by pango in the page's width, a page
 * break before whatever does not fit (a paragraph longer than a page breaks
 * between its lines), tables whose header row is repeated on every page
 * they run onto, and "Page N of M" in each footer. The layout runs twice,
 * once to count the pages and once to draw them.
 */

#include "config.h"

#include "wmk-document-private.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#define PAGE_WIDTH  595.276  /* A4 in points */
#define PAGE_HEIGHT 841.890
#define MARGIN      56.0
#define FOOTER      28.0
#define CELL_PAD    4.0
#define FONT        "Sans"

typedef struct
{
  cairo_t *cr;
  gboolean draw;      /* FALSE on the first pass, which only counts pages */
  int      page;
  int      n_pages;
  double   y;
} Flow;

static double
bottom (void)
{
  return PAGE_HEIGHT - MARGIN - FOOTER;
}

static PangoLayout *
new_layout (Flow *flow, const char *text, const char *font, double width)
{
  PangoLayout *layout = pango_cairo_create_layout (flow->cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

static void
draw_footer (Flow *flow)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  int width, height;

  if (!flow->draw)
    return;
  text = g_strdup_printf (_("Page %d of %d"), flow->page, flow->n_pages);
  layout = new_layout (flow, text, FONT " 8", PAGE_WIDTH - 2 * MARGIN);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_set_source_rgb (flow->cr, 0.35, 0.35, 0.35);
  cairo_move_to (flow->cr, PAGE_WIDTH - MARGIN - width, PAGE_HEIGHT - MARGIN - height);
  pango_cairo_show_layout (flow->cr, layout);
  cairo_set_source_rgb (flow->cr, 0.1, 0.1, 0.1);
}

static void
new_page (Flow *flow)
{
  draw_footer (flow);
  if (flow->draw)
    cairo_show_page (flow->cr);
  flow->page++;
  flow->y = MARGIN;
}

/* Text at the margin, breaking between lines where the page ends. */
static void
flow_text (Flow *flow, const char *text, const char *font, double indent, double space_after)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, font, PAGE_WIDTH - 2 * MARGIN - indent);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0;

  do
    {
      PangoRectangle line;
      int baseline = pango_layout_iter_get_baseline (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      if (flow->y + (line.y + line.height) / (double) PANGO_SCALE - top > bottom ())
        {
          new_page (flow);
          top = line.y / (double) PANGO_SCALE;
        }
      if (flow->draw)
        {
          cairo_move_to (flow->cr, MARGIN + indent + line.x / (double) PANGO_SCALE,
                         flow->y + baseline / (double) PANGO_SCALE - top);
          pango_cairo_show_layout_line (flow->cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  {
    int height;
    pango_layout_get_pixel_size (layout, NULL, &height);
    flow->y += height - top + space_after;
  }
  pango_layout_iter_free (iter);
}

static double
row_height (Flow *flow, char **cells, guint n, const double *widths, const char *font)
{
  double height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (flow, cells[i], font, widths[i] - 2 * CELL_PAD);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      height = MAX (height, h + 2 * CELL_PAD);
    }
  return height;
}

static void
draw_row (Flow *flow, char **cells, guint n, const double *widths, double height, gboolean header)
{
  double x = MARGIN;

  for (guint i = 0; i < n && flow->draw; x += widths[i], i++)
    {
      const char *font = header ? FONT " Bold 9" : FONT " 9";
      g_autoptr(PangoLayout) layout = new_layout (flow, cells[i], font, widths[i] - 2 * CELL_PAD);

      if (header)
        {
          cairo_set_source_rgb (flow->cr, 0.92, 0.92, 0.92);
          cairo_rectangle (flow->cr, x, flow->y, widths[i], height);
          cairo_fill (flow->cr);
          cairo_set_source_rgb (flow->cr, 0.1, 0.1, 0.1);
        }
      cairo_set_line_width (flow->cr, 0.5);
      cairo_rectangle (flow->cr, x, flow->y, widths[i], height);
      cairo_stroke (flow->cr);
      cairo_move_to (flow->cr, x + CELL_PAD, flow->y + CELL_PAD);
      pango_cairo_show_layout (flow->cr, layout);
    }
  flow->y += height;
}

static double
natural_width (Flow *flow, const char *text, const char *font)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, font, -1);
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 2 * CELL_PAD + 1;
}

/* Columns as wide as their text needs, where the page allows: each gets up
 * to an equal share, and what the narrow ones leave goes to the wide ones
 * in proportion to what they lack. */
static double *
column_widths (Flow *flow, WmkBlock *block, guint n)
{
  double *widths = g_new0 (double, n), *wants = g_new0 (double, n);
  double available = PAGE_WIDTH - 2 * MARGIN, used = 0, lacking = 0;

  for (guint i = 0; i < n; i++)
    {
      wants[i] = natural_width (flow, block->items[i], FONT " Bold 9");
      for (guint r = 0; r < block->rows->len; r++)
        wants[i] = MAX (wants[i], natural_width (flow, ((char **) g_ptr_array_index (block->rows, r))[i],
                                                 FONT " 9"));
      widths[i] = MIN (wants[i], available / n);
      used += widths[i];
      lacking += wants[i] - widths[i];
    }
  for (guint i = 0; i < n; i++)
    widths[i] += lacking > 0 ? (available - used) * (wants[i] - widths[i]) / lacking
                             : (available - used) / n;
  g_free (wants);
  return widths;
}

static void
flow_table (Flow *flow, WmkBlock *block)
{
  guint n = g_strv_length (block->items);
  g_autofree double *widths = column_widths (flow, block, n);
  double header = row_height (flow, block->items, n, widths, FONT " Bold 9");

  if (flow->y + 20 + header * 2 > bottom ())
    new_page (flow);
  flow_text (flow, block->label, FONT " Bold 10", 0, 4);
  draw_row (flow, block->items, n, widths, header, TRUE);
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      double height = row_height (flow, row, n, widths, FONT " 9");

      if (flow->y + height > bottom ())
        {
          new_page (flow);
          draw_row (flow, block->items, n, widths, header, TRUE);
        }
      draw_row (flow, row, n, widths, height, FALSE);
    }
  flow->y += 12;
}

static void
lay_out (WmkDocument *self, Flow *flow)
{
  GPtrArray *blocks = wmk_document_get_blocks (self);

  flow->page = 1;
  flow->y = MARGIN;
  flow_text (flow, wmk_document_get_title (self), FONT " Bold 18", 0, 10);
  for (guint b = 0; b < blocks->len; b++)
    {
      WmkBlock *block = g_ptr_array_index (blocks, b);

      switch (block->kind)
        {
        case WMK_BLOCK_DETAIL:
          {
            g_autofree char *line = g_strdup_printf ("%s: %s", block->label, block->text);
            flow_text (flow, line, FONT " 10", 0, 2);
            if (b + 1 == blocks->len || ((WmkBlock *) g_ptr_array_index (blocks, b + 1))->kind != WMK_BLOCK_DETAIL)
              flow->y += 10;
          }
          break;
        case WMK_BLOCK_HEADING:
          /* A heading is not left alone at the foot of a page. */
          if (flow->y + 60 > bottom ())
            new_page (flow);
          flow->y += block->level == 2 ? 8 : 2;
          flow_text (flow, block->text, block->level == 2 ? FONT " Bold 14" : FONT " Bold 11", 0, 6);
          break;
        case WMK_BLOCK_PARAGRAPH:
          flow_text (flow, block->text, FONT " 10", 0, 8);
          break;
        case WMK_BLOCK_LIST:
          for (guint i = 0; block->items[i]; i++)
            {
              g_autofree char *item = g_strconcat ("•  ", block->items[i], NULL);
              flow_text (flow, item, FONT " 10", 10, 3);
            }
          flow->y += 6;
          break;
        case WMK_BLOCK_TABLE:
          flow_table (flow, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  draw_footer (flow);
  if (flow->draw)
    cairo_show_page (flow->cr);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
wmk_document_write_pdf (WmkDocument *self, GError **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, PAGE_WIDTH,
                                                                   PAGE_HEIGHT);
  cairo_status_t status;
  Flow flow = { 0 };

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, wmk_document_get_title (self));
  if (wmk_document_get_author (self))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, wmk_document_get_author (self));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
  flow.cr = cairo_create (surface);
  cairo_set_source_rgb (flow.cr, 0.1, 0.1, 0.1);

  flow.draw = FALSE;
  lay_out (self, &flow);
  flow.n_pages = flow.page;
  flow.draw = TRUE;
  lay_out (self, &flow);

  cairo_destroy (flow.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
