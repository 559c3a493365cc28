/* wmk-kpi.c: a KPI in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-kpi.h"

#include <glib/gi18n-lib.h>

/**
 * WmkKpi:
 *
 * A key performance indicator: its baseline, dated targets and direction.
 * Its fields are listed in docs/format.md (type `kpi`).
 */
struct _WmkKpi
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkKpi, wmk_kpi, WMK_TYPE_ENTITY)

static const WmkFieldSpec kpi_fields[] = {
  { "parent", WMK_FIELD_REF, "workstream|kpi", N_("Section or KPI") },
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "number", WMK_FIELD_STRING, NULL, N_("Number") },
  { "text", WMK_FIELD_TEXT, NULL, N_("KPI") },
  { "baseline_value", WMK_FIELD_NUMBER, NULL, N_("Baseline") },
  { "baseline_date", WMK_FIELD_DATE, NULL, N_("Baseline date") },
  { "baseline_text", WMK_FIELD_STRING, NULL, N_("Baseline, as written") },
  { "source", WMK_FIELD_STRING, NULL, N_("Source") },
  { "unit", WMK_FIELD_STRING, NULL, N_("Unit") },
  { "direction", WMK_FIELD_ENUM, "up|down", N_("Better when") },
  { "targets", WMK_FIELD_TARGETS, NULL, N_("Targets") },
  { "tolerance", WMK_FIELD_NUMBER, NULL, N_("Tolerance") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec kpi_spec = {
  "kpi", N_("KPI"), kpi_fields, G_N_ELEMENTS (kpi_fields),
};

static void
wmk_kpi_class_init (WmkKpiClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &kpi_spec);
}

static void
wmk_kpi_init (WmkKpi *self)
{
}

const char *
wmk_kpi_get_parent (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_kpi_get_ref (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

const char *
wmk_kpi_get_number (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "number");
}

const char *
wmk_kpi_get_text (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}

double
wmk_kpi_get_baseline_value (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), 0);
  return wmk_entity_get_number (WMK_ENTITY (self), "baseline_value", 0);
}

const char *
wmk_kpi_get_baseline_date (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "baseline_date");
}

const char *
wmk_kpi_get_baseline_text (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "baseline_text");
}

const char *
wmk_kpi_get_source (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "source");
}

const char *
wmk_kpi_get_unit (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "unit");
}

const char *
wmk_kpi_get_direction (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "direction");
}

double
wmk_kpi_get_tolerance (WmkKpi *self)
{
  g_return_val_if_fail (WMK_IS_KPI (self), 0);
  return wmk_entity_get_number (WMK_ENTITY (self), "tolerance", 0);
}
