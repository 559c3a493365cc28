/* wmk-heat-map.h: the 5 × 5 risk grid before and after mitigation
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_HEAT_MAP (wmk_heat_map_get_type ())
G_DECLARE_FINAL_TYPE (WmkHeatMap, wmk_heat_map, WMK, HEAT_MAP, GtkWidget)

GtkWidget *wmk_heat_map_new      (void);
void       wmk_heat_map_set_grid (WmkHeatMap        *self,
                                  const WmkRiskGrid *grid);

G_END_DECLS
