/* wmk-fault.c: named points where a test can have the process killed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/sync.md §3.5: sync must lose nothing whenever the process dies, and
 * a kill at a random moment rarely lands in the few instructions between a
 * temp file and its rename. So the places that matter are named, and a test
 * arms one of them (WAYMARK_FAULT=name, WAYMARK_FAULT_HIT=n for the n-th
 * time it is reached, or wmk_fault_arm() in a forked child): the process
 * then sends itself SIGKILL there, as a power cut or the task manager
 * would. Unarmed, a point costs one comparison.
 *
 * The points: journal-temp-partial (half a temp file written),
 * journal-temp-written (before the rename), journal-before-mark (the file
 * is in place, the outbox still holds its operations), commit-mid-op (an
 * operation recorded, its state not yet updated), apply-mid-transaction
 * (half an import applied, not committed), apply-before-remember (an import
 * committed, its files not yet recorded as read), epoch-change (inside the
 * transaction that gives a restored copy a new identity).
 */

#include "wmk-fault.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static char   *armed;
static gint    hits_left;
static gsize   initialised;

static void
init_from_environment (void)
{
  if (g_once_init_enter (&initialised))
    {
      const char *name = g_getenv ("WAYMARK_FAULT");
      const char *hit = g_getenv ("WAYMARK_FAULT_HIT");

      if (name && *name)
        {
          armed = g_strdup (name);
          hits_left = hit ? MAX (1, (gint) g_ascii_strtoll (hit, NULL, 10)) : 1;
        }
      g_once_init_leave (&initialised, 1);
    }
}

/**
 * wmk_fault_arm:
 * @name: (nullable): a fault point's name, or %NULL to disarm
 * @hit: die the @hit-th time the point is reached (1 is the first)
 *
 * For tests that fork: arms a point in this process, whatever the
 * environment said.
 */
void
wmk_fault_arm (const char *name, guint hit)
{
  init_from_environment ();
  g_free (armed);
  armed = g_strdup (name);
  g_atomic_int_set (&hits_left, (gint) MAX (1, hit));
}

/**
 * wmk_fault_point:
 * @name: the point's name
 *
 * Kills this process with SIGKILL if @name is armed and this is the hit it
 * was armed for.
 */
void
wmk_fault_point (const char *name)
{
  init_from_environment ();
  if (armed == NULL || strcmp (armed, name) != 0)
    return;
  if (g_atomic_int_dec_and_test (&hits_left))
    kill (getpid (), SIGKILL);
}
