/* bench-plugins.c: what discovering and loading the plugins adds to start-up
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Modules load once per process and stay resident, so each run is a fresh
 * process: this program starts itself with --once, which loads the plugins
 * of the default folders into the default registry and prints the time it
 * took. The plugins are those of $WAYMARK_PLUGIN_PATH if it is set, else the
 * workstream plugins built in build/plugins, else the minimal test plugin.
 * Then it times `waymark-cli plugins --json` with those plugins and with
 * none: the difference is what plugins add to a command's start-up.
 * Figures are printed with the target (loading adds <= 30 ms), never asserted.
 */

#include "wmk-test-support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len ? g_array_index (values, double, values->len / 2) : 0;
}

/* In a fresh process: load, print "usec found loaded" and each report. */
static int
run_once (void)
{
  gint64 start = g_get_monotonic_time ();
  WmkPluginLoader *loader = wmk_plugins_load_default (NULL);
  gint64 usec = g_get_monotonic_time () - start;
  GPtrArray *reports = wmk_plugin_loader_get_reports (loader);
  guint loaded = 0;

  for (guint i = 0; i < reports->len; i++)
    loaded += ((WmkPluginReport *) reports->pdata[i])->status == WMK_PLUGIN_STATUS_LOADED;
  g_print ("%" G_GINT64_FORMAT " %u %u\n", usec, reports->len, loaded);
  for (guint i = 0; i < reports->len; i++)
    {
      WmkPluginReport *r = reports->pdata[i];
      g_print ("  %-9s %6.2f ms  %s%s%s\n", wmk_plugin_status_to_string (r->status),
               r->load_usec / 1000.0, r->path, r->reason ? ": " : "", r->reason ? r->reason : "");
    }
  return 0;
}

static gboolean
has_modules (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  /* Without loading anything: a subfolder holding a module is enough. */
  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *file = g_strconcat (name, "." G_MODULE_SUFFIX, NULL);
      g_autofree char *path = g_build_filename (dir, name, file, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

static char *
spawn (char **argv, char **envp, double *ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  g_spawn_sync (NULL, argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                &error);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_steal_pointer (&out);
}

int
main (int argc, char **argv)
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  guint runs = quick ? 3 : 15;
  g_autofree char *self = NULL, *first_out = NULL, *xdg = NULL;
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) with = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) without = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) bare_envp = NULL;
  const char *path = g_getenv ("WAYMARK_PLUGIN_PATH");
  const char *cli = g_getenv ("WAYMARK_CLI");
  g_autofree char *chosen = NULL;
  guint found = 0, loaded = 0;

  if (argc > 1 && g_str_equal (argv[1], "--once"))
    return run_once ();

  if (path && *path)
    chosen = g_strdup (path);
  else if (has_modules (BENCH_PLUGIN_DIR))
    chosen = g_strdup (BENCH_PLUGIN_DIR);
  else
    chosen = g_build_filename (BENCH_TEST_PLUGIN_DIR, "minimal." G_MODULE_SUFFIX, NULL);

  /* No user folder to find stray plugins in. */
  xdg = wmk_test_make_dir ();
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", xdg, TRUE);
  envp = g_environ_setenv (envp, "WAYMARK_DATA_DIR", xdg, TRUE);
  bare_envp = g_environ_setenv (g_strdupv (envp), "WAYMARK_PLUGIN_PATH", "", TRUE);
  envp = g_environ_setenv (envp, "WAYMARK_PLUGIN_PATH", chosen, TRUE);
  self = g_canonicalize_filename (argv[0], NULL);

  g_print ("Plugins from %s\n", chosen);
  for (guint i = 0; i < runs; i++)
    {
      char *once_argv[] = { self, "--once", NULL };
      double ms;
      g_autofree char *out = spawn (once_argv, envp, &ms);
      double usec = g_ascii_strtod (out, NULL);

      if (i == 0)
        {
          sscanf (out, "%*s %u %u", &found, &loaded);
          first_out = g_steal_pointer (&out);
        }
      usec /= 1000.0;
      g_array_append_val (load, usec);
    }
  g_print ("modules found: %u, loaded: %u; the first run:\n%s", found, loaded,
           strchr (first_out, '\n') + 1);
  g_print ("discover and load, in-process (median of %u fresh processes): %.2f ms "
           "(target <= 30 ms)\n", runs, median (load));

  if (cli)
    {
      for (guint i = 0; i < runs; i++)
        {
          char *cli_argv[] = { (char *) cli, "plugins", "--json", NULL };
          double ms;
          g_autofree char *a = spawn (cli_argv, envp, &ms);
          g_autofree char *b = NULL;

          g_array_append_val (with, ms);
          b = spawn (cli_argv, bare_envp, &ms);
          g_array_append_val (without, ms);
        }
      g_print ("waymark-cli plugins --json (median of %u): %.2f ms with them, %.2f ms without: "
               "%.2f ms added (target <= 30 ms)\n",
               runs, median (with), median (without), median (with) - median (without));
    }
  wmk_test_remove_dir (xdg);
  return 0;
}
