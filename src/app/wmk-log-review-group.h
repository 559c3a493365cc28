/* wmk-log-review-group.h: the review of the action log at a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

#define WMK_TYPE_LOG_REVIEW_GROUP (wmk_log_review_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkLogReviewGroup, wmk_log_review_group, WMK, LOG_REVIEW_GROUP, WmkMeetingGroup)

GPtrArray *wmk_log_review_dup_items     (WmkPlan   *plan,
                                         WmkEntity *meeting);
guint      wmk_log_review_count_missing (WmkPlan   *plan,
                                         WmkEntity *meeting);

G_END_DECLS
