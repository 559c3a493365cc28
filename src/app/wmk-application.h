/* wmk-application.h: the Waymark application
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WMK_APPLICATION_ID "io.github.waymark.Waymark"

#define WMK_TYPE_APPLICATION (wmk_application_get_type ())
G_DECLARE_FINAL_TYPE (WmkApplication, wmk_application, WMK, APPLICATION, AdwApplication)

WmkApplication *wmk_application_new          (void);
char           *wmk_application_dup_data_dir (WmkApplication *self);
const char     *wmk_application_get_author   (WmkApplication *self);
GSettings      *wmk_application_get_settings (WmkApplication *self);

G_END_DECLS
