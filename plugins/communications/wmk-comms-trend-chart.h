/* wmk-comms-trend-chart.h: complaints about communication, month by month
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WMK_TYPE_COMMS_TREND_CHART (wmk_comms_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommsTrendChart, wmk_comms_trend_chart, WMK, COMMS_TREND_CHART, GtkWidget)

GtkWidget *wmk_comms_trend_chart_new       (void);
void       wmk_comms_trend_chart_set_trend (WmkCommsTrendChart *self,
                                            GArray             *months);

G_END_DECLS
