/* wmk-plugins-page.c: the Plugins page of the preferences
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every module the loader found, with what became of it: loaded, turned
 * off here, refused (and why, in the loader's own sentence), or hidden by
 * another with the same id. A switch turns a plugin on or off from the next
 * start: a plugin's types and pages cannot leave a running window cleanly.
 */

#include "config.h"

#include "wmk-plugins-page.h"

#include <glib/gi18n.h>

struct _WmkPluginsPage
{
  AdwPreferencesPage   parent_instance;

  GSettings           *settings;   /* (nullable) */
  WmkPluginLoader     *loader;     /* (nullable): plugins were not loaded */
  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (WmkPluginsPage, wmk_plugins_page, ADW_TYPE_PREFERENCES_PAGE)

static gboolean
is_disabled (WmkPluginsPage *self, const char *id)
{
  g_auto(GStrv) disabled = NULL;

  if (self->settings == NULL)
    return FALSE;
  disabled = g_settings_get_strv (self->settings, "disabled-plugins");
  return g_strv_contains ((const char * const *) disabled, id);
}

static void
enabled_changed_cb (GtkSwitch *toggle, GParamSpec *pspec, WmkPluginsPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (toggle), "plugin-id");
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-plugins");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;

  for (guint i = 0; disabled[i]; i++)
    if (g_strcmp0 (disabled[i], id) != 0)
      g_strv_builder_add (builder, disabled[i]);
  if (!gtk_switch_get_active (toggle))
    g_strv_builder_add (builder, id);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "disabled-plugins", (const char * const *) updated);
}

/* What became of the plugin, for the row's subtitle. */
static char *
describe (WmkPluginsPage *self, const WmkPluginReport *report)
{
  const char *version = report->version ? report->version : "";

  switch (report->status)
    {
    case WMK_PLUGIN_STATUS_LOADED:
      if (is_disabled (self, report->id))
        return g_strdup_printf (_("Version %s · loaded; turned off from the next start"), version);
      return g_strdup_printf (_("Version %s · loaded · %s"), version,
                              report->description ? report->description : "");
    case WMK_PLUGIN_STATUS_DISABLED:
      return g_strdup_printf (_("Version %s · turned off"), version);
    case WMK_PLUGIN_STATUS_SHADOWED:
    case WMK_PLUGIN_STATUS_REFUSED:
    default:
      return g_strdup_printf (_("Not loaded: %s"), report->reason ? report->reason : "");
    }
}

static GtkWidget *
report_row (WmkPluginsPage *self, const WmkPluginReport *report)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (self, report);
  g_autofree char *basename = g_path_get_basename (report->path);
  const char *title = report->name ? report->name : report->id ? report->id : basename;
  gboolean usable = report->status == WMK_PLUGIN_STATUS_LOADED
                    || report->status == WMK_PLUGIN_STATUS_DISABLED;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, report->path);
  if (usable && self->settings && report->id)
    {
      GtkWidget *toggle = gtk_switch_new ();

      gtk_switch_set_active (GTK_SWITCH (toggle), !is_disabled (self, report->id));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data_full (G_OBJECT (toggle), "plugin-id", g_strdup (report->id), g_free);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (enabled_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
    }
  else if (!usable)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

static void
fill (WmkPluginsPage *self)
{
  GPtrArray *reports = self->loader ? wmk_plugin_loader_get_reports (self->loader) : NULL;

  if (reports == NULL || reports->len == 0)
    {
      g_auto(GStrv) dirs = wmk_plugin_loader_dup_default_dirs ();
      g_autofree char *where = g_strjoinv ("\n", dirs);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No plugins were found"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      adw_preferences_group_add (self->group, row);
      return;
    }
  for (guint i = 0; i < reports->len; i++)
    adw_preferences_group_add (self->group, report_row (self, reports->pdata[i]));
}

static void
wmk_plugins_page_dispose (GObject *object)
{
  WmkPluginsPage *self = WMK_PLUGINS_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->loader);
  G_OBJECT_CLASS (wmk_plugins_page_parent_class)->dispose (object);
}

static void
wmk_plugins_page_class_init (WmkPluginsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_plugins_page_dispose;
}

static void
wmk_plugins_page_init (WmkPluginsPage *self)
{
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Workstream Plugins"));
  adw_preferences_group_set_description (
    self->group, _("Plugins add the workstreams’ own figures, pages and report sections. "
                   "Turning one on or off applies the next time Waymark starts; the data it "
                   "keeps in a plan is never deleted."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->group);
}

/**
 * wmk_plugins_page_new:
 * @settings: (nullable): Waymark's settings
 * @loader: (nullable): the loader that loaded this process's plugins
 */
GtkWidget *
wmk_plugins_page_new (GSettings *settings, WmkPluginLoader *loader)
{
  WmkPluginsPage *self = g_object_new (WMK_TYPE_PLUGINS_PAGE, "name", "plugins", "title",
                                       _("Plugins"), "icon-name", "application-x-addon-symbolic",
                                       NULL);

  self->settings = settings ? g_object_ref (settings) : NULL;
  self->loader = loader ? g_object_ref (loader) : NULL;
  fill (self);
  return GTK_WIDGET (self);
}
