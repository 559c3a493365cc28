/* wmk-rag-suggestion.h: the RAG rating an action's dates and progress suggest
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

/* An update older than this does not count as recent progress. */
#define WMK_RAG_RECENT_PROGRESS_DAYS 56
/* An action due within this many days is "due soon". */
#define WMK_RAG_DUE_SOON_DAYS 84

const char *wmk_rag_suggest (WmkPlan     *plan,
                             WmkEntity   *action,
                             const char  *today,
                             const char **reason);

G_END_DECLS
