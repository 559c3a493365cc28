/* wmk-plan-ics.h: the governance calendar as iCalendar (RFC 5545)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"

G_BEGIN_DECLS

GBytes  *wmk_plan_to_ics           (WmkPlan     *plan,
                                    const char  *body_id);
gboolean wmk_plan_import_ics       (WmkPlan     *plan,
                                    GBytes      *bytes,
                                    const char  *file_name,
                                    const char  *body_id,
                                    guint       *n_imported,
                                    GError     **error);
gboolean wmk_ics_check_text        (const char  *text,
                                    gsize        length,
                                    const char  *file_name,
                                    GError     **error);

G_END_DECLS
