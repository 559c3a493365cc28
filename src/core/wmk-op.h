/* wmk-op.h: one recorded change to a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wmk-hlc.h"

G_BEGIN_DECLS

#define WMK_TYPE_OP (wmk_op_get_type ())

/* The operation format this build writes and the newest it can apply. */
#define WMK_OP_FORMAT 1

typedef enum
{
  WMK_OP_CREATE,
  WMK_OP_SET,
  WMK_OP_DELETE,
  WMK_OP_RESTORE,
  WMK_OP_ADD,
  WMK_OP_REMOVE,
} WmkOpKind;

/**
 * WmkOp:
 *
 * Every change to a plan is one operation (docs/sync.md §2.7): who made it,
 * when (an HLC stamp), to which entity and field, the new value, and the
 * stamps of the values it replaced (`prev`). Operations are immutable once
 * stamped; their canonical JSON is what the journal shares and what the hash
 * covers.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  WmkOpKind   kind;
  int         version;     /* op format, WMK_OP_FORMAT for ours */
  char       *writer;      /* "<device>-<epoch>" */
  gint64      seq;         /* 1, 2, 3… per writer */
  WmkHlc      hlc;
  char       *stamp;       /* wmk_stamp_new (hlc, writer) */
  char       *author;
  char       *etype;       /* entity type (create, and on every op for readers) */
  char       *entity;      /* entity id */
  char       *field;       /* set; "_live" for delete and restore; the set field for add/remove */
  JsonNode   *value;       /* set: new value; create: object of initial single-valued fields */
  JsonObject *sets;        /* create: { field: [elements] } for multi-valued fields */
  char       *elem;        /* add / remove: the element */
  GStrv       prev;        /* stamps of the values this replaces */
  GStrv       tags;        /* remove: the add stamps it observed */
  JsonObject *seen;        /* delete: { field: [head stamps the deleter saw] } */
  char       *hash;        /* first 16 bytes of SHA-256 of the canonical JSON, as hex */
  char       *json;        /* the canonical JSON the hash covers (set by seal and from_json) */
} WmkOp;

GType        wmk_op_get_type    (void) G_GNUC_CONST;
WmkOp       *wmk_op_new         (WmkOpKind    kind,
                                 const char  *etype,
                                 const char  *entity);
WmkOp       *wmk_op_ref         (WmkOp       *op);
void         wmk_op_unref       (WmkOp       *op);

const char  *wmk_op_kind_to_string   (WmkOpKind    kind);
gboolean     wmk_op_kind_from_string (const char  *name,
                                      WmkOpKind   *kind);

/* Stamps the operation and computes its canonical bytes and hash. */
void         wmk_op_seal        (WmkOp       *op,
                                 const char  *writer,
                                 gint64       seq,
                                 WmkHlc       hlc,
                                 const char  *author);
char        *wmk_op_to_json     (const WmkOp *op);
WmkOp       *wmk_op_from_json   (const char  *json,
                                 GError     **error);

/* The value a field got from this operation, or NULL (borrowed). */
JsonNode    *wmk_op_get_field_value (const WmkOp *op,
                                     const char  *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkOp, wmk_op_unref)

G_END_DECLS
