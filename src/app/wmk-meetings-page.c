/* wmk-meetings-page.c: the meetings of the plan's governance bodies
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A body's meetings, newest first, beside the workspace of the one chosen.
 * A new meeting is added for the body shown, on its next slot by its
 * cadence (the board: the fourth Wednesday, 10:00 to 12:00), so recording
 * the next board takes one click.
 */

#include "config.h"

#include "wmk-meetings-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-meeting-workspace.h"
#include "wmk-window.h"

struct _WmkMeetingsPage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  GPtrArray           *body_ids;
  guint                refill_source;

  AdwLeaflet          *leaflet;
  GtkDropDown         *body_dropdown;
  GtkListBox          *list;
  GtkStack            *right;
  WmkMeetingWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (WmkMeetingsPage, wmk_meetings_page, ADW_TYPE_BIN)

static const char *
selected_body (WmkMeetingsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->body_dropdown);
  return selected < self->body_ids->len ? self->body_ids->pdata[selected] : NULL;
}

static int
newest_first (gconstpointer a, gconstpointer b)
{
  const char *x = wmk_entity_get_string (*(WmkEntity **) a, "date");
  const char *y = wmk_entity_get_string (*(WmkEntity **) b, "date");

  return g_strcmp0 (y ? y : "", x ? x : "");
}

static GtkWidget *
meeting_row (WmkEntity *meeting)
{
  GtkWidget *row = adw_action_row_new ();
  const char *date = wmk_entity_get_string (meeting, "date");
  const char *start = wmk_entity_get_string (meeting, "start_time");
  const char *status = wmk_entity_get_string (meeting, "status");
  g_autofree char *day = date ? wmk_date_format (date, "%a %-d %B %Y") : NULL;
  g_autofree char *title = day && start ? g_strdup_printf ("%s, %s", day, start)
                           : day ? g_strdup (day) : wmk_first_line (wmk_entity_get_string (meeting, "date_text"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title && *title ? title : _("No date set"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               g_strcmp0 (status, "held") == 0 ? _("Held")
                               : g_strcmp0 (status, "cancelled") == 0 ? _("Cancelled") : _("Scheduled"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, wmk_entity_get_id (meeting));
  return row;
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
  const char *body = selected_body (self);
  const char *shown = wmk_meeting_workspace_get_meeting_id (self->workspace);
  g_autoptr(GPtrArray) meetings = NULL;
  GtkWidget *child;

  self->refill_source = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  if (self->plan == NULL || body == NULL)
    return G_SOURCE_REMOVE;
  meetings = wmk_plan_dup_children (self->plan, body, "meeting");
  g_ptr_array_sort (meetings, newest_first);
  for (guint i = 0; i < meetings->len; i++)
    gtk_list_box_append (self->list, meeting_row (meetings->pdata[i]));
  if (shown)
    select_row_of (self, shown);
  if (shown && wmk_plan_lookup (self->plan, shown) == NULL)
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
fill_bodies (WmkMeetingsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *bodies = wmk_plan_get_items (self->plan, "body");
  guint board = 0;

  g_ptr_array_set_size (self->body_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      const char *name = wmk_entity_get_string (body, "name");

      if (g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0 && board == 0)
        board = i;
      gtk_string_list_append (names, name ? name : wmk_entity_get_id (body));
      g_ptr_array_add (self->body_ids, g_strdup (wmk_entity_get_id (body)));
    }
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->body_dropdown, board);
}

static void
plan_changed_cb (WmkMeetingsPage *self)
{
  if (g_list_model_get_n_items (wmk_plan_get_items (self->plan, "body")) != self->body_ids->len)
    fill_bodies (self);
  queue_refill (self);
}

void
wmk_meetings_page_set_plan (WmkMeetingsPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_MEETINGS_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_ptr_array_set_size (self->body_ids, 0);
  wmk_meeting_workspace_set_meeting (self->workspace, plan, NULL);
  gtk_stack_set_visible_child_name (self->right, "empty");
  if (plan)
    {
      fill_bodies (self);
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
    }
  queue_refill (self);
}

/* Shows one meeting in the workspace, its body's list beside it. */
void
wmk_meetings_page_show_meeting (WmkMeetingsPage *self, const char *meeting_id)
{
  WmkEntity *meeting;

  g_return_if_fail (WMK_IS_MEETINGS_PAGE (self));
  if (self->plan == NULL || (meeting = wmk_plan_lookup (self->plan, meeting_id)) == NULL)
    return;
  for (guint i = 0; i < self->body_ids->len; i++)
    if (g_strcmp0 (self->body_ids->pdata[i], wmk_entity_get_parent_id (meeting)) == 0
        && gtk_drop_down_get_selected (self->body_dropdown) != i)
      gtk_drop_down_set_selected (self->body_dropdown, i);
  wmk_meeting_workspace_set_meeting (self->workspace, self->plan, meeting_id);
  gtk_stack_set_visible_child_name (self->right, "meeting");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  g_clear_handle_id (&self->refill_source, g_source_remove);
  refill (self);
}

static void
row_activated_cb (WmkMeetingsPage *self, GtkListBoxRow *row)
{
  wmk_meetings_page_show_meeting (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
body_changed_cb (WmkMeetingsPage *self)
{
  queue_refill (self);
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

static void
new_meeting_cb (WmkMeetingsPage *self)
{
  const char *body_id = selected_body (self);
  WmkEntity *body = body_id ? wmk_plan_lookup (self->plan, body_id) : NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *date = NULL, *id = NULL;
  g_autoptr(GError) error = NULL;
  const char *copied[] = { "start_time", "end_time" };

  if (body == NULL)
    return;
  date = next_slot (self, body_id);
  json_object_set_string_member (fields, "parent", body_id);
  json_object_set_string_member (fields, "title", wmk_entity_get_string (body, "name"));
  json_object_set_string_member (fields, "date", date);
  json_object_set_string_member (fields, "status", "scheduled");
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    if (wmk_entity_get_string (body, copied[i]))
      json_object_set_string_member (fields, copied[i], wmk_entity_get_string (body, copied[i]));
  if ((id = wmk_plan_create (self->plan, "meeting", fields, _("Add a meeting"), &error)) == NULL)
    {
      wmk_window_show_error_for (GTK_WIDGET (self), error->message);
      return;
    }
  wmk_meetings_page_show_meeting (self, id);
}

static void
wmk_meetings_page_dispose (GObject *object)
{
  WmkMeetingsPage *self = WMK_MEETINGS_PAGE (object);

  g_clear_handle_id (&self->refill_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->body_ids, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, list);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, right);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingsPage, workspace);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_meeting_cb);
}

static void
wmk_meetings_page_init (WmkMeetingsPage *self)
{
  self->body_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
