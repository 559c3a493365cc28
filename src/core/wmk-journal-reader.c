/* wmk-journal-reader.c: reading every journal file in a shared folder
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/sync.md §2.6. A file is recognised by its magic bytes whatever its
 * name, so a sync client's conflict copy ("x (conflicted copy).wmj",
 * "x.sync-conflict-….wmj", "x-DESKTOP-1.wmj") is read like any other and
 * deduplicated by (writer, seq, hash). A file is read again only when its
 * size or modification time changes, which keeps a round with nothing new to
 * a listing and a stat per file. Nothing here ever acts on a file going
 * missing, and nothing ever modifies another writer's file.
 */

#include "wmk-journal-reader.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wmk-fault.h"
#include "wmk-journal-file.h"
#include "wmk-store-private.h"

#define MAX_DEPTH 3

struct _WmkJournalReader
{
  GObject     parent_instance;

  WmkStore   *store;
  char       *root;
  GHashTable *files;    /* relative path → WmkSyncFileInfo, as last seen */
};

G_DEFINE_FINAL_TYPE (WmkJournalReader, wmk_journal_reader, G_TYPE_OBJECT)

static void
wmk_journal_reader_finalize (GObject *object)
{
  WmkJournalReader *self = WMK_JOURNAL_READER (object);

  g_clear_object (&self->store);
  g_free (self->root);
  g_clear_pointer (&self->files, g_hash_table_unref);
  G_OBJECT_CLASS (wmk_journal_reader_parent_class)->finalize (object);
}

static void
wmk_journal_reader_class_init (WmkJournalReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_journal_reader_finalize;
}

static void
wmk_journal_reader_init (WmkJournalReader *self)
{
}

/**
 * wmk_journal_reader_new:
 * @root: the plan's folder inside the shared folder
 *
 * Returns: (transfer full): a reader of every writer's journal files
 */
WmkJournalReader *
wmk_journal_reader_new (WmkStore *store, const char *root)
{
  WmkJournalReader *self = g_object_new (WMK_TYPE_JOURNAL_READER, NULL);

  self->store = g_object_ref (store);
  self->root = g_strdup (root);
  return self;
}

/* Files were recorded behind our back (the writer's own new files): reload. */
void
wmk_journal_reader_invalidate (WmkJournalReader *self)
{
  g_return_if_fail (WMK_IS_JOURNAL_READER (self));
  g_clear_pointer (&self->files, g_hash_table_unref);
}

void
wmk_journal_reader_forget (WmkJournalReader *self)
{
  g_return_if_fail (WMK_IS_JOURNAL_READER (self));
  g_clear_pointer (&self->files, g_hash_table_unref);
  wmk_store_exec (self->store, "DELETE FROM sync_file", NULL);
}

typedef struct
{
  char            *rel;
  WmkSyncFileInfo *info;
} Seen;

static void
seen_free (Seen *seen)
{
  g_free (seen->rel);
  wmk_sync_file_info_free (seen->info);
  g_free (seen);
}

typedef struct
{
  WmkJournalReader *self;
  WmkApplyStats    *stats;
  GPtrArray        *raws;     /* char*: every record to apply */
  GPtrArray        *seen;     /* Seen*: files to remember once applied */
  GHashTable       *writers;  /* known writers, for files whose header is damaged */
  guint             n_read;
} Scan;

static gboolean
retry_always (const WmkSyncFileInfo *info)
{
  return g_strcmp0 (info->status, "newer") == 0 || g_strcmp0 (info->status, "unreadable") == 0;
}

/* The name another laptop's person gave it, from its file's header. Not
 * worth failing a round over: the next file says it again. */
static void
note_label (Scan *scan, WmkJournalFile *file)
{
  const char *device = wmk_journal_file_get_string (file, "device");
  const char *epoch = wmk_journal_file_get_string (file, "epoch");
  const char *label = wmk_journal_file_get_string (file, "label");
  g_autoptr(GError) error = NULL;

  if (device == NULL || epoch == NULL || label == NULL || *label == '\0'
      || g_strcmp0 (device, scan->self->store->device) == 0)
    return;
  if (!wmk_store_set_writer_label (scan->self->store, device, epoch, label, &error))
    g_debug ("The name of %s was not kept: %s", device, error->message);
}

static gboolean
known_writer (Scan *scan, const char *raw)
{
  g_autoptr(WmkOp) op = wmk_op_from_json (raw, NULL);

  if (scan->writers == NULL)
    {
      g_autoptr(GPtrArray) writers = wmk_store_list_writers (scan->self->store, NULL);

      scan->writers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (scan->writers, g_strdup (scan->self->store->writer));
      for (guint i = 0; writers && i < writers->len; i++)
        g_hash_table_add (scan->writers,
                          g_strdup (((WmkSyncWriter *) writers->pdata[i])->writer));
    }
  return op && op->writer && g_hash_table_contains (scan->writers, op->writer);
}

static void
warn (Scan *scan, const WmkSyncFileInfo *before, const char *status, char *message)
{
  /* Once per file and state, not every round. */
  if (before == NULL || g_strcmp0 (before->status, status) != 0)
    g_ptr_array_add (scan->stats->warnings, message);
  else
    g_free (message);
}

static void
read_file (Scan *scan, const char *path, const char *rel, GStatBuf *st,
           const WmkSyncFileInfo *before)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkJournalFile) file = NULL;
  WmkSyncFileInfo *info = g_new0 (WmkSyncFileInfo, 1);
  Seen *seen = g_new0 (Seen, 1);
  gsize length;
  const char *plan;

  seen->rel = g_strdup (rel);
  seen->info = info;
  info->size = st->st_size;
  info->mtime = (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
  info->first_seen = before ? before->first_seen : wmk_store_now_ms (scan->self->store);
  g_ptr_array_add (scan->seen, seen);

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      /* A placeholder offline, a sharing violation: tried again next round. */
      info->status = g_strdup ("unreadable");
      warn (scan, before, info->status,
            g_strdup_printf ("Could not read %s from the shared folder yet: %s", rel,
                             error->message));
      return;
    }
  scan->n_read++;
  file = wmk_journal_parse ((const guint8 *) contents, length, &error);
  if (file == NULL)
    {
      gboolean newer = g_error_matches (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NEWER_FORMAT);

      info->status = g_strdup (newer ? "newer" : "foreign");
      if (newer)
        warn (scan, before, info->status,
              g_strdup ("Changes from a newer Waymark are waiting in the shared folder: update "
                        "Waymark to see them"));
      return;
    }
  plan = wmk_journal_file_get_string (file, "plan");
  if (plan && g_strcmp0 (plan, scan->self->store->plan_id) != 0)
    {
      info->status = g_strdup ("other-plan");
      warn (scan, before, info->status,
            g_strdup_printf ("%s in the shared folder belongs to another plan; it is ignored", rel));
      return;
    }

  info->writer = g_strdup (wmk_journal_file_get_string (file, "device"));
  note_label (scan, file);
  info->sealed = file->sealed;
  for (guint i = 0; i < file->records->len; i++)
    if (file->header || known_writer (scan, file->records->pdata[i]))
      {
        g_ptr_array_add (scan->raws, g_steal_pointer (&file->records->pdata[i]));
        info->n_ok++;
      }
  if (file->sealed)
    info->status = g_strdup ("ok");
  else if (file->n_damaged > 0 || file->header == NULL)
    {
      info->status = g_strdup ("damaged");
      warn (scan, before, info->status,
            g_strdup_printf ("%s in the shared folder is damaged; %" G_GINT64_FORMAT " changes were "
                             "read from it, and its author's Waymark will write the rest again",
                             rel, info->n_ok));
    }
  else
    info->status = g_strdup ("unsealed");
}

static void
walk (Scan *scan, const char *dir_path, const char *rel_dir, guint depth)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;
      g_autofree char *rel = NULL;
      const WmkSyncFileInfo *before;
      GStatBuf st;

      /* Temp files, and hidden files of sync clients and file managers. */
      if (name[0] == '.' || g_str_has_suffix (name, ".tmp"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      rel = g_build_filename (rel_dir, name, NULL);
      if (g_stat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        {
          if (depth < MAX_DEPTH)
            walk (scan, path, rel, depth + 1);
          continue;
        }
      if (!S_ISREG (st.st_mode))
        continue;
      before = g_hash_table_lookup (scan->self->files, rel);
      if (before && before->size == st.st_size && !retry_always (before)
          && before->mtime
               == (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec)
        continue;
      read_file (scan, path, rel, &st, before);
    }
}

static gboolean
remember_body (WmkStore *store, gpointer data, GError **error)
{
  Scan *scan = data;

  for (guint i = 0; i < scan->seen->len; i++)
    {
      Seen *seen = scan->seen->pdata[i];
      if (!wmk_store_save_file (store, seen->rel, seen->info, error))
        return FALSE;
      g_hash_table_insert (scan->self->files, g_strdup (seen->rel), seen->info);
      seen->info = NULL;
    }
  return TRUE;
}

/**
 * wmk_journal_reader_scan:
 * @stats: what applying did, added to
 * @n_files_read: (out): files read this time (new or changed)
 *
 * Reads every new or changed journal file and applies what it holds. Fails
 * only when the folder cannot be reached or the database cannot be written;
 * damaged, foreign and newer files are skipped, kept and reported.
 */
gboolean
wmk_journal_reader_scan (WmkJournalReader *self, WmkApplyStats *stats, guint *n_files_read,
                         GError **error)
{
  g_autofree char *journal = NULL;
  g_autofree char *snapshots = NULL;
  Scan scan = { self, stats, NULL, NULL, NULL, 0 };
  gboolean ok;

  g_return_val_if_fail (WMK_IS_JOURNAL_READER (self), FALSE);

  *n_files_read = 0;
  journal = g_build_filename (self->root, "journal", NULL);
  if (!g_file_test (journal, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "The shared folder %s cannot be reached; changes are kept on this computer "
                   "until it can",
                   self->root);
      return FALSE;
    }
  if (self->files == NULL && (self->files = wmk_store_load_files (self->store, error)) == NULL)
    return FALSE;

  scan.raws = g_ptr_array_new_with_free_func (g_free);
  scan.seen = g_ptr_array_new_with_free_func ((GDestroyNotify) seen_free);
  walk (&scan, journal, "journal", 1);
  snapshots = g_build_filename (self->root, "snapshots", NULL);
  walk (&scan, snapshots, "snapshots", MAX_DEPTH);

  ok = (scan.raws->len == 0 || wmk_store_apply_foreign (self->store, scan.raws, stats, error))
       && (wmk_fault_point ("apply-before-remember"), TRUE)
       && (scan.seen->len == 0
           || wmk_store_in_transaction (self->store, remember_body, &scan, error));
  *n_files_read = scan.n_read;
  g_ptr_array_unref (scan.raws);
  g_ptr_array_unref (scan.seen);
  g_clear_pointer (&scan.writers, g_hash_table_unref);
  return ok;
}
