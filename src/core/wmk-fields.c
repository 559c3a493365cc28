/* wmk-fields.c: an entity's fields, held compactly
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan of 10,000 actions holds about a quarter of a million field values.
 * Held as a hash table per entity, with a copied name, a JsonNode and a
 * JsonValue per field, they took five allocations a field and about 60 MB;
 * loading the plan was mostly malloc. Here an entity's fields are one block:
 * the values sorted by their interned names, strings and sets inline. Only
 * structured values (a KPI's targets) stay JSON nodes. A JsonNode for a plain
 * value is made when someone asks for one (wmk_entity_get_field()) and kept
 * with the block, so the pointer stays valid as long as the values do.
 */

#include "wmk-fields-private.h"

#include <string.h>

#include "wmk-json.h"

struct _WmkFields
{
  guint      n;
  JsonNode **nodes;      /* (nullable): nodes made for plain values, by index */
  WmkField   fields[];   /* then the sets' pointer arrays, then the strings */
};

typedef struct
{
  const char   *name;    /* interned */
  WmkValueKind  kind;
  gint64        i;
  double        d;
  gboolean      b;
  gsize         s;       /* WMK_VALUE_STRING: offset in the arena */
  guint         first;   /* WMK_VALUE_STRV: its elements, in elements */
  guint         n_elems;
  JsonNode     *node;    /* WMK_VALUE_NODE: owned */
} Pending;

struct _WmkFieldsBuilder
{
  GArray  *pending;      /* Pending */
  GString *arena;        /* the strings, each with its NUL */
  GArray  *elements;     /* gsize: offsets in the arena */
};

void
wmk_fields_free (WmkFields *fields)
{
  if (fields == NULL)
    return;
  for (guint i = 0; i < fields->n; i++)
    {
      if (fields->fields[i].kind == WMK_VALUE_NODE)
        json_node_unref (fields->fields[i].v.node);
      if (fields->nodes && fields->nodes[i])
        json_node_unref (fields->nodes[i]);
    }
  g_free (fields->nodes);
  g_free (fields);
}

guint
wmk_fields_get_n (WmkFields *fields)
{
  return fields ? fields->n : 0;
}

const WmkField *
wmk_fields_get_nth (WmkFields *fields, guint index)
{
  g_assert (fields != NULL && index < fields->n);
  return &fields->fields[index];
}

const WmkField *
wmk_fields_lookup (WmkFields *fields, const char *name)
{
  guint lo = 0, hi = fields ? fields->n : 0;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int cmp = strcmp (name, fields->fields[mid].name);

      if (cmp == 0)
        return &fields->fields[mid];
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

static JsonNode *
new_node (const WmkField *field)
{
  switch (field->kind)
    {
    case WMK_VALUE_STRING:
      return wmk_json_new_string (field->v.s);
    case WMK_VALUE_INT:
      return wmk_json_new_int (field->v.i);
    case WMK_VALUE_DOUBLE:
      return wmk_json_new_double (field->v.d);
    case WMK_VALUE_BOOL:
      return wmk_json_new_bool (field->v.b);
    case WMK_VALUE_STRV:
      {
        JsonArray *array = json_array_sized_new (field->n_elems);

        for (guint i = 0; i < field->n_elems; i++)
          json_array_add_string_element (array, field->v.strv[i]);
        return wmk_json_new_array (array);
      }
    case WMK_VALUE_NODE:
    default:
      return json_node_ref (field->v.node);
    }
}

/* The field's value as JSON, owned by @fields. */
JsonNode *
wmk_fields_get_node (WmkFields *fields, const WmkField *field)
{
  guint index = field - fields->fields;

  g_assert (index < fields->n);
  if (field->kind == WMK_VALUE_NODE)
    return field->v.node;
  if (fields->nodes == NULL)
    fields->nodes = g_new0 (JsonNode *, fields->n);
  if (fields->nodes[index] == NULL)
    fields->nodes[index] = new_node (field);
  return fields->nodes[index];
}

gboolean
wmk_field_equal (WmkFields *a_fields, const WmkField *a, WmkFields *b_fields, const WmkField *b)
{
  if (a->kind != b->kind)
    return wmk_json_equal (wmk_fields_get_node (a_fields, a), wmk_fields_get_node (b_fields, b));
  switch (a->kind)
    {
    case WMK_VALUE_STRING:
      return strcmp (a->v.s, b->v.s) == 0;
    case WMK_VALUE_INT:
      return a->v.i == b->v.i;
    case WMK_VALUE_DOUBLE:
      return a->v.d == b->v.d;
    case WMK_VALUE_BOOL:
      return !a->v.b == !b->v.b;
    case WMK_VALUE_STRV:
      if (a->n_elems != b->n_elems)
        return FALSE;
      for (guint i = 0; i < a->n_elems; i++)
        if (strcmp (a->v.strv[i], b->v.strv[i]) != 0)
          return FALSE;
      return TRUE;
    case WMK_VALUE_NODE:
    default:
      return wmk_json_equal (a->v.node, b->v.node);
    }
}

/* Building. */

WmkFieldsBuilder *
wmk_fields_builder_new (void)
{
  WmkFieldsBuilder *self = g_new0 (WmkFieldsBuilder, 1);

  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->arena = g_string_sized_new (1024);
  self->elements = g_array_new (FALSE, FALSE, sizeof (gsize));
  return self;
}

static void
clear_pending (WmkFieldsBuilder *self)
{
  for (guint i = 0; i < self->pending->len; i++)
    g_clear_pointer (&g_array_index (self->pending, Pending, i).node, json_node_unref);
  g_array_set_size (self->pending, 0);
  g_string_truncate (self->arena, 0);
  g_array_set_size (self->elements, 0);
}

void
wmk_fields_builder_free (WmkFieldsBuilder *self)
{
  if (self == NULL)
    return;
  clear_pending (self);
  g_array_unref (self->pending);
  g_string_free (self->arena, TRUE);
  g_array_unref (self->elements);
  g_free (self);
}

/* The entry for @name, emptied, or a new one. Names are interned only when
 * first seen in an entity: comparing a dozen short names is cheaper than the
 * interning's lock. */
static Pending *
entry_for (WmkFieldsBuilder *self, const char *name)
{
  Pending *p;

  for (guint i = 0; i < self->pending->len; i++)
    {
      p = &g_array_index (self->pending, Pending, i);
      if (strcmp (p->name, name) == 0)
        {
          g_clear_pointer (&p->node, json_node_unref);
          return p;
        }
    }
  g_array_set_size (self->pending, self->pending->len + 1);
  p = &g_array_index (self->pending, Pending, self->pending->len - 1);
  memset (p, 0, sizeof *p);
  p->name = g_intern_string (name);
  return p;
}

static gsize
arena_add (WmkFieldsBuilder *self, const char *text)
{
  gsize offset = self->arena->len;

  g_string_append_len (self->arena, text, strlen (text) + 1);
  return offset;
}

void
wmk_fields_builder_set_string (WmkFieldsBuilder *self, const char *name, const char *value)
{
  Pending *p = entry_for (self, name);

  p->kind = WMK_VALUE_STRING;
  p->s = arena_add (self, value ? value : "");
}

void
wmk_fields_builder_set_int (WmkFieldsBuilder *self, const char *name, gint64 value)
{
  Pending *p = entry_for (self, name);

  p->kind = WMK_VALUE_INT;
  p->i = value;
}

void
wmk_fields_builder_set_double (WmkFieldsBuilder *self, const char *name, double value)
{
  Pending *p = entry_for (self, name);

  p->kind = WMK_VALUE_DOUBLE;
  p->d = value;
}

void
wmk_fields_builder_set_bool (WmkFieldsBuilder *self, const char *name, gboolean value)
{
  Pending *p = entry_for (self, name);

  p->kind = WMK_VALUE_BOOL;
  p->b = value;
}

/* @node: (transfer full) */
void
wmk_fields_builder_set_node (WmkFieldsBuilder *self, const char *name, JsonNode *node)
{
  Pending *p;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      wmk_fields_builder_unset (self, name);
      g_clear_pointer (&node, json_node_unref);
      return;
    }
  p = entry_for (self, name);
  p->kind = WMK_VALUE_NODE;
  p->node = node;
}

void
wmk_fields_builder_unset (WmkFieldsBuilder *self, const char *name)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);

      if (strcmp (p->name, name) == 0)
        {
          g_clear_pointer (&p->node, json_node_unref);
          g_array_remove_index (self->pending, i);
          return;
        }
    }
}

/* A member of a set field: added once, in the order added. */
void
wmk_fields_builder_add_element (WmkFieldsBuilder *self, const char *name, const char *element)
{
  Pending *p = NULL;
  gsize offset;

  for (guint i = 0; i < self->pending->len && p == NULL; i++)
    if (strcmp (g_array_index (self->pending, Pending, i).name, name) == 0)
      p = &g_array_index (self->pending, Pending, i);
  if (p == NULL || p->kind != WMK_VALUE_STRV)
    {
      p = entry_for (self, name);
      p->kind = WMK_VALUE_STRV;
      p->first = self->elements->len;
      p->n_elems = 0;
    }
  for (guint i = 0; i < p->n_elems; i++)
    if (strcmp (self->arena->str + g_array_index (self->elements, gsize, p->first + i),
                element) == 0)
      return;
  /* A set's members come together; should they not, its members move to the end. */
  if (p->first + p->n_elems != self->elements->len)
    {
      guint first = self->elements->len;

      for (guint i = 0; i < p->n_elems; i++)
        {
          gsize old = g_array_index (self->elements, gsize, p->first + i);
          g_array_append_val (self->elements, old);
        }
      p->first = first;
    }
  offset = arena_add (self, element);
  g_array_append_val (self->elements, offset);
  p->n_elems++;
}

static int
compare_pending (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Pending *) a)->name, ((const Pending *) b)->name);
}

/* The fields added since the last call, in one block; the builder starts over. */
WmkFields *
wmk_fields_builder_end (WmkFieldsBuilder *self)
{
  guint n = self->pending->len;
  gsize n_pointers = 0, text = 0, header, size;
  WmkFields *fields;
  const char **pointers;
  char *strings;

  g_array_sort (self->pending, compare_pending);
  for (guint i = 0; i < n; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->kind == WMK_VALUE_STRING)
        text += strlen (self->arena->str + p->s) + 1;
      else if (p->kind == WMK_VALUE_STRV)
        {
          n_pointers += p->n_elems + 1;
          for (guint e = 0; e < p->n_elems; e++)
            text += strlen (self->arena->str
                            + g_array_index (self->elements, gsize, p->first + e)) + 1;
        }
    }
  header = sizeof (WmkFields) + n * sizeof (WmkField);
  size = header + n_pointers * sizeof (char *) + text;
  fields = g_malloc (size);
  fields->n = n;
  fields->nodes = NULL;
  pointers = (const char **) ((char *) fields + header);
  strings = (char *) (pointers + n_pointers);

  for (guint i = 0; i < n; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);
      WmkField *f = &fields->fields[i];

      f->name = p->name;
      f->kind = p->kind;
      f->n_elems = 0;
      switch (p->kind)
        {
        case WMK_VALUE_STRING:
          {
            gsize len = strlen (self->arena->str + p->s) + 1;

            memcpy (strings, self->arena->str + p->s, len);
            f->v.s = strings;
            strings += len;
          }
          break;
        case WMK_VALUE_INT:
          f->v.i = p->i;
          break;
        case WMK_VALUE_DOUBLE:
          f->v.d = p->d;
          break;
        case WMK_VALUE_BOOL:
          f->v.b = p->b;
          break;
        case WMK_VALUE_STRV:
          f->n_elems = p->n_elems;
          f->v.strv = pointers;
          for (guint e = 0; e < p->n_elems; e++)
            {
              const char *element = self->arena->str
                                    + g_array_index (self->elements, gsize, p->first + e);
              gsize len = strlen (element) + 1;

              memcpy (strings, element, len);
              *pointers++ = strings;
              strings += len;
            }
          *pointers++ = NULL;
          break;
        case WMK_VALUE_NODE:
        default:
          f->v.node = g_steal_pointer (&p->node);
          break;
        }
    }
  g_assert ((char *) fields + size == strings);
  clear_pending (self);
  return fields;
}
