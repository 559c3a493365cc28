/* wmk-plugin-page-host.c: where a plugin's page lives in the window
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window knows a plugin's page before any plan is open, and a plugin
 * makes its page for one plan. The host stands in the window's view stack
 * for the page's whole life and asks the plugin for a new page whenever it
 * gets a plan, so plugins never see a plan change under them.
 */

#include "config.h"

#include "wmk-plugin-page-host.h"

#include <glib/gi18n.h>

struct _WmkPluginPageHost
{
  AdwBin                parent_instance;

  const WmkPluginEntry *entry;
  WmkPlan              *plan;
};

G_DEFINE_FINAL_TYPE (WmkPluginPageHost, wmk_plugin_page_host, ADW_TYPE_BIN)

static void
wmk_plugin_page_host_dispose (GObject *object)
{
  WmkPluginPageHost *self = WMK_PLUGIN_PAGE_HOST (object);

  g_clear_object (&self->plan);
  G_OBJECT_CLASS (wmk_plugin_page_host_parent_class)->dispose (object);
}

static void
wmk_plugin_page_host_class_init (WmkPluginPageHostClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_plugin_page_host_dispose;
}

static void
wmk_plugin_page_host_init (WmkPluginPageHost *self)
{
}

/**
 * wmk_plugin_page_host_new:
 * @entry: a page from the plugin registry, which outlives the window
 */
GtkWidget *
wmk_plugin_page_host_new (const WmkPluginEntry *entry)
{
  WmkPluginPageHost *self;

  g_return_val_if_fail (entry != NULL && entry->kind == WMK_PLUGIN_ENTRY_PAGE, NULL);

  self = g_object_new (WMK_TYPE_PLUGIN_PAGE_HOST, NULL);
  self->entry = entry;
  return GTK_WIDGET (self);
}

const WmkPluginPage *
wmk_plugin_page_host_get_page (WmkPluginPageHost *self)
{
  g_return_val_if_fail (WMK_IS_PLUGIN_PAGE_HOST (self), NULL);
  return self->entry->what;
}

/* The page's title, in the plugin's translation domain. */
const char *
wmk_plugin_page_host_get_title (WmkPluginPageHost *self)
{
  const WmkPluginPage *page = wmk_plugin_page_host_get_page (self);

  return g_dgettext (self->entry->plugin->gettext_domain, page->title);
}

/* What stands in for a page the plugin could not make. */
static GtkWidget *
failed_page (WmkPluginPageHost *self)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *description = g_strdup_printf (
    _("The plugin “%s” could not show this page for this plan."), self->entry->plugin->name);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Page Not Available"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  return status;
}

/**
 * wmk_plugin_page_host_set_plan:
 * @plan: (nullable): the window's plan
 *
 * Drops the page made for the previous plan and asks the plugin for one for
 * @plan.
 */
void
wmk_plugin_page_host_set_plan (WmkPluginPageHost *self, WmkPlan *plan)
{
  const WmkPluginPage *page;
  GObject *made = NULL;

  g_return_if_fail (WMK_IS_PLUGIN_PAGE_HOST (self));

  if (self->plan == plan && adw_bin_get_child (ADW_BIN (self)))
    return;
  g_set_object (&self->plan, plan);
  adw_bin_set_child (ADW_BIN (self), NULL);
  if (plan == NULL)
    return;

  page = self->entry->what;
  made = page->create (plan, self->entry->user_data);
  if (made && GTK_IS_WIDGET (made))
    {
      adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (made));
      return;
    }
  if (made)
    {
      g_message ("The plugin “%s” made its page “%s” of a %s, not a widget.",
                 self->entry->plugin->id, page->id, G_OBJECT_TYPE_NAME (made));
      g_object_unref (g_object_ref_sink (made));
    }
  adw_bin_set_child (ADW_BIN (self), failed_page (self));
}
