/* wmk-recurrence.h: when a governance body meets, from its RFC 5545 rule
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WMK_RECURRENCE_ERROR (wmk_recurrence_error_quark ())

typedef enum
{
  WMK_RECURRENCE_ERROR_INVALID,     /* not an RRULE */
  WMK_RECURRENCE_ERROR_IMPOSSIBLE,  /* an RRULE that never occurs (30 February) */
} WmkRecurrenceError;

#define WMK_TIME_ZONE "Europe/London"

GQuark     wmk_recurrence_error_quark (void);
gboolean   wmk_recurrence_validate    (const char *rrule,
                                       GError    **error);
gboolean   wmk_recurrence_validate_from (const char *rrule,
                                         const char *first,
                                         GError    **error);
GPtrArray *wmk_recurrence_expand      (const char *rrule,
                                       const char *first,
                                       const char *time,
                                       const char *from,
                                       const char *to,
                                       GError    **error);
char      *wmk_recurrence_to_utc      (const char *date,
                                       const char *time);

G_END_DECLS
