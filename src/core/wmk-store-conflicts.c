/* wmk-store-conflicts.c: conflicts as a list, the resolve operation, and the
 * canonical dump of a store's state
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conflicts are data (docs/sync.md §2.1 rule 5): the `conflict` table lists
 * fields whose heads hold distinct values, kept up to date by the field rule
 * itself. "Edited while deleted" is computed here from the winning delete's
 * `seen`, so it too is a pure function of the set of operations.
 */

#include "wmk-store-sync.h"

#include "wmk-json.h"
#include "wmk-store-private.h"

static GPtrArray *
heads_of (WmkStore *self, const char *e, const char *f, GStrv only_not_in)
{
  GPtrArray *values = g_ptr_array_new ();
  sqlite3_stmt *stmt = wmk_store_prepare (self,
                                          "SELECT h.stamp, h.kind, h.value, op.author FROM field_head h"
                                          " LEFT JOIN op ON op.stamp = h.stamp"
                                          " WHERE h.e = ? AND h.f = ? ORDER BY h.stamp",
                                          NULL);

  if (stmt == NULL)
    return values;
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, f, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *stamp = (const char *) sqlite3_column_text (stmt, 0);
      WmkConflictValue *v;

      if (only_not_in && g_strv_contains ((const char *const *) only_not_in, stamp))
        continue;
      v = g_new0 (WmkConflictValue, 1);
      v->stamp = g_strdup (stamp);
      v->time_ms = wmk_stamp_get_ms (stamp);
      v->value = wmk_store_column_value (stmt, 1);
      v->author = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (values, v);
    }
  sqlite3_reset (stmt);
  return values;
}

static void
free_value (gpointer data)
{
  WmkConflictValue *value = data;

  g_free (value->stamp);
  g_free (value->author);
  g_clear_pointer (&value->value, json_node_unref);
  g_free (value);
}

static WmkConflict *
conflict_new (const char *e, const char *etype, const char *f, const char *kind, GPtrArray *values)
{
  WmkConflict *c = g_new0 (WmkConflict, 1);

  c->entity = g_strdup (e);
  c->etype = g_strdup (etype);
  c->field = g_strdup (f);
  c->kind = g_strdup (kind);
  c->values = values;
  g_ptr_array_set_free_func (values, free_value);
  return c;
}

/* Fields of a deleted entity edited by someone who had not seen the delete. */
static void
edited_while_deleted (WmkStore *self, const char *e, const char *etype, GPtrArray *out)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) live_heads = heads_of (self, e, "_live", NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_ptr_array_set_free_func (live_heads, free_value);
  for (guint i = 0; i < live_heads->len; i++)
    {
      WmkConflictValue *head = live_heads->pdata[i];
      g_autoptr(WmkOp) op = NULL;
      JsonObjectIter iter;
      const char *f;
      JsonNode *stamps;

      if (!JSON_NODE_HOLDS_VALUE (head->value) || json_node_get_boolean (head->value))
        continue;
      if ((op = wmk_store_lookup_op (self, head->stamp, NULL)) == NULL || op->seen == NULL)
        continue;
      /* Equal-valued concurrent deletes: the union of what they saw. */
      json_object_iter_init (&iter, op->seen);
      while (json_object_iter_next (&iter, &f, &stamps))
        {
          GPtrArray *list = g_hash_table_lookup (seen, f);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (seen, g_strdup (f), list);
            }
          for (guint k = 0; JSON_NODE_HOLDS_ARRAY (stamps)
                            && k < json_array_get_length (json_node_get_array (stamps));
               k++)
            g_ptr_array_add (list, g_strdup (json_array_get_string_element (
                                     json_node_get_array (stamps), k)));
        }
    }

  stmt = wmk_store_prepare (self, "SELECT DISTINCT f FROM field_head WHERE e = ? AND f != '_live' ORDER BY f",
                            NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (fields, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  for (guint i = 0; i < fields->len; i++)
    {
      GPtrArray *list = g_hash_table_lookup (seen, fields->pdata[i]);
      g_autoptr(GPtrArray) strv = g_ptr_array_new ();
      GPtrArray *unseen;

      for (guint k = 0; list && k < list->len; k++)
        g_ptr_array_add (strv, list->pdata[k]);
      g_ptr_array_add (strv, NULL);
      unseen = heads_of (self, e, fields->pdata[i], (GStrv) strv->pdata);
      if (unseen->len > 0)
        g_ptr_array_add (out, conflict_new (e, etype, fields->pdata[i], "edited-while-deleted",
                                            unseen));
      else
        g_ptr_array_unref (unseen);
    }
}

/**
 * wmk_store_list_conflicts:
 *
 * Every field in conflict, with every value, who wrote it and when; fields
 * edited while their item was deleted elsewhere; deletes concurrent with
 * restores (field "_live"). Sorted by entity and field.
 *
 * Returns: (transfer full) (element-type WmkConflict): the conflicts
 */
GPtrArray *
wmk_store_list_conflicts (WmkStore *self, GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_conflict_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) deleted = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  stmt = wmk_store_prepare (self,
                            "SELECT c.e, coalesce(en.type, ''), c.f FROM conflict c"
                            " LEFT JOIN entity en ON en.e = c.e ORDER BY c.e, c.f",
                            error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int col = 0; col < 3; col++)
      g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, col)));
  sqlite3_reset (stmt);
  for (guint i = 0; i < rows->len; i += 3)
    {
      const char *f = rows->pdata[i + 2];
      g_ptr_array_add (out, conflict_new (rows->pdata[i], rows->pdata[i + 1], f,
                                          g_str_equal (f, "_live") ? "live" : "field",
                                          heads_of (self, rows->pdata[i], f, NULL)));
    }

  stmt = wmk_store_prepare (self, "SELECT e, type FROM entity WHERE live = 0 ORDER BY e", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int col = 0; col < 2; col++)
      g_ptr_array_add (deleted, g_strdup ((const char *) sqlite3_column_text (stmt, col)));
  sqlite3_reset (stmt);
  for (guint i = 0; i < deleted->len; i += 2)
    edited_while_deleted (self, deleted->pdata[i], deleted->pdata[i + 1], out);

  wmk_store_reset_statements (self);
  return g_steal_pointer (&out);
}

/**
 * wmk_store_resolve:
 * @entity: the item's id
 * @field: the conflicted field; "_live" to settle a delete (%FALSE keeps it
 *   deleted, %TRUE restores it with the edits made meanwhile)
 * @value: the value chosen or written
 *
 * Commits a resolution (docs/sync.md §2.7): a `set` whose `prev` names every
 * current head, so the field has one head again on every laptop it reaches.
 * It is committed even when @value equals the value shown, and it is undoable.
 */
gboolean
wmk_store_resolve (WmkStore *self, const char *entity, const char *field, JsonNode *value,
                   const char *author, GPtrArray *touched, GError **error)
{
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_op_unref);
  g_autoptr(WmkRecord) record = NULL;
  g_autofree char *label = NULL;
  WmkOp *op;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL && field != NULL, FALSE);

  if ((record = wmk_store_read (self, entity, error)) == NULL)
    return FALSE;
  if (g_str_equal (field, "_live"))
    {
      gboolean live = value && JSON_NODE_HOLDS_VALUE (value)
                      && json_node_get_value_type (value) == G_TYPE_BOOLEAN
                      && json_node_get_boolean (value);

      op = wmk_op_new (live ? WMK_OP_RESTORE : WMK_OP_DELETE, record->type, entity);
      op->value = wmk_json_new_bool (live);
    }
  else
    {
      op = wmk_op_new (WMK_OP_SET, record->type, entity);
      op->field = g_strdup (field);
      op->value = value ? json_node_copy (value) : json_node_new (JSON_NODE_NULL);
    }
  g_ptr_array_add (ops, op);
  label = g_strdup_printf ("Resolve %s of %s", field, entity);
  return wmk_store_commit (self, ops, author, label, WMK_COMMIT_EDIT, touched, error);
}

static void
dump_rows (WmkStore *self, GString *out, const char *tag, const char *sql, int n_cols)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append (out, tag);
      for (int col = 0; col < n_cols; col++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, col);
          g_string_append_c (out, '\t');
          g_string_append (out, text ? text : "");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_reset (stmt);
}

/**
 * wmk_store_dump_state:
 *
 * Returns: (transfer full): the state as text, equal on two laptops exactly
 *   when they hold the same operations and the same derived state
 */
char *
wmk_store_dump_state (WmkStore *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  dump_rows (self, out, "op", "SELECT writer, seq, hash FROM op ORDER BY writer, seq, hash", 3);
  dump_rows (self, out, "entity", "SELECT e, type, live FROM entity ORDER BY e", 3);
  dump_rows (self, out, "head", "SELECT e, f, stamp, kind, value FROM field_head ORDER BY e, f, stamp", 5);
  dump_rows (self, out, "member",
             "SELECT e, f, elem, add_stamp, removed FROM set_member ORDER BY e, f, elem, add_stamp", 5);
  dump_rows (self, out, "conflict", "SELECT e, f FROM conflict ORDER BY e, f", 2);
  dump_rows (self, out, "pending", "SELECT hash FROM pending_op ORDER BY hash", 1);
  wmk_store_reset_statements (self);
  return g_string_free (out, FALSE);
}
