/* wmk-conflicts-page.h: fields edited on two computers at once, to settle
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wmk-sync-scheduler.h"

G_BEGIN_DECLS

#define WMK_TYPE_CONFLICTS_PAGE (wmk_conflicts_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkConflictsPage, wmk_conflicts_page, WMK, CONFLICTS_PAGE, AdwBin)

void wmk_conflicts_page_set_scheduler (WmkConflictsPage *self,
                                       WmkSyncScheduler *scheduler);

G_END_DECLS
