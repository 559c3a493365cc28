/* wmk-plan.c: one plan in memory, and the one way to change it
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole plan is loaded at open (plans are small by database standards)
 * into typed entities, one GListModel per type, kept in the plan's tree
 * order. Every change, from a page, the command line, undo or sync, is
 * committed through the store and then read back into the entities it
 * touched, so every view sees it through the same signals.
 */

#include "wmk-plan-private.h"

#include "wmk-entity-private.h"
#include "wmk-json.h"

struct _WmkPlan
{
  GObject      parent_instance;

  WmkStore    *store;
  WmkSchema   *schema;
  char        *author;
  GHashTable  *entities;    /* id → WmkEntity, deleted ones included */
  GHashTable  *children;    /* parent id → GPtrArray of the entities under it (borrowed) */
  GHashTable  *lists;       /* type → GListStore of its live entities */
  GHashTable  *child_lists; /* "parent id\ntype" → GListStore, made when first asked for */
  WmkPlanInfo *info;
  gboolean     importing;   /* edits are part of creating the plan: not undoable */
};

enum
{
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmkPlan, wmk_plan, G_TYPE_OBJECT)

G_DEFINE_QUARK (wmk-plan-error-quark, wmk_plan_error)

static void
wmk_plan_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  WmkPlan *self = WMK_PLAN (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, wmk_plan_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, wmk_plan_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_plan_dispose (GObject *object)
{
  WmkPlan *self = WMK_PLAN (object);

  g_clear_pointer (&self->child_lists, g_hash_table_unref);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_hash_table_unref);
  g_clear_object (&self->info);
  g_clear_object (&self->schema);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wmk_plan_parent_class)->dispose (object);
}

static void
wmk_plan_finalize (GObject *object)
{
  g_free (WMK_PLAN (object)->author);

  G_OBJECT_CLASS (wmk_plan_parent_class)->finalize (object);
}

static void
wmk_plan_class_init (WmkPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wmk_plan_get_property;
  object_class->dispose = wmk_plan_dispose;
  object_class->finalize = wmk_plan_finalize;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmkPlan::changed:
   * @ids: (element-type utf8): the ids of the entities that changed
   *
   * Emitted after every commit, undo and redo, once the entities are updated.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
wmk_plan_init (WmkPlan *self)
{
  const char *name = g_get_real_name ();

  self->entities = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->child_lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->author = g_strdup (name && g_strcmp0 (name, "Unknown") != 0 ? name : g_get_user_name ());
}

/* Tree order: an entity sorts by the positions of its ancestors from the
 * root down, then its own; parents come before their children. */

#define MAX_DEPTH 8

typedef struct
{
  guint       depth;
  double      pos[MAX_DEPTH];
  const char *id[MAX_DEPTH];
} OrderKey;

static void
build_key (WmkPlan *self, WmkEntity *entity, OrderKey *key)
{
  WmkEntity *chain[MAX_DEPTH];
  guint n = 0;

  for (WmkEntity *e = entity; e && n < MAX_DEPTH;)
    {
      const char *parent = wmk_entity_get_parent_id (e);

      chain[n++] = e;
      e = parent ? g_hash_table_lookup (self->entities, parent) : NULL;
      /* A cycle (only possible in a damaged or hostile file) stops here. */
      if (e == entity)
        break;
    }
  key->depth = n;
  for (guint i = 0; i < n; i++)
    {
      key->pos[i] = wmk_entity_get_pos (chain[n - 1 - i]);
      key->id[i] = wmk_entity_get_id (chain[n - 1 - i]);
    }
}

static int
compare_keys (const OrderKey *a, const OrderKey *b)
{
  for (guint i = 0; i < MIN (a->depth, b->depth); i++)
    {
      int cmp;

      if (a->pos[i] != b->pos[i])
        return a->pos[i] < b->pos[i] ? -1 : 1;
      if ((cmp = g_strcmp0 (a->id[i], b->id[i])) != 0)
        return cmp;
    }
  return (int) a->depth - (int) b->depth;
}

/**
 * wmk_plan_compare:
 *
 * Compares two entities of a type in the plan's tree order: the order the
 * plan's document lists them in.
 */
int
wmk_plan_compare (WmkPlan *self, WmkEntity *a, WmkEntity *b)
{
  OrderKey ka, kb;

  g_return_val_if_fail (WMK_IS_PLAN (self), 0);

  build_key (self, a, &ka);
  build_key (self, b, &kb);
  return compare_keys (&ka, &kb);
}

static int
compare_in_plan (gconstpointer a, gconstpointer b, gpointer self)
{
  return wmk_plan_compare (self, (WmkEntity *) a, (WmkEntity *) b);
}

/* For g_ptr_array_sort_with_data(), which passes pointers to the elements. */
static int
compare_in_plan_indirect (gconstpointer a, gconstpointer b, gpointer self)
{
  return wmk_plan_compare (self, *(WmkEntity **) a, *(WmkEntity **) b);
}

/* Children of one parent share every ancestor, so the plan's order between
 * them is their own position, then id: what compare_keys () comes to, without
 * walking up the tree twice per comparison (the KPI page and the overview
 * sort each KPI's measurements). */
static int
compare_siblings (gconstpointer pa, gconstpointer pb)
{
  WmkEntity *a = *(WmkEntity **) pa, *b = *(WmkEntity **) pb;
  double posa = wmk_entity_get_pos (a), posb = wmk_entity_get_pos (b);

  if (posa != posb)
    return posa < posb ? -1 : 1;
  return g_strcmp0 (wmk_entity_get_id (a), wmk_entity_get_id (b));
}

/* An entity with its order key, for sorting a whole type at load. */
typedef struct
{
  OrderKey   key;
  WmkEntity *entity;
} Keyed;

static int
compare_keyed (gconstpointer a, gconstpointer b, gpointer data)
{
  return compare_keys (&((const Keyed *) a)->key, &((const Keyed *) b)->key);
}

static GListStore *
list_for (WmkPlan *self, const char *type)
{
  GListStore *list = g_hash_table_lookup (self->lists, type);

  if (list == NULL)
    {
      list = g_list_store_new (wmk_schema_get_gtype (self->schema, type));
      g_hash_table_insert (self->lists, g_strdup (type), list);
    }
  return list;
}

static WmkEntity *
entity_from_record (WmkPlan *self, WmkRecord *record)
{
  return wmk_entity_new (wmk_schema_get_gtype (self->schema, record->type),
                         wmk_schema_lookup (self->schema, record->type), record->id,
                         record->type, record->live, g_steal_pointer (&record->fields));
}

/* The children index: asking for an item's children must not scan the whole
 * plan (the KPI page asks once per KPI, the summary once per objective). */
static void
index_child (WmkPlan *self, WmkEntity *entity, const char *parent)
{
  GPtrArray *siblings;

  if (parent == NULL)
    return;
  siblings = g_hash_table_lookup (self->children, parent);
  if (siblings == NULL)
    {
      siblings = g_ptr_array_new ();
      g_hash_table_insert (self->children, g_strdup (parent), siblings);
    }
  g_ptr_array_add (siblings, entity);
}

static void
unindex_child (WmkPlan *self, WmkEntity *entity, const char *parent)
{
  GPtrArray *siblings = parent ? g_hash_table_lookup (self->children, parent) : NULL;

  if (siblings)
    g_ptr_array_remove_fast (siblings, entity);
}

static gboolean refresh (WmkPlan *self, GPtrArray *touched, GError **error);

static gboolean
load (WmkPlan *self, GError **error)
{
  g_autoptr(GPtrArray) records = wmk_store_load (self->store, error);
  g_autoptr(GHashTable) by_type = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  const char *type;
  GPtrArray *items;

  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      WmkRecord *record = records->pdata[i];
      WmkEntity *entity = entity_from_record (self, record);

      g_hash_table_insert (self->entities, (gpointer) wmk_entity_get_id (entity), entity);
      index_child (self, entity, wmk_entity_get_parent_id (entity));
      if (!record->live)
        continue;
      items = g_hash_table_lookup (by_type, wmk_entity_get_entity_type (entity));
      if (items == NULL)
        {
          items = g_ptr_array_new ();
          g_hash_table_insert (by_type, (gpointer) wmk_entity_get_entity_type (entity), items);
        }
      g_ptr_array_add (items, entity);
      if (self->info == NULL && WMK_IS_PLAN_INFO (entity))
        self->info = g_object_ref (WMK_PLAN_INFO (entity));
    }

  g_hash_table_iter_init (&iter, by_type);
  while (g_hash_table_iter_next (&iter, (gpointer *) &type, (gpointer *) &items))
    {
      /* Keys beside their entities: no allocation or lookup per key. */
      g_autofree Keyed *keyed = g_new (Keyed, items->len);

      for (guint i = 0; i < items->len; i++)
        {
          build_key (self, items->pdata[i], &keyed[i].key);
          keyed[i].entity = items->pdata[i];
        }
      g_qsort_with_data (keyed, items->len, sizeof (Keyed), compare_keyed, NULL);
      for (guint i = 0; i < items->len; i++)
        items->pdata[i] = keyed[i].entity;
      g_list_store_splice (list_for (self, type), 0, 0, items->pdata, items->len);
    }
  return TRUE;
}

/**
 * wmk_plan_new_for_store:
 * @store: an open plan database
 *
 * Loads the whole plan from @store.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
WmkPlan *
wmk_plan_new_for_store (WmkStore *store, GError **error)
{
  g_autoptr(WmkPlan) self = NULL;

  g_return_val_if_fail (WMK_IS_STORE (store), NULL);

  self = g_object_new (WMK_TYPE_PLAN, NULL);
  self->store = g_object_ref (store);
  self->schema = wmk_schema_new ();
  if (!load (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * wmk_plan_open:
 * @path: a plan database
 *
 * Opens an existing plan and loads it.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
WmkPlan *
wmk_plan_open (const char *path, GError **error)
{
  g_autoptr(WmkStore) store = wmk_store_open (path, WMK_STORE_OPEN_DEFAULT, error);

  return store ? wmk_plan_new_for_store (store, error) : NULL;
}

/**
 * wmk_plan_new_empty:
 * @path: where the plan database goes; the file must not exist
 * @title: the plan's title
 * @author: who creates it
 *
 * Creates a plan with nothing in it but its title.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
WmkPlan *
wmk_plan_new_empty (const char *path, const char *title, const char *author, GError **error)
{
  g_autoptr(WmkStore) store = wmk_store_open (path, WMK_STORE_OPEN_NEW, error);
  g_autoptr(WmkPlan) self = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *id = NULL;

  if (store == NULL || (self = wmk_plan_new_for_store (store, error)) == NULL)
    return NULL;
  if (author)
    wmk_plan_set_author (self, author);
  json_object_set_string_member (fields, "title", title);
  edit = wmk_plan_begin (self, "Create the plan");
  if ((id = wmk_edit_create (edit, "plan", fields, error)) == NULL)
    return NULL;
  /* Creating the plan is not something to undo. */
  if (!wmk_store_commit (store, wmk_edit_get_ops (edit), self->author, NULL, WMK_COMMIT_IMPORT,
                         touched, error)
      || !refresh (self, touched, error))
    return NULL;
  return g_steal_pointer (&self);
}

WmkStore *
wmk_plan_get_store (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return self->store;
}

WmkSchema *
wmk_plan_get_schema (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return self->schema;
}

/**
 * wmk_plan_get_info:
 *
 * Returns: (transfer none) (nullable): the plan's own entity: title, notice, dates
 */
WmkPlanInfo *
wmk_plan_get_info (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return self->info;
}

const char *
wmk_plan_get_author (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return self->author;
}

/**
 * wmk_plan_set_author:
 * @author: the name edits are recorded under
 */
void
wmk_plan_set_author (WmkPlan *self, const char *author)
{
  g_return_if_fail (WMK_IS_PLAN (self));
  g_return_if_fail (author != NULL);

  g_free (self->author);
  self->author = g_strdup (author);
}

/**
 * wmk_plan_get_items:
 * @type: an entity type name ("action")
 *
 * The live entities of one type in the plan's order. The model stays up to
 * date: it emits #GListModel::items-changed for every change.
 *
 * Returns: (transfer none): a #GListModel of #WmkEntity subclasses
 */
GListModel *
wmk_plan_get_items (WmkPlan *self, const char *type)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  return G_LIST_MODEL (list_for (self, type));
}

/**
 * wmk_plan_lookup:
 *
 * Returns: (transfer none) (nullable): the entity with this id, live or deleted
 */
WmkEntity *
wmk_plan_lookup (WmkPlan *self, const char *id)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return id ? g_hash_table_lookup (self->entities, id) : NULL;
}

/**
 * wmk_plan_resolve:
 * @ref_or_id: an item's ref ("3.3.1") or id
 *
 * Finds the one live item a person means. A ref shared by several items
 * (the Devon plan has two 1.4.1s) is an error that lists their ids.
 *
 * Returns: (transfer none): the entity, or %NULL with @error set
 */
WmkEntity *
wmk_plan_resolve (WmkPlan *self, const char *ref_or_id, GError **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  WmkEntity *entity;
  GHashTableIter iter;

  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  g_return_val_if_fail (ref_or_id != NULL, NULL);

  entity = g_hash_table_lookup (self->entities, ref_or_id);
  if (entity && wmk_entity_get_live (entity))
    return entity;

  matches = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->entities);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entity))
    if (wmk_entity_get_live (entity) && g_strcmp0 (wmk_entity_get_ref (entity), ref_or_id) == 0)
      g_ptr_array_add (matches, entity);

  if (matches->len == 1)
    return matches->pdata[0];
  if (matches->len == 0)
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   "No item in the plan has the ref or id “%s”", ref_or_id);
      return NULL;
    }

  g_ptr_array_sort_with_data (matches, compare_in_plan_indirect, self);
  {
    g_autoptr(GString) ids = g_string_new (NULL);

    for (guint i = 0; i < matches->len; i++)
      g_string_append_printf (ids, "%s%s", i ? ", " : "",
                              wmk_entity_get_id (matches->pdata[i]));
    g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_AMBIGUOUS,
                 "The ref “%s” is used by %u items; name one by its id: %s", ref_or_id,
                 matches->len, ids->str);
  }
  return NULL;
}

/**
 * wmk_plan_dup_children:
 * @parent_id: an entity id
 * @type: (nullable): only children of this type
 *
 * Returns: (transfer container) (element-type WmkEntity): the live children, in order
 */
GPtrArray *
wmk_plan_dup_children (WmkPlan *self, const char *parent_id, const char *type)
{
  GPtrArray *children = g_ptr_array_new ();
  GPtrArray *indexed;

  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  g_return_val_if_fail (parent_id != NULL, children);

  indexed = g_hash_table_lookup (self->children, parent_id);
  for (guint i = 0; indexed && i < indexed->len; i++)
    {
      WmkEntity *entity = indexed->pdata[i];

      if (wmk_entity_get_live (entity)
          && (type == NULL || g_strcmp0 (wmk_entity_get_entity_type (entity), type) == 0))
        g_ptr_array_add (children, entity);
    }
  g_ptr_array_sort (children, compare_siblings);
  return children;
}

static char *
child_list_key (const char *parent_id, const char *type)
{
  return g_strconcat (parent_id, "\n", type, NULL);
}

/**
 * wmk_plan_get_child_items:
 * @parent_id: an entity id
 * @type: the children's type ("action")
 *
 * The live children of one type of an item, in the plan's order, as a list
 * model that stays up to date like wmk_plan_get_items()'s. A tree view asks
 * for one per expanded row: this costs the children, where a filter over all
 * the items of the type cost the whole plan per row.
 *
 * Returns: (transfer none): a #GListModel of #WmkEntity subclasses
 */
GListModel *
wmk_plan_get_child_items (WmkPlan *self, const char *parent_id, const char *type)
{
  g_autofree char *key = NULL;
  GListStore *list;

  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  g_return_val_if_fail (parent_id != NULL, NULL);
  g_return_val_if_fail (type != NULL, NULL);

  key = child_list_key (parent_id, type);
  list = g_hash_table_lookup (self->child_lists, key);
  if (list == NULL)
    {
      g_autoptr(GPtrArray) children = wmk_plan_dup_children (self, parent_id, type);

      list = g_list_store_new (wmk_schema_get_gtype (self->schema, type));
      g_list_store_splice (list, 0, 0, children->pdata, children->len);
      g_hash_table_insert (self->child_lists, g_steal_pointer (&key), list);
    }
  return G_LIST_MODEL (list);
}

/* The list of @parent's children of @entity's type, if someone asked for it. */
static GListStore *
child_list_of (WmkPlan *self, WmkEntity *entity, const char *parent)
{
  g_autofree char *key = NULL;

  if (parent == NULL || g_hash_table_size (self->child_lists) == 0)
    return NULL;
  key = child_list_key (parent, wmk_entity_get_entity_type (entity));
  return g_hash_table_lookup (self->child_lists, key);
}

typedef struct
{
  WmkPlan    *plan;
  GHashTable *keys;   /* entity → OrderKey, built once per sort */
} ExportOrder;

static int
compare_export (gconstpointer pa, gconstpointer pb, gpointer data)
{
  ExportOrder *order = data;
  WmkEntity *a = *(WmkEntity **) pa, *b = *(WmkEntity **) pb;
  const char *ta = wmk_entity_get_entity_type (a), *tb = wmk_entity_get_entity_type (b);
  int ra = wmk_schema_rank (order->plan->schema, ta), rb = wmk_schema_rank (order->plan->schema, tb);

  if (ra != rb)
    return ra < rb ? -1 : 1;
  if (!g_str_equal (ta, tb))
    return g_strcmp0 (ta, tb);
  return compare_keys (g_hash_table_lookup (order->keys, a), g_hash_table_lookup (order->keys, b));
}

/**
 * wmk_plan_dup_all:
 *
 * Every live entity: by type (known types in schema order, then unknown
 * types by name), each type in the plan's order. The order of plan files.
 *
 * Returns: (transfer container) (element-type WmkEntity): the entities
 */
GPtrArray *
wmk_plan_dup_all (WmkPlan *self)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ExportOrder order = { self, keys };
  GPtrArray *all;
  GHashTableIter iter;
  WmkEntity *entity;

  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);

  all = g_ptr_array_sized_new (g_hash_table_size (self->entities));
  g_hash_table_iter_init (&iter, self->entities);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entity))
    if (wmk_entity_get_live (entity))
      {
        OrderKey *key = g_new (OrderKey, 1);

        build_key (self, entity, key);
        g_hash_table_insert (keys, entity, key);
        g_ptr_array_add (all, entity);
      }
  g_ptr_array_sort_with_data (all, compare_export, &order);
  return all;
}

/* Re-reads the entities a commit touched and puts them where they belong. */
static gboolean
refresh (WmkPlan *self, GPtrArray *touched, GError **error)
{
  for (guint i = 0; i < touched->len; i++)
    {
      g_autoptr(WmkRecord) record = wmk_store_read (self->store, touched->pdata[i], error);
      WmkEntity *entity;
      GListStore *list;
      guint position;
      gboolean listed;
      gboolean existed;
      g_autofree char *old_parent = NULL;

      if (record == NULL)
        return FALSE;
      entity = g_hash_table_lookup (self->entities, record->id);
      existed = entity != NULL;
      if (entity == NULL)
        {
          entity = entity_from_record (self, record);
          g_hash_table_insert (self->entities, (gpointer) wmk_entity_get_id (entity), entity);
          index_child (self, entity, wmk_entity_get_parent_id (entity));
          if (self->info == NULL && WMK_IS_PLAN_INFO (entity))
            self->info = g_object_ref (WMK_PLAN_INFO (entity));
        }
      else
        {
          old_parent = g_strdup (wmk_entity_get_parent_id (entity));
          wmk_entity_update (entity, record->live, g_steal_pointer (&record->fields));
          if (g_strcmp0 (old_parent, wmk_entity_get_parent_id (entity)) != 0)
            {
              unindex_child (self, entity, old_parent);
              index_child (self, entity, wmk_entity_get_parent_id (entity));
            }
        }

      /* Remove and re-insert: a changed parent or position moves it. */
      list = list_for (self, record->type);
      /* A new entity is in no list yet: no linear search (sync brings thousands). */
      listed = existed && g_list_store_find (list, entity, &position);
      if (listed)
        g_list_store_remove (list, position);
      if (record->live)
        g_list_store_insert_sorted (list, entity, compare_in_plan, self);

      if ((list = child_list_of (self, entity, old_parent))
          && g_list_store_find (list, entity, &position))
        g_list_store_remove (list, position);
      if (record->live && (list = child_list_of (self, entity, wmk_entity_get_parent_id (entity))))
        g_list_store_insert_sorted (list, entity, compare_in_plan, self);
    }
  return TRUE;
}

static gboolean
after_commit (WmkPlan *self, gboolean undo_was, gboolean redo_was, GPtrArray *touched,
              GError **error)
{
  if (!refresh (self, touched, error))
    return FALSE;
  if (undo_was != wmk_plan_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (redo_was != wmk_plan_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[CHANGED], 0, touched);
  return TRUE;
}

/**
 * wmk_plan_apply_changes:
 * @touched: (element-type utf8): ids of entities the store changed underneath
 *   the plan (operations from another laptop, applied by sync)
 *
 * Re-reads those entities and emits #WmkPlan::changed, as after a commit.
 */
gboolean
wmk_plan_apply_changes (WmkPlan *self, GPtrArray *touched, GError **error)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  g_return_val_if_fail (touched != NULL, FALSE);

  if (touched->len == 0)
    return TRUE;
  /* Foreign operations never touch the undo stacks; a resolve notifies them itself. */
  return after_commit (self, wmk_plan_can_undo (self), wmk_plan_can_redo (self), touched, error);
}

/**
 * wmk_plan_begin:
 * @label: what the change is called in the Undo menu ("Change the due date of 3.3.1")
 *
 * Starts a set of changes that are committed, and undone, together.
 *
 * Returns: (transfer full): the edit; give it to wmk_plan_commit()
 */
WmkEdit *
wmk_plan_begin (WmkPlan *self, const char *label)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return wmk_edit_new (self, label);
}

/**
 * wmk_plan_commit:
 * @edit: changes built with wmk_edit_set() and friends
 *
 * Writes every change of @edit in one transaction, as operations in the log,
 * and updates the entities. Either all of it is saved or none of it.
 */
gboolean
wmk_plan_commit (WmkPlan *self, WmkEdit *edit, GError **error)
{
  g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);
  gboolean undo_was, redo_was;

  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  g_return_val_if_fail (edit != NULL && edit->plan == self, FALSE);

  if (wmk_edit_is_empty (edit))
    return TRUE;
  undo_was = wmk_plan_can_undo (self);
  redo_was = wmk_plan_can_redo (self);
  if (!wmk_store_commit (self->store, edit->ops, self->author, edit->label,
                         self->importing ? WMK_COMMIT_IMPORT : WMK_COMMIT_EDIT, touched, error))
    return FALSE;
  return after_commit (self, undo_was, redo_was, touched, error);
}

/* While @importing, commits are part of creating the plan (the plugins'
 * sample data): recorded, but not on the undo stack. */
void
wmk_plan_set_importing (WmkPlan *self, gboolean importing)
{
  g_return_if_fail (WMK_IS_PLAN (self));
  self->importing = importing;
}

/**
 * wmk_plan_set:
 * @id: an entity id
 * @field: a field of its type
 * @value: (nullable): the new value; %NULL clears the field
 *
 * Changes one field, as one undoable edit.
 */
gboolean
wmk_plan_set (WmkPlan *self, const char *id, const char *field, JsonNode *value, GError **error)
{
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *label = NULL;
  WmkEntity *entity;

  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);

  entity = wmk_plan_lookup (self, id);
  label = g_strdup_printf ("Change %s of %s", field,
                           entity && wmk_entity_get_ref (entity) ? wmk_entity_get_ref (entity) : id);
  edit = wmk_plan_begin (self, label);
  return wmk_edit_set (edit, id, field, value, error) && wmk_plan_commit (self, edit, error);
}

/* One field set to a string, or cleared with %NULL, as one undoable edit. */
gboolean
wmk_plan_set_string (WmkPlan *self, const char *id, const char *field, const char *value,
                     GError **error)
{
  g_autoptr(JsonNode) node = value ? json_node_init_string (json_node_alloc (), value)
                                   : json_node_init_null (json_node_alloc ());

  return wmk_plan_set (self, id, field, node, error);
}

gboolean
wmk_plan_set_bool (WmkPlan *self, const char *id, const char *field, gboolean value, GError **error)
{
  g_autoptr(JsonNode) node = json_node_init_boolean (json_node_alloc (), value);

  return wmk_plan_set (self, id, field, node, error);
}

/**
 * wmk_plan_create:
 * @label: what the undo will say ("Add a decision")
 *
 * Creates one item, as one undoable edit.
 *
 * Returns: (transfer full) (nullable): its id
 */
char *
wmk_plan_create (WmkPlan *self, const char *type, JsonObject *fields, const char *label,
                 GError **error)
{
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);

  edit = wmk_plan_begin (self, label);
  if ((id = wmk_edit_create (edit, type, fields, error)) == NULL || !wmk_plan_commit (self, edit, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* Deletes one item (and what is under it), as one undoable edit. */
gboolean
wmk_plan_delete (WmkPlan *self, const char *id, const char *label, GError **error)
{
  g_autoptr(WmkEdit) edit = NULL;

  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);

  edit = wmk_plan_begin (self, label);
  return wmk_edit_delete (edit, id, error) && wmk_plan_commit (self, edit, error);
}

gboolean
wmk_plan_can_undo (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  return wmk_store_can_undo (self->store);
}

gboolean
wmk_plan_can_redo (WmkPlan *self)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  return wmk_store_can_redo (self->store);
}

static gboolean
reverse (WmkPlan *self, gboolean undo, GError **error)
{
  g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);
  gboolean undo_was = wmk_plan_can_undo (self);
  gboolean redo_was = wmk_plan_can_redo (self);

  if (!(undo ? wmk_store_undo : wmk_store_redo) (self->store, self->author, touched, error))
    return FALSE;
  return after_commit (self, undo_was, redo_was, touched, error);
}

/**
 * wmk_plan_undo:
 *
 * Undoes the last edit made to this plan on this computer, even one made
 * before the plan was last closed. The undo is itself recorded.
 */
gboolean
wmk_plan_undo (WmkPlan *self, GError **error)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  return reverse (self, TRUE, error);
}

/**
 * wmk_plan_redo:
 *
 * Redoes the last undone edit.
 */
gboolean
wmk_plan_redo (WmkPlan *self, GError **error)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), FALSE);
  return reverse (self, FALSE, error);
}

/**
 * wmk_plan_history:
 * @id: an entity id
 *
 * Returns: (transfer full) (element-type WmkChange): every change to the item, oldest first
 */
GPtrArray *
wmk_plan_history (WmkPlan *self, const char *id, GError **error)
{
  g_return_val_if_fail (WMK_IS_PLAN (self), NULL);
  return wmk_store_history (self->store, id, error);
}
