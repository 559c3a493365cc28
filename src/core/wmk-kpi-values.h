/* wmk-kpi-values.h: a KPI's values, dates and targets as people read and write them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wmk-plan.h"

G_BEGIN_DECLS

/**
 * WmkKpiComputedValue:
 * @date: the day it is for, "YYYY-MM-DD"
 * @value: the value, in the KPI's unit
 * @source: where it comes from, for a person: the feed's label, untranslated
 * @plugin_name: the name of the plugin that computed it
 *
 * A KPI value a plugin computes (a #WmkKpiFeed), shown beside the
 * measurements people enter and marked as computed.
 */
typedef struct
{
  char        date[11];
  double      value;
  const char *source;
  const char *plugin_name;
} WmkKpiComputedValue;

GArray   *wmk_kpi_compute_values  (WmkPlan    *plan,
                                   WmkEntity  *kpi);

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
