/* wmk-ehc-targets-group.h: what the plan measures the EHC figures against
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wmk-ehc-types.h"

G_BEGIN_DECLS

#define WMK_TYPE_EHC_TARGETS_GROUP (wmk_ehc_targets_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcTargetsGroup, wmk_ehc_targets_group, WMK, EHC_TARGETS_GROUP,
                      AdwPreferencesGroup)

void wmk_ehc_targets_group_set_plan (WmkEhcTargetsGroup   *self,
                                     WmkPlan              *plan);
void wmk_ehc_targets_group_update   (WmkEhcTargetsGroup   *self,
                                     const WmkEhcSettings *settings);

G_END_DECLS
