/* wmk-plan-order.h: how the plan table orders its rows and numbers new actions
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark.h"

G_BEGIN_DECLS

/* GCompareDataFunc for the table's columns: actions by the column's field,
 * sections and objectives equal (the sort is stable). */
int   wmk_plan_sort_by_ref    (gconstpointer a, gconstpointer b, gpointer data);
int   wmk_plan_sort_by_text   (gconstpointer a, gconstpointer b, gpointer data);
int   wmk_plan_sort_by_due    (gconstpointer a, gconstpointer b, gpointer data);
int   wmk_plan_sort_by_status (gconstpointer a, gconstpointer b, gpointer data);
int   wmk_plan_sort_by_rag    (gconstpointer a, gconstpointer b, gpointer data);

char *wmk_plan_next_action_ref (WmkPlan   *plan,
                                WmkEntity *objective);

G_END_DECLS
