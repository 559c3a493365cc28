/* wmk-sync-scheduler.h: when a window's plan syncs with its shared folder
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark.h"
#include "wmk-sync.h"

G_BEGIN_DECLS

#define WMK_TYPE_SYNC_SCHEDULER (wmk_sync_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (WmkSyncScheduler, wmk_sync_scheduler, WMK, SYNC_SCHEDULER, GObject)

WmkSyncScheduler *wmk_sync_scheduler_new            (WmkPlan          *plan);
WmkPlan          *wmk_sync_scheduler_get_plan       (WmkSyncScheduler *self);
WmkSync          *wmk_sync_scheduler_get_sync       (WmkSyncScheduler *self);
WmkSyncState      wmk_sync_scheduler_get_state      (WmkSyncScheduler *self);
gint64            wmk_sync_scheduler_get_unpublished (WmkSyncScheduler *self);
WmkSyncResult    *wmk_sync_scheduler_get_result     (WmkSyncScheduler *self);
GDateTime        *wmk_sync_scheduler_get_last_round (WmkSyncScheduler *self);
void              wmk_sync_scheduler_get_totals     (WmkSyncScheduler *self,
                                                     guint            *published,
                                                     guint            *applied);
GPtrArray        *wmk_sync_scheduler_get_notices    (WmkSyncScheduler *self);
const char       *wmk_sync_scheduler_get_error      (WmkSyncScheduler *self);
const char       *wmk_sync_scheduler_get_label      (WmkSyncScheduler *self);
void              wmk_sync_scheduler_set_label      (WmkSyncScheduler *self,
                                                     const char       *label);

gboolean          wmk_sync_scheduler_share          (WmkSyncScheduler *self,
                                                     const char       *folder,
                                                     GError          **error);
gboolean          wmk_sync_scheduler_sync_now       (WmkSyncScheduler *self,
                                                     GError          **error);
gboolean          wmk_sync_scheduler_resolve        (WmkSyncScheduler *self,
                                                     const char       *id,
                                                     const char       *field,
                                                     JsonNode         *value,
                                                     GError          **error);
void              wmk_sync_scheduler_request        (WmkSyncScheduler *self,
                                                     guint             delay_ms);
void              wmk_sync_scheduler_close          (WmkSyncScheduler *self);

char             *wmk_sync_writer_dup_name          (WmkSyncWriter    *writer);
char             *wmk_sync_format_time              (gint64            unix_ms);
char             *wmk_sync_format_skew              (WmkSyncWriter    *writer);

G_END_DECLS
