/* wmk-cli-minutes.c: waymark-cli minutes, a meeting's minutes as PDF or HTML
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#define USAGE "minutes MEETING --format pdf|html -o OUT"

int
wmk_cli_minutes (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  const char *ref = NULL, *format = NULL, *output = NULL;
  WmkEntity *meeting;
  WmkPlan *plan;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--format") && i + 1 < argc)
        format = argv[++i];
      else if ((g_str_equal (argv[i], "-o") || g_str_equal (argv[i], "--output")) && i + 1 < argc)
        output = argv[++i];
      else if (ref == NULL && argv[i][0] != '-')
        ref = argv[i];
      else
        return wmk_cli_usage (USAGE);
    }
  if (ref == NULL || output == NULL || (g_strcmp0 (format, "pdf") != 0 && g_strcmp0 (format, "html") != 0))
    return wmk_cli_usage (USAGE);
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;
  if ((meeting = wmk_plan_resolve (plan, ref, &error)) == NULL)
    return wmk_cli_error (error);
  if (!g_str_equal (wmk_entity_get_entity_type (meeting), "meeting"))
    return wmk_cli_fail ("“%s” is not a meeting", ref);
  if (!wmk_minutes_write (plan, wmk_entity_get_id (meeting), format, output, &error))
    return wmk_cli_error (error);
  return 0;
}
