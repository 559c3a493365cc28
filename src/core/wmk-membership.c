/* wmk-membership.c: a membership in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-membership.h"

#include <glib/gi18n-lib.h>

/**
 * WmkMembership:
 *
 * A person's place in a governance body.
 * Its fields are listed in docs/format.md (type `membership`).
 */
struct _WmkMembership
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkMembership, wmk_membership, WMK_TYPE_ENTITY)

static const WmkFieldSpec membership_fields[] = {
  { "parent", WMK_FIELD_REF, "body", N_("Body") },
  { "person", WMK_FIELD_REF, "person", N_("Person") },
  { "role", WMK_FIELD_STRING, NULL, N_("Role in the body") },
  { "organisation", WMK_FIELD_STRING, NULL, N_("Organisation") },
  { "capacity", WMK_FIELD_ENUM, "member|observer|adviser", N_("Capacity") },
  { "chair", WMK_FIELD_BOOL, NULL, N_("Chair") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec membership_spec = {
  "membership", N_("Membership"), membership_fields, G_N_ELEMENTS (membership_fields),
};

static void
wmk_membership_class_init (WmkMembershipClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &membership_spec);
}

static void
wmk_membership_init (WmkMembership *self)
{
}

const char *
wmk_membership_get_parent (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_membership_get_person (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "person");
}

const char *
wmk_membership_get_role (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "role");
}

const char *
wmk_membership_get_organisation (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "organisation");
}

const char *
wmk_membership_get_capacity (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "capacity");
}

gboolean
wmk_membership_get_chair (WmkMembership *self)
{
  g_return_val_if_fail (WMK_IS_MEMBERSHIP (self), FALSE);
  return wmk_entity_get_bool (WMK_ENTITY (self), "chair");
}
