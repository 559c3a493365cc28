/* wmk-format.h: dates and text as people read and write them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *wmk_today_iso      (void);
GDateTime  *wmk_date_parse     (const char *iso);
char       *wmk_date_format    (const char *iso,
                                const char *format);
int         wmk_days_between   (const char *from,
                                const char *to);
char       *wmk_first_line     (const char *text);
const char *wmk_default_author (void);

G_END_DECLS
