/* wmk-journal-writer.c: publishing this laptop's operations as journal files
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/sync.md §2.5: every batch is a new file, written to ".<name>.tmp",
 * flushed, and given its final name with link(), which never replaces an
 * existing file; where that cannot work (a sync client holding the file, a
 * file system without links) the file is written straight to a new final
 * name, which the seal and CRCs make safe. The file is read back, and only
 * when its seal verifies are its operations marked published. The audit
 * republishes any own operation no verified file holds: a file deleted by a
 * person, truncated by a client, or lost with a laptop's local copy.
 */

#include "config.h"

#include "wmk-journal-writer.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "wmk-fault.h"
#include "wmk-journal-file.h"
#include "wmk-store-private.h"
#include "wmk-store-sync.h"

/* Operations per batch file. */
#define BATCH_MAX 20000

struct _WmkJournalWriter
{
  GObject   parent_instance;

  WmkStore *store;
  char     *root;
  char     *label;
};

G_DEFINE_FINAL_TYPE (WmkJournalWriter, wmk_journal_writer, G_TYPE_OBJECT)

static void
wmk_journal_writer_finalize (GObject *object)
{
  WmkJournalWriter *self = WMK_JOURNAL_WRITER (object);

  g_clear_object (&self->store);
  g_free (self->root);
  g_free (self->label);
  G_OBJECT_CLASS (wmk_journal_writer_parent_class)->finalize (object);
}

static void
wmk_journal_writer_class_init (WmkJournalWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_journal_writer_finalize;
}

static void
wmk_journal_writer_init (WmkJournalWriter *self)
{
}

/**
 * wmk_journal_writer_new:
 * @root: the plan's folder inside the shared folder
 *
 * Returns: (transfer full): a writer of this laptop's journal files
 */
WmkJournalWriter *
wmk_journal_writer_new (WmkStore *store, const char *root)
{
  WmkJournalWriter *self = g_object_new (WMK_TYPE_JOURNAL_WRITER, NULL);

  self->store = g_object_ref (store);
  self->root = g_strdup (root);
  return self;
}

/* The user's nickname for this laptop, written into headers (never a hostname). */
void
wmk_journal_writer_set_label (WmkJournalWriter *self, const char *label)
{
  g_return_if_fail (WMK_IS_JOURNAL_WRITER (self));
  g_free (self->label);
  self->label = g_strdup (label);
}

static GBytes *
encode (WmkJournalWriter *self, const char *epoch, gint64 first, GPtrArray *raws)
{
  g_autoptr(JsonObject) header = json_object_new ();
  JsonObject *schemas = json_object_new ();
  WmkStore *store = self->store;

  json_object_set_string_member (header, "plan", store->plan_id);
  json_object_set_string_member (header, "device", store->device);
  json_object_set_string_member (header, "epoch", epoch);
  json_object_set_int_member (header, "first", first);
  json_object_set_string_member (header, "kind", "batch");
  json_object_set_string_member (header, "app", "waymark " PACKAGE_VERSION);
  json_object_set_int_member (header, "format", WMK_JOURNAL_FORMAT);
  json_object_set_int_member (schemas, "core", WMK_STORE_SCHEMA_VERSION);
  json_object_set_object_member (header, "schemas", schemas);
  if (self->label)
    json_object_set_string_member (header, "label", self->label);
  return wmk_journal_encode (header, raws);
}

static gboolean
write_all (int fd, const guint8 *data, gsize size)
{
  while (size > 0)
    {
      gssize n = write (fd, data, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      size -= n;
    }
  return TRUE;
}

/* Creates @path, which must not exist, with @bytes, durably. */
static int
write_new (const char *path, GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  int saved;

  if (fd < 0)
    return errno;
  if (!write_all (fd, data, size / 2)
      || (wmk_fault_point ("journal-temp-partial"), !write_all (fd, data + size / 2, size - size / 2))
      || fsync (fd) != 0)
    {
      saved = errno ? errno : EIO;
      close (fd);
      g_unlink (path);
      return saved;
    }
  return close (fd) == 0 ? 0 : errno;
}

/* A final name no file has: "<epoch>-<first>-<last>.wmj", else with ".2", ".3"… */
static char *
final_name (const char *dir, const char *epoch, gint64 first, gint64 last, guint attempt)
{
  g_autofree char *name = NULL;

  if (attempt == 0)
    name = g_strdup_printf ("%s-%010" G_GINT64_FORMAT "-%010" G_GINT64_FORMAT ".wmj", epoch, first,
                            last);
  else
    name = g_strdup_printf ("%s-%010" G_GINT64_FORMAT "-%010" G_GINT64_FORMAT ".%u.wmj", epoch,
                            first, last, attempt + 1);
  return g_build_filename (dir, name, NULL);
}

static char *
place_file (const char *dir, const char *epoch, gint64 first, gint64 last, GBytes *bytes,
            GError **error)
{
  g_autofree char *final = final_name (dir, epoch, first, last, 0);
  g_autofree char *base = g_path_get_basename (final);
  g_autofree char *tmp_name = g_strdup_printf (".%s.%s-%d.tmp", base, g_get_host_name (),
                                               (int) getpid ());
  g_autofree char *tmp = g_build_filename (dir, tmp_name, NULL);
  int err;

  g_unlink (tmp);  /* left by an earlier process with our number */
  err = write_new (tmp, bytes);
  if (err == 0)
    {
      wmk_fault_point ("journal-temp-written");
      for (guint attempt = 0; attempt < 100; attempt++)
        {
          g_free (final);
          final = final_name (dir, epoch, first, last, attempt);
          if (link (tmp, final) == 0)
            {
              g_unlink (tmp);
              return g_steal_pointer (&final);
            }
          if (errno != EEXIST)
            break;
        }
      g_unlink (tmp);
    }
  /* The direct-write fallback: still never over an existing file. */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_free (final);
      final = final_name (dir, epoch, first, last, attempt);
      err = write_new (final, bytes);
      if (err == 0)
        return g_steal_pointer (&final);
      if (err != EEXIST)
        break;
    }
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (err),
               "Could not write to the shared folder %s: %s", dir, g_strerror (err));
  return NULL;
}

static gboolean
verify (const char *path, GBytes *expected, guint n_records)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(WmkJournalFile) file = NULL;

  if (!g_file_get_contents (path, &contents, &length, NULL)
      || length != g_bytes_get_size (expected))
    return FALSE;
  file = wmk_journal_parse ((const guint8 *) contents, length, NULL);
  return file && file->sealed && file->records->len == n_records;
}

/* So that the reader does not read our own new file again. */
static void
remember (WmkJournalWriter *self, const char *path, const char *rel, guint n_ok)
{
  GStatBuf st;
  WmkSyncFileInfo info = { 0 };

  if (g_stat (path, &st) != 0)
    return;
  info.size = st.st_size;
  info.mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  info.writer = self->store->writer;
  info.n_ok = n_ok;
  info.sealed = TRUE;
  info.status = (char *) "ok";
  info.first_seen = wmk_store_now_ms (self->store);
  wmk_store_save_file (self->store, rel, &info, NULL);
}

static gboolean write_for_epoch (WmkJournalWriter *self, const char *epoch, GArray *seqs,
                                 GPtrArray *raws, char **path, GError **error);

gboolean
wmk_journal_writer_write (WmkJournalWriter *self, GArray *seqs, GPtrArray *raws, char **path,
                          GError **error)
{
  g_return_val_if_fail (WMK_IS_JOURNAL_WRITER (self), FALSE);
  return write_for_epoch (self, self->store->epoch, seqs, raws, path, error);
}

static gboolean
write_for_epoch (WmkJournalWriter *self, const char *epoch, GArray *seqs, GPtrArray *raws,
                 char **path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *placed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 first, last;

  g_return_val_if_fail (seqs->len > 0 && seqs->len == raws->len, FALSE);

  first = g_array_index (seqs, gint64, 0);
  last = g_array_index (seqs, gint64, seqs->len - 1);
  dir = g_build_filename (self->root, "journal", self->store->device, NULL);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int err = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (err),
                   "Could not use the shared folder %s: %s", self->root, g_strerror (err));
      return FALSE;
    }
  bytes = encode (self, epoch, first, raws);
  placed = place_file (dir, epoch, first, last, bytes, error);
  if (placed == NULL)
    return FALSE;
  if (!verify (placed, bytes, raws->len))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "A journal file written to the shared folder did not read back intact (%s); "
                   "its changes will be written again",
                   placed);
      return FALSE;
    }
  {
    g_autofree char *base = g_path_get_basename (placed);
    g_autofree char *rel = g_build_filename ("journal", self->store->device, base, NULL);

    remember (self, placed, rel, raws->len);
  }
  if (path)
    *path = g_steal_pointer (&placed);
  return TRUE;
}

static gboolean
publish_in_batches (WmkJournalWriter *self, const char *epoch, GArray *seqs, GPtrArray *raws,
                    guint *n_done, GError **error)
{
  /* Our current writer's operations leave the outbox once in a verified file. */
  gboolean mark = g_str_equal (epoch, self->store->epoch);

  for (guint from = 0; from < seqs->len; from += BATCH_MAX)
    {
      guint n = MIN (BATCH_MAX, seqs->len - from);
      g_autoptr(GArray) part = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      g_autoptr(GPtrArray) part_raws = g_ptr_array_sized_new (n);

      g_array_append_vals (part, &g_array_index (seqs, gint64, from), n);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (part_raws, raws->pdata[from + i]);
      if (!write_for_epoch (self, epoch, part, part_raws, NULL, error))
        return FALSE;
      wmk_fault_point ("journal-before-mark");
      if (mark && !wmk_store_mark_published (self->store, part, error))
        return FALSE;
      *n_done += n;
    }
  return TRUE;
}

/**
 * wmk_journal_writer_publish:
 * @n_published: (out): how many operations were published
 *
 * Writes the outbox (own operations not yet in a verified file) as new
 * journal files. On failure they stay in the outbox for the next round.
 */
gboolean
wmk_journal_writer_publish (WmkJournalWriter *self, guint *n_published, GError **error)
{
  g_autoptr(GArray) seqs = NULL;
  g_autoptr(GPtrArray) raws = NULL;

  g_return_val_if_fail (WMK_IS_JOURNAL_WRITER (self), FALSE);

  *n_published = 0;
  /* Own operations of an earlier epoch first (a restore or a fork moved us
   * on): they are real edits, published under the writer that made them. */
  for (;;)
    {
      g_autofree char *writer = NULL;
      g_autoptr(GArray) old_seqs = NULL;
      g_autoptr(GPtrArray) old_raws = NULL;
      const char *dash;

      if (!wmk_store_dup_old_outbox (self->store, &writer, &old_seqs, &old_raws, error))
        return FALSE;
      if (writer == NULL)
        break;
      dash = strrchr (writer, '-');
      if (old_seqs->len > 0
          && !write_for_epoch (self, dash ? dash + 1 : writer, old_seqs, old_raws, NULL, error))
        return FALSE;
      if (!wmk_store_mark_old_published (self->store, writer, error))
        return FALSE;
      *n_published += old_seqs->len;
    }
  if (!wmk_store_dup_outbox (self->store, &seqs, &raws, error))
    return FALSE;
  return publish_in_batches (self, self->store->epoch, seqs, raws, n_published, error);
}

/* Seqs of our writer held by sealed files in our journal folder. */
static char *
op_key (const char *writer, gint64 seq, const char *hash)
{
  return g_strdup_printf ("%s %" G_GINT64_FORMAT " %s", writer, seq, hash);
}

static GHashTable *
covered_ops (WmkJournalWriter *self)
{
  g_autofree char *dir_path = g_build_filename (self->root, "journal", self->store->device, NULL);
  g_autofree char *prefix = g_strconcat (self->store->device, "-", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GHashTable *covered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(WmkJournalFile) file = NULL;
      gsize length;

      if (name[0] == '.' || !g_file_get_contents (path, &contents, &length, NULL)
          || (file = wmk_journal_parse ((const guint8 *) contents, length, NULL)) == NULL
          || !file->sealed)
        continue;
      for (guint i = 0; i < file->records->len; i++)
        {
          g_autoptr(WmkOp) op = wmk_op_from_json (file->records->pdata[i], NULL);

          if (op && op->writer && g_str_has_prefix (op->writer, prefix))
            g_hash_table_add (covered, op_key (op->writer, op->seq, op->hash));
        }
    }
  return covered;
}

/**
 * wmk_journal_writer_audit:
 * @n_republished: (out): how many own operations had to be written again
 *
 * Verifies this laptop's own journal files and republishes, in a new file,
 * every own operation that no sealed file holds (docs/sync.md §2.5 step 6).
 */
/* Temp files of ours left by a process that was killed: named
 * ".<final>.<host>-<pid>.tmp", so one whose process is gone is known for
 * stale (readers ignore them anyway). Other hosts' temp files are theirs. */
static void
remove_stale_temps (WmkJournalWriter *self)
{
  g_autofree char *dir_path = g_build_filename (self->root, "journal", self->store->device, NULL);
  g_autofree char *ours = g_strdup_printf (".%s-", g_get_host_name ());
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      const char *owner = g_strrstr (name, ".wmj.");
      g_autofree char *path = NULL;
      int pid;

      if (name[0] != '.' || !g_str_has_suffix (name, ".tmp") || owner == NULL)
        continue;
      owner += strlen (".wmj");
      if (!g_str_has_prefix (owner, ours))
        continue;
      pid = atoi (owner + strlen (ours));
      if (pid <= 0 || pid == getpid () || kill (pid, 0) == 0 || errno != ESRCH)
        continue;
      path = g_build_filename (dir_path, name, NULL);
      g_unlink (path);
    }
}

gboolean
wmk_journal_writer_audit (WmkJournalWriter *self, guint *n_republished, GError **error)
{
  g_autoptr(GHashTable) covered = NULL;
  g_autoptr(GPtrArray) writers = NULL, hashes = NULL, raws = NULL;
  g_autoptr(GArray) seqs = NULL;

  g_return_val_if_fail (WMK_IS_JOURNAL_WRITER (self), FALSE);

  *n_republished = 0;
  remove_stale_temps (self);
  covered = covered_ops (self);
  if (!wmk_store_dup_device_ops (self->store, &writers, &seqs, &hashes, &raws, error))
    return FALSE;
  /* Every epoch of this device, not only the current one: an old epoch's
   * file can be lost or damaged after a restore moved us on. */
  for (guint from = 0, to; from < seqs->len; from = to)
    {
      const char *writer = writers->pdata[from];
      g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GPtrArray) missing_raws = g_ptr_array_new ();

      for (to = from; to < seqs->len && g_str_equal (writers->pdata[to], writer); to++)
        {
          gint64 seq = g_array_index (seqs, gint64, to);
          g_autofree char *key = op_key (writer, seq, hashes->pdata[to]);

          if (!g_hash_table_contains (covered, key))
            {
              g_array_append_val (missing, seq);
              g_ptr_array_add (missing_raws, raws->pdata[to]);
            }
        }
      if (missing->len > 0
          && !publish_in_batches (self, strrchr (writer, '-') + 1, missing, missing_raws,
                                  n_republished, error))
        return FALSE;
    }
  return TRUE;
}
