/* wmk-body.c: a governance body in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-body.h"

#include <glib/gi18n-lib.h>

/**
 * WmkBody:
 *
 * A board, group or committee in the plan's governance, with its cadence.
 * Its fields are listed in docs/format.md (type `body`).
 */
struct _WmkBody
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkBody, wmk_body, WMK_TYPE_ENTITY)

static const WmkFieldSpec body_fields[] = {
  { "name", WMK_FIELD_STRING, NULL, N_("Name") },
  { "kind", WMK_FIELD_ENUM, "board|delivery_group|workstream|reference_group|hwbb|icb|cabinet|scrutiny|partnership|other", N_("Kind") },
  { "description", WMK_FIELD_TEXT, NULL, N_("Description") },
  { "parent_body", WMK_FIELD_REF, "body", N_("Reports to") },
  { "cadence_text", WMK_FIELD_STRING, NULL, N_("Meets") },
  { "rrule", WMK_FIELD_STRING, NULL, N_("Recurrence (RFC 5545)") },
  { "series_start", WMK_FIELD_DATE, NULL, N_("Meets from") },
  { "start_time", WMK_FIELD_TIME, NULL, N_("Starts") },
  { "end_time", WMK_FIELD_TIME, NULL, N_("Ends") },
  { "chair", WMK_FIELD_REF, "person", N_("Chair") },
  { "chair_independent", WMK_FIELD_BOOL, NULL, N_("Independent chair") },
  { "deputy_chair", WMK_FIELD_REF, "person", N_("Deputy chair") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec body_spec = {
  "body", N_("Governance body"), body_fields, G_N_ELEMENTS (body_fields),
};

static void
wmk_body_class_init (WmkBodyClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &body_spec);
}

static void
wmk_body_init (WmkBody *self)
{
}

const char *
wmk_body_get_name (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "name");
}

const char *
wmk_body_get_kind (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "kind");
}

const char *
wmk_body_get_description (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "description");
}

const char *
wmk_body_get_parent_body (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent_body");
}

const char *
wmk_body_get_cadence_text (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "cadence_text");
}

const char *
wmk_body_get_rrule (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "rrule");
}

const char *
wmk_body_get_start_time (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "start_time");
}

const char *
wmk_body_get_end_time (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "end_time");
}

const char *
wmk_body_get_chair (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "chair");
}

gboolean
wmk_body_get_chair_independent (WmkBody *self)
{
  g_return_val_if_fail (WMK_IS_BODY (self), FALSE);
  return wmk_entity_get_bool (WMK_ENTITY (self), "chair_independent");
}
