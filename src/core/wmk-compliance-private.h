/* wmk-compliance-private.h: what the compliance check's source files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-compliance.h"

G_BEGIN_DECLS

/* What every line of the check reads, looked up once. */
typedef struct
{
  WmkPlan    *plan;
  const char *today;      /* YYYY-MM-DD */
  const char *notice;     /* YYYY-MM-DD, or NULL when the plan has no valid date */
  WmkEntity  *board;      /* the first body of kind "board", or NULL */
  GPtrArray  *meetings;   /* every meeting of the board: dated ones by date, then undated */
} WmkComplianceContext;

/* Consecutive gaps (months without a board, periods without a report) are
 * named as one problem: "from August 2022 to February 2023 (7 months)". */
typedef enum
{
  WMK_COMPLIANCE_GAP_BOARD,
  WMK_COMPLIANCE_GAP_REPORT,
} WmkComplianceGap;

typedef struct
{
  guint  length;
  char  *first;   /* words for the first gap of the run */
  char  *last;    /* and for the last */
} WmkComplianceRun;

void        wmk_compliance_run_add        (WmkComplianceRun  *run,
                                           char              *words);
void        wmk_compliance_run_flush      (WmkComplianceRun  *run,
                                           WmkComplianceLine *line,
                                           const char        *entity_id,
                                           WmkComplianceGap   kind);

char       *wmk_compliance_day_words      (const char        *iso);
char       *wmk_compliance_meeting_words  (WmkEntity         *meeting);
const char *wmk_compliance_meeting_date   (WmkEntity         *meeting);
gboolean    wmk_compliance_meeting_is_held (WmkEntity        *meeting);

/* wmk-compliance-board.c: the lines about the improvement board */
WmkComplianceLine *wmk_compliance_check_board_monthly    (WmkComplianceContext *ctx);
WmkComplianceLine *wmk_compliance_check_independent_chair (WmkComplianceContext *ctx);
WmkComplianceLine *wmk_compliance_check_invitations      (WmkComplianceContext *ctx);
WmkComplianceLine *wmk_compliance_check_log_reviewed     (WmkComplianceContext *ctx);

G_END_DECLS
