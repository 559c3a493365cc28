/* wmk-ehc-plugin.h: what the EHC plan backlog plugin's files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

#include "wmk-ehc-forecast.h"

G_BEGIN_DECLS

/* GTK-free: the KPI feeds, tiles, report section and sample (wmk-ehc-figures.c,
 * wmk-ehc-sample.c). */
GArray   *wmk_ehc_feed_timeliness   (WmkPlan      *plan,
                                     gpointer      user_data);
GArray   *wmk_ehc_feed_backlog      (WmkPlan      *plan,
                                     gpointer      user_data);
char     *wmk_ehc_tile_overdue      (WmkPlan      *plan,
                                     char        **caption,
                                     gpointer      user_data);
char     *wmk_ehc_tile_timeliness   (WmkPlan      *plan,
                                     char        **caption,
                                     gpointer      user_data);
void      wmk_ehc_report_write      (WmkPlan      *plan,
                                     WmkDocument  *document,
                                     gpointer      user_data);
gboolean  wmk_ehc_sample_fill       (WmkPlan      *plan,
                                     gpointer      user_data,
                                     GError      **error);
char     *wmk_ehc_burndown_text     (GArray               *months,
                                     const WmkEhcSettings *settings,
                                     const WmkEhcSummary  *summary);
char     *wmk_ehc_timeliness_text   (GArray               *months,
                                     const WmkEhcSettings *settings,
                                     const WmkEhcSummary  *summary);

/* The page, in the module only (it needs GTK). */
GObject  *wmk_ehc_page_create       (WmkPlan      *plan,
                                     gpointer      user_data);

G_END_DECLS
