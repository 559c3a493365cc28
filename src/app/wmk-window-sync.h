/* wmk-window-sync.h: sharing the window's plan through a folder, and joining one
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-sync-scheduler.h"
#include "wmk-window.h"

G_BEGIN_DECLS

void wmk_window_sync_share (WmkWindow        *window,
                            WmkSyncScheduler *scheduler);
void wmk_window_sync_join  (WmkWindow        *window);

G_END_DECLS
