/* test-cli.c: waymark-cli as a person runs it: every command, errors included
 *
 * Each test runs the real waymark-cli in its own process, with a fresh
 * WAYMARK_DATA_DIR, so that undo, redo and history are checked across a
 * reopen of the plan, exactly as a council officer's scripts would use them.
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

typedef struct
{
  char       *dir;     /* WAYMARK_DATA_DIR of every command run, and their working folder */
  char       *plan;    /* given as --plan unless NULL or the command names its own */
  const char *author;  /* WAYMARK_AUTHOR */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_assert_nonnull (g_getenv ("WAYMARK_CLI"));
  f->dir = wmk_test_make_dir ();
  f->plan = g_build_filename (f->dir, "plan.waymark", NULL);
  f->author = "Test Author";
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan);
}

#define assert_says(text, needle)                                                  \
  G_STMT_START                                                                     \
  {                                                                                \
    if (strstr ((text), (needle)) == NULL)                                         \
      g_test_message ("expected “%s” in:\n%s", (const char *) (needle), (text));   \
    g_assert_nonnull (strstr ((text), (needle)));                                  \
  }                                                                                \
  G_STMT_END

/* Runs waymark-cli with the arguments; returns its exit status. */
static int
spawn_cli (Fixture *f, char **out, char **err, const char *first, va_list args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *stdout_text = NULL, *stderr_text = NULL, *command = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("WAYMARK_CLI"));
  if (f->plan && g_strcmp0 (first, "--plan") != 0)
    {
      g_ptr_array_add (argv, "--plan");
      g_ptr_array_add (argv, f->plan);
    }
  for (const char *arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "WAYMARK_DATA_DIR", f->dir, TRUE);
  envp = g_environ_setenv (envp, "WAYMARK_AUTHOR", f->author, TRUE);
  g_spawn_sync (f->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text,
                &stderr_text, &wait_status, &error);
  g_assert_no_error (error);

  command = g_strjoinv (" ", (char **) argv->pdata + 1);
  g_test_message ("waymark-cli %s\n--- stdout:\n%s--- stderr:\n%s", command, stdout_text,
                  stderr_text);
  g_assert_true (WIFEXITED (wait_status));
  *out = g_steal_pointer (&stdout_text);
  *err = g_steal_pointer (&stderr_text);
  return WEXITSTATUS (wait_status);
}

/* Runs waymark-cli with the NULL-terminated arguments and checks what any
 * command must do: exit with @expected; on success say nothing on stderr; on
 * an error (1) print nothing on stdout and one line on stderr starting
 * "waymark-cli: "; on a usage error (2) say something. */
static void
run_cli (Fixture *f, int expected, char **out, char **err, const char *first, ...)
{
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = spawn_cli (f, &stdout_text, &stderr_text, first, args);
  va_end (args);
  g_assert_cmpint (status, ==, expected);

  if (expected == 0)
    g_assert_cmpstr (stderr_text, ==, "");
  else if (expected == 1)
    {
      g_assert_cmpstr (stdout_text, ==, "");
      g_assert_true (g_str_has_prefix (stderr_text, "waymark-cli: "));
      g_assert_true (g_str_has_suffix (stderr_text, "\n"));
      g_assert_true (strchr (stderr_text, '\n') == stderr_text + strlen (stderr_text) - 1);
    }
  else
    g_assert_true (*stderr_text || *stdout_text);

  if (out)
    *out = g_steal_pointer (&stdout_text);
  if (err)
    *err = g_steal_pointer (&stderr_text);
}

/* Runs a command whose exit status is its result (check: 1 when a line
 * fails), not an error. */
static int
run_cli_status (Fixture *f, char **out, const char *first, ...)
{
  g_autofree char *err = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = spawn_cli (f, out, &err, first, args);
  va_end (args);
  g_assert_cmpstr (err, ==, "");
  return status;
}

static char *
in_dir (Fixture *f, const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static char *
write_file (Fixture *f, const char *name, const char *contents, gssize length)
{
  g_autoptr(GError) error = NULL;
  char *path = in_dir (f, name);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* A small plan with readable ids, in the file format, and imported as f->plan. */
static const char small_plan[] =
  "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [\n"
  " {\"id\": \"plan\", \"type\": \"plan\", \"title\": \"Test Borough SEND Improvement Plan\"},\n"
  " {\"id\": \"ws-a\", \"type\": \"workstream\", \"ref\": \"A\", \"number\": 1,\n"
  "  \"title\": \"Sufficiency of provision\", \"pos\": 1},\n"
  " {\"id\": \"obj-1.1\", \"type\": \"objective\", \"parent\": \"ws-a\", \"ref\": \"1.1\",\n"
  "  \"title\": \"Plan school places\", \"pos\": 1},\n"
  " {\"id\": \"act-1.1.1\", \"type\": \"action\", \"parent\": \"obj-1.1\", \"ref\": \"1.1.1\",\n"
  "  \"text\": \"Publish the sufficiency plan\", \"due\": \"2024-03-31\",\n"
  "  \"status\": \"in_progress\", \"rag\": \"amber\", \"roles\": [\"role-head\"], \"pos\": 1},\n"
  " {\"id\": \"act-1.1.2\", \"type\": \"action\", \"parent\": \"obj-1.1\", \"ref\": \"1.1.2\",\n"
  "  \"text\": \"Open two resource bases\", \"due_text\": \"Ongoing\", \"pos\": 2},\n"
  " {\"id\": \"role-head\", \"type\": \"role\", \"title\": \"Head of SEND\"}\n"
  "]}\n";

static void
import_small_plan (Fixture *f)
{
  g_autofree char *path = write_file (f, "small.json", small_plan, -1);

  run_cli (f, 0, NULL, NULL, "import", path, NULL);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

/* `list TYPE --json`, checked to be an array of objects. */
static JsonNode *
list_json (Fixture *f, const char *type)
{
  g_autofree char *out = NULL;
  JsonNode *root;

  run_cli (f, 0, &out, NULL, "list", type, "--json", NULL);
  root = parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    g_assert_true (JSON_NODE_HOLDS_OBJECT (json_array_get_element (json_node_get_array (root), i)));
  return root;
}

/* The items whose string @member is @value. */
static GPtrArray *
find_all (JsonNode *array, const char *member, const char *value)
{
  GPtrArray *found = g_ptr_array_new ();
  JsonArray *items = json_node_get_array (array);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonNode *node = json_object_get_member (item, member);

      if (node && JSON_NODE_HOLDS_VALUE (node)
          && g_strcmp0 (json_node_get_string (node), value) == 0)
        g_ptr_array_add (found, item);
    }
  return found;
}

static guint
count_all (JsonNode *array, const char *member, const char *value)
{
  g_autoptr(GPtrArray) found = find_all (array, member, value);
  return found->len;
}

/* A field of one item as `show REF --json` prints it; NULL when not set. */
static char *
show_field (Fixture *f, const char *ref, const char *field)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonNode *value;

  run_cli (f, 0, &out, NULL, "show", ref, "--json", NULL);
  root = parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  value = json_object_get_member (json_node_get_object (root), field);
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return NULL;
  return g_strdup (json_node_get_string (value));
}

static void
sql (const char *path, const char *statement)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, statement, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* No file in f->dir whose name starts with @name: not the plan, its -wal or
 * -shm, nor a half-made import. */
static void
assert_nothing_named (Fixture *f, const char *name)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)))
    {
      if (g_str_has_prefix (entry, name))
        g_test_message ("left behind: %s", entry);
      g_assert_false (g_str_has_prefix (entry, name));
    }
}

/* RFC 4180: records end in CRLF (the last may not), fields are separated by
 * commas, and a quoted field may hold commas, line breaks and doubled quotes. */
static GPtrArray *
parse_csv (const char *p)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  while (*p)
    {
      GPtrArray *record = g_ptr_array_new_with_free_func (g_free);

      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++)
                {
                  if (*p == '"') /* a doubled quote is one quote */
                    p++;
                  g_string_append_c (field, *p);
                }
              g_assert_cmpint (*p, ==, '"'); /* a quote left open */
              p++;
            }
          else
            for (; *p && *p != ',' && *p != '\r' && *p != '\n'; p++)
              {
                g_assert_cmpint (*p, !=, '"'); /* quotes only in quoted fields */
                g_string_append_c (field, *p);
              }
          g_ptr_array_add (record, g_string_free (field, FALSE));
          if (*p != ',')
            break;
          p++;
        }
      if (*p)
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
        }
      g_ptr_array_add (records, record);
    }
  return records;
}

/* init and summary */

/* Without --plan, the plan used is the one last created or imported. */
static void
test_init_empty (Fixture *f, gconstpointer data)
{
  g_autofree char *other = in_dir (f, "other.waymark");
  g_autofree char *out = NULL, *first = NULL, *second = NULL;
  g_autofree char *default_plan = g_steal_pointer (&f->plan);

  run_cli (f, 0, &out, NULL, "init", "--empty", "Northshire SEND Improvement Plan", NULL);
  g_assert_true (g_str_has_prefix (out, "Northshire SEND Improvement Plan\n"));
  g_assert_true (g_file_test (default_plan, G_FILE_TEST_IS_REGULAR));
  run_cli (f, 0, &first, NULL, "summary", NULL);
  g_assert_true (g_str_has_prefix (first, "Northshire SEND Improvement Plan\n"));
  assert_says (first, "0 actions");

  run_cli (f, 0, NULL, NULL, "--plan", other, "init", "--empty", "Second plan", NULL);
  run_cli (f, 0, &second, NULL, "summary", NULL);
  g_assert_true (g_str_has_prefix (second, "Second plan\n"));
}

static void
test_init_refuses_existing (Fixture *f, gconstpointer data)
{
  g_autofree char *json = write_file (f, "small.json", small_plan, -1);
  g_autofree char *sum = NULL, *out = NULL;
  const char *again[][3] = {
    { "init", "--empty", "Second plan" }, { "init", "--sample", NULL }, { "import", json, NULL },
  };

  run_cli (f, 0, NULL, NULL, "init", "--empty", "First plan", NULL);
  sum = wmk_test_file_checksum (f->plan);
  for (guint i = 0; i < G_N_ELEMENTS (again); i++)
    {
      g_autofree char *err = NULL;

      run_cli (f, 1, NULL, &err, again[i][0], again[i][1], again[i][2], NULL);
      assert_says (err, f->plan);
      assert_says (err, "already exists");
      wmk_assert_file_unchanged (f->plan, sum);
    }
  run_cli (f, 0, &out, NULL, "summary", NULL);
  g_assert_true (g_str_has_prefix (out, "First plan\n"));
}

/* The built-in sample: the Devon plan, which has two actions numbered 1.4.1. */
static void
test_init_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) actions = NULL;
  JsonArray *array;
  const struct { const char *ref; guint n; } refs[] = {
    { "1.4.1", 2 }, { "3.2.10", 1 }, { "4.7.1", 1 },
  };

  run_cli (f, 0, NULL, NULL, "init", "--sample", NULL);
  actions = list_json (f, "actions");
  array = json_node_get_array (actions);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *action = json_array_get_object_element (array, i);
      g_assert_true (json_object_has_member (action, "id"));
      g_assert_true (json_object_has_member (action, "ref"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      g_autoptr(GPtrArray) found = find_all (actions, "ref", refs[i].ref);
      if (found->len != refs[i].n)
        g_test_message ("%u actions with ref %s in the sample (%u actions in all)", found->len,
                        refs[i].ref, json_array_get_length (array));
      g_assert_cmpuint (found->len, ==, refs[i].n);
    }
}

/* set, show and history */

static void
test_set_show (Fixture *f, gconstpointer data)
{
  const char *note = "Agreed at the board: \"go\", with 2 caveats;\na) funding\n• timing";
  g_autofree char *out = NULL, *shown = NULL, *rag = NULL, *due = NULL, *got_note = NULL;
  g_autofree char *cleared = NULL;

  import_small_plan (f);
  run_cli (f, 0, &out, NULL, "set", "1.1.1", "rag", "red", NULL);
  assert_says (out, "“amber” to “red”");
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "due", "2024-06-30", NULL);
  run_cli (f, 0, NULL, NULL, "set", "act-1.1.1", "note", note, NULL);

  rag = show_field (f, "1.1.1", "rag");
  due = show_field (f, "act-1.1.1", "due");
  got_note = show_field (f, "1.1.1", "note");
  g_assert_cmpstr (rag, ==, "red");
  g_assert_cmpstr (due, ==, "2024-06-30");
  g_assert_cmpstr (got_note, ==, note);

  run_cli (f, 0, &shown, NULL, "show", "1.1.1", NULL);
  assert_says (shown, "act-1.1.1");
  assert_says (shown, "red");
  assert_says (shown, "2024-06-30");
  assert_says (shown, "Head of SEND"); /* links shown as what they link to */

  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "rag", "", NULL);
  cleared = show_field (f, "1.1.1", "rag");
  g_assert_null (cleared);
}

static void
assert_change (JsonObject *change, const char *author, const char *old, const char *new)
{
  g_assert_cmpstr (json_object_get_string_member (change, "author"), ==, author);
  g_assert_cmpstr (json_object_get_string_member (change, "field"), ==, "rag");
  g_assert_cmpstr (json_object_get_string_member (change, "old"), ==, old);
  g_assert_cmpstr (json_object_get_string_member (change, "new"), ==, new);
}

static void
test_set_history (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL, *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean seen_env = FALSE, seen_option = FALSE;

  import_small_plan (f);
  f->author = "Alex Env";
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "rag", "red", NULL);
  run_cli (f, 0, NULL, NULL, "--author", "Jo Bloggs", "set", "1.1.1", "rag", "green", NULL);

  run_cli (f, 0, &out, NULL, "history", "1.1.1", NULL);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      seen_env |= strstr (lines[i], "Alex Env") && strstr (lines[i], "rag: “amber” → “red”");
      seen_option |= strstr (lines[i], "Jo Bloggs") && strstr (lines[i], "rag: “red” → “green”");
    }
  if (!seen_env || !seen_option)
    g_test_message ("history:\n%s", out);
  g_assert_true (seen_env);
  g_assert_true (seen_option);

  run_cli (f, 0, &json, NULL, "history", "1.1.1", "--json", NULL);
  root = parse_json (json);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  sets = find_all (root, "change", "set");
  g_assert_cmpuint (sets->len, ==, 2);
  assert_change (sets->pdata[0], "Alex Env", "amber", "red");
  assert_change (sets->pdata[1], "Jo Bloggs", "red", "green");
}

/* A command that fails on the small plan: exit status, what the message
 * names (for a usage error, the usage of the command given), and the plan
 * database byte for byte as it was. */
typedef struct
{
  const char *path;
  int         status;
  const char *args[6];
  const char *says[3];
} FailCase;

static const FailCase fail_cases[] = {
  { "/wmk/cli/set/unknown-ref", 1, { "set", "9.9.9", "rag", "red" }, { "“9.9.9”" } },
  { "/wmk/cli/set/unknown-field", 1, { "set", "1.1.1", "colour", "red" },
    { "1.1.1", "“colour”" } },
  { "/wmk/cli/set/wrong-type", 1, { "set", "1.1.1", "due", "soon" },
    { "1.1.1", "“due”", "YYYY-MM-DD" } },
  { "/wmk/cli/set/wrong-enum", 1, { "set", "1.1.1", "rag", "purple" },
    { "“rag”", "“purple”", "amber" } },
  { "/wmk/cli/set/missing-link", 1, { "set", "1.1.1", "roles", "role-nobody" },
    { "1.1.1", "“role-nobody”" } },
  { "/wmk/cli/set/link-to-wrong-type", 1, { "set", "1.1.1", "roles", "1.1" },
    { "“roles”", "role" } },
  { "/wmk/cli/show/unknown-ref", 1, { "show", "9.9.9" }, { "“9.9.9”" } },
  { "/wmk/cli/delete/unknown-ref", 1, { "delete", "9.9.9" }, { "“9.9.9”" } },
  { "/wmk/cli/history/unknown-ref", 1, { "history", "9.9.9" }, { "“9.9.9”" } },
  { "/wmk/cli/list/unknown-type", 1, { "list", "gizmos" }, { "“gizmos”" } },
  { "/wmk/cli/add/unknown-type", 1, { "add", "gizmo", "title=x" }, { "“gizmo”" } },
  { "/wmk/cli/add/unknown-field", 1, { "add", "action", "--under", "1.1", "colour=red" },
    { "“colour”" } },
  { "/wmk/cli/add/under-unknown-ref", 1, { "add", "action", "--under", "9.9", "ref=9.9.1" },
    { "“9.9”" } },
  { "/wmk/cli/add/wrong-enum", 1, { "add", "action", "--under", "1.1", "rag=purple" },
    { "“purple”" } },
  { "/wmk/cli/export/unknown-format", 1, { "export", "--format", "xlsx" }, { "“xlsx”" } },
  { "/wmk/cli/export/unknown-type", 1, { "export", "--format", "csv", "--type", "gizmo" },
    { "“gizmo”" } },
  { "/wmk/cli/redo/nothing-to-redo", 1, { "redo" }, { "nothing to redo" } },
  { "/wmk/cli/usage/unknown-command", 2, { "frobnicate" }, { "frobnicate" } },
  { "/wmk/cli/usage/init", 2, { "init" } },
  { "/wmk/cli/usage/init-empty-no-title", 2, { "init", "--empty" } },
  { "/wmk/cli/usage/import", 2, { "import" } },
  { "/wmk/cli/usage/export-no-format", 2, { "export" } },
  { "/wmk/cli/usage/summary", 2, { "summary", "extra" } },
  { "/wmk/cli/usage/list", 2, { "list" } },
  { "/wmk/cli/usage/show", 2, { "show" } },
  { "/wmk/cli/usage/set", 2, { "set", "1.1.1", "rag" } },
  { "/wmk/cli/usage/add", 2, { "add" } },
  { "/wmk/cli/usage/add-bare-word", 2, { "add", "action", "red" } },
  { "/wmk/cli/usage/delete", 2, { "delete" } },
  { "/wmk/cli/usage/history", 2, { "history" } },
  { "/wmk/cli/usage/undo", 2, { "undo", "1.1.1" } },
  { "/wmk/cli/usage/redo", 2, { "redo", "1.1.1" } },
};

static void
test_fails (Fixture *f, gconstpointer data)
{
  const FailCase *c = data;
  g_autofree char *sum = NULL, *err = NULL;
  const char *const *a = c->args;

  import_small_plan (f);
  sum = wmk_test_file_checksum (f->plan);
  run_cli (f, c->status, NULL, &err, a[0], a[1], a[2], a[3], a[4], a[5], NULL);
  for (guint i = 0; i < G_N_ELEMENTS (c->says) && c->says[i]; i++)
    assert_says (err, c->says[i]);
  if (c->says[0] == NULL) /* a usage error: the usage of that command */
    {
      g_autofree char *usage = g_strconcat ("Usage: waymark-cli ", a[0], NULL);
      assert_says (err, usage);
    }
  wmk_assert_file_unchanged (f->plan, sum);
}

static void
test_set_ambiguous_ref (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) actions = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *sum = NULL, *err = NULL;

  run_cli (f, 0, NULL, NULL, "init", "--sample", NULL);
  actions = list_json (f, "actions");
  found = find_all (actions, "ref", "1.4.1");
  g_assert_cmpuint (found->len, ==, 2);

  sum = wmk_test_file_checksum (f->plan);
  run_cli (f, 1, NULL, &err, "set", "1.4.1", "rag", "red", NULL);
  assert_says (err, "1.4.1");
  for (guint i = 0; i < found->len; i++)
    assert_says (err, json_object_get_string_member (found->pdata[i], "id"));
  wmk_assert_file_unchanged (f->plan, sum);
}

/* undo and redo: every command is a new process, so each one reopens the plan. */

static void
assert_rag (Fixture *f, const char *expected)
{
  g_autofree char *rag = show_field (f, "1.1.1", "rag");

  g_assert_cmpstr (rag, ==, expected);
}

static void
test_undo_redo (Fixture *f, gconstpointer data)
{
  g_autofree char *undone = NULL, *redone = NULL, *err = NULL, *sum = NULL;

  import_small_plan (f);
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "rag", "red", NULL);
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "rag", "green", NULL);

  run_cli (f, 0, &undone, NULL, "undo", NULL);
  g_assert_true (g_str_has_prefix (undone, "Undone: "));
  assert_rag (f, "red");
  run_cli (f, 0, NULL, NULL, "undo", NULL);
  assert_rag (f, "amber");
  run_cli (f, 0, &redone, NULL, "redo", NULL);
  g_assert_true (g_str_has_prefix (redone, "Redone: "));
  assert_rag (f, "red");
  run_cli (f, 0, NULL, NULL, "redo", NULL);
  assert_rag (f, "green");

  sum = wmk_test_file_checksum (f->plan);
  run_cli (f, 1, NULL, &err, "redo", NULL);
  assert_says (err, "nothing to redo");
  wmk_assert_file_unchanged (f->plan, sum);

  /* A new edit after an undo: what was undone can no longer be redone. */
  run_cli (f, 0, NULL, NULL, "undo", NULL);
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "note", "Checked with the board", NULL);
  run_cli (f, 1, NULL, NULL, "redo", NULL);
  assert_rag (f, "red");
}

static void
test_undo_nothing (Fixture *f, gconstpointer data)
{
  g_autofree char *sum = NULL, *err = NULL;

  run_cli (f, 0, NULL, NULL, "init", "--empty", "New plan", NULL);
  sum = wmk_test_file_checksum (f->plan);
  run_cli (f, 1, NULL, &err, "undo", NULL);
  assert_says (err, "nothing to undo");
  assert_says (err, f->plan);
  wmk_assert_file_unchanged (f->plan, sum);
}

/* add, list and delete */

static gboolean
listed (Fixture *f, const char *type, const char *ref)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  run_cli (f, 0, &out, NULL, "list", type, NULL);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], ref) && lines[i][strlen (ref)] == ' ')
      return TRUE;
  return FALSE;
}

static void
test_add_delete (Fixture *f, gconstpointer data)
{
  g_autofree char *id = NULL, *deleted = NULL, *history = NULL, *all = NULL;
  g_autoptr(JsonNode) actions = NULL, after = NULL, back = NULL;
  g_autoptr(GPtrArray) found = NULL;
  JsonObject *action;

  import_small_plan (f);
  run_cli (f, 0, &id, NULL, "add", "action", "--under", "1.1", "ref=1.1.3",
           "text=Train every SENCO in the new guidance", "status=not_started", NULL);
  g_strchomp (id);
  g_assert_cmpstr (id, !=, "");
  g_assert_null (strchr (id, '\n'));

  g_assert_true (listed (f, "actions", "1.1.3"));
  actions = list_json (f, "actions");
  found = find_all (actions, "id", id);
  g_assert_cmpuint (found->len, ==, 1);
  action = found->pdata[0];
  g_assert_cmpstr (json_object_get_string_member (action, "ref"), ==, "1.1.3");
  g_assert_cmpstr (json_object_get_string_member (action, "parent"), ==, "obj-1.1");
  g_assert_cmpstr (json_object_get_string_member (action, "text"), ==,
                   "Train every SENCO in the new guidance");

  run_cli (f, 0, &deleted, NULL, "delete", "1.1.3", NULL);
  assert_says (deleted, "1.1.3");
  g_assert_false (listed (f, "actions", "1.1.3"));
  after = list_json (f, "actions");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (after)), ==, 2);
  run_cli (f, 0, &history, NULL, "history", id, NULL); /* a deleted item keeps its history */
  assert_says (history, "created");
  assert_says (history, "deleted");

  run_cli (f, 0, NULL, NULL, "undo", NULL);
  g_assert_true (listed (f, "actions", "1.1.3"));
  back = list_json (f, "actions");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = find_all (back, "id", id);
  g_assert_cmpuint (found->len, ==, 1);

  /* Deleting an objective takes its actions with it, and undo brings all back. */
  run_cli (f, 0, &all, NULL, "delete", "1.1", NULL);
  assert_says (all, "3 items under it");
  g_assert_false (listed (f, "actions", "1.1.1"));
  run_cli (f, 0, NULL, NULL, "undo", NULL);
  g_assert_true (listed (f, "actions", "1.1.1"));
  g_assert_true (listed (f, "actions", "1.1.2"));
  g_assert_true (listed (f, "actions", "1.1.3"));
}

/* export and import */

static void
test_export_round_trip (Fixture *f, gconstpointer data)
{
  const char *sources[] = { "small", "sample" };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.waymark", sources[i]);
      g_autofree char *copy_name = g_strdup_printf ("%s-copy.waymark", sources[i]);
      g_autofree char *plan = in_dir (f, name), *copy = in_dir (f, copy_name);
      g_autofree char *first = in_dir (f, "first.json"), *second = in_dir (f, "second.json");
      g_autofree char *on_stdout = NULL, *a = NULL, *b = NULL, *sum = NULL;

      g_free (f->plan);
      f->plan = g_strdup (plan);
      if (i == 0)
        {
          import_small_plan (f);
          run_cli (f, 0, NULL, NULL, "set", "1.1.2", "note", "Lead: \"Sam\" O’Neill,\nthen £2m",
                   NULL);
        }
      else
        run_cli (f, 0, NULL, NULL, "init", "--sample", NULL);

      run_cli (f, 0, NULL, NULL, "export", "--format", "json", "-o", first, NULL);
      run_cli (f, 0, &on_stdout, NULL, "export", "--format", "json", NULL);
      g_assert_true (g_file_get_contents (first, &a, NULL, NULL));
      g_assert_cmpstr (on_stdout, ==, a);

      sum = wmk_test_file_checksum (first);
      run_cli (f, 0, NULL, NULL, "--plan", copy, "import", first, NULL);
      wmk_assert_file_unchanged (first, sum);
      run_cli (f, 0, NULL, NULL, "--plan", copy, "export", "--format", "json", "-o", second, NULL);
      g_assert_true (g_file_get_contents (second, &b, NULL, NULL));
      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_export_csv (Fixture *f, gconstpointer data)
{
  const char *note = "Said \"yes\", then no,\r\nthen: maybe";
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonNode) actions = NULL;
  GPtrArray *header;
  int note_column = -1, id_column = -1;
  gboolean seen_note = FALSE;

  import_small_plan (f);
  run_cli (f, 0, NULL, NULL, "add", "action", "--under", "1.1", "ref=1.1.3", "text=Third, last",
           NULL);
  run_cli (f, 0, NULL, NULL, "set", "1.1.1", "note", note, NULL);
  run_cli (f, 0, &out, NULL, "export", "--format", "csv", NULL);

  records = parse_csv (out);
  actions = list_json (f, "actions");
  g_assert_cmpuint (records->len, ==, 1 + json_array_get_length (json_node_get_array (actions)));
  header = records->pdata[0];
  for (guint c = 0; c < header->len; c++)
    {
      if (g_str_equal (header->pdata[c], "Id"))
        id_column = (int) c;
      if (g_str_equal (header->pdata[c], "Note"))
        note_column = (int) c;
    }
  g_assert_cmpint (id_column, >=, 0);
  g_assert_cmpint (note_column, >=, 0);
  for (guint r = 1; r < records->len; r++)
    {
      GPtrArray *record = records->pdata[r];

      g_assert_cmpuint (record->len, ==, header->len);
      if (g_str_equal (record->pdata[id_column], "act-1.1.1"))
        {
          g_assert_cmpstr (record->pdata[note_column], ==, note);
          seen_note = TRUE;
        }
    }
  g_assert_true (seen_note);
}

typedef enum
{
  INPUT_AS_WRITTEN,
  INPUT_TRUNCATED,   /* the first half of a valid export */
  INPUT_MISSING,
} InputKind;

typedef struct
{
  const char *path;
  InputKind   kind;
  const char *contents;
  gssize      length;
  const char *says[2];
} ImportCase;

#define ENTITIES(...) \
  "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [" __VA_ARGS__ "]}"
#define PLAN_ENTITY "{\"id\": \"plan\", \"type\": \"plan\", \"title\": \"P\"}"

static const ImportCase import_cases[] = {
  { "/wmk/cli/import/truncated", INPUT_TRUNCATED, NULL, -1, { "line ", "column " } },
  { "/wmk/cli/import/wrong-type", INPUT_AS_WRITTEN,
    ENTITIES ("{\"id\": \"plan\", \"type\": \"plan\", \"title\": 5}"), -1,
    { "entities[0].title" } },
  { "/wmk/cli/import/wrong-type-date", INPUT_AS_WRITTEN,
    ENTITIES (PLAN_ENTITY ", {\"id\": \"a1\", \"type\": \"action\", \"due\": \"soon\"}"), -1,
    { "entities[1].due" } },
  { "/wmk/cli/import/version-2", INPUT_AS_WRITTEN,
    "{\"format\": \"waymark-plan\", \"version\": 2, \"entities\": []}", -1, { "version", "2" } },
  { "/wmk/cli/import/duplicate-id", INPUT_AS_WRITTEN,
    ENTITIES (PLAN_ENTITY ", {\"id\": \"r1\", \"type\": \"role\"},"
                          " {\"id\": \"r1\", \"type\": \"role\"}"),
    -1, { "entities[2]", "“r1”" } },
  { "/wmk/cli/import/missing-link", INPUT_AS_WRITTEN,
    ENTITIES (PLAN_ENTITY ", {\"id\": \"r1\", \"type\": \"role\","
                          " \"holder\": \"person-nobody\"}"), -1,
    { "entities[1].holder", "“person-nobody”" } },
  { "/wmk/cli/import/not-a-plan", INPUT_AS_WRITTEN, "{\"hello\": 1}\n", -1,
    { "not a Waymark plan" } },
  { "/wmk/cli/import/binary", INPUT_AS_WRITTEN, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe\0", 18,
    { "not a Waymark plan" } },
  { "/wmk/cli/import/missing-file", INPUT_MISSING, NULL, -1, { "Could not read" } },
};

static void
test_import_fails (Fixture *f, gconstpointer data)
{
  const ImportCase *c = data;
  g_autofree char *input = in_dir (f, "input.json"), *new_plan = in_dir (f, "new.waymark");
  g_autofree char *marker = in_dir (f, "current-plan");
  g_autofree char *input_sum = NULL, *marker_sum = NULL, *err = NULL;

  import_small_plan (f);
  if (c->kind == INPUT_TRUNCATED)
    {
      g_autofree char *whole = NULL;

      run_cli (f, 0, &whole, NULL, "export", "--format", "json", NULL);
      g_free (write_file (f, "input.json", whole, strlen (whole) / 2));
    }
  else if (c->kind == INPUT_AS_WRITTEN)
    g_free (write_file (f, "input.json", c->contents, c->length));

  input_sum = wmk_test_file_checksum (input);
  marker_sum = wmk_test_file_checksum (marker);
  run_cli (f, 1, NULL, &err, "--plan", new_plan, "import", input, NULL);
  assert_says (err, input);
  for (guint i = 0; i < G_N_ELEMENTS (c->says) && c->says[i]; i++)
    assert_says (err, c->says[i]);
  assert_nothing_named (f, "new.waymark");
  wmk_assert_file_unchanged (input, input_sum);
  wmk_assert_file_unchanged (marker, marker_sum); /* the current plan is still the old one */
}

/* Opening what is not a plan this build can use */

static void
assert_open_refused (Fixture *f, const char *path, const char *says)
{
  g_autofree char *sum = wmk_test_file_checksum (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  const char *commands[][4] = {
    { "summary" }, { "list", "actions" }, { "set", "1.1.1", "rag", "red" }, { "undo" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;
      const char *const *a = commands[i];

      run_cli (f, 1, NULL, &err, "--plan", path, a[0], a[1], a[2], a[3], NULL);
      assert_says (err, path);
      assert_says (err, says);
      wmk_assert_file_unchanged (path, sum);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
}

static void
test_open_not_a_plan (Fixture *f, gconstpointer data)
{
  g_autofree char *text = write_file (f, "minutes.txt", "Minutes of the SEND board\n", -1);
  g_autofree char *other = in_dir (f, "other.sqlite");

  assert_open_refused (f, text, "not a Waymark plan");
  sql (other, "CREATE TABLE pupils (name TEXT); INSERT INTO pupils VALUES ('A');");
  assert_open_refused (f, other, "not a Waymark plan");
}

static void
test_open_newer_version (Fixture *f, gconstpointer data)
{
  g_autofree char *newer = in_dir (f, "newer.waymark");
  g_autofree char *wal = g_strconcat (f->plan, "-wal", NULL);
  g_autofree char *bytes = NULL;
  gsize length;

  import_small_plan (f);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS)); /* all of it is in the file */
  g_assert_true (g_file_get_contents (f->plan, &bytes, &length, NULL));
  g_free (write_file (f, "newer.waymark", bytes, length));
  sql (newer, "PRAGMA user_version = 99");
  assert_open_refused (f, newer, "newer version of Waymark");
}

static void
test_open_missing_plan (Fixture *f, gconstpointer data)
{
  g_autofree char *err = NULL, *set_err = NULL;

  run_cli (f, 1, NULL, &err, "summary", NULL);
  assert_says (err, f->plan);
  assert_says (err, "init");
  run_cli (f, 1, NULL, &set_err, "set", "1.1.1", "rag", "red", NULL);
  assert_says (set_err, "There is no plan");
  assert_nothing_named (f, "plan.waymark");
}

/* The board's records: meetings, decisions, the action log, the calendar */

static void
test_governance_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) meetings = NULL, log = NULL, decisions = NULL;
  g_autofree char *ics_path = in_dir (f, "board.ics"), *ics = NULL, *out = NULL, *err = NULL;
  g_autofree char *bad = NULL, *sum = NULL;

  run_cli (f, 0, NULL, NULL, "init", "--sample", NULL);
  meetings = list_json (f, "meetings");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings)), ==, 2);
  g_assert_cmpuint (count_all (meetings, "id", "meeting-board-2023-01"), ==, 1);
  g_assert_cmpuint (count_all (meetings, "date", "2023-02-22"), ==, 1);
  log = list_json (f, "log");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (log)), ==, 3);
  g_assert_cmpuint (count_all (log, "parent", "meeting-board-2023-01"), ==, 3);
  decisions = list_json (f, "decisions");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (decisions)), ==, 3);

  run_cli (f, 0, NULL, NULL, "export", "--format", "ics", "-o", ics_path, NULL);
  g_assert_true (g_file_get_contents (ics_path, &ics, NULL, NULL));
  assert_says (ics, "UID:body-board@waymark.plan");
  assert_says (ics, "RRULE:FREQ=MONTHLY;BYDAY=4WE");
  assert_says (ics, "UID:meeting-board-2023-02-22@waymark.plan");
  assert_says (ics, "DTSTART;TZID=Europe/London:20230222T100000");

  /* Meetings from someone's calendar join the board; a broken file adds nothing. */
  g_free (write_file (f, "outlook.ics",
                      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:o-1@example\nSUMMARY:Extra board\n"
                      "DTSTART;TZID=Europe/London:20230712T140000\nEND:VEVENT\nEND:VCALENDAR\n", -1));
  run_cli (f, 0, &out, NULL, "import", "outlook.ics", NULL);
  assert_says (out, "1 meetings added");
  bad = write_file (f, "broken.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:o-2@example\n"
                                     "DTSTART:2023-07-12\nEND:VEVENT\nEND:VCALENDAR\n", -1);
  sum = wmk_test_file_checksum (f->plan);
  run_cli (f, 1, NULL, &err, "import", bad, "--body", "body-board", NULL);
  assert_says (err, "broken.ics, line 4: “2023-07-12” is not a date");
  wmk_assert_file_unchanged (f->plan, sum);

  /* Minutes */
  {
    g_autofree char *pdf = in_dir (f, "minutes.pdf"), *html = in_dir (f, "minutes.html");
    g_autofree char *page = NULL, *not_meeting = NULL;

    run_cli (f, 0, NULL, NULL, "minutes", "meeting-board-2023-01", "--format", "pdf", "-o", pdf, NULL);
    g_assert_true (g_file_get_contents (pdf, &page, NULL, NULL));
    g_assert_true (g_str_has_prefix (page, "%PDF-"));
    run_cli (f, 0, NULL, NULL, "minutes", "meeting-board-2023-02-22", "--format", "html", "-o", html, NULL);
    g_assert_true (g_file_test (html, G_FILE_TEST_IS_REGULAR));
    run_cli (f, 2, NULL, NULL, "minutes", "meeting-board-2023-01", "--format", "docx", "-o", pdf, NULL);
    run_cli (f, 2, NULL, NULL, "minutes", "meeting-board-2023-01", "--format", "pdf", NULL);
    run_cli (f, 1, NULL, &not_meeting, "minutes", "3.3.1", "--format", "pdf", "-o", pdf, NULL);
    assert_says (not_meeting, "is not a meeting");
    run_cli (f, 2, NULL, NULL, "minutes", "meeting-board-2023-01", "-o", pdf, NULL);
    {
      g_autofree char *nowhere = in_dir (f, "no-such-folder/minutes.pdf"), *unwritable = NULL;

      run_cli (f, 1, NULL, &unwritable, "minutes", "meeting-board-2023-01", "--format", "pdf", "-o", nowhere, NULL);
      assert_says (unwritable, "Could not write");
      g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
    }
  }
}

/* check: the notice's duties, exit 1 while any line fails */

static void
test_check_sample (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL, *json = NULL, *err = NULL;
  g_autoptr(JsonNode) lines = NULL;
  g_autofree char *sum = NULL;
  JsonObject *board;

  run_cli (f, 0, NULL, NULL, "init", "--sample", NULL);
  sum = wmk_test_file_checksum (f->plan);
  g_assert_cmpint (run_cli_status (f, &out, "check", "--today", "2023-03-15", NULL), ==, 1);
  assert_says (out, "✗ FAIL  The improvement board met every month");
  assert_says (out, "No board meeting from August 2022 to February 2023 (7 months).");
  assert_says (out, "Action 3.2.4 has no due date.");
  assert_says (out, "checks passed.");

  g_assert_cmpint (run_cli_status (f, &json, "check", "--today", "2023-03-15", "--json", NULL), ==, 1);
  lines = parse_json (json);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (lines)), ==, 8);
  board = json_array_get_object_element (json_node_get_array (lines), 0);
  g_assert_cmpstr (json_object_get_string_member (board, "id"), ==, "board-monthly");
  g_assert_false (json_object_get_boolean_member (board, "passed"));
  g_assert_cmpstr (json_object_get_string_member (board, "entity"), ==, "body-board");

  run_cli (f, 1, NULL, &err, "check", "--today", "15/03/2023", NULL);
  assert_says (err, "is not a date");
  wmk_assert_file_unchanged (f->plan, sum);
}

/* A plan that meets every duty as of 15 May 2023 (notice 10 January). */
static const char compliant_plan[] =
  "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": [\n"
  " {\"id\": \"plan\", \"type\": \"plan\", \"title\": \"Compliant plan\",\n"
  "  \"notice_issued\": \"2023-01-10\"},\n"
  " {\"id\": \"person-chair\", \"type\": \"person\", \"name\": \"Independent Chair\"},\n"
  " {\"id\": \"body-board\", \"type\": \"body\", \"name\": \"Improvement Board\",\n"
  "  \"kind\": \"board\", \"chair\": \"person-chair\", \"chair_independent\": true},\n"
  " {\"id\": \"m-feb\", \"type\": \"meeting\", \"parent\": \"body-board\", \"date\": \"2023-02-22\",\n"
  "  \"status\": \"held\", \"chaired_by\": \"person-chair\", \"invited_dfe\": true,\n"
  "  \"invited_nhse\": true, \"log_reviewed\": true, \"pos\": 1},\n"
  " {\"id\": \"m-mar\", \"type\": \"meeting\", \"parent\": \"body-board\", \"date\": \"2023-03-22\",\n"
  "  \"status\": \"held\", \"chaired_by\": \"person-chair\", \"invited_dfe\": true,\n"
  "  \"invited_nhse\": true, \"log_reviewed\": true, \"pos\": 2},\n"
  " {\"id\": \"m-apr\", \"type\": \"meeting\", \"parent\": \"body-board\", \"date\": \"2023-04-26\",\n"
  "  \"status\": \"held\", \"chaired_by\": \"person-chair\", \"invited_dfe\": true,\n"
  "  \"invited_nhse\": true, \"log_reviewed\": true, \"pos\": 3},\n"
  " {\"id\": \"report-1\", \"type\": \"report\", \"title\": \"First report\", \"sent\": \"2023-03-08\"},\n"
  " {\"id\": \"ws-a\", \"type\": \"workstream\", \"ref\": \"A\", \"title\": \"Strategy\"},\n"
  " {\"id\": \"obj-1.1\", \"type\": \"objective\", \"parent\": \"ws-a\", \"ref\": \"1.1\", \"title\": \"Plan\"},\n"
  " {\"id\": \"act-1.1.1\", \"type\": \"action\", \"parent\": \"obj-1.1\", \"ref\": \"1.1.1\",\n"
  "  \"text\": \"Publish it\", \"responsible_text\": \"Head of SEND\", \"due\": \"2023-09-30\"},\n"
  " {\"id\": \"kpi-1\", \"type\": \"kpi\", \"parent\": \"ws-a\", \"ref\": \"A-KPI1\", \"text\": \"On time\",\n"
  "  \"targets\": [{\"date\": \"2023-04-10\", \"value\": 30}, {\"date\": \"2023-07-10\", \"value\": 40},\n"
  "               {\"date\": \"2024-01-10\", \"value\": 50}, {\"date\": \"2024-07-10\", \"value\": 60}]},\n"
  " {\"id\": \"risk-1\", \"type\": \"risk\", \"ref\": \"R1\", \"title\": \"Staff leave\",\n"
  "  \"status\": \"open\", \"reviewed\": \"2023-05-01\"}\n"
  "]}\n";

static void
test_check_compliant (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_file (f, "compliant.json", compliant_plan, -1);
  g_autofree char *out = NULL, *json = NULL, *late = NULL;
  g_autoptr(JsonNode) lines = NULL;
  JsonArray *array;

  run_cli (f, 0, NULL, NULL, "import", path, NULL);
  g_assert_cmpint (run_cli_status (f, &out, "check", "--today", "2023-05-15", NULL), ==, 0);
  g_assert_null (strstr (out, "FAIL"));
  assert_says (out, "✓ PASS  The improvement board met every month [R2 (4b)]\n"
                    "         3 board meetings held, the first on 22 February 2023 and the latest on 26 April 2023.\n");
  assert_says (out, "8 of 8 checks passed.");

  g_assert_cmpint (run_cli_status (f, &json, "check", "--today=2023-05-15", "--json", NULL), ==, 0);
  lines = parse_json (json);
  array = json_node_get_array (lines);
  g_assert_cmpuint (json_array_get_length (array), ==, 8);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *line = json_array_get_object_element (array, i);
      g_assert_true (json_object_get_boolean_member (line, "passed"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (line, "problems")), ==, 0);
      g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (line, "entity")));
    }

  /* Two months later, June has no board and the risk review is stale. */
  g_assert_cmpint (run_cli_status (f, &late, "check", "--today", "2023-07-15", NULL), ==, 1);
  assert_says (late, "✗ FAIL  The improvement board met every month");
  assert_says (late, "         - No board meeting from May 2023 to June 2023 (2 months).\n");
  assert_says (late, "Risk R1 was last reviewed on 1 May 2023.");
}

/* No command: the help, on stderr like every usage error, and exit status
 * 2; --help: the help on stdout, exit 0. */
static void
test_usage_no_command (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL, *help = NULL;
  const char *commands[] = { "init", "import", "export", "summary", "list", "show",
                             "set", "add", "delete", "history", "undo", "redo", "check",
                             "minutes" };

  run_cli (f, 2, &out, &err, NULL);
  assert_says (err, "Usage: waymark-cli");
  g_assert_cmpstr (out, ==, "");
  run_cli (f, 0, &help, NULL, "--help", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);
      assert_says (help, line);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/cli/init/empty", test_init_empty);
  ADD ("/wmk/cli/init/refuses-existing", test_init_refuses_existing);
  ADD ("/wmk/cli/init/sample", test_init_sample);
  ADD ("/wmk/cli/set/show", test_set_show);
  ADD ("/wmk/cli/set/history", test_set_history);
  ADD ("/wmk/cli/set/ambiguous-ref", test_set_ambiguous_ref);
  ADD ("/wmk/cli/undo/redo-across-processes", test_undo_redo);
  ADD ("/wmk/cli/undo/nothing-to-undo", test_undo_nothing);
  ADD ("/wmk/cli/add/under-list-delete-undo", test_add_delete);
  ADD ("/wmk/cli/export/json-round-trip", test_export_round_trip);
  ADD ("/wmk/cli/export/csv", test_export_csv);
  ADD ("/wmk/cli/open/not-a-plan", test_open_not_a_plan);
  ADD ("/wmk/cli/open/newer-version", test_open_newer_version);
  ADD ("/wmk/cli/open/missing-plan", test_open_missing_plan);
  ADD ("/wmk/cli/governance/sample", test_governance_sample);
  ADD ("/wmk/cli/check/sample", test_check_sample);
  ADD ("/wmk/cli/check/compliant", test_check_compliant);
  ADD ("/wmk/cli/usage/no-command", test_usage_no_command);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (fail_cases); i++)
    g_test_add (fail_cases[i].path, Fixture, &fail_cases[i], fixture_set_up, test_fails,
                fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (import_cases); i++)
    g_test_add (import_cases[i].path, Fixture, &import_cases[i], fixture_set_up,
                test_import_fails, fixture_tear_down);

  return g_test_run ();
}
