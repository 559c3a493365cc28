/* wmk-role.c: a role in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-role.h"

#include <glib/gi18n-lib.h>

/**
 * WmkRole:
 *
 * A job that answers for actions. Actions name roles, because roles outlive the people in them.
 * Its fields are listed in docs/format.md (type `role`).
 */
struct _WmkRole
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkRole, wmk_role, WMK_TYPE_ENTITY)

static const WmkFieldSpec role_fields[] = {
  { "title", WMK_FIELD_STRING, NULL, N_("Role") },
  { "organisation", WMK_FIELD_STRING, NULL, N_("Organisation") },
  { "holder", WMK_FIELD_REF, "person", N_("Held by") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec role_spec = {
  "role", N_("Role"), role_fields, G_N_ELEMENTS (role_fields),
};

static void
wmk_role_class_init (WmkRoleClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &role_spec);
}

static void
wmk_role_init (WmkRole *self)
{
}

const char *
wmk_role_get_title (WmkRole *self)
{
  g_return_val_if_fail (WMK_IS_ROLE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_role_get_organisation (WmkRole *self)
{
  g_return_val_if_fail (WMK_IS_ROLE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "organisation");
}

const char *
wmk_role_get_holder (WmkRole *self)
{
  g_return_val_if_fail (WMK_IS_ROLE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "holder");
}
