/* wmk-cli-items.c: waymark-cli commands on items: list, show, set, add, delete
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#include <string.h>

/* The first line of a text, cut to @width characters. */
static char *
first_line (const char *text, glong width)
{
  g_autofree char *line = NULL;
  const char *newline;

  if (text == NULL)
    return g_strdup ("");
  newline = strchr (text, '\n');
  line = newline ? g_strndup (text, newline - text) : g_strdup (text);
  if (g_utf8_strlen (line, -1) <= width)
    return g_steal_pointer (&line);
  return g_strconcat (g_utf8_substring (line, 0, width - 1), "…", NULL);
}

static const char *
or_dash (const char *text)
{
  return text && *text ? text : "-";
}

static void
print_row (WmkPlan *plan, WmkEntity *entity)
{
  const char *type = wmk_entity_get_entity_type (entity);
  const char *ref = wmk_entity_get_ref (entity);
  g_autofree char *title = wmk_entity_dup_title (entity);
  g_autofree char *text = NULL;

  if (wmk_cli_print_governance_row (plan, entity))
    return;
  if (g_str_equal (type, "action"))
    {
      const char *due = wmk_entity_get_string (entity, "due");
      text = first_line (wmk_entity_get_string (entity, "text"), 72);
      g_print ("%-8s %-10s %-11s %-6s %s\n", or_dash (ref),
               due ? due : or_dash (wmk_entity_get_string (entity, "due_text")),
               or_dash (wmk_entity_get_string (entity, "status")),
               or_dash (wmk_entity_get_string (entity, "rag")), text);
    }
  else if (g_str_equal (type, "risk"))
    g_print ("%-8s %" G_GINT64_FORMAT "×%" G_GINT64_FORMAT " %s\n", or_dash (ref),
             wmk_entity_get_int (entity, "likelihood", 0), wmk_entity_get_int (entity, "impact", 0),
             or_dash (wmk_entity_get_string (entity, "title")));
  else
    {
      text = first_line (ref ? title + strlen (ref) + (strlen (title) > strlen (ref)) : title, 90);
      g_print ("%-14s %s\n", ref ? ref : wmk_entity_get_id (entity), text);
    }
}

int
wmk_cli_list (WmkCliContext *ctx, int argc, char **argv)
{
  GListModel *items;
  const char *type;
  WmkPlan *plan;
  guint n;

  if (argc != 2)
    return wmk_cli_usage ("list actions|kpis|risks|meetings|decisions|log|TYPE [--json]");
  if ((type = wmk_cli_type_for_name (ctx, argv[1])) == NULL)
    return wmk_cli_fail ("There is no item type “%s”; try actions, kpis, risks, meetings, "
                         "decisions or log",
                         argv[1]);
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;

  items = wmk_plan_get_items (plan, type);
  n = g_list_model_get_n_items (items);
  if (ctx->json)
    {
      g_autoptr(JsonNode) root = wmk_json_new_array (json_array_new ());

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);
          json_array_add_element (json_node_get_array (root), wmk_cli_entity_json (entity));
        }
      wmk_cli_print_json (root);
      return 0;
    }
  if (n > 0 && wmk_cli_governance_header (type))
    g_print ("%s\n", wmk_cli_governance_header (type));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);
      print_row (plan, entity);
    }
  return 0;
}

static WmkEntity *
resolve (WmkPlan *plan, const char *ref)
{
  g_autoptr(GError) error = NULL;
  WmkEntity *entity = wmk_plan_resolve (plan, ref, &error);

  if (entity == NULL)
    wmk_cli_error (error);
  return entity;
}

int
wmk_cli_show (WmkCliContext *ctx, int argc, char **argv)
{
  const WmkTypeSpec *spec;
  g_autoptr(GPtrArray) fields = NULL;
  WmkEntity *entity;
  WmkPlan *plan;

  if (argc != 2)
    return wmk_cli_usage ("show REF [--json]");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL || (entity = resolve (plan, argv[1])) == NULL)
    return WMK_CLI_FAILED;

  if (ctx->json)
    {
      g_autoptr(JsonNode) node = wmk_cli_entity_json (entity);
      wmk_cli_print_json (node);
      return 0;
    }

  spec = wmk_entity_get_spec (entity);
  fields = wmk_entity_list_fields (entity);
  g_print ("%-26s %s\n%-26s %s\n", "Id", wmk_entity_get_id (entity), "Type",
           spec ? spec->label : wmk_entity_get_entity_type (entity));
  for (guint i = 0; i < fields->len; i++)
    {
      const WmkFieldSpec *field = wmk_type_spec_lookup_field (spec, fields->pdata[i]);
      g_autofree char *value = wmk_cli_display_value (
        plan, field, wmk_entity_get_field (entity, fields->pdata[i]));
      g_auto(GStrv) lines = g_strsplit (value, "\n", -1);

      g_print ("%-26s %s\n", field ? field->label : (char *) fields->pdata[i], lines[0]);
      for (guint l = 1; lines[l]; l++)
        g_print ("%-26s %s\n", "", lines[l]);
    }
  return 0;
}

static char *
list_fields (const WmkTypeSpec *spec)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < spec->n_fields; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", spec->fields[i].name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* A value typed on the command line; links may be given by ref as well as by id. */
static JsonNode *
parse_value (WmkPlan *plan, const WmkFieldSpec *field, const char *text, GError **error)
{
  g_autoptr(JsonNode) value = wmk_field_spec_parse (field, text, error);

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_steal_pointer (&value);
  if (field->kind == WMK_FIELD_REF)
    {
      WmkEntity *target = wmk_plan_resolve (plan, json_node_get_string (value), error);
      return target ? json_node_init_string (json_node_alloc (), wmk_entity_get_id (target))
                    : NULL;
    }
  if (field->kind == WMK_FIELD_REFS)
    {
      JsonArray *array = json_node_get_array (value);
      JsonArray *ids = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          WmkEntity *target = wmk_plan_resolve (plan, json_array_get_string_element (array, i),
                                                error);
          if (target == NULL)
            {
              json_array_unref (ids);
              return NULL;
            }
          json_array_add_string_element (ids, wmk_entity_get_id (target));
        }
      return wmk_json_new_array (ids);
    }
  return g_steal_pointer (&value);
}

static const WmkFieldSpec *
field_of (WmkEntity *entity, const char *ref, const char *name)
{
  const WmkTypeSpec *spec = wmk_entity_get_spec (entity);
  const WmkFieldSpec *field = wmk_type_spec_lookup_field (spec, name);
  g_autofree char *names = NULL;

  if (spec == NULL)
    {
      wmk_cli_fail ("%s is of type “%s”, which this version of Waymark cannot edit", ref,
                    wmk_entity_get_entity_type (entity));
      return NULL;
    }
  if (field == NULL)
    {
      names = list_fields (spec);
      wmk_cli_fail ("%s (%s) has no field “%s”; its fields are: %s", ref, spec->label, name,
                    names);
    }
  return field;
}

int
wmk_cli_set (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;
  g_autofree char *before = NULL, *after = NULL;
  const WmkFieldSpec *field;
  WmkEntity *entity;
  WmkPlan *plan;

  if (argc != 4)
    return wmk_cli_usage ("set REF FIELD VALUE");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL || (entity = resolve (plan, argv[1])) == NULL
      || (field = field_of (entity, argv[1], argv[2])) == NULL)
    return WMK_CLI_FAILED;

  if ((value = parse_value (plan, field, argv[3], &error)) == NULL)
    return wmk_cli_fail ("%s: %s", argv[1], error->message);
  before = wmk_cli_display_value (plan, field, wmk_entity_get_field (entity, field->name));
  if (!wmk_plan_set (plan, wmk_entity_get_id (entity), field->name, value, &error))
    return wmk_cli_fail ("%s: %s", argv[1], error->message);
  after = wmk_cli_display_value (plan, field, wmk_entity_get_field (entity, field->name));
  g_print ("%s: %s changed from “%s” to “%s”\n", argv[1], field->name, before, after);
  return 0;
}

static double
next_position (WmkPlan *plan, const char *parent, const char *type)
{
  g_autoptr(GPtrArray) siblings = NULL;
  GListModel *items;
  double pos = 0;

  if (parent)
    {
      siblings = wmk_plan_dup_children (plan, parent, type);
      for (guint i = 0; i < siblings->len; i++)
        pos = MAX (pos, wmk_entity_get_pos (siblings->pdata[i]));
      return pos + 1;
    }
  items = wmk_plan_get_items (plan, type);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      pos = MAX (pos, wmk_entity_get_pos (item));
    }
  return pos + 1;
}

int
wmk_cli_add (WmkCliContext *ctx, int argc, char **argv)
{
  static const char usage[] = "add TYPE [--under REF] FIELD=VALUE…";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *id = NULL, *label = NULL;
  const WmkTypeSpec *spec;
  const char *type, *parent = NULL;
  WmkPlan *plan;

  if (argc < 2)
    return wmk_cli_usage (usage);
  if ((type = wmk_cli_type_for_name (ctx, argv[1])) == NULL)
    return wmk_cli_fail ("There is no item type “%s”", argv[1]);
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  spec = wmk_schema_lookup (wmk_plan_get_schema (plan), type);

  for (int i = 2; i < argc; i++)
    {
      const char *eq = strchr (argv[i], '=');
      g_autofree char *name = NULL;
      const WmkFieldSpec *field;
      JsonNode *value;

      if (g_str_equal (argv[i], "--under") && i + 1 < argc)
        {
          WmkEntity *under = resolve (plan, argv[++i]);
          if (under == NULL)
            return WMK_CLI_FAILED;
          parent = wmk_entity_get_id (under);
          json_object_set_string_member (fields, "parent", parent);
          continue;
        }
      if (eq == NULL)
        return wmk_cli_usage (usage);
      name = g_strndup (argv[i], eq - argv[i]);
      if ((field = wmk_type_spec_lookup_field (spec, name)) == NULL)
        {
          g_autofree char *names = list_fields (spec);
          return wmk_cli_fail ("A %s has no field “%s”; its fields are: %s", spec->label, name,
                               names);
        }
      if ((value = parse_value (plan, field, eq + 1, &error)) == NULL)
        return wmk_cli_error (error);
      json_object_set_member (fields, name, value);
    }
  if (!json_object_has_member (fields, "pos"))
    json_object_set_double_member (fields, "pos", next_position (plan, parent, type));

  label = g_strdup_printf ("Add a %s", spec->label);
  edit = wmk_plan_begin (plan, label);
  if ((id = wmk_edit_create (edit, type, fields, &error)) == NULL
      || !wmk_plan_commit (plan, edit, &error))
    return wmk_cli_error (error);
  g_print ("%s\n", id);
  return 0;
}

int
wmk_cli_delete (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *label = NULL;
  WmkEntity *entity;
  WmkPlan *plan;
  guint n;

  if (argc != 2)
    return wmk_cli_usage ("delete REF");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL || (entity = resolve (plan, argv[1])) == NULL)
    return WMK_CLI_FAILED;

  label = g_strdup_printf ("Delete %s", argv[1]);
  edit = wmk_plan_begin (plan, label);
  if (!wmk_edit_delete (edit, wmk_entity_get_id (entity), &error))
    return wmk_cli_error (error);
  n = wmk_edit_get_n_changes (edit);
  if (!wmk_plan_commit (plan, edit, &error))
    return wmk_cli_error (error);
  if (n > 1)
    g_print ("Deleted %s and %u items under it; “waymark-cli undo” brings them back\n", argv[1],
             n - 1);
  else
    g_print ("Deleted %s; “waymark-cli undo” brings it back\n", argv[1]);
  return 0;
}
