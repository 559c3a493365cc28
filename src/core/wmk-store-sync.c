/* wmk-store-sync.c: the store's side of sync: foreign operations, cursors,
 * conflicts and their resolution
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Foreign operations go through the same wmk_store_apply_op() as our own
 * edits (the field rule of docs/sync.md §2.7), so the state is a function of
 * the set of operations whatever their order. What this file adds is what
 * only sync needs: keeping operations this build cannot apply, per-writer
 * cursors and gaps, identity forks, the clock's skew cap, conflicts as a
 * list, and the resolve operation.
 */

#include "wmk-store-sync.h"

#include <string.h>

#include "wmk-fault.h"
#include "wmk-json.h"
#include "wmk-op-stream.h"
#include "wmk-store-private.h"

/* Operations applied per transaction in a bulk import (docs/sync.md §4):
 * each commit rewrites the pages of every index touched, so fewer is faster
 * (10,000 took 4.4 s for 100,000 operations, 50,000 took 3.6 s), while the
 * write lock is held for about a second and a half, well inside the
 * 5-second busy timeout of another process writing the same plan. */
#define APPLY_CHUNK 50000

#define PREPARE(var, sql)                                   \
  sqlite3_stmt *var = wmk_store_prepare (self, sql, error); \
  if (var == NULL)                                          \
    return FALSE

void
wmk_conflict_free (WmkConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->entity);
  g_free (conflict->etype);
  g_free (conflict->field);
  g_free (conflict->kind);
  g_clear_pointer (&conflict->values, g_ptr_array_unref);
  g_free (conflict);
}

void
wmk_sync_writer_free (WmkSyncWriter *writer)
{
  if (writer == NULL)
    return;
  g_free (writer->writer);
  g_free (writer->device);
  g_free (writer->label);
  g_free (writer);
}

void
wmk_sync_file_info_free (WmkSyncFileInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->writer);
  g_free (info->status);
  g_free (info);
}

void
wmk_apply_stats_init (WmkApplyStats *stats)
{
  memset (stats, 0, sizeof *stats);
  stats->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stats->writers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stats->warnings = g_ptr_array_new_with_free_func (g_free);
}

void
wmk_apply_stats_clear (WmkApplyStats *stats)
{
  g_clear_pointer (&stats->touched, g_hash_table_unref);
  g_clear_pointer (&stats->writers, g_hash_table_unref);
  g_clear_pointer (&stats->warnings, g_ptr_array_unref);
}

static gboolean
step (WmkStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return wmk_store_set_error (self, error);
  return TRUE;
}

static gboolean
keep_pending (WmkStore *self, const char *raw, const char *reason, GError **error)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, raw, -1);
  PREPARE (stmt, "INSERT OR IGNORE INTO pending_op (hash, raw, reason) VALUES (?, ?, ?)");

  sqlite3_bind_text (stmt, 1, sha, 32, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, raw, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  return step (self, stmt, error);
}

/* The device part of "<device>-<epoch>". */
static char *
writer_device (const char *writer)
{
  const char *dash = strrchr (writer, '-');

  return dash ? g_strndup (writer, dash - writer) : g_strdup (writer);
}

/* What a chunk of an import learnt of one writer, written to sync_writer
 * once at the end of the chunk rather than once per operation. */
typedef struct
{
  gint64 max_seq;     /* the highest seq known, in the database or applied */
  gint64 last_seen;
  gint64 skew_ms;
} WriterNote;

static WriterNote *
writer_note (WmkStore *self, GHashTable *notes, const char *writer, GError **error)
{
  WriterNote *note = g_hash_table_lookup (notes, writer);
  g_autofree char *device = NULL;

  if (note)
    return note;
  device = writer_device (writer);
  {
    PREPARE (add, "INSERT OR IGNORE INTO sync_writer (writer, device) VALUES (?, ?)");
    sqlite3_bind_text (add, 1, writer, -1, SQLITE_STATIC);
    sqlite3_bind_text (add, 2, device, -1, SQLITE_STATIC);
    if (!step (self, add, error))
      return NULL;
  }
  note = g_new0 (WriterNote, 1);
  {
    /* From the operations themselves, not sync_writer: our own and earlier
     * epochs' operations were never counted there. */
    PREPARE (max, "SELECT max(seq) FROM op WHERE writer = ?");
    sqlite3_bind_text (max, 1, writer, -1, SQLITE_STATIC);
    if (sqlite3_step (max) == SQLITE_ROW)
      note->max_seq = sqlite3_column_int64 (max, 0);
    sqlite3_reset (max);
  }
  g_hash_table_insert (notes, g_strdup (writer), note);
  return note;
}

static gboolean
save_writer_notes (WmkStore *self, GHashTable *notes, GError **error)
{
  GHashTableIter iter;
  const char *writer;
  WriterNote *note;

  g_hash_table_iter_init (&iter, notes);
  while (g_hash_table_iter_next (&iter, (gpointer *) &writer, (gpointer *) &note))
    {
      PREPARE (upd, "UPDATE sync_writer SET max_seq = max(max_seq, ?2), "
                    "last_seen = max(last_seen, ?3), skew_ms = max(skew_ms, ?4) WHERE writer = ?1");
      sqlite3_bind_text (upd, 1, writer, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (upd, 2, note->max_seq);
      sqlite3_bind_int64 (upd, 3, note->last_seen);
      sqlite3_bind_int64 (upd, 4, note->skew_ms);
      if (!step (self, upd, error))
        return FALSE;
    }
  return TRUE;
}

/* A (writer, seq) seen with two different operations: docs/sync.md §2.6. */
static gboolean
check_fork (WmkStore *self, WmkOp *op, WmkApplyStats *stats, GError **error)
{
  gboolean forked;
  PREPARE (count, "SELECT count(*) FROM op WHERE writer = ? AND seq = ?");

  sqlite3_bind_text (count, 1, op->writer, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (count, 2, op->seq);
  forked = sqlite3_step (count) == SQLITE_ROW && sqlite3_column_int (count, 0) > 1;
  sqlite3_reset (count);
  if (!forked)
    return TRUE;
  g_ptr_array_add (stats->warnings,
                   g_strdup_printf ("Two different changes carry the same number (%s, %" G_GINT64_FORMAT
                                    "): a copy of a plan database is editing under another's "
                                    "identity. Both changes are kept.",
                                    op->writer, op->seq));
  {
    PREPARE (mark, "UPDATE sync_writer SET forked = 1 WHERE writer = ?");
    sqlite3_bind_text (mark, 1, op->writer, -1, SQLITE_STATIC);
    return step (self, mark, error);
  }
}

/* One transaction's share of an import. */
typedef struct
{
  GPtrArray     *raws;
  WmkOpStream   *stream;
  guint          from, to;
  WmkApplyStats *stats;
  GHashTable    *notes;     /* writer → WriterNote */
} Chunk;

static gboolean
apply_one (WmkStore *self, Chunk *chunk, guint i, gint64 now_ms, GError **error)
{
  const char *raw = chunk->raws->pdata[i];
  const char *problem = NULL;
  WmkOp *op = wmk_op_stream_take (chunk->stream, i, &problem);
  WmkApplyStats *stats = chunk->stats;
  WriterNote *note;
  gboolean applied;
  gint64 max_before;

  if (op == NULL)
    {
      stats->pending++;
      return keep_pending (self, raw, problem, error);
    }
  if (op->version > WMK_OP_FORMAT)
    {
      stats->pending++;
      return keep_pending (self, raw, "newer operation format", error);
    }
  if (op->writer == NULL || op->seq < 1 || (op->kind == WMK_OP_SET && op->field == NULL))
    {
      stats->pending++;
      return keep_pending (self, raw, "incomplete operation", error);
    }

  if ((note = writer_note (self, chunk->notes, op->writer, error)) == NULL)
    return FALSE;
  if (!wmk_store_apply_op (self, op, raw, &applied, error))
    return FALSE;
  if (!applied)
    {
      PREPARE (known, "SELECT 1 FROM op WHERE writer = ? AND seq = ? AND hash = ?");
      sqlite3_bind_text (known, 1, op->writer, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (known, 2, op->seq);
      sqlite3_bind_text (known, 3, op->hash, -1, SQLITE_STATIC);
      if (sqlite3_step (known) == SQLITE_ROW)
        {
          sqlite3_reset (known);
          stats->duplicates++;
          return TRUE;
        }
      sqlite3_reset (known);
      /* Same stamp, different content: only a cloned identity does that. */
      stats->pending++;
      g_ptr_array_add (stats->warnings,
                       g_strdup_printf ("A change from %s reuses the time stamp of another "
                                        "change; it is kept aside.",
                                        op->writer));
      return keep_pending (self, raw, "stamp used by another operation", error);
    }

  stats->applied++;
  if (!g_hash_table_contains (stats->touched, op->entity))
    g_hash_table_add (stats->touched, g_strdup (op->entity));
  if (!g_hash_table_contains (stats->writers, op->writer))
    g_hash_table_add (stats->writers, g_strdup (op->writer));
  if (g_strcmp0 (op->writer, self->writer) == 0 && op->seq >= self->next_seq)
    stats->own_unknown = TRUE;
  self->hlc = wmk_hlc_receive (self->hlc, op->hlc, now_ms);

  max_before = note->max_seq;
  note->max_seq = MAX (note->max_seq, op->seq);
  note->last_seen = MAX (note->last_seen, op->hlc.l);
  if (op->hlc.l - now_ms > WMK_HLC_MAX_SKEW_MS)
    note->skew_ms = MAX (note->skew_ms, op->hlc.l - now_ms);
  /* Only a number already taken can be taken twice. */
  return op->seq > max_before || check_fork (self, op, stats, error);
}

static gboolean
advance_cursor (WmkStore *self, const char *writer, GError **error)
{
  gint64 contiguous = 0;

  {
    PREPARE (get, "SELECT contiguous_seq FROM sync_writer WHERE writer = ?");
    sqlite3_bind_text (get, 1, writer, -1, SQLITE_STATIC);
    if (sqlite3_step (get) == SQLITE_ROW)
      contiguous = sqlite3_column_int64 (get, 0);
    sqlite3_reset (get);
  }
  {
    PREPARE (seqs, "SELECT DISTINCT seq FROM op WHERE writer = ? AND seq > ? ORDER BY seq");
    sqlite3_bind_text (seqs, 1, writer, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (seqs, 2, contiguous);
    while (sqlite3_step (seqs) == SQLITE_ROW && sqlite3_column_int64 (seqs, 0) == contiguous + 1)
      contiguous++;
    sqlite3_reset (seqs);
  }
  {
    PREPARE (set, "UPDATE sync_writer SET contiguous_seq = ? WHERE writer = ?");
    sqlite3_bind_int64 (set, 1, contiguous);
    sqlite3_bind_text (set, 2, writer, -1, SQLITE_STATIC);
    return step (self, set, error);
  }
}

static gboolean
save_clock (WmkStore *self, GError **error)
{
  PREPARE (stmt, "INSERT OR REPLACE INTO local_meta (key, value) VALUES ('hlc_l', ?1), ('hlc_c', ?2)");
  sqlite3_bind_int64 (stmt, 1, self->hlc.l);
  sqlite3_bind_int (stmt, 2, self->hlc.c);
  return step (self, stmt, error);
}

static gboolean
apply_body (WmkStore *self, gpointer data, GError **error)
{
  Chunk *chunk = data;
  gint64 now_ms = wmk_store_now_ms (self);
  GHashTableIter iter;
  const char *writer;

  for (guint i = chunk->from; i < chunk->to; i++)
    {
      if (i == (chunk->from + chunk->to) / 2)
        wmk_fault_point ("apply-mid-transaction");
      if (!apply_one (self, chunk, i, now_ms, error))
        return FALSE;
    }
  /* Our own writer's operations that this database lacks: it was restored
   * from a backup or copied. It takes a new identity in the same
   * transaction, so that no number of the old one is ever used again, even
   * if the process dies right after (docs/sync.md §2.13). */
  if (chunk->stats->own_unknown && !chunk->stats->new_epoch)
    {
      if (!wmk_store_change_epoch (self, error))
        return FALSE;
      chunk->stats->new_epoch = TRUE;
    }
  if (!save_writer_notes (self, chunk->notes, error))
    return FALSE;
  g_hash_table_iter_init (&iter, chunk->stats->writers);
  while (g_hash_table_iter_next (&iter, (gpointer *) &writer, NULL))
    if (!advance_cursor (self, writer, error))
      return FALSE;
  return save_clock (self, error);
}

/**
 * wmk_store_apply_foreign:
 * @raws: (element-type utf8): operations as their canonical JSON
 * @stats: counts and the entities touched, added to
 *
 * Applies operations from other laptops (or our own, read back), in
 * transactions of 50,000, parsed on a worker thread meanwhile (WmkOpStream).
 * Applying is idempotent; operations this build
 * cannot apply are kept in `pending_op`, never dropped.
 */
gboolean
wmk_store_apply_foreign (WmkStore *self, GPtrArray *raws, WmkApplyStats *stats, GError **error)
{
  g_autoptr(WmkOpStream) stream = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  if (raws->len == 0)
    return TRUE;
  /* A bulk import can be re-read from the files: no fsync per batch. */
  wmk_store_exec (self, "PRAGMA synchronous = NORMAL", NULL);
  /* The heads, links and op index of a large import stay in memory (64 MB):
   * with SQLite's default 2 MB cache a 100,000-op import reads its pages back
   * from the WAL again and again. */
  if (raws->len > 1000)
    wmk_store_exec (self, "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 0", NULL);

  stream = wmk_op_stream_new (raws);
  for (guint from = 0; ok && from < raws->len; from += APPLY_CHUNK)
    {
      Chunk chunk = { raws, stream, from, MIN (raws->len, from + APPLY_CHUNK), stats,
                      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };

      ok = wmk_store_in_transaction (self, apply_body, &chunk, error);
      g_hash_table_unref (chunk.notes);
    }

  wmk_store_exec (self, "PRAGMA synchronous = FULL", NULL);
  if (raws->len > 1000)
    wmk_store_exec (self, "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;"
                          "PRAGMA wal_checkpoint(PASSIVE)", NULL);
  return ok;
}

static gboolean
collect (WmkStore *self, sqlite3_stmt *stmt, GArray **seqs, GPtrArray **raws)
{
  *seqs = g_array_new (FALSE, FALSE, sizeof (gint64));
  *raws = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (*seqs, seq);
      g_ptr_array_add (*raws, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  wmk_store_reset_statements (self);
  return TRUE;
}

/* Own operations not yet in a verified journal file, oldest first. */
gboolean
wmk_store_dup_outbox (WmkStore *self, GArray **seqs, GPtrArray **raws, GError **error)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  if (!wmk_store_load_clock (self, error))
    return FALSE;
  {
    PREPARE (stmt, "SELECT op.seq, op.raw FROM outbox JOIN op ON op.writer = ?1 AND op.seq = outbox.seq"
                   " ORDER BY op.seq");
    sqlite3_bind_text (stmt, 1, self->writer, -1, SQLITE_STATIC);
    return collect (self, stmt, seqs, raws);
  }
}

/* Every operation this device made, in any epoch, by writer and number
 * (for the audit): the writers, numbers, hashes and texts side by side. */
gboolean
wmk_store_dup_device_ops (WmkStore *self, GPtrArray **writers, GArray **seqs, GPtrArray **hashes,
                          GPtrArray **raws, GError **error)
{
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  prefix = g_strconcat (self->device, "-", NULL);
  *writers = g_ptr_array_new_with_free_func (g_free);
  *hashes = g_ptr_array_new_with_free_func (g_free);
  {
    PREPARE (stmt, "SELECT seq, raw, writer, hash FROM op WHERE substr (writer, 1, length (?1)) = ?1"
                   " ORDER BY writer, seq, hash");
    sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
    *seqs = g_array_new (FALSE, FALSE, sizeof (gint64));
    *raws = g_ptr_array_new_with_free_func (g_free);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 seq = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (*seqs, seq);
        g_ptr_array_add (*raws, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
        g_ptr_array_add (*writers, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
        g_ptr_array_add (*hashes, g_strdup ((const char *) sqlite3_column_text (stmt, 3)));
      }
    wmk_store_reset_statements (self);
  }
  return TRUE;
}

/* Own operations of an earlier epoch not published when the epoch changed:
 * the first such writer's, oldest first; FALSE with *writer NULL when none. */
gboolean
wmk_store_dup_old_outbox (WmkStore *self, char **writer, GArray **seqs, GPtrArray **raws,
                          GError **error)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  *writer = NULL;
  {
    PREPARE (first, "SELECT writer FROM old_outbox ORDER BY writer LIMIT 1");
    if (sqlite3_step (first) == SQLITE_ROW)
      *writer = g_strdup ((const char *) sqlite3_column_text (first, 0));
    sqlite3_reset (first);
  }
  if (*writer == NULL)
    return TRUE;
  {
    PREPARE (stmt, "SELECT op.seq, op.raw FROM old_outbox o JOIN op ON op.writer = o.writer"
                   " AND op.seq = o.seq WHERE o.writer = ? ORDER BY op.seq, op.hash");
    sqlite3_bind_text (stmt, 1, *writer, -1, SQLITE_STATIC);
    return collect (self, stmt, seqs, raws);
  }
}

gboolean
wmk_store_mark_old_published (WmkStore *self, const char *writer, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  stmt = wmk_store_prepare (self, "DELETE FROM old_outbox WHERE writer = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, writer, -1, SQLITE_STATIC);
  ok = step (self, stmt, error);
  wmk_store_reset_statements (self);
  return ok;
}

static gboolean
mark_body (WmkStore *self, gpointer data, GError **error)
{
  GArray *seqs = data;

  for (guint i = 0; i < seqs->len; i++)
    {
      PREPARE (stmt, "DELETE FROM outbox WHERE seq = ?");
      sqlite3_bind_int64 (stmt, 1, g_array_index (seqs, gint64, i));
      if (!step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
wmk_store_mark_published (WmkStore *self, GArray *seqs, GError **error)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  return wmk_store_in_transaction (self, mark_body, seqs, error);
}

static gint64
count_of (WmkStore *self, const char *sql)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  wmk_store_reset_statements (self);
  return n;
}

gint64
wmk_store_count_outbox (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), 0);
  return count_of (self, "SELECT count(*) FROM outbox");
}

gint64
wmk_store_count_pending (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), 0);
  return count_of (self, "SELECT count(*) FROM pending_op");
}

/**
 * wmk_store_list_writers:
 *
 * Every other writer seen, with its cursor and how many of its changes are
 * still awaited ("waiting for N changes from …").
 *
 * Returns: (transfer full) (element-type WmkSyncWriter): the writers
 */
GPtrArray *
wmk_store_list_writers (WmkStore *self, GError **error)
{
  g_autoptr(GPtrArray) writers = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_sync_writer_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  stmt = wmk_store_prepare (self,
                            "SELECT w.writer, w.device, w.label, w.contiguous_seq, w.max_seq,"
                            " w.last_seen, w.skew_ms, w.forked, (SELECT count(DISTINCT seq) FROM op"
                            " WHERE op.writer = w.writer AND op.seq > w.contiguous_seq)"
                            " FROM sync_writer w ORDER BY w.writer",
                            error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WmkSyncWriter *w = g_new0 (WmkSyncWriter, 1);

      w->writer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      w->device = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      w->label = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      w->contiguous_seq = sqlite3_column_int64 (stmt, 3);
      w->max_seq = sqlite3_column_int64 (stmt, 4);
      w->last_seen_ms = sqlite3_column_int64 (stmt, 5);
      w->skew_ms = sqlite3_column_int64 (stmt, 6);
      w->forked = sqlite3_column_int (stmt, 7);
      w->missing = w->max_seq - w->contiguous_seq - sqlite3_column_int64 (stmt, 8);
      if (g_strcmp0 (w->writer, self->writer) == 0)
        wmk_sync_writer_free (w);
      else
        g_ptr_array_add (writers, w);
    }
  wmk_store_reset_statements (self);
  return g_steal_pointer (&writers);
}

/**
 * wmk_store_load_files:
 *
 * Returns: (transfer full): path → #WmkSyncFileInfo of every journal file seen
 */
GHashTable *
wmk_store_load_files (WmkStore *self, GError **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) wmk_sync_file_info_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  stmt = wmk_store_prepare (self,
                            "SELECT path, size, mtime, writer, n_ok, sealed, status, first_seen "
                            "FROM sync_file",
                            error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WmkSyncFileInfo *info = g_new0 (WmkSyncFileInfo, 1);

      info->size = sqlite3_column_int64 (stmt, 1);
      info->mtime = sqlite3_column_int64 (stmt, 2);
      info->writer = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      info->n_ok = sqlite3_column_int64 (stmt, 4);
      info->sealed = sqlite3_column_int (stmt, 5);
      info->status = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      info->first_seen = sqlite3_column_int64 (stmt, 7);
      g_hash_table_insert (files, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), info);
    }
  wmk_store_reset_statements (self);
  return g_steal_pointer (&files);
}

gboolean
wmk_store_save_file (WmkStore *self, const char *path, const WmkSyncFileInfo *info, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  stmt = wmk_store_prepare (self,
                            "INSERT OR REPLACE INTO sync_file (path, size, mtime, writer, n_ok, sealed,"
                            " status, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, info->size);
  sqlite3_bind_int64 (stmt, 3, info->mtime);
  sqlite3_bind_text (stmt, 4, info->writer, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, info->n_ok);
  sqlite3_bind_int (stmt, 6, info->sealed);
  sqlite3_bind_text (stmt, 7, info->status, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, info->first_seen);
  ok = step (self, stmt, error);
  wmk_store_reset_statements (self);
  return ok;
}

char *
wmk_store_dup_meta (WmkStore *self, const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  stmt = wmk_store_prepare (self, "SELECT value FROM local_meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  wmk_store_reset_statements (self);
  return value;
}

gboolean
wmk_store_set_meta (WmkStore *self, const char *key, const char *value, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  stmt = wmk_store_prepare (self, "INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  ok = step (self, stmt, error);
  wmk_store_reset_statements (self);
  return ok;
}

/**
 * wmk_store_set_writer_label:
 * @device: the device a journal file's header names
 * @epoch: its epoch there
 * @label: the name its person gave it ("Hannah's laptop")
 *
 * Remembers the name another laptop's journal files carry, for the Devices
 * page, whether or not any of its changes have been applied yet.
 */
gboolean
wmk_store_set_writer_label (WmkStore *self, const char *device, const char *epoch,
                            const char *label, GError **error)
{
  g_autofree char *writer = g_strdup_printf ("%s-%s", device, epoch);
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  stmt = wmk_store_prepare (self, "INSERT INTO sync_writer (writer, device, label) VALUES (?, ?, ?)"
                                  " ON CONFLICT (writer) DO UPDATE SET label = excluded.label",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, writer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, device, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, label, -1, SQLITE_STATIC);
  ok = step (self, stmt, error);
  wmk_store_reset_statements (self);
  return ok;
}

/* A plan joined from a shared folder takes the shared plan's id; only a
 * database with no operations yet may. */
gboolean
wmk_store_set_plan_id (WmkStore *self, const char *plan_id, GError **error)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan_id != NULL, FALSE);

  if (wmk_store_count_ops (self) != 0)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_EXISTS,
                   "%s already holds a plan; join into a new file", self->path);
      return FALSE;
    }
  if (!wmk_store_set_meta (self, "plan", plan_id, error))
    return FALSE;
  g_free (self->plan_id);
  self->plan_id = g_strdup (plan_id);
  return TRUE;
}

/* Inside a transaction: moves this database to a new random epoch. Own
 * operations not yet published keep their writer and are published by the
 * audit (old_outbox). */
gboolean
wmk_store_change_epoch (WmkStore *self, GError **error)
{
  char epoch[9];

  for (int i = 0; i < 8; i++)
    epoch[i] = "0123456789abcdef"[g_random_int_range (0, 16)];
  epoch[8] = '\0';
  {
    PREPARE (keep, "INSERT OR IGNORE INTO old_outbox (writer, seq) SELECT ?, seq FROM outbox");
    sqlite3_bind_text (keep, 1, self->writer, -1, SQLITE_STATIC);
    if (!step (self, keep, error) || !wmk_store_exec (self, "DELETE FROM outbox", error))
      return FALSE;
  }
  wmk_fault_point ("epoch-change");
  wmk_store_set_identity (self, epoch, 1);
  {
    PREPARE (meta, "INSERT OR REPLACE INTO local_meta (key, value) VALUES ('epoch', ?1),"
                   " ('writer', ?2), ('next_seq', 1)");
    sqlite3_bind_text (meta, 1, self->epoch, -1, SQLITE_STATIC);
    sqlite3_bind_text (meta, 2, self->writer, -1, SQLITE_STATIC);
    return step (self, meta, error);
  }
}

static gboolean
epoch_body (WmkStore *self, gpointer data, GError **error)
{
  return wmk_store_change_epoch (self, error);
}

/**
 * wmk_store_is_forked:
 *
 * Returns: %TRUE when the folder showed two different operations under one
 *   number of our own current writer: another database writes as us
 */
gboolean
wmk_store_is_forked (WmkStore *self)
{
  gboolean forked = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  stmt = wmk_store_prepare (self, "SELECT forked FROM sync_writer WHERE writer = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->writer, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    forked = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return forked;
}

/**
 * wmk_store_new_epoch:
 *
 * Starts a new writer for this database (docs/sync.md §2.13): after a
 * restore from backup, a copy to another machine, or an identity fork, so
 * that no sequence number is ever used twice for different operations.
 */
gboolean
wmk_store_new_epoch (WmkStore *self, GError **error)
{
  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  return wmk_store_in_transaction (self, epoch_body, NULL, error);
}
