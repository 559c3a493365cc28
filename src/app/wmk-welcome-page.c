/* wmk-welcome-page.c: what a window shows before a plan is open
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-welcome-page.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkWelcomePage
{
  AdwBin      parent_instance;

  GtkWidget  *recent_group;
  GtkListBox *recent;
};

G_DEFINE_FINAL_TYPE (WmkWelcomePage, wmk_welcome_page, ADW_TYPE_BIN)

static WmkWindow *
get_window (WmkWelcomePage *self)
{
  return WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
sample_clicked_cb (WmkWelcomePage *self)
{
  wmk_window_open_sample (get_window (self));
}

static void
recent_activated_cb (AdwActionRow *row, WmkWelcomePage *self)
{
  wmk_window_open_plan (get_window (self), g_object_get_data (G_OBJECT (row), "path"));
}

static int
newest_first (gconstpointer a, gconstpointer b)
{
  GFileInfo *fa = *(GFileInfo **) a, *fb = *(GFileInfo **) b;
  g_autoptr(GDateTime) ta = g_file_info_get_modification_date_time (fa);
  g_autoptr(GDateTime) tb = g_file_info_get_modification_date_time (fb);

  return g_date_time_compare (tb, ta);
}

/* The plans in the data folder, newest first: opening one is a click. */
static void
fill_recent (WmkWelcomePage *self)
{
  const char *env = g_getenv ("WAYMARK_DATA_DIR");
  g_autofree char *dir = env && *env ? g_strdup (env)
                                     : g_build_filename (g_get_user_data_dir (), "waymark", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent))))
    gtk_list_box_remove (self->recent, child);

  children = g_file_enumerate_children (folder, "standard::name,time::modified",
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".waymark"))
        g_ptr_array_add (plans, info);
      else
        g_object_unref (info);
    }
  g_ptr_array_sort (plans, newest_first);

  for (guint i = 0; i < MIN (plans->len, 8); i++)
    {
      GFileInfo *plan = plans->pdata[i];
      g_autofree char *path = g_build_filename (dir, g_file_info_get_name (plan), NULL);
      g_autoptr(GDateTime) when = g_file_info_get_modification_date_time (plan);
      g_autofree char *subtitle = g_date_time_format (when, _("Changed %-d %B %Y, %H:%M"));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_file_info_get_name (plan));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "path", g_steal_pointer (&path), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (recent_activated_cb), self);
      gtk_list_box_append (self->recent, row);
    }
  gtk_widget_set_visible (self->recent_group, plans->len > 0);
}

static void
wmk_welcome_page_map (GtkWidget *widget)
{
  fill_recent (WMK_WELCOME_PAGE (widget));
  GTK_WIDGET_CLASS (wmk_welcome_page_parent_class)->map (widget);
}

static void
wmk_welcome_page_class_init (WmkWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = wmk_welcome_page_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, WmkWelcomePage, recent);
  gtk_widget_class_bind_template_callback (widget_class, sample_clicked_cb);
}

static void
wmk_welcome_page_init (WmkWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
