/* wmk-report.c: a report in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-report.h"

#include <glib/gi18n-lib.h>

/**
 * WmkReport:
 *
 * A frozen, dated snapshot of what was reported to the regulator.
 * Its fields are listed in docs/format.md (type `report`).
 */
struct _WmkReport
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkReport, wmk_report, WMK_TYPE_ENTITY)

static const WmkFieldSpec report_fields[] = {
  { "title", WMK_FIELD_STRING, NULL, N_("Title") },
  { "period_from", WMK_FIELD_DATE, NULL, N_("From") },
  { "period_to", WMK_FIELD_DATE, NULL, N_("To") },
  { "sent", WMK_FIELD_DATE, NULL, N_("Sent") },
  { "snapshot", WMK_FIELD_OBJECT, NULL, N_("Snapshot") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec report_spec = {
  "report", N_("Report"), report_fields, G_N_ELEMENTS (report_fields),
};

static void
wmk_report_class_init (WmkReportClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &report_spec);
}

static void
wmk_report_init (WmkReport *self)
{
}

const char *
wmk_report_get_title (WmkReport *self)
{
  g_return_val_if_fail (WMK_IS_REPORT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_report_get_period_from (WmkReport *self)
{
  g_return_val_if_fail (WMK_IS_REPORT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "period_from");
}

const char *
wmk_report_get_period_to (WmkReport *self)
{
  g_return_val_if_fail (WMK_IS_REPORT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "period_to");
}

const char *
wmk_report_get_sent (WmkReport *self)
{
  g_return_val_if_fail (WMK_IS_REPORT (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "sent");
}
