/* wmk-application.c: the Waymark application
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-application.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-app-benchmark.h"
#include "wmk-preferences-window.h"
#include "wmk-window.h"

struct _WmkApplication
{
  AdwApplication parent_instance;

  char *plan_path;       /* --plan */
  char *screenshot;      /* --screenshot: save the first frame, then quit */
  char *page;            /* --page: the page to show first (screenshots, tests) */
  gboolean benchmark;    /* --benchmark: print how long the window takes, then quit */

  GSettings *settings;   /* NULL when the schema is not installed */
  char *author;          /* the author-name setting, as last returned */
  GThread *opener;       /* (nullable): opens --plan while GTK starts */
};

/* What the opener thread found. */
typedef struct
{
  WmkPlan *plan;
  GError  *error;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->plan);
  g_clear_error (&opened->error);
  g_free (opened);
}

G_DEFINE_FINAL_TYPE (WmkApplication, wmk_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "plan", 'p', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this plan"), N_("FILE") },
  { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
    "Save a picture of the window once it is drawn, then quit", "FILE.png" },
  { "page", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
    "Show this page (overview, plan, kpis, risks, calendar, meetings, …) or item first", "NAME" },
  { "benchmark", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
    "Print how long the window takes to draw the plan and to filter it, then quit", NULL },
  { NULL }
};

/* Reading a large plan takes as long as GTK takes to start (a third of a
 * second for 10,000 actions); on a second core, both at once. The plan is
 * only touched by this thread until activate () takes it. */
static gpointer
open_plan_thread (gpointer data)
{
  g_autofree char *path = data;
  Opened *opened = g_new0 (Opened, 1);

  opened->plan = wmk_plan_open (path, &opened->error);
  return opened;
}

static GSettings *create_settings (void);

/* The plugins, before any plan opens: a plan's schema includes theirs. */
static void
load_plugins (WmkApplication *self)
{
  g_auto(GStrv) disabled = NULL;

  if (self->settings == NULL)
    self->settings = create_settings ();
  if (self->settings)
    disabled = g_settings_get_strv (self->settings, "disabled-plugins");
  wmk_plugins_load_default ((const char * const *) disabled);
}

static int
wmk_application_handle_local_options (GApplication *app, GVariantDict *dict)
{
  WmkApplication *self = WMK_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (dict, "plan", "^&ay", &path))
    self->plan_path = g_canonicalize_filename (path, NULL);
  if (g_variant_dict_lookup (dict, "screenshot", "^&ay", &path))
    self->screenshot = g_canonicalize_filename (path, NULL);
  if (g_variant_dict_lookup (dict, "page", "&s", &path))
    self->page = g_strdup (path);
  self->benchmark = g_variant_dict_contains (dict, "benchmark");
  load_plugins (self);
  if (self->plan_path)
    self->opener = g_thread_new ("waymark-open", open_plan_thread, g_strdup (self->plan_path));
  return -1;
}

/* The plan the opener thread opened, shown in @window, or why it could not be. */
static void
show_opened_plan (WmkApplication *self, WmkWindow *window)
{
  Opened *opened = g_thread_join (g_steal_pointer (&self->opener));

  if (opened->plan)
    wmk_window_show_plan (window, opened->plan);
  else
    wmk_window_show_error (window, opened->error->message);
  opened_free (opened);
}

/* Without --plan, the plan open last, if it is still there; else the welcome page. */
static void
open_last_plan (WmkApplication *self, WmkWindow *window)
{
  g_autofree char *path = NULL;

  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "reopen-last-plan"))
    return;
  path = g_settings_get_string (self->settings, "last-plan");
  if (*path && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    wmk_window_open_plan (window, path);
}

/* A plugin that could not be loaded is said once, at start, with the way to
 * the reason: the window carries on without it. */
static void
report_plugin_problems (WmkApplication *self, WmkWindow *window)
{
  WmkPluginLoader *loader = wmk_plugins_get_default_loader ();
  GPtrArray *reports = loader ? wmk_plugin_loader_get_reports (loader) : NULL;
  const WmkPluginReport *first = NULL;
  guint refused = 0;
  g_autofree char *title = NULL;
  AdwToast *toast;

  for (guint i = 0; reports && i < reports->len; i++)
    {
      const WmkPluginReport *report = reports->pdata[i];

      if (report->status == WMK_PLUGIN_STATUS_REFUSED)
        {
          first = first ? first : report;
          refused++;
        }
    }
  if (refused == 0)
    return;
  if (refused == 1)
    title = g_strdup_printf (_("A plugin could not be loaded: %s"), first->reason);
  else
    title = g_strdup_printf (ngettext ("%u plugin could not be loaded.",
                                       "%u plugins could not be loaded.", refused),
                             refused);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "app.plugins");
  wmk_window_add_toast (window, toast);
}

static void
wmk_application_activate (GApplication *app)
{
  WmkApplication *self = WMK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (wmk_window_new (self));
      if (self->opener)
        show_opened_plan (self, WMK_WINDOW (window));
      else if (self->plan_path)
        wmk_window_open_plan (WMK_WINDOW (window), self->plan_path);
      else
        open_last_plan (self, WMK_WINDOW (window));
      report_plugin_problems (self, WMK_WINDOW (window));
      if (self->page)
        wmk_window_show_page_or_item (WMK_WINDOW (window), self->page);
      if (self->screenshot)
        wmk_window_save_screenshot_and_quit (WMK_WINDOW (window), self->screenshot);
      if (self->benchmark)
        wmk_app_benchmark_start (WMK_WINDOW (window));
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

static GtkWidget *
present_preferences (WmkApplication *self)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences = wmk_preferences_window_new (parent, self->settings,
                                                       wmk_default_author ());

  gtk_window_present (GTK_WINDOW (preferences));
  return preferences;
}

static void
show_preferences (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  present_preferences (WMK_APPLICATION (user_data));
}

static void
show_plugins (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWidget *preferences = present_preferences (WMK_APPLICATION (user_data));

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "plugins");
}

/* Closing each window (rather than g_application_quit) lets the windows save
 * their size in close-request; the application ends with its last window. */
static void
quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "preferences", show_preferences },
  { "plugins", show_plugins },
  { "quit", quit },
};

/* The settings, or NULL when the schema is not installed (an uninstalled build
 * run without GSETTINGS_SCHEMA_DIR): then every default applies. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source)
    schema = g_settings_schema_source_lookup (source, WMK_APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: preferences and window size will "
                 "not be kept",
                 WMK_APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* The dark style: follow the system unless the preferences say otherwise. */
static void
apply_style (WmkApplication *self)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  guint variant = self->settings ? (guint) g_settings_get_enum (self->settings, "style-variant") : 0;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (variant, G_N_ELEMENTS (schemes) - 1)]);
}

static void
setup_settings (WmkApplication *self)
{
  if (self->settings == NULL)
    self->settings = create_settings ();
  if (self->settings)
    g_signal_connect_swapped (self->settings, "changed::style-variant", G_CALLBACK (apply_style),
                              self);
  apply_style (self);
}

static void
wmk_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (wmk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]){ "<Control>comma", NULL });
  setup_settings (WMK_APPLICATION (app));
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

  /* Never activated (another instance, an early exit): the plan is dropped. */
  if (self->opener)
    opened_free (g_thread_join (g_steal_pointer (&self->opener)));
  g_free (self->plan_path);
  g_free (self->screenshot);
  g_free (self->page);
  g_clear_object (&self->settings);
  g_free (self->author);

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

/* With the cairo renderer chosen (GSK_RENDERER=cairo: software rendering,
 * remote displays, the tests and benchmarks), nothing in Waymark draws with
 * OpenGL, yet GDK 4.8 on X11 loads the GL drivers when it opens the display,
 * to choose a visual: 0.1 s of a 0.5 s start, and 60 MB of memory, for
 * nothing. GDK_DEBUG=gl-disable tells it not to. Done before GTK starts and
 * before any thread runs (setenv is not safe beside getenv in another). */
static void
skip_unused_gl (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0 || (debug && strstr (debug, "gl")))
    return;
  flags = debug && *debug ? g_strconcat (debug, ",gl-disable", NULL) : g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
}

WmkApplication *
wmk_application_new (void)
{
  skip_unused_gl ();
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

/**
 * wmk_application_get_author:
 *
 * The name edits are recorded under: the author-name setting when it is set,
 * else $WAYMARK_AUTHOR, else the user's real name.
 */
const char *
wmk_application_get_author (WmkApplication *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (WMK_IS_APPLICATION (self), NULL);

  if (self->settings)
    name = g_strstrip (g_settings_get_string (self->settings, "author-name"));
  if (name == NULL || *name == '\0')
    return wmk_default_author ();
  /* Keep the string returned last while it is unchanged, so callers may hold it. */
  if (g_strcmp0 (self->author, name) != 0)
    {
      g_free (self->author);
      self->author = g_steal_pointer (&name);
    }
  return self->author;
}

/**
 * wmk_application_get_settings:
 *
 * Returns: (transfer none) (nullable): Waymark's settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
wmk_application_get_settings (WmkApplication *self)
{
  g_return_val_if_fail (WMK_IS_APPLICATION (self), NULL);
  return self->settings;
}
