/* wmk-comms-plugin.h: what the communication standards plugin's files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_COMMS_PAGE_ID "communications.standards"

char     *wmk_comms_tile_figure  (WmkPlan      *plan,
                                  char        **caption,
                                  gpointer      user_data);
GArray   *wmk_comms_feed_compute (WmkPlan      *plan,
                                  gpointer      user_data);
void      wmk_comms_report_write (WmkPlan      *plan,
                                  WmkDocument  *document,
                                  gpointer      user_data);
gboolean  wmk_comms_sample_fill  (WmkPlan      *plan,
                                  gpointer      user_data,
                                  GError      **error);
char     *wmk_comms_month_name   (const char   *month);

/* The page, in the module only (it needs GTK). */
GObject  *wmk_comms_page_create  (WmkPlan      *plan,
                                  gpointer      user_data);

G_END_DECLS
