/* wmk-commissioning-plugin.h: what the joint commissioning plugin's files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_COMMISSIONING_PAGE_ID "commissioning.joint"

char     *wmk_commissioning_tile_figure  (WmkPlan      *plan,
                                          char        **caption,
                                          gpointer      user_data);
void      wmk_commissioning_report_write (WmkPlan      *plan,
                                          WmkDocument  *document,
                                          gpointer      user_data);
gboolean  wmk_commissioning_sample_fill  (WmkPlan      *plan,
                                          gpointer      user_data,
                                          GError      **error);
char     *wmk_commissioning_spend_summary (GListModel  *provisions);

/* The page, in the module only (it needs GTK). */
GObject  *wmk_commissioning_page_create  (WmkPlan      *plan,
                                          gpointer      user_data);

G_END_DECLS
