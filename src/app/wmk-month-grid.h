/* wmk-month-grid.h: one month of the governance calendar, as a grid of days
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WMK_TYPE_MONTH_GRID (wmk_month_grid_get_type ())
G_DECLARE_FINAL_TYPE (WmkMonthGrid, wmk_month_grid, WMK, MONTH_GRID, GtkWidget)

GtkWidget *wmk_month_grid_new        (void);
void       wmk_month_grid_set_month  (WmkMonthGrid *self,
                                      int           year,
                                      int           month,
                                      const char   *today,
                                      GPtrArray    *events);
void       wmk_month_grid_get_range  (int           year,
                                      int           month,
                                      char        **first,
                                      char        **last);

G_END_DECLS
