/* wmk-sync.c: keeping a plan in step with a shared folder, one round at a time
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A round (docs/sync.md §2.5-2.6): read every new or changed journal file and
 * apply what it holds through the store; if our own writer turns up with
 * operations this database lacks (a restore) or forked, move to a new epoch;
 * publish the outbox; on the first round, audit our own files; then update
 * the plan's entities and report. The app calls it shortly after edits, on a
 * timer, on focus and on close, and shows the result's state in its header
 * bar; waymark-cli calls it once.
 */

#include "wmk-sync.h"

#include <glib/gstdio.h>

#include "wmk-journal-reader.h"
#include "wmk-journal-writer.h"
#include "wmk-json.h"

#define PLAN_MARKER "plan.wmk"

#define AUDIT_INTERVAL (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

struct _WmkSync
{
  GObject           parent_instance;

  WmkPlan          *plan;
  char             *folder;
  char             *label;
  WmkJournalReader *reader;
  WmkJournalWriter *writer;
  gint64            audited_at;   /* monotonic µs of the last audit, 0 for never */
  WmkSyncState      state;
};

enum
{
  PROP_0,
  PROP_FOLDER,
  PROP_STATE,
  N_PROPS
};

enum
{
  ROUND_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmkSync, wmk_sync, G_TYPE_OBJECT)
G_DEFINE_QUARK (wmk-sync-error-quark, wmk_sync_error)

void
wmk_sync_result_free (WmkSyncResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_clear_pointer (&result->waiting, g_ptr_array_unref);
  g_clear_pointer (&result->writers, g_ptr_array_unref);
  g_clear_pointer (&result->warnings, g_ptr_array_unref);
  g_free (result);
}

static void
wmk_sync_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  WmkSync *self = WMK_SYNC (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_string (value, self->folder);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_sync_dispose (GObject *object)
{
  WmkSync *self = WMK_SYNC (object);

  g_clear_object (&self->reader);
  g_clear_object (&self->writer);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (wmk_sync_parent_class)->dispose (object);
}

static void
wmk_sync_finalize (GObject *object)
{
  WmkSync *self = WMK_SYNC (object);

  g_free (self->folder);
  g_free (self->label);
  G_OBJECT_CLASS (wmk_sync_parent_class)->finalize (object);
}

static void
wmk_sync_class_init (WmkSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wmk_sync_get_property;
  object_class->dispose = wmk_sync_dispose;
  object_class->finalize = wmk_sync_finalize;

  properties[PROP_FOLDER] =
    g_param_spec_string ("folder", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A WmkSyncState. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, WMK_SYNC_STATE_UNBOUND, WMK_SYNC_STATE_CONFLICTS,
                      WMK_SYNC_STATE_UNBOUND,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmkSync::round-finished:
   * @result: (type gpointer): the #WmkSyncResult of the round
   *
   * Emitted after every round, once the plan's entities are up to date.
   */
  signals[ROUND_FINISHED] = g_signal_new ("round-finished", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          G_TYPE_POINTER);
}

static void
wmk_sync_init (WmkSync *self)
{
}

static void
set_folder (WmkSync *self, const char *folder)
{
  WmkStore *store = wmk_plan_get_store (self->plan);

  g_free (self->folder);
  self->folder = g_strdup (folder);
  g_clear_object (&self->reader);
  g_clear_object (&self->writer);
  if (folder)
    {
      self->reader = wmk_journal_reader_new (store, folder);
      self->writer = wmk_journal_writer_new (store, folder);
      if (self->label)
        wmk_journal_writer_set_label (self->writer, self->label);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
}

/**
 * wmk_sync_new:
 * @plan: an open plan, shared or not
 *
 * Returns: (transfer full): the plan's sync; unbound until wmk_sync_bind()
 *   if the plan has never been shared
 */
WmkSync *
wmk_sync_new (WmkPlan *plan)
{
  WmkSync *self;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);

  self = g_object_new (WMK_TYPE_SYNC, NULL);
  self->plan = g_object_ref (plan);
  folder = wmk_store_dup_meta (wmk_plan_get_store (plan), "sync_folder");
  if (folder)
    {
      set_folder (self, folder);
      self->state = WMK_SYNC_STATE_UP_TO_DATE;
    }
  return self;
}

const char *
wmk_sync_get_folder (WmkSync *self)
{
  g_return_val_if_fail (WMK_IS_SYNC (self), NULL);
  return self->folder;
}

WmkSyncState
wmk_sync_get_state (WmkSync *self)
{
  g_return_val_if_fail (WMK_IS_SYNC (self), WMK_SYNC_STATE_UNBOUND);
  return self->state;
}

/* A nickname for this laptop ("Sam's laptop"), shown to others; never a hostname. */
void
wmk_sync_set_label (WmkSync *self, const char *label)
{
  g_return_if_fail (WMK_IS_SYNC (self));
  g_free (self->label);
  self->label = g_strdup (label);
  if (self->writer)
    wmk_journal_writer_set_label (self->writer, label);
}

static char *
read_plan_marker (const char *folder, GError **error)
{
  g_autofree char *path = g_build_filename (folder, PLAN_MARKER, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) node = NULL;
  const char *plan;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  node = wmk_json_parse (contents, -1, NULL);
  plan = node && JSON_NODE_HOLDS_OBJECT (node)
           ? json_object_get_string_member_with_default (json_node_get_object (node), "plan", NULL)
           : NULL;
  if (plan == NULL)
    {
      g_set_error (error, WMK_SYNC_ERROR, WMK_SYNC_ERROR_OTHER_PLAN,
                   "%s is damaged: it does not say which plan the folder holds", path);
      return NULL;
    }
  return g_strdup (plan);
}

static gboolean
write_new_file (const char *path, const char *text, GError **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/**
 * wmk_sync_bind:
 * @folder: the plan's folder inside a shared folder; created if missing
 *
 * Shares the plan through @folder: its whole history is published by the
 * next round. A folder that already holds another plan is refused.
 */
gboolean
wmk_sync_bind (WmkSync *self, const char *folder, GError **error)
{
  WmkStore *store;
  g_autofree char *absolute = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *marker = NULL;
  g_autofree char *readme = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (WMK_IS_SYNC (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  store = wmk_plan_get_store (self->plan);
  absolute = g_canonicalize_filename (folder, NULL);
  existing = read_plan_marker (absolute, &local_error);
  if (local_error)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing && g_strcmp0 (existing, wmk_store_get_plan_id (store)) != 0)
    {
      g_set_error (error, WMK_SYNC_ERROR, WMK_SYNC_ERROR_OTHER_PLAN,
                   "%s already holds another shared plan; choose an empty folder, or join that "
                   "plan instead",
                   absolute);
      return FALSE;
    }

  journal = g_build_filename (absolute, "journal", NULL);
  if (g_mkdir_with_parents (journal, 0755) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not create the folder %s",
                   journal);
      return FALSE;
    }
  marker = g_build_filename (absolute, PLAN_MARKER, NULL);
  text = g_strdup_printf ("{\"format\":\"waymark-sync\",\"plan\":\"%s\",\"min_reader\":1}\n",
                          wmk_store_get_plan_id (store));
  readme = g_build_filename (absolute, "README.txt", NULL);
  if (!write_new_file (marker, text, error)
      || !write_new_file (readme,
                          "Waymark sync data. Do not edit, rename or delete these files.\n"
                          "Each computer sharing the plan writes its changes under journal/.\n",
                          error)
      || !wmk_store_set_meta (store, "sync_folder", absolute, error))
    return FALSE;
  set_folder (self, absolute);
  self->audited_at = 0;
  return TRUE;
}

static WmkSyncState
state_of (WmkSyncResult *result)
{
  if (result->conflicts->len > 0)
    return WMK_SYNC_STATE_CONFLICTS;
  if (result->offline)
    return WMK_SYNC_STATE_OFFLINE;
  if (result->waiting->len > 0)
    return WMK_SYNC_STATE_WAITING;
  if (result->unpublished > 0)
    return WMK_SYNC_STATE_UNPUBLISHED;
  return WMK_SYNC_STATE_UP_TO_DATE;
}

static gboolean
exchange (WmkSync *self, WmkSyncResult *result, WmkApplyStats *stats, GError **error)
{
  WmkStore *store = wmk_plan_get_store (self->plan);
  g_autoptr(GError) read_error = NULL;
  gboolean forked;
  gboolean copied = wmk_store_take_copied (store);

  if (!wmk_journal_reader_scan (self->reader, stats, &result->files_read, &read_error))
    {
      if (!g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          return FALSE;
        }
      result->offline = TRUE;
      g_ptr_array_add (result->warnings, g_strdup (read_error->message));
      return TRUE;
    }

  /* Our own writer with operations we lack, or forked: this database is a
   * restored or copied one. New numbers from now on (docs/sync.md §2.13). */
  forked = wmk_store_is_forked (store);
  if (forked && !stats->new_epoch && !wmk_store_new_epoch (store, error))
    return FALSE;
  if (stats->new_epoch || forked || copied)
    {
      result->new_epoch = TRUE;
      g_ptr_array_add (result->warnings,
                       g_strdup ("This copy of the plan was restored from a backup or copied; "
                                 "it now writes its changes under a new identity, and nothing "
                                 "is lost"));
    }

  if (!wmk_journal_writer_publish (self->writer, &result->published, error))
    return FALSE;
  /* At start-up and hourly (docs/sync.md §2.5 step 6): a person or a sync
   * client may delete or truncate one of our files at any time. */
  if (self->audited_at == 0 || g_get_monotonic_time () - self->audited_at > AUDIT_INTERVAL)
    {
      if (!wmk_journal_writer_audit (self->writer, &result->republished, error))
        return FALSE;
      self->audited_at = g_get_monotonic_time ();
    }
  if (result->published + result->republished > 0)
    wmk_journal_reader_invalidate (self->reader);
  return TRUE;
}

/**
 * wmk_sync_run_round:
 *
 * One round: read and apply what others published, publish ours, update the
 * plan. A folder that cannot be reached is not an error: the result says
 * "offline" and the changes wait. Errors are for a database that cannot be
 * written.
 *
 * Returns: (transfer full): what the round did, or %NULL with @error set
 */
WmkSyncResult *
wmk_sync_run_round (WmkSync *self, GError **error)
{
  g_autoptr(WmkSyncResult) result = NULL;
  g_autoptr(GPtrArray) touched = NULL;
  WmkApplyStats stats;
  WmkStore *store;
  GHashTableIter iter;
  const char *id;
  WmkSyncState old_state;
  gboolean ok;

  g_return_val_if_fail (WMK_IS_SYNC (self), NULL);

  if (self->folder == NULL)
    {
      g_set_error (error, WMK_SYNC_ERROR, WMK_SYNC_ERROR_NOT_BOUND,
                   "This plan is not shared through a folder yet");
      return NULL;
    }
  store = wmk_plan_get_store (self->plan);
  result = g_new0 (WmkSyncResult, 1);
  result->warnings = g_ptr_array_new_with_free_func (g_free);
  wmk_apply_stats_init (&stats);
  ok = exchange (self, result, &stats, error);

  result->applied = stats.applied;
  result->duplicates = stats.duplicates;
  result->pending = stats.pending;
  for (guint i = 0; i < stats.warnings->len; i++)
    g_ptr_array_add (result->warnings, g_strdup (stats.warnings->pdata[i]));
  touched = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, stats.touched);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    g_ptr_array_add (touched, g_strdup (id));
  wmk_apply_stats_clear (&stats);

  /* Whatever was applied is committed: show it even if publishing failed. */
  if (!wmk_plan_apply_changes (self->plan, touched, ok ? error : NULL) && ok)
    return NULL;
  if (!ok)
    return NULL;
  wmk_store_save_instance (store);

  result->unpublished = wmk_store_count_outbox (store);
  if ((result->conflicts = wmk_store_list_conflicts (store, error)) == NULL
      || (result->writers = wmk_store_list_writers (store, error)) == NULL)
    return NULL;
  result->waiting = g_ptr_array_new ();
  for (guint i = 0; i < result->writers->len; i++)
    {
      WmkSyncWriter *w = result->writers->pdata[i];

      if (w->missing > 0)
        g_ptr_array_add (result->waiting, w);
    }

  old_state = self->state;
  self->state = state_of (result);
  if (old_state != self->state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_signal_emit (self, signals[ROUND_FINISHED], 0, result);
  return g_steal_pointer (&result);
}

/**
 * wmk_sync_resolve:
 * @id: the item
 * @field: the conflicted field, or "_live" for an item edited while deleted
 * @value: the value chosen or written (for "_live": %TRUE restores)
 *
 * Resolves a conflict with a new operation that replaces every value the
 * field holds; it reaches the other laptops with the next round.
 */
gboolean
wmk_sync_resolve (WmkSync *self, const char *id, const char *field, JsonNode *value,
                  GError **error)
{
  g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (WMK_IS_SYNC (self), FALSE);

  return wmk_store_resolve (wmk_plan_get_store (self->plan), id, field, value,
                            wmk_plan_get_author (self->plan), touched, error)
         && wmk_plan_apply_changes (self->plan, touched, error);
}

/**
 * wmk_sync_join:
 * @folder: a plan's folder inside a shared folder
 * @path: where this computer's copy goes; the file must not exist
 *
 * Makes a local copy of a plan shared in @folder, bound to it, with
 * everything published there so far.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
WmkPlan *
wmk_sync_join (const char *folder, const char *path, const char *author, GError **error)
{
  g_autofree char *absolute = g_canonicalize_filename (folder, NULL);
  g_autofree char *plan_id = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(WmkStore) store = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autoptr(WmkSync) sync = NULL;
  g_autoptr(WmkSyncResult) result = NULL;

  g_return_val_if_fail (folder != NULL && path != NULL, NULL);

  plan_id = read_plan_marker (absolute, &local_error);
  if (plan_id == NULL)
    {
      if (local_error)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, WMK_SYNC_ERROR, WMK_SYNC_ERROR_NOT_SHARED,
                     "%s holds no shared Waymark plan (there is no %s in it)", absolute,
                     PLAN_MARKER);
      return NULL;
    }
  if ((store = wmk_store_open (path, WMK_STORE_OPEN_NEW, error)) == NULL)
    return NULL;
  if (!wmk_store_set_plan_id (store, plan_id, error)
      || (plan = wmk_plan_new_for_store (store, error)) == NULL)
    goto fail;
  if (author)
    wmk_plan_set_author (plan, author);
  sync = wmk_sync_new (plan);
  if (!wmk_sync_bind (sync, absolute, error) || (result = wmk_sync_run_round (sync, error)) == NULL)
    goto fail;
  if (result->offline)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s cannot be read", absolute);
      goto fail;
    }
  return g_steal_pointer (&plan);

fail:
  g_clear_object (&sync);
  g_clear_object (&plan);
  wmk_store_close (store);
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
  }
  return NULL;
}
