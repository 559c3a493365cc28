/* test-sync-sim.c: the seeded multi-device simulation of docs/sync.md §3.2,
 * included by test-sync.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 2 to 8 laptops, each with its own plan database, its own clock and its
 * own view of the shared folder (a real folder), edit at random; a
 * simulated sync engine copies files between the views (test-sync-faults.c):
 * a random subset in random order, some late, some under conflict-copy
 * names, truncated, bit-flipped or half-written for a while. Views lose
 * files, are damaged in place or go back to an older copy of themselves;
 * laptops are restored from an earlier copy of their database, copied to a
 * new machine, and some write fields and item types this build does not
 * know. Clocks are days wrong, frozen, or jump back.
 *
 * At the end every fault is healed, files are exchanged in full, and the
 * invariants of §3.1 are checked: identical state dumps and JSON exports;
 * no operation lost that ever left its laptop; a field in conflict exactly
 * when its heads hold two values; a from-scratch fold of every file in
 * another order giving the same state; re-reading everything changing
 * nothing.
 *
 * WAYMARK_SYNC_SEEDS sets the number of seeds, WAYMARK_SYNC_SEED_FROM the
 * first (so a long run can be split or resumed); WAYMARK_SYNC_SEED replays
 * one, printing its trace with --verbose. Seeds that once failed are kept in
 * tests/sync-traces/regressions.txt and replayed first on every run.
 */

#define SIM_MAX_DEVICES 8
#define SIM_BASE_MS     G_GINT64_CONSTANT (1893456000000)  /* 2030-01-01 */
#define HOUR_MS         G_GINT64_CONSTANT (3600000)
#define DAY_MS          (24 * HOUR_MS)

typedef struct
{
  const gint64 *now;        /* the simulation's true time */
  gint64        offset_ms;  /* how wrong this laptop's clock is */
  gint64        frozen_at;  /* a stuck clock reads this; 0 when it runs */
} SimClock;

typedef struct
{
  GRand     *rand;
  char      *dir;
  guint      n;
  gint64     now;
  Device    *devices[SIM_MAX_DEVICES];
  SimClock   clocks[SIM_MAX_DEVICES];
  char      *backups[SIM_MAX_DEVICES];    /* an earlier copy of each database */
  char      *snapshots[SIM_MAX_DEVICES];  /* an earlier copy of each view */
  gboolean   damaged[SIM_MAX_DEVICES];    /* its view lost or damaged files since its audit */
  gboolean   restored[SIM_MAX_DEVICES];   /* restored from a backup, not synced since */
  gboolean   newer[SIM_MAX_DEVICES];      /* writes fields and types v1 does not know */
  GPtrArray *ids;        /* risk ids known to anyone */
  GPtrArray *notes;      /* ids of items of a type this build does not know */
  GPtrArray *partials;   /* Partial: copies visible half-written */
  GHashTable *kept;      /* "writer seq hash" of every operation that must survive */
  GString   *trace;
} Sim;

static gint64
sim_clock_read (gpointer data)
{
  SimClock *clock = data;

  return clock->frozen_at ? clock->frozen_at : *clock->now + clock->offset_ms;
}

static void
sim_attach_clock (Sim *sim, guint i)
{
  wmk_store_set_clock (wmk_plan_get_store (sim->devices[i]->plan), sim_clock_read,
                       &sim->clocks[i]);
}

static void
sim_open (Sim *sim, guint i)
{
  device_open (sim->devices[i]);
  sim_attach_clock (sim, i);
}

static void
sim_reopen (Sim *sim, guint i)
{
  device_close (sim->devices[i]);
  sim_open (sim, i);
}

/* The profiles the Python model of SYNC.md §3.3 used, and anything between. */
static void
sim_pick_clock (Sim *sim, guint i)
{
  static const gint64 profiles[] = { 0, -3 * HOUR_MS, 5 * 60000, 2 * DAY_MS, -7 * DAY_MS };
  SimClock *clock = &sim->clocks[i];
  guint pick = g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (profiles) + 2);

  clock->now = &sim->now;
  clock->offset_ms = pick < G_N_ELEMENTS (profiles)
                       ? profiles[pick]
                       : (gint64) g_rand_double_range (sim->rand, -7.0 * DAY_MS, 2.0 * DAY_MS);
  clock->offset_ms += i;  /* no two laptops read the same millisecond */
  clock->frozen_at = g_rand_int_range (sim->rand, 0, 10) == 0 ? sim->now + clock->offset_ms : 0;
  g_string_append_printf (sim->trace, " clock%u=%+" G_GINT64_FORMAT "min%s", i,
                          clock->offset_ms / 60000, clock->frozen_at ? "(frozen)" : "");
}

static void
sim_clock_event (Sim *sim, guint i)
{
  SimClock *clock = &sim->clocks[i];

  if (g_rand_boolean (sim->rand))
    {
      clock->offset_ms -= g_rand_int_range (sim->rand, 60000, (gint32) DAY_MS);
      g_string_append_printf (sim->trace, " clock-back@%u", i);
    }
  else
    {
      clock->frozen_at = clock->frozen_at ? 0 : sim->now + clock->offset_ms;
      g_string_append_printf (sim->trace, " clock-%s@%u", clock->frozen_at ? "freeze" : "run", i);
    }
}

#include "test-sync-faults.c"

/* A laptop running a newer Waymark: fields and item types this build does
 * not know, which every laptop must apply generically and pass on. */
static void
sim_edit_newer (Sim *sim, guint i)
{
  Device *d = sim->devices[i];
  WmkStore *store = wmk_plan_get_store (d->plan);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_op_unref);
  g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  WmkOp *op;

  if (sim->notes->len == 0 || g_rand_boolean (sim->rand))
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = g_uuid_string_random ();

      json_object_set_string_member (fields, "title", "A note of a newer Waymark");
      op = wmk_op_new (WMK_OP_CREATE, "future_note", id);
      op->value = wmk_json_new_object (json_object_ref (fields));
      g_ptr_array_add (sim->notes, g_strdup (id));
      g_string_append_printf (sim->trace, " create-future@%u", i);
    }
  else if (sim->ids->len > 0 && g_rand_boolean (sim->rand))
    {
      op = wmk_op_new (WMK_OP_SET, "risk",
                       sim->ids->pdata[g_rand_int_range (sim->rand, 0, sim->ids->len)]);
      op->field = g_strdup ("future_score");
      op->value = wmk_json_new_int (g_rand_int_range (sim->rand, 0, 3));
      g_string_append_printf (sim->trace, " set-future-field@%u", i);
    }
  else
    {
      op = wmk_op_new (WMK_OP_SET, "future_note",
                       sim->notes->pdata[g_rand_int_range (sim->rand, 0, sim->notes->len)]);
      op->field = g_strdup ("title");
      op->value = wmk_json_new_string (g_rand_boolean (sim->rand) ? "n1" : "n2");
      g_string_append_printf (sim->trace, " set-future@%u", i);
    }
  if (op->kind != WMK_OP_CREATE)
    {
      g_autoptr(WmkRecord) record = wmk_store_read (store, op->entity, NULL);

      if (record == NULL)
        {
          wmk_op_unref (op);  /* created elsewhere, not here yet */
          return;
        }
    }
  g_ptr_array_add (ops, op);
  g_assert_true (wmk_store_commit (store, ops, d->author, "Newer edit", WMK_COMMIT_EDIT, touched,
                                   &error));
  g_assert_no_error (error);
  g_assert_true (wmk_plan_apply_changes (d->plan, touched, &error));
  g_assert_no_error (error);
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

  if (sim->newer[i] && g_rand_int_range (sim->rand, 0, 3) == 0)
    sim_edit_newer (sim, i);
  else if (what < 3 || id == NULL)
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
sim_sync (Sim *sim, guint i)
{
  wmk_sync_result_free (device_sync (sim->devices[i]));
  sim->restored[i] = FALSE;
}

/* What a laptop holds now must survive, except its own changes that never
 * left it when its database is about to be replaced by a backup. */
static void
sim_keep_ops (Sim *sim, guint i, gboolean losing_database)
{
  const char *writer = wmk_store_get_writer (wmk_plan_get_store (sim->devices[i]->plan));
  g_autofree char *sql = g_strdup_printf (
    "SELECT writer || ' ' || seq || ' ' || hash FROM op WHERE %s", losing_database
      ? "NOT (writer = ?1 AND seq IN (SELECT seq FROM outbox))"
        " AND NOT EXISTS (SELECT 1 FROM old_outbox o WHERE o.writer = op.writer AND o.seq = op.seq)"
      : "1");
  g_autoptr(GPtrArray) rows = query_column (sim->devices[i]->db, sql, writer);

  for (guint k = 0; k < rows->len; k++)
    g_hash_table_add (sim->kept, g_strdup (rows->pdata[k]));
}

static void
sim_backup_or_restore (Sim *sim, guint i)
{
  Device *d = sim->devices[i];

  if (sim->backups[i] && sim->damaged[i])
    {
      /* The hourly audit repairs the view before the disk dies: losing both
       * copies of a change at once is not a fault sync can survive. */
      sim_reopen (sim, i);
      sim_sync (sim, i);
      sim->damaged[i] = FALSE;
    }
  if (sim->backups[i])
    sim_keep_ops (sim, i, TRUE);
  device_close (d);
  if (sim->backups[i] == NULL)
    {
      sim->backups[i] = g_strconcat (d->db, ".backup", NULL);
      copy_file (d->db, sim->backups[i], -1);
      g_string_append_printf (sim->trace, " backup@%u", i);
    }
  else
    {
      replace_database (d->db, sim->backups[i]);
      g_clear_pointer (&sim->backups[i], g_free);
      /* Until it syncs, the changes the backup lacks are only in its view
       * (and perhaps nowhere else yet): losing that view too would be a
       * second fault at once. */
      sim->restored[i] = TRUE;
      g_string_append_printf (sim->trace, " restore@%u", i);
    }
  sim_open (sim, i);
}

/* The database and the synced folder of laptop @from copied to a new
 * machine, which goes on editing: it must take a new identity before its
 * first edit (wmk-store-instance.c). */
static void
sim_clone (Sim *sim, guint from)
{
  guint i = sim->n++;
  Device *d = g_new0 (Device, 1);
  g_autoptr(GError) error = NULL;

  device_close (sim->devices[from]);
  d->db = g_strdup_printf ("%s/dev%u.waymark", sim->dir, i);
  d->share = g_strdup_printf ("%s/share%u", sim->dir, i);
  d->author = g_strdup_printf ("Device %u", i);
  copy_file (sim->devices[from]->db, d->db, -1);
  copy_tree (sim->devices[from]->share, d->share);
  sim->devices[i] = d;
  sim->newer[i] = sim->newer[from];
  sim_pick_clock (sim, i);
  sim_open (sim, from);
  sim_open (sim, i);
  g_assert_cmpstr (wmk_store_get_writer (wmk_plan_get_store (d->plan)), !=,
                   wmk_store_get_writer (wmk_plan_get_store (sim->devices[from]->plan)));
  wmk_sync_bind (d->sync, d->share, &error);
  g_assert_no_error (error);
  g_string_append_printf (sim->trace, " clone%u>%u", from, i);
}

static char *
sim_describe (Sim *sim)
{
  return g_strdup_printf ("WAYMARK_SYNC_SEED trace:%s", sim->trace->str);
}

/* §3.1 4: a field is in conflict exactly when its heads carry two or more
 * distinct values. */
static void
sim_check_conflicts (Sim *sim, Device *d)
{
  g_autoptr(GPtrArray) listed = query_column (d->db, "SELECT e || ' ' || f FROM conflict "
                                                     "ORDER BY 1", NULL);
  g_autoptr(GPtrArray) derived = query_column (
    d->db, "SELECT e || ' ' || f FROM field_head GROUP BY e, f "
           "HAVING count(DISTINCT kind || ':' || quote(value)) > 1 ORDER BY 1", NULL);

  if (listed->len != derived->len)
    g_error ("%u fields listed in conflict, %u with two values; %s", listed->len, derived->len,
             sim_describe (sim));
  for (guint k = 0; k < listed->len; k++)
    if (!g_str_equal (listed->pdata[k], derived->pdata[k]))
      g_error ("conflict %s listed, %s has two values; %s", (char *) listed->pdata[k],
               (char *) derived->pdata[k], sim_describe (sim));
}

/* §3.1 3: every file of every view, gathered in one folder under other
 * names and folded into a new database from nothing. */
static char *
sim_fold_from_scratch (Sim *sim)
{
  g_autofree char *folder = g_build_filename (sim->dir, "everything", NULL);
  g_autofree char *db = g_build_filename (sim->dir, "fold.waymark", NULL);
  g_autofree char *marker_from = g_build_filename (sim->devices[0]->share, "plan.wmk", NULL);
  g_autofree char *marker_to = g_build_filename (folder, "plan.wmk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = NULL;

  copy_file (marker_from, marker_to, -1);
  for (guint i = sim->n; i-- > 0;)
    {
      g_autoptr(GPtrArray) files = list_journal (sim->devices[i]->share);

      for (guint k = 0; k < files->len; k++)
        {
          g_autofree char *src = g_build_filename (sim->devices[i]->share, files->pdata[k], NULL);
          g_autofree char *name = g_strdup_printf ("view%u-%u.wmj", i, k);
          g_autofree char *dst = g_build_filename (folder, "journal", "all", name, NULL);

          copy_file (src, dst, -1);
        }
    }
  plan = wmk_sync_join (folder, db, "Fold", &error);
  g_assert_no_error (error);
  return wmk_store_dump_state (wmk_plan_get_store (plan));
}

static void
sim_check (Sim *sim)
{
  g_autofree char *first = device_dump (sim->devices[0]);
  g_autofree char *export0 = device_export (sim->devices[0]);
  g_autoptr(GPtrArray) held = query_column (sim->devices[0]->db,
                                            "SELECT writer || ' ' || seq || ' ' || hash FROM op",
                                            NULL);
  g_autoptr(GHashTable) have = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  const char *op;

  for (guint i = 1; i < sim->n; i++)
    {
      g_autofree char *dump = device_dump (sim->devices[i]);
      g_autofree char *exported = device_export (sim->devices[i]);

      if (g_strcmp0 (first, dump) != 0 || g_strcmp0 (export0, exported) != 0)
        g_error ("devices 0 and %u differ; %s\n--- 0\n%s\n--- %u\n%s", i, sim_describe (sim),
                 first, i, dump);
    }

  /* §3.1 2: no operation that ever left its laptop is lost. */
  for (guint k = 0; k < held->len; k++)
    g_hash_table_add (have, held->pdata[k]);
  g_hash_table_iter_init (&iter, sim->kept);
  while (g_hash_table_iter_next (&iter, (gpointer *) &op, NULL))
    if (!g_hash_table_contains (have, op))
      g_error ("operation %s was lost; %s", op, sim_describe (sim));

  sim_check_conflicts (sim, sim->devices[0]);

  {
    g_autofree char *folded = sim_fold_from_scratch (sim);
    if (g_strcmp0 (first, folded) != 0)
      g_error ("a fold from scratch differs; %s\n--- devices\n%s\n--- fold\n%s",
               sim_describe (sim), first, folded);
  }

  /* §3.1 5: reading every file again changes nothing. */
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
sim_step (Sim *sim)
{
  guint i = g_rand_int_range (sim->rand, 0, sim->n);
  guint what = g_rand_int_range (sim->rand, 0, 100);

  sim->now += g_rand_int_range (sim->rand, 1000, 2 * (gint32) HOUR_MS);
  if (what < 45)
    sim_edit (sim, i);
  else if (what < 60 || (what >= 94 && (what >= 96 || sim->n == SIM_MAX_DEVICES)))
    {
      sim_sync (sim, i);
      g_string_append_printf (sim->trace, " sync@%u", i);
    }
  else if (what < 78)
    {
      guint to = (i + 1 + g_rand_int_range (sim->rand, 0, sim->n - 1)) % sim->n;

      g_string_append_printf (sim->trace, " deliver(%u>%u)", i, to);
      deliver (sim, i, to, FALSE);
    }
  else if (what < 82)
    sim_backup_or_restore (sim, i);
  else if (what < 86)
    sim_clock_event (sim, i);
  else if (what < 91)
    damage_view (sim, i);
  else if (what < 94)
    snapshot_or_roll_back (sim, i);
  else
    sim_clone (sim, i);
}

static void
run_seed (guint32 seed, const char *base)
{
  Sim sim = { 0 };
  g_autofree char *share0 = NULL;
  guint steps;

  /* Device ids and epochs come from g_random: the same seed, the same run. */
  g_random_set_seed (seed);
  sim.rand = g_rand_new_with_seed (seed);
  sim.dir = g_strdup_printf ("%s/seed-%u", base, seed);
  sim.n = g_rand_int_range (sim.rand, 2, SIM_MAX_DEVICES + 1);
  sim.now = SIM_BASE_MS;
  sim.ids = g_ptr_array_new_with_free_func (g_free);
  sim.notes = g_ptr_array_new_with_free_func (g_free);
  sim.partials = g_ptr_array_new_with_free_func ((GDestroyNotify) partial_free);
  sim.kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  for (guint i = 0; i < sim.n; i++)
    {
      sim.newer[i] = g_rand_int_range (sim.rand, 0, 4) == 0;
      sim_pick_clock (&sim, i);
      sim_attach_clock (&sim, i);
    }

  steps = g_rand_int_range (sim.rand, 10, 50);
  for (guint s = 0; s < steps; s++)
    sim_step (&sim);

  /* Heal: every view is repaired, every laptop restarts (its audit
   * republishes what faults cost) and every file reaches every view. */
  complete_partials (&sim);
  for (guint i = 0; i < sim.n; i++)
    sim_keep_ops (&sim, i, FALSE);
  for (guint round = 0; round < 3; round++)
    {
      for (guint i = 0; i < sim.n; i++)
        {
          sim_reopen (&sim, i);
          sim_sync (&sim, i);
        }
      for (guint i = 0; i < sim.n; i++)
        for (guint j = 0; j < sim.n; j++)
          if (i != j)
            deliver (&sim, i, j, TRUE);
      for (guint i = 0; i < sim.n; i++)
        sim_sync (&sim, i);
    }
  if (g_test_verbose ())
    g_printerr ("%s\n", sim.trace->str);
  sim_check (&sim);

  for (guint i = 0; i < sim.n; i++)
    {
      device_free (sim.devices[i]);
      g_free (sim.backups[i]);
      g_free (sim.snapshots[i]);
    }
  g_ptr_array_unref (sim.ids);
  g_ptr_array_unref (sim.notes);
  g_ptr_array_unref (sim.partials);
  g_hash_table_unref (sim.kept);
  g_string_free (sim.trace, TRUE);
  g_rand_free (sim.rand);
  wmk_test_remove_dir (sim.dir);
  g_free (sim.dir);
}

/* Seeds that once failed, one per line, "#" starting a comment. */
static GArray *
regression_seeds (void)
{
  GArray *seeds = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_SOURCE_DIR"), "tests",
                                            "sync-traces", "regressions.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint k = 0; lines[k]; k++)
    {
      guint32 seed;

      g_strstrip (lines[k]);
      if (lines[k][0] == '\0' || lines[k][0] == '#')
        continue;
      seed = (guint32) g_ascii_strtoull (lines[k], NULL, 10);
      g_array_append_val (seeds, seed);
    }
  return seeds;
}

static void
test_sync_simulation (void)
{
  const char *env = g_getenv ("WAYMARK_SYNC_SEEDS");
  const char *one = g_getenv ("WAYMARK_SYNC_SEED");
  const char *from_env = g_getenv ("WAYMARK_SYNC_SEED_FROM");
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
    {
      g_autoptr(GArray) regressions = regression_seeds ();

      for (guint k = 0; k < regressions->len; k++)
        run_seed (g_array_index (regressions, guint32, k), base);
      for (guint seed = from; seed < from + n; seed++)
        {
          if (g_test_verbose () || (seed - from + 1) % 1000 == 0)
            g_printerr ("seed %u\n", seed);
          run_seed (seed, base);
        }
    }
  wmk_test_remove_dir (base);
}
