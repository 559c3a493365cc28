/* test-sync-kill.c: processes killed with SIGKILL while they edit and sync
 * (docs/sync.md §3.5), included by test-sync.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-fault.h"

/* Kill test (docs/sync.md): a child process loops edit + sync round and is
 * killed with SIGKILL at random moments; after each kill the database is
 * intact, and at the end one more round publishes everything, so a fresh
 * copy joined from the folder holds exactly the same state. */

static G_GNUC_NORETURN void
kill_child (const char *db, guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(WmkPlan) plan = wmk_plan_open (db, NULL);
  g_autoptr(WmkSync) sync = NULL;

  if (plan == NULL)
    _exit (3);
  sync = wmk_sync_new (plan);
  for (guint i = 0;; i++)
    {
      g_autoptr(GListModel) risks = g_object_ref (wmk_plan_get_items (plan, "risk"));
      g_autofree char *title = g_strdup_printf ("k%u-%u", seed, i);

      if (g_list_model_get_n_items (risks) == 0 || g_rand_int_range (rand, 0, 4) == 0)
        {
          g_autoptr(JsonObject) fields = json_object_new ();
          json_object_set_string_member (fields, "title", title);
          g_free (wmk_plan_create (plan, "risk", fields, "Add", NULL));
        }
      else
        {
          g_autoptr(WmkEntity) risk = g_list_model_get_item (
            risks, g_rand_int_range (rand, 0, g_list_model_get_n_items (risks)));
          wmk_plan_set_string (plan, wmk_entity_get_id (risk), "title", title, NULL);
        }
      if (g_rand_boolean (rand))
        wmk_sync_result_free (wmk_sync_run_round (sync, NULL));
    }
}

static void
test_sync_kill (void)
{
  const char *env = g_getenv ("WAYMARK_SYNC_KILLS");
  guint kills = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 100;
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  g_autofree char *joined = g_build_filename (dir, "joined.waymark", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  Device *a = device_new_first (dir, share);
  g_autoptr(WmkPlan) copy = NULL;
  g_autoptr(GError) error = NULL;

  device_close (a);
  for (guint k = 0; k < kills; k++)
    {
      pid_t pid = fork ();
      int status;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        kill_child (a->db, k + 1);
      g_usleep (g_rand_int_range (rand, 2000, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      if (k % 10 == 9 || k + 1 == kills)
        {
          device_open (a);
          wmk_store_check_integrity (wmk_plan_get_store (a->plan), &error);
          g_assert_no_error (error);
          device_close (a);
        }
    }

  device_open (a);
  wmk_sync_result_free (device_sync (a));
  g_assert_cmpint (wmk_store_count_outbox (wmk_plan_get_store (a->plan)), ==, 0);
  copy = wmk_sync_join (share, joined, "Joiner", &error);
  g_assert_no_error (error);
  {
    g_autofree char *da = device_dump (a);
    g_autofree char *dc = wmk_store_dump_state (wmk_plan_get_store (copy));
    g_assert_cmpstr (da, ==, dc);
    g_assert_cmpint (wmk_store_count_ops (wmk_plan_get_store (a->plan)), >=, 1);
  }
  device_free (a);
  wmk_test_remove_dir (dir);
}

/* Kill test at the named fault points (wmk-fault.c): device A's child
 * process edits and syncs until it kills itself at the point, while device
 * B publishes edits for it to read. After every kill: the database is
 * intact, no (writer, seq) has two operations, at most one temp file of
 * ours is in the folder, and the next round (with its audit) publishes
 * everything and removes the temp file. At the end A and B converge, and a
 * copy joined from the folder alone holds the same state. */

static const struct
{
  const char *name;
  guint       hits;   /* killed at the 1st, 2nd … time the point is reached */
} fault_points[] = {
  { "journal-temp-partial", 3 },
  { "journal-temp-written", 3 },
  { "journal-before-mark", 3 },
  { "commit-mid-op", 3 },
  { "apply-mid-transaction", 1 },
  { "apply-before-remember", 1 },
  { "epoch-change", 1 },
};

static G_GNUC_NORETURN void
fault_child (const char *db, const char *point, guint hit)
{
  g_autoptr(WmkPlan) plan = NULL;
  g_autoptr(WmkSync) sync = NULL;

  /* Armed before opening: a restored database takes its new epoch there. */
  wmk_fault_arm (point, hit);
  plan = wmk_plan_open (db, NULL);
  if (plan == NULL)
    _exit (3);
  sync = wmk_sync_new (plan);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *title = g_strdup_printf ("%s %u", point, i);

      wmk_sync_result_free (wmk_sync_run_round (sync, NULL));
      json_object_set_string_member (fields, "title", title);
      g_free (wmk_plan_create (plan, "risk", fields, "Add", NULL));
    }
  _exit (4);  /* the point was never reached */
}

static guint
count_temp_files (const char *share, WmkStore *store)
{
  const char *writer = wmk_store_get_writer (store);
  g_autofree char *device = g_strndup (writer, strrchr (writer, '-') - writer);
  g_autofree char *path = g_build_filename (share, "journal", device, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir && (name = g_dir_read_name (dir)))
    n += g_str_has_suffix (name, ".tmp");
  return n;
}

static gint64
count_forked_numbers (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM (SELECT 1 FROM op "
                                               "GROUP BY writer, seq HAVING count(*) > 1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

static void
wait_for_own_kill (pid_t pid, const char *point)
{
  int status = 0;

  for (guint waited = 0; waitpid (pid, &status, WNOHANG) == 0; waited++)
    {
      if (waited == 3000)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          g_error ("fault point %s was not reached in 30 s", point);
        }
      g_usleep (10000);
    }
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("fault point %s: the child ended otherwise (status %d)", point, status);
}

static void
test_sync_fault_points (void)
{
  const char *env = g_getenv ("WAYMARK_SYNC_FAULT_ROUNDS");
  guint rounds = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 6;
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.waymark", NULL);
  g_autofree char *joined = g_build_filename (dir, "joined.waymark", NULL);
  g_autofree char *risk = NULL;
  g_autoptr(WmkPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  Device *a = device_new_first (dir, share);
  Device *b = device_new_joined (dir, 1, share);
  guint kills = 0;

  risk = add_risk (b, "Edited by B");
  wmk_sync_result_free (device_sync (b));
  wmk_sync_result_free (device_sync (a));
  device_close (a);
  {
    g_autofree char *contents = NULL;
    gsize length;
    g_assert_true (g_file_get_contents (a->db, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (backup, contents, length, NULL));
  }

  for (guint round = 0; round < rounds; round++)
    for (guint p = 0; p < G_N_ELEMENTS (fault_points); p++)
      for (guint hit = 1; hit <= fault_points[p].hits; hit++)
        {
          const char *point = fault_points[p].name;
          g_autofree char *title = g_strdup_printf ("B before %s %u", point, kills);
          pid_t pid;

          /* Something new for A to read. */
          set_title (b, risk, title);
          wmk_sync_result_free (device_sync (b));
          if (g_str_equal (point, "epoch-change"))
            replace_database (a->db, backup);

          pid = fork ();
          g_assert_cmpint (pid, >=, 0);
          if (pid == 0)
            fault_child (a->db, point, hit);
          wait_for_own_kill (pid, point);
          kills++;

          g_assert_cmpint (count_forked_numbers (a->db), ==, 0);
          device_open (a);
          wmk_store_check_integrity (wmk_plan_get_store (a->plan), &error);
          g_assert_no_error (error);
          g_assert_cmpuint (count_temp_files (share, wmk_plan_get_store (a->plan)), <=, 1);
          wmk_sync_result_free (device_sync (a));
          g_assert_cmpint (wmk_store_count_outbox (wmk_plan_get_store (a->plan)), ==, 0);
          g_assert_cmpuint (count_temp_files (share, wmk_plan_get_store (a->plan)), ==, 0);
          device_close (a);
        }
  g_assert_cmpuint (kills, >=, rounds * 15);

  device_open (a);
  wmk_sync_result_free (device_sync (a));
  wmk_sync_result_free (device_sync (b));
  wmk_sync_result_free (device_sync (a));
  copy = wmk_sync_join (share, joined, "Joiner", &error);
  g_assert_no_error (error);
  {
    g_autofree char *da = device_export (a);
    g_autofree char *db = device_export (b);
    g_autoptr(GBytes) bytes = wmk_plan_to_json (copy);
    g_autofree char *dc = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_true (g_str_equal (da, db));
    g_assert_true (g_str_equal (da, dc));
  }
  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}
