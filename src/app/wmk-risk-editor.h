/* wmk-risk-editor.h: every field of one risk, saved as it is typed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_RISK_EDITOR (wmk_risk_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmkRiskEditor, wmk_risk_editor, WMK, RISK_EDITOR, AdwBin)

void       wmk_risk_editor_set_risk    (WmkRiskEditor *self,
                                        WmkPlan       *plan,
                                        WmkEntity     *risk);
WmkEntity *wmk_risk_editor_get_risk    (WmkRiskEditor *self);
void       wmk_risk_editor_save        (WmkRiskEditor *self);
void       wmk_risk_editor_focus_title (WmkRiskEditor *self);

G_END_DECLS
