/* wmk-test-support.c: what the tests share: temporary folders and generated plans
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <glib/gstdio.h>

void
wmk_test_plan_set_up (WmkTestPlanFixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = wmk_test_make_dir ();
  path = g_build_filename (f->dir, "plan.waymark", NULL);
  f->plan = wmk_plan_new_empty (path, "Devon", "Shayna Stanbury", &error);
  g_assert_no_error (error);
}

void
wmk_test_plan_tear_down (WmkTestPlanFixture *f, gconstpointer data)
{
  g_clear_object (&f->plan);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

char *
wmk_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("waymark-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
wmk_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        wmk_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
wmk_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static JsonObject *
entity (JsonArray *entities, const char *id, const char *type)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "type", type);
  json_array_add_object_element (entities, object);
  return object;
}

static char *
date_for (GRand *rand, int year_from)
{
  return g_strdup_printf ("%04d-%02d-%02d", year_from + g_rand_int_range (rand, 0, 2),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

/**
 * wmk_test_generate_plan:
 *
 * A plan file of the given size with plausible content: workstreams,
 * objectives of ten actions with roles, KPI links and sub-points, KPIs with
 * targets and measurements, and risks. The same seed gives the same bytes.
 */
GBytes *
wmk_test_generate_plan (const WmkTestPlanSize *size, guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(JsonNode) root = wmk_json_new_object (json_object_new ());
  JsonArray *entities = json_array_new ();
  JsonObject *object;
  guint n_objectives = (size->n_actions + 9) / 10;
  GString *out;

  json_object_set_string_member (json_node_get_object (root), "format", "waymark-plan");
  json_object_set_int_member (json_node_get_object (root), "version", 1);
  json_object_set_array_member (json_node_get_object (root), "entities", entities);

  object = entity (entities, "plan", "plan");
  json_object_set_string_member (object, "title", "A generated improvement plan");
  json_object_set_string_member (object, "notice_issued", "2022-07-29");

  for (guint r = 0; r < 20; r++)
    {
      g_autofree char *id = g_strdup_printf ("role-%u", r);
      g_autofree char *title = g_strdup_printf ("Head of service %u", r);
      object = entity (entities, id, "role");
      json_object_set_string_member (object, "title", title);
    }
  for (guint w = 0; w < 4; w++)
    {
      g_autofree char *id = g_strdup_printf ("ws-%u", w);
      object = entity (entities, id, "workstream");
      json_object_set_string_member (object, "ref", (const char *[]){ "A", "B", "C", "D" }[w]);
      json_object_set_string_member (object, "title", "An area of weakness the inspectors found");
      json_object_set_int_member (object, "pos", w + 1);
    }
  for (guint k = 0; k < size->n_kpis; k++)
    {
      g_autofree char *id = g_strdup_printf ("kpi-%u", k);
      g_autofree char *ref = g_strdup_printf ("KPI%u", k + 1);
      g_autofree char *parent = g_strdup_printf ("ws-%u", k % 4);
      JsonArray *targets = json_array_new ();

      object = entity (entities, id, "kpi");
      json_object_set_string_member (object, "parent", parent);
      json_object_set_string_member (object, "ref", ref);
      json_object_set_string_member (object, "text", "Percentage of plans issued within 20 weeks");
      json_object_set_double_member (object, "baseline_value", g_rand_double_range (rand, 0, 60));
      json_object_set_string_member (object, "unit", "%");
      for (guint t = 0; t < 4; t++)
        {
          JsonObject *target = json_object_new ();
          json_object_set_string_member (target, "date", (const char *[]){ "2022-10-31", "2023-01-31", "2023-07-31", "2024-01-31" }[t]);
          json_object_set_int_member (target, "value", 50 + 10 * t);
          json_array_add_object_element (targets, target);
        }
      json_object_set_array_member (object, "targets", targets);
      json_object_set_int_member (object, "pos", k + 1);
      for (guint m = 0; m < size->n_measurements; m++)
        {
          g_autofree char *mid = g_strdup_printf ("m-%u-%u", k, m);
          g_autofree char *date = g_strdup_printf ("%04u-%02u-28", 2019 + m / 12, m % 12 + 1);
          JsonObject *measurement = entity (entities, mid, "measurement");
          json_object_set_string_member (measurement, "parent", id);
          json_object_set_string_member (measurement, "date", date);
          json_object_set_double_member (measurement, "value", g_rand_double_range (rand, 0, 100));
        }
    }
  for (guint o = 0; o < n_objectives; o++)
    {
      g_autofree char *id = g_strdup_printf ("obj-%u", o);
      g_autofree char *parent = g_strdup_printf ("ws-%u", o % 4);
      g_autofree char *ref = g_strdup_printf ("%u.%u", o % 4 + 1, o / 4 + 1);
      object = entity (entities, id, "objective");
      json_object_set_string_member (object, "parent", parent);
      json_object_set_string_member (object, "ref", ref);
      json_object_set_string_member (object, "title", "Improve the timeliness of plans");
      json_object_set_int_member (object, "pos", o / 4 + 1);
    }
  for (guint a = 0; a < size->n_actions; a++)
    {
      g_autofree char *id = g_strdup_printf ("act-%u", a);
      g_autofree char *parent = g_strdup_printf ("obj-%u", a / 10);
      g_autofree char *ref = g_strdup_printf ("%u.%u.%u", (a / 10) % 4 + 1, a / 40 + 1, a % 10 + 1);
      g_autofree char *due = date_for (rand, 2023);
      g_autofree char *role = g_strdup_printf ("role-%u", g_rand_int_range (rand, 0, 20));
      JsonArray *roles = json_array_new ();

      object = entity (entities, id, "action");
      json_object_set_string_member (object, "parent", parent);
      json_object_set_string_member (object, "ref", ref);
      json_object_set_string_member (object, "text",
                                     "Review the process for issuing plans:\na) map the steps\n"
                                     "b) remove the delays\nc) report to the board");
      json_object_set_string_member (object, "outcome", "Plans are issued on time.");
      json_object_set_string_member (object, "due_text", "As written by a person");
      json_object_set_string_member (object, "due", due);
      json_array_add_string_element (roles, role);
      json_object_set_array_member (object, "roles", roles);
      if (size->n_kpis > 0)
        {
          JsonArray *kpis = json_array_new ();
          g_autofree char *kpi = g_strdup_printf ("kpi-%u", a % size->n_kpis);
          json_array_add_string_element (kpis, kpi);
          json_object_set_array_member (object, "kpis", kpis);
        }
      json_object_set_string_member (object, "rag", (const char *[]){ "red", "amber", "green" }[a % 3]);
      json_object_set_int_member (object, "pos", a % 10 + 1);
    }
  for (guint r = 0; r < size->n_risks; r++)
    {
      g_autofree char *id = g_strdup_printf ("risk-%u", r);
      g_autofree char *ref = g_strdup_printf ("R%u", r + 1);
      g_autofree char *date = date_for (rand, 2022);
      object = entity (entities, id, "risk");
      json_object_set_string_member (object, "ref", ref);
      json_object_set_string_member (object, "date", date);
      json_object_set_string_member (object, "title", "Caseworkers leave faster than they are recruited");
      json_object_set_int_member (object, "likelihood", g_rand_int_range (rand, 1, 6));
      json_object_set_int_member (object, "impact", g_rand_int_range (rand, 1, 6));
      json_object_set_string_member (object, "mitigation", "A recruitment and retention plan");
      json_object_set_int_member (object, "post_likelihood", g_rand_int_range (rand, 1, 6));
      json_object_set_int_member (object, "post_impact", g_rand_int_range (rand, 1, 6));
      json_object_set_string_member (object, "status", "open");
      json_object_set_int_member (object, "pos", r + 1);
    }

  out = g_string_new (NULL);
  wmk_json_append (out, root, TRUE, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

/**
 * wmk_test_cli:
 * @dir: the folder it runs in, and its WAYMARK_DATA_DIR
 * @plan: the plan it works on
 * @first: the command, then its arguments, then %NULL
 *
 * Runs $WAYMARK_CLI as a person would, and checks that it succeeded and
 * said nothing on stderr.
 *
 * Returns: (transfer full): what it printed
 */
char *
wmk_test_cli (const char *dir, const char *plan, const char *first, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "WAYMARK_DATA_DIR", dir, TRUE);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("WAYMARK_CLI"));
  g_ptr_array_add (argv, "--plan");
  g_ptr_array_add (argv, (char *) plan);
  va_start (args, first);
  for (const char *arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_test_message ("waymark-cli %s\n--- stdout:\n%s--- stderr:\n%s", first, out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (err, ==, "");
  return g_steal_pointer (&out);
}

void
wmk_test_cli_set_up (WmkTestCliFixture *f, gconstpointer data)
{
  f->dir = wmk_test_make_dir ();
  f->plan = g_build_filename (f->dir, "plan.waymark", NULL);
}

void
wmk_test_cli_tear_down (WmkTestCliFixture *f, gconstpointer data)
{
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan);
}

/**
 * wmk_test_cli_json:
 * @plan: (nullable): the plan, or %NULL for the fixture's
 * @argument: (nullable): the command's one argument
 *
 * Returns: (transfer full): what `waymark-cli COMMAND [ARGUMENT] --json` printed
 */
JsonNode *
wmk_test_cli_json (WmkTestCliFixture *f, const char *plan, const char *command,
                   const char *argument)
{
  const char *on = plan ? plan : f->plan;
  g_autofree char *out = argument ? wmk_test_cli (f->dir, on, command, argument, "--json", NULL)
                                  : wmk_test_cli (f->dir, on, command, "--json", NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node = wmk_json_parse (out, -1, &error);

  g_assert_no_error (error);
  return node;
}

/* How many items of @type `list` gives. */
guint
wmk_test_cli_count (WmkTestCliFixture *f, const char *plan, const char *type)
{
  g_autoptr(JsonNode) node = wmk_test_cli_json (f, plan, "list", type);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_array_get_length (json_node_get_array (node));
}

/* The item's fields, as `show` gives them. */
JsonObject *
wmk_test_cli_show (WmkTestCliFixture *f, const char *id)
{
  g_autoptr(JsonNode) node = wmk_test_cli_json (f, NULL, "show", id);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* `plugins` finds exactly one plugin, loaded: @id (WAYMARK_PLUGIN_PATH is
 * the plugin's build folder only). */
void
wmk_test_cli_assert_only_plugin (WmkTestCliFixture *f, const char *id)
{
  g_autoptr(JsonNode) node = wmk_test_cli_json (f, NULL, "plugins", NULL);
  JsonArray *reports = json_node_get_array (node);
  guint loaded = 0;

  for (guint i = 0; i < json_array_get_length (reports); i++)
    {
      JsonObject *report = json_array_get_object_element (reports, i);

      if (g_strcmp0 (json_object_get_string_member (report, "status"), "loaded") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (report, "id"), ==, id);
          loaded++;
        }
    }
  g_assert_cmpuint (loaded, ==, 1);
}
