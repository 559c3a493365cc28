/* wmk-entity.c: a the base type of every item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entity is a view over the store's generic state: an id, a type name and
 * JSON-valued fields. Fields the type does not declare are held all the same
 * and written back on export. The fields are held compactly (wmk-fields.c):
 * the accessors read plain values without making JSON nodes.
 */

#include "wmk-entity-private.h"

#include <string.h>

#include "wmk-json.h"

typedef struct
{
  char       *id;
  const char *type;     /* interned */
  const WmkTypeSpec *spec;  /* the schema's, so a plugin type shown by WmkEntity has one */
  gboolean    live;
  WmkFields  *fields;
} WmkEntityPrivate;

enum
{
  PROP_0,
  PROP_ID,
  PROP_ENTITY_TYPE,
  PROP_LIVE,
  N_PROPS
};

enum
{
  FIELD_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_TYPE_WITH_PRIVATE (WmkEntity, wmk_entity, G_TYPE_OBJECT)

static void
value_from_node (GValue *value, JsonNode *node)
{
  if (G_VALUE_HOLDS (value, JSON_TYPE_NODE))
    {
      g_value_set_boxed (value, node);
      return;
    }
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  if (G_VALUE_HOLDS_STRING (value))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_value_set_string (value, json_node_get_string (node));
    }
  else if (G_VALUE_HOLDS_DOUBLE (value))
    {
      if (JSON_NODE_HOLDS_VALUE (node))
        g_value_set_double (value, json_node_get_double (node));
    }
  else if (G_VALUE_HOLDS_INT64 (value))
    {
      if (JSON_NODE_HOLDS_VALUE (node))
        g_value_set_int64 (value, json_node_get_int (node));
    }
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    {
      if (JSON_NODE_HOLDS_VALUE (node))
        g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *element = json_array_get_element (array, i);
              if (JSON_NODE_HOLDS_VALUE (element))
                g_strv_builder_add (builder, json_node_get_string (element));
            }
          g_value_take_boxed (value, g_strv_builder_end (builder));
        }
    }
}

static void
wmk_entity_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  WmkEntity *self = WMK_ENTITY (object);
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  if (pspec->owner_type != WMK_TYPE_ENTITY)
    {
      /* A field property installed by wmk_entity_class_set_spec(). */
      const WmkTypeSpec *spec = WMK_ENTITY_GET_CLASS (self)->spec;
      value_from_node (value, wmk_entity_get_field (self, spec->fields[prop_id - 1].name));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_ENTITY_TYPE:
      g_value_set_string (value, priv->type);
      break;
    case PROP_LIVE:
      g_value_set_boolean (value, priv->live);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_entity_finalize (GObject *object)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (WMK_ENTITY (object));

  g_free (priv->id);
  g_clear_pointer (&priv->fields, wmk_fields_free);

  G_OBJECT_CLASS (wmk_entity_parent_class)->finalize (object);
}

static void
wmk_entity_class_init (WmkEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wmk_entity_get_property;
  object_class->finalize = wmk_entity_finalize;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY_TYPE] =
    g_param_spec_string ("entity-type", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIVE] =
    g_param_spec_boolean ("live", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmkEntity::field-changed:
   * @field: the field's name (also the signal detail)
   *
   * A field changed: by an edit, an undo, or a change from another laptop.
   */
  signals[FIELD_CHANGED] = g_signal_new ("field-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 1,
                                         G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
wmk_entity_init (WmkEntity *self)
{
}

static GParamSpec *
field_pspec (const WmkFieldSpec *field)
{
  g_autofree char *name = g_strdelimit (g_strdup (field->name), "_.", '-');
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY;

  switch (field->kind)
    {
    case WMK_FIELD_NUMBER:
      return g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case WMK_FIELD_INTEGER:
      return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case WMK_FIELD_BOOL:
      return g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
    case WMK_FIELD_REFS:
    case WMK_FIELD_STRINGS:
    case WMK_FIELD_DATES:
      return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, flags);
    case WMK_FIELD_INTEGERS:
    case WMK_FIELD_TARGETS:
    case WMK_FIELD_OBJECT:
      return g_param_spec_boxed (name, NULL, NULL, JSON_TYPE_NODE, flags);
    case WMK_FIELD_STRING:
    case WMK_FIELD_TEXT:
    case WMK_FIELD_DATE:
    case WMK_FIELD_TIME:
    case WMK_FIELD_ENUM:
    case WMK_FIELD_REF:
    default:
      return g_param_spec_string (name, NULL, NULL, NULL, flags);
    }
}

/**
 * wmk_entity_class_set_spec:
 * @spec: (transfer none): a static description of the type's fields
 *
 * Called once from a subclass's class_init.
 */
void
wmk_entity_class_set_spec (WmkEntityClass *klass, const WmkTypeSpec *spec)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (WMK_IS_ENTITY_CLASS (klass));
  g_return_if_fail (spec != NULL);

  /* GObject does not inherit get_property: every class that installs
   * properties needs its own. The base class's serves them all. */
  object_class->get_property = wmk_entity_get_property;
  klass->spec = spec;
  klass->field_pspecs = g_new0 (GParamSpec *, spec->n_fields);
  for (guint i = 0; i < spec->n_fields; i++)
    {
      klass->field_pspecs[i] = field_pspec (&spec->fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->field_pspecs[i]);
    }
}

const WmkTypeSpec *
wmk_entity_class_get_spec (WmkEntityClass *klass)
{
  g_return_val_if_fail (WMK_IS_ENTITY_CLASS (klass), NULL);
  return klass->spec;
}

/* @spec: (nullable): the type's description in the plan's schema; %NULL for
 *   a type it does not know (or to use the class's)
 * @fields: (transfer full) */
WmkEntity *
wmk_entity_new (GType gtype, const WmkTypeSpec *spec, const char *id, const char *type,
                gboolean live, WmkFields *fields)
{
  WmkEntity *self = g_object_new (gtype, NULL);
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  priv->spec = spec ? spec : WMK_ENTITY_GET_CLASS (self)->spec;
  priv->id = g_strdup (id);
  priv->type = g_intern_string (type);
  priv->live = live;
  priv->fields = fields;
  return self;
}

/* Replaces the fields (taking @fields) and tells everyone who listens what
 * changed. Both sets are sorted by name, so they are compared in one walk. */
void
wmk_entity_update (WmkEntity *self, gboolean live, WmkFields *fields)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);
  WmkEntityClass *klass = WMK_ENTITY_GET_CLASS (self);
  g_autoptr(WmkFields) old = g_steal_pointer (&priv->fields);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();   /* interned names */
  guint n_old = wmk_fields_get_n (old), n_new = wmk_fields_get_n (fields), o = 0, n = 0;

  priv->fields = fields;

  while (o < n_old || n < n_new)
    {
      const WmkField *a = o < n_old ? wmk_fields_get_nth (old, o) : NULL;
      const WmkField *b = n < n_new ? wmk_fields_get_nth (fields, n) : NULL;

      if (b == NULL || (a != NULL && strcmp (a->name, b->name) < 0))
        {
          g_ptr_array_add (changed, (gpointer) a->name);   /* unset */
          o++;
        }
      else if (a == NULL || strcmp (a->name, b->name) > 0)
        {
          g_ptr_array_add (changed, (gpointer) b->name);   /* newly set */
          n++;
        }
      else
        {
          if (!wmk_field_equal (old, a, fields, b))
            g_ptr_array_add (changed, (gpointer) b->name);
          o++;
          n++;
        }
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (priv->live != live)
    {
      priv->live = live;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVE]);
    }
  for (guint i = 0; i < changed->len; i++)
    {
      int index = wmk_type_spec_field_index (klass->spec, changed->pdata[i]);

      if (index >= 0)
        g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[index]);
      g_signal_emit (self, signals[FIELD_CHANGED], g_quark_from_string (changed->pdata[i]),
                     changed->pdata[i]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
wmk_entity_get_id (WmkEntity *self)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_ENTITY (self), NULL);
  return priv->id;
}

const char *
wmk_entity_get_entity_type (WmkEntity *self)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_ENTITY (self), NULL);
  return priv->type;
}

gboolean
wmk_entity_get_live (WmkEntity *self)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_ENTITY (self), FALSE);
  return priv->live;
}

/**
 * wmk_entity_get_spec:
 *
 * Returns: (nullable): the description of the entity's type, or %NULL for a
 *   type this build does not know
 */
const WmkTypeSpec *
wmk_entity_get_spec (WmkEntity *self)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_ENTITY (self), NULL);
  return priv->spec ? priv->spec : WMK_ENTITY_GET_CLASS (self)->spec;
}

/**
 * wmk_entity_get_field:
 *
 * Returns: (transfer none) (nullable): the field's value, or %NULL if it is not set
 */
static const WmkField *
lookup (WmkEntity *self, const char *field)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);

  g_return_val_if_fail (WMK_IS_ENTITY (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);
  return wmk_fields_lookup (priv->fields, field);
}

/**
 * wmk_entity_get_field:
 *
 * Returns: (transfer none) (nullable): the field's value, or %NULL if it is
 *   not set; valid until the entity next changes
 */
JsonNode *
wmk_entity_get_field (WmkEntity *self, const char *field)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);
  const WmkField *value = lookup (self, field);

  return value ? wmk_fields_get_node (priv->fields, value) : NULL;
}

/* A JSON value of @type held in a structured field (rare: plain values are not nodes). */
static JsonNode *
node_value (const WmkField *value, GType type)
{
  if (value == NULL || value->kind != WMK_VALUE_NODE || !JSON_NODE_HOLDS_VALUE (value->v.node)
      || (type != G_TYPE_INVALID && json_node_get_value_type (value->v.node) != type))
    return NULL;
  return value->v.node;
}

const char *
wmk_entity_get_string (WmkEntity *self, const char *field)
{
  const WmkField *value = lookup (self, field);
  JsonNode *node;

  if (value && value->kind == WMK_VALUE_STRING)
    return value->v.s;
  node = node_value (value, G_TYPE_STRING);
  return node ? json_node_get_string (node) : NULL;
}

double
wmk_entity_get_number (WmkEntity *self, const char *field, double fallback)
{
  const WmkField *value = lookup (self, field);
  JsonNode *node;

  if (value && value->kind == WMK_VALUE_DOUBLE)
    return value->v.d;
  if (value && value->kind == WMK_VALUE_INT)
    return value->v.i;
  node = node_value (value, G_TYPE_INVALID);
  if (node && (json_node_get_value_type (node) == G_TYPE_INT64
               || json_node_get_value_type (node) == G_TYPE_DOUBLE))
    return json_node_get_double (node);
  return fallback;
}

gint64
wmk_entity_get_int (WmkEntity *self, const char *field, gint64 fallback)
{
  const WmkField *value = lookup (self, field);
  JsonNode *node;

  if (value && value->kind == WMK_VALUE_INT)
    return value->v.i;
  node = node_value (value, G_TYPE_INT64);
  return node ? json_node_get_int (node) : fallback;
}

gboolean
wmk_entity_get_bool (WmkEntity *self, const char *field)
{
  const WmkField *value = lookup (self, field);
  JsonNode *node;

  if (value && value->kind == WMK_VALUE_BOOL)
    return value->v.b;
  node = node_value (value, G_TYPE_BOOLEAN);
  return node && json_node_get_boolean (node);
}

/**
 * wmk_entity_dup_strv:
 *
 * Returns: (transfer full): the strings of an array field (empty if unset)
 */
GStrv
wmk_entity_dup_strv (WmkEntity *self, const char *field)
{
  const WmkField *value = lookup (self, field);
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GStrv strv;

  if (value && value->kind == WMK_VALUE_STRV)
    return g_strdupv ((char **) value->v.strv);
  g_value_init (&gvalue, G_TYPE_STRV);
  if (value && value->kind == WMK_VALUE_NODE)
    value_from_node (&gvalue, value->v.node);
  strv = g_value_dup_boxed (&gvalue);
  return strv ? strv : g_new0 (char *, 1);
}

gboolean
wmk_entity_links_to (WmkEntity *self, const char *field, const char *id)
{
  const WmkField *value = lookup (self, field);
  JsonNode *node;
  JsonArray *array;

  if (value == NULL)
    return FALSE;
  if (value->kind == WMK_VALUE_STRING)
    return g_strcmp0 (value->v.s, id) == 0;
  if (value->kind == WMK_VALUE_STRV)
    {
      for (guint i = 0; i < value->n_elems; i++)
        if (g_strcmp0 (value->v.strv[i], id) == 0)
          return TRUE;
      return FALSE;
    }
  if (value->kind != WMK_VALUE_NODE)
    return FALSE;
  node = value->v.node;
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strcmp0 (json_node_get_string (node), id) == 0;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), id) == 0)
      return TRUE;
  return FALSE;
}

/**
 * wmk_entity_list_fields:
 *
 * The names of the fields that are set: the type's fields in their declared
 * order, then fields this build does not know, by name.
 *
 * Returns: (transfer container) (element-type utf8): field names, owned by the entity
 */
GPtrArray *
wmk_entity_list_fields (WmkEntity *self)
{
  WmkEntityPrivate *priv = wmk_entity_get_instance_private (self);
  const WmkTypeSpec *spec = wmk_entity_get_spec (self);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; spec && i < spec->n_fields; i++)
    if (wmk_fields_lookup (priv->fields, spec->fields[i].name))
      g_ptr_array_add (names, (gpointer) spec->fields[i].name);

  /* The fields are sorted by name already. */
  for (guint i = 0; i < wmk_fields_get_n (priv->fields); i++)
    {
      const char *name = wmk_fields_get_nth (priv->fields, i)->name;

      if (wmk_type_spec_field_index (spec, name) < 0)
        g_ptr_array_add (names, (gpointer) name);
    }
  return names;
}

const char *
wmk_entity_get_ref (WmkEntity *self)
{
  return wmk_entity_get_string (self, "ref");
}

const char *
wmk_entity_get_parent_id (WmkEntity *self)
{
  return wmk_entity_get_string (self, "parent");
}

double
wmk_entity_get_pos (WmkEntity *self)
{
  return wmk_entity_get_number (self, "pos", 0);
}

/**
 * wmk_entity_dup_title:
 *
 * A short name for the item, for lists and messages: its ref and the first
 * line of its title, name or text.
 *
 * Returns: (transfer full): the title
 */
char *
wmk_entity_dup_title (WmkEntity *self)
{
  static const char *const candidates[] = { "title", "name", "text", "description" };
  const char *ref = wmk_entity_get_ref (self);
  const char *words = NULL;
  g_autofree char *line = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && words == NULL; i++)
    words = wmk_entity_get_string (self, candidates[i]);
  if (words)
    {
      const char *newline = strchr (words, '\n');
      line = newline ? g_strndup (words, newline - words) : g_strdup (words);
    }
  if (ref && line)
    return g_strdup_printf ("%s %s", ref, line);
  if (ref || line)
    return g_strdup (ref ? ref : line);
  return g_strdup (wmk_entity_get_id (self));
}
