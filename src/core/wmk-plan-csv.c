/* wmk-plan-csv.c: one type of item as a CSV table, for spreadsheets
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break. Links are written as the titles of the items
 * they point to, since a spreadsheet reader cannot look up an id.
 */

#include "wmk-plan-file.h"

#include <string.h>

#include "wmk-json.h"

static void
append_cell (GString *out, const char *text)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
link_title (WmkPlan *plan, const char *id)
{
  WmkEntity *target = wmk_plan_lookup (plan, id);

  return target ? wmk_entity_dup_title (target) : g_strdup (id);
}

static char *
cell_text (WmkPlan *plan, const WmkFieldSpec *field, JsonNode *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup ("");
  if (field->kind == WMK_FIELD_REF)
    return link_title (plan, json_node_get_string (value));
  if (JSON_NODE_HOLDS_ARRAY (value) && field->kind != WMK_FIELD_TARGETS)
    {
      JsonArray *array = json_node_get_array (value);
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *text = field->kind == WMK_FIELD_REFS
                                    ? link_title (plan, json_node_get_string (element))
                                    : wmk_json_to_display (element);
          g_string_append_printf (joined, "%s%s", i ? "\n" : "", text);
        }
      return g_string_free (g_steal_pointer (&joined), FALSE);
    }
  return wmk_json_to_display (value);
}

/**
 * wmk_plan_to_csv:
 * @type: a known entity type ("action")
 *
 * Every live item of @type as a table: a header row of field names as a
 * person reads them, then one row per item in the plan's order.
 *
 * Returns: (transfer full): the CSV text, or %NULL with @error set
 */
GBytes *
wmk_plan_to_csv (WmkPlan *plan, const char *type, GError **error)
{
  const WmkTypeSpec *spec;
  GListModel *items;
  GString *out;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  spec = wmk_schema_lookup (wmk_plan_get_schema (plan), type);
  if (spec == NULL)
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_TYPE,
                   "There is no item type “%s”", type);
      return NULL;
    }

  out = g_string_new (NULL);
  append_cell (out, "Id");
  for (guint f = 0; f < spec->n_fields; f++)
    {
      g_string_append_c (out, ',');
      append_cell (out, spec->fields[f].label);
    }
  g_string_append (out, "\r\n");

  items = wmk_plan_get_items (plan, type);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) entity = g_list_model_get_item (items, i);

      append_cell (out, wmk_entity_get_id (entity));
      for (guint f = 0; f < spec->n_fields; f++)
        {
          g_autofree char *text = cell_text (plan, &spec->fields[f],
                                             wmk_entity_get_field (entity, spec->fields[f].name));
          g_string_append_c (out, ',');
          append_cell (out, text);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}
