/* wmk-meeting-items-group.h: a meeting's decisions, or its actions arising
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETING_ITEMS_GROUP (wmk_meeting_items_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeetingItemsGroup, wmk_meeting_items_group, WMK, MEETING_ITEMS_GROUP, WmkMeetingGroup)

GtkWidget *wmk_meeting_items_group_new (const char *type);
char      *wmk_log_item_owner_words    (WmkPlan    *plan,
                                        WmkEntity  *item);

G_END_DECLS
