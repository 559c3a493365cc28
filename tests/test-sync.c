/* test-sync.c: the journal format, sync through real folders, and the
 * seeded multi-device simulation of docs/sync.md §3.2
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wmk-journal-reader.h"
#include "wmk-test-support.h"

/* The journal file format */

static GPtrArray *
sample_payloads (guint n)
{
  GPtrArray *payloads = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (payloads, g_strdup_printf ("{\"v\":1,\"seq\":%u,\"val\":\"é %u\"}", i + 1, i));
  return payloads;
}

static GBytes *
sample_file (guint n)
{
  g_autoptr(JsonObject) header = json_object_new ();
  g_autoptr(GPtrArray) payloads = sample_payloads (n);

  json_object_set_string_member (header, "plan", "p");
  json_object_set_int_member (header, "first", 1);
  return wmk_journal_encode (header, payloads);
}

static void
assert_records_valid (WmkJournalFile *file, guint n)
{
  g_autoptr(GPtrArray) expected = sample_payloads (n);

  /* Every accepted record is one that was written, in order. */
  for (guint i = 0, j = 0; i < file->records->len; i++, j++)
    {
      while (j < n && g_strcmp0 (file->records->pdata[i], expected->pdata[j]) != 0)
        j++;
      g_assert_cmpuint (j, <, n);
    }
}

static void
test_journal_round_trip (void)
{
  g_autoptr(GBytes) bytes = sample_file (50);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkJournalFile) file = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  file = wmk_journal_parse (data, size, &error);
  g_assert_no_error (error);
  g_assert_true (file->sealed);
  g_assert_false (file->truncated);
  g_assert_cmpuint (file->n_damaged, ==, 0);
  g_assert_cmpuint (file->records->len, ==, 50);
  g_assert_cmpstr (wmk_journal_file_get_string (file, "plan"), ==, "p");
  g_assert_cmpint (wmk_journal_file_get_int (file, "first"), ==, 1);
  assert_records_valid (file, 50);
}

/* A record whose "prev" or "tags" is not a list of strings (found by the
 * fuzzer: a critical, fatal under G_DEBUG) reads as having none. */
static void
test_op_odd_members (void)
{
  static const char *const records[] = {
    "{\"v\":1,\"writer\":\"d-e\",\"seq\":1,\"prev\":{\"a\":1},\"tags\":\"x\"}",
    "{\"v\":1,\"writer\":\"d-e\",\"seq\":2,\"prev\":[1,null,{}],\"tags\":[true]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      g_autoptr(WmkOp) op = wmk_op_from_json (records[i], NULL);

      if (op)
        {
          g_assert_true (op->prev == NULL || op->prev[0] == NULL);
          g_assert_true (op->tags == NULL || op->tags[0] == NULL);
        }
    }
}

/* Operations another laptop wrote: creates of risks, then edits of their
 * fields naming what they replace; every 997th text is not an operation. */
static GPtrArray *
foreign_ops (guint n)
{
  GPtrArray *raws = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  WmkHlc hlc = { 1767225600000, 0 };

  for (guint seq = 1; seq <= n; seq++)
    {
      g_autoptr(WmkOp) op = NULL;

      hlc.l += 1000;
      if (seq % 997 == 0)
        {
          g_ptr_array_add (raws, g_strdup_printf ("{\"v\":1,\"seq\":%u,", seq));
          continue;
        }
      if (seq % 4 == 1)
        {
          JsonObject *fields = json_object_new ();
          g_autofree char *id = g_strdup_printf ("00000000-0000-4000-8000-%012u", seq);

          json_object_set_string_member (fields, "title", "Capacity in specialist provision");
          op = wmk_op_new (WMK_OP_CREATE, "risk", id);
          op->value = wmk_json_new_object (fields);
          op->prev = g_new0 (char *, 1);
          g_ptr_array_add (ids, g_strdup (op->entity));
        }
      else
        {
          const char *id = ids->pdata[(seq * 7) % ids->len];
          g_autofree char *key = g_strconcat (id, "/likelihood", NULL);

          op = wmk_op_new (WMK_OP_SET, "risk", id);
          op->field = g_strdup ("likelihood");
          op->value = wmk_json_new_int (1 + seq % 5);
          op->prev = g_new0 (char *, 2);
          op->prev[0] = g_strdup (g_hash_table_lookup (last, key));
        }
      wmk_op_seal (op, "0123456789abcdef0123-00000001", seq, hlc, "Alex Example");
      if (op->kind == WMK_OP_SET)
        g_hash_table_insert (last, g_strconcat (op->entity, "/likelihood", NULL),
                             g_strdup (op->stamp));
      g_ptr_array_add (raws, g_strdup (op->json));
    }
  return raws;
}

/* A large import is parsed on a worker thread while it is applied, a small
 * one at once (wmk-op-stream.c): both give the same state, keep what is
 * not an operation, and applying again changes nothing. */
static void
test_apply_large_import (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *path_a = g_build_filename (dir, "a.waymark", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.waymark", NULL);
  g_autoptr(GPtrArray) raws = foreign_ops (5000);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) a = wmk_plan_new_empty (path_a, "A", "A", &error);
  g_autoptr(WmkPlan) b = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  WmkStore *sa, *sb;
  WmkApplyStats stats;

  /* Two copies of one plan: a closed database is one file. */
  g_assert_no_error (error);
  g_clear_object (&a);
  g_assert_true (g_file_get_contents (path_a, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path_b, contents, length, NULL));
  a = wmk_plan_open (path_a, &error);
  g_assert_no_error (error);
  b = wmk_plan_open (path_b, &error);
  g_assert_no_error (error);
  sa = wmk_plan_get_store (a);
  sb = wmk_plan_get_store (b);
  wmk_apply_stats_init (&stats);
  g_assert_true (wmk_store_apply_foreign (sa, raws, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.applied, ==, 4995);
  g_assert_cmpuint (stats.pending, ==, 5);
  wmk_apply_stats_clear (&stats);

  /* The same operations, fifty at a time, in the other order. */
  for (guint from = raws->len; from > 0; from -= MIN (from, 50))
    {
      g_autoptr(GPtrArray) part = g_ptr_array_new ();

      for (guint i = from - MIN (from, 50); i < from; i++)
        g_ptr_array_add (part, raws->pdata[i]);
      wmk_apply_stats_init (&stats);
      g_assert_true (wmk_store_apply_foreign (sb, part, &stats, &error));
      g_assert_no_error (error);
      wmk_apply_stats_clear (&stats);
    }
  {
    g_autofree char *da = wmk_store_dump_state (sa);
    g_autofree char *db = wmk_store_dump_state (sb);
    g_assert_true (g_str_equal (da, db));
  }
  g_assert_cmpint (wmk_store_count_pending (sa), ==, 5);
  g_assert_cmpint (wmk_store_count_pending (sb), ==, 5);

  wmk_apply_stats_init (&stats);
  g_assert_true (wmk_store_apply_foreign (sa, raws, &stats, &error));
  g_assert_cmpuint (stats.applied, ==, 0);
  g_assert_cmpuint (stats.duplicates, ==, 4995);
  wmk_apply_stats_clear (&stats);
  wmk_test_remove_dir (dir);
}

static void
test_journal_truncated (void)
{
  g_autoptr(GBytes) bytes = sample_file (20);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint last = 0;

  /* Cut at every byte: the records before the cut, never a bad one, never a seal. */
  for (gsize cut = 0; cut < size; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WmkJournalFile) file = wmk_journal_parse (data, cut, &error);

      if (cut < WMK_JOURNAL_MAGIC_LEN)
        {
          g_assert_error (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NOT_JOURNAL);
          continue;
        }
      g_assert_nonnull (file);
      g_assert_false (file->sealed);
      g_assert_true (file->truncated);
      g_assert_cmpuint (file->records->len, >=, last);
      last = file->records->len;
      assert_records_valid (file, 20);
    }
  g_assert_cmpuint (last, ==, 20);
}

static void
test_journal_bit_flips (void)
{
  g_autoptr(GBytes) bytes = sample_file (20);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  for (gsize at = WMK_JOURNAL_MAGIC_LEN; at < size; at += 7)
    for (int bit = 0; bit < 8; bit += 3)
      {
        g_autoptr(WmkJournalFile) file = NULL;

        copy[at] ^= 1 << bit;
        file = wmk_journal_parse (copy, size, NULL);
        g_assert_nonnull (file);
        g_assert_false (file->sealed);
        /* One flip costs at most one record (or the header, or the seal). */
        g_assert_cmpuint (file->records->len, >=, 19);
        assert_records_valid (file, 20);
        copy[at] ^= 1 << bit;
      }
}

static GBytes *
newer_file (const char *plan)
{
  g_autoptr(JsonObject) header = json_object_new ();
  g_autoptr(GPtrArray) payloads = sample_payloads (1);

  json_object_set_string_member (header, "plan", plan);
  json_object_set_int_member (header, "format", WMK_JOURNAL_FORMAT + 1);
  return wmk_journal_encode (header, payloads);
}

static void
test_journal_foreign_and_newer (void)
{
  g_autoptr(GBytes) bytes = sample_file (3);
  g_autoptr(GError) error = NULL;
  gsize size = g_bytes_get_size (bytes);
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), size);
  const char *ini = "[.ShellClassInfo]\r\nIconResource=x\r\n";
  WmkJournalFile *file;

  file = wmk_journal_parse ((const guint8 *) ini, strlen (ini), &error);
  g_assert_null (file);
  g_assert_error (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NOT_JOURNAL);
  g_clear_error (&error);

  /* The version bytes alone (one flipped bit) do not make a file "newer". */
  copy[8] = WMK_JOURNAL_FORMAT + 1;
  file = wmk_journal_parse (copy, size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file->records->len, ==, 3);
  wmk_journal_file_free (file);

  {
    g_autoptr(GBytes) newer = newer_file ("p");
    file = wmk_journal_parse (g_bytes_get_data (newer, NULL), g_bytes_get_size (newer), &error);
    g_assert_null (file);
    g_assert_error (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NEWER_FORMAT);
  }
}

/* Two or more plan copies, each with its own view of the shared folder */

typedef struct
{
  char    *db;
  char    *share;
  char    *author;
  WmkPlan *plan;
  WmkSync *sync;
} Device;

static void
device_close (Device *d)
{
  g_clear_object (&d->sync);
  g_clear_object (&d->plan);
}

static void
device_open (Device *d)
{
  g_autoptr(GError) error = NULL;

  d->plan = wmk_plan_open (d->db, &error);
  g_assert_no_error (error);
  wmk_plan_set_author (d->plan, d->author);
  d->sync = wmk_sync_new (d->plan);
}

static void
device_free (Device *d)
{
  device_close (d);
  g_free (d->db);
  g_free (d->share);
  g_free (d->author);
  g_free (d);
}

static WmkSyncResult *
device_sync (Device *d)
{
  g_autoptr(GError) error = NULL;
  WmkSyncResult *result = wmk_sync_run_round (d->sync, &error);

  g_assert_no_error (error);
  return result;
}

static char *
device_dump (Device *d)
{
  return wmk_store_dump_state (wmk_plan_get_store (d->plan));
}

static char *
device_export (Device *d)
{
  g_autoptr(GBytes) bytes = wmk_plan_to_json (d->plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static Device *
device_new_first (const char *dir, const char *share)
{
  g_autoptr(GError) error = NULL;
  Device *d = g_new0 (Device, 1);

  d->db = g_build_filename (dir, "dev0.waymark", NULL);
  d->share = g_strdup (share);
  d->author = g_strdup ("Device 0");
  d->plan = wmk_plan_new_empty (d->db, "Shared plan", d->author, &error);
  g_assert_no_error (error);
  d->sync = wmk_sync_new (d->plan);
  wmk_sync_bind (d->sync, share, &error);
  g_assert_no_error (error);
  wmk_sync_result_free (device_sync (d));
  return d;
}

static Device *
device_new_joined (const char *dir, guint i, const char *share)
{
  g_autoptr(GError) error = NULL;
  Device *d = g_new0 (Device, 1);

  d->db = g_strdup_printf ("%s/dev%u.waymark", dir, i);
  d->share = g_strdup (share);
  d->author = g_strdup_printf ("Device %u", i);
  d->plan = wmk_sync_join (share, d->db, d->author, &error);
  g_assert_no_error (error);
  d->sync = wmk_sync_new (d->plan);
  return d;
}

static char *
add_risk (Device *d, const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  char *id;

  json_object_set_string_member (fields, "title", title);
  id = wmk_plan_create (d->plan, "risk", fields, "Add a risk", &error);
  g_assert_no_error (error);
  return id;
}

static void
set_title (Device *d, const char *id, const char *title)
{
  g_autoptr(GError) error = NULL;

  wmk_plan_set_string (d->plan, id, "title", title, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from, const char *to, gssize keep)
{
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_path_get_dirname (to);
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (g_file_set_contents (to, contents, keep >= 0 ? (gsize) keep : length, NULL));
}

/* A closed plan database replaced by another copy (a backup restored). */
static void
replace_database (const char *db, const char *with)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  copy_file (with, db, -1);
}

/* Files of one journal folder, relative to the share. */
static GPtrArray *
list_journal (const char *share)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *journal = g_build_filename (share, "journal", NULL);
  g_autoptr(GDir) devices = g_dir_open (journal, 0, NULL);
  const char *device;

  while (devices && (device = g_dir_read_name (devices)))
    {
      g_autofree char *path = g_build_filename (journal, device, NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        if (name[0] != '.')
          g_ptr_array_add (files, g_build_filename ("journal", device, name, NULL));
    }
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);
  return files;
}

static void
test_sync_two_copies (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  Device *a = device_new_first (dir, share);
  Device *b = device_new_joined (dir, 1, share);
  g_autofree char *risk = add_risk (a, "Capacity");
  g_autoptr(WmkSyncResult) r1 = NULL, r2 = NULL, r3 = NULL, r4 = NULL;
  g_autoptr(GPtrArray) conflicts_a = NULL, conflicts_b = NULL;
  g_autoptr(GError) error = NULL;

  wmk_sync_set_label (a->sync, "Shayna's laptop");
  wmk_sync_result_free (device_sync (a));
  wmk_sync_result_free (device_sync (b));
  g_assert_nonnull (wmk_plan_lookup (b->plan, risk));
  /* B knows A by the name A's person gave it. */
  {
    g_autoptr(GPtrArray) writers = wmk_store_list_writers (wmk_plan_get_store (b->plan), NULL);
    gboolean named = FALSE;

    for (guint i = 0; i < writers->len; i++)
      named |= g_strcmp0 (((WmkSyncWriter *) writers->pdata[i])->label, "Shayna's laptop") == 0;
    g_assert_true (named);
  }

  /* Different edits, and one field edited on both. */
  g_free (add_risk (a, "Only on A"));
  g_free (add_risk (b, "Only on B"));
  set_title (a, risk, "Capacity (A)");
  set_title (b, risk, "Capacity (B)");
  r1 = device_sync (a);
  r2 = device_sync (b);
  r3 = device_sync (a);
  g_assert_cmpuint (r2->applied, ==, 2);
  g_assert_cmpuint (r3->applied, ==, 2);

  conflicts_a = wmk_store_list_conflicts (wmk_plan_get_store (a->plan), NULL);
  conflicts_b = wmk_store_list_conflicts (wmk_plan_get_store (b->plan), NULL);
  g_assert_cmpuint (conflicts_a->len, ==, 1);
  g_assert_cmpuint (conflicts_b->len, ==, 1);
  for (guint i = 0; i < 2; i++)
    {
      WmkConflict *ca = conflicts_a->pdata[0], *cb = conflicts_b->pdata[0];
      WmkConflictValue *va = ca->values->pdata[i], *vb = cb->values->pdata[i];

      g_assert_cmpstr (ca->field, ==, "title");
      g_assert_cmpuint (ca->values->len, ==, 2);
      g_assert_cmpstr (va->stamp, ==, vb->stamp);
      g_assert_true (wmk_json_equal (va->value, vb->value));
    }
  g_assert_cmpint (r3->conflicts->len, ==, 1);
  g_assert_cmpint (wmk_sync_get_state (a->sync), ==, WMK_SYNC_STATE_CONFLICTS);
  {
    g_autofree char *ea = device_export (a), *eb = device_export (b);
    g_assert_cmpstr (ea, ==, eb);
  }

  /* Resolved on one, settled on both. */
  {
    g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), "Capacity (B)");
    wmk_sync_resolve (b->sync, risk, "title", value, &error);
    g_assert_no_error (error);
  }
  wmk_sync_result_free (device_sync (b));
  r4 = device_sync (a);
  g_assert_cmpuint (r4->conflicts->len, ==, 0);
  g_assert_cmpint (wmk_sync_get_state (a->sync), ==, WMK_SYNC_STATE_UP_TO_DATE);
  {
    g_autofree char *ea = device_export (a), *eb = device_export (b);
    g_autofree char *da = device_dump (a), *db = device_dump (b);
    g_assert_cmpstr (ea, ==, eb);
    g_assert_cmpstr (da, ==, db);
    g_assert_nonnull (strstr (ea, "Capacity (B)"));
  }

  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}

/* A duplicated file under cloud conflict-copy names, a truncated copy, a
 * bit-flipped copy, a renamed one, a foreign file and a newer-format file
 * change nothing and lose nothing. */
static void
test_sync_artifacts (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  Device *a = device_new_first (dir, share);
  Device *b = device_new_joined (dir, 1, share);
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *before = NULL, *after = NULL, *src = NULL, *journal_dir = NULL;
  g_autoptr(WmkSyncResult) result = NULL;
  g_autofree char *newer = NULL;
  gsize size;
  g_autofree char *contents = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u", i);
      g_free (add_risk (a, title));
    }
  wmk_sync_result_free (device_sync (a));
  wmk_sync_result_free (device_sync (b));
  before = device_dump (b);

  files = list_journal (share);
  g_assert_cmpuint (files->len, >=, 1);
  src = g_build_filename (share, files->pdata[files->len - 1], NULL);
  journal_dir = g_path_get_dirname (src);
  g_assert_true (g_file_get_contents (src, &contents, &size, NULL));
  {
    const char *copies[] = { "x (conflict copy 2023-02-01).wmj", "x-DESKTOP-1.wmj",
                             "x.sync-conflict-20260103-101010-ABCDEFG.wmj",
                             "renamed by a person.txt" };
    for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
      {
        g_autofree char *to = g_build_filename (journal_dir, copies[i], NULL);
        copy_file (src, to, -1);
      }
  }
  {
    g_autofree char *to = g_build_filename (journal_dir, "x (Sam's conflicted copy).wmj", NULL);
    copy_file (src, to, size / 2);
  }
  {
    g_autofree char *flipped = g_memdup2 (contents, size);
    g_autofree char *to = g_build_filename (journal_dir, "x (1).wmj", NULL);
    flipped[size / 3] ^= 0x10;
    g_assert_true (g_file_set_contents (to, flipped, size, NULL));
  }
  {
    g_autofree char *to = g_build_filename (share, "journal", "desktop.ini", NULL);
    g_assert_true (g_file_set_contents (to, "[.ShellClassInfo]\n", -1, NULL));
  }
  newer = g_build_filename (journal_dir, "from-the-future.wmj", NULL);
  {
    g_autoptr(GBytes) future = newer_file (wmk_store_get_plan_id (wmk_plan_get_store (b->plan)));
    g_assert_true (g_file_set_contents (newer, g_bytes_get_data (future, NULL),
                                        g_bytes_get_size (future), NULL));
  }

  result = device_sync (b);
  g_assert_cmpuint (result->applied, ==, 0);
  g_assert_cmpuint (result->files_read, >=, 7);
  after = device_dump (b);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (result->warnings->len, >=, 2);  /* damaged, and newer */

  /* A vanished folder is "offline", not a mass delete. */
  {
    g_autofree char *moved = g_strconcat (share, ".away", NULL);
    g_autoptr(WmkSyncResult) offline = NULL;
    g_autofree char *still = NULL;

    g_assert_cmpint (g_rename (share, moved), ==, 0);
    offline = device_sync (b);
    g_assert_true (offline->offline);
    g_assert_cmpint (wmk_sync_get_state (b->sync), ==, WMK_SYNC_STATE_OFFLINE);
    still = device_dump (b);
    g_assert_cmpstr (before, ==, still);
    g_assert_cmpint (g_rename (moved, share), ==, 0);
  }

  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}

/* A file deleted from the folder (by a person, or a client) is republished
 * by its owner's start-up audit. */
static void
test_sync_audit (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  Device *a = device_new_first (dir, share);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(WmkSyncResult) result = NULL;
  Device *b;

  g_free (add_risk (a, "Kept"));
  wmk_sync_result_free (device_sync (a));
  files = list_journal (share);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (share, files->pdata[i], NULL);
      g_unlink (path);
    }
  device_close (a);
  device_open (a);  /* a new start: the audit runs on the first round */
  result = device_sync (a);
  g_assert_cmpuint (result->republished, ==, 2);
  b = device_new_joined (dir, 1, share);
  {
    g_autofree char *da = device_dump (a), *db = device_dump (b);
    g_assert_cmpstr (da, ==, db);
  }
  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}

#include "test-sync-sim.c"

#include "test-sync-kill.c"
#include "test-sync-identity.c"

/* waymark-cli sync, join, conflicts and resolve, as a person runs them */

static char *
cli (const char *dir, const char *plan, int expected, const char *first, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status;
  va_list args;

  envp = g_environ_setenv (envp, "WAYMARK_DATA_DIR", dir, TRUE);
  g_ptr_array_add (argv, (char *) g_getenv ("WAYMARK_CLI"));
  g_ptr_array_add (argv, (char *) "--plan");
  g_ptr_array_add (argv, (char *) plan);
  va_start (args, first);
  for (arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) != (expected != 0))
    g_error ("waymark-cli %s: expected status %d\n%s%s", first, expected, out, err);
  return g_strconcat (out, err, NULL);
}

static void
test_sync_cli (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *a = g_build_filename (dir, "a.waymark", NULL);
  g_autofree char *b = g_build_filename (dir, "b.waymark", NULL);
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  g_autofree char *out = NULL, *ea = NULL, *eb = NULL, *json = NULL;

  if (g_getenv ("WAYMARK_CLI") == NULL)
    {
      g_test_skip ("WAYMARK_CLI is not set");
      return;
    }
  g_free (cli (dir, a, 0, "init", "--sample", NULL));
  g_free (cli (dir, a, 1, "sync", NULL));  /* not shared yet: says how */
  out = cli (dir, a, 0, "sync", share, NULL);
  g_assert_nonnull (strstr (out, "Published"));
  g_clear_pointer (&out, g_free);
  out = cli (dir, b, 0, "join", share, NULL);
  g_assert_nonnull (strstr (out, "Joined"));
  g_clear_pointer (&out, g_free);
  g_free (cli (dir, b, 1, "join", share, NULL));  /* b exists: refused */

  g_free (cli (dir, a, 0, "set", "1.1.1", "status", "complete", NULL));
  g_free (cli (dir, b, 0, "set", "1.1.1", "status", "on_hold", NULL));
  g_free (cli (dir, a, 0, "sync", NULL));
  g_free (cli (dir, b, 0, "sync", NULL));
  out = cli (dir, a, 0, "sync", NULL);
  g_assert_nonnull (strstr (out, "1 conflicts"));
  g_clear_pointer (&out, g_free);
  for (guint i = 0; i < 2; i++)
    {
      out = cli (dir, i ? b : a, 0, "conflicts", NULL);
      g_assert_nonnull (strstr (out, "1.1.1 status: 2 values"));
      g_assert_nonnull (strstr (out, "“complete”"));
      g_assert_nonnull (strstr (out, "“on_hold”"));
      g_clear_pointer (&out, g_free);
    }
  json = cli (dir, b, 0, "conflicts", "--json", NULL);
  g_assert_nonnull (strstr (json, "\"field\": \"status\""));
  ea = cli (dir, a, 0, "export", "--format", "json", NULL);
  eb = cli (dir, b, 0, "export", "--format", "json", NULL);
  g_assert_cmpstr (ea, ==, eb);

  g_free (cli (dir, b, 2, "resolve", "1.1.1", "status", NULL));
  g_free (cli (dir, b, 1, "resolve", "1.1.1", "status", "nonsense", NULL));
  g_free (cli (dir, b, 0, "resolve", "1.1.1", "status", "complete", NULL));
  g_free (cli (dir, b, 0, "sync", NULL));
  g_free (cli (dir, a, 0, "sync", NULL));
  for (guint i = 0; i < 2; i++)
    {
      out = cli (dir, i ? b : a, 0, "conflicts", NULL);
      g_assert_nonnull (strstr (out, "No conflicts"));
      g_clear_pointer (&out, g_free);
    }
  g_clear_pointer (&ea, g_free);
  g_clear_pointer (&eb, g_free);
  ea = cli (dir, a, 0, "export", "--format", "json", NULL);
  eb = cli (dir, b, 0, "export", "--format", "json", NULL);
  g_assert_cmpstr (ea, ==, eb);
  wmk_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wmk/sync/journal/round-trip", test_journal_round_trip);
  g_test_add_func ("/wmk/sync/journal/truncated", test_journal_truncated);
  g_test_add_func ("/wmk/sync/journal/odd-members", test_op_odd_members);
  g_test_add_func ("/wmk/sync/apply/large-import", test_apply_large_import);
  g_test_add_func ("/wmk/sync/journal/bit-flips", test_journal_bit_flips);
  g_test_add_func ("/wmk/sync/journal/foreign-and-newer", test_journal_foreign_and_newer);
  g_test_add_func ("/wmk/sync/folder/two-copies-converge", test_sync_two_copies);
  g_test_add_func ("/wmk/sync/folder/cloud-artifacts", test_sync_artifacts);
  g_test_add_func ("/wmk/sync/folder/audit-republishes", test_sync_audit);
  g_test_add_func ("/wmk/sync/cli", test_sync_cli);
  g_test_add_func ("/wmk/sync/identity/copied", test_sync_copied_database);
  g_test_add_func ("/wmk/sync/identity/restored", test_sync_restored_database);
  g_test_add_func ("/wmk/sync/identity/forked", test_sync_forked_identity);
  g_test_add_func ("/wmk/sync/kill", test_sync_kill);
  g_test_add_func ("/wmk/sync/kill-at-fault-points", test_sync_fault_points);
  g_test_add_func ("/wmk/sync/simulation", test_sync_simulation);
  return g_test_run ();
}
