/* wmk-document.h: a plain document (minutes, reports) written as HTML or PDF
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * WmkDocumentTone:
 * @WMK_DOCUMENT_TONE_NONE: the status word alone
 * @WMK_DOCUMENT_TONE_NEUTRAL: an open circle before the word
 * @WMK_DOCUMENT_TONE_GOOD: a filled circle, green
 * @WMK_DOCUMENT_TONE_WARNING: a triangle, amber
 * @WMK_DOCUMENT_TONE_BAD: a square, red
 *
 * How a status cell looks. The word is always written; the shape differs
 * with the tone as well as the colour, so nothing rests on colour alone.
 */
typedef enum
{
  WMK_DOCUMENT_TONE_NONE,
  WMK_DOCUMENT_TONE_NEUTRAL,
  WMK_DOCUMENT_TONE_GOOD,
  WMK_DOCUMENT_TONE_WARNING,
  WMK_DOCUMENT_TONE_BAD,
} WmkDocumentTone;

#define WMK_TYPE_DOCUMENT (wmk_document_get_type ())
G_DECLARE_FINAL_TYPE (WmkDocument, wmk_document, WMK, DOCUMENT, GObject)

WmkDocument *wmk_document_new           (const char         *title);
void         wmk_document_set_author    (WmkDocument        *self,
                                         const char         *author);
void         wmk_document_add_detail    (WmkDocument        *self,
                                         const char         *label,
                                         const char         *value);
void         wmk_document_add_heading   (WmkDocument        *self,
                                         int                 level,
                                         const char         *text);
void         wmk_document_add_paragraph (WmkDocument        *self,
                                         const char         *text);
void         wmk_document_add_labelled_paragraph
                                        (WmkDocument        *self,
                                         const char         *label,
                                         const char         *text);
void         wmk_document_add_list      (WmkDocument        *self,
                                         const char * const *items);
void         wmk_document_begin_table   (WmkDocument        *self,
                                         const char         *caption,
                                         const char * const *header);
void         wmk_document_set_row_headers
                                        (WmkDocument        *self,
                                         gboolean            row_headers);
void         wmk_document_set_status_column
                                        (WmkDocument        *self,
                                         int                 column);
void         wmk_document_add_row       (WmkDocument        *self,
                                         const char * const *cells);
void         wmk_document_add_status_row
                                        (WmkDocument        *self,
                                         const char * const *cells,
                                         WmkDocumentTone     tone);
GBytes      *wmk_document_to_html       (WmkDocument        *self);
GBytes      *wmk_document_to_pdf        (WmkDocument        *self,
                                         GError            **error);
gboolean     wmk_document_write         (WmkDocument        *self,
                                         const char         *format,
                                         const char         *path,
                                         GError            **error);

G_END_DECLS
