/* wmk-kpi-values.h: a KPI's values, dates and targets as people read and write them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     *wmk_kpi_format_value    (double      value,
                                   const char *unit);
char     *wmk_kpi_format_exact    (double      value);
char     *wmk_kpi_format_date     (const char *date);
char     *wmk_kpi_format_month    (const char *date);
char     *wmk_kpi_parse_date      (const char *text);
gboolean  wmk_kpi_parse_value     (const char *text,
                                   double     *value);
JsonNode *wmk_kpi_value_node      (double      value);
char     *wmk_kpi_target_date     (const char *notice_date,
                                   guint       months);

guint     wmk_kpi_targets_get_n   (JsonNode   *targets);
gboolean  wmk_kpi_targets_get     (JsonNode   *targets,
                                   guint       index,
                                   const char **date,
                                   double     *value,
                                   const char **text);
JsonNode *wmk_kpi_targets_with    (JsonNode   *targets,
                                   int         replace,
                                   const char *date,
                                   double      value,
                                   const char *text);
JsonNode *wmk_kpi_targets_without (JsonNode   *targets,
                                   guint       index);

G_END_DECLS
