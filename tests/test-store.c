/* test-store.c: the plan database: nothing committed is ever lost
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = wmk_test_make_dir ();
  f->path = g_build_filename (f->dir, "plan.waymark", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static WmkPlan *
open_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  WmkPlan *plan = wmk_plan_open (path, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
add_action (WmkPlan *plan, const char *ref, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add an action");
  g_autoptr(JsonObject) fields = json_object_new ();
  char *id;

  json_object_set_string_member (fields, "ref", ref);
  json_object_set_string_member (fields, "text", text);
  id = wmk_edit_create (edit, "action", fields, &error);
  g_assert_no_error (error);
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);
  return id;
}

static void
set_string (WmkPlan *plan, const char *id, const char *field, const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = wmk_json_new_string (value);

  wmk_plan_set (plan, id, field, node, &error);
  g_assert_no_error (error);
}

static const char *
field_of (WmkPlan *plan, const char *id, const char *field)
{
  return wmk_entity_get_string (wmk_plan_lookup (plan, id), field);
}

static void
test_reopen_keeps_everything (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", "Shayna Stanbury", &error);
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *id = NULL;
  g_autofree char *role = NULL;

  g_assert_no_error (error);
  id = add_action (plan, "3.3.1", "Complete the oldest reviews");
  set_string (plan, id, "due", "2023-04-30");
  set_string (plan, id, "rag", "amber");
  {
    g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add a role");
    g_autoptr(JsonObject) fields = json_object_new ();
    json_object_set_string_member (fields, "title", "Interim SEND Strategic Director");
    role = wmk_edit_create (edit, "role", fields, &error);
    wmk_edit_link (edit, id, "roles", role, &error);
    wmk_plan_commit (plan, edit, &error);
    g_assert_no_error (error);
  }
  before = wmk_plan_to_json (plan);
  g_clear_object (&plan);

  plan = open_plan (f->path);
  after = wmk_plan_to_json (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpstr (field_of (plan, id, "rag"), ==, "amber");
  g_assert_true (wmk_entity_links_to (wmk_plan_lookup (plan, id), "roles", role));
  history = wmk_plan_history (plan, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4); /* created, due, rag, linked */
  g_assert_cmpstr (((WmkChange *) history->pdata[2])->author, ==, "Shayna Stanbury");
}

static void
test_undo_redo_after_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", NULL, &error);
  g_autofree char *id = add_action (plan, "1.2.4", "Develop a joint dashboard");

  set_string (plan, id, "due", "2023-04-30");
  set_string (plan, id, "due", "2023-06-30");
  g_clear_object (&plan);

  plan = open_plan (f->path);
  g_assert_true (wmk_plan_can_undo (plan));
  wmk_plan_undo (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (field_of (plan, id, "due"), ==, "2023-04-30");
  g_clear_object (&plan);

  plan = open_plan (f->path);
  g_assert_true (wmk_plan_can_redo (plan));
  wmk_plan_redo (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (field_of (plan, id, "due"), ==, "2023-06-30");

  /* Undo all the way back: the action itself goes, then nothing is left. */
  while (wmk_plan_can_undo (plan))
    {
      wmk_plan_undo (plan, &error);
      g_assert_no_error (error);
    }
  g_assert_false (wmk_entity_get_live (wmk_plan_lookup (plan, id)));
  g_assert_false (wmk_plan_undo (plan, &error));
  g_assert_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  /* The undos are in the log too: nothing is erased. */
  {
    g_autoptr(GPtrArray) history = wmk_plan_history (plan, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (history->len, >=, 6);
  }
}

static void
test_undo_delete_restores_subtree (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", NULL, &error);
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add");
  g_autofree char *objective = NULL, *a = NULL, *b = NULL;
  GListModel *actions = wmk_plan_get_items (plan, "action");

  json_object_set_string_member (fields, "ref", "1.2");
  objective = wmk_edit_create (edit, "objective", fields, &error);
  json_object_set_string_member (fields, "ref", "1.2.1");
  json_object_set_string_member (fields, "parent", objective);
  a = wmk_edit_create (edit, "action", fields, &error);
  json_object_set_string_member (fields, "ref", "1.2.3");
  b = wmk_edit_create (edit, "action", fields, &error);
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);

  g_clear_pointer (&edit, wmk_edit_free);
  edit = wmk_plan_begin (plan, "Delete 1.2");
  wmk_edit_delete (edit, objective, &error);
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);

  wmk_plan_undo (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_true (wmk_entity_get_live (wmk_plan_lookup (plan, objective)));
}

static void
load_fixture (const char *sql_path, const char *db_path)
{
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_file_get_contents (sql_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_migrate_from_version_1 (Fixture *f, gconstpointer data)
{
  g_autofree char *fixture = g_build_filename (g_getenv ("WAYMARK_SOURCE_DIR"), "tests",
                                               "fixtures", "plan-v1.sql", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autoptr(GPtrArray) history = NULL;
  WmkEntity *action;

  load_fixture (fixture, f->path);
  plan = open_plan (f->path);
  g_assert_cmpint (wmk_store_get_schema_version (wmk_plan_get_store (plan)), ==,
                   WMK_STORE_SCHEMA_VERSION);

  action = wmk_plan_resolve (plan, "3.3.1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wmk_entity_get_string (action, "rag"), ==, "amber");
  g_assert_cmpstr (wmk_entity_get_string (action, "due"), ==, "2023-04-30");
  history = wmk_plan_history (plan, wmk_entity_get_id (action), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((WmkChange *) history->pdata[1])->author, ==, "Jackie Ross");

  /* The migrated plan takes edits and undoes the edit made before the upgrade. */
  set_string (plan, wmk_entity_get_id (action), "rag", "green");
  wmk_plan_undo (plan, &error);
  wmk_plan_undo (plan, &error);
  g_assert_no_error (error);
  g_assert_null (wmk_entity_get_string (action, "rag"));
}

static void
test_refuses_without_touching (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", NULL, &error);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *sum = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&plan);

  /* A plan from a newer Waymark. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL);
  sqlite3_close (db);
  sum = wmk_test_file_checksum (f->path);
  g_assert_null (wmk_plan_open (f->path, &error));
  g_assert_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version of Waymark"));
  wmk_assert_file_unchanged (f->path, sum);
  g_clear_error (&error);

  /* A text file. */
  g_file_set_contents (text, "Board minutes, 22 February 2023\n", -1, NULL);
  g_free (sum);
  sum = wmk_test_file_checksum (text);
  g_assert_null (wmk_plan_open (text, &error));
  g_assert_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN);
  wmk_assert_file_unchanged (text, sum);
  g_clear_error (&error);

  /* Another program's database. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL, NULL);
  sqlite3_close (db);
  g_free (sum);
  sum = wmk_test_file_checksum (other);
  g_assert_null (wmk_plan_open (other, &error));
  g_assert_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN);
  wmk_assert_file_unchanged (other, sum);
}

static void
test_edits_after_another_writer (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", NULL, &error);
  g_autofree char *id = add_action (plan, "3.3.1", "Complete the oldest reviews");
  g_autoptr(WmkPlan) other = NULL;
  g_autofree char *other_id = NULL;

  set_string (plan, id, "note", "first");
  /* Another program (the command line, sync) writes while the plan is open. */
  other = open_plan (f->path);
  other_id = add_action (other, "3.3.2", "Implement Power BI tracking");
  g_clear_object (&other);

  /* The open plan must still take edits: no statement may hold an old snapshot. */
  set_string (plan, id, "note", "second");
  set_string (plan, id, "note", "third");
  g_assert_cmpstr (field_of (plan, id, "note"), ==, "third");
  g_assert_true (wmk_plan_undo (plan, &error));
  g_assert_no_error (error);
}

/* The kill test: a child process commits edits in a loop and reports each one
 * after its commit returns; it is killed with SIGKILL at a random moment. No
 * reported edit may be missing afterwards, and the database must be intact. */

static int
run_child_writer (const char *path, const char *id)
{
  g_autoptr(WmkPlan) plan = open_plan (path);
  const char *last = field_of (plan, id, "note");

  /* Numbers go on from the last run's, so every report names one edit. */
  for (guint i = last ? (guint) g_ascii_strtoull (last, NULL, 10) + 1 : 1;; i++)
    {
      g_autofree char *note = g_strdup_printf ("%u", i);
      set_string (plan, id, "note", note);
      g_print ("%u\n", i);
      fflush (stdout);
    }
  return 0;
}

static guint
last_reported (const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output ? output : "", "\n", -1);
  guint last = 0;

  for (guint i = 0; lines[i]; i++)
    if (*lines[i])
      last = (guint) g_ascii_strtoull (lines[i], NULL, 10);
  return last;
}

static void
test_sigkill_loses_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_new_empty (f->path, "A plan", NULL, &error);
  g_autofree char *id = add_action (plan, "3.1.2", "Reduce caseload from 500 to 200");
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint kills = g_test_slow () ? 500 : 100;
  guint total = 0;

  g_clear_object (&plan);
  for (guint k = 0; k < kills; k++)
    {
      const char *argv[] = { NULL, "--child-writer", f->path, id, NULL };
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GBytes) out = NULL;
      g_autofree char *text = NULL;
      guint reported, stored;
      const char *note;
      guint before;

      argv[0] = self;
      before = total;
      child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 20, 150) * 1000);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_communicate (child, NULL, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child));
      text = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
      reported = MAX (last_reported (text), before);

      plan = open_plan (f->path);
      g_assert_true (wmk_store_check_integrity (wmk_plan_get_store (plan), &error));
      g_assert_no_error (error);
      note = field_of (plan, id, "note");
      stored = note ? (guint) g_ascii_strtoull (note, NULL, 10) : 0;
      /* Everything reported was committed; at most one more may have been. */
      g_assert_cmpuint (stored, >=, reported);
      g_assert_cmpuint (stored, <=, reported + 1);
      total = stored;
      g_clear_object (&plan);
    }
  g_test_message ("%u kills, %u edits committed", kills, total);
}

int
main (int argc, char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "--child-writer"))
    return run_child_writer (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/wmk/store/reopen-keeps-everything", Fixture, NULL, fixture_set_up,
              test_reopen_keeps_everything, fixture_tear_down);
  g_test_add ("/wmk/store/undo-redo-after-reopen", Fixture, NULL, fixture_set_up,
              test_undo_redo_after_reopen, fixture_tear_down);
  g_test_add ("/wmk/store/undo-delete-restores-subtree", Fixture, NULL, fixture_set_up,
              test_undo_delete_restores_subtree, fixture_tear_down);
  g_test_add ("/wmk/store/migrate-from-version-1", Fixture, NULL, fixture_set_up,
              test_migrate_from_version_1, fixture_tear_down);
  g_test_add ("/wmk/store/refuses-without-touching", Fixture, NULL, fixture_set_up,
              test_refuses_without_touching, fixture_tear_down);
  g_test_add ("/wmk/store/edits-after-another-writer", Fixture, NULL, fixture_set_up,
              test_edits_after_another_writer, fixture_tear_down);
  g_test_add ("/wmk/store/sigkill-loses-nothing", Fixture, NULL, fixture_set_up,
              test_sigkill_loses_nothing, fixture_tear_down);

  return g_test_run ();
}
