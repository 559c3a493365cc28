/* wmk-hlc.c: hybrid logical clock and operation stamps
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-hlc.h"

#include <string.h>

#define HLC_MAX_L ((G_GINT64_CONSTANT (1) << 48) - 1)

WmkHlc
wmk_hlc_tick (WmkHlc last, gint64 now_ms)
{
  WmkHlc next;

  next.l = MAX (last.l, now_ms);
  if (next.l == last.l)
    {
      if (last.c == G_MAXUINT16)
        {
          /* Carry into the millisecond rather than wrap. */
          next.l = last.l + 1;
          next.c = 0;
        }
      else
        next.c = last.c + 1;
    }
  else
    next.c = 0;
  next.l = MIN (next.l, HLC_MAX_L);
  return next;
}

WmkHlc
wmk_hlc_receive (WmkHlc last, WmkHlc remote, gint64 now_ms)
{
  WmkHlc capped = remote;
  WmkHlc next;

  /* A clock far ahead must not drag ours with it (docs/sync.md, HLC rules). */
  if (capped.l > now_ms + WMK_HLC_MAX_SKEW_MS)
    {
      capped.l = now_ms + WMK_HLC_MAX_SKEW_MS;
      capped.c = 0;
    }

  next.l = MAX (MAX (last.l, capped.l), now_ms);
  if (next.l == last.l && next.l == capped.l)
    next.c = MAX (last.c, capped.c);
  else if (next.l == last.l)
    next.c = last.c;
  else if (next.l == capped.l)
    next.c = capped.c;
  else
    return (WmkHlc){ next.l, 0 };

  if (next.c == G_MAXUINT16)
    return (WmkHlc){ next.l + 1, 0 };
  next.c++;
  return next;
}

int
wmk_hlc_compare (WmkHlc a, WmkHlc b)
{
  if (a.l != b.l)
    return a.l < b.l ? -1 : 1;
  if (a.c != b.c)
    return a.c < b.c ? -1 : 1;
  return 0;
}

char *
wmk_stamp_new (WmkHlc hlc, const char *writer)
{
  g_return_val_if_fail (writer != NULL, NULL);

  return g_strdup_printf ("%012" G_GINT64_MODIFIER "x%04x-%s", hlc.l, (guint) hlc.c, writer);
}

gboolean
wmk_stamp_parse (const char *stamp, WmkHlc *hlc, const char **writer)
{
  char l_hex[13], c_hex[5];
  char *end;

  if (stamp == NULL || strlen (stamp) < 18 || stamp[16] != '-')
    return FALSE;
  for (int i = 0; i < 16; i++)
    if (!g_ascii_isxdigit (stamp[i]))
      return FALSE;

  memcpy (l_hex, stamp, 12);
  l_hex[12] = '\0';
  memcpy (c_hex, stamp + 12, 4);
  c_hex[4] = '\0';
  if (hlc)
    {
      hlc->l = (gint64) g_ascii_strtoull (l_hex, &end, 16);
      hlc->c = (guint16) g_ascii_strtoull (c_hex, &end, 16);
    }
  if (writer)
    *writer = stamp + 17;
  return TRUE;
}

gint64
wmk_stamp_get_ms (const char *stamp)
{
  WmkHlc hlc = { 0, 0 };

  wmk_stamp_parse (stamp, &hlc, NULL);
  return hlc.l;
}
