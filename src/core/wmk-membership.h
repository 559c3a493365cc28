/* wmk-membership.h: a membership in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEMBERSHIP (wmk_membership_get_type ())
G_DECLARE_FINAL_TYPE (WmkMembership, wmk_membership, WMK, MEMBERSHIP, WmkEntity)

const char  *wmk_membership_get_parent (WmkMembership *self);
const char  *wmk_membership_get_person (WmkMembership *self);
const char  *wmk_membership_get_role (WmkMembership *self);
const char  *wmk_membership_get_organisation (WmkMembership *self);
const char  *wmk_membership_get_capacity (WmkMembership *self);
gboolean     wmk_membership_get_chair (WmkMembership *self);

G_END_DECLS
