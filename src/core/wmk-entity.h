/* wmk-entity.h: a the base type of every item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wmk-schema.h"

G_BEGIN_DECLS

#define WMK_TYPE_ENTITY (wmk_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmkEntity, wmk_entity, WMK, ENTITY, GObject)

/**
 * WmkEntityClass:
 *
 * Each core type (and any plugin type that wants properties) is a subclass
 * whose class_init calls wmk_entity_class_set_spec(): that installs one
 * read-only GObject property per field, named after it ("due_text" becomes
 * "due-text"), so views can bind to fields and are notified when they change.
 * Edits never go through properties: they go through the plan's edit API.
 */
struct _WmkEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  const WmkTypeSpec *spec;
  GParamSpec       **field_pspecs;
  gpointer           padding[8];
};

void               wmk_entity_class_set_spec (WmkEntityClass    *klass,
                                              const WmkTypeSpec *spec);
const WmkTypeSpec *wmk_entity_class_get_spec (WmkEntityClass    *klass);

const char  *wmk_entity_get_id           (WmkEntity   *self);
const char  *wmk_entity_get_entity_type  (WmkEntity   *self);
gboolean     wmk_entity_get_live         (WmkEntity   *self);
const WmkTypeSpec *wmk_entity_get_spec   (WmkEntity   *self);

JsonNode    *wmk_entity_get_field        (WmkEntity   *self,
                                          const char  *field);
const char  *wmk_entity_get_string       (WmkEntity   *self,
                                          const char  *field);
double       wmk_entity_get_number       (WmkEntity   *self,
                                          const char  *field,
                                          double       fallback);
gint64       wmk_entity_get_int          (WmkEntity   *self,
                                          const char  *field,
                                          gint64       fallback);
gboolean     wmk_entity_get_bool         (WmkEntity   *self,
                                          const char  *field);
GStrv        wmk_entity_dup_strv         (WmkEntity   *self,
                                          const char  *field);
gboolean     wmk_entity_links_to         (WmkEntity   *self,
                                          const char  *field,
                                          const char  *id);
GPtrArray   *wmk_entity_list_fields      (WmkEntity   *self);

const char  *wmk_entity_get_ref          (WmkEntity   *self);
const char  *wmk_entity_get_parent_id    (WmkEntity   *self);
double       wmk_entity_get_pos          (WmkEntity   *self);
char        *wmk_entity_dup_title        (WmkEntity   *self);

G_END_DECLS
