/* wmk-risk.c: a risk in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-risk.h"

#include <glib/gi18n-lib.h>

/**
 * WmkRisk:
 *
 * An entry of the risk register: the risk before and after mitigation.
 * Its fields are listed in docs/format.md (type `risk`).
 */
struct _WmkRisk
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkRisk, wmk_risk, WMK_TYPE_ENTITY)

static const WmkFieldSpec risk_fields[] = {
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "date", WMK_FIELD_DATE, NULL, N_("Date raised") },
  { "title", WMK_FIELD_STRING, NULL, N_("Risk") },
  { "description", WMK_FIELD_TEXT, NULL, N_("Description") },
  { "likelihood", WMK_FIELD_INTEGER, NULL, N_("Likelihood") },
  { "impact", WMK_FIELD_INTEGER, NULL, N_("Severity/impact") },
  { "mitigation", WMK_FIELD_TEXT, NULL, N_("Mitigation") },
  { "post_likelihood", WMK_FIELD_INTEGER, NULL, N_("Likelihood after mitigation") },
  { "post_impact", WMK_FIELD_INTEGER, NULL, N_("Severity/impact after mitigation") },
  { "progress", WMK_FIELD_TEXT, NULL, N_("Progress following action") },
  { "owner", WMK_FIELD_STRING, NULL, N_("Owner") },
  { "owner_role", WMK_FIELD_REF, "role", N_("Owner's role") },
  { "review_date", WMK_FIELD_DATE, NULL, N_("Review date") },
  { "status", WMK_FIELD_ENUM, "open|closed", N_("Status") },
  { "actions", WMK_FIELD_REFS, "action", N_("Mitigating actions") },
  { "reviewed", WMK_FIELD_DATE, NULL, N_("Last reviewed") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec risk_spec = {
  "risk", N_("Risk"), risk_fields, G_N_ELEMENTS (risk_fields),
};

static void
wmk_risk_class_init (WmkRiskClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &risk_spec);
}

static void
wmk_risk_init (WmkRisk *self)
{
}

const char *
wmk_risk_get_ref (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

const char *
wmk_risk_get_date (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "date");
}

const char *
wmk_risk_get_title (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_risk_get_description (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "description");
}

gint64
wmk_risk_get_likelihood (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "likelihood", 0);
}

gint64
wmk_risk_get_impact (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "impact", 0);
}

const char *
wmk_risk_get_mitigation (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "mitigation");
}

gint64
wmk_risk_get_post_likelihood (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "post_likelihood", 0);
}

gint64
wmk_risk_get_post_impact (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "post_impact", 0);
}

const char *
wmk_risk_get_progress (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "progress");
}

const char *
wmk_risk_get_owner (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "owner");
}

const char *
wmk_risk_get_owner_role (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "owner_role");
}

const char *
wmk_risk_get_review_date (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "review_date");
}

const char *
wmk_risk_get_status (WmkRisk *self)
{
  g_return_val_if_fail (WMK_IS_RISK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "status");
}
