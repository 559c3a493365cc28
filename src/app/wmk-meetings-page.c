/* wmk-meetings-page.c: the meetings of the plan's governance bodies
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every body's meetings, newest first under the body's name, beside the
 * workspace of the one chosen; in a narrow window the workspace takes the
 * page, with a button back to the list. "New Meeting…" asks for the body,
 * the day and the times, offering the body's next slot by its cadence (the
 * board: the fourth Wednesday, 10:00 to 12:00), so recording the next board
 * takes two clicks.
 */

#include "config.h"

#include "wmk-meetings-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-meeting-rows.h"
#include "wmk-meeting-workspace.h"
#include "wmk-window.h"

struct _WmkMeetingsPage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  guint                refill_source;

  AdwLeaflet          *leaflet;
  GtkListBox          *list;
  GtkStack            *right;
  WmkMeetingWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (WmkMeetingsPage, wmk_meetings_page, ADW_TYPE_BIN)

static int
newest_first (gconstpointer a, gconstpointer b)
{
  const char *x = wmk_entity_get_string (*(WmkEntity **) a, "date");
  const char *y = wmk_entity_get_string (*(WmkEntity **) b, "date");

  return g_strcmp0 (y ? y : "", x ? x : "");
}

static const char *
status_words (WmkEntity *meeting)
{
  const char *status = wmk_entity_get_string (meeting, "status");

  return g_strcmp0 (status, "held") == 0 ? _("Held")
         : g_strcmp0 (status, "cancelled") == 0 ? _("Cancelled") : _("Scheduled");
}

static GtkWidget *
meeting_row (WmkEntity *meeting, WmkEntity *body)
{
  GtkWidget *row = adw_action_row_new ();
  const char *date = wmk_entity_get_string (meeting, "date");
  const char *start = wmk_entity_get_string (meeting, "start_time");
  const char *end = wmk_entity_get_string (meeting, "end_time");
  const char *status = wmk_entity_get_string (meeting, "status");
  const char *title = wmk_entity_get_string (meeting, "title");
  g_autofree char *day = date ? wmk_date_format (date, "%a %-d %b %Y") : NULL;
  g_autofree char *heading = day && start && end ? g_strdup_printf ("%s, %s–%s", day, start, end)
                             : day && start ? g_strdup_printf ("%s, %s", day, start)
                             : day ? g_strdup (day) : wmk_first_line (wmk_entity_get_string (meeting, "date_text"));
  g_autofree char *subtitle = NULL;
  GtkWidget *icon = gtk_image_new_from_icon_name (g_strcmp0 (status, "held") == 0 ? "emblem-ok-symbolic"
                                                  : g_strcmp0 (status, "cancelled") == 0 ? "window-close-symbolic"
                                                  : "x-office-calendar-symbolic");

  /* The status in words, and the meeting's own title when it is not the body's name. */
  subtitle = title && g_strcmp0 (title, body ? wmk_entity_get_string (body, "name") : NULL) != 0
             ? g_strdup_printf ("%s · %s", status_words (meeting), title) : g_strdup (status_words (meeting));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading && *heading ? heading : _("No date set"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, status_words (meeting), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, wmk_entity_get_id (meeting));
  g_object_set_data_full (G_OBJECT (row), "body-name",
                          g_strdup (body && wmk_entity_get_string (body, "name") ? wmk_entity_get_string (body, "name") : ""),
                          g_free);
  return row;
}

/* A heading above the first meeting of each body. */
static void
header_func (GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
  const char *body = g_object_get_data (G_OBJECT (row), "body-name");
  GtkWidget *label;

  if (before && g_strcmp0 (body, g_object_get_data (G_OBJECT (before), "body-name")) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (body);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, before ? 18 : 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_header (row, label);
}

static void
select_row_of (WmkMeetingsPage *self, const char *meeting_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), meeting_id) == 0)
      gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
}

static gboolean
refill (gpointer data)
{
  WmkMeetingsPage *self = data;
  const char *shown = wmk_meeting_workspace_get_meeting_id (self->workspace);
  GListModel *bodies;
  GtkWidget *child;

  self->refill_source = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;
  bodies = wmk_plan_get_items (self->plan, "body");
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      g_autoptr(GPtrArray) meetings = wmk_plan_dup_children (self->plan, wmk_entity_get_id (body), "meeting");

      g_ptr_array_sort (meetings, newest_first);
      for (guint j = 0; j < meetings->len; j++)
        gtk_list_box_append (self->list, meeting_row (meetings->pdata[j], body));
    }
  if (shown)
    select_row_of (self, shown);
  if (shown && (wmk_plan_lookup (self->plan, shown) == NULL || !wmk_entity_get_live (wmk_plan_lookup (self->plan, shown))))
    gtk_stack_set_visible_child_name (self->right, "empty");
  return G_SOURCE_REMOVE;
}

static void
queue_refill (WmkMeetingsPage *self)
{
  if (self->refill_source == 0)
    self->refill_source = g_idle_add (refill, self);
}

static void
plan_changed_cb (WmkMeetingsPage *self)
{
  queue_refill (self);
}

void
wmk_meetings_page_set_plan (WmkMeetingsPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_MEETINGS_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  wmk_meeting_workspace_set_meeting (self->workspace, plan, NULL);
  gtk_stack_set_visible_child_name (self->right, "empty");
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  queue_refill (self);
}

/* Shows one meeting in the workspace, the list of meetings beside it. */
void
wmk_meetings_page_show_meeting (WmkMeetingsPage *self, const char *meeting_id)
{
  WmkEntity *meeting;

  g_return_if_fail (WMK_IS_MEETINGS_PAGE (self));
  if (self->plan == NULL || meeting_id == NULL || (meeting = wmk_plan_lookup (self->plan, meeting_id)) == NULL
      || !g_str_equal (wmk_entity_get_entity_type (meeting), "meeting"))
    return;
  wmk_meeting_workspace_set_meeting (self->workspace, self->plan, meeting_id);
  gtk_stack_set_visible_child_name (self->right, "meeting");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  g_clear_handle_id (&self->refill_source, g_source_remove);
  refill (self);
}

/**
 * wmk_meetings_page_show_item:
 * @id: a meeting, or an item of one (an action arising, a decision, an
 *   agenda item, an attendance)
 *
 * Shows the meeting, with the item expanded and focused.
 */
void
wmk_meetings_page_show_item (WmkMeetingsPage *self, const char *id)
{
  WmkEntity *item;

  g_return_if_fail (WMK_IS_MEETINGS_PAGE (self));
  if (self->plan == NULL || id == NULL || (item = wmk_plan_lookup (self->plan, id)) == NULL)
    return;
  if (g_str_equal (wmk_entity_get_entity_type (item), "meeting"))
    {
      wmk_meetings_page_show_meeting (self, id);
      return;
    }
  wmk_meetings_page_show_meeting (self, wmk_entity_get_parent_id (item));
  wmk_meeting_workspace_reveal (self->workspace, id);
}

static void
back_clicked_cb (WmkMeetingsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
row_activated_cb (WmkMeetingsPage *self, GtkListBoxRow *row)
{
  wmk_meetings_page_show_meeting (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* The body's next slot from today by its cadence, else today. */
static char *
next_slot (WmkMeetingsPage *self, const char *body_id)
{
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *until = wmk_calendar_add_months (today, 3);
  g_autoptr(GPtrArray) events = wmk_calendar_collect (self->plan, today, until, body_id, NULL);

  for (guint i = 0; i < events->len; i++)
    if (wmk_calendar_event_get_kind (events->pdata[i]) == WMK_CALENDAR_OCCURRENCE)
      return g_strdup (wmk_calendar_event_get_date (events->pdata[i]));
  return g_steal_pointer (&today);
}

/* The "New Meeting" dialog: the body, the day and the times. */
typedef struct
{
  WmkMeetingsPage *page;
  GPtrArray       *body_ids;
  AdwComboRow     *body_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *start_row;
  AdwEntryRow     *end_row;
} NewMeeting;

static void
new_meeting_free (NewMeeting *dialog)
{
  g_ptr_array_unref (dialog->body_ids);
  g_free (dialog);
}

static WmkEntity *
dialog_body (NewMeeting *dialog)
{
  guint selected = adw_combo_row_get_selected (dialog->body_row);

  return selected < dialog->body_ids->len ? wmk_plan_lookup (dialog->page->plan, dialog->body_ids->pdata[selected])
                                          : NULL;
}

/* The body's next slot and its times, as a starting point. */
static void
dialog_body_changed (AdwComboRow *row, GParamSpec *pspec, NewMeeting *dialog)
{
  WmkEntity *body = dialog_body (dialog);
  g_autofree char *date = body ? next_slot (dialog->page, wmk_entity_get_id (body)) : wmk_today_iso ();
  const char *start = body ? wmk_entity_get_string (body, "start_time") : NULL;
  const char *end = body ? wmk_entity_get_string (body, "end_time") : NULL;

  gtk_editable_set_text (GTK_EDITABLE (dialog->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (dialog->start_row), start ? start : "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->end_row), end ? end : "");
}

static void
new_meeting_response (AdwMessageDialog *message, const char *response, NewMeeting *dialog)
{
  WmkMeetingsPage *self = dialog->page;
  WmkEntity *body = dialog_body (dialog);
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  AdwEntryRow *rows[] = { dialog->date_row, dialog->start_row, dialog->end_row };
  const char *names[] = { "date", "start_time", "end_time" };

  if (!g_str_equal (response, "add") || body == NULL || self->plan == NULL)
    return;
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (body));
  json_object_set_string_member (fields, "title", wmk_entity_get_string (body, "name"));
  json_object_set_string_member (fields, "status", "scheduled");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (rows[i]))));
      if (*text)
        json_object_set_string_member (fields, names[i], text);
    }
  if ((id = wmk_plan_create (self->plan, "meeting", fields, _("Add a meeting"), &error)) == NULL)
    {
      wmk_window_show_error_for (GTK_WIDGET (self), error->message);
      return;
    }
  wmk_meetings_page_show_meeting (self, id);
}

static AdwEntryRow *
dialog_entry (GtkListBox *list, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (list, row);
  return ADW_ENTRY_ROW (row);
}

static void
new_meeting_cb (WmkMeetingsPage *self)
{
  NewMeeting *dialog;
  GtkWidget *message, *list;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *bodies;
  const char *shown = wmk_meeting_workspace_get_meeting_id (self->workspace);
  WmkEntity *shown_meeting = shown ? wmk_plan_lookup (self->plan, shown) : NULL;
  guint chosen = G_MAXUINT;

  if (self->plan == NULL)
    return;
  dialog = g_new0 (NewMeeting, 1);
  dialog->page = self;
  dialog->body_ids = g_ptr_array_new_with_free_func (g_free);
  bodies = wmk_plan_get_items (self->plan, "body");
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      const char *name = wmk_entity_get_string (body, "name");

      /* The body of the meeting shown, else the board. */
      if (shown_meeting && g_strcmp0 (wmk_entity_get_parent_id (shown_meeting), wmk_entity_get_id (body)) == 0)
        chosen = i;
      else if (chosen == G_MAXUINT && g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0)
        chosen = i;
      gtk_string_list_append (names, name ? name : wmk_entity_get_id (body));
      g_ptr_array_add (dialog->body_ids, g_strdup (wmk_entity_get_id (body)));
    }
  if (dialog->body_ids->len == 0)
    {
      new_meeting_free (dialog);
      wmk_window_show_error_for (GTK_WIDGET (self), _("The plan has no governance body to hold a meeting."));
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  dialog->body_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->body_row), _("Body"));
  adw_combo_row_set_model (dialog->body_row, G_LIST_MODEL (names));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->body_row));
  dialog->date_row = dialog_entry (GTK_LIST_BOX (list), _("Date (YYYY-MM-DD)"));
  wmk_calendar_button_new (dialog->date_row, FALSE);
  dialog->start_row = dialog_entry (GTK_LIST_BOX (list), _("Starts (HH:MM)"));
  dialog->end_row = dialog_entry (GTK_LIST_BOX (list), _("Ends (HH:MM)"));
  adw_combo_row_set_selected (dialog->body_row, chosen == G_MAXUINT ? 0 : chosen);
  dialog_body_changed (dialog->body_row, NULL, dialog);
  g_signal_connect (dialog->body_row, "notify::selected", G_CALLBACK (dialog_body_changed), dialog);

  message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("New Meeting"),
                                    _("The body’s next meeting by its cadence is filled in; change what differs."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message), list);
  gtk_window_set_default_size (GTK_WINDOW (message), 480, -1);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "add", _("_Add Meeting"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_object_set_data_full (G_OBJECT (message), "new-meeting", dialog, (GDestroyNotify) new_meeting_free);
  g_signal_connect (message, "response", G_CALLBACK (new_meeting_response), dialog);
  gtk_window_present (GTK_WINDOW (message));
}

static void
wmk_meetings_page_dispose (GObject *object)
{
  WmkMeetingsPage *self = WMK_MEETINGS_PAGE (object);

  g_clear_handle_id (&self->refill_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wmk_meetings_page_parent_class)->dispose (object);
}

static void
wmk_meetings_page_class_init (WmkMeetingsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_meetings_page_dispose;
  g_type_ensure (WMK_TYPE_MEETING_WORKSPACE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, list);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, right);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, workspace);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_meeting_cb);
}

static void
wmk_meetings_page_init (WmkMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, header_func, NULL, NULL);
}
