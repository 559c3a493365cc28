/* wmk-entity-dialog.h: add or change one item of any type, from its fields
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <waymark.h>

G_BEGIN_DECLS

/* The word a person reads for one value of an enum field ("phone" → "Phone"). */
typedef const char *(*WmkEnumWordFunc) (const char *field,
                                        const char *value);

#define WMK_TYPE_ENTITY_DIALOG (wmk_entity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WmkEntityDialog, wmk_entity_dialog, WMK, ENTITY_DIALOG, AdwWindow)

GtkWidget *wmk_entity_dialog_new (GtkWidget          *parent,
                                  WmkPlan            *plan,
                                  const WmkTypeSpec  *spec,
                                  const char         *id,
                                  const char * const *fields,
                                  WmkEnumWordFunc     enum_word,
                                  const char         *title);

G_END_DECLS
