/* test-sync-identity.c: copies, restores and forks of a plan database
 * (docs/sync.md §2.13), included by test-sync.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

static char *
writer_of (Device *d)
{
  return g_strdup (wmk_store_get_writer (wmk_plan_get_store (d->plan)));
}

static gboolean
has_warning (WmkSyncResult *result, const char *words)
{
  for (guint i = 0; i < result->warnings->len; i++)
    if (strstr (result->warnings->pdata[i], words))
      return TRUE;
  return FALSE;
}

static void
assert_writer (Device *d, gboolean same, const char *writer)
{
  g_autofree char *now = writer_of (d);

  g_assert_cmpint (g_str_equal (now, writer), ==, same);
}

/* Laptop B's clock, a second ahead of A's: two laptops never stamp in the
 * same millisecond by chance here. */
static gint64
clock_ahead (gpointer data)
{
  return g_get_real_time () / 1000 + 1000;
}

/* A plan file copied to another file takes a new writer before its first
 * edit, says so once, and both copies then edit and converge without a
 * single number used twice. */
static void
test_sync_copied_database (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  Device *a = device_new_first (dir, share);
  Device *b = g_new0 (Device, 1);
  g_autofree char *risk = add_risk (a, "Copied");
  g_autofree char *writer_a = NULL, *writer_b = NULL;
  g_autoptr(WmkSyncResult) first = NULL;

  wmk_sync_result_free (device_sync (a));
  device_close (a);
  b->db = g_build_filename (dir, "copy.waymark", NULL);
  b->share = g_strdup (share);
  b->author = g_strdup ("The copy");
  copy_file (a->db, b->db, -1);
  device_open (a);
  device_open (b);
  writer_a = writer_of (a);
  writer_b = writer_of (b);
  g_assert_cmpstr (writer_a, !=, writer_b);

  set_title (a, risk, "Edited in the original");
  set_title (b, risk, "Edited in the copy");
  first = device_sync (b);
  g_assert_true (has_warning (first, "copied"));
  wmk_sync_result_free (device_sync (a));
  wmk_sync_result_free (device_sync (b));
  g_assert_cmpint (count_forked_numbers (a->db), ==, 0);
  {
    g_autofree char *da = device_dump (a), *db = device_dump (b);
    g_autoptr(GPtrArray) conflicts = wmk_store_list_conflicts (wmk_plan_get_store (a->plan), NULL);

    g_assert_cmpstr (da, ==, db);
    g_assert_cmpuint (conflicts->len, ==, 1);  /* the two edits, as any two laptops' */
  }
  /* Opened again where it is, it is itself: no new writer. */
  device_close (b);
  device_open (b);
  g_free (writer_a);
  writer_a = writer_of (b);
  g_assert_cmpstr (writer_a, ==, writer_b);
  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}

/* A backup restored over the plan file, after the laptop had edited and
 * published more: it takes a new writer when it opens, even before it sees
 * the folder, so its next edit can never reuse a number (or, on a slow
 * clock, a stamp) of the edits it lost; those come back from the folder. */
static void
test_sync_restored_database (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.waymark", NULL);
  Device *a = device_new_first (dir, share);
  Device *b = device_new_joined (dir, 1, share);
  g_autofree char *risk = add_risk (a, "Before the backup");
  g_autofree char *before = NULL;

  wmk_sync_result_free (device_sync (a));
  device_close (a);
  copy_file (a->db, backup, -1);
  device_open (a);
  before = writer_of (a);
  set_title (a, risk, "After the backup");
  wmk_sync_result_free (device_sync (a));
  device_close (a);

  replace_database (a->db, backup);
  device_open (a);
  {
    g_autofree char *after = writer_of (a);
    g_assert_cmpstr (after, !=, before);
  }
  g_free (add_risk (a, "After the restore"));
  wmk_sync_result_free (device_sync (a));
  wmk_sync_result_free (device_sync (b));
  wmk_sync_result_free (device_sync (a));
  g_assert_cmpint (count_forked_numbers (a->db), ==, 0);
  {
    g_autofree char *da = device_dump (a), *db = device_dump (b);
    WmkEntity *entity = wmk_plan_lookup (a->plan, risk);

    g_assert_cmpstr (da, ==, db);
    g_assert_cmpstr (wmk_entity_get_string (entity, "title"), ==, "After the backup");
  }
  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}

/* One identity editing in two places that the marker cannot tell apart (a
 * whole home folder copied to a new laptop): both edits under one number
 * are kept, the fork is reported, and both laptops move to new writers and
 * converge. */
static void
test_sync_forked_identity (void)
{
  g_autofree char *dir = wmk_test_make_dir ();
  g_autofree char *share = g_build_filename (dir, "share", NULL);
  g_autofree char *state_a = g_strdup (g_getenv ("WAYMARK_STATE_DIR"));
  g_autofree char *state_b = g_build_filename (dir, "state-b", NULL);
  g_autofree char *other = g_build_filename (dir, "laptop-b", NULL);
  Device *a = device_new_first (dir, share);
  Device *b = g_new0 (Device, 1);
  g_autofree char *risk = add_risk (a, "Forked");
  g_autofree char *writer = NULL;
  g_autoptr(WmkSyncResult) seen = NULL;

  wmk_sync_result_free (device_sync (a));
  device_close (a);
  /* Laptop B: the same file name in its own folder tree, and a copy of A's
   * state folder, as a disk image restored onto a second machine gives. */
  g_mkdir_with_parents (other, 0755);
  b->db = g_build_filename (other, "dev0.waymark", NULL);
  b->share = g_strdup (share);
  b->author = g_strdup ("Laptop B");
  copy_file (a->db, b->db, -1);
  copy_tree (state_a, state_b);
  {
    /* B's marker names B's file, as it would on B's own disk. */
    g_autofree char *token = NULL, *marker = NULL, *contents = NULL, *canonical = NULL;
    g_auto(GStrv) lines = NULL;

    g_setenv ("WAYMARK_STATE_DIR", state_b, TRUE);
    g_autoptr(GPtrArray) rows = query_column (b->db, "SELECT value FROM local_meta WHERE key = ?1",
                                              "instance");

    token = g_strdup (rows->pdata[0]);
    marker = g_build_filename (state_b, "instances", token, NULL);
    g_assert_true (g_file_get_contents (marker, &contents, NULL, NULL));
    lines = g_strsplit (contents, "\n", 2);
    canonical = g_canonicalize_filename (b->db, NULL);
    g_free (contents);
    contents = g_strdup_printf ("%s\n%s", canonical, lines[1]);
    g_assert_true (g_file_set_contents (marker, contents, -1, NULL));
  }
  device_open (b);
  wmk_store_set_clock (wmk_plan_get_store (b->plan), clock_ahead, NULL);
  g_setenv ("WAYMARK_STATE_DIR", state_a, TRUE);
  device_open (a);
  writer = writer_of (a);
  assert_writer (b, TRUE, writer);  /* the marker could not tell */
  wmk_store_set_clock (wmk_plan_get_store (b->plan), clock_ahead, NULL);

  set_title (a, risk, "Edited on A");
  set_title (b, risk, "Edited on B");
  wmk_sync_result_free (device_sync (a));
  g_setenv ("WAYMARK_STATE_DIR", state_b, TRUE);
  seen = device_sync (b);
  g_assert_true (has_warning (seen, "same number"));
  g_assert_true (seen->new_epoch);
  assert_writer (b, FALSE, writer);
  g_setenv ("WAYMARK_STATE_DIR", state_a, TRUE);
  wmk_sync_result_free (device_sync (a));
  assert_writer (a, FALSE, writer);
  g_setenv ("WAYMARK_STATE_DIR", state_b, TRUE);
  wmk_sync_result_free (device_sync (b));
  g_setenv ("WAYMARK_STATE_DIR", state_a, TRUE);
  wmk_sync_result_free (device_sync (a));
  {
    g_autofree char *da = device_dump (a), *db = device_dump (b);

    g_assert_cmpstr (da, ==, db);
    g_assert_cmpint (count_forked_numbers (a->db), ==, 1);  /* both kept */
  }
  device_free (a);
  device_free (b);
  wmk_test_remove_dir (dir);
}
