/* wmk-cli-sync.c: waymark-cli commands for sharing a plan through a folder:
 * sync, join, conflicts, resolve
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

static const char *
writer_name (WmkSyncWriter *w)
{
  return w->label && *w->label ? w->label : w->device;
}

static char *
value_text (JsonNode *value)
{
  return value ? wmk_json_to_display (value) : g_strdup ("");
}

static char *
time_text (gint64 ms)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static const char *
entity_name (WmkPlan *plan, WmkConflict *c)
{
  WmkEntity *entity = wmk_plan_lookup (plan, c->entity);
  const char *ref = entity ? wmk_entity_get_ref (entity) : NULL;

  return ref ? ref : c->entity;
}

static void
print_conflicts (WmkPlan *plan, GPtrArray *conflicts)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      WmkConflict *c = conflicts->pdata[i];

      if (g_str_equal (c->kind, "edited-while-deleted"))
        g_print ("%s %s: edited while the item was deleted on another computer "
                 "(resolve %s _live restore | keep-deleted)\n",
                 entity_name (plan, c), c->field, entity_name (plan, c));
      else
        g_print ("%s %s: %u values\n", entity_name (plan, c), c->field, c->values->len);
      for (guint k = 0; k < c->values->len; k++)
        {
          WmkConflictValue *v = c->values->pdata[k];
          g_autofree char *text = value_text (v->value);
          g_autofree char *when = time_text (v->time_ms);

          g_print ("  “%s”  (%s, %s)%s\n", text, v->author ? v->author : "unknown", when,
                   k + 1 == c->values->len && !g_str_equal (c->kind, "edited-while-deleted")
                     ? "  shown for now"
                     : "");
        }
    }
}

static JsonNode *
conflicts_json (WmkPlan *plan, GPtrArray *conflicts)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < conflicts->len; i++)
    {
      WmkConflict *c = conflicts->pdata[i];
      JsonObject *object = json_object_new ();
      JsonArray *values = json_array_new ();
      WmkEntity *entity = wmk_plan_lookup (plan, c->entity);

      json_object_set_string_member (object, "id", c->entity);
      if (entity && wmk_entity_get_ref (entity))
        json_object_set_string_member (object, "ref", wmk_entity_get_ref (entity));
      json_object_set_string_member (object, "type", c->etype);
      json_object_set_string_member (object, "field", c->field);
      json_object_set_string_member (object, "kind", c->kind);
      for (guint k = 0; k < c->values->len; k++)
        {
          WmkConflictValue *v = c->values->pdata[k];
          JsonObject *value = json_object_new ();

          json_object_set_member (value, "value", v->value ? json_node_copy (v->value)
                                                           : json_node_new (JSON_NODE_NULL));
          json_object_set_string_member (value, "author", v->author);
          json_object_set_int_member (value, "time_ms", v->time_ms);
          json_object_set_string_member (value, "stamp", v->stamp);
          json_array_add_object_element (values, value);
        }
      json_object_set_array_member (object, "values", values);
      json_array_add_object_element (array, object);
    }
  return wmk_json_new_array (array);
}

static void
print_result (WmkPlan *plan, WmkSync *sync, WmkSyncResult *result)
{
  const char *folder = wmk_sync_get_folder (sync);

  if (result->offline)
    g_print ("Offline: %s cannot be reached; %" G_GINT64_FORMAT " changes wait to be published\n",
             folder, result->unpublished);
  else
    {
      g_print ("Published %u changes to %s\n", result->published + result->republished, folder);
      g_print ("Applied %u changes from other computers (%u files read)\n", result->applied,
               result->files_read);
    }
  if (result->pending > 0)
    g_print ("%u changes are kept until this Waymark can read them\n", result->pending);
  for (guint i = 0; i < result->waiting->len; i++)
    {
      WmkSyncWriter *w = result->waiting->pdata[i];
      g_autofree char *when = time_text (w->last_seen_ms);

      g_print ("Waiting for %" G_GINT64_FORMAT " changes from %s, last seen %s\n", w->missing,
               writer_name (w), when);
    }
  for (guint i = 0; i < result->writers->len; i++)
    {
      WmkSyncWriter *w = result->writers->pdata[i];

      if (w->skew_ms > 0)
        g_print ("%s's clock appears to be %" G_GINT64_FORMAT " hours ahead\n", writer_name (w),
                 (w->skew_ms + 1800000) / 3600000);
    }
  for (guint i = 0; i < result->warnings->len; i++)
    g_print ("%s\n", (char *) result->warnings->pdata[i]);
  if (result->conflicts->len == 0)
    g_print ("No conflicts\n");
  else
    {
      g_print ("%u conflicts:\n", result->conflicts->len);
      print_conflicts (plan, result->conflicts);
    }
}

int
wmk_cli_sync (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkSync) sync = NULL;
  g_autoptr(WmkSyncResult) result = NULL;
  WmkPlan *plan;

  if (argc > 2)
    return wmk_cli_usage ("sync [FOLDER]");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  sync = wmk_sync_new (plan);
  if (argc == 2)
    {
      g_autofree char *absolute = g_canonicalize_filename (argv[1], NULL);

      if (g_strcmp0 (absolute, wmk_sync_get_folder (sync)) != 0
          && !wmk_sync_bind (sync, absolute, &error))
        return wmk_cli_error (error);
    }
  else if (wmk_sync_get_folder (sync) == NULL)
    return wmk_cli_fail ("This plan is not shared yet; name a folder: waymark-cli sync FOLDER");
  if ((result = wmk_sync_run_round (sync, &error)) == NULL)
    return wmk_cli_error (error);
  if (ctx->json)
    {
      g_autoptr(JsonNode) node = conflicts_json (plan, result->conflicts);
      JsonObject *object = json_object_new ();
      g_autoptr(JsonNode) root = wmk_json_new_object (object);

      json_object_set_int_member (object, "published", result->published + result->republished);
      json_object_set_int_member (object, "applied", result->applied);
      json_object_set_int_member (object, "pending", result->pending);
      json_object_set_int_member (object, "unpublished", result->unpublished);
      json_object_set_boolean_member (object, "offline", result->offline);
      json_object_set_member (object, "conflicts", g_steal_pointer (&node));
      wmk_cli_print_json (root);
      return 0;
    }
  print_result (plan, sync, result);
  return 0;
}

int
wmk_cli_join (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autofree char *dir = NULL;

  if (argc != 2)
    return wmk_cli_usage ("join FOLDER");
  if (g_file_test (ctx->plan_path, G_FILE_TEST_EXISTS))
    return wmk_cli_fail ("%s already exists; name a new file for the joined plan with --plan FILE",
                         ctx->plan_path);
  dir = g_path_get_dirname (ctx->plan_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return wmk_cli_fail ("Could not create the folder for %s", ctx->plan_path);
  if ((plan = wmk_sync_join (argv[1], ctx->plan_path, ctx->author, &error)) == NULL)
    return wmk_cli_error (error);
  wmk_cli_remember_plan (ctx->plan_path);
  g_print ("Joined the plan shared in %s as %s\n", argv[1], ctx->plan_path);
  wmk_cli_print_summary (plan);
  return 0;
}

int
wmk_cli_conflicts (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  WmkPlan *plan;

  if (argc != 1)
    return wmk_cli_usage ("conflicts [--json]");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  if ((conflicts = wmk_store_list_conflicts (wmk_plan_get_store (plan), &error)) == NULL)
    return wmk_cli_error (error);
  if (ctx->json)
    {
      g_autoptr(JsonNode) node = conflicts_json (plan, conflicts);
      wmk_cli_print_json (node);
    }
  else if (conflicts->len == 0)
    g_print ("No conflicts\n");
  else
    print_conflicts (plan, conflicts);
  return 0;
}

static JsonNode *
live_value (const char *text)
{
  if (g_str_equal (text, "restore") || g_str_equal (text, "true"))
    return json_node_init_boolean (json_node_alloc (), TRUE);
  if (g_str_equal (text, "keep-deleted") || g_str_equal (text, "false"))
    return json_node_init_boolean (json_node_alloc (), FALSE);
  return NULL;
}

int
wmk_cli_resolve (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkSync) sync = NULL;
  g_autoptr(JsonNode) value = NULL;
  WmkEntity *entity;
  WmkPlan *plan;

  if (argc != 4)
    return wmk_cli_usage ("resolve REF FIELD VALUE");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  entity = wmk_plan_lookup (plan, argv[1]);
  if (entity == NULL && (entity = wmk_plan_resolve (plan, argv[1], &error)) == NULL)
    return wmk_cli_error (error);

  if (g_str_equal (argv[2], "_live"))
    {
      if ((value = live_value (argv[3])) == NULL)
        return wmk_cli_usage ("resolve REF _live restore|keep-deleted");
    }
  else
    {
      const WmkFieldSpec *field = wmk_type_spec_lookup_field (wmk_entity_get_spec (entity), argv[2]);

      if (field)
        value = wmk_field_spec_parse (field, argv[3], &error);
      else
        value = json_node_init_string (json_node_alloc (), argv[3]);  /* a field this build does not know */
      if (value == NULL)
        return wmk_cli_fail ("%s: %s", argv[1], error->message);
    }
  sync = wmk_sync_new (plan);
  if (!wmk_sync_resolve (sync, wmk_entity_get_id (entity), argv[2], value, &error))
    return wmk_cli_error (error);
  g_print ("%s: %s resolved as “%s”; run “waymark-cli sync” to share it\n", argv[1], argv[2],
           argv[3]);
  return 0;
}
