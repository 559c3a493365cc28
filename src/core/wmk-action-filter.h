/* wmk-action-filter.h: which actions the plan page shows
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

#define WMK_TYPE_ACTION_FILTER (wmk_action_filter_get_type ())
G_DECLARE_FINAL_TYPE (WmkActionFilter, wmk_action_filter, WMK, ACTION_FILTER, GObject)

WmkActionFilter *wmk_action_filter_new            (WmkPlan          *plan);
void             wmk_action_filter_set_text       (WmkActionFilter  *self,
                                                   const char       *text);
void             wmk_action_filter_set_rag        (WmkActionFilter  *self,
                                                   const char       *rag);
void             wmk_action_filter_set_workstream (WmkActionFilter  *self,
                                                   const char       *workstream_id);
void             wmk_action_filter_set_overdue    (WmkActionFilter  *self,
                                                   gboolean          overdue_only);
void             wmk_action_filter_set_role       (WmkActionFilter  *self,
                                                   const char       *role_id);
void             wmk_action_filter_set_due_within (WmkActionFilter  *self,
                                                   guint             days);
void             wmk_action_filter_set_today      (WmkActionFilter  *self,
                                                   const char       *iso_date);
gboolean         wmk_action_filter_is_active      (WmkActionFilter  *self);
void             wmk_action_filter_prepare        (WmkActionFilter  *self);
gboolean         wmk_action_filter_matches        (WmkActionFilter  *self,
                                                   WmkEntity        *action);
gboolean         wmk_action_is_overdue            (WmkEntity        *action,
                                                   const char       *today);
int              wmk_ref_compare                  (const char       *a,
                                                   const char       *b);

G_END_DECLS
