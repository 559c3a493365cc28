/* wmk-rag-suggestion.c: the RAG rating an action's dates and progress suggest
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Boards argue about RAG ratings; a suggestion from the facts gives the
 * argument a starting point, and an override must say why (the action's
 * rag_reason). The rules, in order:
 *
 *   complete (status, or rated blue)                     → blue
 *   due date passed                                      → red
 *   due soon (84 days) with no progress update in 56 days → amber
 *   not started and due soon                             → amber
 *   no due date ("Ongoing") and no progress in 56 days    → amber
 *   otherwise                                            → green
 */

#include "config.h"

#include "wmk-rag-suggestion.h"

#include "wmk-format.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* The date of the latest progress update on the action, or NULL. */
static const char *
latest_update (WmkPlan *plan, WmkEntity *action)
{
  g_autoptr(GPtrArray) updates = wmk_plan_dup_children (plan, wmk_entity_get_id (action),
                                                        "progress_update");
  const char *latest = NULL;

  for (guint i = 0; i < updates->len; i++)
    {
      const char *date = wmk_entity_get_string (updates->pdata[i], "date");
      if (date && wmk_date_is_valid (date) && (latest == NULL || strcmp (date, latest) > 0))
        latest = date;
    }
  return latest;
}

/**
 * wmk_rag_suggest:
 * @action: an action
 * @today: the date to judge on, YYYY-MM-DD
 * @reason: (out) (optional): why, in a few words for a person
 *
 * Returns: "red", "amber", "green" or "blue"
 */
const char *
wmk_rag_suggest (WmkPlan *plan, WmkEntity *action, const char *today, const char **reason)
{
  const char *status = wmk_entity_get_string (action, "status");
  const char *due = wmk_entity_get_string (action, "due");
  const char *updated = latest_update (plan, action);
  gboolean recent = updated && wmk_days_between (updated, today) <= WMK_RAG_RECENT_PROGRESS_DAYS;
  gboolean soon = due && wmk_days_between (today, due) <= WMK_RAG_DUE_SOON_DAYS;
  const char *why, *rag;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WMK_IS_ENTITY (action), NULL);
  g_return_val_if_fail (wmk_date_is_valid (today), NULL);

  if (g_strcmp0 (status, "complete") == 0)
    rag = "blue", why = N_("the action is complete");
  else if (due && wmk_date_is_valid (due) && strcmp (due, today) < 0)
    rag = "red", why = N_("the due date has passed");
  else if (soon && !recent)
    rag = "amber", why = N_("due soon with no recent progress update");
  else if (soon && (status == NULL || g_strcmp0 (status, "not_started") == 0))
    rag = "amber", why = N_("due soon and not started");
  else if (due == NULL && !recent)
    rag = "amber", why = N_("ongoing with no recent progress update");
  else
    rag = "green", why = N_("on course");

  if (reason)
    *reason = why;
  return rag;
}
