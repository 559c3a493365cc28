/* wmk-cli-plan.c: waymark-cli commands on whole plans: init, import, export, summary
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#include <glib/gstdio.h>

static int
created (WmkCliContext *ctx, WmkPlan *plan)
{
  wmk_cli_remember_plan (ctx->plan_path);
  wmk_cli_print_summary (plan);
  g_object_unref (plan);
  return 0;
}

static gboolean
ensure_parent_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_mkdir_with_parents (dir, 0700) == 0;
}

int
wmk_cli_init (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  WmkPlan *plan;

  if (!ensure_parent_folder (ctx->plan_path))
    return wmk_cli_fail ("Could not create the folder for %s", ctx->plan_path);

  if (argc == 2 && g_str_equal (argv[1], "--sample"))
    plan = wmk_plan_import_sample (ctx->plan_path, ctx->author, &error);
  else if (argc == 3 && g_str_equal (argv[1], "--empty"))
    plan = wmk_plan_new_empty (ctx->plan_path, argv[2], ctx->author, &error);
  else
    return wmk_cli_usage ("init --sample | --empty TITLE");

  if (plan == NULL)
    return wmk_cli_error (error);
  return created (ctx, plan);
}

/* import FILE.ics: meetings added to the current plan, not a new plan. */
static int
import_meetings (WmkCliContext *ctx, GBytes *bytes, const char *path, const char *body_ref)
{
  g_autoptr(GError) error = NULL;
  WmkEntity *body = NULL;
  WmkPlan *plan;
  guint n = 0;

  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  if (body_ref && (body = wmk_plan_resolve (plan, body_ref, &error)) == NULL)
    return wmk_cli_error (error);
  if (body && !g_str_equal (wmk_entity_get_entity_type (body), "body"))
    return wmk_cli_fail ("“%s” is not a governance body", body_ref);
  if (!wmk_plan_import_ics (plan, bytes, path, body ? wmk_entity_get_id (body) : NULL, &n, &error))
    return wmk_cli_error (error);
  g_print ("%u meetings added to %s\n", n, ctx->plan_path);
  return 0;
}

static gboolean
is_ics (const char *path, GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_str_has_suffix (path, ".ics")
         || (length >= 15 && g_ascii_strncasecmp (data, "BEGIN:VCALENDAR", 15) == 0);
}

int
wmk_cli_import (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  const char *path = NULL, *body_ref = NULL;
  WmkPlan *plan;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--body") && i + 1 < argc)
        body_ref = argv[++i];
      else if (path == NULL)
        path = argv[i];
      else
        path = NULL, i = argc;
    }
  if (path == NULL)
    return wmk_cli_usage ("import FILE.json | FILE.ics [--body REF]");

  file = g_file_new_for_commandline_arg (path);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    return wmk_cli_fail ("Could not read %s: %s", path, error->message);
  if (is_ics (path, bytes))
    return import_meetings (ctx, bytes, path, body_ref);
  if (body_ref)
    return wmk_cli_usage ("import FILE.json | FILE.ics [--body REF]");
  if (!ensure_parent_folder (ctx->plan_path))
    return wmk_cli_fail ("Could not create the folder for %s", ctx->plan_path);

  plan = wmk_plan_import (ctx->plan_path, bytes, path, ctx->author, &error);
  if (plan == NULL)
    return wmk_cli_error (error);
  return created (ctx, plan);
}

#define EXPORT_USAGE "export --format json|csv|ics [--type TYPE] [--body REF] [-o OUT]"

int
wmk_cli_export (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *format = NULL, *output = NULL, *type_name = "action", *body_ref = NULL;
  const char *type;
  WmkPlan *plan;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--format") && i + 1 < argc)
        format = argv[++i];
      else if (g_str_has_prefix (argv[i], "--format="))
        format = argv[i] + 9;
      else if ((g_str_equal (argv[i], "-o") || g_str_equal (argv[i], "--output")) && i + 1 < argc)
        output = argv[++i];
      else if (g_str_equal (argv[i], "--type") && i + 1 < argc)
        type_name = argv[++i];
      else if (g_str_equal (argv[i], "--body") && i + 1 < argc)
        body_ref = argv[++i];
      else
        return wmk_cli_usage (EXPORT_USAGE);
    }
  if (format == NULL)
    return wmk_cli_usage (EXPORT_USAGE);

  if (!g_str_equal (format, "json") && !g_str_equal (format, "csv") && !g_str_equal (format, "ics"))
    return wmk_cli_fail ("This version of Waymark exports “json”, “csv” and “ics”, not “%s”", format);
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;

  if (g_str_equal (format, "json"))
    bytes = wmk_plan_to_json (plan);
  else if (g_str_equal (format, "ics"))
    {
      WmkEntity *body = NULL;

      if (body_ref && (body = wmk_plan_resolve (plan, body_ref, &error)) == NULL)
        return wmk_cli_error (error);
      if (body && !g_str_equal (wmk_entity_get_entity_type (body), "body"))
        return wmk_cli_fail ("“%s” is not a governance body", body_ref);
      bytes = wmk_plan_to_ics (plan, body ? wmk_entity_get_id (body) : NULL);
    }
  else
    {
      if ((type = wmk_cli_type_for_name (ctx, type_name)) == NULL)
        return wmk_cli_fail ("There is no item type “%s”", type_name);
      bytes = wmk_plan_to_csv (plan, type, &error);
      if (bytes == NULL)
        return wmk_cli_error (error);
    }

  if (!wmk_cli_write_output (output, bytes, &error))
    return wmk_cli_error (error);
  return 0;
}

int
wmk_cli_summary (WmkCliContext *ctx, int argc, char **argv)
{
  WmkPlan *plan;

  if (argc != 1)
    return wmk_cli_usage ("summary");
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  wmk_cli_print_summary (plan);
  return 0;
}
