/* wmk-calendar-page.c: the governance calendar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every dated duty of the plan in one place, a month at a time: board and
 * other meetings, the slots their cadence promises, reports due to the DfE
 * and NHS England, the notice's milestones, and the due dates of actions,
 * KPI targets and action-log items. As a month grid or as an agenda list
 * (the list is also what a screen reader user will prefer); filtered by
 * governance body or by section. The events come from the core
 * (wmk_calendar_collect); this page only lays them out.
 */

#include "config.h"

#include "wmk-calendar-page.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-month-grid.h"
#include "wmk-window.h"

struct _WmkCalendarPage
{
  AdwBin        parent_instance;

  WmkPlan      *plan;
  int           year;
  int           month;
  guint         refresh_source;
  GPtrArray    *body_ids;        /* by dropdown position - 1 */
  GPtrArray    *workstream_ids;

  GtkLabel     *month_label;
  GtkDropDown  *body_dropdown;
  GtkDropDown  *workstream_dropdown;
  GtkStack     *views;
  WmkMonthGrid *grid;
  GtkListBox   *agenda;
};

G_DEFINE_FINAL_TYPE (WmkCalendarPage, wmk_calendar_page, ADW_TYPE_BIN)

static const char *
selected_id (GtkDropDown *dropdown, GPtrArray *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected - 1 < ids->len
         ? ids->pdata[selected - 1] : NULL;
}

static const char *
kind_icon (WmkCalendarKind kind)
{
  switch (kind)
    {
    case WMK_CALENDAR_MEETING:
    case WMK_CALENDAR_OCCURRENCE:
      return "system-users-symbolic";
    case WMK_CALENDAR_REPORT_DUE:
      return "mail-send-symbolic";
    case WMK_CALENDAR_MILESTONE:
    case WMK_CALENDAR_DFE_REVIEW:
      return "emblem-important-symbolic";
    case WMK_CALENDAR_KPI_TARGET:
      return "power-profile-performance-symbolic";
    case WMK_CALENDAR_ACTION_DUE:
    case WMK_CALENDAR_LOG_ITEM_DUE:
    default:
      return "task-due-symbolic";
    }
}

static GtkWidget *
agenda_row (WmkCalendarEvent *event)
{
  GtkWidget *row = adw_action_row_new ();
  const char *start = wmk_calendar_event_get_start_time (event);
  const char *end = wmk_calendar_event_get_end_time (event);
  g_autofree char *day = wmk_date_format (wmk_calendar_event_get_date (event), "%a %-d %b");
  g_autofree char *when = start && end ? g_strdup_printf ("%s, %s – %s", day, start, end)
                          : start ? g_strdup_printf ("%s, %s", day, start) : g_strdup (day);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", when,
                                               wmk_calendar_kind_word (wmk_calendar_event_get_kind (event)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wmk_calendar_event_get_title (event));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (kind_icon (wmk_calendar_event_get_kind (event))));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "event", g_object_ref (event), g_object_unref);
  return row;
}

static gboolean
refresh (gpointer data)
{
  WmkCalendarPage *self = data;
  g_autofree char *first = NULL, *last = NULL, *today = wmk_today_iso ();
  g_autofree char *month_start = g_strdup_printf ("%04d-%02d-01", self->year, self->month);
  g_autofree char *title = wmk_date_format (month_start, "%B %Y");
  g_autoptr(GPtrArray) events = NULL;
  GtkWidget *child;
  guint n_month = 0;

  self->refresh_source = 0;
  gtk_label_set_text (self->month_label, title);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda))))
    gtk_list_box_remove (self->agenda, child);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;

  wmk_month_grid_get_range (self->year, self->month, &first, &last);
  events = wmk_calendar_collect (self->plan, first, last,
                                 selected_id (self->body_dropdown, self->body_ids),
                                 selected_id (self->workstream_dropdown, self->workstream_ids));
  wmk_month_grid_set_month (self->grid, self->year, self->month, today, events);
  for (guint i = 0; i < events->len; i++)
    if (strncmp (wmk_calendar_event_get_date (events->pdata[i]), month_start, 7) == 0)
      {
        gtk_list_box_append (self->agenda, agenda_row (events->pdata[i]));
        n_month++;
      }
  if (n_month == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing falls due this month"));
      gtk_list_box_append (self->agenda, row);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (WmkCalendarPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh, self);
}

static void
fill_dropdown (GtkDropDown *dropdown, GPtrArray *ids, GListModel *items, const char *field,
               const char *all)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (ids, 0);
  gtk_string_list_append (names, all);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      const char *ref = wmk_entity_get_ref (item);
      const char *name = wmk_entity_get_string (item, field);
      g_autofree char *shown = ref && g_str_equal (field, "title")
                               ? g_strdup_printf (_("Section %s"), ref) : g_strdup (name ? name : "");

      gtk_string_list_append (names, shown);
      g_ptr_array_add (ids, g_strdup (wmk_entity_get_id (item)));
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
plan_changed_cb (WmkCalendarPage *self)
{
  GListModel *bodies = wmk_plan_get_items (self->plan, "body");
  GListModel *workstreams = wmk_plan_get_items (self->plan, "workstream");

  /* A body or section added or removed: offer it in the filters. */
  if (g_list_model_get_n_items (bodies) != self->body_ids->len)
    fill_dropdown (self->body_dropdown, self->body_ids, bodies, "name", _("All bodies"));
  if (g_list_model_get_n_items (workstreams) != self->workstream_ids->len)
    fill_dropdown (self->workstream_dropdown, self->workstream_ids, workstreams, "title",
                   _("All sections"));
  queue_refresh (self);
}

void
wmk_calendar_page_set_plan (WmkCalendarPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_CALENDAR_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_ptr_array_set_size (self->body_ids, 0);
  g_ptr_array_set_size (self->workstream_ids, 0);
  if (plan)
    {
      fill_dropdown (self->body_dropdown, self->body_ids, wmk_plan_get_items (plan, "body"), "name",
                     _("All bodies"));
      fill_dropdown (self->workstream_dropdown, self->workstream_ids,
                     wmk_plan_get_items (plan, "workstream"), "title", _("All sections"));
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
    }
  queue_refresh (self);
}

/* Shows the month of @date (YYYY-MM-DD). */
void
wmk_calendar_page_show_date (WmkCalendarPage *self, const char *date)
{
  g_return_if_fail (WMK_IS_CALENDAR_PAGE (self));

  if (!wmk_date_is_valid (date))
    return;
  self->year = atoi (date);
  self->month = atoi (date + 5);
  queue_refresh (self);
}

static void
move_month (WmkCalendarPage *self, int delta)
{
  int index = self->year * 12 + self->month - 1 + delta;

  self->year = index / 12;
  self->month = index % 12 + 1;
  queue_refresh (self);
}

static void
previous_clicked_cb (WmkCalendarPage *self)
{
  move_month (self, -1);
}

static void
next_clicked_cb (WmkCalendarPage *self)
{
  move_month (self, 1);
}

static void
today_clicked_cb (WmkCalendarPage *self)
{
  g_autofree char *today = wmk_today_iso ();
  wmk_calendar_page_show_date (self, today);
}

static void
filter_changed_cb (WmkCalendarPage *self)
{
  queue_refresh (self);
}

static void
open_event (WmkCalendarPage *self, WmkCalendarEvent *event)
{
  WmkWindow *window = WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  wmk_window_show_item (window, wmk_calendar_event_get_entity_id (event));
}

static void
event_activated_cb (WmkCalendarPage *self, WmkCalendarEvent *event)
{
  open_event (self, event);
}

static void
day_activated_cb (WmkCalendarPage *self, const char *date)
{
  gtk_stack_set_visible_child_name (self->views, "agenda");
}

static void
agenda_row_activated_cb (WmkCalendarPage *self, GtkListBoxRow *row)
{
  WmkCalendarEvent *event = g_object_get_data (G_OBJECT (row), "event");

  if (event)
    open_event (self, event);
}

static void
wmk_calendar_page_dispose (GObject *object)
{
  WmkCalendarPage *self = WMK_CALENDAR_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->body_ids, g_ptr_array_unref);
  g_clear_pointer (&self->workstream_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_calendar_page_parent_class)->dispose (object);
}

static void
wmk_calendar_page_class_init (WmkCalendarPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_calendar_page_dispose;
  g_type_ensure (WMK_TYPE_MONTH_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, month_label);
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, workstream_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, views);
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, grid);
  gtk_widget_class_bind_template_child (widget_class, WmkCalendarPage, agenda);
  gtk_widget_class_bind_template_callback (widget_class, previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, agenda_row_activated_cb);
}

static void
wmk_calendar_page_init (WmkCalendarPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->body_ids = g_ptr_array_new_with_free_func (g_free);
  self->workstream_ids = g_ptr_array_new_with_free_func (g_free);
  self->year = g_date_time_get_year (now);
  self->month = g_date_time_get_month (now);
  gtk_widget_init_template (GTK_WIDGET (self));
}
