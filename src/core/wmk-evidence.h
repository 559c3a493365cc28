/* wmk-evidence.h: evidence of progress in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_EVIDENCE (wmk_evidence_get_type ())
G_DECLARE_FINAL_TYPE (WmkEvidence, wmk_evidence, WMK, EVIDENCE, WmkEntity)

const char  *wmk_evidence_get_parent (WmkEvidence *self);
const char  *wmk_evidence_get_url (WmkEvidence *self);
const char  *wmk_evidence_get_description (WmkEvidence *self);

G_END_DECLS
