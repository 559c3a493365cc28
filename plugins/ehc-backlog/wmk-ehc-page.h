/* wmk-ehc-page.h: the "EHC Backlog" page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

#define WMK_TYPE_EHC_PAGE (wmk_ehc_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcPage, wmk_ehc_page, WMK, EHC_PAGE, AdwBin)

GtkWidget *wmk_ehc_page_new (WmkPlan *plan);

G_END_DECLS
