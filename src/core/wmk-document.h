/* wmk-document.h: a plain document (minutes, reports) written as HTML or PDF
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

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
void         wmk_document_add_list      (WmkDocument        *self,
                                         const char * const *items);
void         wmk_document_begin_table   (WmkDocument        *self,
                                         const char         *caption,
                                         const char * const *header);
void         wmk_document_add_row       (WmkDocument        *self,
                                         const char * const *cells);
GBytes      *wmk_document_to_html       (WmkDocument        *self);
GBytes      *wmk_document_to_pdf        (WmkDocument        *self,
                                         GError            **error);
gboolean     wmk_document_write         (WmkDocument        *self,
                                         const char         *format,
                                         const char         *path,
                                         GError            **error);

G_END_DECLS
