/* wmk-comms-stats.h: compliance with the standards, and complaints about communication
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

/* The plan's KPI B-KPI2: complaints about communication, 21% in November 2021,
 * 5% by September 2023. */
#define WMK_COMMS_BASELINE_PERCENT 21.0
#define WMK_COMMS_BASELINE_DATE    "2021-11-30"
#define WMK_COMMS_TARGET_PERCENT   5.0
#define WMK_COMMS_TARGET_DATE      "2023-09-30"

/* A standard is met when this share of its contacts are answered in time. */
#define WMK_COMMS_MET_PERCENT      90.0
#define WMK_COMMS_CLOSE_PERCENT    75.0

typedef enum
{
  WMK_COMMS_LEVEL_NO_DATA,
  WMK_COMMS_LEVEL_MET,
  WMK_COMMS_LEVEL_CLOSE,
  WMK_COMMS_LEVEL_MISSED,
} WmkCommsLevel;

/**
 * WmkCommsCompliance:
 * @answered: contacts answered (each line counts its "count")
 * @within: of those, answered within the standard's target
 * @late_open: not answered, and already past the target on the day asked
 * @waiting: not answered, still within the target
 * @percent: @within over (@answered + @late_open), × 100; NAN with neither
 * @level: met, close or missed, from @percent
 */
typedef struct
{
  guint         answered;
  guint         within;
  guint         late_open;
  guint         waiting;
  double        percent;
  WmkCommsLevel level;
} WmkCommsCompliance;

/**
 * WmkCommsMonth:
 * @month: "YYYY-MM"
 * @complaints: complaints received that month
 * @about_communication: of those, about communication
 * @percent: @about_communication over @complaints, × 100
 */
typedef struct
{
  char   month[8];
  guint  complaints;
  guint  about_communication;
  double percent;
} WmkCommsMonth;

int            wmk_comms_allowed_working_days  (WmkEntity          *standard);
gboolean       wmk_comms_contact_matches       (WmkEntity          *contact,
                                                WmkEntity          *standard);
guint          wmk_comms_contact_count         (WmkEntity          *contact);
void           wmk_comms_compliance_add        (WmkCommsCompliance *compliance,
                                                WmkEntity          *contact,
                                                int                 allowed,
                                                const char         *today);
void           wmk_comms_compliance_finish     (WmkCommsCompliance *compliance);
void           wmk_comms_compliance_for_standard (WmkEntity        *standard,
                                                GListModel         *contacts,
                                                const char         *since,
                                                const char         *today,
                                                WmkCommsCompliance *out);
char          *wmk_comms_recent_start          (GListModel         *contacts,
                                                guint               months);
WmkCommsLevel  wmk_comms_level_for_percent     (double              percent);
const char    *wmk_comms_level_word            (WmkCommsLevel       level);
const char    *wmk_comms_level_shape           (WmkCommsLevel       level);

GArray        *wmk_comms_complaint_trend       (GListModel         *contacts);
double         wmk_comms_expected_percent      (const char         *date);
GArray        *wmk_comms_ehc_compliance_by_month (GListModel       *standards,
                                                GListModel         *contacts,
                                                const char         *today);

G_END_DECLS
