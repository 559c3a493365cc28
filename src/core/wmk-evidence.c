/* wmk-evidence.c: evidence of progress in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-evidence.h"

#include <glib/gi18n-lib.h>

/**
 * WmkEvidence:
 *
 * A link or file reference that evidences progress on an item.
 * Its fields are listed in docs/format.md (type `evidence`).
 */
struct _WmkEvidence
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkEvidence, wmk_evidence, WMK_TYPE_ENTITY)

static const WmkFieldSpec evidence_fields[] = {
  { "parent", WMK_FIELD_REF, NULL, N_("Item") },
  { "url", WMK_FIELD_STRING, NULL, N_("Link") },
  { "description", WMK_FIELD_TEXT, NULL, N_("Description") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec evidence_spec = {
  "evidence", N_("Evidence"), evidence_fields, G_N_ELEMENTS (evidence_fields),
};

static void
wmk_evidence_class_init (WmkEvidenceClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &evidence_spec);
}

static void
wmk_evidence_init (WmkEvidence *self)
{
}

const char *
wmk_evidence_get_parent (WmkEvidence *self)
{
  g_return_val_if_fail (WMK_IS_EVIDENCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_evidence_get_url (WmkEvidence *self)
{
  g_return_val_if_fail (WMK_IS_EVIDENCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "url");
}

const char *
wmk_evidence_get_description (WmkEvidence *self)
{
  g_return_val_if_fail (WMK_IS_EVIDENCE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "description");
}
