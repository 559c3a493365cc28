/* wmk-plan-file.c: whole plans to and from JSON files, and the sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is described in docs/format.md and data/waymark-plan.schema.json.
 * Import is all or nothing: the whole file is checked before a byte is
 * written, and the new plan is built in a temporary database that only takes
 * its final name once complete.
 */

#include "wmk-plan-file.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wmk-json.h"
#include "wmk-plan-private.h"
#include "wmk-plugin-registry.h"

G_DEFINE_QUARK (wmk-plan-file-error-quark, wmk_plan_file_error)

/* Export. */

static JsonNode *
entity_to_node (WmkEntity *entity)
{
  g_autoptr(GPtrArray) fields = wmk_entity_list_fields (entity);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", wmk_entity_get_id (entity));
  json_object_set_string_member (object, "type", wmk_entity_get_entity_type (entity));
  for (guint i = 0; i < fields->len; i++)
    json_object_set_member (object, fields->pdata[i],
                            json_node_copy (wmk_entity_get_field (entity, fields->pdata[i])));
  return wmk_json_new_object (object);
}

/**
 * wmk_plan_to_json:
 *
 * The whole plan in Waymark's plan file format, canonical: the same plan
 * always gives the same bytes.
 *
 * Returns: (transfer full): UTF-8 JSON text ending in a newline
 */
GBytes *
wmk_plan_to_json (WmkPlan *plan)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = json_object_new ();
  JsonArray *entities = json_array_new ();
  GString *out;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);

  all = wmk_plan_dup_all (plan);
  for (guint i = 0; i < all->len; i++)
    json_array_add_element (entities, entity_to_node (all->pdata[i]));
  json_object_set_string_member (object, "format", "waymark-plan");
  json_object_set_int_member (object, "version", WMK_PLAN_FILE_VERSION);
  json_object_set_array_member (object, "entities", entities);
  root = wmk_json_new_object (object);

  out = g_string_sized_new (1024 * 64);
  wmk_json_append (out, root, TRUE, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

/* Import: checking. */

static gboolean
fail (GError **error, int code, const char *source, const char *path, const char *format, ...)
  G_GNUC_PRINTF (5, 6);

static gboolean
fail (GError **error, int code, const char *source, const char *path, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (path)
    g_set_error (error, WMK_PLAN_FILE_ERROR, code, "%s: at %s: %s", source, path, message);
  else
    g_set_error (error, WMK_PLAN_FILE_ERROR, code, "%s: %s", source, message);
  return FALSE;
}

static gboolean
id_is_valid (const char *id)
{
  size_t len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && !strchr ("._:-", *p))
      return FALSE;
  return TRUE;
}

static const char *
string_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static gboolean
check_link (WmkSchema *schema, GHashTable *types, const WmkFieldSpec *field, const char *target,
            const char *source, const char *path, GError **error)
{
  const char *type = g_hash_table_lookup (types, target);

  if (type == NULL)
    return fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path,
                 "links to “%s”, which is not in the file", target);
  if (!wmk_field_spec_allows_type (field, type))
    return fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path,
                 "must link to an item of type “%s”, and “%s” is of type “%s”", field->detail,
                 target, type);
  return TRUE;
}

static gboolean
check_entity (WmkSchema *schema, GHashTable *types, JsonObject *object, guint index,
              const char *source, GError **error)
{
  const WmkTypeSpec *spec = wmk_schema_lookup (schema, string_member (object, "type"));
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (spec == NULL)
    return TRUE; /* A type this build does not know: kept as it is. */

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      const WmkFieldSpec *field = wmk_type_spec_lookup_field (spec, name);
      g_autofree char *path = NULL;
      g_autoptr(GError) local = NULL;

      if (field == NULL)
        continue;
      if (!wmk_field_spec_check (field, value, &local))
        {
          path = g_strdup_printf ("entities[%u].%s", index, name);
          return fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path, "%s", local->message);
        }
      if (JSON_NODE_HOLDS_NULL (value)
          || (field->kind != WMK_FIELD_REF && field->kind != WMK_FIELD_REFS))
        continue;
      path = g_strdup_printf ("entities[%u].%s", index, name);
      if (field->kind == WMK_FIELD_REF
          && !check_link (schema, types, field, json_node_get_string (value), source, path, error))
        return FALSE;
      if (field->kind == WMK_FIELD_REFS)
        {
          JsonArray *array = json_node_get_array (value);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *element = g_strdup_printf ("%s[%u]", path, i);
              if (!check_link (schema, types, field, json_array_get_string_element (array, i),
                               source, element, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* Checks the whole file and returns its entities array (borrowed from @root). */
static JsonArray *
check_file (WmkSchema *schema, JsonNode *root, const char *source, GError **error)
{
  g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) first_index = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object;
  JsonNode *version, *entities_node;
  JsonArray *entities;
  guint n_plans = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (string_member (json_node_get_object (root), "format"), "waymark-plan") != 0)
    {
      fail (error, WMK_PLAN_FILE_ERROR_MALFORMED, source, NULL,
            "this is not a Waymark plan file (it has no \"format\": \"waymark-plan\")");
      return NULL;
    }
  object = json_node_get_object (root);

  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      fail (error, WMK_PLAN_FILE_ERROR_MALFORMED, source, "version",
            "the file format version must be a whole number");
      return NULL;
    }
  if (json_node_get_int (version) > WMK_PLAN_FILE_VERSION || json_node_get_int (version) < 1)
    {
      fail (error, WMK_PLAN_FILE_ERROR_NEWER_FORMAT, source, "version",
            "the file is in format version %" G_GINT64_FORMAT ", and this version of Waymark "
            "reads version %d: update Waymark to open it",
            json_node_get_int (version), WMK_PLAN_FILE_VERSION);
      return NULL;
    }

  entities_node = json_object_get_member (object, "entities");
  if (entities_node == NULL || !JSON_NODE_HOLDS_ARRAY (entities_node))
    {
      fail (error, WMK_PLAN_FILE_ERROR_MALFORMED, source, "entities",
            "the plan's items must be a list");
      return NULL;
    }
  entities = json_node_get_array (entities_node);

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonNode *node = json_array_get_element (entities, i);
      g_autofree char *path = g_strdup_printf ("entities[%u]", i);
      const char *id, *type;
      gpointer first;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          fail (error, WMK_PLAN_FILE_ERROR_MALFORMED, source, path, "an item must be an object");
          return NULL;
        }
      id = string_member (json_node_get_object (node), "id");
      type = string_member (json_node_get_object (node), "type");
      if (id == NULL || !id_is_valid (id))
        {
          fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path,
                "an item needs an \"id\" of 1 to 64 letters, digits, dots, colons, "
                "underscores or hyphens");
          return NULL;
        }
      if (type == NULL || *type == '\0')
        {
          fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path, "the item “%s” has no \"type\"",
                id);
          return NULL;
        }
      if (g_hash_table_lookup_extended (first_index, id, NULL, &first))
        {
          fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, path,
                "the id “%s” is used twice (first at entities[%u])", id, GPOINTER_TO_UINT (first));
          return NULL;
        }
      g_hash_table_insert (first_index, (gpointer) id, GUINT_TO_POINTER (i));
      g_hash_table_insert (types, (gpointer) id, (gpointer) type);
      n_plans += g_str_equal (type, "plan");
    }

  if (n_plans != 1)
    {
      fail (error, WMK_PLAN_FILE_ERROR_INVALID, source, "entities",
            n_plans ? "there must be one item of type \"plan\", and there are %u"
                    : "there must be one item of type \"plan\", and there is none%.0u",
            n_plans);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (entities); i++)
    if (!check_entity (schema, types, json_array_get_object_element (entities, i), i, source,
                       error))
      return NULL;
  return entities;
}

/* Import: writing. */

static GPtrArray *
ops_for_entities (WmkSchema *schema, JsonArray *entities)
{
  GPtrArray *ops = g_ptr_array_new_full (json_array_get_length (entities),
                                         (GDestroyNotify) wmk_op_unref);

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *object = json_array_get_object_element (entities, i);
      const char *type = string_member (object, "type");
      const WmkTypeSpec *spec = wmk_schema_lookup (schema, type);
      WmkOp *op = wmk_op_new (WMK_OP_CREATE, type, string_member (object, "id"));
      JsonObject *values = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          if (g_str_equal (name, "id") || g_str_equal (name, "type") || JSON_NODE_HOLDS_NULL (value))
            continue;
          if (wmk_field_spec_is_set (wmk_type_spec_lookup_field (spec, name)))
            {
              if (op->sets == NULL)
                op->sets = json_object_new ();
              json_object_set_member (op->sets, name, json_node_copy (value));
            }
          else
            json_object_set_member (values, name, json_node_copy (value));
        }
      op->value = wmk_json_new_object (values);
      g_ptr_array_add (ops, op);
    }
  return ops;
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static char *
describe_parse_error (const char *source, GError *error)
{
  int line, column;
  const char *colon;

  /* json-glib says "<data>:LINE:COLUMN: Parse error: …"; say it in words. */
  colon = strchr (error->message, ':');
  if (colon && sscanf (colon, ":%d:%d:", &line, &column) == 2)
    {
      const char *what = strstr (error->message, "error: ");
      return g_strdup_printf ("%s: line %d, column %d: the file is not valid JSON (%s)", source,
                              line, column, what ? what + 7 : error->message);
    }
  return g_strdup_printf ("%s: the file is not valid JSON (%s)", source, error->message);
}

/**
 * wmk_plan_import:
 * @path: where the new plan database goes; the file must not exist
 * @json: the plan file's bytes
 * @source_name: how to name the file in messages
 * @author: who imports it
 *
 * Creates a new plan from a plan file, all or nothing: on any error nothing
 * is created.
 *
 * Returns: (transfer full): the new plan, or %NULL with @error set
 */
WmkPlan *
wmk_plan_import (const char *path, GBytes *json, const char *source_name, const char *author,
                 GError **error)
{
  g_autoptr(WmkSchema) schema = wmk_schema_new ();
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(WmkStore) store = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *suffix = NULL;
  JsonArray *entities;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (json != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_EXISTS,
                   "%s already exists; import into a new plan file", path);
      return NULL;
    }

  data = g_bytes_get_data (json, &size);
  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, WMK_PLAN_FILE_ERROR, WMK_PLAN_FILE_ERROR_MALFORMED,
                   "%s: this is not a Waymark plan file: it is not UTF-8 text", source_name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, size, &local))
    {
      g_autofree char *message = describe_parse_error (source_name, local);
      g_set_error_literal (error, WMK_PLAN_FILE_ERROR, WMK_PLAN_FILE_ERROR_MALFORMED, message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, WMK_PLAN_FILE_ERROR, WMK_PLAN_FILE_ERROR_MALFORMED,
                   "%s: the file is empty", source_name);
      return NULL;
    }
  entities = check_file (schema, json_parser_get_root (parser), source_name, error);
  if (entities == NULL)
    return NULL;

  suffix = g_uuid_string_random ();
  temp = g_strdup_printf ("%s.import-%.8s", path, suffix);
  store = wmk_store_open (temp, WMK_STORE_OPEN_NEW, error);
  if (store == NULL)
    return NULL;
  ops = ops_for_entities (schema, entities);
  if (!wmk_store_commit (store, ops, author, NULL, WMK_COMMIT_IMPORT, NULL, error))
    {
      wmk_store_close (store);
      remove_database (temp);
      return NULL;
    }
  wmk_store_close (store);
  g_clear_object (&store);

  if (g_rename (temp, path) != 0)
    {
      int saved = errno;
      remove_database (temp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Could not create %s: %s", path, g_strerror (saved));
      return NULL;
    }
  {
    WmkPlan *plan = wmk_plan_open (path, error);
    if (plan && author)
      wmk_plan_set_author (plan, author);
    return plan;
  }
}

/* The loaded plugins' illustrative data, each added by its sample function.
 * Like the sample itself it is not undoable. A plugin whose sample fails is
 * logged and skipped: the sample plan is still made. */
static void
add_plugin_samples (WmkPlan *plan)
{
  g_autoptr(GPtrArray) samples = wmk_plugin_registry_list (wmk_plugin_registry_get_default (),
                                                           WMK_PLUGIN_ENTRY_SAMPLE);

  wmk_plan_set_importing (plan, TRUE);
  for (guint i = 0; i < samples->len; i++)
    {
      const WmkPluginEntry *entry = samples->pdata[i];
      g_autoptr(GError) local = NULL;

      if (!entry->fill (plan, entry->user_data, &local))
        g_message ("The sample data of the plugin %s was not added: %s", entry->plugin->name,
                   local ? local->message : "its sample function failed without saying why");
    }
  wmk_plan_set_importing (plan, FALSE);
}

/**
 * wmk_plan_import_sample:
 * @path: where the new plan database goes; the file must not exist
 *
 * Creates a plan from the built-in sample: the Devon Local Area SEND
 * Improvement Plan of 2023, with its board and the notice's dates, then
 * the illustrative data of each plugin loaded (wmk_plugin_registry_add_sample()).
 * `waymark-cli init --sample` and the window's "sample plan" both call this.
 *
 * Returns: (transfer full): the new plan, or %NULL with @error set
 */
WmkPlan *
wmk_plan_import_sample (const char *path, const char *author, GError **error)
{
  g_autoptr(GBytes) json = g_resources_lookup_data (WMK_SAMPLE_PLAN_RESOURCE,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  WmkPlan *plan;

  if (json == NULL)
    return NULL;
  plan = wmk_plan_import (path, json, "the sample plan", author, error);
  if (plan)
    add_plugin_samples (plan);
  return plan;
}
