/* wmk-plan-private.h: what the plan and its edits share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

struct _WmkEdit
{
  WmkPlan    *plan;
  char       *label;
  GPtrArray  *ops;        /* WmkOp*, unstamped until the commit */
  GHashTable *created;    /* id → type name, for entities created in this edit */
};

WmkEdit *wmk_edit_new       (WmkPlan    *plan,
                             const char *label);
GPtrArray *wmk_edit_get_ops (WmkEdit    *edit);

void     wmk_plan_set_importing (WmkPlan *plan,
                                 gboolean importing);

G_END_DECLS
