/* wmk-decision.c: a decision in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-decision.h"

#include <glib/gi18n-lib.h>

/**
 * WmkDecision:
 *
 * A decision a meeting took.
 * Its fields are listed in docs/format.md (type `decision`).
 */
struct _WmkDecision
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkDecision, wmk_decision, WMK_TYPE_ENTITY)

static const WmkFieldSpec decision_fields[] = {
  { "parent", WMK_FIELD_REF, "meeting", N_("Meeting") },
  { "agenda_item", WMK_FIELD_REF, "agenda_item", N_("Agenda item") },
  { "text", WMK_FIELD_TEXT, NULL, N_("Decision") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec decision_spec = {
  "decision", N_("Decision"), decision_fields, G_N_ELEMENTS (decision_fields),
};

static void
wmk_decision_class_init (WmkDecisionClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &decision_spec);
}

static void
wmk_decision_init (WmkDecision *self)
{
}

const char *
wmk_decision_get_parent (WmkDecision *self)
{
  g_return_val_if_fail (WMK_IS_DECISION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_decision_get_agenda_item (WmkDecision *self)
{
  g_return_val_if_fail (WMK_IS_DECISION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "agenda_item");
}

const char *
wmk_decision_get_text (WmkDecision *self)
{
  g_return_val_if_fail (WMK_IS_DECISION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}
