/* wmk-slot-model.c: list rows that stay while what they show changes
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list view makes a widget for each row it shows. GTK 4.8's makes them
 * for up to 200 rows, and when a model says rows were removed it destroys
 * their widgets and makes new ones for what takes their place: a search over
 * 10,000 actions that changes what is on screen tore down and rebuilt some
 * 3,500 widgets per keystroke, most of a keystroke's cost.
 *
 * A WmkSlotModel wraps a model and lists slots: a slot is a row, and shows
 * whatever item of the wrapped model is at its position. When the wrapped
 * model changes a lot (a new search, another sort, a tree turned into a flat
 * list) the slots stay and show their new items (each says so with
 * notify::item), and only the count changes, at the end: the widgets are
 * kept and bound again. A small change (an action added, deleted or moved,
 * an objective opened) is passed on as it is, so the rows around it keep
 * their widgets and the list does not jump.
 *
 * A held model ignores its wrapped model and keeps showing what it showed;
 * releasing it catches up in one step. A page holds it while it refilters
 * (one update, not one per step) and while nothing matches (it shows an empty
 * state instead, and the rows are still there for the next search).
 *
 * Slots are made when the list asks for a position, and forgotten when the
 * last reference to them goes: only the rows on screen exist.
 */

#include "wmk-slot-model.h"

/* Changes up to this many rows are passed on as they are. */
#define SMALL_CHANGE 32

struct _WmkSlot
{
  GObject       parent_instance;

  WmkSlotModel *owner;      /* (nullable): unset once the slot left the list */
  guint         position;
  gpointer      item;       /* (nullable) (owned) */
};

struct _WmkSlotModel
{
  GObject     parent_instance;

  GListModel *model;        /* (nullable) */
  guint       n_items;      /* the count the list last announced */
  GPtrArray  *slots;        /* by position: the live slots (borrowed), else NULL */
  guint       hold_count;
};

enum
{
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

G_DEFINE_FINAL_TYPE (WmkSlot, wmk_slot, G_TYPE_OBJECT)

static void
wmk_slot_dispose (GObject *object)
{
  WmkSlot *self = WMK_SLOT (object);

  /* The model forgets it: the next time its row is asked for, a new slot. */
  if (self->owner && self->position < self->owner->slots->len
      && g_ptr_array_index (self->owner->slots, self->position) == self)
    g_ptr_array_index (self->owner->slots, self->position) = NULL;
  self->owner = NULL;
  g_clear_object (&self->item);

  G_OBJECT_CLASS (wmk_slot_parent_class)->dispose (object);
}

static void
wmk_slot_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  WmkSlot *self = WMK_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_slot_class_init (WmkSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wmk_slot_dispose;
  object_class->get_property = wmk_slot_get_property;

  /**
   * WmkSlot:item:
   *
   * The item of the wrapped model at the slot's position; notified when
   * another item takes its place.
   */
  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
wmk_slot_init (WmkSlot *self)
{
}

/**
 * wmk_slot_get_item:
 *
 * Returns: (transfer none) (nullable) (type GObject): what the slot shows now
 */
gpointer
wmk_slot_get_item (WmkSlot *self)
{
  g_return_val_if_fail (WMK_IS_SLOT (self), NULL);
  return self->item;
}

guint
wmk_slot_get_position (WmkSlot *self)
{
  g_return_val_if_fail (WMK_IS_SLOT (self), 0);
  return self->position;
}

/* The model. */

static void wmk_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WmkSlotModel, wmk_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      wmk_slot_model_list_model_init))

static GType
wmk_slot_model_get_item_type (GListModel *list)
{
  return WMK_TYPE_SLOT;
}

static guint
wmk_slot_model_get_n_items (GListModel *list)
{
  return WMK_SLOT_MODEL (list)->n_items;
}

static gpointer
item_at (WmkSlotModel *self, guint position)
{
  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static gpointer
wmk_slot_model_get_item (GListModel *list, guint position)
{
  WmkSlotModel *self = WMK_SLOT_MODEL (list);
  WmkSlot *slot;

  if (position >= self->n_items)
    return NULL;
  slot = g_ptr_array_index (self->slots, position);
  if (slot)
    return g_object_ref (slot);
  slot = g_object_new (WMK_TYPE_SLOT, NULL);
  slot->owner = self;
  slot->position = position;
  /* A held model still shows its old count: past the wrapped model's end, nothing. */
  slot->item = item_at (self, position);
  g_ptr_array_index (self->slots, position) = slot;
  return slot;
}

static void
wmk_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = wmk_slot_model_get_item_type;
  iface->get_n_items = wmk_slot_model_get_n_items;
  iface->get_item = wmk_slot_model_get_item;
}

/* Slots at @from and after leave the list (their rows are going). */
static void
drop_slots_from (WmkSlotModel *self, guint from)
{
  for (guint i = from; i < self->slots->len; i++)
    {
      WmkSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot)
        slot->owner = NULL;
    }
  if (from < self->slots->len)
    g_ptr_array_set_size (self->slots, from);
}

/* Every slot shows what is now at its position, and the count follows the
 * wrapped model's: rows are added or removed at the end only. */
static void
sync_in_place (WmkSlotModel *self)
{
  guint old_n = self->n_items;
  guint new_n = self->model ? g_list_model_get_n_items (self->model) : 0;
  guint common = MIN (old_n, new_n);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < common; i++)
    {
      WmkSlot *slot = g_ptr_array_index (self->slots, i);
      gpointer item;

      if (slot == NULL)
        continue;
      item = item_at (self, i);
      if (item == slot->item)
        {
          g_clear_object (&item);
          continue;
        }
      g_clear_object (&slot->item);
      slot->item = item;
      g_ptr_array_add (changed, g_object_ref (slot));
    }

  drop_slots_from (self, new_n);
  g_ptr_array_set_size (self->slots, new_n);
  self->n_items = new_n;
  if (old_n != new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), common, old_n - common, new_n - common);

  for (guint i = 0; i < changed->len; i++)
    g_object_notify_by_pspec (changed->pdata[i], slot_properties[SLOT_PROP_ITEM]);
}

/* A small change, passed on: the slots after it move with their items. */
static void
pass_on (WmkSlotModel *self, guint position, guint removed, guint added)
{
  for (guint i = position; i < position + removed; i++)
    {
      WmkSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot)
        slot->owner = NULL;
    }
  g_ptr_array_remove_range (self->slots, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->slots, position, NULL);
  for (guint i = position + added; i < self->slots->len; i++)
    {
      WmkSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot)
        slot->position = i;
    }
  self->n_items = self->n_items - removed + added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added,
                  WmkSlotModel *self)
{
  if (self->hold_count > 0)
    return;
  if (removed + added <= SMALL_CHANGE)
    pass_on (self, position, removed, added);
  else
    sync_in_place (self);
}

static void
wmk_slot_model_dispose (GObject *object)
{
  WmkSlotModel *self = WMK_SLOT_MODEL (object);

  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  if (self->slots)
    drop_slots_from (self, 0);

  G_OBJECT_CLASS (wmk_slot_model_parent_class)->dispose (object);
}

static void
wmk_slot_model_finalize (GObject *object)
{
  g_ptr_array_unref (WMK_SLOT_MODEL (object)->slots);

  G_OBJECT_CLASS (wmk_slot_model_parent_class)->finalize (object);
}

static void
wmk_slot_model_class_init (WmkSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wmk_slot_model_dispose;
  object_class->finalize = wmk_slot_model_finalize;
}

static void
wmk_slot_model_init (WmkSlotModel *self)
{
  self->slots = g_ptr_array_new ();
}

/**
 * wmk_slot_model_new:
 * @model: (nullable) (transfer full): the model whose items the slots show
 *
 * Returns: (transfer full): a list model of #WmkSlot
 */
WmkSlotModel *
wmk_slot_model_new (GListModel *model)
{
  WmkSlotModel *self = g_object_new (WMK_TYPE_SLOT_MODEL, NULL);

  wmk_slot_model_set_model (self, model);
  g_clear_object (&model);
  return self;
}

/**
 * wmk_slot_model_get_model:
 *
 * Returns: (transfer none) (nullable): the model whose items the slots show
 */
GListModel *
wmk_slot_model_get_model (WmkSlotModel *self)
{
  g_return_val_if_fail (WMK_IS_SLOT_MODEL (self), NULL);
  return self->model;
}

/**
 * wmk_slot_model_set_model:
 * @model: (nullable) (transfer none): another model
 *
 * Shows another model in the same slots: the rows stay, what they show
 * changes (or, while held, will change on release).
 */
void
wmk_slot_model_set_model (WmkSlotModel *self, GListModel *model)
{
  g_return_if_fail (WMK_IS_SLOT_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model)
    g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  if (self->hold_count == 0)
    sync_in_place (self);
}

/**
 * wmk_slot_model_hold:
 *
 * Until as many wmk_slot_model_release(), the slots keep showing what they
 * show, whatever their model does.
 */
void
wmk_slot_model_hold (WmkSlotModel *self)
{
  g_return_if_fail (WMK_IS_SLOT_MODEL (self));
  self->hold_count++;
}

/**
 * wmk_slot_model_release:
 *
 * Ends a wmk_slot_model_hold(); the last one brings the slots up to date in
 * one step.
 */
void
wmk_slot_model_release (WmkSlotModel *self)
{
  g_return_if_fail (WMK_IS_SLOT_MODEL (self));
  g_return_if_fail (self->hold_count > 0);

  if (--self->hold_count == 0)
    sync_in_place (self);
}

gboolean
wmk_slot_model_is_held (WmkSlotModel *self)
{
  g_return_val_if_fail (WMK_IS_SLOT_MODEL (self), FALSE);
  return self->hold_count > 0;
}
