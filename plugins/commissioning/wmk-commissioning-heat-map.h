/* wmk-commissioning-heat-map.h: the need × locality gap matrix, drawn
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wmk-commissioning-gaps.h"

G_BEGIN_DECLS

#define WMK_TYPE_COMMISSIONING_HEAT_MAP (wmk_commissioning_heat_map_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommissioningHeatMap, wmk_commissioning_heat_map, WMK,
                      COMMISSIONING_HEAT_MAP, GtkWidget)

GtkWidget *wmk_commissioning_heat_map_new        (void);
void       wmk_commissioning_heat_map_set_matrix (WmkCommissioningHeatMap      *self,
                                                  const WmkCommissioningMatrix *matrix);

G_END_DECLS
