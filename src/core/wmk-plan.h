/* wmk-plan.h: one plan in memory, and the one way to change it
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "wmk-edit.h"
#include "wmk-entity.h"
#include "wmk-plan-info.h"
#include "wmk-schema.h"
#include "wmk-store.h"

G_BEGIN_DECLS

#define WMK_PLAN_ERROR (wmk_plan_error_quark ())

typedef enum
{
  WMK_PLAN_ERROR_NOT_FOUND,
  WMK_PLAN_ERROR_AMBIGUOUS,
  WMK_PLAN_ERROR_INVALID,
} WmkPlanError;

#define WMK_TYPE_PLAN (wmk_plan_get_type ())
G_DECLARE_FINAL_TYPE (WmkPlan, wmk_plan, WMK, PLAN, GObject)

GQuark        wmk_plan_error_quark  (void);

WmkPlan      *wmk_plan_open         (const char   *path,
                                     GError      **error);
WmkPlan      *wmk_plan_new_empty    (const char   *path,
                                     const char   *title,
                                     const char   *author,
                                     GError      **error);
WmkPlan      *wmk_plan_new_for_store (WmkStore    *store,
                                      GError     **error);

WmkStore     *wmk_plan_get_store    (WmkPlan      *self);
WmkSchema    *wmk_plan_get_schema   (WmkPlan      *self);
WmkPlanInfo  *wmk_plan_get_info     (WmkPlan      *self);
const char   *wmk_plan_get_author   (WmkPlan      *self);
void          wmk_plan_set_author   (WmkPlan      *self,
                                     const char   *author);

GListModel   *wmk_plan_get_items    (WmkPlan      *self,
                                     const char   *type);
WmkEntity    *wmk_plan_lookup       (WmkPlan      *self,
                                     const char   *id);
WmkEntity    *wmk_plan_resolve      (WmkPlan      *self,
                                     const char   *ref_or_id,
                                     GError      **error);
GPtrArray    *wmk_plan_dup_children (WmkPlan      *self,
                                     const char   *parent_id,
                                     const char   *type);
GListModel   *wmk_plan_get_child_items (WmkPlan   *self,
                                     const char   *parent_id,
                                     const char   *type);
GPtrArray    *wmk_plan_dup_all      (WmkPlan      *self);
int           wmk_plan_compare      (WmkPlan      *self,
                                     WmkEntity    *a,
                                     WmkEntity    *b);

gboolean      wmk_plan_apply_changes (WmkPlan     *self,
                                     GPtrArray    *touched,
                                     GError      **error);
WmkEdit      *wmk_plan_begin        (WmkPlan      *self,
                                     const char   *label);
gboolean      wmk_plan_commit       (WmkPlan      *self,
                                     WmkEdit      *edit,
                                     GError      **error);
gboolean      wmk_plan_set          (WmkPlan      *self,
                                     const char   *id,
                                     const char   *field,
                                     JsonNode     *value,
                                     GError      **error);

gboolean      wmk_plan_set_string   (WmkPlan      *self,
                                     const char   *id,
                                     const char   *field,
                                     const char   *value,
                                     GError      **error);
gboolean      wmk_plan_set_bool     (WmkPlan      *self,
                                     const char   *id,
                                     const char   *field,
                                     gboolean      value,
                                     GError      **error);
char         *wmk_plan_create       (WmkPlan      *self,
                                     const char   *type,
                                     JsonObject   *fields,
                                     const char   *label,
                                     GError      **error);
gboolean      wmk_plan_delete       (WmkPlan      *self,
                                     const char   *id,
                                     const char   *label,
                                     GError      **error);

gboolean      wmk_plan_can_undo     (WmkPlan      *self);
gboolean      wmk_plan_can_redo     (WmkPlan      *self);
gboolean      wmk_plan_undo         (WmkPlan      *self,
                                     GError      **error);
gboolean      wmk_plan_redo         (WmkPlan      *self,
                                     GError      **error);
GPtrArray    *wmk_plan_history      (WmkPlan      *self,
                                     const char   *id,
                                     GError      **error);

G_END_DECLS
