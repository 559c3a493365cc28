/* bench-sync.c: sync's figures of docs/sync.md §4: applying 100,000 foreign
 * operations from 10 writers, a round with nothing new over 1,000 files, and
 * journal bytes per operation
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speed is printed, never asserted (the machine varies); --quick runs a tenth
 * of the sizes as an ordinary test so that this code cannot rot.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "wmk-journal-reader.h"
#include "wmk-test-support.h"

#define N_WRITERS 10

static const char *titles[] = { "Capacity in specialist provision", "EHCP timeliness",
                                "Workforce recruitment", "Data quality in the case system" };
static const char *statuses[] = { "open", "closed" };

/* Operations as another laptop would have written them: creates of risks
 * (UUID ids, a few fields), then edits of their fields, each naming the
 * stamp it replaces. */
static GPtrArray *
make_writer_ops (guint w, guint n_ops, GRand *rand)
{
  GPtrArray *raws = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *writer = g_strdup_printf ("%016x%04x-%08x", g_rand_int (rand), w, g_rand_int (rand));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  WmkHlc hlc = { 1767225600000 + w, 0 };

  for (guint seq = 1; seq <= n_ops; seq++)
    {
      g_autoptr(WmkOp) op = NULL;

      hlc.l += g_rand_int_range (rand, 1, 5000);
      if (ids->len == 0 || g_rand_int_range (rand, 0, 5) == 0)
        {
          g_autofree char *id = g_uuid_string_random ();
          JsonObject *fields = json_object_new ();

          json_object_set_string_member (fields, "title", titles[seq % G_N_ELEMENTS (titles)]);
          json_object_set_int_member (fields, "likelihood", 1 + seq % 5);
          op = wmk_op_new (WMK_OP_CREATE, "risk", id);
          op->value = wmk_json_new_object (fields);
          op->prev = g_new0 (char *, 1);
          g_ptr_array_add (ids, g_steal_pointer (&id));
        }
      else
        {
          const char *id = ids->pdata[g_rand_int_range (rand, 0, ids->len)];
          const char *field = g_rand_boolean (rand) ? "status" : "likelihood";
          g_autofree char *key = g_strconcat (id, "/", field, NULL);
          const char *prev = g_hash_table_lookup (last, key);

          op = wmk_op_new (WMK_OP_SET, "risk", id);
          op->field = g_strdup (field);
          op->value = g_str_equal (field, "status")
                        ? wmk_json_new_string (statuses[seq % 2])
                        : wmk_json_new_int (1 + seq % 5);
          op->prev = g_new0 (char *, 2);
          op->prev[0] = g_strdup (prev);
        }
      wmk_op_seal (op, writer, seq, hlc, "Alex Example");
      if (op->kind == WMK_OP_SET)
        g_hash_table_insert (last, g_strconcat (op->entity, "/", op->field, NULL),
                             g_strdup (op->stamp));
      g_ptr_array_add (raws, g_strdup (op->json));
    }
  return raws;
}

/* Writes @raws as files of @per_file operations; returns the bytes written. */
static gsize
write_files (const char *root, const char *plan_id, GPtrArray *raws, guint per_file)
{
  g_autoptr(WmkOp) op = wmk_op_from_json (raws->pdata[0], NULL);
  g_autofree char *device = g_strndup (op->writer, 20);
  g_autofree char *dir = g_build_filename (root, "journal", device, NULL);
  gsize total = 0;

  g_mkdir_with_parents (dir, 0755);
  for (guint from = 0; from < raws->len; from += per_file)
    {
      g_autoptr(JsonObject) header = json_object_new ();
      g_autoptr(GPtrArray) part = g_ptr_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = NULL, *path = NULL;

      for (guint i = from; i < MIN (raws->len, from + per_file); i++)
        g_ptr_array_add (part, raws->pdata[i]);
      json_object_set_string_member (header, "plan", plan_id);
      json_object_set_string_member (header, "device", device);
      json_object_set_string_member (header, "epoch", op->writer + 21);
      json_object_set_int_member (header, "first", from + 1);
      json_object_set_string_member (header, "kind", "batch");
      bytes = wmk_journal_encode (header, part);
      name = g_strdup_printf ("%s-%010u-%010u.wmj", op->writer + 21, from + 1, from + part->len);
      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL));
      total += g_bytes_get_size (bytes);
    }
  return total;
}

static WmkPlan *
fresh_plan (const char *dir, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  WmkPlan *plan = wmk_plan_new_empty (path, "Bench", "Bench", &error);

  g_assert_no_error (error);
  return plan;
}

static void
bench_apply (const char *dir, guint n_total, gboolean quick)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(WmkPlan) plan = fresh_plan (dir, "apply.waymark");
  g_autofree char *root = g_build_filename (dir, "share-apply", NULL);
  g_autoptr(WmkSync) sync = wmk_sync_new (plan);
  g_autoptr(WmkSyncResult) result = NULL;
  g_autoptr(WmkSyncResult) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize bytes = 0;
  gint64 start, end;

  g_assert_true (wmk_sync_bind (sync, root, &error));
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GPtrArray) raws = make_writer_ops (w, n_total / N_WRITERS, rand);
      bytes += write_files (root, wmk_store_get_plan_id (wmk_plan_get_store (plan)), raws, 1000);
    }

  start = g_get_monotonic_time ();
  result = wmk_sync_run_round (sync, &error);
  end = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_assert_cmpuint (result->applied, ==, n_total);
  g_print ("apply %u foreign ops from %d writers (read, parse, apply, model): %.2f s "
           "(%.0f ops/s; goal ≤ 2 s for 100,000)\n",
           n_total, N_WRITERS, (end - start) / 1e6, n_total / ((end - start) / 1e6));
  g_print ("journal bytes per op: %.0f (goal ≤ 300)\n", (double) bytes / n_total);
  g_assert_cmpfloat ((double) bytes / n_total, <=, 300);

  /* Reading every file again: all duplicates. */
  {
    g_autoptr(WmkJournalReader) reader = wmk_journal_reader_new (wmk_plan_get_store (plan), root);
    WmkApplyStats stats;
    guint n_read;

    wmk_journal_reader_forget (reader);
    wmk_apply_stats_init (&stats);
    start = g_get_monotonic_time ();
    g_assert_true (wmk_journal_reader_scan (reader, &stats, &n_read, NULL));
    end = g_get_monotonic_time ();
    g_assert_cmpuint (stats.applied, ==, 0);
    g_assert_cmpuint (stats.duplicates, >=, n_total);
    wmk_apply_stats_clear (&stats);
    g_print ("idempotent re-import of %u ops: %.2f s\n", n_total, (end - start) / 1e6);
  }
  (void) quick;
  (void) again;
}

static void
bench_idle_round (const char *dir, guint n_files)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(WmkPlan) plan = fresh_plan (dir, "idle.waymark");
  g_autofree char *root = g_build_filename (dir, "share-idle", NULL);
  g_autoptr(WmkSync) sync = wmk_sync_new (plan);
  g_autoptr(GError) error = NULL;
  gint64 best = G_MAXINT64;

  g_assert_true (wmk_sync_bind (sync, root, &error));
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GPtrArray) raws = make_writer_ops (w, (n_files / N_WRITERS) * 10, rand);
      write_files (root, wmk_store_get_plan_id (wmk_plan_get_store (plan)), raws, 10);
    }
  wmk_sync_result_free (wmk_sync_run_round (sync, &error));
  g_assert_no_error (error);

  for (int i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(WmkSyncResult) result = wmk_sync_run_round (sync, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (result->applied, ==, 0);
      g_assert_cmpuint (result->files_read, ==, 0);
      best = MIN (best, g_get_monotonic_time () - start);
    }
  g_print ("sync round with nothing new over %u files: %.1f ms (best of 5; goal ≤ 50 ms)\n",
           n_files, best / 1000.0);
}

int
main (int argc, char **argv)
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  g_autofree char *dir = wmk_test_make_dir ();

  g_print ("# bench-sync%s\n", quick ? " (quick: a tenth of the sizes)" : "");
  bench_apply (dir, quick ? 10000 : 100000, quick);
  bench_idle_round (dir, quick ? 100 : 1000);
  wmk_test_remove_dir (dir);
  return 0;
}
