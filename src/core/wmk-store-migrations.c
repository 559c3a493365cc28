/* wmk-store-migrations.c: the plan database schema, version by version
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step moves a database from version N-1 to N inside the caller's
 * transaction. Steps are never edited once released: a plan written by an
 * older Waymark must open in every newer one (tests/test-store.c keeps a
 * version 1 database as a fixture). Schema changes are additive; old
 * operations are never rewritten (docs/sync.md §2.9).
 */

#include "wmk-store-private.h"

/* Version 1: the operation log and the current state derived from it. */
static const char migration_1[] =
  "CREATE TABLE local_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
  "CREATE TABLE op ("
  "  id INTEGER PRIMARY KEY,"        /* local order of application */
  "  writer TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,"
  "  stamp TEXT NOT NULL, author TEXT, t TEXT NOT NULL, etype TEXT, e TEXT NOT NULL, f TEXT,"
  "  raw TEXT NOT NULL,"
  "  UNIQUE (writer, seq, hash));"
  "CREATE UNIQUE INDEX op_stamp ON op (stamp);"
  "CREATE INDEX op_entity ON op (e, id);"
  "CREATE TABLE entity (e TEXT PRIMARY KEY, type TEXT NOT NULL, live INTEGER NOT NULL,"
  "  created TEXT NOT NULL) WITHOUT ROWID;"
  "CREATE TABLE field_head (e TEXT NOT NULL, f TEXT NOT NULL, stamp TEXT NOT NULL,"
  "  kind INTEGER NOT NULL, value, PRIMARY KEY (e, f, stamp)) WITHOUT ROWID;"
  "CREATE TABLE op_prev (e TEXT NOT NULL, f TEXT NOT NULL, prev TEXT NOT NULL,"
  "  child TEXT NOT NULL, PRIMARY KEY (e, f, prev, child)) WITHOUT ROWID;"
  "CREATE TABLE set_member (e TEXT NOT NULL, f TEXT NOT NULL, elem TEXT NOT NULL,"
  "  add_stamp TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (e, f, elem, add_stamp)) WITHOUT ROWID;"
  "CREATE TABLE undo_step (id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')), label TEXT,"
  "  stamps TEXT NOT NULL);";

/* Version 2: fields in conflict are recorded as data, and the outbox of own
 * operations not yet published to a shared folder exists from the start, so
 * a plan bound to a folder later publishes its whole history. */
static const char migration_2[] =
  "CREATE TABLE conflict (e TEXT NOT NULL, f TEXT NOT NULL, detected TEXT NOT NULL,"
  "  PRIMARY KEY (e, f)) WITHOUT ROWID;"
  "CREATE TABLE outbox (seq INTEGER PRIMARY KEY);"
  "INSERT INTO outbox (seq) SELECT op.seq FROM op, local_meta m"
  "  WHERE m.key = 'writer' AND op.writer = m.value;";

/* Version 3: the undo stacks are looked up by stack on every edit; without
 * an index that was a scan of every edit ever made (20 ms per edit at
 * 100,000 steps). */
static const char migration_3[] =
  "CREATE INDEX undo_step_stack ON undo_step (stack, id);";

/* Version 4: sync through a shared folder (docs/sync.md): what is known of
 * each writer (cursors, label, clock skew, forks), every journal file seen
 * and what it held, operations this build cannot apply yet, and own
 * operations of an earlier epoch still to publish. */
static const char migration_4[] =
  "CREATE TABLE sync_writer (writer TEXT PRIMARY KEY, device TEXT NOT NULL,"
  "  label TEXT, contiguous_seq INTEGER NOT NULL DEFAULT 0, max_seq INTEGER NOT NULL DEFAULT 0,"
  "  last_seen INTEGER NOT NULL DEFAULT 0, skew_ms INTEGER NOT NULL DEFAULT 0,"
  "  forked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;"
  "CREATE TABLE sync_file (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
  "  writer TEXT, first INTEGER, last INTEGER, n_ok INTEGER NOT NULL DEFAULT 0,"
  "  n_damaged INTEGER NOT NULL DEFAULT 0, sealed INTEGER NOT NULL DEFAULT 0,"
  "  status TEXT NOT NULL, first_seen INTEGER NOT NULL) WITHOUT ROWID;"
  "CREATE TABLE pending_op (hash TEXT PRIMARY KEY, raw TEXT NOT NULL, reason TEXT NOT NULL)"
  "  WITHOUT ROWID;"
  "CREATE TABLE old_outbox (writer TEXT NOT NULL, seq INTEGER NOT NULL,"
  "  PRIMARY KEY (writer, seq)) WITHOUT ROWID;";

static const char *const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == WMK_STORE_SCHEMA_VERSION);

gboolean
wmk_store_migrate (WmkStore *self, int from_version, GError **error)
{
  for (int v = from_version; v < WMK_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *pragma = NULL;

      if (!wmk_store_exec (self, migrations[v], error))
        {
          g_prefix_error (error, "Could not upgrade %s to version %d: ", self->path, v + 1);
          return FALSE;
        }
      pragma = g_strdup_printf ("PRAGMA user_version = %d", v + 1);
      if (!wmk_store_exec (self, pragma, error))
        return FALSE;
    }
  self->schema_version = WMK_STORE_SCHEMA_VERSION;
  return TRUE;
}
