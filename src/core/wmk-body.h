/* wmk-body.h: a governance body in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_BODY (wmk_body_get_type ())
G_DECLARE_FINAL_TYPE (WmkBody, wmk_body, WMK, BODY, WmkEntity)

const char  *wmk_body_get_name (WmkBody *self);
const char  *wmk_body_get_kind (WmkBody *self);
const char  *wmk_body_get_description (WmkBody *self);
const char  *wmk_body_get_parent_body (WmkBody *self);
const char  *wmk_body_get_cadence_text (WmkBody *self);
const char  *wmk_body_get_rrule (WmkBody *self);
const char  *wmk_body_get_start_time (WmkBody *self);
const char  *wmk_body_get_end_time (WmkBody *self);
const char  *wmk_body_get_chair (WmkBody *self);
gboolean     wmk_body_get_chair_independent (WmkBody *self);

G_END_DECLS
