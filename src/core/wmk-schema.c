/* wmk-schema.c: the entity types a plan holds and the fields each one has
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store and the journal are generic: an entity is a type name, an id and
 * JSON-valued fields. The schema is what gives those fields meaning: which
 * values a field takes, which fields are link sets, the order fields are
 * shown and written in. Types and fields the schema does not know are kept
 * and passed on untouched (another laptop may know them).
 */

#include "wmk-schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-entity.h"
#include "wmk-json.h"
#include "wmk-plan-info.h"
#include "wmk-workstream.h"
#include "wmk-objective.h"
#include "wmk-action.h"
#include "wmk-criterion.h"
#include "wmk-feedback.h"
#include "wmk-kpi.h"
#include "wmk-measurement.h"
#include "wmk-risk.h"
#include "wmk-person.h"
#include "wmk-role.h"
#include "wmk-body.h"
#include "wmk-membership.h"
#include "wmk-meeting.h"
#include "wmk-attendance.h"
#include "wmk-agenda-item.h"
#include "wmk-decision.h"
#include "wmk-log-item.h"
#include "wmk-progress-update.h"
#include "wmk-evidence.h"
#include "wmk-report.h"
#include "wmk-plugin-registry.h"

struct _WmkSchema
{
  GObject     parent_instance;

  GPtrArray  *specs;      /* WmkTypeSpec*, in registration order */
  GHashTable *by_name;    /* name → index + 1 */
  GHashTable *gtypes;     /* name → GType */
};

G_DEFINE_FINAL_TYPE (WmkSchema, wmk_schema, G_TYPE_OBJECT)

G_DEFINE_QUARK (wmk-schema-error-quark, wmk_schema_error)

static void
wmk_schema_finalize (GObject *object)
{
  WmkSchema *self = WMK_SCHEMA (object);

  g_ptr_array_unref (self->specs);
  g_hash_table_unref (self->by_name);
  g_hash_table_unref (self->gtypes);

  G_OBJECT_CLASS (wmk_schema_parent_class)->finalize (object);
}

static void
wmk_schema_class_init (WmkSchemaClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_schema_finalize;
}

static void
wmk_schema_init (WmkSchema *self)
{
  self->specs = g_ptr_array_new ();
  self->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->gtypes = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The types loaded plugins declared, after the core's, in the order they
 * loaded. Plugins load before any plan opens, so every plan's schema has them. */
static void
add_plugin_types (WmkSchema *self)
{
  g_autoptr(GPtrArray) entries = wmk_plugin_registry_list (wmk_plugin_registry_get_default (),
                                                           WMK_PLUGIN_ENTRY_TYPE);

  for (guint i = 0; i < entries->len; i++)
    {
      const WmkPluginEntry *entry = entries->pdata[i];

      wmk_schema_register (self, entry->what, entry->gtype);
    }
}

/**
 * wmk_schema_new:
 *
 * A schema that knows the core entity types, in the order plan files list
 * them, then the types of the plugins loaded (wmk_plugins_load_default()).
 */
WmkSchema *
wmk_schema_new (void)
{
  WmkSchema *self = g_object_new (WMK_TYPE_SCHEMA, NULL);
  /* The order in which plan files list them: containers before contents. */
  const GType types[] = {
    WMK_TYPE_PLAN_INFO,
    WMK_TYPE_WORKSTREAM,
    WMK_TYPE_OBJECTIVE,
    WMK_TYPE_ACTION,
    WMK_TYPE_CRITERION,
    WMK_TYPE_FEEDBACK,
    WMK_TYPE_KPI,
    WMK_TYPE_MEASUREMENT,
    WMK_TYPE_RISK,
    WMK_TYPE_PERSON,
    WMK_TYPE_ROLE,
    WMK_TYPE_BODY,
    WMK_TYPE_MEMBERSHIP,
    WMK_TYPE_MEETING,
    WMK_TYPE_ATTENDANCE,
    WMK_TYPE_AGENDA_ITEM,
    WMK_TYPE_DECISION,
    WMK_TYPE_LOG_ITEM,
    WMK_TYPE_PROGRESS_UPDATE,
    WMK_TYPE_EVIDENCE,
    WMK_TYPE_REPORT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      WmkEntityClass *klass = g_type_class_ref (types[i]);

      wmk_schema_register (self, wmk_entity_class_get_spec (klass), types[i]);
      g_type_class_unref (klass);
    }
  add_plugin_types (self);
  return self;
}

/**
 * wmk_schema_register:
 * @spec: (transfer none): a static description of the type
 * @gtype: the #WmkEntity subclass that shows it, or %WMK_TYPE_ENTITY
 */
void
wmk_schema_register (WmkSchema *self, const WmkTypeSpec *spec, GType gtype)
{
  g_return_if_fail (WMK_IS_SCHEMA (self));
  g_return_if_fail (spec != NULL && spec->name != NULL);
  g_return_if_fail (g_type_is_a (gtype, WMK_TYPE_ENTITY));
  g_return_if_fail (!g_hash_table_contains (self->by_name, spec->name));

  g_ptr_array_add (self->specs, (gpointer) spec);
  g_hash_table_insert (self->by_name, (gpointer) spec->name, GUINT_TO_POINTER (self->specs->len));
  g_hash_table_insert (self->gtypes, (gpointer) spec->name, GSIZE_TO_POINTER (gtype));
}

const WmkTypeSpec *
wmk_schema_lookup (WmkSchema *self, const char *type)
{
  guint index;

  g_return_val_if_fail (WMK_IS_SCHEMA (self), NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_name, type ? type : ""));
  return index ? self->specs->pdata[index - 1] : NULL;
}

GType
wmk_schema_get_gtype (WmkSchema *self, const char *type)
{
  gpointer gtype;

  g_return_val_if_fail (WMK_IS_SCHEMA (self), G_TYPE_INVALID);

  gtype = g_hash_table_lookup (self->gtypes, type ? type : "");
  return gtype ? (GType) GPOINTER_TO_SIZE (gtype) : WMK_TYPE_ENTITY;
}

/* Known types in registration order, then unknown ones (by name, by the caller). */
int
wmk_schema_rank (WmkSchema *self, const char *type)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_name, type ? type : ""));

  return index ? (int) index : G_MAXINT;
}

/**
 * wmk_schema_list_types:
 *
 * Returns: (transfer container) (element-type WmkTypeSpec): the known types
 */
GPtrArray *
wmk_schema_list_types (WmkSchema *self)
{
  g_return_val_if_fail (WMK_IS_SCHEMA (self), NULL);
  return g_ptr_array_copy (self->specs, NULL, NULL);
}

int
wmk_type_spec_field_index (const WmkTypeSpec *spec, const char *field)
{
  for (guint i = 0; spec && i < spec->n_fields; i++)
    if (g_str_equal (spec->fields[i].name, field))
      return (int) i;
  return -1;
}

const WmkFieldSpec *
wmk_type_spec_lookup_field (const WmkTypeSpec *spec, const char *field)
{
  int i = wmk_type_spec_field_index (spec, field);

  return i >= 0 ? &spec->fields[i] : NULL;
}

gboolean
wmk_field_spec_is_set (const WmkFieldSpec *field)
{
  return field != NULL && field->kind == WMK_FIELD_REFS;
}

gboolean
wmk_field_spec_allows_type (const WmkFieldSpec *field, const char *type)
{
  g_auto(GStrv) types = NULL;

  if (field->detail == NULL)
    return TRUE;
  types = g_strsplit (field->detail, "|", -1);
  return g_strv_contains ((const char *const *) types, type);
}

gboolean
wmk_date_is_valid (const char *text)
{
  int y, m, d;
  char tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

static gboolean
time_is_valid (const char *text)
{
  return text && strlen (text) == 5 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1])
         && text[2] == ':' && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4])
         && atoi (text) < 24 && atoi (text + 3) < 60;
}

static gboolean
holds (JsonNode *value, GType type)
{
  return JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == type;
}

static gboolean
holds_number (JsonNode *value)
{
  return holds (value, G_TYPE_INT64) || holds (value, G_TYPE_DOUBLE);
}

static gboolean
array_of (JsonNode *value, gboolean (*check) (JsonNode *))
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (value))
    return FALSE;
  array = json_node_get_array (value);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!check (json_array_get_element (array, i)))
      return FALSE;
  return TRUE;
}

static gboolean
is_string (JsonNode *node)
{
  return holds (node, G_TYPE_STRING);
}

static gboolean
is_date (JsonNode *node)
{
  return is_string (node) && wmk_date_is_valid (json_node_get_string (node));
}

static gboolean
is_integer (JsonNode *node)
{
  return holds (node, G_TYPE_INT64);
}

static gboolean
is_target (JsonNode *node)
{
  JsonObject *object;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if ((member = json_object_get_member (object, "date")) && !JSON_NODE_HOLDS_NULL (member)
      && !is_date (member))
    return FALSE;
  if ((member = json_object_get_member (object, "value")) && !JSON_NODE_HOLDS_NULL (member)
      && !holds_number (member))
    return FALSE;
  if ((member = json_object_get_member (object, "text")) && !JSON_NODE_HOLDS_NULL (member)
      && !is_string (member))
    return FALSE;
  return TRUE;
}

static const char *
kind_description (const WmkFieldSpec *field)
{
  switch (field->kind)
    {
    case WMK_FIELD_STRING:
    case WMK_FIELD_TEXT: return "text";
    case WMK_FIELD_DATE: return "a date written YYYY-MM-DD";
    case WMK_FIELD_TIME: return "a time written HH:MM";
    case WMK_FIELD_NUMBER: return "a number";
    case WMK_FIELD_INTEGER: return "a whole number";
    case WMK_FIELD_BOOL: return "true or false";
    case WMK_FIELD_ENUM: return "one of the listed words";
    case WMK_FIELD_REF: return "the id of another item";
    case WMK_FIELD_REFS: return "a list of item ids";
    case WMK_FIELD_STRINGS: return "a list of texts";
    case WMK_FIELD_DATES: return "a list of dates written YYYY-MM-DD";
    case WMK_FIELD_INTEGERS: return "a list of whole numbers";
    case WMK_FIELD_TARGETS: return "a list of targets, each {\"date\", \"value\", \"text\"}";
    case WMK_FIELD_OBJECT: return "a JSON object";
    default: return "a value";
    }
}

/**
 * wmk_field_spec_check:
 *
 * Whether @value has the JSON type the field takes. %NULL and JSON null
 * (meaning "not set") are always accepted.
 */
gboolean
wmk_field_spec_check (const WmkFieldSpec *field, JsonNode *value, GError **error)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (field != NULL, FALSE);

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return TRUE;

  switch (field->kind)
    {
    case WMK_FIELD_STRING:
    case WMK_FIELD_TEXT:
    case WMK_FIELD_REF:
      ok = is_string (value);
      break;
    case WMK_FIELD_DATE:
      ok = is_date (value);
      break;
    case WMK_FIELD_TIME:
      ok = is_string (value) && time_is_valid (json_node_get_string (value));
      break;
    case WMK_FIELD_NUMBER:
      ok = holds_number (value);
      break;
    case WMK_FIELD_INTEGER:
      ok = is_integer (value);
      break;
    case WMK_FIELD_BOOL:
      ok = holds (value, G_TYPE_BOOLEAN);
      break;
    case WMK_FIELD_ENUM:
      if (is_string (value))
        {
          g_auto(GStrv) words = g_strsplit (field->detail, "|", -1);
          ok = g_strv_contains ((const char *const *) words, json_node_get_string (value));
          if (!ok)
            {
              g_autofree char *list = g_strjoinv (", ", words);
              g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE,
                           "“%s” must be one of %s, not “%s”", field->name, list,
                           json_node_get_string (value));
              return FALSE;
            }
        }
      break;
    case WMK_FIELD_REFS:
    case WMK_FIELD_STRINGS:
      ok = array_of (value, is_string);
      break;
    case WMK_FIELD_DATES:
      ok = array_of (value, is_date);
      break;
    case WMK_FIELD_INTEGERS:
      ok = array_of (value, is_integer);
      break;
    case WMK_FIELD_TARGETS:
      ok = array_of (value, is_target);
      break;
    case WMK_FIELD_OBJECT:
      ok = JSON_NODE_HOLDS_OBJECT (value);
      break;
    default:
      ok = FALSE;
    }

  if (!ok && holds (value, G_TYPE_STRING))
    g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE,
                 "“%s” must be %s, not “%s”", field->name, kind_description (field),
                 json_node_get_string (value));
  else if (!ok)
    g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE,
                 "“%s” must be %s", field->name, kind_description (field));
  return ok;
}

/**
 * wmk_field_spec_parse:
 * @text: a value as a person types it on the command line
 *
 * Turns typed text into the field's JSON value: dates are checked, numbers
 * read in the C locale, lists split on commas (or given as JSON). An empty
 * string clears the field.
 *
 * Returns: (transfer full): the value, or %NULL with @error set
 */
JsonNode *
wmk_field_spec_parse (const WmkFieldSpec *field, const char *text, GError **error)
{
  g_autoptr(JsonNode) value = NULL;
  char *end = NULL;

  g_return_val_if_fail (field != NULL && text != NULL, NULL);

  if (*text == '\0')
    return json_node_new (JSON_NODE_NULL);

  switch (field->kind)
    {
    case WMK_FIELD_STRING:
    case WMK_FIELD_TEXT:
    case WMK_FIELD_DATE:
    case WMK_FIELD_TIME:
    case WMK_FIELD_ENUM:
    case WMK_FIELD_REF:
      value = wmk_json_new_string (text);
      break;
    case WMK_FIELD_NUMBER:
      {
        double d = g_ascii_strtod (text, &end);
        if (end && *end == '\0')
          value = d == (gint64) d && !strpbrk (text, ".eE") ? wmk_json_new_int ((gint64) d)
                                                          : wmk_json_new_double (d);
      }
      break;
    case WMK_FIELD_INTEGER:
      {
        gint64 i = g_ascii_strtoll (text, &end, 10);
        if (end && *end == '\0')
          value = wmk_json_new_int (i);
      }
      break;
    case WMK_FIELD_BOOL:
      if (g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "yes") == 0)
        value = wmk_json_new_bool (TRUE);
      else if (g_ascii_strcasecmp (text, "false") == 0 || g_ascii_strcasecmp (text, "no") == 0)
        value = wmk_json_new_bool (FALSE);
      break;
    case WMK_FIELD_REFS:
    case WMK_FIELD_STRINGS:
    case WMK_FIELD_DATES:
    case WMK_FIELD_INTEGERS:
    case WMK_FIELD_TARGETS:
    case WMK_FIELD_OBJECT:
      if (text[0] == '[' || text[0] == '{')
        value = wmk_json_parse (text, -1, NULL);
      else if (field->kind != WMK_FIELD_TARGETS && field->kind != WMK_FIELD_OBJECT)
        {
          g_auto(GStrv) parts = g_strsplit (text, ",", -1);
          JsonArray *array = json_array_new ();

          for (guint i = 0; parts[i]; i++)
            {
              char *part = g_strstrip (parts[i]);
              if (field->kind == WMK_FIELD_INTEGERS)
                json_array_add_int_element (array, g_ascii_strtoll (part, NULL, 10));
              else
                json_array_add_string_element (array, part);
            }
          value = wmk_json_new_array (array);
        }
      break;
    default:
      break;
    }

  if (value == NULL)
    {
      g_set_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE,
                   "“%s” must be %s, not “%s”", field->name, kind_description (field), text);
      return NULL;
    }
  if (!wmk_field_spec_check (field, value, error))
    return NULL;
  return g_steal_pointer (&value);
}
