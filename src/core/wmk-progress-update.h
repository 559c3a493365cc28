/* wmk-progress-update.h: a progress update in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_PROGRESS_UPDATE (wmk_progress_update_get_type ())
G_DECLARE_FINAL_TYPE (WmkProgressUpdate, wmk_progress_update, WMK, PROGRESS_UPDATE, WmkEntity)

const char  *wmk_progress_update_get_parent (WmkProgressUpdate *self);
const char  *wmk_progress_update_get_date (WmkProgressUpdate *self);
const char  *wmk_progress_update_get_text (WmkProgressUpdate *self);
const char  *wmk_progress_update_get_author (WmkProgressUpdate *self);

G_END_DECLS
