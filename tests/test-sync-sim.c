/* test-sync-sim.c: the seeded multi-device simulation of docs/sync.md §3.2,
 * included by test-sync.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 2 to 8 devices, each with its own plan database and its own view of the
 * shared folder (a real folder), edit at random; a simulated sync engine
 * copies files between the views: a random subset in random order, some
 * under conflict-copy names, some truncated or with a flipped bit; devices
 * are restored from an earlier copy of their database. At the end every
 * fault is healed, files are exchanged in full, and the invariants of §3.1
 * are checked: identical state dumps, no operation lost, equality with a
 * fold of the same operations in another order, idempotence.
 *
 * WAYMARK_SYNC_SEEDS sets the number of seeds, WAYMARK_SYNC_SEED_FROM the
 * first (so a long run can be split or resumed); WAYMARK_SYNC_SEED replays one.
 */

typedef struct
{
  GRand     *rand;
  char      *dir;
  guint      n;
  Device   **devices;
  char     **backups;   /* an earlier copy of each database, or NULL */
  GPtrArray *ids;       /* risk ids known to anyone */
  GString   *trace;
} Sim;

static const char *const conflict_names[] = {
  ".sync-conflict-20260103-101010-ABCDEFG.wmj", " (Sam's conflicted copy 2026-01-03).wmj",
  "-DESKTOP-4F2.wmj", " (conflict copy 2023-02-01).wmj",
};

static char *
device_share_path (Sim *sim, guint i, const char *rel)
{
  return g_build_filename (sim->devices[i]->share, rel, NULL);
}

/* The simulated sync engine: some of @from's files appear in @to's view. */
static void
deliver (Sim *sim, guint from, guint to, gboolean everything)
{
  g_autoptr(GPtrArray) files = list_journal (sim->devices[from]->share);

  for (guint k = 0; k < files->len; k++)
    {
      guint pick = g_rand_int_range (sim->rand, k, files->len);
      const char *rel = files->pdata[pick];
      g_autofree char *src = device_share_path (sim, from, rel);
      g_autofree char *dst = device_share_path (sim, to, rel);
      gsize size;
      g_autofree char *contents = NULL;
      guint fault;

      files->pdata[pick] = files->pdata[k];
      files->pdata[k] = (gpointer) rel;
      if (!everything && g_rand_int_range (sim->rand, 0, 3) == 0)
        continue;  /* delayed */
      if (!g_file_get_contents (src, &contents, &size, NULL))
        continue;
      fault = everything ? 99 : g_rand_int_range (sim->rand, 0, 20);
      if (fault < 4)
        {
          /* A conflict copy, a truncated copy, or a flipped bit, under another name. */
          g_autofree char *stem = g_strndup (dst, strlen (dst) - 4);
          g_autofree char *name = g_strconcat (stem, conflict_names[fault], NULL);
          gsize keep = fault == 1 ? (gsize) g_rand_int_range (sim->rand, 0, size) : size;

          if (fault == 2 && size > 0)
            contents[g_rand_int_range (sim->rand, 0, size)] ^= 1 << g_rand_int_range (sim->rand, 0, 8);
          if (!g_file_test (name, G_FILE_TEST_EXISTS))
            {
              g_autofree char *parent = g_path_get_dirname (name);
              g_mkdir_with_parents (parent, 0755);
              g_file_set_contents (name, contents, keep, NULL);
            }
          g_string_append_printf (sim->trace, " fault%u(%u>%u)", fault, from, to);
          if (fault != 0)
            continue;
        }
      if (!g_file_test (dst, G_FILE_TEST_EXISTS))
        copy_file (src, dst, -1);
      else
        {
          /* Two writers with one name (clones of one database): a real sync
           * engine keeps both, one under a conflict-copy name. */
          g_autofree char *there = NULL;
          gsize there_size;

          if (g_file_get_contents (dst, &there, &there_size, NULL)
              && (there_size != size || memcmp (there, contents, size) != 0))
            {
              g_autofree char *stem = g_strndup (dst, strlen (dst) - 4);
              g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_MD5,
                                                                  (const guchar *) contents, size);
              g_autofree char *name = g_strdup_printf ("%s.sync-conflict-%.8s.wmj", stem, sum);

              if (!g_file_test (name, G_FILE_TEST_EXISTS))
                g_file_set_contents (name, contents, size, NULL);
            }
        }
    }
}

static void
sim_edit (Sim *sim, guint i)
{
  Device *d = sim->devices[i];
  g_autoptr(GError) error = NULL;
  guint what = g_rand_int_range (sim->rand, 0, 10);
  const char *id = sim->ids->len ? sim->ids->pdata[g_rand_int_range (sim->rand, 0, sim->ids->len)]
                                 : NULL;
  WmkEntity *entity = id ? wmk_plan_lookup (d->plan, id) : NULL;
  gboolean live = entity && wmk_entity_get_live (entity);

  if (what < 3 || id == NULL)
    {
      g_autofree char *title = g_strdup_printf ("r%u", g_rand_int_range (sim->rand, 0, 1000));
      g_ptr_array_add (sim->ids, add_risk (d, title));
      g_string_append_printf (sim->trace, " create@%u", i);
    }
  else if (what < 7 && live)
    {
      g_autofree char *title = g_strdup_printf ("t%u", g_rand_int_range (sim->rand, 0, 4));
      wmk_plan_set_string (d->plan, id, "title", title, &error);
      g_assert_no_error (error);
      g_string_append_printf (sim->trace, " set@%u", i);
    }
  else if (what == 7 && live)
    {
      wmk_plan_delete (d->plan, id, "Delete", &error);
      g_assert_no_error (error);
      g_string_append_printf (sim->trace, " delete@%u", i);
    }
  else if (what == 8 && wmk_plan_can_undo (d->plan))
    {
      wmk_plan_undo (d->plan, &error);
      g_assert_no_error (error);
      g_string_append_printf (sim->trace, " undo@%u", i);
    }
  else
    {
      g_autoptr(GPtrArray) conflicts = wmk_store_list_conflicts (wmk_plan_get_store (d->plan), NULL);

      if (conflicts->len > 0)
        {
          WmkConflict *c = conflicts->pdata[0];
          WmkConflictValue *v = c->values->pdata[g_rand_int_range (sim->rand, 0, c->values->len)];
          g_autoptr(JsonNode) value = NULL;

          if (g_str_equal (c->kind, "edited-while-deleted") || g_str_equal (c->field, "_live"))
            value = json_node_init_boolean (json_node_alloc (), g_rand_boolean (sim->rand));
          else
            value = json_node_copy (v->value);
          wmk_sync_resolve (d->sync, c->entity,
                            g_str_equal (c->kind, "edited-while-deleted") ? "_live" : c->field,
                            value, &error);
          g_assert_no_error (error);
          g_string_append_printf (sim->trace, " resolve@%u", i);
        }
    }
}

static void
sim_backup_or_restore (Sim *sim, guint i)
{
  Device *d = sim->devices[i];

  device_close (d);
  if (sim->backups[i] == NULL)
    {
      sim->backups[i] = g_strconcat (d->db, ".backup", NULL);
      copy_file (d->db, sim->backups[i], -1);
      g_string_append_printf (sim->trace, " backup@%u", i);
    }
  else
    {
      g_autofree char *wal = g_strconcat (d->db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (d->db, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      copy_file (sim->backups[i], d->db, -1);
      g_clear_pointer (&sim->backups[i], g_free);
      g_string_append_printf (sim->trace, " restore@%u", i);
    }
  device_open (d);
}

static void
sim_check (Sim *sim)
{
  g_autofree char *first = device_dump (sim->devices[0]);
  g_autofree char *export0 = device_export (sim->devices[0]);

  for (guint i = 1; i < sim->n; i++)
    {
      g_autofree char *dump = device_dump (sim->devices[i]);
      g_autofree char *exported = device_export (sim->devices[i]);

      if (g_strcmp0 (first, dump) != 0 || g_strcmp0 (export0, exported) != 0)
        g_error ("devices 0 and %u differ; trace:%s\n--- 0\n%s\n--- %u\n%s", i, sim->trace->str,
                 first, i, dump);
    }

  /* Idempotence: reading every file again changes nothing. */
  {
    Device *d = sim->devices[g_rand_int_range (sim->rand, 0, sim->n)];
    g_autoptr(WmkJournalReader) reader = wmk_journal_reader_new (wmk_plan_get_store (d->plan),
                                                                 d->share);
    WmkApplyStats stats;
    guint n_read;
    g_autofree char *again = NULL;

    wmk_journal_reader_forget (reader);
    wmk_apply_stats_init (&stats);
    g_assert_true (wmk_journal_reader_scan (reader, &stats, &n_read, NULL));
    g_assert_cmpuint (stats.applied, ==, 0);
    wmk_apply_stats_clear (&stats);
    again = device_dump (d);
    g_assert_cmpstr (again, ==, first);
  }
}

static void
run_seed (guint32 seed, const char *base)
{
  Sim sim = { 0 };
  g_autofree char *share0 = NULL;
  guint steps;

  sim.rand = g_rand_new_with_seed (seed);
  sim.dir = g_strdup_printf ("%s/seed-%u", base, seed);
  sim.n = g_rand_int_range (sim.rand, 2, 9);
  sim.devices = g_new0 (Device *, sim.n);
  sim.backups = g_new0 (char *, sim.n);
  sim.ids = g_ptr_array_new_with_free_func (g_free);
  sim.trace = g_string_new (NULL);
  g_string_append_printf (sim.trace, " WAYMARK_SYNC_SEED=%u devices=%u:", seed, sim.n);
  g_mkdir_with_parents (sim.dir, 0755);

  share0 = g_build_filename (sim.dir, "share0", NULL);
  sim.devices[0] = device_new_first (sim.dir, share0);
  for (guint i = 1; i < sim.n; i++)
    {
      g_autofree char *share = g_strdup_printf ("%s/share%u", sim.dir, i);
      g_autofree char *from = g_build_filename (share0, "plan.wmk", NULL);
      g_autofree char *to = g_build_filename (share, "plan.wmk", NULL);

      copy_file (from, to, -1);
      sim.devices[i] = device_new_joined (sim.dir, i, share);
    }

  steps = g_rand_int_range (sim.rand, 10, 40);
  for (guint s = 0; s < steps; s++)
    {
      guint i = g_rand_int_range (sim.rand, 0, sim.n);
      guint what = g_rand_int_range (sim.rand, 0, 20);

      if (what < 10)
        sim_edit (&sim, i);
      else if (what < 14)
        wmk_sync_result_free (device_sync (sim.devices[i]));
      else if (what < 19)
        deliver (&sim, i, (i + 1 + g_rand_int_range (sim.rand, 0, sim.n - 1)) % sim.n, FALSE);
      else
        sim_backup_or_restore (&sim, i);
    }

  /* Heal: every device publishes (its audit republishes what faults cost),
   * and every file reaches every view. */
  for (guint round = 0; round < 3; round++)
    {
      for (guint i = 0; i < sim.n; i++)
        {
          device_close (sim.devices[i]);
          device_open (sim.devices[i]);
          wmk_sync_result_free (device_sync (sim.devices[i]));
        }
      for (guint i = 0; i < sim.n; i++)
        for (guint j = 0; j < sim.n; j++)
          if (i != j)
            deliver (&sim, i, j, TRUE);
      for (guint i = 0; i < sim.n; i++)
        wmk_sync_result_free (device_sync (sim.devices[i]));
    }
  sim_check (&sim);

  for (guint i = 0; i < sim.n; i++)
    {
      device_free (sim.devices[i]);
      g_free (sim.backups[i]);
    }
  g_free (sim.devices);
  g_free (sim.backups);
  g_ptr_array_unref (sim.ids);
  g_string_free (sim.trace, TRUE);
  g_rand_free (sim.rand);
  wmk_test_remove_dir (sim.dir);
  g_free (sim.dir);
}

static void
test_sync_simulation (void)
{
  const char *env = g_getenv ("WAYMARK_SYNC_SEEDS");
  const char *one = g_getenv ("WAYMARK_SYNC_SEED");
  const char *from_env = g_getenv ("WAYMARK_SYNC_SEED_FROM");
  /* 2,000 seeds (the figure) took 124 s here on a shared 2-core
   * machine, about 60 ms each; the rest of test-sync 7 s. */
  guint n = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 2000;
  guint from = from_env ? MAX (1, (guint) g_ascii_strtoull (from_env, NULL, 10)) : 1;
  g_autofree char *base = NULL;

  /* Each seed makes up to 8 databases: in memory-backed /dev/shm where there
   * is one, fsync costs nothing and a seed takes a fraction of a second. */
  if (g_access ("/dev/shm", W_OK) == 0)
    {
      base = g_strdup ("/dev/shm/waymark-sim-XXXXXX");
      if (g_mkdtemp (base) == NULL)
        g_clear_pointer (&base, g_free);
    }
  if (base == NULL)
    base = wmk_test_make_dir ();

  if (one)
    run_seed ((guint32) g_ascii_strtoull (one, NULL, 10), base);
  else
    for (guint seed = from; seed < from + n; seed++)
      {
        if (g_test_verbose () || (seed - from + 1) % 1000 == 0)
          g_printerr ("seed %u\n", seed);
        run_seed (seed, base);
      }
  wmk_test_remove_dir (base);
}
