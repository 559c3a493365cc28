/* wmk-store-undo.c: undo and redo as new operations, and an item's history
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo never removes anything from the log: it commits the inverse of a step
 * as new operations, so the audit trail shows it, other laptops receive it,
 * and the undo and redo stacks (kept in the database) survive a restart.
 */

#include "wmk-store-private.h"

#include "wmk-json.h"

/* The value a field had just before an operation replaced it. */
static JsonNode *
replaced_value (WmkStore *self, WmkOp *op, GError **error)
{
  const char *latest = NULL;
  g_autoptr(WmkOp) prev_op = NULL;
  JsonNode *value;

  for (guint i = 0; op->prev && op->prev[i]; i++)
    if (latest == NULL || g_strcmp0 (op->prev[i], latest) > 0)
      latest = op->prev[i];
  if (latest == NULL)
    return json_node_new (JSON_NODE_NULL);

  prev_op = wmk_store_lookup_op (self, latest, error);
  if (prev_op == NULL)
    return NULL;
  value = wmk_op_get_field_value (prev_op, op->field);
  return value ? json_node_copy (value) : json_node_new (JSON_NODE_NULL);
}

static WmkOp *
inverse_op (WmkStore *self, WmkOp *op, GError **error)
{
  g_autoptr(WmkOp) inverse = NULL;

  switch (op->kind)
    {
    case WMK_OP_SET:
      inverse = wmk_op_new (WMK_OP_SET, op->etype, op->entity);
      inverse->field = g_strdup (op->field);
      inverse->value = replaced_value (self, op, error);
      if (inverse->value == NULL)
        return NULL;
      break;
    case WMK_OP_CREATE:
    case WMK_OP_RESTORE:
      inverse = wmk_op_new (WMK_OP_DELETE, op->etype, op->entity);
      inverse->value = wmk_json_new_bool (FALSE);
      break;
    case WMK_OP_DELETE:
      inverse = wmk_op_new (WMK_OP_RESTORE, op->etype, op->entity);
      inverse->value = wmk_json_new_bool (TRUE);
      break;
    case WMK_OP_ADD:
    case WMK_OP_REMOVE:
      inverse = wmk_op_new (op->kind == WMK_OP_ADD ? WMK_OP_REMOVE : WMK_OP_ADD,
                            op->etype, op->entity);
      inverse->field = g_strdup (op->field);
      inverse->elem = g_strdup (op->elem);
      break;
    default:
      g_assert_not_reached ();
    }
  return g_steal_pointer (&inverse);
}

static gboolean
top_step (WmkStore *self, const char *stack, gint64 *id, char **label, JsonArray **stamps)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self,
                                          "SELECT id, label, stamps FROM undo_step WHERE stack = ? "
                                          "ORDER BY id DESC LIMIT 1",
                                          NULL);
  g_autoptr(JsonNode) node = NULL;

  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stack, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (!found)
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  if (id)
    *id = sqlite3_column_int64 (stmt, 0);
  if (label)
    *label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (stamps)
    {
      node = wmk_json_parse ((const char *) sqlite3_column_text (stmt, 2), -1, NULL);
      *stamps = node && JSON_NODE_HOLDS_ARRAY (node) ? json_array_ref (json_node_get_array (node))
                                                     : json_array_new ();
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
wmk_store_can_undo (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  return top_step (self, "undo", NULL, NULL, NULL);
}

gboolean
wmk_store_can_redo (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  return top_step (self, "redo", NULL, NULL, NULL);
}

char *
wmk_store_dup_undo_label (WmkStore *self)
{
  char *label = NULL;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  top_step (self, "undo", NULL, &label, NULL);
  return label;
}

char *
wmk_store_dup_redo_label (WmkStore *self)
{
  char *label = NULL;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  top_step (self, "redo", NULL, &label, NULL);
  return label;
}

typedef struct
{
  const char *stack;
  const char *author;
  GPtrArray  *touched;
} ReverseData;

static gboolean
reverse_body (WmkStore *self, gpointer data, GError **error)
{
  ReverseData *d = data;
  g_autoptr(GPtrArray) inverse = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_op_unref);
  g_autoptr(JsonArray) stamps = NULL;
  g_autofree char *label = NULL;
  g_autofree char *drop = NULL;
  gboolean undo = g_str_equal (d->stack, "undo");
  gint64 id;

  if (!top_step (self, d->stack, &id, &label, &stamps))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOTHING_TO_UNDO,
                   undo ? "There is nothing to undo in %s" : "There is nothing to redo in %s",
                   self->path);
      return FALSE;
    }

  /* The inverse of a step undoes its operations last first. */
  for (guint i = json_array_get_length (stamps); i > 0; i--)
    {
      g_autoptr(WmkOp) op = wmk_store_lookup_op (self,
                                                 json_array_get_string_element (stamps, i - 1),
                                                 error);
      WmkOp *inv;

      if (op == NULL || (inv = inverse_op (self, op, error)) == NULL)
        return FALSE;
      g_ptr_array_add (inverse, inv);
    }

  drop = g_strdup_printf ("DELETE FROM undo_step WHERE id = %" G_GINT64_FORMAT, id);
  return wmk_store_exec (self, drop, error)
         && wmk_store_commit_ops (self, inverse, d->author, label,
                                  undo ? WMK_COMMIT_UNDO : WMK_COMMIT_REDO, d->touched, error);
}

/**
 * wmk_store_undo:
 * @author: who undoes
 * @touched: (nullable) (element-type utf8): receives the ids of changed entities
 *
 * Undoes the last edit made on this plan on this computer, by committing its
 * inverse; the step moves to the redo stack.
 */
gboolean
wmk_store_undo (WmkStore *self, const char *author, GPtrArray *touched, GError **error)
{
  ReverseData data = { "undo", author, touched };

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  return wmk_store_in_transaction (self, reverse_body, &data, error);
}

/**
 * wmk_store_redo:
 *
 * Redoes the last undone step (see wmk_store_undo()).
 */
gboolean
wmk_store_redo (WmkStore *self, const char *author, GPtrArray *touched, GError **error)
{
  ReverseData data = { "redo", author, touched };

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  return wmk_store_in_transaction (self, reverse_body, &data, error);
}

/**
 * wmk_store_history:
 * @id: an entity id
 *
 * Every change ever made to one entity, oldest first, from the operation log.
 *
 * Returns: (transfer full) (element-type WmkChange): the changes
 */
GPtrArray *
wmk_store_history (WmkStore *self, const char *id, GError **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_change_free);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_op_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = wmk_store_prepare (self, "SELECT raw FROM op WHERE e = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WmkOp *op = wmk_op_from_json ((const char *) sqlite3_column_text (stmt, 0), error);
      if (op == NULL)
        return NULL;
      g_ptr_array_add (ops, op);
    }

  sqlite3_reset (stmt);
  for (guint i = 0; i < ops->len; i++)
    {
      WmkOp *op = ops->pdata[i];
      WmkChange *change = g_new0 (WmkChange, 1);

      change->stamp = g_strdup (op->stamp);
      change->time_ms = op->hlc.l;
      change->author = g_strdup (op->author);
      change->kind = op->kind;
      change->elem = g_strdup (op->elem);
      if (op->kind == WMK_OP_SET || op->kind == WMK_OP_ADD || op->kind == WMK_OP_REMOVE)
        change->field = g_strdup (op->field);
      if (op->kind == WMK_OP_SET)
        {
          change->old_value = replaced_value (self, op, error);
          if (change->old_value == NULL)
            {
              wmk_change_free (change);
              return NULL;
            }
        }
      if (op->value && op->kind != WMK_OP_DELETE && op->kind != WMK_OP_RESTORE)
        change->new_value = json_node_copy (op->value);
      g_ptr_array_add (changes, change);
    }
  wmk_store_reset_statements (self);
  return g_steal_pointer (&changes);
}
