/* wmk-plan-info.c: the plan as a whole: title, notice and dates
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-plan-info.h"

#include <glib/gi18n-lib.h>

/**
 * WmkPlanInfo:
 *
 * The plan as a whole: its title, the notice it answers and the notice's dates.
 * Its fields are listed in docs/format.md (type `plan`).
 */
struct _WmkPlanInfo
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkPlanInfo, wmk_plan_info, WMK_TYPE_ENTITY)

static const WmkFieldSpec plan_info_fields[] = {
  { "title", WMK_FIELD_STRING, NULL, N_("Title") },
  { "local_area", WMK_FIELD_STRING, NULL, N_("Local area") },
  { "summary", WMK_FIELD_TEXT, NULL, N_("Introduction") },
  { "inspection_text", WMK_FIELD_STRING, NULL, N_("Date of inspection") },
  { "revisit_published_text", WMK_FIELD_STRING, NULL, N_("Revisit report published") },
  { "accountable_officers", WMK_FIELD_STRINGS, NULL, N_("Accountable officers") },
  { "advisers", WMK_FIELD_STRINGS, NULL, N_("SEND and NHS England advisers") },
  { "notice_issued", WMK_FIELD_DATE, NULL, N_("Improvement notice issued") },
  { "notice_text", WMK_FIELD_TEXT, NULL, N_("Improvement notice") },
  { "delivery_by", WMK_FIELD_DATE, NULL, N_("Actions delivered by") },
  { "milestone_months", WMK_FIELD_INTEGERS, NULL, N_("Milestones (months after the notice)") },
  { "governance_text", WMK_FIELD_TEXT, NULL, N_("Governance and reporting arrangements") },
  { "report_interval_months", WMK_FIELD_INTEGER, NULL, N_("Reports to the DfE and NHS England every (months)") },
  { "dfe_reviews", WMK_FIELD_DATES, NULL, N_("DfE review dates") },
  { "slow_progress_weeks", WMK_FIELD_INTEGER, NULL, N_("Slow to progress after (weeks without an update)") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec plan_info_spec = {
  "plan", N_("Plan"), plan_info_fields, G_N_ELEMENTS (plan_info_fields),
};

static void
wmk_plan_info_class_init (WmkPlanInfoClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &plan_info_spec);
}

static void
wmk_plan_info_init (WmkPlanInfo *self)
{
}

const char *
wmk_plan_info_get_title (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_plan_info_get_local_area (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "local_area");
}

const char *
wmk_plan_info_get_summary (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "summary");
}

const char *
wmk_plan_info_get_inspection_text (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "inspection_text");
}

const char *
wmk_plan_info_get_revisit_published_text (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "revisit_published_text");
}

const char *
wmk_plan_info_get_notice_issued (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "notice_issued");
}

const char *
wmk_plan_info_get_notice_text (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "notice_text");
}

const char *
wmk_plan_info_get_delivery_by (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "delivery_by");
}

const char *
wmk_plan_info_get_governance_text (WmkPlanInfo *self)
{
  g_return_val_if_fail (WMK_IS_PLAN_INFO (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "governance_text");
}
