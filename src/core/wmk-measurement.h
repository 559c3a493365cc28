/* wmk-measurement.h: a measurement in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEASUREMENT (wmk_measurement_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeasurement, wmk_measurement, WMK, MEASUREMENT, WmkEntity)

const char  *wmk_measurement_get_parent (WmkMeasurement *self);
const char  *wmk_measurement_get_date (WmkMeasurement *self);
double       wmk_measurement_get_value (WmkMeasurement *self);
const char  *wmk_measurement_get_note (WmkMeasurement *self);
const char  *wmk_measurement_get_source (WmkMeasurement *self);

G_END_DECLS
