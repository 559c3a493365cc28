/* wmk-criterion.h: a success criterion in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_CRITERION (wmk_criterion_get_type ())
G_DECLARE_FINAL_TYPE (WmkCriterion, wmk_criterion, WMK, CRITERION, WmkEntity)

const char  *wmk_criterion_get_parent (WmkCriterion *self);
const char  *wmk_criterion_get_ref (WmkCriterion *self);
gint64       wmk_criterion_get_number (WmkCriterion *self);
const char  *wmk_criterion_get_text (WmkCriterion *self);

G_END_DECLS
