/* wmk-document.c: a plain document (minutes, reports) written as HTML or PDF
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Minutes and reports to the DfE are documents people read, print and file:
 * a title, a few details (date, chair), headings, paragraphs, lists and
 * tables. A WmkDocument holds just that, so that each writer
 * (wmk-document-html.c, wmk-document-pdf.c) makes the same document from it,
 * and so that the minutes and the two-monthly report share one layout.
 */

#include "config.h"

#include "wmk-document-private.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

struct _WmkDocument
{
  GObject    parent_instance;

  char      *title;
  char      *author;
  GPtrArray *blocks;   /* WmkBlock */
};

G_DEFINE_FINAL_TYPE (WmkDocument, wmk_document, G_TYPE_OBJECT)

static void
block_free (WmkBlock *block)
{
  g_free (block->label);
  g_free (block->text);
  g_strfreev (block->items);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->tones, g_array_unref);
  g_free (block);
}

static void
wmk_document_finalize (GObject *object)
{
  WmkDocument *self = WMK_DOCUMENT (object);

  g_free (self->title);
  g_free (self->author);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (wmk_document_parent_class)->finalize (object);
}

static void
wmk_document_class_init (WmkDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_document_finalize;
}

static void
wmk_document_init (WmkDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

WmkDocument *
wmk_document_new (const char *title)
{
  WmkDocument *self = g_object_new (WMK_TYPE_DOCUMENT, NULL);

  self->title = g_strdup (title);
  return self;
}

void
wmk_document_set_author (WmkDocument *self, const char *author)
{
  g_return_if_fail (WMK_IS_DOCUMENT (self));

  g_free (self->author);
  self->author = g_strdup (author);
}

const char *
wmk_document_get_title (WmkDocument *self)
{
  return self->title;
}

const char *
wmk_document_get_author (WmkDocument *self)
{
  return self->author;
}

GPtrArray *
wmk_document_get_blocks (WmkDocument *self)
{
  return self->blocks;
}

static WmkBlock *
add_block (WmkDocument *self, WmkBlockKind kind)
{
  WmkBlock *block = g_new0 (WmkBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

/* A line under the title: "Date: 22 February 2023". */
void
wmk_document_add_detail (WmkDocument *self, const char *label, const char *value)
{
  WmkBlock *block;

  g_return_if_fail (WMK_IS_DOCUMENT (self));

  block = add_block (self, WMK_BLOCK_DETAIL);
  block->label = g_strdup (label);
  block->text = g_strdup (value ? value : "");
}

/* @level: 2 for a section, 3 for a part of one (the title is level 1). */
void
wmk_document_add_heading (WmkDocument *self, int level, const char *text)
{
  WmkBlock *block;

  g_return_if_fail (WMK_IS_DOCUMENT (self));

  block = add_block (self, WMK_BLOCK_HEADING);
  block->level = CLAMP (level, 2, 3);
  block->text = g_strdup (text);
}

static void
add_paragraphs (WmkDocument *self, const char *label, const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\n\\s*\\n", text ? text : "", 0, 0);
  gboolean first = TRUE;

  for (guint i = 0; parts[i]; i++)
    if (*g_strstrip (parts[i]))
      {
        WmkBlock *block = add_block (self, WMK_BLOCK_PARAGRAPH);

        block->text = g_strdup (parts[i]);
        if (first)
          block->label = g_strdup (label);
        first = FALSE;
      }
  if (first && label)
    add_block (self, WMK_BLOCK_PARAGRAPH)->label = g_strdup (label);
}

/* Text; a blank line in it starts a new paragraph. */
void
wmk_document_add_paragraph (WmkDocument *self, const char *text)
{
  g_return_if_fail (WMK_IS_DOCUMENT (self));

  add_paragraphs (self, NULL, text);
}

/**
 * wmk_document_add_labelled_paragraph:
 * @label: what the paragraph is, in bold before it ("Decision:")
 *
 * A paragraph that must stand out when the page is skimmed: a decision,
 * a recommendation. A blank line in @text starts a new paragraph, without
 * the label.
 */
void
wmk_document_add_labelled_paragraph (WmkDocument *self, const char *label, const char *text)
{
  g_return_if_fail (WMK_IS_DOCUMENT (self));

  add_paragraphs (self, label, text);
}

void
wmk_document_add_list (WmkDocument *self, const char * const *items)
{
  g_return_if_fail (WMK_IS_DOCUMENT (self));

  if (items && items[0])
    add_block (self, WMK_BLOCK_LIST)->items = g_strdupv ((char **) items);
}

/* A table: @caption says what it is, @header names the columns; rows follow.
 * Its first column names the rows unless wmk_document_set_row_headers() says
 * otherwise. */
void
wmk_document_begin_table (WmkDocument *self, const char *caption, const char * const *header)
{
  WmkBlock *block;

  g_return_if_fail (WMK_IS_DOCUMENT (self));

  block = add_block (self, WMK_BLOCK_TABLE);
  block->label = g_strdup (caption);
  block->items = g_strdupv ((char **) header);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->tones = g_array_new (FALSE, FALSE, sizeof (WmkDocumentTone));
  block->row_headers = TRUE;
  block->status_column = -1;
}

static WmkBlock *
last_table (WmkDocument *self)
{
  WmkBlock *block = self->blocks->len ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;

  return block && block->kind == WMK_BLOCK_TABLE ? block : NULL;
}

/* Whether the first column of the table begun last names its rows (the
 * default) or is a column like any other. */
void
wmk_document_set_row_headers (WmkDocument *self, gboolean row_headers)
{
  WmkBlock *table;

  g_return_if_fail (WMK_IS_DOCUMENT (self));
  g_return_if_fail ((table = last_table (self)) != NULL);

  table->row_headers = row_headers;
}

/* @column of the table begun last holds status words ("Open", "Red"), drawn
 * with the shape of the tone wmk_document_add_status_row() gives; -1: none. */
void
wmk_document_set_status_column (WmkDocument *self, int column)
{
  WmkBlock *table;

  g_return_if_fail (WMK_IS_DOCUMENT (self));
  g_return_if_fail ((table = last_table (self)) != NULL);
  g_return_if_fail (column < (int) g_strv_length (table->items));

  table->status_column = MAX (column, -1);
}

/* A row of the last table begun; missing cells are left empty. */
void
wmk_document_add_row (WmkDocument *self, const char * const *cells)
{
  wmk_document_add_status_row (self, cells, WMK_DOCUMENT_TONE_NONE);
}

/* A row whose status cell (wmk_document_set_status_column()) has @tone: a
 * shape before the word, never instead of it. */
void
wmk_document_add_status_row (WmkDocument *self, const char * const *cells, WmkDocumentTone tone)
{
  WmkBlock *table;
  guint n, given;
  char **row;

  g_return_if_fail (WMK_IS_DOCUMENT (self));
  g_return_if_fail ((table = last_table (self)) != NULL);

  n = g_strv_length (table->items);
  given = g_strv_length ((char **) cells);
  row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (i < given && cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
  g_array_append_val (table->tones, tone);
}

GBytes *
wmk_document_to_html (WmkDocument *self)
{
  g_return_val_if_fail (WMK_IS_DOCUMENT (self), NULL);
  return wmk_document_write_html (self);
}

GBytes *
wmk_document_to_pdf (WmkDocument *self, GError **error)
{
  g_return_val_if_fail (WMK_IS_DOCUMENT (self), NULL);
  return wmk_document_write_pdf (self, error);
}

/**
 * wmk_document_write:
 * @format: "html" or "pdf"
 * @path: the file to write
 *
 * Writes the document whole or not at all: into a temporary file beside
 * @path, renamed over it once complete.
 */
gboolean
wmk_document_write (WmkDocument *self, const char *format, const char *path, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (WMK_IS_DOCUMENT (self), FALSE);

  if (g_strcmp0 (format, "html") == 0)
    bytes = wmk_document_write_html (self);
  else if (g_strcmp0 (format, "pdf") == 0)
    bytes = wmk_document_write_pdf (self, error);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Documents are written as “pdf” or “html”, not “%s”"), format);
      return FALSE;
    }
  if (bytes == NULL)
    return FALSE;
  /* g_file_set_contents writes a temporary file and renames it. */
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, _("Could not write %s: %s"),
                   path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
