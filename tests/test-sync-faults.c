/* test-sync-faults.c: the simulation's sync engine and what goes wrong in
 * a shared folder (docs/sync.md §3.2, §3.6), included by test-sync-sim.c
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each laptop has its own view of the shared folder, as a sync engine
 * keeps one on every machine; deliver() is that engine copying files from
 * one view to another. The faults are what engines and people do to those
 * views: conflict copies under each product's name, truncated and
 * bit-flipped copies, a file visible half-written and completed later,
 * files deleted or damaged in place, a view put back to an older copy.
 */

static const char *const conflict_names[] = {
  ".sync-conflict-20260103-101010-ABCDEFG.wmj", " (Sam's conflicted copy 2026-01-03).wmj",
  "-DESKTOP-4F2.wmj", " (conflict copy 2023-02-01).wmj",
};

/* One column of a query on a database file, opened read-only beside the
 * plan (WAL lets it); ?1, if the query has it, is bound to @arg. */
static GPtrArray *
query_column (const char *db, const char *sql, const char *arg)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (handle));
  sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return rows;
}

static void
copy_tree (const char *from, const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_mkdir_with_parents (to, 0755);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *src = g_build_filename (from, name, NULL);
      g_autofree char *dst = g_build_filename (to, name, NULL);

      if (g_file_test (src, G_FILE_TEST_IS_DIR))
        copy_tree (src, dst);
      else
        copy_file (src, dst, -1);
    }
}

static char *
view_path (Sim *sim, guint i, const char *rel)
{
  return g_build_filename (sim->devices[i]->share, rel, NULL);
}

/* A copy visible half-written: where it goes, and all the bytes the
 * engine is downloading. */
typedef struct
{
  char   *path;
  GBytes *bytes;
} Partial;

static void
partial_free (Partial *partial)
{
  g_free (partial->path);
  g_bytes_unref (partial->bytes);
  g_free (partial);
}

/* Half-written copies become whole: the engine finishes the download of
 * the bytes it started with, whatever happened to the source since. */
static void
complete_partials (Sim *sim)
{
  for (guint k = 0; k < sim->partials->len; k++)
    {
      Partial *partial = sim->partials->pdata[k];
      g_autofree char *parent = g_path_get_dirname (partial->path);

      g_mkdir_with_parents (parent, 0755);  /* a view rolled back meanwhile */
      g_assert_true (g_file_set_contents (partial->path, g_bytes_get_data (partial->bytes, NULL),
                                          g_bytes_get_size (partial->bytes), NULL));
    }
  g_ptr_array_set_size (sim->partials, 0);
}

static gboolean
holds (const char *path, const char *contents, gsize size)
{
  g_autofree char *there = NULL;
  gsize there_size;

  return g_file_get_contents (path, &there, &there_size, NULL) && there_size == size
         && memcmp (there, contents, size) == 0;
}

/* Two different files under one name (clones, a restored laptop publishing
 * a range again, a copy damaged here): a real engine keeps both, the
 * newcomer under a name of its own. */
static void
keep_both (const char *dst, const char *contents, gsize size)
{
  g_autofree char *stem = g_strndup (dst, strlen (dst) - 4);

  for (guint n = 1; !holds (dst, contents, size); n++)
    {
      g_autofree char *name = g_strdup_printf ("%s.sync-conflict-%u.wmj", stem, n);

      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        {
          /* Copies of copies grow their names; past 255 bytes the file
           * system refuses one, as it would an engine. */
          g_file_set_contents (name, contents, size, NULL);
          return;
        }
      if (holds (name, contents, size))
        return;
    }
}

/* The simulated sync engine: some of @from's files appear in @to's view,
 * in random order; with @everything, all of them, intact. */
static void
deliver (Sim *sim, guint from, guint to, gboolean everything)
{
  g_autoptr(GPtrArray) files = list_journal (sim->devices[from]->share);

  if (!everything)
    complete_partials (sim);
  for (guint k = 0; k < files->len; k++)
    {
      guint pick = g_rand_int_range (sim->rand, k, files->len);
      const char *rel = files->pdata[pick];
      g_autofree char *src = view_path (sim, from, rel);
      g_autofree char *dst = view_path (sim, to, rel);
      g_autofree char *contents = NULL;
      gsize size;
      guint fault;

      files->pdata[pick] = files->pdata[k];
      files->pdata[k] = (gpointer) rel;
      if (!everything && g_rand_int_range (sim->rand, 0, 3) == 0)
        continue;  /* late */
      if (!g_file_get_contents (src, &contents, &size, NULL))
        continue;
      fault = everything ? 99 : g_rand_int_range (sim->rand, 0, 24);
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
      if (fault == 4 && !g_file_test (dst, G_FILE_TEST_EXISTS) && size > 1)
        {
          /* Visible half-written under its real name until a later delivery. */
          Partial *partial = g_new0 (Partial, 1);

          copy_file (src, dst, g_rand_int_range (sim->rand, 1, size));
          partial->path = g_strdup (dst);
          partial->bytes = g_bytes_new (contents, size);
          g_ptr_array_add (sim->partials, partial);
          g_string_append_printf (sim->trace, " half(%u>%u)", from, to);
          continue;
        }
      if (!g_file_test (dst, G_FILE_TEST_EXISTS))
        copy_file (src, dst, -1);
      else
        keep_both (dst, contents, size);
    }
}

/* A file of @i's view deleted, cut short or with its tail zeroed in place:
 * a person tidying up, an engine propagating a delete, a disk error. */
static void
damage_view (Sim *sim, guint i)
{
  g_autoptr(GPtrArray) files = list_journal (sim->devices[i]->share);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize size;
  guint how = g_rand_int_range (sim->rand, 0, 3);

  if (files->len == 0 || sim->restored[i])
    return;
  path = view_path (sim, i, files->pdata[g_rand_int_range (sim->rand, 0, files->len)]);
  if (!g_file_get_contents (path, &contents, &size, NULL) || size < 2)
    return;
  if (how == 0)
    g_unlink (path);
  else
    {
      gsize cut = g_rand_int_range (sim->rand, 1, size);

      if (how == 2)
        memset (contents + cut, 0, size - cut);
      g_assert_true (g_file_set_contents (path, contents, how == 1 ? cut : size, NULL));
    }
  sim->damaged[i] = TRUE;
  g_string_append_printf (sim->trace, " %s@%u", how == 0 ? "rm" : how == 1 ? "cut" : "zero", i);
}

/* A view copied aside, or put back to that older copy (a folder restored
 * by a person, a share remounted from an old snapshot). */
static void
snapshot_or_roll_back (Sim *sim, guint i)
{
  g_autofree char *journal = g_build_filename (sim->devices[i]->share, "journal", NULL);

  if (sim->restored[i])
    return;
  if (sim->snapshots[i] == NULL)
    {
      sim->snapshots[i] = g_strdup_printf ("%s/view%u-snapshot", sim->dir, i);
      copy_tree (journal, sim->snapshots[i]);
      g_string_append_printf (sim->trace, " snapshot@%u", i);
      return;
    }
  wmk_test_remove_dir (journal);
  copy_tree (sim->snapshots[i], journal);
  wmk_test_remove_dir (sim->snapshots[i]);
  g_clear_pointer (&sim->snapshots[i], g_free);
  sim->damaged[i] = TRUE;
  g_string_append_printf (sim->trace, " rollback@%u", i);
}
