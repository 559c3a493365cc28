/* wmk-decision.h: a decision in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_DECISION (wmk_decision_get_type ())
G_DECLARE_FINAL_TYPE (WmkDecision, wmk_decision, WMK, DECISION, WmkEntity)

const char  *wmk_decision_get_parent (WmkDecision *self);
const char  *wmk_decision_get_agenda_item (WmkDecision *self);
const char  *wmk_decision_get_text (WmkDecision *self);

G_END_DECLS
