/* wmk-calendar-index.h: the plan's dated items, sorted by day (private)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-calendar-event.h"
#include "wmk-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char             date[11];  /* YYYY-MM-DD, valid */
  WmkCalendarKind  kind;      /* ACTION_DUE, KPI_TARGET or LOG_ITEM_DUE */
  guint            target;    /* for a KPI target: which of its targets */
  WmkEntity       *entity;    /* owned by the index */
} WmkCalendarDated;

const WmkCalendarDated *wmk_calendar_index_range (WmkPlan    *plan,
                                                  const char *from,
                                                  const char *to,
                                                  guint      *n_dated);

G_END_DECLS
