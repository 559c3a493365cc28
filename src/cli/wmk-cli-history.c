/* wmk-cli-history.c: waymark-cli commands on the operation log: history, undo, redo
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

static char *
format_time (gint64 ms)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static char *
describe (WmkPlan *plan, WmkEntity *entity, WmkChange *change)
{
  const WmkFieldSpec *field = change->field
                                ? wmk_type_spec_lookup_field (wmk_entity_get_spec (entity),
                                                              change->field)
                                : NULL;

  switch (change->kind)
    {
    case WMK_OP_CREATE:
      return g_strdup ("created");
    case WMK_OP_DELETE:
      return g_strdup ("deleted");
    case WMK_OP_RESTORE:
      return g_strdup ("restored");
    case WMK_OP_ADD:
    case WMK_OP_REMOVE:
      {
        WmkEntity *target = wmk_plan_lookup (plan, change->elem);
        g_autofree char *title = target ? wmk_entity_dup_title (target) : g_strdup (change->elem);
        return g_strdup_printf ("%s %s “%s”", change->kind == WMK_OP_ADD ? "linked" : "unlinked",
                                change->field, title);
      }
    case WMK_OP_SET:
    default:
      {
        g_autofree char *old = wmk_cli_display_value (plan, field, change->old_value);
        g_autofree char *new = wmk_cli_display_value (plan, field, change->new_value);
        return g_strdup_printf ("%s: “%s” → “%s”", change->field, old, new);
      }
    }
}

static JsonNode *
change_json (WmkChange *change)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "stamp", change->stamp);
  json_object_set_int_member (object, "time_ms", change->time_ms);
  json_object_set_string_member (object, "author", change->author);
  json_object_set_string_member (object, "change", wmk_op_kind_to_string (change->kind));
  if (change->field)
    json_object_set_string_member (object, "field", change->field);
  if (change->kind == WMK_OP_SET)
    json_object_set_member (object, "old",
                            change->old_value ? json_node_copy (change->old_value)
                                              : json_node_new (JSON_NODE_NULL));
  if (change->new_value)
    json_object_set_member (object, "new", json_node_copy (change->new_value));
  if (change->elem)
    json_object_set_string_member (object, "item", change->elem);
  return wmk_json_new_object (object);
}

int
wmk_cli_history (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  WmkEntity *entity;
  WmkPlan *plan;

  if (argc != 2)
    return wmk_cli_usage ("history REF [--json]");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  /* Deleted items have a history too: look them up by id first. */
  entity = wmk_plan_lookup (plan, argv[1]);
  if (entity == NULL && (entity = wmk_plan_resolve (plan, argv[1], &error)) == NULL)
    return wmk_cli_error (error);
  if ((changes = wmk_plan_history (plan, wmk_entity_get_id (entity), &error)) == NULL)
    return wmk_cli_error (error);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = wmk_json_new_array (json_array_new ());

      for (guint i = 0; i < changes->len; i++)
        json_array_add_element (json_node_get_array (root), change_json (changes->pdata[i]));
      wmk_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      WmkChange *change = changes->pdata[i];
      g_autofree char *when = format_time (change->time_ms);
      g_autofree char *what = describe (plan, entity, change);

      g_print ("%s  %-20s %s\n", when, change->author ? change->author : "", what);
    }
  return 0;
}

static int
reverse (WmkCliContext *ctx, gboolean undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  WmkPlan *plan;

  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  label = undo ? wmk_store_dup_undo_label (wmk_plan_get_store (plan))
               : wmk_store_dup_redo_label (wmk_plan_get_store (plan));
  if (!(undo ? wmk_plan_undo : wmk_plan_redo) (plan, &error))
    return wmk_cli_error (error);
  g_print ("%s: %s\n", undo ? "Undone" : "Redone", label ? label : "edit");
  return 0;
}

int
wmk_cli_undo (WmkCliContext *ctx, int argc, char **argv)
{
  if (argc != 1)
    return wmk_cli_usage ("undo");
  return reverse (ctx, TRUE);
}

int
wmk_cli_redo (WmkCliContext *ctx, int argc, char **argv)
{
  if (argc != 1)
    return wmk_cli_usage ("redo");
  return reverse (ctx, FALSE);
}
