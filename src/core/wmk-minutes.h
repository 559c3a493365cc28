/* wmk-minutes.h: the minutes of a meeting, as a document
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-document.h"
#include "wmk-plan.h"

G_BEGIN_DECLS

WmkDocument *wmk_minutes_new   (WmkPlan     *plan,
                                const char  *meeting_id,
                                GError     **error);
gboolean     wmk_minutes_write (WmkPlan     *plan,
                                const char  *meeting_id,
                                const char  *format,
                                const char  *path,
                                GError     **error);

G_END_DECLS
