/* wmk-action-editor.h: every field of one action, saved as it is changed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_ACTION_EDITOR (wmk_action_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmkActionEditor, wmk_action_editor, WMK, ACTION_EDITOR, AdwBin)

void       wmk_action_editor_set_action (WmkActionEditor *self,
                                         WmkPlan         *plan,
                                         WmkEntity       *action);
WmkEntity *wmk_action_editor_get_action (WmkActionEditor *self);

G_END_DECLS
