/* wmk-comms-working-days.h: working days in England, for response targets
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  wmk_comms_is_bank_holiday        (const GDate *date);
gboolean  wmk_comms_is_working_day         (const GDate *date);
int       wmk_comms_working_days_between   (const char  *from,
                                            const char  *to);
char     *wmk_comms_add_working_days       (const char  *from,
                                            guint        days);

G_END_DECLS
