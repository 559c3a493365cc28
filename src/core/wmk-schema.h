/* wmk-schema.h: the entity types a plan holds and the fields each one has
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define WMK_SCHEMA_ERROR (wmk_schema_error_quark ())

typedef enum
{
  WMK_SCHEMA_ERROR_UNKNOWN_TYPE,
  WMK_SCHEMA_ERROR_UNKNOWN_FIELD,
  WMK_SCHEMA_ERROR_WRONG_TYPE,
  WMK_SCHEMA_ERROR_READ_ONLY,
} WmkSchemaError;

typedef enum
{
  WMK_FIELD_STRING,    /* one line of text */
  WMK_FIELD_TEXT,      /* text that may hold several lines */
  WMK_FIELD_DATE,      /* "YYYY-MM-DD" */
  WMK_FIELD_TIME,      /* "HH:MM" */
  WMK_FIELD_NUMBER,
  WMK_FIELD_INTEGER,
  WMK_FIELD_BOOL,
  WMK_FIELD_ENUM,      /* a string from the list in detail, "a|b|c" */
  WMK_FIELD_REF,       /* the id of an entity of a type in detail ("role", "kpi|workstream"; NULL: any) */
  WMK_FIELD_REFS,      /* a link set: ids, stored as an observed-remove set */
  WMK_FIELD_STRINGS,   /* an array of strings */
  WMK_FIELD_DATES,     /* an array of dates */
  WMK_FIELD_INTEGERS,  /* an array of integers */
  WMK_FIELD_TARGETS,   /* KPI targets: [{"date", "value", "text"}] */
  WMK_FIELD_OBJECT,    /* any JSON object */
} WmkFieldKind;

/**
 * WmkFieldSpec:
 * @name: the field's name in files and operations ("due_text")
 * @kind: what values it takes
 * @detail: enum values or the types a reference may point to
 * @label: the name a person reads ("By when, as written"), untranslated
 */
typedef struct
{
  const char   *name;
  WmkFieldKind  kind;
  const char   *detail;
  const char   *label;
} WmkFieldSpec;

/**
 * WmkTypeSpec:
 * @name: the type's name in files and operations; plugins prefix theirs ("ehc.monthly_figures")
 * @label: its name for a person, untranslated
 * @ref_prefix: what its refs look like, for documentation
 * @fields: its fields in display and file order
 *
 * Plugins describe their types with the same structure (docs/plugins.md).
 */
typedef struct
{
  const char         *name;
  const char         *label;
  const WmkFieldSpec *fields;
  guint               n_fields;
} WmkTypeSpec;

#define WMK_TYPE_SCHEMA (wmk_schema_get_type ())
G_DECLARE_FINAL_TYPE (WmkSchema, wmk_schema, WMK, SCHEMA, GObject)

GQuark              wmk_schema_error_quark  (void);

WmkSchema          *wmk_schema_new          (void);
void                wmk_schema_register     (WmkSchema          *self,
                                             const WmkTypeSpec  *spec,
                                             GType               gtype);
const WmkTypeSpec  *wmk_schema_lookup       (WmkSchema          *self,
                                             const char         *type);
GType               wmk_schema_get_gtype    (WmkSchema          *self,
                                             const char         *type);
int                 wmk_schema_rank         (WmkSchema          *self,
                                             const char         *type);
GPtrArray          *wmk_schema_list_types   (WmkSchema          *self);

const WmkFieldSpec *wmk_type_spec_lookup_field (const WmkTypeSpec *spec,
                                                const char        *field);
int                 wmk_type_spec_field_index  (const WmkTypeSpec *spec,
                                                const char        *field);

gboolean            wmk_field_spec_is_set      (const WmkFieldSpec *field);
gboolean            wmk_field_spec_check       (const WmkFieldSpec *field,
                                                JsonNode           *value,
                                                GError            **error);
JsonNode           *wmk_field_spec_parse       (const WmkFieldSpec *field,
                                                const char         *text,
                                                GError            **error);
gboolean            wmk_field_spec_allows_type (const WmkFieldSpec *field,
                                                const char         *type);

gboolean            wmk_date_is_valid          (const char         *text);

G_END_DECLS
