/* wmk-nd-wait-chart.h: the waiting list by wait band, month by month
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WMK_TYPE_ND_WAIT_CHART (wmk_nd_wait_chart_get_type ())
G_DECLARE_FINAL_TYPE (WmkNdWaitChart, wmk_nd_wait_chart, WMK, ND_WAIT_CHART, GtkWidget)

GtkWidget *wmk_nd_wait_chart_new        (void);
void       wmk_nd_wait_chart_set_months (WmkNdWaitChart *self,
                                         GArray         *months);

G_END_DECLS
