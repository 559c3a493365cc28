/* wmk-ehc-timeliness-chart.h: % of EHC plans issued within 20 weeks, as a chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wmk-ehc-forecast.h"

G_BEGIN_DECLS

#define WMK_TYPE_EHC_TIMELINESS_CHART (wmk_ehc_timeliness_chart_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcTimelinessChart, wmk_ehc_timeliness_chart, WMK,
                      EHC_TIMELINESS_CHART, GtkWidget)

GtkWidget *wmk_ehc_timeliness_chart_new       (void);
void       wmk_ehc_timeliness_chart_set_data  (WmkEhcTimelinessChart *self,
                                               GArray                *months,
                                               const WmkEhcSettings  *settings,
                                               const char            *summary_text);
void       wmk_ehc_timeliness_chart_set_today (WmkEhcTimelinessChart *self,
                                               const char            *today);

G_END_DECLS
