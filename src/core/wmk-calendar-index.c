/* wmk-calendar-index.c: the plan's dated items, sorted by day
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar page asks for one month at a time, and the plan may hold
 * 10,000 actions, each with a due date. Reading every action for every
 * month drawn costs milliseconds; so the first question after a change
 * sorts every dated item (action due dates, KPI targets, action-log due
 * dates) by day once, and later questions find their month by binary
 * search.
 *
 * The index belongs to the plan (object data). An emission hook on
 * WmkPlan::changed, which runs before any handler connected to the signal
 * (so a page that redraws from its own "changed" handler never reads a stale
 * index), notes the ids each commit, undo or sync touched; the next question
 * takes those items out and puts their dates back in, in place. A large
 * change (an import, a sync) or one to a workstream or an objective (which
 * can reorder many actions) drops the index, to be rebuilt whole. As a last
 * guard, the index remembers how many actions, KPIs and log items there
 * were and is rebuilt if that no longer holds.
 *
 * Within a day, items are by kind and then in plan order, exactly as a
 * fresh build sorts them.
 */

#include "config.h"

#include "wmk-calendar-index.h"

#include "wmk-kpi-values.h"
#include "wmk-schema.h"

#include <string.h>

/* More touched items than this in one go: rebuild rather than patch. */
#define MAX_PENDING 64

typedef struct
{
  GArray    *dated;      /* WmkCalendarDated, by day, then kind, then plan order */
  guint      n_items[3]; /* actions, KPIs, log items, as indexed */
  GPtrArray *pending;    /* ids touched since, to take out and put back */
} Index;

static const char * const indexed_types[] = { "action", "kpi", "log_item" };

static GQuark
index_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("wmk-calendar-index");
  return quark;
}

static void
index_free (gpointer data)
{
  Index *index = data;

  for (guint i = 0; i < index->dated->len; i++)
    g_object_unref (g_array_index (index->dated, WmkCalendarDated, i).entity);
  g_array_unref (index->dated);
  g_ptr_array_unref (index->pending);
  g_free (index);
}

static gboolean
plan_changed_hook (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               data)
{
  GObject *plan = g_value_get_object (&values[0]);
  GPtrArray *touched = n_values > 1 ? g_value_get_boxed (&values[1]) : NULL;
  Index *index = plan ? g_object_get_qdata (plan, index_quark ()) : NULL;

  if (index == NULL)
    return TRUE;   /* stay installed */
  if (touched == NULL || index->pending->len + touched->len > MAX_PENDING)
    g_object_set_qdata (plan, index_quark (), NULL);
  else
    for (guint i = 0; i < touched->len; i++)
      g_ptr_array_add (index->pending, g_strdup (touched->pdata[i]));
  return TRUE;
}

static void
install_hook (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_signal_add_emission_hook (g_signal_lookup ("changed", WMK_TYPE_PLAN), 0,
                                  plan_changed_hook, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

static void
add (GArray *dated, const char *date, WmkCalendarKind kind, guint target, WmkEntity *entity)
{
  WmkCalendarDated item = { "", kind, target, g_object_ref (entity) };

  g_strlcpy (item.date, date, sizeof item.date);
  g_array_append_val (dated, item);
}

/* The dates of one action, KPI or log item, appended to @dated. */
static void
add_entries (GArray *dated, WmkEntity *entity, WmkCalendarKind kind)
{
  if (kind == WMK_CALENDAR_KPI_TARGET)
    {
      JsonNode *targets = wmk_entity_get_field (entity, "targets");
      guint n = wmk_kpi_targets_get_n (targets);

      for (guint t = 0; t < n; t++)
        {
          const char *date = NULL;

          if (wmk_kpi_targets_get (targets, t, &date, NULL, NULL) && wmk_date_is_valid (date))
            add (dated, date, kind, t, entity);
        }
    }
  else
    {
      const char *due = wmk_entity_get_string (entity, "due");

      if (wmk_date_is_valid (due))
        add (dated, due, kind, 0, entity);
    }
}

static const WmkCalendarKind indexed_kinds[] = {
  WMK_CALENDAR_ACTION_DUE, WMK_CALENDAR_KPI_TARGET, WMK_CALENDAR_LOG_ITEM_DUE,
};

static int
compare_dated (gconstpointer a, gconstpointer b)
{
  return strcmp (((const WmkCalendarDated *) a)->date, ((const WmkCalendarDated *) b)->date);
}

static Index *
build (WmkPlan *plan)
{
  Index *index = g_new0 (Index, 1);

  index->dated = g_array_new (FALSE, FALSE, sizeof (WmkCalendarDated));
  index->pending = g_ptr_array_new_with_free_func (g_free);
  /* Actions, then KPIs, then log items, each in plan order: the stable sort
   * by day below leaves them by kind and plan order within a day. */
  for (guint k = 0; k < G_N_ELEMENTS (indexed_types); k++)
    {
      GListModel *items = wmk_plan_get_items (plan, indexed_types[k]);

      index->n_items[k] = g_list_model_get_n_items (items);
      for (guint i = 0; i < index->n_items[k]; i++)
        {
          g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);
          add_entries (index->dated, entity, indexed_kinds[k]);
        }
    }
  g_array_sort (index->dated, compare_dated);   /* a stable merge sort */
  return index;
}

static gboolean
still_counts (Index *index, WmkPlan *plan)
{
  for (guint i = 0; i < G_N_ELEMENTS (indexed_types); i++)
    if (index->n_items[i] != g_list_model_get_n_items (wmk_plan_get_items (plan, indexed_types[i])))
      return FALSE;
  return TRUE;
}

/* The first item dated on or after @date. */
static guint
lower_bound (GArray *dated, const char *date)
{
  guint lo = 0, hi = dated->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (g_array_index (dated, WmkCalendarDated, mid).date, date) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Which of indexed_types @entity is, or -1. */
static int
type_index (WmkEntity *entity)
{
  const char *type = wmk_entity_get_entity_type (entity);

  for (guint k = 0; k < G_N_ELEMENTS (indexed_types); k++)
    if (g_str_equal (type, indexed_types[k]))
      return (int) k;
  return -1;
}

/* Whether @a goes before @b within one day: by kind, then plan order. */
static gboolean
goes_before (WmkPlan *plan, const WmkCalendarDated *a, const WmkCalendarDated *b)
{
  if (a->kind != b->kind)
    return a->kind < b->kind;
  if (a->entity == b->entity)
    return a->target < b->target;
  return wmk_plan_compare (plan, a->entity, b->entity) < 0;
}

static void
insert_in_place (WmkPlan *plan, GArray *dated, const WmkCalendarDated *item)
{
  guint position = lower_bound (dated, item->date);

  while (position < dated->len
         && g_str_equal (g_array_index (dated, WmkCalendarDated, position).date, item->date)
         && goes_before (plan, &g_array_index (dated, WmkCalendarDated, position), item))
    position++;
  g_array_insert_val (dated, position, *item);
}

/* Takes the touched items out and puts their dates back in; FALSE if the
 * change is one to rebuild from scratch for. */
static gboolean
apply_pending (Index *index, WmkPlan *plan)
{
  g_autoptr(GHashTable) touched = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (WmkCalendarDated));
  GHashTableIter iter;
  WmkEntity *entity;
  guint kept = 0;

  for (guint i = 0; i < index->pending->len; i++)
    {
      WmkEntity *e = wmk_plan_lookup (plan, index->pending->pdata[i]);
      const char *type = e ? wmk_entity_get_entity_type (e) : NULL;

      if (type && (g_str_equal (type, "workstream") || g_str_equal (type, "objective")))
        return FALSE;
      if (e && type_index (e) >= 0)
        g_hash_table_add (touched, e);
    }
  g_ptr_array_set_size (index->pending, 0);
  if (g_hash_table_size (touched) == 0)
    return TRUE;

  /* Out, in one pass. */
  for (guint i = 0; i < index->dated->len; i++)
    {
      WmkCalendarDated *item = &g_array_index (index->dated, WmkCalendarDated, i);

      if (g_hash_table_contains (touched, item->entity))
        g_object_unref (item->entity);
      else
        g_array_index (index->dated, WmkCalendarDated, kept++) = *item;
    }
  g_array_set_size (index->dated, kept);

  /* And back, where a fresh build would put them. */
  g_hash_table_iter_init (&iter, touched);
  while (g_hash_table_iter_next (&iter, (gpointer *) &entity, NULL))
    if (wmk_entity_get_live (entity))
      add_entries (fresh, entity, indexed_kinds[type_index (entity)]);
  for (guint i = 0; i < fresh->len; i++)
    insert_in_place (plan, index->dated, &g_array_index (fresh, WmkCalendarDated, i));
  for (guint k = 0; k < G_N_ELEMENTS (indexed_types); k++)
    index->n_items[k] = g_list_model_get_n_items (wmk_plan_get_items (plan, indexed_types[k]));
  return TRUE;
}

/**
 * wmk_calendar_index_range:
 * @from: the first day, YYYY-MM-DD
 * @to: the last day (inclusive)
 * @n_dated: (out): how many items fall from @from to @to
 *
 * The action due dates, KPI targets and action-log due dates from @from to
 * @to, by day (in plan order within a day and kind). Nothing is filtered:
 * the caller reads status and workstream from the entities.
 *
 * Returns: (transfer none) (array length=n_dated): the items; valid until
 *   the plan next changes or this is next called
 */
const WmkCalendarDated *
wmk_calendar_index_range (WmkPlan *plan, const char *from, const char *to, guint *n_dated)
{
  Index *index;
  guint first, last;

  install_hook ();
  index = g_object_get_qdata (G_OBJECT (plan), index_quark ());
  if (index && index->pending->len > 0 && !apply_pending (index, plan))
    index = NULL;
  if (index == NULL || !still_counts (index, plan))
    {
      index = build (plan);
      g_object_set_qdata_full (G_OBJECT (plan), index_quark (), index, index_free);
    }

  first = lower_bound (index->dated, from);
  last = first;
  while (last < index->dated->len
         && strcmp (g_array_index (index->dated, WmkCalendarDated, last).date, to) <= 0)
    last++;
  *n_dated = last - first;
  return first < index->dated->len ? &g_array_index (index->dated, WmkCalendarDated, first) : NULL;
}
