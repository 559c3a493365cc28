/* wmk-ehc-burndown-chart.h: the backlog burn-down chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wmk-ehc-forecast.h"

G_BEGIN_DECLS

#define WMK_TYPE_EHC_BURNDOWN_CHART (wmk_ehc_burndown_chart_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcBurndownChart, wmk_ehc_burndown_chart, WMK, EHC_BURNDOWN_CHART,
                      GtkWidget)

GtkWidget *wmk_ehc_burndown_chart_new      (void);
void       wmk_ehc_burndown_chart_set_data (WmkEhcBurndownChart  *self,
                                            GArray               *months,
                                            const WmkEhcSettings *settings,
                                            const WmkEhcSummary  *summary,
                                            const char           *summary_text);
void       wmk_ehc_burndown_chart_set_today (WmkEhcBurndownChart *self,
                                             const char          *today);

G_END_DECLS
