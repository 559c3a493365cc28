/* wmk-store.h: a plan's SQLite database, its operation log and current state
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "wmk-op.h"

G_BEGIN_DECLS

#define WMK_STORE_ERROR (wmk_store_error_quark ())

typedef enum
{
  WMK_STORE_ERROR_NOT_A_PLAN,
  WMK_STORE_ERROR_NEWER_VERSION,
  WMK_STORE_ERROR_CORRUPT,
  WMK_STORE_ERROR_IO,
  WMK_STORE_ERROR_NOT_FOUND,
  WMK_STORE_ERROR_EXISTS,
  WMK_STORE_ERROR_NOTHING_TO_UNDO,
} WmkStoreError;

/* The database schema this build writes; older ones are migrated on open. */
#define WMK_STORE_SCHEMA_VERSION 4

typedef enum
{
  WMK_STORE_OPEN_DEFAULT = 0,
  WMK_STORE_OPEN_CREATE = 1 << 0,   /* create the file if it does not exist */
  WMK_STORE_OPEN_NEW = 1 << 1,      /* the file must not exist yet */
} WmkStoreOpenFlags;

typedef enum
{
  WMK_COMMIT_EDIT,   /* a person's edit: pushed on the undo stack, clears redo */
  WMK_COMMIT_UNDO,   /* the inverse of an undo step: pushed on the redo stack */
  WMK_COMMIT_REDO,   /* the inverse of a redo step: pushed on the undo stack */
  WMK_COMMIT_IMPORT, /* a plan file loaded into a new plan: not undoable */
} WmkCommitKind;

typedef struct _WmkFields WmkFields;

/* A wall clock: milliseconds since 1970 (wmk_store_set_clock()). */
typedef gint64 (*WmkStoreClock) (gpointer user_data);

/* One entity's current state, as the store holds it. */
typedef struct
{
  char       *id;
  char       *type;
  gboolean    live;
  WmkFields  *fields;     /* wmk-fields-private.h; sets appear as string sets */
} WmkRecord;

void wmk_record_free (WmkRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkRecord, wmk_record_free)

/* One change to one item, for its history: who, when, what it was, what it became. */
typedef struct
{
  char      *stamp;
  gint64     time_ms;     /* the author's clock, UTC milliseconds */
  char      *author;
  WmkOpKind  kind;
  char      *field;       /* NULL for create, delete, restore */
  JsonNode  *old_value;   /* set: the replaced value (NULL if none) */
  JsonNode  *new_value;   /* set: the new value; create: the initial fields */
  char      *elem;        /* add / remove */
} WmkChange;

void wmk_change_free (WmkChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkChange, wmk_change_free)

#define WMK_TYPE_STORE (wmk_store_get_type ())
G_DECLARE_FINAL_TYPE (WmkStore, wmk_store, WMK, STORE, GObject)

GQuark      wmk_store_error_quark   (void);

WmkStore   *wmk_store_open          (const char         *path,
                                     WmkStoreOpenFlags   flags,
                                     GError            **error);
void        wmk_store_close         (WmkStore           *self);
const char *wmk_store_get_path      (WmkStore           *self);
const char *wmk_store_get_plan_id   (WmkStore           *self);
const char *wmk_store_get_writer    (WmkStore           *self);
int         wmk_store_get_schema_version (WmkStore      *self);

GPtrArray  *wmk_store_load          (WmkStore           *self,
                                     GError            **error);
WmkRecord  *wmk_store_read          (WmkStore           *self,
                                     const char         *id,
                                     GError            **error);

gboolean    wmk_store_commit        (WmkStore           *self,
                                     GPtrArray          *ops,
                                     const char         *author,
                                     const char         *label,
                                     WmkCommitKind       kind,
                                     GPtrArray          *touched,
                                     GError            **error);

gboolean    wmk_store_can_undo      (WmkStore           *self);
gboolean    wmk_store_can_redo      (WmkStore           *self);
char       *wmk_store_dup_undo_label (WmkStore          *self);
char       *wmk_store_dup_redo_label (WmkStore          *self);
gboolean    wmk_store_undo          (WmkStore           *self,
                                     const char         *author,
                                     GPtrArray          *touched,
                                     GError            **error);
gboolean    wmk_store_redo          (WmkStore           *self,
                                     const char         *author,
                                     GPtrArray          *touched,
                                     GError            **error);

GPtrArray  *wmk_store_history       (WmkStore           *self,
                                     const char         *id,
                                     GError            **error);
gint64      wmk_store_count_ops     (WmkStore           *self);
gboolean    wmk_store_check_integrity (WmkStore         *self,
                                       GError          **error);

/* The wall clock the store stamps operations with and judges others' clocks
 * by: the real one unless set. The simulation gives each laptop its own,
 * wrong by days, frozen or jumping back (docs/sync.md §3.2). */
void        wmk_store_set_clock     (WmkStore           *self,
                                     WmkStoreClock       clock,
                                     gpointer            user_data);
gint64      wmk_store_now_ms        (WmkStore           *self);

G_END_DECLS
