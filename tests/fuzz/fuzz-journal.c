/* fuzz-journal.c: the journal reader against any bytes at all (libFuzzer)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A shared folder holds whatever a sync engine, a full disk or another
 * program left there, and the reader parses every file that starts with the
 * journal's magic (docs/sync.md). So any bytes must be taken without a crash,
 * a leak or a hang; what is not a journal must be refused with an error; and
 * a record may be kept only when its checksum vouches for it.
 *
 * Each input is checked three ways:
 *
 * 1. wmk_journal_parse() on the bytes as they are: refused with an error
 *    exactly when the magic is missing (or the checked header says "newer");
 *    otherwise every record kept is NUL-free and within the length cap, a
 *    sealed file has no damage, and the header and records written out again
 *    read back sealed and identical. Every record that reads as an operation
 *    gives the same canonical text when written out and read again.
 * 2. The same on a copy whose CRCs and seal hash are recomputed, so that
 *    mutations of the JSON inside reach the operation and store code instead
 *    of stopping at a checksum the fuzzer cannot forge.
 * 3. The file placed in a shared folder that a new plan copy then joins, as
 *    a laptop does: wmk_sync_join() reads and applies it through the real
 *    reader, store and plan model. A second round must apply nothing (the
 *    state is a function of the set of operations), and the conflicts, the
 *    state dump and the JSON export must all be computable.
 *
 * Built with clang's -fsanitize=fuzzer by tests/fuzz/run-fuzz.sh; the same
 * function replays the corpus in the unit test test-journal-corpus under any
 * compiler (tests/fuzz/test-journal-corpus.c).
 */

#define _GNU_SOURCE  /* memmem */

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "waymark.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A broken property: report it and abort, which libFuzzer records as a crash
 * and a GLib test as a failure. */
#define CHECK(cond, what)                                                    \
  G_STMT_START                                                               \
  {                                                                          \
    if (G_UNLIKELY (!(cond)))                                                \
      {                                                                      \
        fprintf (stderr, "fuzz-journal: %s (%s:%d: %s)\n", what, __FILE__,   \
                 __LINE__, #cond);                                           \
        abort ();                                                            \
      }                                                                      \
  }                                                                          \
  G_STMT_END

#define FALLBACK_PLAN "00000000-0000-4000-8000-00000000f022"

static const guint8 rmark[4] = { 0xFF, 'W', 'R', 0xFE };

static guint32
get_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static void
put_u32 (guint8 *p, guint32 v)
{
  p[0] = v & 0xff;
  p[1] = (v >> 8) & 0xff;
  p[2] = (v >> 16) & 0xff;
  p[3] = v >> 24;
}

/* An operation written out and read again gives the same text. */
static void
check_op (const char *raw)
{
  g_autoptr(WmkOp) op = wmk_op_from_json (raw, NULL);
  g_autoptr(WmkOp) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again_text = NULL;

  if (op == NULL)
    return;
  text = wmk_op_to_json (op);
  CHECK (text != NULL, "an operation read could not be written out");
  again = wmk_op_from_json (text, NULL);
  CHECK (again != NULL, "an operation written out could not be read back");
  again_text = wmk_op_to_json (again);
  CHECK (g_strcmp0 (text, again_text) == 0, "an operation changed when written out and read back");
  CHECK (g_strcmp0 (op->stamp, again->stamp) == 0 && op->seq == again->seq
           && g_strcmp0 (op->writer, again->writer) == 0,
         "an operation's identity changed when written out and read back");
}

/* Parses @data and checks what the parser promises; returns the plan the
 * header names, if any. */
static char *
check_parse (const guint8 *data, gsize size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkJournalFile) file = wmk_journal_parse (data, size, &error);
  g_autoptr(JsonObject) header = NULL;
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(WmkJournalFile) again = NULL;

  if (!wmk_journal_has_magic (data, size))
    {
      CHECK (file == NULL, "bytes without the magic were taken for a journal");
      CHECK (g_error_matches (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NOT_JOURNAL),
             "bytes without the magic were refused without saying so");
      return NULL;
    }
  if (file == NULL)
    {
      CHECK (g_error_matches (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NEWER_FORMAT),
             "a journal file was refused for a reason other than a newer format");
      return NULL;
    }
  CHECK (error == NULL, "a journal file was read and an error set too");
  CHECK (file->records != NULL, "a journal file was read without its list of records");
  CHECK (!file->sealed || (file->n_damaged == 0 && !file->truncated),
         "a damaged or truncated file counted as sealed");
  CHECK (file->header != NULL || file->format == 0, "a damaged header gave a format");
  CHECK (file->format <= WMK_JOURNAL_FORMAT, "a newer format was read as this one");
  for (guint i = 0; i < file->records->len; i++)
    {
      const char *record = file->records->pdata[i];

      CHECK (strlen (record) <= WMK_JOURNAL_MAX_RECORD, "a record longer than the cap was kept");
      CHECK (memmem (data, size, record, strlen (record)) != NULL,
             "a record kept is not in the file");
      check_op (record);
    }

  /* What was kept, written out again, reads back sealed and the same. The
   * encoder writes into the header it is given: it gets a copy. */
  if (file->header)
    {
      g_autoptr(JsonNode) node = wmk_json_new_object (json_object_ref (file->header));
      g_autoptr(JsonNode) copy = json_node_copy (node);
      g_autofree char *text = wmk_json_to_string (node, FALSE);

      if (strlen (text) > G_MAXUINT16)
        return g_strdup (wmk_journal_file_get_string (file, "plan"));  /* too long to write again */
      header = json_object_ref (json_node_get_object (copy));
    }
  else
    header = json_object_new ();
  again_bytes = wmk_journal_encode (header, file->records);
  again = wmk_journal_parse (g_bytes_get_data (again_bytes, NULL), g_bytes_get_size (again_bytes),
                             &error);
  CHECK (again != NULL, "a file written from what was read could not be read");
  CHECK (again->sealed && again->n_damaged == 0 && !again->truncated,
         "a file written from what was read is not sealed");
  CHECK (again->records->len == file->records->len,
         "a file written from what was read has a different number of records");
  for (guint i = 0; i < file->records->len; i++)
    CHECK (strcmp (again->records->pdata[i], file->records->pdata[i]) == 0,
           "a file written from what was read has a different record");
  CHECK (file->header == NULL || again->header != NULL,
         "a file written from what was read lost its header");

  return g_strdup (wmk_journal_file_get_string (file, "plan"));
}

/* A copy with every checksum made right where the framing allows: the header
 * CRC, each record's CRC, and the seal's hash (same length, in place). */
static guint8 *
fix_checksums (const guint8 *data, gsize size)
{
  guint8 *out = g_memdup2 (data, size);
  gsize pos = WMK_JOURNAL_MAGIC_LEN;

  if (size >= 12)
    {
      gsize header_len = out[10] | out[11] << 8;

      if (12 + header_len + 4 <= size)
        {
          put_u32 (out + 12 + header_len, wmk_journal_crc32 (0, out + 12, header_len));
          pos = 12 + header_len + 4;
        }
    }
  while (pos + 12 <= size)
    {
      guint32 n;
      guint8 *payload;
      const char *sha;

      if (memcmp (out + pos, rmark, 4) != 0)
        {
          pos++;
          continue;
        }
      n = get_u32 (out + pos + 4);
      if (n > WMK_JOURNAL_MAX_RECORD || pos + 12 + n > size)
        {
          pos++;
          continue;
        }
      payload = out + pos + 12;
      sha = n > 10 && memcmp (payload, "{\"seal\":", 8) == 0
              ? g_strstr_len ((const char *) payload, n, "\"sha256\":\"")
              : NULL;
      if (sha && (const guint8 *) sha + 10 + 64 <= payload + n)
        {
          g_autofree char *hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, out, pos);
          memcpy ((char *) sha + 10, hex, 64);
        }
      put_u32 (out + pos + 8, wmk_journal_crc32 (0, payload, n));
      pos += 12 + n;
    }
  return out;
}

static char *work_dir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_work_dir (void)
{
  if (work_dir)
    remove_tree (work_dir);
  g_clear_pointer (&work_dir, g_free);
}

static const char *
get_work_dir (void)
{
  if (work_dir == NULL)
    {
      g_autofree char *template = NULL;

      /* Memory-backed where there is one: a join fsyncs. */
      template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm"
                                                                             : g_get_tmp_dir (),
                                   "waymark-fuzz-XXXXXX", NULL);
      work_dir = g_mkdtemp (template) ? g_steal_pointer (&template) : NULL;
      CHECK (work_dir != NULL, "no folder to work in");
      atexit (remove_work_dir);
    }
  return work_dir;
}

/* A new laptop joins a shared folder that holds this file. */
static void
check_join (const guint8 *data, gsize size, const char *plan_id)
{
  g_autofree char *share = g_build_filename (get_work_dir (), "share", NULL);
  g_autofree char *device_dir = g_build_filename (share, "journal", "0123456789abcdef", NULL);
  g_autofree char *journal = g_build_filename (device_dir, "abcdef01-0000000001-0000000009.wmj",
                                               NULL);
  g_autofree char *marker = g_build_filename (share, "plan.wmk", NULL);
  g_autofree char *db = g_build_filename (get_work_dir (), "joined.waymark", NULL);
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *marker_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = NULL;

  remove_tree (share);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strconcat (db, (const char *[]) { "", "-wal", "-shm" }[i], NULL);
      g_unlink (path);
    }
  CHECK (g_mkdir_with_parents (device_dir, 0700) == 0, "could not make the shared folder");
  json_object_set_string_member (object, "format", "waymark-sync");
  json_object_set_string_member (object, "plan", plan_id ? plan_id : FALLBACK_PLAN);
  json_object_set_int_member (object, "min_reader", 1);
  node = wmk_json_new_object (json_object_ref (object));
  marker_text = wmk_json_to_string (node, FALSE);
  CHECK (g_file_set_contents (marker, marker_text, -1, NULL), "could not write plan.wmk");
  CHECK (g_file_set_contents (journal, (const char *) data, size, NULL),
         "could not write the journal file");

  plan = wmk_sync_join (share, db, "Fuzz", &error);
  /* Only the database may refuse (a plan id SQLite cannot take, say); the
   * file itself is never a reason to fail a join. */
  if (plan == NULL)
    {
      CHECK (error != NULL, "a join failed without saying why");
      return;
    }
  {
    g_autoptr(WmkSync) sync = wmk_sync_new (plan);
    g_autoptr(WmkSyncResult) result = NULL;
    g_autoptr(GPtrArray) conflicts = NULL;
    g_autoptr(GBytes) json = NULL;
    g_autofree char *before = wmk_store_dump_state (wmk_plan_get_store (plan));
    g_autofree char *after = NULL;

    result = wmk_sync_run_round (sync, &error);
    CHECK (result != NULL, "a second round failed");
    CHECK (result->applied == 0, "a second round applied the same file again");
    after = wmk_store_dump_state (wmk_plan_get_store (plan));
    CHECK (g_strcmp0 (before, after) == 0, "a second round changed the state");
    conflicts = wmk_store_list_conflicts (wmk_plan_get_store (plan), &error);
    CHECK (conflicts != NULL, "the conflicts could not be listed");
    json = wmk_plan_to_json (plan);
    CHECK (json != NULL, "the plan could not be exported");
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *plan_id = check_parse (data, size);
  g_autofree guint8 *fixed = NULL;

  if (!wmk_journal_has_magic (data, size))
    return 0;
  fixed = fix_checksums (data, size);
  if (memcmp (fixed, data, size) != 0)
    {
      g_autofree char *fixed_plan = check_parse (fixed, size);

      check_join (fixed, size, fixed_plan ? fixed_plan : plan_id);
    }
  else
    check_join (data, size, plan_id);
  return 0;
}
