/* wmk-plan-file.h: whole plans to and from files: JSON, CSV, the sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

#define WMK_PLAN_FILE_ERROR (wmk_plan_file_error_quark ())

typedef enum
{
  WMK_PLAN_FILE_ERROR_MALFORMED,     /* not JSON, or not shaped like a plan file */
  WMK_PLAN_FILE_ERROR_NEWER_FORMAT,  /* written by a newer Waymark */
  WMK_PLAN_FILE_ERROR_INVALID,       /* a wrong type, a duplicate id, a missing link */
} WmkPlanFileError;

/* The plan file format this build writes and the newest it reads. */
#define WMK_PLAN_FILE_VERSION 1

/* The sample plan, compiled in as a resource. */
#define WMK_SAMPLE_PLAN_RESOURCE "/io/github/waymark/Waymark/sample/devon-send-plan.json"

GQuark    wmk_plan_file_error_quark (void);

GBytes   *wmk_plan_to_json    (WmkPlan     *plan);
GBytes   *wmk_plan_to_csv     (WmkPlan     *plan,
                               const char  *type,
                               GError     **error);

WmkPlan  *wmk_plan_import     (const char  *path,
                               GBytes      *json,
                               const char  *source_name,
                               const char  *author,
                               GError     **error);
WmkPlan  *wmk_plan_import_sample (const char *path,
                                  const char *author,
                                  GError    **error);

G_END_DECLS
