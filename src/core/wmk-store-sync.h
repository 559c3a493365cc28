/* wmk-store-sync.h: the store's side of sync: foreign operations, cursors,
 * conflicts and their resolution
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-store.h"

G_BEGIN_DECLS

/* One of the values a conflicted field holds, with who wrote it and when. */
typedef struct
{
  char     *stamp;
  char     *author;
  gint64    time_ms;    /* the author's clock, UTC milliseconds */
  JsonNode *value;
} WmkConflictValue;

/**
 * WmkConflict:
 *
 * A field whose heads hold two or more distinct values (docs/sync.md §2.7),
 * or a field edited on one laptop while the item was deleted on another
 * (@kind "edited-while-deleted"). Every value is kept; the provisional one
 * shown is the last in @values (the greatest stamp).
 */
typedef struct
{
  char      *entity;
  char      *etype;
  char      *field;
  char      *kind;      /* "field", "live" or "edited-while-deleted" */
  GPtrArray *values;    /* WmkConflictValue*, by stamp */
} WmkConflict;

void wmk_conflict_free (WmkConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkConflict, wmk_conflict_free)

/* What is known of another writer (a device in one epoch). */
typedef struct
{
  char    *writer;
  char    *device;
  char    *label;
  gint64   contiguous_seq;  /* every op up to here is applied */
  gint64   max_seq;         /* the highest seq seen */
  gint64   missing;         /* ops between the two not seen yet */
  gint64   last_seen_ms;    /* the newest stamp seen from it */
  gint64   skew_ms;         /* how far ahead of our clock it was seen, if more than the cap */
  gboolean forked;          /* one seq seen with two different operations */
} WmkSyncWriter;

void wmk_sync_writer_free (WmkSyncWriter *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkSyncWriter, wmk_sync_writer_free)

/* What applying a batch of foreign operations did. */
typedef struct
{
  guint       applied;      /* new operations applied */
  guint       duplicates;   /* already known */
  guint       pending;      /* kept unapplied: newer format, unknown type, unreadable */
  gboolean    own_unknown;  /* ops of our own writer this database lacks: it was restored */
  gboolean    new_epoch;    /* … so it now writes under a new epoch */
  GHashTable *touched;      /* entity ids whose state changed (a set) */
  GHashTable *writers;      /* writers seen (a set) */
  GPtrArray  *warnings;     /* sentences for a person */
} WmkApplyStats;

void wmk_apply_stats_init  (WmkApplyStats *stats);
void wmk_apply_stats_clear (WmkApplyStats *stats);

/* A journal file as last seen. */
typedef struct
{
  gint64   size;
  gint64   mtime;
  char    *writer;
  gint64   n_ok;
  gboolean sealed;
  char    *status;   /* "ok", "damaged", "foreign", "newer", "unreadable" */
  gint64   first_seen;
} WmkSyncFileInfo;

void wmk_sync_file_info_free (WmkSyncFileInfo *info);

gboolean    wmk_store_apply_foreign    (WmkStore      *self,
                                        GPtrArray     *raws,
                                        WmkApplyStats *stats,
                                        GError       **error);

gboolean    wmk_store_dup_outbox       (WmkStore      *self,
                                        GArray       **seqs,
                                        GPtrArray    **raws,
                                        GError       **error);
gboolean    wmk_store_dup_device_ops   (WmkStore      *self,
                                        GPtrArray    **writers,
                                        GArray       **seqs,
                                        GPtrArray    **hashes,
                                        GPtrArray    **raws,
                                        GError       **error);
gboolean    wmk_store_dup_old_outbox   (WmkStore      *self,
                                        char         **writer,
                                        GArray       **seqs,
                                        GPtrArray    **raws,
                                        GError       **error);
gboolean    wmk_store_mark_old_published (WmkStore    *self,
                                          const char  *writer,
                                          GError     **error);
gboolean    wmk_store_mark_published   (WmkStore      *self,
                                        GArray        *seqs,
                                        GError       **error);
gint64      wmk_store_count_outbox     (WmkStore      *self);

GPtrArray  *wmk_store_list_conflicts   (WmkStore      *self,
                                        GError       **error);
gboolean    wmk_store_resolve          (WmkStore      *self,
                                        const char    *entity,
                                        const char    *field,
                                        JsonNode      *value,
                                        const char    *author,
                                        GPtrArray     *touched,
                                        GError       **error);
GPtrArray  *wmk_store_list_writers     (WmkStore      *self,
                                        GError       **error);
gint64      wmk_store_count_pending    (WmkStore      *self);
gboolean    wmk_store_set_writer_label (WmkStore      *self,
                                        const char    *device,
                                        const char    *epoch,
                                        const char    *label,
                                        GError       **error);

GHashTable *wmk_store_load_files       (WmkStore      *self,
                                        GError       **error);
gboolean    wmk_store_save_file        (WmkStore      *self,
                                        const char    *path,
                                        const WmkSyncFileInfo *info,
                                        GError       **error);

char       *wmk_store_dup_meta         (WmkStore      *self,
                                        const char    *key);
gboolean    wmk_store_set_meta         (WmkStore      *self,
                                        const char    *key,
                                        const char    *value,
                                        GError       **error);
gboolean    wmk_store_set_plan_id      (WmkStore      *self,
                                        const char    *plan_id,
                                        GError       **error);
gboolean    wmk_store_new_epoch        (WmkStore      *self,
                                        GError       **error);
gboolean    wmk_store_take_copied      (WmkStore      *self);
gboolean    wmk_store_is_forked        (WmkStore      *self);
void        wmk_store_save_instance    (WmkStore      *self);

/* Entities, heads, set members and conflicts as canonical text: equal on two
 * laptops exactly when their states are equal (docs/sync.md §3.1). */
char       *wmk_store_dump_state       (WmkStore      *self);

G_END_DECLS
