/* wmk-store-private.h: what the store's source files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "wmk-store.h"

G_BEGIN_DECLS

struct _WmkStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt*, prepared once */

  char       *plan_id;
  char       *device;
  char       *epoch;
  char       *writer;
  gint64      next_seq;
  WmkHlc      hlc;
  int         schema_version;
  GHashTable *txn_entities; /* entity ids known to have a row, in this transaction */
  WmkStoreClock clock;      /* the wall clock, or NULL for the real one */
  gboolean    copied;       /* found to be a copy when opened, not yet told */
  char       *instance;     /* the token of wmk-store-instance.c */
  gpointer    clock_data;
};

sqlite3_stmt *wmk_store_prepare   (WmkStore    *self,
                                   const char  *sql,
                                   GError     **error);
void          wmk_store_reset_statements (WmkStore *self);
gboolean      wmk_store_load_clock (WmkStore    *self,
                                    GError     **error);
void          wmk_store_set_identity (WmkStore  *self,
                                      const char *epoch,
                                      gint64      next_seq);
gboolean      wmk_store_change_epoch (WmkStore  *self,
                                      GError   **error);
gboolean      wmk_store_claim_instance (WmkStore  *self,
                                        gboolean  *copied,
                                        GError   **error);
gboolean      wmk_store_exec      (WmkStore    *self,
                                   const char  *sql,
                                   GError     **error);
gboolean      wmk_store_set_error (WmkStore    *self,
                                   GError     **error);

/* Typed storage of JSON values, so that opening a plan needs no JSON parser
 * for the common scalar fields. */
void          wmk_store_bind_value (sqlite3_stmt *stmt,
                                    int           kind_col,
                                    JsonNode     *value);
JsonNode     *wmk_store_column_value (sqlite3_stmt *stmt,
                                      int           kind_col);

WmkOp        *wmk_store_lookup_op  (WmkStore    *self,
                                    const char  *stamp,
                                    GError     **error);

/* wmk-store-commit.c */
typedef gboolean (*WmkStoreBody) (WmkStore *self, gpointer data, GError **error);

gboolean      wmk_store_in_transaction (WmkStore     *self,
                                        WmkStoreBody  body,
                                        gpointer      data,
                                        GError      **error);
gboolean      wmk_store_commit_ops (WmkStore      *self,
                                    GPtrArray     *ops,
                                    const char    *author,
                                    const char    *label,
                                    WmkCommitKind  kind,
                                    GPtrArray     *touched,
                                    GError       **error);

/* Records @op and applies it to the state, for own and foreign operations
 * alike; an operation already known changes nothing (*applied is FALSE). */
gboolean      wmk_store_apply_op   (WmkStore    *self,
                                    WmkOp       *op,
                                    const char  *raw,
                                    gboolean    *applied,
                                    GError     **error);

/* wmk-store-migrations.c */
gboolean      wmk_store_migrate    (WmkStore    *self,
                                    int          from_version,
                                    GError     **error);

G_END_DECLS
