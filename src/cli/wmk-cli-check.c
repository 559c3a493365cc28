/* wmk-cli-check.c: waymark-cli check, the improvement-notice compliance check
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#include <string.h>

static JsonNode *
line_json (WmkComplianceLine *line)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *entity_id = wmk_compliance_line_get_entity_id (line);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, wmk_compliance_line_get_id (line));
  json_builder_set_member_name (builder, "duty");
  json_builder_add_string_value (builder, wmk_compliance_line_get_duty (line));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, wmk_compliance_line_get_title (line));
  json_builder_set_member_name (builder, "passed");
  json_builder_add_boolean_value (builder, wmk_compliance_line_get_passed (line));
  json_builder_set_member_name (builder, "evidence");
  json_builder_add_string_value (builder, wmk_compliance_line_get_evidence (line));
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (const char * const *p = wmk_compliance_line_get_problems (line); *p; p++)
    json_builder_add_string_value (builder, *p);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "entity");
  if (entity_id)
    json_builder_add_string_value (builder, entity_id);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_line (WmkComplianceLine *line)
{
  gboolean passed = wmk_compliance_line_get_passed (line);
  const char *evidence = wmk_compliance_line_get_evidence (line);

  g_print ("%s %s  %s [%s]\n", passed ? "✓" : "✗", passed ? "PASS" : "FAIL",
           wmk_compliance_line_get_title (line), wmk_compliance_line_get_duty (line));
  if (*evidence)
    g_print ("         %s\n", evidence);
  for (const char * const *p = wmk_compliance_line_get_problems (line); *p; p++)
    g_print ("         - %s\n", *p);
}

int
wmk_cli_check (WmkCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GPtrArray) lines = NULL;
  const char *today = NULL;
  guint n_failed = 0;
  WmkPlan *plan;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--today") && i + 1 < argc)
        today = argv[++i];
      else if (g_str_has_prefix (argv[i], "--today="))
        today = argv[i] + strlen ("--today=");
      else
        return wmk_cli_usage ("check [--today YYYY-MM-DD] [--json]");
    }
  if (today && !wmk_date_is_valid (today))
    return wmk_cli_fail ("“%s” is not a date; write it as YYYY-MM-DD", today);
  if ((plan = wmk_cli_open_plan (ctx)) == NULL)
    return WMK_CLI_FAILED;

  lines = wmk_compliance_check (plan, today);
  for (guint i = 0; i < lines->len; i++)
    n_failed += !wmk_compliance_line_get_passed (lines->pdata[i]);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = wmk_json_new_array (json_array_new ());

      for (guint i = 0; i < lines->len; i++)
        json_array_add_element (json_node_get_array (root), line_json (lines->pdata[i]));
      wmk_cli_print_json (root);
    }
  else
    {
      for (guint i = 0; i < lines->len; i++)
        print_line (lines->pdata[i]);
      g_print ("\n%u of %u checks passed.\n", lines->len - n_failed, lines->len);
    }
  return n_failed > 0 ? WMK_CLI_FAILED : 0;
}
