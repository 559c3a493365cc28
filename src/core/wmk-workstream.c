/* wmk-workstream.c: a workstream in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-workstream.h"

#include <glib/gi18n-lib.h>

/**
 * WmkWorkstream:
 *
 * One area of weakness the inspectors found, and the workstream that answers it.
 * Its fields are listed in docs/format.md (type `workstream`).
 */
struct _WmkWorkstream
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkWorkstream, wmk_workstream, WMK_TYPE_ENTITY)

static const WmkFieldSpec workstream_fields[] = {
  { "ref", WMK_FIELD_STRING, NULL, N_("Section") },
  { "number", WMK_FIELD_INTEGER, NULL, N_("Area number") },
  { "title", WMK_FIELD_TEXT, NULL, N_("Area of weakness") },
  { "findings", WMK_FIELD_STRINGS, NULL, N_("Inspectors' findings") },
  { "lead", WMK_FIELD_STRING, NULL, N_("Workstream lead") },
  { "lead_role", WMK_FIELD_REF, "role", N_("Lead's role") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec workstream_spec = {
  "workstream", N_("Workstream"), workstream_fields, G_N_ELEMENTS (workstream_fields),
};

static void
wmk_workstream_class_init (WmkWorkstreamClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &workstream_spec);
}

static void
wmk_workstream_init (WmkWorkstream *self)
{
}

const char *
wmk_workstream_get_ref (WmkWorkstream *self)
{
  g_return_val_if_fail (WMK_IS_WORKSTREAM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

gint64
wmk_workstream_get_number (WmkWorkstream *self)
{
  g_return_val_if_fail (WMK_IS_WORKSTREAM (self), 0);
  return wmk_entity_get_int (WMK_ENTITY (self), "number", 0);
}

const char *
wmk_workstream_get_title (WmkWorkstream *self)
{
  g_return_val_if_fail (WMK_IS_WORKSTREAM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_workstream_get_lead (WmkWorkstream *self)
{
  g_return_val_if_fail (WMK_IS_WORKSTREAM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "lead");
}

const char *
wmk_workstream_get_lead_role (WmkWorkstream *self)
{
  g_return_val_if_fail (WMK_IS_WORKSTREAM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "lead_role");
}
