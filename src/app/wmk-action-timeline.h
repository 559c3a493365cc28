/* wmk-action-timeline.h: what has been done on an action: updates, evidence, history
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_ACTION_TIMELINE (wmk_action_timeline_get_type ())
G_DECLARE_FINAL_TYPE (WmkActionTimeline, wmk_action_timeline, WMK, ACTION_TIMELINE, GtkBox)

void wmk_action_timeline_set_action (WmkActionTimeline *self,
                                     WmkPlan           *plan,
                                     WmkEntity         *action);

G_END_DECLS
