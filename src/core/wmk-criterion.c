/* wmk-criterion.c: a success criterion in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-criterion.h"

#include <glib/gi18n-lib.h>

/**
 * WmkCriterion:
 *
 * A numbered success criterion of a section.
 * Its fields are listed in docs/format.md (type `criterion`).
 */
struct _WmkCriterion
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkCriterion, wmk_criterion, WMK_TYPE_ENTITY)

static const WmkFieldSpec criterion_fields[] = {
  { "parent", WMK_FIELD_REF, "workstream", N_("Workstream") },
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "number", WMK_FIELD_INTEGER, NULL, N_("Number") },
  { "text", WMK_FIELD_TEXT, NULL, N_("Success criterion") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec criterion_spec = {
  "criterion", N_("Success criterion"), criterion_fields, G_N_ELEMENTS (criterion_fields),
};

static void
wmk_criterion_class_init (WmkCriterionClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &criterion_spec);
}

static void
wmk_criterion_init (WmkCriterion *self)
{
}

const char *
wmk_criterion_get_parent (WmkCriterion *self)
{
  g_return_val_if_fail (WMK_IS_CRITERION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_criterion_get_ref (WmkCriterion *self)
{
  g_return_val_if_fail (WMK_IS_CRITERION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

gint64
wmk_criterion_get_number (WmkCriterion *self)
{
  g_return_val_if_fail (WMK_IS_CRITERION (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "number", 0);
}

const char *
wmk_criterion_get_text (WmkCriterion *self)
{
  g_return_val_if_fail (WMK_IS_CRITERION (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}
