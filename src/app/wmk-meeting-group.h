/* wmk-meeting-group.h: a section of the meeting workspace
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_MEETING_GROUP (wmk_meeting_group_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmkMeetingGroup, wmk_meeting_group, WMK, MEETING_GROUP, AdwPreferencesGroup)

typedef void (*WmkMeetingGroupTextSave) (WmkMeetingGroup *group,
                                         GtkWidget       *view,
                                         const char      *text);

struct _WmkMeetingGroupClass
{
  AdwPreferencesGroupClass parent_class;

  /* Adds the section's rows for the meeting, from scratch. */
  void (*fill) (WmkMeetingGroup *self, WmkPlan *plan, WmkEntity *meeting);
};

void       wmk_meeting_group_set_meeting   (WmkMeetingGroup        *self,
                                            WmkPlan                *plan,
                                            const char             *meeting_id);
WmkPlan   *wmk_meeting_group_get_plan      (WmkMeetingGroup        *self);
WmkEntity *wmk_meeting_group_get_meeting   (WmkMeetingGroup        *self);
void       wmk_meeting_group_add           (WmkMeetingGroup        *self,
                                            GtkWidget              *row);
void       wmk_meeting_group_set_text      (WmkMeetingGroup        *self,
                                            const char             *id,
                                            const char             *field,
                                            const char             *text);
gboolean   wmk_meeting_group_check         (WmkMeetingGroup        *self,
                                            gboolean                ok,
                                            GError                 *error);
GtkWidget *wmk_meeting_group_entry_row     (WmkMeetingGroup        *self,
                                            const char             *title,
                                            WmkEntity              *entity,
                                            const char             *field);
GtkWidget *wmk_meeting_group_switch_row    (WmkMeetingGroup        *self,
                                            const char             *title,
                                            const char             *subtitle,
                                            WmkEntity              *entity,
                                            const char             *field);
GtkWidget *wmk_meeting_group_choice_row    (WmkMeetingGroup        *self,
                                            const char             *title,
                                            WmkEntity              *entity,
                                            const char             *field,
                                            const char * const     *values,
                                            const char * const     *words);
GtkWidget *wmk_meeting_group_date_row      (WmkMeetingGroup        *self,
                                            const char             *title,
                                            WmkEntity              *entity,
                                            const char             *field);
GtkWidget *wmk_meeting_group_text_row      (WmkMeetingGroup        *self,
                                            const char             *title,
                                            WmkEntity              *entity,
                                            const char             *field);
GtkWidget *wmk_meeting_group_text_row_full (WmkMeetingGroup        *self,
                                            const char             *title,
                                            const char             *text,
                                            const char             *key,
                                            const char             *fallback,
                                            WmkMeetingGroupTextSave save,
                                            GtkWidget             **view_out);
GtkWidget *wmk_meeting_group_delete_button (WmkMeetingGroup        *self,
                                            WmkEntity              *entity,
                                            const char             *what);
void       wmk_meeting_group_set_key       (GtkWidget              *widget,
                                            const char             *key,
                                            const char             *fallback);
GtkWidget *wmk_meeting_group_reveal        (WmkMeetingGroup        *self,
                                            const char             *id);

G_END_DECLS
