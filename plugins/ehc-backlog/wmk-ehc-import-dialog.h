/* wmk-ehc-import-dialog.h: the preview of a CSV file of monthly EHC figures
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

#include "wmk-ehc-csv.h"

G_BEGIN_DECLS

#define WMK_TYPE_EHC_IMPORT_DIALOG (wmk_ehc_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WmkEhcImportDialog, wmk_ehc_import_dialog, WMK, EHC_IMPORT_DIALOG,
                      AdwWindow)

GtkWidget *wmk_ehc_import_dialog_new (GtkWidget  *parent,
                                      WmkPlan    *plan,
                                      WmkEhcCsv  *csv,
                                      const char *file_name);

G_END_DECLS
