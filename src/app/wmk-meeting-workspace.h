/* wmk-meeting-workspace.h: everything about one meeting, recorded as it happens
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETING_WORKSPACE (wmk_meeting_workspace_get_type ())
G_DECLARE_FINAL_TYPE (WmkMeetingWorkspace, wmk_meeting_workspace, WMK, MEETING_WORKSPACE, AdwBin)

void        wmk_meeting_workspace_set_meeting (WmkMeetingWorkspace *self,
                                               WmkPlan             *plan,
                                               const char          *meeting_id);
const char *wmk_meeting_workspace_get_meeting_id (WmkMeetingWorkspace *self);
void        wmk_meeting_workspace_reveal      (WmkMeetingWorkspace *self,
                                               const char          *id);

G_END_DECLS
