/* wmk-commissioning-page.h: the Joint Commissioning page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

#define WMK_TYPE_COMMISSIONING_PAGE (wmk_commissioning_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommissioningPage, wmk_commissioning_page, WMK, COMMISSIONING_PAGE,
                      AdwBin)

GtkWidget *wmk_commissioning_page_new (WmkPlan *plan);

G_END_DECLS
