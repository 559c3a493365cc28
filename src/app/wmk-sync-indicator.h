/* wmk-sync-indicator.h: the sync state in the header bar, and its popover
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wmk-sync-scheduler.h"

G_BEGIN_DECLS

#define WMK_TYPE_SYNC_INDICATOR (wmk_sync_indicator_get_type ())
G_DECLARE_FINAL_TYPE (WmkSyncIndicator, wmk_sync_indicator, WMK, SYNC_INDICATOR, AdwBin)

void wmk_sync_indicator_set_scheduler (WmkSyncIndicator *self,
                                       WmkSyncScheduler *scheduler);

G_END_DECLS
