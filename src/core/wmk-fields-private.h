/* wmk-fields-private.h: an entity's fields, held compactly
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  WMK_VALUE_STRING,
  WMK_VALUE_INT,
  WMK_VALUE_DOUBLE,
  WMK_VALUE_BOOL,
  WMK_VALUE_STRV,   /* a set: strings in the order they were added */
  WMK_VALUE_NODE,   /* any other JSON: arrays of targets, objects */
} WmkValueKind;

typedef struct
{
  const char   *name;      /* interned */
  WmkValueKind  kind;
  guint         n_elems;   /* WMK_VALUE_STRV */
  union
  {
    gint64             i;
    double             d;
    gboolean           b;
    const char        *s;
    const char *const *strv;
    JsonNode          *node;
  } v;
} WmkField;

/* The fields of one entity in one block, sorted by name, read-only once
 * built. An entity holds one and replaces it whole when it changes. */
typedef struct _WmkFields WmkFields;

void            wmk_fields_free      (WmkFields  *fields);
guint           wmk_fields_get_n     (WmkFields  *fields);
const WmkField *wmk_fields_get_nth   (WmkFields  *fields,
                                      guint       index);
const WmkField *wmk_fields_lookup    (WmkFields  *fields,
                                      const char *name);
JsonNode       *wmk_fields_get_node  (WmkFields  *fields,
                                      const WmkField *field);
gboolean        wmk_field_equal      (WmkFields  *a_fields,
                                      const WmkField *a,
                                      WmkFields  *b_fields,
                                      const WmkField *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkFields, wmk_fields_free)

/* Builds WmkFields from what the store reads: a later value of a field
 * replaces an earlier one, as later heads do. Reusable: _end() starts over. */
typedef struct _WmkFieldsBuilder WmkFieldsBuilder;

WmkFieldsBuilder *wmk_fields_builder_new        (void);
void              wmk_fields_builder_free       (WmkFieldsBuilder *self);
void              wmk_fields_builder_set_string (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 const char       *value);
void              wmk_fields_builder_set_int    (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 gint64            value);
void              wmk_fields_builder_set_double (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 double            value);
void              wmk_fields_builder_set_bool   (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 gboolean          value);
void              wmk_fields_builder_set_node   (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 JsonNode         *node);
void              wmk_fields_builder_unset      (WmkFieldsBuilder *self,
                                                 const char       *name);
void              wmk_fields_builder_add_element (WmkFieldsBuilder *self,
                                                 const char       *name,
                                                 const char       *element);
WmkFields        *wmk_fields_builder_end        (WmkFieldsBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkFieldsBuilder, wmk_fields_builder_free)

G_END_DECLS
