/* wmk-measurement.c: a measurement in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-measurement.h"

#include <glib/gi18n-lib.h>

/**
 * WmkMeasurement:
 *
 * One measured value of a KPI.
 * Its fields are listed in docs/format.md (type `measurement`).
 */
struct _WmkMeasurement
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkMeasurement, wmk_measurement, WMK_TYPE_ENTITY)

static const WmkFieldSpec measurement_fields[] = {
  { "parent", WMK_FIELD_REF, "kpi", N_("KPI") },
  { "date", WMK_FIELD_DATE, NULL, N_("Date") },
  { "value", WMK_FIELD_NUMBER, NULL, N_("Value") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "source", WMK_FIELD_STRING, NULL, N_("Source") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec measurement_spec = {
  "measurement", N_("Measurement"), measurement_fields, G_N_ELEMENTS (measurement_fields),
};

static void
wmk_measurement_class_init (WmkMeasurementClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &measurement_spec);
}

static void
wmk_measurement_init (WmkMeasurement *self)
{
}

const char *
wmk_measurement_get_parent (WmkMeasurement *self)
{
  g_return_val_if_fail (WMK_IS_MEASUREMENT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_measurement_get_date (WmkMeasurement *self)
{
  g_return_val_if_fail (WMK_IS_MEASUREMENT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "date");
}

double
wmk_measurement_get_value (WmkMeasurement *self)
{
  g_return_val_if_fail (WMK_IS_MEASUREMENT (self), 0);
  return wmk_entity_get_number (WMK_ENTITY (self), "value", 0);
}

const char *
wmk_measurement_get_note (WmkMeasurement *self)
{
  g_return_val_if_fail (WMK_IS_MEASUREMENT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "note");
}

const char *
wmk_measurement_get_source (WmkMeasurement *self)
{
  g_return_val_if_fail (WMK_IS_MEASUREMENT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "source");
}
