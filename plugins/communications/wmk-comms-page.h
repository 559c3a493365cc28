/* wmk-comms-page.h: the Communication Standards page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

#define WMK_TYPE_COMMS_PAGE (wmk_comms_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkCommsPage, wmk_comms_page, WMK, COMMS_PAGE, AdwBin)

GtkWidget *wmk_comms_page_new (WmkPlan *plan);

G_END_DECLS
