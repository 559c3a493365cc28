/* wmk-cli-context.c: what every waymark-cli command shares: finding the plan,
 * reporting errors, writing output
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where plans live: $WAYMARK_DATA_DIR, else $XDG_DATA_HOME/waymark. */
char *
wmk_cli_data_dir (void)
{
  const char *dir = g_getenv ("WAYMARK_DATA_DIR");

  if (dir && *dir)
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), "waymark", NULL);
}

/* The plan last created or imported, else plan.waymark in the data folder. */
char *
wmk_cli_default_plan (void)
{
  g_autofree char *dir = wmk_cli_data_dir ();
  g_autofree char *marker = g_build_filename (dir, "current-plan", NULL);
  g_autofree char *contents = NULL;

  if (g_file_get_contents (marker, &contents, NULL, NULL) && *g_strstrip (contents))
    return g_steal_pointer (&contents);
  return g_build_filename (dir, "plan.waymark", NULL);
}

void
wmk_cli_remember_plan (const char *path)
{
  g_autofree char *dir = wmk_cli_data_dir ();
  g_autofree char *marker = g_build_filename (dir, "current-plan", NULL);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *line = g_strconcat (absolute, "\n", NULL);

  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents (marker, line, -1, NULL);
}

int
wmk_cli_fail (const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("waymark-cli: %s\n", message);
  return WMK_CLI_FAILED;
}

int
wmk_cli_error (GError *error)
{
  return wmk_cli_fail ("%s", error->message);
}

int
wmk_cli_usage (const char *usage)
{
  g_printerr ("Usage: waymark-cli %s\n", usage);
  return WMK_CLI_USAGE;
}

WmkPlan *
wmk_cli_open_plan (WmkCliContext *ctx)
{
  g_autoptr(GError) error = NULL;

  if (ctx->plan)
    return ctx->plan;
  ctx->plan = wmk_plan_open (ctx->plan_path, &error);
  if (ctx->plan == NULL)
    {
      if (g_error_matches (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_FOUND))
        wmk_cli_fail ("There is no plan at %s; create one with “waymark-cli init --sample” "
                      "or “waymark-cli init --empty TITLE”",
                      ctx->plan_path);
      else
        wmk_cli_error (error);
      return NULL;
    }
  wmk_plan_set_author (ctx->plan, ctx->author);
  return ctx->plan;
}

/* "actions" or "action" → "action"; "log" → "log_item"; "people" → "person". */
const char *
wmk_cli_type_for_name (WmkCliContext *ctx, const char *name)
{
  static const struct { const char *alias, *type; } aliases[] = {
    { "log", "log_item" }, { "people", "person" }, { "criteria", "criterion" },
    { "feedback", "feedback" }, { "bodies", "body" }, { "agenda", "agenda_item" },
    { "evidence", "evidence" }, { "updates", "progress_update" },
  };
  g_autoptr(WmkSchema) schema = wmk_schema_new ();
  g_autofree char *singular = NULL;
  const WmkTypeSpec *spec;

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (name, aliases[i].alias))
      return aliases[i].type;
  if ((spec = wmk_schema_lookup (schema, name)))
    return spec->name;
  singular = g_str_has_suffix (name, "s") ? g_strndup (name, strlen (name) - 1) : NULL;
  if (singular && (spec = wmk_schema_lookup (schema, singular)))
    return spec->name;
  return NULL;
}

gboolean
wmk_cli_write_output (const char *path, GBytes *bytes, GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (path == NULL || g_str_equal (path, "-"))
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write to standard output");
          return FALSE;
        }
      return TRUE;
    }
  /* Written to a temporary name and renamed: a reader never sees half a file. */
  return g_file_set_contents_full (path, data, size,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}

void
wmk_cli_print_json (JsonNode *node)
{
  g_autofree char *text = wmk_json_to_string (node, TRUE);

  g_print ("%s\n", text);
}

static char *
link_text (WmkPlan *plan, const char *id)
{
  WmkEntity *target = wmk_plan_lookup (plan, id);

  return target ? wmk_entity_dup_title (target) : g_strdup_printf ("%s (missing)", id);
}

/* A field's value as a person reads it: links as the titles of what they link to. */
char *
wmk_cli_display_value (WmkPlan *plan, const WmkFieldSpec *field, JsonNode *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup ("");
  if (field && field->kind == WMK_FIELD_REF)
    return link_text (plan, json_node_get_string (value));
  if (field && (field->kind == WMK_FIELD_REFS || field->kind == WMK_FIELD_STRINGS
                || field->kind == WMK_FIELD_DATES)
      && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *array = json_node_get_array (value);
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *s = json_array_get_string_element (array, i);
          g_autofree char *text = field->kind == WMK_FIELD_REFS ? link_text (plan, s) : g_strdup (s);
          g_string_append_printf (out, "%s%s", i ? "; " : "", text);
        }
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  return wmk_json_to_display (value);
}

/* An entity as a JSON object: id, type and every field set. */
JsonNode *
wmk_cli_entity_json (WmkEntity *entity)
{
  g_autoptr(GPtrArray) fields = wmk_entity_list_fields (entity);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", wmk_entity_get_id (entity));
  json_object_set_string_member (object, "type", wmk_entity_get_entity_type (entity));
  if (wmk_entity_get_ref (entity) == NULL)
    json_object_set_null_member (object, "ref");
  for (guint i = 0; i < fields->len; i++)
    json_object_set_member (object, fields->pdata[i],
                            json_node_copy (wmk_entity_get_field (entity, fields->pdata[i])));
  return wmk_json_new_object (object);
}

static guint
count (WmkPlan *plan, const char *type)
{
  return g_list_model_get_n_items (wmk_plan_get_items (plan, type));
}

static void
print_date_line (const char *label, const char *iso)
{
  g_autofree char *text = NULL;

  if (iso == NULL)
    return;
  text = wmk_date_format (iso, "%-d %B %Y");
  g_print ("  %-34s %s\n", label, text);
}

/* What a person sees first: the plan, its notice's dates, and what it holds. */
void
wmk_cli_print_summary (WmkPlan *plan)
{
  WmkPlanInfo *info = wmk_plan_get_info (plan);
  GListModel *workstreams = wmk_plan_get_items (plan, "workstream");
  GListModel *meetings = wmk_plan_get_items (plan, "meeting");

  g_print ("%s\n", info && wmk_plan_info_get_title (info) ? wmk_plan_info_get_title (info)
                                                           : "Untitled plan");
  g_print ("  %s\n\n", wmk_store_get_path (wmk_plan_get_store (plan)));
  if (info && wmk_plan_info_get_notice_issued (info))
    {
      const char *issued = wmk_plan_info_get_notice_issued (info);
      g_autoptr(GDateTime) start = g_date_time_new_utc (atoi (issued), atoi (issued + 5),
                                                        atoi (issued + 8), 0, 0, 0);
      JsonNode *months = wmk_entity_get_field (WMK_ENTITY (info), "milestone_months");

      print_date_line ("Improvement notice issued", issued);
      for (guint i = 0; start && months && JSON_NODE_HOLDS_ARRAY (months)
                        && i < json_array_get_length (json_node_get_array (months));
           i++)
        {
          gint64 m = json_array_get_int_element (json_node_get_array (months), i);
          g_autoptr(GDateTime) at = g_date_time_add_months (start, (int) m);
          g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT "-month milestone", m);
          g_autofree char *iso = g_date_time_format (at, "%Y-%m-%d");
          print_date_line (label, iso);
        }
      print_date_line ("Actions to be delivered by", wmk_plan_info_get_delivery_by (info));
      g_print ("\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (workstreams); i++)
    {
      g_autoptr(WmkEntity) ws = g_list_model_get_item (workstreams, i);
      g_autoptr(GPtrArray) objectives = wmk_plan_dup_children (plan, wmk_entity_get_id (ws),
                                                               "objective");
      g_autoptr(GPtrArray) kpis = wmk_plan_dup_children (plan, wmk_entity_get_id (ws), "kpi");
      const char *title = wmk_entity_get_string (ws, "title");
      guint actions = 0;

      for (guint o = 0; o < objectives->len; o++)
        {
          g_autoptr(GPtrArray) children = wmk_plan_dup_children (
            plan, wmk_entity_get_id (objectives->pdata[o]), "action");
          actions += children->len;
        }
      g_print ("  Section %s: %u actions, %u KPIs\n    %.*s%s\n", wmk_entity_get_ref (ws), actions,
               kpis->len, 90, title ? title : "", title && strlen (title) > 90 ? "…" : "");
    }

  g_print ("\n  %u actions, %u success criteria, %u things families told us, %u KPIs, %u risks\n",
           count (plan, "action"), count (plan, "criterion"), count (plan, "feedback"),
           count (plan, "kpi"), count (plan, "risk"));
  g_print ("  %u governance bodies, %u meetings, %u decisions, %u action log items\n",
           count (plan, "body"), g_list_model_get_n_items (meetings), count (plan, "decision"),
           count (plan, "log_item"));
}
