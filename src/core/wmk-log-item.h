/* wmk-log-item.h: an action log item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_LOG_ITEM (wmk_log_item_get_type ())
G_DECLARE_FINAL_TYPE (WmkLogItem, wmk_log_item, WMK, LOG_ITEM, WmkEntity)

const char  *wmk_log_item_get_parent (WmkLogItem *self);
const char  *wmk_log_item_get_agenda_item (WmkLogItem *self);
const char  *wmk_log_item_get_text (WmkLogItem *self);
const char  *wmk_log_item_get_owner_text (WmkLogItem *self);
const char  *wmk_log_item_get_due (WmkLogItem *self);
const char  *wmk_log_item_get_due_text (WmkLogItem *self);
const char  *wmk_log_item_get_status (WmkLogItem *self);
const char  *wmk_log_item_get_update (WmkLogItem *self);

G_END_DECLS
