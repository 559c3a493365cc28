/* wmk-action.c: an action in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-action.h"

#include <glib/gi18n-lib.h>

/**
 * WmkAction:
 *
 * One action of the plan: what will be done, the outcome it should bring, by when and who answers for it.
 * Its fields are listed in docs/format.md (type `action`).
 */
struct _WmkAction
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkAction, wmk_action, WMK_TYPE_ENTITY)

static const WmkFieldSpec action_fields[] = {
  { "parent", WMK_FIELD_REF, "objective", N_("Objective") },
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "text", WMK_FIELD_TEXT, NULL, N_("Action") },
  { "outcome", WMK_FIELD_TEXT, NULL, N_("Outcome") },
  { "due_text", WMK_FIELD_STRING, NULL, N_("By when, as written") },
  { "due", WMK_FIELD_DATE, NULL, N_("Due") },
  { "due_dates", WMK_FIELD_DATES, NULL, N_("Dates named") },
  { "responsible_text", WMK_FIELD_TEXT, NULL, N_("Responsible officers, as written") },
  { "roles", WMK_FIELD_REFS, "role", N_("Responsible roles") },
  { "kpis", WMK_FIELD_REFS, "kpi", N_("KPIs") },
  { "criteria", WMK_FIELD_REFS, "criterion", N_("Success criteria") },
  { "status", WMK_FIELD_ENUM, "not_started|in_progress|complete|on_hold", N_("Status") },
  { "rag", WMK_FIELD_ENUM, "red|amber|green|blue", N_("RAG") },
  { "rag_reason", WMK_FIELD_TEXT, NULL, N_("Reason for the RAG rating") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec action_spec = {
  "action", N_("Action"), action_fields, G_N_ELEMENTS (action_fields),
};

static void
wmk_action_class_init (WmkActionClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &action_spec);
}

static void
wmk_action_init (WmkAction *self)
{
}

const char *
wmk_action_get_parent (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_action_get_ref (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

const char *
wmk_action_get_text (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}

const char *
wmk_action_get_outcome (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "outcome");
}

const char *
wmk_action_get_due_text (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "due_text");
}

const char *
wmk_action_get_due (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "due");
}

const char *
wmk_action_get_responsible_text (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "responsible_text");
}

const char *
wmk_action_get_status (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "status");
}

const char *
wmk_action_get_rag (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "rag");
}

const char *
wmk_action_get_rag_reason (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "rag_reason");
}

const char *
wmk_action_get_note (WmkAction *self)
{
  g_return_val_if_fail (WMK_IS_ACTION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "note");
}
