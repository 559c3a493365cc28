/* wmk-json.h: canonical JSON text for plan files, operations and stored values
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Canonical means: object members in the order they were added, no
 * insignificant white space (or, with @pretty, two-space indentation and
 * "\n"), and numbers in their shortest form that reads back exactly. The same
 * node always gives the same bytes, which makes operation hashes and
 * byte-identical round trips possible. */
void   wmk_json_append  (GString    *out,
                         JsonNode   *node,
                         gboolean    pretty,
                         guint       indent);
char  *wmk_json_to_string (JsonNode *node,
                           gboolean  pretty);

JsonNode *wmk_json_parse (const char  *text,
                          gssize       length,
                          GError     **error);

gboolean  wmk_json_equal (JsonNode *a,
                          JsonNode *b);

/* A node of the right JSON type for a value read from SQLite. */
JsonNode *wmk_json_new_string (const char *value);
JsonNode *wmk_json_new_int    (gint64      value);
JsonNode *wmk_json_new_double (double      value);
JsonNode *wmk_json_new_bool   (gboolean    value);
/* Nodes that take over the caller's reference (json_node_init_object()
 * would add one of its own). */
JsonNode *wmk_json_new_object (JsonObject *object);
JsonNode *wmk_json_new_array  (JsonArray  *array);

/* The node as a short human string: strings unquoted, null as "", other
 * values as compact JSON. */
char     *wmk_json_to_display (JsonNode *node);

G_END_DECLS
