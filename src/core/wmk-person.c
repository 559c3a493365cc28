/* wmk-person.c: a person in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-person.h"

#include <glib/gi18n-lib.h>

/**
 * WmkPerson:
 *
 * Someone who takes part in the plan's governance. Never a child.
 * Its fields are listed in docs/format.md (type `person`).
 */
struct _WmkPerson
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkPerson, wmk_person, WMK_TYPE_ENTITY)

static const WmkFieldSpec person_fields[] = {
  { "name", WMK_FIELD_STRING, NULL, N_("Name") },
  { "job_title", WMK_FIELD_STRING, NULL, N_("Job title") },
  { "organisation", WMK_FIELD_STRING, NULL, N_("Organisation") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec person_spec = {
  "person", N_("Person"), person_fields, G_N_ELEMENTS (person_fields),
};

static void
wmk_person_class_init (WmkPersonClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &person_spec);
}

static void
wmk_person_init (WmkPerson *self)
{
}

const char *
wmk_person_get_name (WmkPerson *self)
{
  g_return_val_if_fail (WMK_IS_PERSON (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "name");
}

const char *
wmk_person_get_job_title (WmkPerson *self)
{
  g_return_val_if_fail (WMK_IS_PERSON (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "job_title");
}

const char *
wmk_person_get_organisation (WmkPerson *self)
{
  g_return_val_if_fail (WMK_IS_PERSON (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "organisation");
}
