/* test-slot-model.c: list rows that stay while what they show changes
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include "wmk-slot-model.h"

/* Applies every items-changed of a model to a copy of its count, and
 * remembers the last one, so a test can check what a list view was told. */
typedef struct
{
  guint n;
  guint emissions;
  guint position, removed, added;
} Recorder;

static void
record_cb (GListModel *model, guint position, guint removed, guint added, Recorder *r)
{
  g_assert_cmpuint (position + removed, <=, r->n);
  r->n = r->n - removed + added;
  g_assert_cmpuint (r->n, ==, g_list_model_get_n_items (model));
  r->emissions++;
  r->position = position;
  r->removed = removed;
  r->added = added;
}

typedef struct
{
  GListStore   *store;
  GPtrArray    *items;   /* the objects, to put in the store in any order */
  WmkSlotModel *slots;
  Recorder      recorder;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = g_list_store_new (G_TYPE_OBJECT);
  f->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (f->items, g_object_new (G_TYPE_OBJECT, NULL));
  g_list_store_splice (f->store, 0, 0, f->items->pdata, 100);
  f->slots = wmk_slot_model_new (g_object_ref (G_LIST_MODEL (f->store)));
  f->recorder.n = g_list_model_get_n_items (G_LIST_MODEL (f->slots));
  g_signal_connect (f->slots, "items-changed", G_CALLBACK (record_cb), &f->recorder);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->slots);
  g_clear_object (&f->store);
  g_clear_pointer (&f->items, g_ptr_array_unref);
}

static WmkSlot *
slot_at (Fixture *f, guint position)
{
  return g_list_model_get_item (G_LIST_MODEL (f->slots), position);
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_shows_the_model (Fixture *f, gconstpointer data)
{
  g_autoptr(WmkSlot) first = slot_at (f, 0);
  g_autoptr(WmkSlot) again = slot_at (f, 0);
  g_autoptr(WmkSlot) last = slot_at (f, 99);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->slots)) == WMK_TYPE_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->slots)), ==, 100);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->slots), 100));
  g_assert_true (wmk_slot_get_item (first) == f->items->pdata[0]);
  g_assert_true (wmk_slot_get_item (last) == f->items->pdata[99]);
  /* A row asked for twice is one slot while it lives. */
  g_assert_true (first == again);
  g_assert_cmpuint (wmk_slot_get_position (last), ==, 99);
}

/* One item added or removed: passed on as it is, the rows after it move. */
static void
test_small_changes_pass_on (Fixture *f, gconstpointer data)
{
  g_autoptr(WmkSlot) before = slot_at (f, 10);
  g_autoptr(WmkSlot) after = slot_at (f, 50);
  guint notified = 0;

  g_signal_connect (after, "notify::item", G_CALLBACK (count_notify), &notified);
  g_list_store_insert (f->store, 20, f->items->pdata[500]);
  g_assert_cmpuint (f->recorder.emissions, ==, 1);
  g_assert_cmpuint (f->recorder.position, ==, 20);
  g_assert_cmpuint (f->recorder.removed, ==, 0);
  g_assert_cmpuint (f->recorder.added, ==, 1);
  /* The slot moved with its item: the same row, one place down. */
  g_assert_true (wmk_slot_get_item (after) == f->items->pdata[50]);
  g_assert_cmpuint (wmk_slot_get_position (after), ==, 51);
  g_assert_cmpuint (notified, ==, 0);
  {
    g_autoptr(WmkSlot) moved = slot_at (f, 51);
    g_autoptr(WmkSlot) inserted = slot_at (f, 20);

    g_assert_true (moved == after);
    g_assert_true (wmk_slot_get_item (inserted) == f->items->pdata[500]);
  }

  g_list_store_remove (f->store, 5);
  g_assert_cmpuint (f->recorder.emissions, ==, 2);
  g_assert_cmpuint (f->recorder.position, ==, 5);
  g_assert_cmpuint (f->recorder.removed, ==, 1);
  g_assert_cmpuint (f->recorder.added, ==, 0);
  g_assert_cmpuint (wmk_slot_get_position (before), ==, 9);
  g_assert_true (wmk_slot_get_item (before) == f->items->pdata[10]);
}

/* A new content: the rows stay, show their new items, and only the count
 * changes, at the end. */
static void
test_large_changes_in_place (Fixture *f, gconstpointer data)
{
  g_autoptr(WmkSlot) first = slot_at (f, 0);
  g_autoptr(WmkSlot) tenth = slot_at (f, 9);
  guint notified_first = 0, notified_tenth = 0;

  g_signal_connect (first, "notify::item", G_CALLBACK (count_notify), &notified_first);
  g_signal_connect (tenth, "notify::item", G_CALLBACK (count_notify), &notified_tenth);

  /* Replace everything with 40 other items; the first stays first. */
  {
    g_autoptr(GPtrArray) next = g_ptr_array_new ();

    g_ptr_array_add (next, f->items->pdata[0]);
    for (guint i = 1; i < 40; i++)
      g_ptr_array_add (next, f->items->pdata[600 + i]);
    g_list_store_splice (f->store, 0, 100, next->pdata, next->len);
  }
  g_assert_cmpuint (f->recorder.emissions, ==, 1);
  g_assert_cmpuint (f->recorder.position, ==, 40);
  g_assert_cmpuint (f->recorder.removed, ==, 60);
  g_assert_cmpuint (f->recorder.added, ==, 0);
  g_assert_cmpuint (notified_first, ==, 0);   /* same item: nothing to redo */
  g_assert_cmpuint (notified_tenth, ==, 1);
  g_assert_true (wmk_slot_get_item (tenth) == f->items->pdata[609]);

  /* Growing adds rows at the end only. */
  g_list_store_splice (f->store, 0, 0, f->items->pdata + 700, 200);
  g_assert_cmpuint (f->recorder.emissions, ==, 2);
  g_assert_cmpuint (f->recorder.position, ==, 40);
  g_assert_cmpuint (f->recorder.removed, ==, 0);
  g_assert_cmpuint (f->recorder.added, ==, 200);
  g_assert_true (wmk_slot_get_item (first) == f->items->pdata[700]);
}

/* Held, the slots show what they showed; released, they catch up at once. */
static void
test_hold_and_release (Fixture *f, gconstpointer data)
{
  g_autoptr(WmkSlot) first = slot_at (f, 0);
  guint notified = 0;

  g_signal_connect (first, "notify::item", G_CALLBACK (count_notify), &notified);
  wmk_slot_model_hold (f->slots);
  g_assert_true (wmk_slot_model_is_held (f->slots));
  g_list_store_remove_all (f->store);
  g_list_store_splice (f->store, 0, 0, f->items->pdata + 300, 3);
  g_assert_cmpuint (f->recorder.emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->slots)), ==, 100);
  g_assert_true (wmk_slot_get_item (first) == f->items->pdata[0]);
  {
    /* A row asked for while held, past the model's end, shows nothing. */
    g_autoptr(WmkSlot) beyond = slot_at (f, 50);
    g_assert_null (wmk_slot_get_item (beyond));
  }

  wmk_slot_model_release (f->slots);
  g_assert_false (wmk_slot_model_is_held (f->slots));
  g_assert_cmpuint (f->recorder.emissions, ==, 1);
  g_assert_cmpuint (f->recorder.position, ==, 3);
  g_assert_cmpuint (f->recorder.removed, ==, 97);
  g_assert_cmpuint (f->recorder.added, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (wmk_slot_get_item (first) == f->items->pdata[300]);
}

/* Another model in the same slots. */
static void
test_set_model (Fixture *f, gconstpointer data)
{
  g_autoptr(GListStore) other = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(WmkSlot) third = slot_at (f, 2);

  g_list_store_splice (other, 0, 0, f->items->pdata + 900, 100);
  wmk_slot_model_set_model (f->slots, G_LIST_MODEL (other));
  g_assert_true (wmk_slot_model_get_model (f->slots) == G_LIST_MODEL (other));
  g_assert_cmpuint (f->recorder.emissions, ==, 0);   /* as many rows as before */
  g_assert_true (wmk_slot_get_item (third) == f->items->pdata[902]);

  /* The old model no longer moves the rows. */
  g_list_store_remove_all (f->store);
  g_assert_cmpuint (f->recorder.emissions, ==, 0);

  wmk_slot_model_set_model (f->slots, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->slots)), ==, 0);
  g_assert_cmpuint (f->recorder.emissions, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/slot-model/shows-the-model", test_shows_the_model);
  ADD ("/wmk/slot-model/small-changes-pass-on", test_small_changes_pass_on);
  ADD ("/wmk/slot-model/large-changes-in-place", test_large_changes_in_place);
  ADD ("/wmk/slot-model/hold-and-release", test_hold_and_release);
  ADD ("/wmk/slot-model/set-model", test_set_model);
#undef ADD

  return g_test_run ();
}
