/* wmk-feedback.h: something families have told us
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_FEEDBACK (wmk_feedback_get_type ())
G_DECLARE_FINAL_TYPE (WmkFeedback, wmk_feedback, WMK, FEEDBACK, WmkEntity)

const char  *wmk_feedback_get_parent (WmkFeedback *self);
const char  *wmk_feedback_get_ref (WmkFeedback *self);
const char  *wmk_feedback_get_letter (WmkFeedback *self);
const char  *wmk_feedback_get_text (WmkFeedback *self);
const char  *wmk_feedback_get_criteria_text (WmkFeedback *self);

G_END_DECLS
