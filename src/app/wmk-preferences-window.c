/* wmk-preferences-window.c: Waymark's preferences
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-preferences-window.h"

#include "wmk-plugins-page.h"

#include <glib/gi18n.h>

struct _WmkPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings            *settings;        /* NULL when the schema is not installed */
  char                 *default_author;  /* the name used while "Your Name" is empty */

  AdwPreferencesGroup  *author_group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *organisation_row;
  AdwPreferencesGroup  *start_group;
  GtkSwitch            *reopen_switch;
  AdwPreferencesGroup  *appearance_group;
  AdwComboRow          *style_row;
};

G_DEFINE_FINAL_TYPE (WmkPreferencesWindow, wmk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_SETTINGS,
  PROP_DEFAULT_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the rows of the Style list in the .ui file. */
static const char *const style_nicks[] = { "follow", "light", "dark" };

static gboolean
style_get_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_nicks); i++)
    if (g_str_equal (nick, style_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_set_mapping (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (style_nicks))
    return NULL;
  return g_variant_new_string (style_nicks[selected]);
}

static void
update_author_description (WmkPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  if (self->default_author && *self->default_author)
    /* Translators: %s is a person's name, taken from their user account */
    description = g_strdup_printf (_("Every change you make to a plan is recorded under your "
                                     "name, so that the plan’s history shows who changed what. "
                                     "When the name is empty, %s is used."),
                                   self->default_author);
  else
    description = g_strdup (_("Every change you make to a plan is recorded under your name, so "
                              "that the plan’s history shows who changed what."));
  adw_preferences_group_set_description (self->author_group, description);
}

/* Without the schema nothing could be kept: say so, rather than offer rows
 * that forget what is typed into them. */
static void
show_settings_unavailable (WmkPreferencesWindow *self)
{
  AdwPreferencesGroup *groups[] = { self->author_group, self->start_group,
                                    self->appearance_group };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    gtk_widget_set_sensitive (GTK_WIDGET (groups[i]), FALSE);
  adw_preferences_group_set_description (
    self->author_group, _("Preferences cannot be kept: Waymark’s settings schema is not "
                          "installed. Waymark works with its default settings."));
}

static void
bind_settings (WmkPreferencesWindow *self)
{
  g_settings_bind (self->settings, "author-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "author-organisation", self->organisation_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reopen-last-plan", self->reopen_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "style-variant", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, style_get_mapping, style_set_mapping,
                                NULL, NULL);
}

static void
wmk_preferences_window_constructed (GObject *object)
{
  WmkPreferencesWindow *self = WMK_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (wmk_preferences_window_parent_class)->constructed (object);

  if (self->settings)
    {
      bind_settings (self);
      update_author_description (self);
    }
  else
    show_settings_unavailable (self);
}

static void
wmk_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WmkPreferencesWindow *self = WMK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;
    case PROP_DEFAULT_AUTHOR:
      g_free (self->default_author);
      self->default_author = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WmkPreferencesWindow *self = WMK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_DEFAULT_AUTHOR:
      g_value_set_string (value, self->default_author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_preferences_window_dispose (GObject *object)
{
  WmkPreferencesWindow *self = WMK_PREFERENCES_WINDOW (object);

  /* Drop the bindings before the rows go, so no last write reaches the settings. */
  if (self->settings)
    {
      g_settings_unbind (self->name_row, "text");
      g_settings_unbind (self->organisation_row, "text");
      g_settings_unbind (self->reopen_switch, "active");
      g_settings_unbind (self->style_row, "selected");
    }
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wmk_preferences_window_parent_class)->dispose (object);
}

static void
wmk_preferences_window_finalize (GObject *object)
{
  g_free (WMK_PREFERENCES_WINDOW (object)->default_author);

  G_OBJECT_CLASS (wmk_preferences_window_parent_class)->finalize (object);
}

static void
wmk_preferences_window_class_init (WmkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wmk_preferences_window_constructed;
  object_class->set_property = wmk_preferences_window_set_property;
  object_class->get_property = wmk_preferences_window_get_property;
  object_class->dispose = wmk_preferences_window_dispose;
  object_class->finalize = wmk_preferences_window_finalize;

  /**
   * WmkPreferencesWindow:settings:
   *
   * Waymark's settings, or %NULL when the schema is not installed.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * WmkPreferencesWindow:default-author:
   *
   * The name changes are recorded under while no name is set.
   */
  properties[PROP_DEFAULT_AUTHOR] =
    g_param_spec_string ("default-author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/wmk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, author_group);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, start_group);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, reopen_switch);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, appearance_group);
  gtk_widget_class_bind_template_child (widget_class, WmkPreferencesWindow, style_row);
}

static void
wmk_preferences_window_init (WmkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * wmk_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 * @settings: (nullable): Waymark's settings; %NULL when the schema is missing
 * @default_author: (nullable): the name used while "Your Name" is empty
 *
 * Returns: (transfer none): a new preferences window, owned by GTK until it is closed
 */
GtkWidget *
wmk_preferences_window_new (GtkWindow *parent, GSettings *settings, const char *default_author)
{
  WmkPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WMK_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "settings", settings,
                       "default-author", default_author, NULL);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (wmk_plugins_page_new (
                                settings, wmk_plugins_get_default_loader ())));
  return GTK_WIDGET (self);
}
