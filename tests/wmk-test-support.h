/* wmk-test-support.h: what the tests share: temporary folders and generated plans
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_actions;       /* spread over 4 workstreams and objectives of 10 actions */
  guint n_kpis;
  guint n_measurements;  /* per KPI */
  guint n_risks;
} WmkTestPlanSize;

/* A fresh empty plan in a temporary folder, for g_test_add(). */
typedef struct
{
  char    *dir;
  WmkPlan *plan;
} WmkTestPlanFixture;

void     wmk_test_plan_set_up    (WmkTestPlanFixture *f,
                                  gconstpointer       data);
void     wmk_test_plan_tear_down (WmkTestPlanFixture *f,
                                  gconstpointer       data);

char    *wmk_test_make_dir       (void);
void     wmk_test_remove_dir     (const char *path);
GBytes  *wmk_test_generate_plan  (const WmkTestPlanSize *size,
                                  guint32                seed);
char    *wmk_test_file_checksum  (const char *path);
char    *wmk_test_cli            (const char *dir,
                                  const char *plan,
                                  const char *first,
                                  ...) G_GNUC_NULL_TERMINATED;

/* A plan in a temporary folder that waymark-cli works on, for g_test_add(). */
typedef struct
{
  char *dir;
  char *plan;
} WmkTestCliFixture;

void        wmk_test_cli_set_up      (WmkTestCliFixture *f,
                                      gconstpointer      data);
void        wmk_test_cli_tear_down   (WmkTestCliFixture *f,
                                      gconstpointer      data);
JsonNode   *wmk_test_cli_json        (WmkTestCliFixture *f,
                                      const char        *plan,
                                      const char        *command,
                                      const char        *argument);
guint       wmk_test_cli_count       (WmkTestCliFixture *f,
                                      const char        *plan,
                                      const char        *type);
JsonObject *wmk_test_cli_show        (WmkTestCliFixture *f,
                                      const char        *id);
void        wmk_test_cli_assert_only_plugin (WmkTestCliFixture *f,
                                             const char        *id);

/* The file's bytes are exactly what they were when @sum was taken. */
#define wmk_assert_file_unchanged(path, sum)                  \
  G_STMT_START                                                \
  {                                                           \
    g_autofree char *now_ = wmk_test_file_checksum (path);    \
    g_assert_cmpstr (now_, ==, (sum));                        \
  }                                                           \
  G_STMT_END

G_END_DECLS
