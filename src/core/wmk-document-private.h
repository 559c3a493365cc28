/* wmk-document-private.h: what the HTML and PDF writers read of a document
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-document.h"

G_BEGIN_DECLS

typedef enum
{
  WMK_BLOCK_DETAIL,     /* label: text, under the title */
  WMK_BLOCK_HEADING,    /* level 2 or 3 (the title is the one level 1) */
  WMK_BLOCK_PARAGRAPH,  /* led by a bold label when it has one */
  WMK_BLOCK_LIST,
  WMK_BLOCK_TABLE,
} WmkBlockKind;

typedef struct
{
  WmkBlockKind  kind;
  int           level;
  char         *label;   /* a detail's or a paragraph's label, a table's caption */
  char         *text;
  GStrv         items;   /* a list's items, a table's header */
  GPtrArray    *rows;    /* a table's rows: GStrv, as many cells as the header */
  GArray       *tones;   /* a table's rows: the WmkDocumentTone of each status cell */
  gboolean      row_headers;    /* a table's first column names its rows */
  int           status_column;  /* a table's column of status words, or -1 */
} WmkBlock;

const char *wmk_document_get_title  (WmkDocument *self);
const char *wmk_document_get_author (WmkDocument *self);
GPtrArray  *wmk_document_get_blocks (WmkDocument *self);

GBytes     *wmk_document_write_html (WmkDocument *self);
GBytes     *wmk_document_write_pdf  (WmkDocument *self,
                                     GError     **error);

G_END_DECLS
