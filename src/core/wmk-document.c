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

/* Text; a blank line in it starts a new paragraph. */
void
wmk_document_add_paragraph (WmkDocument *self, const char *text)
{
  g_auto(GStrv) parts = NULL;

  g_return_if_fail (WMK_IS_DOCUMENT (self));

  parts = g_regex_split_simple ("\\n\\s*\\n", text ? text : "", 0, 0);
  for (guint i = 0; parts[i]; i++)
    if (*g_strstrip (parts[i]))
      add_block (self, WMK_BLOCK_PARAGRAPH)->text = g_strdup (parts[i]);
}

void
wmk_document_add_list (WmkDocument *self, const char * const *items)
{
  g_return_if_fail (WMK_IS_DOCUMENT (self));

  if (items && items[0])
    add_block (self, WMK_BLOCK_LIST)->items = g_strdupv ((char **) items);
}

/* A table: @caption says what it is, @header names the columns; rows follow. */
void
wmk_document_begin_table (WmkDocument *self, const char *caption, const char * const *header)
{
  WmkBlock *block;

  g_return_if_fail (WMK_IS_DOCUMENT (self));

  block = add_block (self, WMK_BLOCK_TABLE);
  block->label = g_strdup (caption);
  block->items = g_strdupv ((char **) header);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* A row of the last table begun; missing cells are left empty. */
void
wmk_document_add_row (WmkDocument *self, const char * const *cells)
{
  WmkBlock *table = self->blocks->len ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;
  guint n, given;
  char **row;

  g_return_if_fail (table && table->kind == WMK_BLOCK_TABLE);

  n = g_strv_length (table->items);
  given = g_strv_length ((char **) cells);
  row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (i < given && cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
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
