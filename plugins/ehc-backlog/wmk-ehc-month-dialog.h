/* wmk-ehc-month-dialog.h: add, change or delete one month's EHC figures
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

#define WMK_TYPE_EHC_MONTH_DIALOG (wmk_ehc_month_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcMonthDialog, wmk_ehc_month_dialog, WMK, EHC_MONTH_DIALOG, AdwWindow)

GtkWidget *wmk_ehc_month_dialog_new (GtkWidget  *parent,
                                     WmkPlan    *plan,
                                     const char *id);

G_END_DECLS
