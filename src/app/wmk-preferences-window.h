/* wmk-preferences-window.h: Waymark's preferences
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WMK_TYPE_PREFERENCES_WINDOW (wmk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (WmkPreferencesWindow, wmk_preferences_window, WMK, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *wmk_preferences_window_new (GtkWindow  *parent,
                                       GSettings  *settings,
                                       const char *default_author);

G_END_DECLS
