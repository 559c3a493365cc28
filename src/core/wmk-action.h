/* wmk-action.h: an action in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_ACTION (wmk_action_get_type ())
G_DECLARE_FINAL_TYPE (WmkAction, wmk_action, WMK, ACTION, WmkEntity)

const char  *wmk_action_get_parent (WmkAction *self);
const char  *wmk_action_get_ref (WmkAction *self);
const char  *wmk_action_get_text (WmkAction *self);
const char  *wmk_action_get_outcome (WmkAction *self);
const char  *wmk_action_get_due_text (WmkAction *self);
const char  *wmk_action_get_due (WmkAction *self);
const char  *wmk_action_get_responsible_text (WmkAction *self);
const char  *wmk_action_get_status (WmkAction *self);
const char  *wmk_action_get_rag (WmkAction *self);
const char  *wmk_action_get_rag_reason (WmkAction *self);
const char  *wmk_action_get_note (WmkAction *self);

G_END_DECLS
