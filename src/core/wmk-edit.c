/* wmk-edit.c: a set of changes made together, undone together
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit checks every change against the schema and the plan as it is
 * built, so a commit only ever writes changes that make sense: a known field
 * of the right type, a link to an item that exists.
 */

#include "wmk-plan-private.h"

#include "wmk-json.h"
#include "wmk-op.h"

WmkEdit *
wmk_edit_new (WmkPlan *plan, const char *label)
{
  WmkEdit *edit = g_new0 (WmkEdit, 1);

  edit->plan = plan;
  edit->label = g_strdup (label);
  edit->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_op_unref);
  edit->created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return edit;
}

void
wmk_edit_free (WmkEdit *edit)
{
  if (edit == NULL)
    return;
  g_free (edit->label);
  g_ptr_array_unref (edit->ops);
  g_hash_table_unref (edit->created);
  g_free (edit);
}

GPtrArray *
wmk_edit_get_ops (WmkEdit *edit)
{
  return edit->ops;
}

gboolean
wmk_edit_is_empty (WmkEdit *edit)
{
  g_return_val_if_fail (edit != NULL, TRUE);
  return edit->ops->len == 0;
}

guint
wmk_edit_get_n_changes (WmkEdit *edit)
{
  g_return_val_if_fail (edit != NULL, 0);
  return edit->ops->len;
}

/* The type of a live entity, or of one created earlier in this edit. */
static const char *
type_of (WmkEdit *edit, const char *id)
{
  WmkEntity *entity = wmk_plan_lookup (edit->plan, id);

  if (entity && wmk_entity_get_live (entity))
    return wmk_entity_get_entity_type (entity);
  return g_hash_table_lookup (edit->created, id);
}

static gboolean
check_target (WmkEdit *edit, const WmkFieldSpec *field, const char *target, GError **error)
{
  const char *type = type_of (edit, target);

  if (type == NULL)
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   "“%s” links to “%s”, which is not in the plan", field->name, target);
      return FALSE;
    }
  if (!wmk_field_spec_allows_type (field, type))
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID,
                   "“%s” must link to an item of type “%s”, and “%s” is of type “%s”",
                   field->name, field->detail, target, type);
      return FALSE;
    }
  return TRUE;
}

/* The field of a known type, with its value checked; a field a known type
 * does not have is refused (a typo must not create a field nobody sees). */
static const WmkFieldSpec *
check_field (WmkEdit *edit, const char *type, const char *field, JsonNode *value, GError **error)
{
  const WmkTypeSpec *spec = wmk_schema_lookup (wmk_plan_get_schema (edit->plan), type);
  const WmkFieldSpec *field_spec = wmk_type_spec_lookup_field (spec, field);

  if (spec == NULL)
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_TYPE,
                   "Items of type “%s” cannot be edited by this version of Waymark", type);
      return NULL;
    }
  if (field_spec == NULL)
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_FIELD,
                   "A %s has no field “%s”", spec->label, field);
      return NULL;
    }
  if (!wmk_field_spec_check (field_spec, value, error))
    return NULL;

  if (field_spec->kind == WMK_FIELD_REF && value && !JSON_NODE_HOLDS_NULL (value)
      && !check_target (edit, field_spec, json_node_get_string (value), error))
    return NULL;
  if (field_spec->kind == WMK_FIELD_REFS && value && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *array = json_node_get_array (value);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!check_target (edit, field_spec, json_array_get_string_element (array, i), error))
          return NULL;
    }
  return field_spec;
}

/**
 * wmk_edit_create:
 * @type: a known entity type
 * @fields: (transfer none): its initial fields
 *
 * Adds a new entity with a new random id.
 *
 * Returns: (transfer full): the new entity's id, or %NULL with @error set
 */
char *
wmk_edit_create (WmkEdit *edit, const char *type, JsonObject *fields, GError **error)
{
  g_autoptr(WmkOp) op = NULL;
  g_autofree char *id = g_uuid_string_random ();
  JsonObject *values = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_return_val_if_fail (edit != NULL, NULL);
  g_return_val_if_fail (type != NULL, NULL);

  op = wmk_op_new (WMK_OP_CREATE, type, id);
  op->value = wmk_json_new_object (values);
  /* Known now, so that fields may link to the entity itself. */
  g_hash_table_insert (edit->created, g_strdup (id), g_strdup (type));

  if (fields)
    json_object_iter_init_ordered (&iter, fields);
  while (fields && json_object_iter_next_ordered (&iter, &name, &value))
    {
      const WmkFieldSpec *field = check_field (edit, type, name, value, error);

      if (field == NULL)
        {
          g_hash_table_remove (edit->created, id);
          return NULL;
        }
      if (JSON_NODE_HOLDS_NULL (value))
        continue;
      if (wmk_field_spec_is_set (field))
        {
          if (op->sets == NULL)
            op->sets = json_object_new ();
          json_object_set_member (op->sets, name, json_node_copy (value));
        }
      else
        json_object_set_member (values, name, json_node_copy (value));
    }

  g_ptr_array_add (edit->ops, g_steal_pointer (&op));
  return g_steal_pointer (&id);
}

static WmkOp *
member_op (WmkOpKind kind, const char *type, const char *id, const char *field, const char *elem)
{
  WmkOp *op = wmk_op_new (kind, type, id);

  op->field = g_strdup (field);
  op->elem = g_strdup (elem);
  return op;
}

static gboolean
set_members (WmkEdit *edit, const char *type, const char *id, const char *field, JsonNode *value)
{
  WmkEntity *entity = wmk_plan_lookup (edit->plan, id);
  JsonArray *wanted = value && JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;
  g_auto(GStrv) current = entity ? wmk_entity_dup_strv (entity, field) : g_new0 (char *, 1);

  /* A set is edited by adding and removing elements, never replaced whole:
   * two people linking different items at once must both win. */
  for (guint i = 0; current[i]; i++)
    {
      gboolean keep = FALSE;

      for (guint j = 0; wanted && j < json_array_get_length (wanted); j++)
        keep |= g_strcmp0 (json_array_get_string_element (wanted, j), current[i]) == 0;
      if (!keep)
        g_ptr_array_add (edit->ops, member_op (WMK_OP_REMOVE, type, id, field, current[i]));
    }
  for (guint j = 0; wanted && j < json_array_get_length (wanted); j++)
    {
      const char *elem = json_array_get_string_element (wanted, j);

      if (!g_strv_contains ((const char *const *) current, elem))
        g_ptr_array_add (edit->ops, member_op (WMK_OP_ADD, type, id, field, elem));
    }
  return TRUE;
}

/**
 * wmk_edit_set:
 * @id: the entity to change
 * @field: one of its type's fields
 * @value: (nullable): the new value; %NULL or JSON null clears it
 *
 * Adds a change of one field. Setting a field to the value it already has
 * records nothing.
 */
gboolean
wmk_edit_set (WmkEdit *edit, const char *id, const char *field, JsonNode *value, GError **error)
{
  const char *type;
  const WmkFieldSpec *field_spec;
  WmkEntity *entity;
  WmkOp *op;

  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (id != NULL && field != NULL, FALSE);

  type = type_of (edit, id);
  if (type == NULL)
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   "No item in the plan has the id “%s”", id);
      return FALSE;
    }
  field_spec = check_field (edit, type, field, value, error);
  if (field_spec == NULL)
    return FALSE;
  if (wmk_field_spec_is_set (field_spec))
    return set_members (edit, type, id, field, value);

  entity = wmk_plan_lookup (edit->plan, id);
  if (entity && !g_hash_table_contains (edit->created, id)
      && wmk_json_equal (wmk_entity_get_field (entity, field), value))
    return TRUE;

  op = wmk_op_new (WMK_OP_SET, type, id);
  op->field = g_strdup (field);
  op->value = value ? json_node_copy (value) : json_node_new (JSON_NODE_NULL);
  g_ptr_array_add (edit->ops, op);
  return TRUE;
}

static gboolean
link_or_unlink (WmkEdit *edit, WmkOpKind kind, const char *id, const char *field,
                const char *target, GError **error)
{
  const char *type = type_of (edit, id);
  const WmkFieldSpec *field_spec;
  WmkEntity *entity;
  gboolean linked;

  if (type == NULL)
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   "No item in the plan has the id “%s”", id);
      return FALSE;
    }
  field_spec = check_field (edit, type, field, NULL, error);
  if (field_spec == NULL)
    return FALSE;
  if (!wmk_field_spec_is_set (field_spec))
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID,
                   "“%s” is not a list of links", field);
      return FALSE;
    }
  if (kind == WMK_OP_ADD && !check_target (edit, field_spec, target, error))
    return FALSE;

  entity = wmk_plan_lookup (edit->plan, id);
  linked = entity && wmk_entity_links_to (entity, field, target);
  if ((kind == WMK_OP_ADD) != linked)
    g_ptr_array_add (edit->ops, member_op (kind, type, id, field, target));
  return TRUE;
}

/**
 * wmk_edit_link:
 * @field: a link-set field ("kpis", "roles")
 * @target: the id of the item to link to
 */
gboolean
wmk_edit_link (WmkEdit *edit, const char *id, const char *field, const char *target,
               GError **error)
{
  g_return_val_if_fail (edit != NULL, FALSE);
  return link_or_unlink (edit, WMK_OP_ADD, id, field, target, error);
}

gboolean
wmk_edit_unlink (WmkEdit *edit, const char *id, const char *field, const char *target,
                 GError **error)
{
  g_return_val_if_fail (edit != NULL, FALSE);
  return link_or_unlink (edit, WMK_OP_REMOVE, id, field, target, error);
}

static void
delete_tree (WmkEdit *edit, WmkEntity *entity)
{
  g_autoptr(GPtrArray) children = wmk_plan_dup_children (edit->plan, wmk_entity_get_id (entity),
                                                         NULL);
  WmkOp *op;

  /* Children first, so that undo (which runs backwards) restores the parent first. */
  for (guint i = 0; i < children->len; i++)
    delete_tree (edit, children->pdata[i]);
  op = wmk_op_new (WMK_OP_DELETE, wmk_entity_get_entity_type (entity), wmk_entity_get_id (entity));
  op->value = wmk_json_new_bool (FALSE);
  g_ptr_array_add (edit->ops, op);
}

/**
 * wmk_edit_delete:
 * @id: the entity to delete
 *
 * Deletes an entity and everything under it. Nothing is erased: deleted
 * items stay in the log and come back with undo.
 */
gboolean
wmk_edit_delete (WmkEdit *edit, const char *id, GError **error)
{
  WmkEntity *entity;

  g_return_val_if_fail (edit != NULL, FALSE);

  entity = wmk_plan_lookup (edit->plan, id);
  if (entity == NULL || !wmk_entity_get_live (entity))
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   "No item in the plan has the id “%s”", id);
      return FALSE;
    }
  if (WMK_IS_PLAN_INFO (entity))
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID,
                   "The plan itself cannot be deleted; delete its file instead");
      return FALSE;
    }
  delete_tree (edit, entity);
  return TRUE;
}
