/* wmk-compliance.h: does the plan meet the improvement notice's duties?
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-compliance-line.h"
#include "wmk-plan.h"

G_BEGIN_DECLS

GPtrArray *wmk_compliance_check (WmkPlan    *plan,
                                 const char *today);

G_END_DECLS
