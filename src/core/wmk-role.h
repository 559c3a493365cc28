/* wmk-role.h: a role in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_ROLE (wmk_role_get_type ())
G_DECLARE_FINAL_TYPE (WmkRole, wmk_role, WMK, ROLE, WmkEntity)

const char  *wmk_role_get_title (WmkRole *self);
const char  *wmk_role_get_organisation (WmkRole *self);
const char  *wmk_role_get_holder (WmkRole *self);

G_END_DECLS
