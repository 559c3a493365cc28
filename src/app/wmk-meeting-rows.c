/* wmk-meeting-rows.c: rows the meeting workspace's sections share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A calendar to pick a date into an entry row, and a row for a text of
 * several lines (minutes, a decision, a comment) that saves after a pause
 * in typing, so nothing typed is lost when the section is made again.
 */

#include "config.h"

#include "wmk-meeting-rows.h"

#include <glib/gi18n.h>

static void
calendar_shown (GtkPopover *popover, GtkCalendar *calendar)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "row");
  g_autoptr(GDateTime) date = wmk_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_calendar_select_day (calendar, date ? date : now);
}

static void
calendar_day_selected (GtkCalendar *calendar, GtkPopover *popover)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "row");
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (row), iso);
  gtk_popover_popdown (popover);
  if (g_object_get_data (G_OBJECT (calendar), "apply"))
    g_signal_emit_by_name (row, "apply");
}

/**
 * wmk_calendar_button_new:
 * @row: the entry row that holds the date, written YYYY-MM-DD
 * @apply: whether picking a day applies the row (saves it)
 *
 * A button at the end of @row that opens a calendar; picking a day (a
 * click, or the arrow keys and Space) writes it into @row.
 */
GtkWidget *
wmk_calendar_button_new (AdwEntryRow *row, gboolean apply)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  g_autofree char *name = g_strdup_printf (_("Choose “%s” on a calendar"),
                                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
  g_object_set_data (G_OBJECT (calendar), "row", row);
  g_object_set_data (G_OBJECT (calendar), "apply", GINT_TO_POINTER (apply));
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_shown), calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (calendar_day_selected), popover);
  adw_entry_row_add_suffix (row, button);
  return button;
}

/* Text rows save after a pause in typing, and when the focus leaves. */
#define TYPING_PAUSE_MS 1000

typedef struct
{
  WmkMeetingGroup         *group;
  guint                    source;
  WmkMeetingGroupTextSave  save;     /* or %NULL: the field is set */
} TextSave;

static void
text_save_free (TextSave *save)
{
  g_clear_handle_id (&save->source, g_source_remove);
  g_free (save);
}

static void
save_text (GtkTextView *view)
{
  TextSave *save = g_object_get_data (G_OBJECT (view), "text-save");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (save->save)
    save->save (save->group, GTK_WIDGET (view), text);
  else
    wmk_meeting_group_set_text (save->group, g_object_get_data (G_OBJECT (view), "entity-id"),
                                g_object_get_data (G_OBJECT (view), "field"), text);
}

/* Saves now if typing is waiting to be saved. */
static void
save_text_now (GtkTextView *view)
{
  TextSave *save = g_object_get_data (G_OBJECT (view), "text-save");

  if (save->source == 0)
    return;
  g_clear_handle_id (&save->source, g_source_remove);
  save_text (view);
}

static gboolean
save_after_pause (gpointer data)
{
  TextSave *save = g_object_get_data (G_OBJECT (data), "text-save");

  save->source = 0;
  save_text (GTK_TEXT_VIEW (data));
  return G_SOURCE_REMOVE;
}

static void
text_changed (GtkTextBuffer *buffer, GtkTextView *view)
{
  TextSave *save = g_object_get_data (G_OBJECT (view), "text-save");

  g_clear_handle_id (&save->source, g_source_remove);
  save->source = g_timeout_add (TYPING_PAUSE_MS, save_after_pause, view);
}

static void
text_focus_left (GtkEventControllerFocus *controller, GtkTextView *view)
{
  save_text_now (view);
}

/**
 * wmk_meeting_text_row_new:
 * @height: the text view's least height, or -1
 * @save_func: (nullable): saves the text; %NULL: the view's "entity-id" and
 *   "field" (object data) say which field to set
 * @view_out: (out): the text view
 *
 * A row for a text of several lines: a heading and a text view that saves
 * after a pause in typing and when the focus leaves it.
 */
GtkWidget *
wmk_meeting_text_row_new (WmkMeetingGroup *self, const char *title, const char *text, int height,
                          WmkMeetingGroupTextSave save_func, GtkWidget **view_out)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  TextSave *save = g_new0 (TextSave, 1);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, height);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  save->group = self;
  save->save = save_func;
  g_object_set_data_full (G_OBJECT (view), "text-save", save, (GDestroyNotify) text_save_free);
  g_signal_connect (buffer, "changed", G_CALLBACK (text_changed), view);
  g_signal_connect (focus, "leave", G_CALLBACK (text_focus_left), view);
  gtk_widget_add_controller (view, focus);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  *view_out = view;
  return row;
}

/* Saves what is being typed in the text rows under @widget now (before
 * the rows are made again, say). */
void
wmk_meeting_rows_flush (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget) && g_object_get_data (G_OBJECT (widget), "text-save"))
    save_text_now (GTK_TEXT_VIEW (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    wmk_meeting_rows_flush (child);
}
