/* wmk-plan-order.c: how the plan table orders its rows and numbers new actions
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-plan-order.h"

#include <stdlib.h>
#include <string.h>

/* Sorting. Only actions have these fields; sections and objectives keep
 * their order (they compare equal, and the sort is stable). */

static int
rank_of (const char *const *order, const char *value)
{
  int i = 0;

  while (order[i] && g_strcmp0 (order[i], value) != 0)
    i++;
  return i;
}

int
wmk_plan_sort_by_ref (gconstpointer a, gconstpointer b, gpointer data)
{
  return wmk_ref_compare (wmk_entity_get_ref ((gpointer) a), wmk_entity_get_ref ((gpointer) b));
}

int
wmk_plan_sort_by_text (gconstpointer a, gconstpointer b, gpointer data)
{
  if (!WMK_IS_ACTION ((gpointer) a) || !WMK_IS_ACTION ((gpointer) b))
    return 0;
  return g_utf8_collate (wmk_entity_get_string ((gpointer) a, "text") ?: "",
                         wmk_entity_get_string ((gpointer) b, "text") ?: "");
}

int
wmk_plan_sort_by_due (gconstpointer a, gconstpointer b, gpointer data)
{
  const char *da = wmk_entity_get_string ((gpointer) a, "due");
  const char *db = wmk_entity_get_string ((gpointer) b, "due");

  if (!WMK_IS_ACTION ((gpointer) a) || !WMK_IS_ACTION ((gpointer) b))
    return 0;
  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL); /* "Ongoing" last */
  return strcmp (da, db);
}

int
wmk_plan_sort_by_status (gconstpointer a, gconstpointer b, gpointer data)
{
  static const char *const order[] = { "not_started", "in_progress", "on_hold", "complete", NULL };

  if (!WMK_IS_ACTION ((gpointer) a) || !WMK_IS_ACTION ((gpointer) b))
    return 0;
  return rank_of (order, wmk_entity_get_string ((gpointer) a, "status"))
         - rank_of (order, wmk_entity_get_string ((gpointer) b, "status"));
}

int
wmk_plan_sort_by_rag (gconstpointer a, gconstpointer b, gpointer data)
{
  static const char *const order[] = { "red", "amber", "green", "blue", NULL };

  if (!WMK_IS_ACTION ((gpointer) a) || !WMK_IS_ACTION ((gpointer) b))
    return 0;
  return rank_of (order, wmk_entity_get_string ((gpointer) a, "rag"))
         - rank_of (order, wmk_entity_get_string ((gpointer) b, "rag"));
}

/* The next free ref under an objective: 3.3 with 3.3.1 … 3.3.7 gives 3.3.8. */
char *
wmk_plan_next_action_ref (WmkPlan *plan, WmkEntity *objective)
{
  g_autoptr(GPtrArray) actions = wmk_plan_dup_children (plan, wmk_entity_get_id (objective),
                                                  "action");
  const char *prefix = wmk_entity_get_ref (objective);
  guint last = 0;

  if (prefix == NULL)
    return NULL;
  for (guint i = 0; i < actions->len; i++)
    {
      const char *ref = wmk_entity_get_ref (actions->pdata[i]);
      if (ref && g_str_has_prefix (ref, prefix) && ref[strlen (prefix)] == '.')
        last = MAX (last, (guint) atoi (ref + strlen (prefix) + 1));
    }
  return g_strdup_printf ("%s.%u", prefix, last + 1);
}
