/* wmk-cli-context.h: what every waymark-cli command is handed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark.h"

G_BEGIN_DECLS

/* Exit statuses: 1 for an error, 2 for a command line that makes no sense. */
#define WMK_CLI_FAILED 1
#define WMK_CLI_USAGE 2

typedef struct
{
  char     *plan_path;    /* --plan, or the user's current plan */
  char     *author;       /* --author, $WAYMARK_AUTHOR, or the user's name */
  gboolean  json;         /* --json */
  WmkPlan  *plan;         /* opened on first use */
} WmkCliContext;

typedef int (*WmkCliCommand) (WmkCliContext *ctx, int argc, char **argv);

char     *wmk_cli_data_dir        (void);
char     *wmk_cli_default_plan    (void);
void      wmk_cli_remember_plan   (const char *path);
WmkPlan  *wmk_cli_open_plan       (WmkCliContext *ctx);
int       wmk_cli_fail            (const char *format, ...) G_GNUC_PRINTF (1, 2);
int       wmk_cli_error           (GError     *error);
int       wmk_cli_usage           (const char *usage);
const char *wmk_cli_type_for_name (WmkCliContext *ctx,
                                   const char    *name);
gboolean  wmk_cli_write_output    (const char *path,
                                   GBytes     *bytes,
                                   GError    **error);
void      wmk_cli_print_json      (JsonNode   *node);
char     *wmk_cli_display_value   (WmkPlan            *plan,
                                   const WmkFieldSpec *field,
                                   JsonNode           *value);
JsonNode *wmk_cli_entity_json     (WmkEntity  *entity);
void      wmk_cli_print_summary   (WmkPlan    *plan);

/* The commands, one file per group. */
int wmk_cli_init     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_import   (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_export   (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_summary  (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_list     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_show     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_set      (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_add      (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_delete   (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_history  (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_undo     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_redo     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_check    (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_minutes  (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_sync     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_join     (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_conflicts (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_resolve  (WmkCliContext *ctx, int argc, char **argv);
int wmk_cli_plugins  (WmkCliContext *ctx, int argc, char **argv);

/* Loads the plugins, once, before a command runs (wmk-cli-plugins.c). */
void wmk_cli_load_plugins (void);

/* Rows of `list meetings|decisions|log` (wmk-cli-governance.c). */
gboolean    wmk_cli_print_governance_row (WmkPlan *plan, WmkEntity *entity);
const char *wmk_cli_governance_header    (const char *type);

G_END_DECLS
