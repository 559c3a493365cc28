/* wmk-welcome-page.h: what a window shows before a plan is open
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WMK_TYPE_WELCOME_PAGE (wmk_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkWelcomePage, wmk_welcome_page, WMK, WELCOME_PAGE, AdwBin)

G_END_DECLS
