/* wmk-store-commit.c: committing operations, undo and redo, and history
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-store-private.h"

#include "wmk-fault.h"
#include "wmk-json.h"

void
wmk_change_free (WmkChange *change)
{
  if (change == NULL)
    return;
  g_free (change->stamp);
  g_free (change->author);
  g_free (change->field);
  g_clear_pointer (&change->old_value, json_node_unref);
  g_clear_pointer (&change->new_value, json_node_unref);
  g_free (change->elem);
  g_free (change);
}

static gboolean
step (WmkStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return wmk_store_set_error (self, error);
  return TRUE;
}

#define PREPARE(var, sql)                        \
  sqlite3_stmt *var = wmk_store_prepare (self, sql, error); \
  if (var == NULL)                               \
    return FALSE

static GStrv
query_strv (WmkStore *self, sqlite3_stmt *stmt)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static GStrv
field_heads (WmkStore *self, const char *e, const char *f)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self,
                                          "SELECT stamp FROM field_head WHERE e = ? AND f = ? "
                                          "ORDER BY stamp",
                                          NULL);
  if (stmt == NULL)
    return g_new0 (char *, 1);
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, f, -1, SQLITE_STATIC);
  return query_strv (self, stmt);
}

/* What the author saw and replaces: docs/sync.md §2.7. */
static void
fill_prev (WmkStore *self, WmkOp *op)
{
  switch (op->kind)
    {
    case WMK_OP_SET:
      op->prev = field_heads (self, op->entity, op->field);
      break;

    case WMK_OP_DELETE:
    case WMK_OP_RESTORE:
      g_free (op->field);
      op->field = g_strdup ("_live");
      op->prev = field_heads (self, op->entity, "_live");
      if (op->kind == WMK_OP_DELETE)
        {
          sqlite3_stmt *stmt = wmk_store_prepare (self,
                                                  "SELECT f, stamp FROM field_head WHERE e = ? "
                                                  "AND f != '_live' ORDER BY f, stamp",
                                                  NULL);
          op->seen = json_object_new ();
          if (stmt == NULL)
            break;
          sqlite3_bind_text (stmt, 1, op->entity, -1, SQLITE_STATIC);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            {
              const char *f = (const char *) sqlite3_column_text (stmt, 0);
              JsonArray *heads = json_object_has_member (op->seen, f)
                                   ? json_object_get_array_member (op->seen, f)
                                   : NULL;

              if (heads == NULL)
                {
                  heads = json_array_new ();
                  json_object_set_array_member (op->seen, f, heads);
                }
              json_array_add_string_element (heads, (const char *) sqlite3_column_text (stmt, 1));
            }
        }
      break;

    case WMK_OP_REMOVE:
      {
        sqlite3_stmt *stmt = wmk_store_prepare (self,
                                                "SELECT add_stamp FROM set_member WHERE e = ? "
                                                "AND f = ? AND elem = ? AND removed = 0 "
                                                "ORDER BY add_stamp",
                                                NULL);
        if (stmt == NULL)
          break;
        sqlite3_bind_text (stmt, 1, op->entity, -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 2, op->field, -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 3, op->elem, -1, SQLITE_STATIC);
        op->tags = query_strv (self, stmt);
        op->prev = g_new0 (char *, 1);
      }
      break;

    case WMK_OP_CREATE:
    case WMK_OP_ADD:
    default:
      op->prev = g_new0 (char *, 1);
    }
}

/* Whether @heads (JSON values) hold more than one value. */
static gboolean
values_differ (GPtrArray *values)
{
  for (guint i = 1; i < values->len; i++)
    if (!wmk_json_equal (values->pdata[0], values->pdata[i]))
      return TRUE;
  return FALSE;
}

static gboolean
insert_head (WmkStore *self, const char *e, const char *f, const char *stamp, JsonNode *value,
             GError **error)
{
  PREPARE (stmt, "INSERT OR REPLACE INTO field_head (e, f, stamp, kind, value) "
                 "VALUES (?, ?, ?, ?, ?)");
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, f, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_STATIC);
  wmk_store_bind_value (stmt, 4, value);
  return step (self, stmt, error);
}

/* A conflict row exists exactly while a field's heads hold different values;
 * it is written only when that changes. */
static gboolean
set_conflict (WmkStore *self, const char *e, const char *f, const char *stamp, gboolean conflict,
              GError **error)
{
  if (conflict)
    {
      PREPARE (add, "INSERT OR IGNORE INTO conflict (e, f, detected) VALUES (?, ?, ?)");
      sqlite3_bind_text (add, 1, e, -1, SQLITE_STATIC);
      sqlite3_bind_text (add, 2, f, -1, SQLITE_STATIC);
      sqlite3_bind_text (add, 3, stamp, -1, SQLITE_STATIC);
      return step (self, add, error);
    }
  else
    {
      PREPARE (drop, "DELETE FROM conflict WHERE e = ? AND f = ?");
      sqlite3_bind_text (drop, 1, e, -1, SQLITE_STATIC);
      sqlite3_bind_text (drop, 2, f, -1, SQLITE_STATIC);
      return step (self, drop, error);
    }
}

/* The field rule: the new value replaces the heads it names, and becomes a
 * head itself unless a known operation already replaced it. The heads are
 * read once, before and after are compared in memory: this runs for every
 * operation of a 100,000-operation import (docs/sync.md §4). */
static gboolean
write_field (WmkStore *self, const char *e, const char *f, const char *stamp, JsonNode *value,
             GStrv prev, GError **error)
{
  g_autoptr(GPtrArray) stamps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  gboolean replaced;

  {
    PREPARE (heads, "SELECT stamp, kind, value FROM field_head WHERE e = ? AND f = ?");
    sqlite3_bind_text (heads, 1, e, -1, SQLITE_STATIC);
    sqlite3_bind_text (heads, 2, f, -1, SQLITE_STATIC);
    while (sqlite3_step (heads) == SQLITE_ROW)
      {
        g_ptr_array_add (stamps, g_strdup ((const char *) sqlite3_column_text (heads, 0)));
        g_ptr_array_add (before, wmk_store_column_value (heads, 1));
      }
    sqlite3_reset (heads);
  }

  for (guint i = 0; prev && prev[i]; i++)
    {
      PREPARE (link, "INSERT OR IGNORE INTO op_prev (e, f, prev, child) VALUES (?, ?, ?, ?)");
      sqlite3_bind_text (link, 1, e, -1, SQLITE_STATIC);
      sqlite3_bind_text (link, 2, f, -1, SQLITE_STATIC);
      sqlite3_bind_text (link, 3, prev[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (link, 4, stamp, -1, SQLITE_STATIC);
      if (!step (self, link, error))
        return FALSE;
    }
  for (guint i = 0; i < stamps->len; i++)
    {
      if (!(prev && g_strv_contains ((const char *const *) prev, stamps->pdata[i])))
        {
          g_ptr_array_add (after, before->pdata[i]);
          continue;
        }
      {
        PREPARE (drop, "DELETE FROM field_head WHERE e = ? AND f = ? AND stamp = ?");
        sqlite3_bind_text (drop, 1, e, -1, SQLITE_STATIC);
        sqlite3_bind_text (drop, 2, f, -1, SQLITE_STATIC);
        sqlite3_bind_text (drop, 3, stamps->pdata[i], -1, SQLITE_STATIC);
        if (!step (self, drop, error))
          return FALSE;
      }
    }

  {
    PREPARE (child, "SELECT 1 FROM op_prev WHERE e = ? AND f = ? AND prev = ? LIMIT 1");
    sqlite3_bind_text (child, 1, e, -1, SQLITE_STATIC);
    sqlite3_bind_text (child, 2, f, -1, SQLITE_STATIC);
    sqlite3_bind_text (child, 3, stamp, -1, SQLITE_STATIC);
    replaced = sqlite3_step (child) == SQLITE_ROW;
    sqlite3_reset (child);
  }
  if (!replaced)
    {
      if (!insert_head (self, e, f, stamp, value, error))
        return FALSE;
      g_ptr_array_add (after, value);
    }

  if (values_differ (before) == values_differ (after))
    return TRUE;
  return set_conflict (self, e, f, stamp, values_differ (after), error);
}

static gboolean
update_live (WmkStore *self, const char *e, GError **error)
{
  PREPARE (stmt, "UPDATE entity SET live = coalesce((SELECT value FROM field_head "
                 "WHERE e = ?1 AND f = '_live' ORDER BY stamp DESC LIMIT 1), 0) WHERE e = ?1");
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_STATIC);
  return step (self, stmt, error);
}

static gboolean
add_member (WmkStore *self, const char *e, const char *f, const char *elem, const char *stamp,
            gboolean removed, GError **error)
{
  PREPARE (stmt, "INSERT INTO set_member (e, f, elem, add_stamp, removed) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (e, f, elem, add_stamp) DO UPDATE SET removed = max(removed, "
                 "excluded.removed)");
  sqlite3_bind_text (stmt, 1, e, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, f, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, elem, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, removed);
  return step (self, stmt, error);
}

static gboolean
apply_create (WmkStore *self, WmkOp *op, gboolean fresh, GError **error)
{
  g_autoptr(JsonNode) live = wmk_json_new_bool (TRUE);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!fresh)
    {
      /* Operations for it arrived before its creation (another laptop). */
      PREPARE (type, "UPDATE entity SET type = ? WHERE e = ?");
      sqlite3_bind_text (type, 1, op->etype, -1, SQLITE_STATIC);
      sqlite3_bind_text (type, 2, op->entity, -1, SQLITE_STATIC);
      if (!step (self, type, error))
        return FALSE;
    }

  if (!(fresh ? insert_head (self, op->entity, "_live", op->stamp, live, error)
              : write_field (self, op->entity, "_live", op->stamp, live, NULL, error)))
    return FALSE;

  if (op->value && JSON_NODE_HOLDS_OBJECT (op->value))
    {
      json_object_iter_init (&iter, json_node_get_object (op->value));
      while (json_object_iter_next (&iter, &name, &value))
        if (!(fresh ? insert_head (self, op->entity, name, op->stamp, value, error)
                    : write_field (self, op->entity, name, op->stamp, value, NULL, error)))
          return FALSE;
    }

  if (op->sets)
    {
      json_object_iter_init (&iter, op->sets);
      while (json_object_iter_next (&iter, &name, &value))
        {
          JsonArray *elems = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;

          for (guint i = 0; elems && i < json_array_get_length (elems); i++)
            {
              const char *elem = json_array_get_string_element (elems, i);
              if (elem && !add_member (self, op->entity, name, elem, op->stamp, FALSE, error))
                return FALSE;
            }
        }
    }
  /* A fresh entity was inserted live; one that had operations before its
   * creation takes the winner of its _live heads. */
  return fresh || update_live (self, op->entity, error);
}

/* Records the operation and applies it to the state. An operation already
 * known (same writer, seq and hash) changes nothing: applying is idempotent. */
gboolean
wmk_store_apply_op (WmkStore *self, WmkOp *op, const char *raw, gboolean *applied,
                    GError **error)
{
  gboolean fresh;

  *applied = FALSE;
  {
    PREPARE (insert, "INSERT OR IGNORE INTO op (writer, seq, hash, stamp, author, t, etype, e, f, raw) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_bind_text (insert, 1, op->writer, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (insert, 2, op->seq);
    sqlite3_bind_text (insert, 3, op->hash, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 4, op->stamp, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 5, op->author, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 6, wmk_op_kind_to_string (op->kind), -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 7, op->etype, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 8, op->entity, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 9, op->field, -1, SQLITE_STATIC);
    sqlite3_bind_text (insert, 10, raw, -1, SQLITE_STATIC);
    if (!step (self, insert, error))
      return FALSE;
    if (sqlite3_changes (self->db) == 0)
      return TRUE;
  }
  *applied = TRUE;
  wmk_fault_point ("commit-mid-op");

  /* An import applies many operations to each entity: after the first, its
   * row is known to exist. */
  if (g_hash_table_contains (self->txn_entities, op->entity))
    fresh = FALSE;
  else
    {
      /* A new entity created by this very operation is live at once. */
      PREPARE (entity, "INSERT OR IGNORE INTO entity (e, type, live, created) VALUES (?, ?, ?, ?)");
      sqlite3_bind_text (entity, 1, op->entity, -1, SQLITE_STATIC);
      sqlite3_bind_text (entity, 2, op->etype ? op->etype : "", -1, SQLITE_STATIC);
      sqlite3_bind_int (entity, 3, op->kind == WMK_OP_CREATE);
      sqlite3_bind_text (entity, 4, op->stamp, -1, SQLITE_STATIC);
      if (!step (self, entity, error))
        return FALSE;
      fresh = sqlite3_changes (self->db) == 1;
      g_hash_table_add (self->txn_entities, g_strdup (op->entity));
    }

  switch (op->kind)
    {
    case WMK_OP_CREATE:
      return apply_create (self, op, fresh, error);

    case WMK_OP_SET:
      return write_field (self, op->entity, op->field, op->stamp, op->value, op->prev, error);

    case WMK_OP_DELETE:
    case WMK_OP_RESTORE:
      return write_field (self, op->entity, "_live", op->stamp, op->value, op->prev, error)
             && update_live (self, op->entity, error);

    case WMK_OP_ADD:
      return add_member (self, op->entity, op->field, op->elem, op->stamp, FALSE, error);

    case WMK_OP_REMOVE:
      for (guint i = 0; op->tags && op->tags[i]; i++)
        if (!add_member (self, op->entity, op->field, op->elem, op->tags[i], TRUE, error))
          return FALSE;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
save_clock (WmkStore *self, GError **error)
{
  PREPARE (stmt, "INSERT OR REPLACE INTO local_meta (key, value) "
                 "VALUES ('next_seq', ?1), ('hlc_l', ?2), ('hlc_c', ?3)");
  sqlite3_bind_int64 (stmt, 1, self->next_seq);
  sqlite3_bind_int64 (stmt, 2, self->hlc.l);
  sqlite3_bind_int (stmt, 3, self->hlc.c);
  return step (self, stmt, error);
}

static gboolean
push_step (WmkStore *self, const char *stack, const char *label, JsonArray *stamps,
           gboolean clear_redo, GError **error)
{
  g_autoptr(JsonNode) node = wmk_json_new_array (json_array_ref (stamps));

  if (clear_redo && !wmk_store_exec (self, "DELETE FROM undo_step WHERE stack = 'redo'", error))
    return FALSE;
  {
    PREPARE (stmt, "INSERT INTO undo_step (stack, label, stamps) VALUES (?, ?, ?)");
    sqlite3_bind_text (stmt, 1, stack, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, label, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, wmk_json_to_string (node, FALSE), -1, g_free);
    return step (self, stmt, error);
  }
}

static void
note_touched (GPtrArray *touched, const char *id)
{
  if (touched == NULL)
    return;
  for (guint i = 0; i < touched->len; i++)
    if (g_str_equal (touched->pdata[i], id))
      return;
  g_ptr_array_add (touched, g_strdup (id));
}

/* The body of a commit, inside a transaction the caller owns. */
gboolean
wmk_store_commit_ops (WmkStore *self, GPtrArray *ops, const char *author, const char *label,
            WmkCommitKind kind, GPtrArray *touched, GError **error)
{
  g_autoptr(JsonArray) stamps = json_array_new ();

  for (guint i = 0; i < ops->len; i++)
    {
      WmkOp *op = ops->pdata[i];
      gboolean applied;

      fill_prev (self, op);
      self->hlc = wmk_hlc_tick (self->hlc, wmk_store_now_ms (self));
      wmk_op_seal (op, self->writer, self->next_seq++, self->hlc, author);
      if (!wmk_store_apply_op (self, op, op->json, &applied, error))
        return FALSE;
      {
        PREPARE (outbox, "INSERT INTO outbox (seq) VALUES (?)");
        sqlite3_bind_int64 (outbox, 1, op->seq);
        if (!step (self, outbox, error))
          return FALSE;
      }
      json_array_add_string_element (stamps, op->stamp);
      note_touched (touched, op->entity);
    }

  if (!save_clock (self, error))
    return FALSE;

  switch (kind)
    {
    case WMK_COMMIT_EDIT:
      return push_step (self, "undo", label, stamps, TRUE, error);
    case WMK_COMMIT_UNDO:
      return push_step (self, "redo", label, stamps, FALSE, error);
    case WMK_COMMIT_REDO:
      return push_step (self, "undo", label, stamps, FALSE, error);
    case WMK_COMMIT_IMPORT:
    default:
      return TRUE;
    }
}

gboolean
wmk_store_in_transaction (WmkStore *self, WmkStoreBody body, gpointer data, GError **error)
{
  gint64 saved_seq = self->next_seq;
  WmkHlc saved_hlc = self->hlc;
  g_autofree char *saved_epoch = g_strdup (self->epoch);

  wmk_store_reset_statements (self);
  g_hash_table_remove_all (self->txn_entities);
  if (!wmk_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* Another process (waymark-cli beside the app) may have committed since we
   * last did: take the sequence number and clock from the database, under
   * the write lock, never from memory. */
  if (!wmk_store_load_clock (self, error) || !body (self, data, error)
      || !wmk_store_exec (self, "COMMIT", error))
    {
      wmk_store_reset_statements (self);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_hash_table_remove_all (self->txn_entities);
      /* The body may have moved to a new epoch (a restore found while
       * applying): that was rolled back too. */
      wmk_store_set_identity (self, saved_epoch, saved_seq);
      self->hlc = saved_hlc;
      return FALSE;
    }
  wmk_store_reset_statements (self);
  return TRUE;
}

typedef struct
{
  GPtrArray     *ops;
  const char    *author;
  const char    *label;
  WmkCommitKind  kind;
  GPtrArray     *touched;
} CommitData;

static gboolean
commit_body (WmkStore *self, gpointer data, GError **error)
{
  CommitData *d = data;

  return wmk_store_commit_ops (self, d->ops, d->author, d->label, d->kind, d->touched, error);
}

/**
 * wmk_store_commit:
 * @ops: (element-type WmkOp): unstamped operations; they are stamped in place
 * @author: who makes the change
 * @label: what the change is called in "Undo …"
 * @kind: an edit, an undo or redo, or an import
 * @touched: (nullable) (element-type utf8): receives the ids of changed entities
 *
 * Commits the operations in one transaction: all of them or none.
 */
gboolean
wmk_store_commit (WmkStore *self, GPtrArray *ops, const char *author, const char *label,
                  WmkCommitKind kind, GPtrArray *touched, GError **error)
{
  CommitData data = { ops, author, label, kind, touched };

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  g_return_val_if_fail (ops != NULL, FALSE);

  return wmk_store_in_transaction (self, commit_body, &data, error);
}

WmkOp *
wmk_store_lookup_op (WmkStore *self, const char *stamp, GError **error)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self, "SELECT raw FROM op WHERE stamp = ?", error);

  if (stmt == NULL)
    return NULL;
  WmkOp *op;

  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                   "The plan %s is damaged: change %s is missing from its log", self->path, stamp);
      return NULL;
    }
  op = wmk_op_from_json ((const char *) sqlite3_column_text (stmt, 0), error);
  sqlite3_reset (stmt);
  return op;
}
