/* wmk-nd-page.h: the Neurodiversity Pathway page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

#define WMK_TYPE_ND_PAGE (wmk_nd_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkNdPage, wmk_nd_page, WMK, ND_PAGE, AdwBin)

GtkWidget *wmk_nd_page_new (WmkPlan *plan);

G_END_DECLS
