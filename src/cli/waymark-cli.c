/* waymark-cli.c: headless access to Waymark plans, for scripts and tests
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "wmk-cli-context.h"

static const struct
{
  const char    *name;
  WmkCliCommand  run;
  const char    *help;
} commands[] = {
  { "init", wmk_cli_init, "init --sample | --empty TITLE       create a plan" },
  { "import", wmk_cli_import, "import FILE.json | FILE.ics [--body REF]  a new plan from a plan file; meetings from a calendar" },
  { "export", wmk_cli_export, "export --format json|csv|ics [--type TYPE] [--body REF] [-o OUT]" },
  { "summary", wmk_cli_summary, "summary                            the plan at a glance" },
  { "list", wmk_cli_list, "list actions|kpis|risks|meetings|decisions|log|TYPE [--json]" },
  { "show", wmk_cli_show, "show REF [--json]                  one item, every field" },
  { "set", wmk_cli_set, "set REF FIELD VALUE                change one field" },
  { "add", wmk_cli_add, "add TYPE [--under REF] FIELD=VALUE…  create an item; prints its id" },
  { "delete", wmk_cli_delete, "delete REF                         delete an item (undoable)" },
  { "history", wmk_cli_history, "history REF [--json]               every change to one item" },
  { "undo", wmk_cli_undo, "undo                               undo the last edit" },
  { "redo", wmk_cli_redo, "redo                               redo the last undone edit" },
  { "minutes", wmk_cli_minutes, "minutes MEETING --format pdf|html -o OUT  a meeting's minutes" },
  { "check", wmk_cli_check, "check [--today DATE] [--json]      improvement-notice compliance; exit 1 if a line fails" },
  { "sync", wmk_cli_sync, "sync [FOLDER] [--json]             share through FOLDER; publish and apply changes" },
  { "join", wmk_cli_join, "join FOLDER                        a local copy (--plan FILE) of a plan shared in FOLDER" },
  { "conflicts", wmk_cli_conflicts, "conflicts [--json]                 fields edited on two computers at once" },
  { "resolve", wmk_cli_resolve, "resolve REF FIELD VALUE            settle a conflict" },
  { "plugins", wmk_cli_plugins, "plugins [--json]                   the plugins found: loaded, refused or turned off, and why" },
};

static void
print_help (void (*print) (const char *format, ...))
{
  print ("Usage: waymark-cli [--plan FILE] [--author NAME] COMMAND …\n\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    print ("  %s\n", commands[i].help);
  print ("\nREF is an item's ref (3.3.1) or its id. Without --plan, the plan used is the\n"
           "one last created or imported, in $WAYMARK_DATA_DIR (default ~/.local/share/waymark).\n"
           "Edits are recorded under --author, else $WAYMARK_AUTHOR, else your name.\n");
}

int
main (int argc, char **argv)
{
  WmkCliContext ctx = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  int status = WMK_CLI_USAGE;

  setlocale (LC_ALL, "");

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--plan") && i + 1 < argc)
        ctx.plan_path = g_strdup (argv[++i]);
      else if (g_str_has_prefix (arg, "--plan="))
        ctx.plan_path = g_strdup (arg + 7);
      else if (g_str_equal (arg, "--author") && i + 1 < argc)
        ctx.author = g_strdup (argv[++i]);
      else if (g_str_has_prefix (arg, "--author="))
        ctx.author = g_strdup (arg + 9);
      else if (g_str_equal (arg, "--json"))
        ctx.json = TRUE;
      else if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help (g_print);
          return 0;
        }
      else if (g_str_equal (arg, "--version"))
        {
          g_print ("waymark-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else
        g_ptr_array_add (rest, argv[i]);
    }

  if (rest->len == 0)
    {
      /* A usage error: the help goes where errors go. */
      print_help (g_printerr);
      return WMK_CLI_USAGE;
    }
  if (ctx.plan_path == NULL)
    ctx.plan_path = wmk_cli_default_plan ();
  if (ctx.author == NULL)
    ctx.author = g_strdup (wmk_default_author ());

  /* Before any plan opens: plugins add entity types to every plan's schema. */
  wmk_cli_load_plugins ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (rest->pdata[0], commands[i].name))
      {
        status = commands[i].run (&ctx, (int) rest->len, (char **) rest->pdata);
        goto out;
      }
  wmk_cli_fail ("“%s” is not a command; see waymark-cli --help", (char *) rest->pdata[0]);

out:
  g_clear_object (&ctx.plan);
  g_free (ctx.plan_path);
  g_free (ctx.author);
  return status;
}
