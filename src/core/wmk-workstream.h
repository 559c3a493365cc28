/* wmk-workstream.h: a workstream in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_WORKSTREAM (wmk_workstream_get_type ())
G_DECLARE_FINAL_TYPE (WmkWorkstream, wmk_workstream, WMK, WORKSTREAM, WmkEntity)

const char  *wmk_workstream_get_ref (WmkWorkstream *self);
gint64       wmk_workstream_get_number (WmkWorkstream *self);
const char  *wmk_workstream_get_title (WmkWorkstream *self);
const char  *wmk_workstream_get_lead (WmkWorkstream *self);
const char  *wmk_workstream_get_lead_role (WmkWorkstream *self);

G_END_DECLS
