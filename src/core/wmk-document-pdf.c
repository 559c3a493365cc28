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
#include <string.h>

#define PAGE_WIDTH  595.276  /* A4 in points */
#define PAGE_HEIGHT 841.890
#define MARGIN      56.0
#define FOOTER      28.0
#define CELL_PAD    4.0
#define MARK        10.0     /* the room a status shape takes before its word */
#define BULLET      14.0     /* a list item's indent; its bullet hangs in it */
/* Sizes in points: the layouts are set at 72 dpi, the PDF's own unit. */
#define FONT_TITLE   "Sans Bold 20"
#define FONT_H2      "Sans Bold 15"
#define FONT_H3      "Sans Bold 12"
#define FONT_BODY    "Sans 11"
#define FONT_LABEL   "Sans Bold 11"
#define FONT_CAPTION "Sans Bold 10.5"
#define FONT_CELL    "Sans 10"
#define FONT_HEAD    "Sans Bold 10"
#define FONT_FOOTER  "Sans 8.5"

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
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
  PangoLayout *layout = pango_layout_new (flow->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
#if PANGO_VERSION_CHECK (1, 44, 0)
  pango_layout_set_line_spacing (layout, 1.15);
#endif
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
  layout = new_layout (flow, text, FONT_FOOTER, PAGE_WIDTH - 2 * MARGIN);
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

/* @layout at @indent from the margin, breaking between lines where the page
 * ends; @bullet, if not NULL, hangs before the first line. */
static void
flow_layout (Flow *flow, PangoLayout *layout, double indent, const char *bullet, double space_after)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0;
  gboolean first = TRUE;

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
          if (first && bullet)
            {
              g_autoptr(PangoLayout) mark = pango_layout_copy (layout);

              pango_layout_set_attributes (mark, NULL);
              pango_layout_set_text (mark, bullet, -1);
              cairo_move_to (flow->cr, MARGIN + indent - BULLET + 4,
                             flow->y + baseline / (double) PANGO_SCALE - top);
              pango_cairo_show_layout_line (flow->cr, pango_layout_get_line_readonly (mark, 0));
            }
        }
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  {
    int height;
    pango_layout_get_pixel_size (layout, NULL, &height);
    flow->y += height - top + space_after;
  }
  pango_layout_iter_free (iter);
}

static void
flow_text (Flow *flow, const char *text, const char *font, double indent, double space_after)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, font, PAGE_WIDTH - 2 * MARGIN - indent);

  flow_layout (flow, layout, indent, NULL, space_after);
}

/* A paragraph, led by its label in bold if it has one. */
static void
flow_paragraph (Flow *flow, WmkBlock *block)
{
  g_autofree char *text = block->label ? g_strjoin (" ", block->label, block->text, NULL)
                                       : g_strdup (block->text);
  g_autoptr(PangoLayout) layout = new_layout (flow, text, FONT_BODY, PAGE_WIDTH - 2 * MARGIN);

  if (block->label)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->end_index = strlen (block->label);
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  flow_layout (flow, layout, 0, NULL, 8);
}

/* The details under the title, DETAILS[FROM] to DETAILS[TO - 1]: labels in
 * bold in a column of their own, values wrapped beside them. */
static void
flow_details (Flow *flow, GPtrArray *blocks, guint from, guint to)
{
  double available = PAGE_WIDTH - 2 * MARGIN, labels = 0, gap = 12;

  for (guint b = from; b < to; b++)
    {
      g_autoptr(PangoLayout) layout = new_layout (flow, ((WmkBlock *) blocks->pdata[b])->label,
                                                  FONT_LABEL, -1);
      int width;

      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      labels = MAX (labels, width + 1);
    }
  labels = MIN (labels, available * 0.32);
  for (guint b = from; b < to; b++)
    {
      WmkBlock *block = blocks->pdata[b];
      g_autoptr(PangoLayout) label = new_layout (flow, block->label, FONT_LABEL, labels);
      g_autoptr(PangoLayout) value = new_layout (flow, block->text, FONT_BODY, available - labels - gap);
      int label_height, value_height;

      pango_layout_set_wrap (label, PANGO_WRAP_WORD);
      pango_layout_get_pixel_size (label, NULL, &label_height);
      pango_layout_get_pixel_size (value, NULL, &value_height);
      if (flow->y + MAX (label_height, value_height) > bottom ())
        new_page (flow);
      if (flow->draw)
        {
          cairo_move_to (flow->cr, MARGIN, flow->y);
          pango_cairo_show_layout (flow->cr, label);
          cairo_move_to (flow->cr, MARGIN + labels + gap, flow->y);
          pango_cairo_show_layout (flow->cr, value);
        }
      flow->y += MAX (label_height, value_height) + 3;
    }
  flow->y += 12;
}

/* The width a cell's text is set in: a status cell leaves room for its shape. */
static double
text_width (WmkBlock *block, guint column, double width)
{
  return width - 2 * CELL_PAD - ((int) column == block->status_column ? MARK : 0);
}

static double
row_height (Flow *flow, WmkBlock *block, char **cells, const double *widths, gboolean header)
{
  double height = 0;

  for (guint i = 0; cells[i]; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (flow, cells[i], header ? FONT_HEAD : FONT_CELL,
                                                  header ? widths[i] - 2 * CELL_PAD
                                                         : text_width (block, i, widths[i]));
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      height = MAX (height, h + 2 * CELL_PAD);
    }
  return height;
}

/* A status cell's shape, centred on the first line's height: a circle open
 * or filled, a triangle, a square, so that no status rests on colour. */
static void
draw_mark (cairo_t *cr, WmkDocumentTone tone, double x, double middle)
{
  const double r = 3.2;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (tone)
    {
    case WMK_DOCUMENT_TONE_NEUTRAL:
      cairo_set_source_rgb (cr, 0.33, 0.33, 0.33);
      cairo_set_line_width (cr, 0.9);
      cairo_arc (cr, x + r, middle, r - 0.45, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    case WMK_DOCUMENT_TONE_GOOD:
      cairo_set_source_rgb (cr, 0.10, 0.50, 0.22);
      cairo_arc (cr, x + r, middle, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case WMK_DOCUMENT_TONE_WARNING:
      cairo_set_source_rgb (cr, 0.80, 0.50, 0.0);
      cairo_move_to (cr, x, middle + r);
      cairo_line_to (cr, x + 2 * r, middle + r);
      cairo_line_to (cr, x + r, middle - r);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case WMK_DOCUMENT_TONE_BAD:
      cairo_set_source_rgb (cr, 0.75, 0.14, 0.10);
      cairo_rectangle (cr, x + 0.3, middle - r + 0.3, 2 * r - 0.6, 2 * r - 0.6);
      cairo_fill (cr);
      break;
    case WMK_DOCUMENT_TONE_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
draw_row (Flow *flow, WmkBlock *block, char **cells, const double *widths, double height,
          gboolean header, WmkDocumentTone tone)
{
  double x = MARGIN;

  for (guint i = 0; cells[i] && flow->draw; x += widths[i], i++)
    {
      gboolean status = !header && (int) i == block->status_column;
      g_autoptr(PangoLayout) layout = new_layout (flow, cells[i], header ? FONT_HEAD : FONT_CELL,
                                                  header ? widths[i] - 2 * CELL_PAD
                                                         : text_width (block, i, widths[i]));

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
      cairo_move_to (flow->cr, x + CELL_PAD + (status && tone ? MARK : 0), flow->y + CELL_PAD);
      pango_cairo_show_layout (flow->cr, layout);
      if (status && tone)
        {
          PangoRectangle line;

          pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (layout, 0), NULL, &line);
          draw_mark (flow->cr, tone, x + CELL_PAD, flow->y + CELL_PAD + line.height / 2.0);
        }
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
      double mark = (int) i == block->status_column ? MARK : 0;

      wants[i] = natural_width (flow, block->items[i], FONT_HEAD);
      for (guint r = 0; r < block->rows->len; r++)
        wants[i] = MAX (wants[i], mark + natural_width (flow, ((char **) g_ptr_array_index (block->rows, r))[i],
                                                        FONT_CELL));
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
  double header = row_height (flow, block, block->items, widths, TRUE);
  double first = block->rows->len ? row_height (flow, block, block->rows->pdata[0], widths, FALSE) : 0;

  /* The caption is not left alone: it goes with the header and a row. */
  if (flow->y + 20 + header + first > bottom ())
    new_page (flow);
  flow_text (flow, block->label, FONT_CAPTION, 0, 4);
  draw_row (flow, block, block->items, widths, header, TRUE, WMK_DOCUMENT_TONE_NONE);
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **row = g_ptr_array_index (block->rows, r);
      double height = row_height (flow, block, row, widths, FALSE);

      if (flow->y + height > bottom ())
        {
          new_page (flow);
          draw_row (flow, block, block->items, widths, header, TRUE, WMK_DOCUMENT_TONE_NONE);
        }
      draw_row (flow, block, row, widths, height, FALSE,
                g_array_index (block->tones, WmkDocumentTone, r));
    }
  flow->y += 14;
}

static void
lay_out (WmkDocument *self, Flow *flow)
{
  GPtrArray *blocks = wmk_document_get_blocks (self);

  flow->page = 1;
  flow->y = MARGIN;
  flow_text (flow, wmk_document_get_title (self), FONT_TITLE, 0, 10);
  for (guint b = 0; b < blocks->len; b++)
    {
      WmkBlock *block = g_ptr_array_index (blocks, b);

      switch (block->kind)
        {
        case WMK_BLOCK_DETAIL:
          {
            guint end = b + 1;

            while (end < blocks->len && ((WmkBlock *) blocks->pdata[end])->kind == WMK_BLOCK_DETAIL)
              end++;
            flow_details (flow, blocks, b, end);
            b = end - 1;
          }
          break;
        case WMK_BLOCK_HEADING:
          /* A heading is not left alone at the foot of a page. */
          if (flow->y + 60 > bottom ())
            new_page (flow);
          flow->y += block->level == 2 ? 8 : 2;
          flow_text (flow, block->text, block->level == 2 ? FONT_H2 : FONT_H3, 0, 6);
          break;
        case WMK_BLOCK_PARAGRAPH:
          flow_paragraph (flow, block);
          break;
        case WMK_BLOCK_LIST:
          for (guint i = 0; block->items[i]; i++)
            {
              g_autoptr(PangoLayout) item = new_layout (flow, block->items[i], FONT_BODY,
                                                        PAGE_WIDTH - 2 * MARGIN - BULLET);
              flow_layout (flow, item, BULLET, "•", 3);
            }
          flow->y += 5;
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
  flow.context = pango_cairo_create_context (flow.cr);
  pango_cairo_context_set_resolution (flow.context, 72);
  cairo_set_source_rgb (flow.cr, 0.1, 0.1, 0.1);

  flow.draw = FALSE;
  lay_out (self, &flow);
  flow.n_pages = flow.page;
  flow.draw = TRUE;
  lay_out (self, &flow);

  g_object_unref (flow.context);
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
