/* wmk-kpi-point-dialog.h: the dialog that adds or changes a KPI's target or measurement
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

void wmk_kpi_point_dialog_open_target      (GtkWidget   *parent,
                                            WmkPlan     *plan,
                                            WmkEntity   *kpi,
                                            int          index,
                                            const char  *date);
void wmk_kpi_point_dialog_open_measurement (GtkWidget   *parent,
                                            WmkPlan     *plan,
                                            WmkEntity   *kpi,
                                            WmkEntity   *measurement,
                                            const char  *date);

void wmk_date_row_add_calendar             (AdwEntryRow *row);

G_END_DECLS
