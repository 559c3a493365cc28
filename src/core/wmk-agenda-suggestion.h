/* wmk-agenda-suggestion.h: what a board meeting should look at
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char  *kind;        /* an agenda_item kind: previous_minutes, action_log, actions, … */
  char  *title;       /* the agenda item's title, translated */
  char  *detail;      /* a starting point for its minutes: one line per item */
  GStrv  entity_ids;  /* the items it is about */
} WmkAgendaSuggestion;

void       wmk_agenda_suggestion_free (WmkAgendaSuggestion *suggestion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkAgendaSuggestion, wmk_agenda_suggestion_free)

GPtrArray *wmk_agenda_suggest         (WmkPlan    *plan,
                                       const char *meeting_id,
                                       const char *today);
gboolean   wmk_agenda_accept          (WmkPlan    *plan,
                                       const char *meeting_id,
                                       GPtrArray  *suggestions,
                                       GError    **error);

G_END_DECLS
