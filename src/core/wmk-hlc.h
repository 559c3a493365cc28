/* wmk-hlc.h: hybrid logical clock and operation stamps
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A hybrid logical clock reading (Kulkarni et al. 2014): wall-clock
 * milliseconds since 1970 (48 bits) and a counter for events within the same
 * millisecond. It never goes backwards, even when the wall clock does. */
typedef struct
{
  gint64  l;
  guint16 c;
} WmkHlc;

/* How far ahead of our own clock a received stamp may pull it (docs/sync.md). */
#define WMK_HLC_MAX_SKEW_MS (10 * 60 * 1000)

WmkHlc  wmk_hlc_tick     (WmkHlc  last,
                          gint64  now_ms);
WmkHlc  wmk_hlc_receive  (WmkHlc  last,
                          WmkHlc  remote,
                          gint64  now_ms);
int     wmk_hlc_compare  (WmkHlc  a,
                          WmkHlc  b);

/* A stamp is "<hlc as 16 hex digits>-<writer>", where the writer is
 * "<device>-<epoch>". Stamps compare correctly as strings: first by time, then
 * by counter, then by writer. */
char     *wmk_stamp_new        (WmkHlc       hlc,
                                const char  *writer);
gboolean  wmk_stamp_parse      (const char  *stamp,
                                WmkHlc      *hlc,
                                const char **writer);
gint64    wmk_stamp_get_ms     (const char  *stamp);

G_END_DECLS
