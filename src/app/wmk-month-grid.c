/* wmk-month-grid.c: one month of the governance calendar, as a grid of days
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Six weeks of seven days, Monday first as in the UK. Each day lists its
 * events as buttons (a screen reader reads each: its kind, time and title)
 * up to three, then "N more", which opens the day in the agenda. Activating
 * an event emits ::event-activated with its WmkCalendarEvent. The grid is
 * rebuilt whole when the month or its events change: 42 days and a few
 * dozen buttons, cheaper than keeping them in step.
 */

#include "config.h"

#include "wmk-month-grid.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "waymark.h"

#define MAX_PER_DAY 3

struct _WmkMonthGrid
{
  GtkWidget  parent_instance;

  GtkWidget *grid;   /* GtkGrid: a row of weekday names, then six weeks */
};

G_DEFINE_FINAL_TYPE (WmkMonthGrid, wmk_month_grid, GTK_TYPE_WIDGET)

enum
{
  EVENT_ACTIVATED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_class (WmkCalendarKind kind)
{
  static const char *const classes[] = {
    "meeting", "occurrence", "report", "milestone", "review", "action", "kpi", "log-item",
  };
  return kind < G_N_ELEMENTS (classes) ? classes[kind] : "meeting";
}

static GDate
first_shown (int year, int month)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  return date;
}

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The first and last day the grid shows for a month (whole weeks). */
void
wmk_month_grid_get_range (int year, int month, char **first, char **last)
{
  GDate date = first_shown (year, month);

  *first = iso (&date);
  g_date_add_days (&date, 41);
  *last = iso (&date);
}

static void
event_clicked (GtkButton *button, WmkMonthGrid *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, g_object_get_data (G_OBJECT (button), "event"));
}

static void
more_clicked (GtkButton *button, WmkMonthGrid *self)
{
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, g_object_get_data (G_OBJECT (button), "date"));
}

static GtkWidget *
event_button (WmkMonthGrid *self, WmkCalendarEvent *event)
{
  const char *time = wmk_calendar_event_get_start_time (event);
  const char *title = wmk_calendar_event_get_title (event);
  g_autofree char *text = time ? g_strdup_printf ("%s %s", time, title) : g_strdup (title);
  g_autofree char *day = wmk_date_format (wmk_calendar_event_get_date (event), "%-d %B");
  g_autofree char *name = g_strdup_printf ("%s, %s: %s",
                                           wmk_calendar_kind_word (wmk_calendar_event_get_kind (event)),
                                           day, text);
  GtkWidget *button = gtk_button_new_with_label (text);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "calendar-event");
  gtk_widget_add_css_class (button, kind_class (wmk_calendar_event_get_kind (event)));
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "event", g_object_ref (event), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (event_clicked), self);
  return button;
}

static GtkWidget *
day_cell (WmkMonthGrid *self, const GDate *date, gboolean in_month, gboolean today,
          GPtrArray *events, guint *next)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *number = g_strdup_printf ("%d", g_date_get_day (date));
  g_autofree char *day = iso (date);
  GtkWidget *label = gtk_label_new (number);
  guint shown = 0, more = 0;

  gtk_widget_add_css_class (cell, "calendar-day");
  if (!in_month)
    gtk_widget_add_css_class (cell, "other-month");
  if (today)
    gtk_widget_add_css_class (cell, "today");
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_vexpand (cell, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "day-number");
  gtk_box_append (GTK_BOX (cell), label);

  for (; *next < events->len && g_str_equal (wmk_calendar_event_get_date (events->pdata[*next]), day);
       (*next)++)
    {
      if (shown < MAX_PER_DAY)
        gtk_box_append (GTK_BOX (cell), event_button (self, events->pdata[*next])), shown++;
      else
        more++;
    }
  if (more > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u more", "%u more", more), more);
      g_autofree char *name = g_strdup_printf (ngettext ("%u more on %s", "%u more on %s", more), more, day);
      GtkWidget *button = gtk_button_new_with_label (text);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "calendar-more");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (button), "date", g_steal_pointer (&day), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (more_clicked), self);
      gtk_box_append (GTK_BOX (cell), button);
    }
  return cell;
}

/**
 * wmk_month_grid_set_month:
 * @today: YYYY-MM-DD, marked in the grid
 * @events: (element-type WmkCalendarEvent): the events of the days shown, by date
 */
void
wmk_month_grid_set_month (WmkMonthGrid *self, int year, int month, const char *today,
                          GPtrArray *events)
{
  GDate date = first_shown (year, month);
  guint next = 0;

  g_return_if_fail (WMK_IS_MONTH_GRID (self));

  /* Rows 1-6: drop the old weeks, keep the weekday names. */
  for (int row = 6; row >= 1; row--)
    gtk_grid_remove_row (GTK_GRID (self->grid), row);
  for (int week = 0; week < 6; week++)
    for (int weekday = 0; weekday < 7; weekday++, g_date_add_days (&date, 1))
      {
        g_autofree char *day = iso (&date);
        gboolean in_month = g_date_get_month (&date) == (GDateMonth) month;

        while (next < events->len && strcmp (wmk_calendar_event_get_date (events->pdata[next]), day) < 0)
          next++;
        gtk_grid_attach (GTK_GRID (self->grid),
                         day_cell (self, &date, in_month, g_strcmp0 (day, today) == 0, events, &next),
                         weekday, week + 1, 1, 1);
      }
}

GtkWidget *
wmk_month_grid_new (void)
{
  return g_object_new (WMK_TYPE_MONTH_GRID, NULL);
}

static void
wmk_month_grid_dispose (GObject *object)
{
  WmkMonthGrid *self = WMK_MONTH_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);
  G_OBJECT_CLASS (wmk_month_grid_parent_class)->dispose (object);
}

static void
wmk_month_grid_class_init (WmkMonthGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_month_grid_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "month-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, WMK_TYPE_CALENDAR_EVENT);
  signals[DAY_ACTIVATED] = g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
wmk_month_grid_init (WmkMonthGrid *self)
{
  GDate monday;

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_homogeneous (GTK_GRID (self->grid), FALSE);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  /* Weekday names in the user's language, Monday first. */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 2, 1, 2023);   /* a Monday */
  for (int weekday = 0; weekday < 7; weekday++, g_date_add_days (&monday, 1))
    {
      char name[32];
      GtkWidget *label;

      g_date_strftime (name, sizeof name, "%a", &monday);
      label = gtk_label_new (name);
      gtk_widget_add_css_class (label, "weekday");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (GTK_GRID (self->grid), label, weekday, 0, 1, 1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Month"), -1);
}
