/* wmk-objective.c: an objective in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-objective.h"

#include <glib/gi18n-lib.h>

/**
 * WmkObjective:
 *
 * A numbered heading of the plan that groups actions.
 * Its fields are listed in docs/format.md (type `objective`).
 */
struct _WmkObjective
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkObjective, wmk_objective, WMK_TYPE_ENTITY)

static const WmkFieldSpec objective_fields[] = {
  { "parent", WMK_FIELD_REF, "workstream", N_("Workstream") },
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "title", WMK_FIELD_TEXT, NULL, N_("Objective") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec objective_spec = {
  "objective", N_("Objective"), objective_fields, G_N_ELEMENTS (objective_fields),
};

static void
wmk_objective_class_init (WmkObjectiveClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &objective_spec);
}

static void
wmk_objective_init (WmkObjective *self)
{
}

const char *
wmk_objective_get_parent (WmkObjective *self)
{
  g_return_val_if_fail (WMK_IS_OBJECTIVE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_objective_get_ref (WmkObjective *self)
{
  g_return_val_if_fail (WMK_IS_OBJECTIVE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

const char *
wmk_objective_get_title (WmkObjective *self)
{
  g_return_val_if_fail (WMK_IS_OBJECTIVE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}
