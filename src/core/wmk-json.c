/* wmk-json.c: canonical JSON text for plan files, operations and stored values
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void
append_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_double (GString *out, double d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (d))
    {
      /* JSON has no NaN or infinity; never written by Waymark itself. */
      g_string_append (out, "null");
      return;
    }
  if (d == floor (d) && fabs (d) < 1e15)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT ".0", (gint64) d);
      return;
    }
  /* The shortest precision that reads back to the same double. Below 15
   * digits only subnormal numbers can come out shorter, so normal ones start
   * there (the loop was a fifth of an import's time). */
  for (int prec = isnormal (d) ? 15 : 1; prec <= 17; prec++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", prec);
      g_ascii_formatd (buf, sizeof buf, format, d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  g_string_append (out, buf);
}

static void
newline (GString *out, gboolean pretty, guint indent)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

void
wmk_json_append (GString *out, JsonNode *node, gboolean pretty, guint indent)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return;
    }

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          append_string (out, json_node_get_string (node));
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          append_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        default:
          g_string_append (out, "null");
        }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        gboolean scalars = TRUE;

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        /* Short arrays of scalars stay on one line: easier to read and diff. */
        for (guint i = 0; i < n; i++)
          if (!JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)))
            scalars = FALSE;
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append (out, pretty && scalars ? ", " : ",");
            if (!scalars)
              newline (out, pretty, indent + 1);
            wmk_json_append (out, json_array_get_element (array, i), pretty, indent + 1);
          }
        if (!scalars)
          newline (out, pretty, indent);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        gboolean first = TRUE;

        if (json_object_get_size (object) == 0)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (!first)
              g_string_append_c (out, ',');
            first = FALSE;
            newline (out, pretty, indent + 1);
            append_string (out, name);
            g_string_append (out, pretty ? ": " : ":");
            wmk_json_append (out, member, pretty, indent + 1);
          }
        newline (out, pretty, indent);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
    }
}

char *
wmk_json_to_string (JsonNode *node, gboolean pretty)
{
  GString *out = g_string_new (NULL);

  wmk_json_append (out, node, pretty, 0);
  return g_string_free (out, FALSE);
}

/* Two things json-glib 1.6 gets wrong on input, both found by tests/fuzz
 * with journal files in a shared folder:
 *
 * - It parses by recursion, one level of the stack per level of nesting: a
 *   record of 100,000 "[" overflowed the stack and crashed every laptop
 *   reading the folder. Real documents nest a handful of levels.
 * - It decodes a lone UTF-16 surrogate ("\ud800") into invalid UTF-8, and
 *   "\u0000" silently cuts the string short. Such text cannot be written out
 *   and read back, shown, or exported; our writer never produces either.
 *
 * So these documents are refused before json-glib sees them. */
#define MAX_DEPTH 512

static int
hex4 (const char *p, const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int k = 0; k < 4; k++)
    {
      int digit = g_ascii_xdigit_value (p[k]);

      if (digit < 0)
        return -1;
      value = value << 4 | digit;
    }
  return value;
}

static const char *
check_text (const char *text, gsize length)
{
  const char *p = text, *end = text + length;
  guint depth = 0;
  gboolean in_string = FALSE;

  for (; p < end; p++)
    {
      if (in_string)
        {
          if (*p == '"')
            in_string = FALSE;
          else if (*p == '\\' && p + 1 < end && p[1] == 'u')
            {
              int unit = hex4 (p + 2, end);

              if (unit == 0)
                return "a \\u0000 escape";
              if (unit >= 0xDC00 && unit <= 0xDFFF)
                return "a lone UTF-16 surrogate";
              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  int low = end - p >= 12 && p[6] == '\\' && p[7] == 'u' ? hex4 (p + 8, end) : -1;

                  if (low < 0xDC00 || low > 0xDFFF)
                    return "a lone UTF-16 surrogate";
                  p += 6;
                }
              p += 1;
            }
          else if (*p == '\\')
            p++;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '[' || *p == '{')
        {
          if (++depth > MAX_DEPTH)
            return "nesting more than " G_STRINGIFY (MAX_DEPTH) " levels deep";
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return NULL;
}

JsonNode *
wmk_json_parse (const char *text, gssize length, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  const char *problem;

  g_return_val_if_fail (text != NULL, NULL);

  problem = check_text (text, length < 0 ? strlen (text) : (gsize) length);
  if (problem)
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   "The JSON text cannot be read: it holds %s", problem);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, text, length, error))
    return NULL;
  root = json_parser_get_root (parser);
  return root ? json_node_copy (root) : json_node_new (JSON_NODE_NULL);
}

gboolean
wmk_json_equal (JsonNode *a, JsonNode *b)
{
  gboolean a_null = a == NULL || JSON_NODE_HOLDS_NULL (a);
  gboolean b_null = b == NULL || JSON_NODE_HOLDS_NULL (b);

  if (a_null || b_null)
    return a_null && b_null;
  return json_node_equal (a, b);
}

JsonNode *
wmk_json_new_string (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);
  return node;
}

JsonNode *
wmk_json_new_int (gint64 value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_int (node, value);
  return node;
}

JsonNode *
wmk_json_new_double (double value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_double (node, value);
  return node;
}

JsonNode *
wmk_json_new_bool (gboolean value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_boolean (node, value);
  return node;
}

JsonNode *
wmk_json_new_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

JsonNode *
wmk_json_new_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

char *
wmk_json_to_display (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return wmk_json_to_string (node, FALSE);
}
