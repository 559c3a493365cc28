/* wmk-sync.h: keeping a plan in step with a shared folder, one round at a time
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-plan.h"
#include "wmk-store-sync.h"

G_BEGIN_DECLS

#define WMK_SYNC_ERROR (wmk_sync_error_quark ())

typedef enum
{
  WMK_SYNC_ERROR_NOT_BOUND,     /* the plan is not shared through a folder */
  WMK_SYNC_ERROR_OTHER_PLAN,    /* the folder holds another plan */
  WMK_SYNC_ERROR_NOT_SHARED,    /* the folder holds no shared plan (join) */
} WmkSyncError;

/* What the header bar shows, most urgent first. */
typedef enum
{
  WMK_SYNC_STATE_UNBOUND,       /* not shared */
  WMK_SYNC_STATE_UP_TO_DATE,
  WMK_SYNC_STATE_UNPUBLISHED,   /* N changes waiting to publish */
  WMK_SYNC_STATE_WAITING,       /* waiting for N changes from a device */
  WMK_SYNC_STATE_OFFLINE,       /* the folder cannot be reached */
  WMK_SYNC_STATE_CONFLICTS,     /* N conflicts to resolve */
} WmkSyncState;

/**
 * WmkSyncResult:
 *
 * What one sync round did and found.
 */
typedef struct
{
  guint      published;      /* own operations written to the folder */
  guint      republished;    /* own operations the audit had to write again */
  guint      applied;        /* operations from other laptops applied */
  guint      duplicates;     /* operations read that were already known */
  guint      pending;        /* operations kept unapplied (newer Waymark, unreadable) */
  guint      files_read;
  gint64     unpublished;    /* own operations still waiting to publish */
  gboolean   offline;        /* the folder could not be reached */
  gboolean   new_epoch;      /* this database turned out to be a copy or a restore */
  GPtrArray *conflicts;      /* WmkConflict* */
  GPtrArray *waiting;        /* WmkSyncWriter* with changes still missing */
  GPtrArray *writers;        /* WmkSyncWriter*: every other device seen */
  GPtrArray *warnings;       /* char*: sentences for a person */
} WmkSyncResult;

void wmk_sync_result_free (WmkSyncResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkSyncResult, wmk_sync_result_free)

#define WMK_TYPE_SYNC (wmk_sync_get_type ())
G_DECLARE_FINAL_TYPE (WmkSync, wmk_sync, WMK, SYNC, GObject)

GQuark         wmk_sync_error_quark (void);

WmkSync       *wmk_sync_new          (WmkPlan     *plan);
const char    *wmk_sync_get_folder   (WmkSync     *self);
WmkSyncState   wmk_sync_get_state    (WmkSync     *self);
void           wmk_sync_set_label    (WmkSync     *self,
                                      const char  *label);

gboolean       wmk_sync_bind         (WmkSync     *self,
                                      const char  *folder,
                                      GError     **error);
WmkSyncResult *wmk_sync_run_round    (WmkSync     *self,
                                      GError     **error);
gboolean       wmk_sync_resolve      (WmkSync     *self,
                                      const char  *id,
                                      const char  *field,
                                      JsonNode    *value,
                                      GError     **error);

WmkPlan       *wmk_sync_join         (const char  *folder,
                                      const char  *path,
                                      const char  *author,
                                      GError     **error);

G_END_DECLS
