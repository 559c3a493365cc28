/* wmk-window.h: a Waymark window: one plan, its pages and the sidebar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"
#include "wmk-application.h"

G_BEGIN_DECLS

#define WMK_TYPE_WINDOW (wmk_window_get_type ())
G_DECLARE_FINAL_TYPE (WmkWindow, wmk_window, WMK, WINDOW, AdwApplicationWindow)

WmkWindow *wmk_window_new                      (WmkApplication *app);
gboolean   wmk_window_open_plan                (WmkWindow      *self,
                                                const char     *path);
void       wmk_window_show_plan                (WmkWindow      *self,
                                                WmkPlan        *plan);
void       wmk_window_open_sample              (WmkWindow      *self);
void       wmk_window_show_page                (WmkWindow      *self,
                                                const char     *page);
void       wmk_window_show_item                (WmkWindow      *self,
                                                const char     *id);
void       wmk_window_show_page_or_item        (WmkWindow      *self,
                                                const char     *name);
void       wmk_window_show_actions             (WmkWindow      *self,
                                                const char     *workstream_id,
                                                const char     *rag,
                                                gboolean        overdue);
void       wmk_window_add_toast                (WmkWindow      *self,
                                                AdwToast       *toast);
GtkWidget *wmk_window_new_text_dialog          (GtkWindow      *parent,
                                                const char     *heading,
                                                const char     *body,
                                                const char     *entry_label,
                                                const char     *response,
                                                const char     *response_label);
void       wmk_window_show_error_for           (GtkWidget      *widget,
                                                const char     *message);
void       wmk_window_show_error               (WmkWindow      *self,
                                                const char     *message);
void       wmk_window_save_screenshot_and_quit (WmkWindow      *self,
                                                const char     *path);

G_END_DECLS
