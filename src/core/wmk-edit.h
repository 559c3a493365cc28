/* wmk-edit.h: a set of changes made together, undone together
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _WmkEdit WmkEdit;

char     *wmk_edit_create  (WmkEdit     *edit,
                            const char  *type,
                            JsonObject  *fields,
                            GError     **error);
gboolean  wmk_edit_set     (WmkEdit     *edit,
                            const char  *id,
                            const char  *field,
                            JsonNode    *value,
                            GError     **error);
gboolean  wmk_edit_link    (WmkEdit     *edit,
                            const char  *id,
                            const char  *field,
                            const char  *target,
                            GError     **error);
gboolean  wmk_edit_unlink  (WmkEdit     *edit,
                            const char  *id,
                            const char  *field,
                            const char  *target,
                            GError     **error);
gboolean  wmk_edit_delete  (WmkEdit     *edit,
                            const char  *id,
                            GError     **error);
gboolean  wmk_edit_is_empty (WmkEdit    *edit);
guint     wmk_edit_get_n_changes (WmkEdit *edit);
void      wmk_edit_free    (WmkEdit     *edit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkEdit, wmk_edit_free)

G_END_DECLS
