/* wmk-application.c: the Waymark application
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-application.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkApplication
{
  AdwApplication parent_instance;

  char *plan_path;       /* --plan */
  char *screenshot;      /* --screenshot: save the first frame, then quit */
};

G_DEFINE_FINAL_TYPE (WmkApplication, wmk_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "plan", 'p', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this plan"), N_("FILE") },
  { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
    "Save a picture of the window once it is drawn, then quit", "FILE.png" },
  { NULL }
};

static int
wmk_application_handle_local_options (GApplication *app, GVariantDict *dict)
{
  WmkApplication *self = WMK_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (dict, "plan", "^&ay", &path))
    self->plan_path = g_canonicalize_filename (path, NULL);
  if (g_variant_dict_lookup (dict, "screenshot", "^&ay", &path))
    self->screenshot = g_canonicalize_filename (path, NULL);
  return -1;
}

static void
wmk_application_activate (GApplication *app)
{
  WmkApplication *self = WMK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (wmk_window_new (self));
      if (self->plan_path)
        wmk_window_open_plan (WMK_WINDOW (window), self->plan_path);
      if (self->screenshot)
        wmk_window_save_screenshot_and_quit (WMK_WINDOW (window), self->screenshot);
    }
  gtk_window_present (window);
}

static void
show_about (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Waymark authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Waymark"),
                         "application-icon", WMK_APPLICATION_ID,
                         "developer-name", _("The Waymark authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Run a statutory improvement plan: the plan, its KPIs and "
                                       "risks, the improvement board and the reports to the "
                                       "regulator."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         NULL);
}

static void
quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "quit", quit },
};

static void
wmk_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (wmk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo",
                                         (const char *[]){ "<Control>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.redo",
                                         (const char *[]){ "<Control><Shift>z", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search",
                                         (const char *[]){ "<Control>f", NULL });
}

static void
wmk_application_finalize (GObject *object)
{
  WmkApplication *self = WMK_APPLICATION (object);

  g_free (self->plan_path);
  g_free (self->screenshot);

  G_OBJECT_CLASS (wmk_application_parent_class)->finalize (object);
}

static void
wmk_application_class_init (WmkApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_application_finalize;
  app_class->handle_local_options = wmk_application_handle_local_options;
  app_class->activate = wmk_application_activate;
  app_class->startup = wmk_application_startup;
}

static void
wmk_application_init (WmkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

WmkApplication *
wmk_application_new (void)
{
  /* Each instance works on its own plan file; two windows on two plans are
   * two processes, so no D-Bus uniqueness. */
  return g_object_new (WMK_TYPE_APPLICATION, "application-id", WMK_APPLICATION_ID, "flags",
                       G_APPLICATION_NON_UNIQUE, "resource-base-path",
                       "/io/github/waymark/Waymark", NULL);
}

/**
 * wmk_application_dup_data_dir:
 *
 * Where plans live: $WAYMARK_DATA_DIR, else $XDG_DATA_HOME/waymark.
 */
char *
wmk_application_dup_data_dir (WmkApplication *self)
{
  const char *dir = g_getenv ("WAYMARK_DATA_DIR");

  if (dir && *dir)
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), "waymark", NULL);
}

const char *
wmk_application_get_author (WmkApplication *self)
{
  const char *author = g_getenv ("WAYMARK_AUTHOR");
  const char *real = g_get_real_name ();

  if (author && *author)
    return author;
  return real && g_strcmp0 (real, "Unknown") != 0 ? real : g_get_user_name ();
}
