/* wmk-kpi-values.c: a KPI's values, dates and targets as people read and write them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values are shown the way the plan writes them ("58%", "1,600", "1 in 7")
 * and read back however a person types them. A KPI's "targets" field is a
 * JSON array of {"date", "value", "text"}; a target may lack its date ("by
 * when TBC") or its number ("the majority"), so these read it with care and
 * write a new array, by date with undated targets last, for the edit API.
 */

#include "config.h"

#include "wmk-kpi-values.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wmk-format.h"
#include "wmk-json.h"
#include "wmk-plugin-registry.h"
#include "wmk-schema.h"

/* Values */

/**
 * wmk_kpi_format_value:
 * @unit: (nullable): "%", "count", or any words ("in 7")
 *
 * A value as a person writes it: "58%", "1,600", "1 in 7", "0.56%".
 * Values of ten or more keep one decimal, smaller ones two; trailing
 * zeros go.
 *
 * Returns: (transfer full): the text
 */
char *
wmk_kpi_format_value (double value, const char *unit)
{
  g_autofree char *number = g_strdup_printf ("%'.*f", fabs (value) >= 10 ? 1 : 2, value);
  const char *point = localeconv ()->decimal_point;
  char *dot = strstr (number, point);

  if (dot)
    {
      char *end = number + strlen (number) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot + strlen (point) - 1)
        *dot = '\0';
    }
  if (g_str_equal (number, "-0"))
    number[0] = '0', number[1] = '\0';

  if (unit == NULL || *unit == '\0' || g_str_equal (unit, "count"))
    return g_steal_pointer (&number);
  if (g_str_equal (unit, "%"))
    return g_strdup_printf ("%s%%", number);
  return g_strdup_printf ("%s %s", number, unit);
}

/**
 * wmk_kpi_format_exact:
 *
 * A number for editing: every digit it has, none it has not ("54.25",
 * "1600"), so that leaving a field untouched never rounds what is stored.
 *
 * Returns: (transfer full): the text, with a "." whatever the locale
 */
char *
wmk_kpi_format_exact (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int decimals = 0; decimals < 15; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

/* Returns: (transfer full): "31 Mar 2023"; the text itself if it is no date */
char *
wmk_kpi_format_date (const char *date)
{
  return wmk_date_format (date, "%-d %b %Y");
}

/* Returns: (transfer full): "Dec 2023"; the text itself if it is no date */
char *
wmk_kpi_format_month (const char *date)
{
  return wmk_date_format (date, "%b %Y");
}

/**
 * wmk_kpi_parse_date:
 * @text: a date as a person types it: "2023-03-31", "31 March 2023", "31/3/2023"
 *
 * Numeric dates other than YYYY-MM-DD are read in the order of the user's
 * locale (day first in the UK).
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL if @text is no date
 */
char *
wmk_kpi_parse_date (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  GDate date;

  if (wmk_date_is_valid (trimmed))
    return g_steal_pointer (&trimmed);
  g_date_clear (&date, 1);
  if (*trimmed)
    g_date_set_parse (&date, trimmed);
  if (!g_date_valid (&date) || g_date_get_year (&date) < 1000)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/**
 * wmk_kpi_parse_value:
 * @text: a number as a person types it: "58", "58%", "1,600", "0.56"
 * @value: (out): the number
 *
 * Returns: whether @text is a number
 */
gboolean
wmk_kpi_parse_value (const char *text, double *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;

  g_return_val_if_fail (value != NULL, FALSE);

  for (const char *c = text ? text : ""; *c; c++)
    if (*c != ',' && !g_ascii_isspace (*c))
      g_string_append_c (digits, *c);
  if (digits->len > 1 && digits->str[digits->len - 1] == '%')
    g_string_truncate (digits, digits->len - 1);
  if (digits->len == 0)
    return FALSE;
  *value = g_ascii_strtod (digits->str, &end);
  return end && *end == '\0' && isfinite (*value);
}

/**
 * wmk_kpi_value_node:
 * @value: a number, or NAN for "no number"
 *
 * Returns: (transfer full): the value as a field takes it: a JSON integer
 *   when it is whole, else a double; JSON null for NAN
 */
JsonNode *
wmk_kpi_value_node (double value)
{
  if (isnan (value))
    return json_node_new (JSON_NODE_NULL);
  if (value == floor (value) && fabs (value) < 1e15)
    return wmk_json_new_int ((gint64) value);
  return wmk_json_new_double (value);
}

/**
 * wmk_kpi_target_date:
 * @notice_date: the notice's date, YYYY-MM-DD
 * @months: 3, 6, 12, 18…
 *
 * The date @months after the notice: the notice requires measurable targets
 * at 3, 6, 12 and 18 months. A day that the month lacks becomes its last day
 * (31 August + 6 months is 28 or 29 February).
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL if @notice_date is no date
 */
char *
wmk_kpi_target_date (const char *notice_date, guint months)
{
  g_autoptr(GDateTime) notice = wmk_date_parse (notice_date);
  int year, month, day;
  GDate date;

  if (notice == NULL)
    return NULL;
  g_date_time_get_ymd (notice, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_add_months (&date, months);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Targets */

static JsonArray *
array_of (JsonNode *targets)
{
  return targets && JSON_NODE_HOLDS_ARRAY (targets) ? json_node_get_array (targets) : NULL;
}

static JsonObject *
object_at (JsonNode *targets, guint index)
{
  JsonArray *array = array_of (targets);
  JsonNode *element = array && index < json_array_get_length (array)
                        ? json_array_get_element (array, index) : NULL;

  return element && JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
}

static const char *
member_string (JsonObject *object, const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static double
member_number (JsonObject *object, const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node && JSON_NODE_HOLDS_VALUE (node)
      && (json_node_get_value_type (node) == G_TYPE_INT64
          || json_node_get_value_type (node) == G_TYPE_DOUBLE))
    return json_node_get_double (node);
  return NAN;
}

/**
 * wmk_kpi_targets_get_n:
 * @targets: (nullable): a KPI's "targets" field
 *
 * Returns: how many targets there are, with a date and a number or not
 */
guint
wmk_kpi_targets_get_n (JsonNode *targets)
{
  JsonArray *array = array_of (targets);

  return array ? json_array_get_length (array) : 0;
}

/**
 * wmk_kpi_targets_get:
 * @targets: (nullable): a KPI's "targets" field
 * @index: a target's index in @targets
 * @date: (out) (optional) (transfer none) (nullable): its date as stored, or %NULL
 * @value: (out) (optional): its number, or NAN
 * @text: (out) (optional) (transfer none) (nullable): its words as written, or %NULL
 *
 * Returns: whether @targets has a target at @index
 */
gboolean
wmk_kpi_targets_get (JsonNode *targets, guint index, const char **date, double *value,
                     const char **text)
{
  JsonObject *object = object_at (targets, index);

  if (date)
    *date = member_string (object, "date");
  if (value)
    *value = member_number (object, "value");
  if (text)
    *text = member_string (object, "text");
  return object != NULL;
}

static const char *
element_date (JsonNode *element)
{
  return JSON_NODE_HOLDS_OBJECT (element) ? member_string (json_node_get_object (element), "date")
                                          : NULL;
}

/* Undated targets go last; otherwise by date, keeping the order of equals. */
static int
compare_targets (gconstpointer a, gconstpointer b)
{
  const char *da = element_date (*(JsonNode **) a), *db = element_date (*(JsonNode **) b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);
  return strcmp (da, db);
}

static JsonNode *
sorted_array (GPtrArray *elements)
{
  JsonArray *array = json_array_new ();

  g_ptr_array_sort (elements, compare_targets);
  for (guint i = 0; i < elements->len; i++)
    json_array_add_element (array, json_node_copy (elements->pdata[i]));
  return wmk_json_new_array (array);
}

static GPtrArray *
elements_of (JsonNode *targets)
{
  GPtrArray *elements = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  JsonArray *array = array_of (targets);

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    g_ptr_array_add (elements, json_node_ref (json_array_get_element (array, i)));
  return elements;
}

/**
 * wmk_kpi_targets_with:
 * @targets: (nullable): a KPI's "targets" field
 * @replace: the index in @targets of the target to replace, or -1 to add one
 * @date: (nullable): YYYY-MM-DD, or %NULL for "date not known"
 * @value: the target value, or NAN for "no number"
 * @text: (nullable): the target as written
 *
 * The new value of the "targets" field, ordered by date with undated targets
 * last. @targets itself is not changed.
 *
 * Returns: (transfer full): a JSON array
 */
JsonNode *
wmk_kpi_targets_with (JsonNode *targets, int replace, const char *date, double value,
                      const char *text)
{
  g_autoptr(GPtrArray) elements = elements_of (targets);
  JsonObject *target = json_object_new ();

  g_return_val_if_fail (replace < (int) elements->len, NULL);
  g_return_val_if_fail (date == NULL || wmk_date_is_valid (date), NULL);

  json_object_set_member (target, "date", date ? wmk_json_new_string (date)
                                               : json_node_new (JSON_NODE_NULL));
  json_object_set_member (target, "value", wmk_kpi_value_node (value));
  if (text && *text)
    json_object_set_string_member (target, "text", text);
  if (replace >= 0)
    g_ptr_array_remove_index (elements, replace);
  g_ptr_array_add (elements, wmk_json_new_object (target));
  return sorted_array (elements);
}

/**
 * wmk_kpi_targets_without:
 * @targets: a KPI's "targets" field
 * @index: the index of the target to remove
 *
 * Returns: (transfer full): a JSON array without that target
 */
JsonNode *
wmk_kpi_targets_without (JsonNode *targets, guint index)
{
  g_autoptr(GPtrArray) elements = elements_of (targets);
  JsonArray *array = json_array_new ();

  g_return_val_if_fail (index < elements->len, NULL);

  g_ptr_array_remove_index (elements, index);
  for (guint i = 0; i < elements->len; i++)
    json_array_add_element (array, json_node_copy (elements->pdata[i]));
  return wmk_json_new_array (array);
}

/* Computed values */

static int
compare_computed (gconstpointer a, gconstpointer b)
{
  return strcmp (((const WmkKpiComputedValue *) a)->date, ((const WmkKpiComputedValue *) b)->date);
}

/* Whether @date is already taken: by a stored measurement, or an earlier feed. */
static gboolean
date_taken (GHashTable *dates, const char *date)
{
  return g_hash_table_contains (dates, date);
}

/**
 * wmk_kpi_compute_values:
 * @kpi: a KPI entity of @plan
 *
 * The values the loaded plugins' KPI feeds compute for @kpi (matched by its
 * ref). A measurement stored in the plan wins over a computed value of the
 * same date, and of two feeds for one KPI and date the one loaded first wins.
 * Values with a date that is no date, or a value that is no number, are left out.
 *
 * Returns: (transfer full) (element-type WmkKpiComputedValue): by date
 */
GArray *
wmk_kpi_compute_values (WmkPlan *plan, WmkEntity *kpi)
{
  GArray *computed = g_array_new (FALSE, TRUE, sizeof (WmkKpiComputedValue));
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GHashTable) dates = NULL;
  const char *ref;

  g_return_val_if_fail (WMK_IS_PLAN (plan), computed);
  g_return_val_if_fail (WMK_IS_ENTITY (kpi), computed);

  ref = wmk_entity_get_ref (kpi);
  feeds = wmk_plugin_registry_list (wmk_plugin_registry_get_default (),
                                    WMK_PLUGIN_ENTRY_KPI_FEED);
  if (ref == NULL || feeds->len == 0)
    return computed;

  dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  measurements = wmk_plan_dup_children (plan, wmk_entity_get_id (kpi), "measurement");
  for (guint i = 0; i < measurements->len; i++)
    {
      const char *date = wmk_entity_get_string (measurements->pdata[i], "date");

      if (wmk_entity_get_live (measurements->pdata[i]) && wmk_date_is_valid (date))
        g_hash_table_add (dates, g_strdup (date));
    }

  for (guint f = 0; f < feeds->len; f++)
    {
      const WmkPluginEntry *entry = feeds->pdata[f];
      const WmkKpiFeed *feed = entry->what;
      g_autoptr(GArray) values = NULL;

      if (!g_str_equal (feed->kpi_ref, ref) || (values = feed->compute (plan, entry->user_data)) == NULL)
        continue;
      for (guint i = 0; i < values->len; i++)
        {
          const WmkKpiFeedValue *v = &g_array_index (values, WmkKpiFeedValue, i);
          WmkKpiComputedValue value = { { 0 } };

          if (memchr (v->date, '\0', sizeof v->date) == NULL || !wmk_date_is_valid (v->date)
              || !isfinite (v->value) || date_taken (dates, v->date))
            continue;
          memcpy (value.date, v->date, sizeof value.date);
          value.value = v->value;
          value.source = feed->label;
          value.plugin_name = entry->plugin ? entry->plugin->name : NULL;
          g_array_append_val (computed, value);
          g_hash_table_add (dates, g_strdup (v->date));
        }
    }
  g_array_sort (computed, compare_computed);
  return computed;
}
