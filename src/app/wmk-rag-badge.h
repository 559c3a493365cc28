/* wmk-rag-badge.h: a RAG status as a word, a shape and a colour
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WMK_TYPE_RAG_BADGE (wmk_rag_badge_get_type ())
G_DECLARE_FINAL_TYPE (WmkRagBadge, wmk_rag_badge, WMK, RAG_BADGE, GtkWidget)

GtkWidget  *wmk_rag_badge_new      (void);
void        wmk_rag_badge_set_rag  (WmkRagBadge *self,
                                    const char  *rag);
const char *wmk_rag_word           (const char  *rag);

G_END_DECLS
