/* wmk-op.c: one recorded change to a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-op.h"

#include "wmk-json.h"
#include "wmk-store.h"

G_DEFINE_BOXED_TYPE (WmkOp, wmk_op, wmk_op_ref, wmk_op_unref)

static const char *kind_names[] = {
  [WMK_OP_CREATE] = "create",
  [WMK_OP_SET] = "set",
  [WMK_OP_DELETE] = "delete",
  [WMK_OP_RESTORE] = "restore",
  [WMK_OP_ADD] = "add",
  [WMK_OP_REMOVE] = "remove",
};

const char *
wmk_op_kind_to_string (WmkOpKind kind)
{
  g_return_val_if_fail (kind <= WMK_OP_REMOVE, NULL);
  return kind_names[kind];
}

gboolean
wmk_op_kind_from_string (const char *name, WmkOpKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = (WmkOpKind) i;
        return TRUE;
      }
  return FALSE;
}

WmkOp *
wmk_op_new (WmkOpKind kind, const char *etype, const char *entity)
{
  WmkOp *op = g_new0 (WmkOp, 1);

  g_return_val_if_fail (entity != NULL, NULL);

  g_atomic_ref_count_init (&op->ref_count);
  op->kind = kind;
  op->version = WMK_OP_FORMAT;
  op->etype = g_strdup (etype);
  op->entity = g_strdup (entity);
  return op;
}

WmkOp *
wmk_op_ref (WmkOp *op)
{
  g_return_val_if_fail (op != NULL, NULL);
  g_atomic_ref_count_inc (&op->ref_count);
  return op;
}

void
wmk_op_unref (WmkOp *op)
{
  g_return_if_fail (op != NULL);

  if (!g_atomic_ref_count_dec (&op->ref_count))
    return;
  g_free (op->writer);
  g_free (op->stamp);
  g_free (op->author);
  g_free (op->etype);
  g_free (op->entity);
  g_free (op->field);
  g_clear_pointer (&op->value, json_node_unref);
  g_clear_pointer (&op->sets, json_object_unref);
  g_free (op->elem);
  g_strfreev (op->prev);
  g_strfreev (op->tags);
  g_clear_pointer (&op->seen, json_object_unref);
  g_free (op->hash);
  g_free (op->json);
  g_free (op);
}

static JsonNode *
strv_node (GStrv strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv && strv[i]; i++)
    json_array_add_string_element (array, strv[i]);
  return wmk_json_new_array (array);
}

static JsonNode *
op_to_node (const WmkOp *op)
{
  JsonObject *object = json_object_new ();

  /* The member order is part of the format: it fixes the canonical bytes. */
  json_object_set_int_member (object, "v", op->version);
  json_object_set_string_member (object, "writer", op->writer);
  json_object_set_int_member (object, "seq", op->seq);
  json_object_set_string_member (object, "stamp", op->stamp);
  json_object_set_string_member (object, "author", op->author);
  json_object_set_string_member (object, "t", wmk_op_kind_to_string (op->kind));
  if (op->etype)
    json_object_set_string_member (object, "etype", op->etype);
  json_object_set_string_member (object, "e", op->entity);
  if (op->field)
    json_object_set_string_member (object, "f", op->field);
  if (op->value)
    json_object_set_member (object, "val", json_node_copy (op->value));
  if (op->sets)
    json_object_set_object_member (object, "sets", json_object_ref (op->sets));
  if (op->elem)
    json_object_set_string_member (object, "elem", op->elem);
  json_object_set_member (object, "prev", strv_node (op->prev));
  if (op->tags)
    json_object_set_member (object, "tags", strv_node (op->tags));
  if (op->seen)
    json_object_set_object_member (object, "seen", json_object_ref (op->seen));
  return wmk_json_new_object (object);
}

char *
wmk_op_to_json (const WmkOp *op)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (op != NULL, NULL);

  node = op_to_node (op);
  return wmk_json_to_string (node, FALSE);
}

void
wmk_op_seal (WmkOp *op, const char *writer, gint64 seq, WmkHlc hlc, const char *author)
{
  g_autofree char *sha = NULL;

  g_return_if_fail (op != NULL);
  g_return_if_fail (writer != NULL);

  g_free (op->writer);
  op->writer = g_strdup (writer);
  op->seq = seq;
  op->hlc = hlc;
  g_free (op->stamp);
  op->stamp = wmk_stamp_new (hlc, writer);
  g_free (op->author);
  op->author = g_strdup (author ? author : "");

  g_free (op->json);
  op->json = wmk_op_to_json (op);
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, op->json, -1);
  g_free (op->hash);
  op->hash = g_strndup (sha, 32);
}

static GStrv
strv_from_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;

  /* A damaged or foreign record may hold anything here: only strings count. */
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}

static const char *
string_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

WmkOp *
wmk_op_from_json (const char *json, GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(WmkOp) op = NULL;
  g_autofree char *sha = NULL;
  JsonObject *object;
  WmkOpKind kind;
  const char *entity, *stamp;
  JsonNode *member;

  root = wmk_json_parse (json, -1, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                   "An operation is not a JSON object");
      return NULL;
    }
  object = json_node_get_object (root);
  entity = string_member (object, "e");
  stamp = string_member (object, "stamp");
  if (!wmk_op_kind_from_string (string_member (object, "t"), &kind) || entity == NULL
      || !wmk_stamp_parse (stamp, NULL, NULL))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                   "An operation lacks its type, entity or stamp");
      return NULL;
    }

  op = wmk_op_new (kind, string_member (object, "etype"), entity);
  op->version = (int) json_object_get_int_member_with_default (object, "v", 1);
  op->writer = g_strdup (string_member (object, "writer"));
  op->seq = json_object_get_int_member_with_default (object, "seq", 0);
  op->stamp = g_strdup (stamp);
  wmk_stamp_parse (stamp, &op->hlc, NULL);
  op->author = g_strdup (string_member (object, "author"));
  op->field = g_strdup (string_member (object, "f"));
  if ((member = json_object_get_member (object, "val")))
    op->value = json_node_copy (member);
  if ((member = json_object_get_member (object, "sets")) && JSON_NODE_HOLDS_OBJECT (member))
    op->sets = json_object_ref (json_node_get_object (member));
  op->elem = g_strdup (string_member (object, "elem"));
  op->prev = strv_from_member (object, "prev");
  op->tags = strv_from_member (object, "tags");
  if ((member = json_object_get_member (object, "seen")) && JSON_NODE_HOLDS_OBJECT (member))
    op->seen = json_object_ref (json_node_get_object (member));

  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, json, -1);
  op->hash = g_strndup (sha, 32);
  op->json = g_strdup (json);
  return g_steal_pointer (&op);
}

JsonNode *
wmk_op_get_field_value (const WmkOp *op, const char *field)
{
  g_return_val_if_fail (op != NULL, NULL);

  switch (op->kind)
    {
    case WMK_OP_CREATE:
      if (g_strcmp0 (field, "_live") == 0)
        return NULL;
      if (op->value && JSON_NODE_HOLDS_OBJECT (op->value))
        return json_object_get_member (json_node_get_object (op->value), field);
      return NULL;
    case WMK_OP_SET:
    case WMK_OP_DELETE:
    case WMK_OP_RESTORE:
      return g_strcmp0 (field, op->field) == 0 ? op->value : NULL;
    case WMK_OP_ADD:
    case WMK_OP_REMOVE:
    default:
      return NULL;
    }
}
