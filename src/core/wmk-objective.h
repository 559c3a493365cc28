/* wmk-objective.h: an objective in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_OBJECTIVE (wmk_objective_get_type ())
G_DECLARE_FINAL_TYPE (WmkObjective, wmk_objective, WMK, OBJECTIVE, WmkEntity)

const char  *wmk_objective_get_parent (WmkObjective *self);
const char  *wmk_objective_get_ref (WmkObjective *self);
const char  *wmk_objective_get_title (WmkObjective *self);

G_END_DECLS
