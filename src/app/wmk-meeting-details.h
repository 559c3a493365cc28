/* wmk-meeting-details.h: when, where and who chaired; the invitations
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETING_DETAILS (wmk_meeting_details_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeetingDetails, wmk_meeting_details, WMK, MEETING_DETAILS, WmkMeetingGroup)

G_END_DECLS
