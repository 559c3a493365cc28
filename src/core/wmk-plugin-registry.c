/* wmk-plugin-registry.c: what plugins add to Waymark, declared at setup
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plugins run no SQL and draw nothing into the core's views: they declare.
 * Their entity types join every schema made after they loaded (so the store,
 * the journal, JSON export and undo handle their data as any other), and the
 * app, the CLI and the reports ask the registry for pages, tiles, KPI feeds
 * and report sections.
 */

#include "config.h"

#include "wmk-plugin-registry.h"

#include <string.h>

#include "wmk-entity.h"
#include "wmk-plugin-private.h"

struct _WmkPluginRegistry
{
  GObject              parent_instance;

  GPtrArray           *entries;   /* WmkPluginEntry*, in the order added */
  const WmkPluginInfo *current;   /* the plugin whose setup is running */
  guint                first;     /* its first entry */
};

G_DEFINE_FINAL_TYPE (WmkPluginRegistry, wmk_plugin_registry, G_TYPE_OBJECT)

static void
wmk_plugin_registry_finalize (GObject *object)
{
  WmkPluginRegistry *self = WMK_PLUGIN_REGISTRY (object);

  g_ptr_array_unref (self->entries);
  G_OBJECT_CLASS (wmk_plugin_registry_parent_class)->finalize (object);
}

static void
wmk_plugin_registry_class_init (WmkPluginRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_plugin_registry_finalize;
}

static void
wmk_plugin_registry_init (WmkPluginRegistry *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_free);
}

/**
 * wmk_plugin_registry_get_default:
 *
 * Returns: (transfer none): the registry the loader fills, one per process
 */
WmkPluginRegistry *
wmk_plugin_registry_get_default (void)
{
  static gsize registry;

  if (g_once_init_enter (&registry))
    g_once_init_leave (&registry, (gsize) g_object_new (WMK_TYPE_PLUGIN_REGISTRY, NULL));
  return (WmkPluginRegistry *) registry;
}

void
wmk_plugin_registry_begin (WmkPluginRegistry *self, const WmkPluginInfo *plugin)
{
  g_return_if_fail (WMK_IS_PLUGIN_REGISTRY (self));
  g_return_if_fail (self->current == NULL);

  self->current = plugin;
  self->first = self->entries->len;
}

void
wmk_plugin_registry_end (WmkPluginRegistry *self, gboolean keep)
{
  g_return_if_fail (WMK_IS_PLUGIN_REGISTRY (self));

  if (!keep)
    g_ptr_array_set_size (self->entries, self->first);
  self->current = NULL;
}

static WmkPluginEntry *
add_entry (WmkPluginRegistry *self, WmkPluginEntryKind kind, gconstpointer what, gpointer user_data)
{
  WmkPluginEntry *entry = g_new0 (WmkPluginEntry, 1);

  entry->kind = kind;
  entry->plugin = self->current;
  entry->what = what;
  entry->user_data = user_data;
  g_ptr_array_add (self->entries, entry);
  return entry;
}

/* An id a plugin gives a type, page or tile: "<plugin id>.<name>". */
static gboolean
is_own_name (WmkPluginRegistry *self, const char *name)
{
  const char *id = self->current->id;
  size_t len = strlen (id);

  return name && strncmp (name, id, len) == 0 && name[len] == '.' && name[len + 1] != '\0';
}

/* Whether a plugin's setup is running, and @name (if any) is one of its own. */
static gboolean
in_setup (WmkPluginRegistry *self, const char *name)
{
  return WMK_IS_PLUGIN_REGISTRY (self) && self->current != NULL
         && (name == NULL || is_own_name (self, name));
}

static gboolean
has_type (WmkPluginRegistry *self, const char *name)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      WmkPluginEntry *entry = self->entries->pdata[i];

      if (entry->kind == WMK_PLUGIN_ENTRY_TYPE
          && g_strcmp0 (((const WmkTypeSpec *) entry->what)->name, name) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * wmk_plugin_registry_add_type:
 * @spec: (transfer none): a static description; its name is
 *   "<plugin id>.<name>" and its fields are described as the core's are
 * @gtype: %WMK_TYPE_ENTITY, or a subclass of it with accessors
 *
 * Declares an entity type: its items are stored, synced, exported and
 * undone by the core like its own.
 *
 * Returns: %FALSE with @error set if @spec is not one the core can keep
 */
gboolean
wmk_plugin_registry_add_type (WmkPluginRegistry *self,
                              const WmkTypeSpec *spec,
                              GType              gtype,
                              GError           **error)
{
  g_return_val_if_fail (WMK_IS_PLUGIN_REGISTRY (self), FALSE);
  g_return_val_if_fail (self->current != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!is_own_name (self, spec->name))
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_TYPE,
                   "The entity type “%s” does not start with the plugin’s id “%s.”.",
                   spec->name ? spec->name : "", self->current->id);
      return FALSE;
    }
  if (has_type (self, spec->name))
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_TYPE,
                   "The entity type “%s” is declared twice.", spec->name);
      return FALSE;
    }
  if (!g_type_is_a (gtype, WMK_TYPE_ENTITY))
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE,
                   "The entity type “%s” is not shown by a WmkEntity class.", spec->name);
      return FALSE;
    }
  for (guint i = 0; i < spec->n_fields; i++)
    if (spec->fields[i].name == NULL || spec->fields[i].name[0] == '\0'
        || spec->fields[i].kind > WMK_FIELD_OBJECT)
      {
        g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_FIELD,
                     "Field %u of the entity type “%s” has no name or an unknown kind.",
                     i + 1, spec->name);
        return FALSE;
      }

  add_entry (self, WMK_PLUGIN_ENTRY_TYPE, spec, NULL)->gtype = gtype;
  return TRUE;
}

/**
 * wmk_plugin_registry_add_kpi_feed:
 * @feed: (transfer none): static; which KPI, and how its values are computed
 */
void
wmk_plugin_registry_add_kpi_feed (WmkPluginRegistry *self, const WmkKpiFeed *feed, gpointer user_data)
{
  g_return_if_fail (in_setup (self, NULL));
  g_return_if_fail (feed != NULL && feed->kpi_ref != NULL && feed->compute != NULL);

  add_entry (self, WMK_PLUGIN_ENTRY_KPI_FEED, feed, user_data);
}

/**
 * wmk_plugin_registry_add_report_section:
 * @section: (transfer none): static; its id is "<plugin id>.<name>"
 */
void
wmk_plugin_registry_add_report_section (WmkPluginRegistry      *self,
                                        const WmkReportSection *section,
                                        gpointer                user_data)
{
  g_return_if_fail (section != NULL && section->write != NULL);
  g_return_if_fail (in_setup (self, section->id));

  add_entry (self, WMK_PLUGIN_ENTRY_REPORT_SECTION, section, user_data);
}

/**
 * wmk_plugin_registry_add_sample:
 * @fill: adds the plugin's illustrative data to a new sample plan
 */
void
wmk_plugin_registry_add_sample (WmkPluginRegistry *self, WmkPluginSampleFunc fill, gpointer user_data)
{
  g_return_if_fail (in_setup (self, NULL));
  g_return_if_fail (fill != NULL);

  add_entry (self, WMK_PLUGIN_ENTRY_SAMPLE, NULL, user_data)->fill = fill;
}

/**
 * wmk_plugin_registry_add_page:
 * @page: (transfer none): static; its id is "<plugin id>.<name>"
 */
void
wmk_plugin_registry_add_page (WmkPluginRegistry *self, const WmkPluginPage *page, gpointer user_data)
{
  g_return_if_fail (page != NULL && page->create != NULL);
  g_return_if_fail (in_setup (self, page->id));

  add_entry (self, WMK_PLUGIN_ENTRY_PAGE, page, user_data);
}

/**
 * wmk_plugin_registry_add_tile:
 * @tile: (transfer none): static; its id is "<plugin id>.<name>"
 */
void
wmk_plugin_registry_add_tile (WmkPluginRegistry *self, const WmkDashboardTile *tile, gpointer user_data)
{
  g_return_if_fail (tile != NULL && tile->figure != NULL);
  g_return_if_fail (in_setup (self, tile->id));

  add_entry (self, WMK_PLUGIN_ENTRY_TILE, tile, user_data);
}

/**
 * wmk_plugin_registry_list:
 *
 * Returns: (transfer container) (element-type WmkPluginEntry): the entries
 *   of @kind, in the order the plugins loaded and added them
 */
GPtrArray *
wmk_plugin_registry_list (WmkPluginRegistry *self, WmkPluginEntryKind kind)
{
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (WMK_IS_PLUGIN_REGISTRY (self), list);

  for (guint i = 0; i < self->entries->len; i++)
    {
      WmkPluginEntry *entry = self->entries->pdata[i];

      if (entry->kind == kind)
        g_ptr_array_add (list, entry);
    }
  return list;
}
