/* wmk-meeting-rows.h: rows the meeting workspace's sections share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

GtkWidget *wmk_calendar_button_new  (AdwEntryRow             *row,
                                     gboolean                 apply);
GtkWidget *wmk_meeting_text_row_new (WmkMeetingGroup         *group,
                                     const char              *title,
                                     const char              *text,
                                     int                      height,
                                     WmkMeetingGroupTextSave  save_func,
                                     GtkWidget              **view_out);
void       wmk_meeting_rows_flush   (GtkWidget               *widget);

G_END_DECLS
