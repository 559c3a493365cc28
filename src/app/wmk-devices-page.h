/* wmk-devices-page.h: the other computers sharing the plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wmk-sync-scheduler.h"

G_BEGIN_DECLS

#define WMK_TYPE_DEVICES_PAGE (wmk_devices_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkDevicesPage, wmk_devices_page, WMK, DEVICES_PAGE, AdwBin)

void wmk_devices_page_set_scheduler (WmkDevicesPage   *self,
                                     WmkSyncScheduler *scheduler);

G_END_DECLS
