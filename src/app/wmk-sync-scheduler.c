/* wmk-sync-scheduler.c: when a window's plan syncs with its shared folder
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A round runs shortly after edits (2 s after the last WmkPlan::changed), on
 * a 60 s timer, when a file appears in the shared folder (GFileMonitor), when
 * the window is focused and when it closes. No GTK here: the window tells it
 * about focus and closing.
 *
 * Rounds run on the main thread. WmkPlan and its WmkStore are one SQLite
 * connection and a set of entities whose signals the views listen to, with
 * no locking: nothing of the plan may be touched from another thread while
 * the window uses it. A round is fast enough not to need one: on the sample
 * plan 0.15 ms with nothing new, 1.5 ms to publish an edit, 1 ms to apply
 * one, 18 ms for the first round that publishes the whole plan
 * (docs/sync.md, "In the app").
 */

#include "config.h"

#include "wmk-sync-scheduler.h"

#include <glib/gi18n.h>
#include <string.h>

#define EDIT_DELAY_MS    2000
#define FOLDER_DELAY_MS  1000
#define PERIOD_S         60

struct _WmkSyncScheduler
{
  GObject        parent_instance;

  WmkPlan       *plan;
  WmkSync       *sync;
  WmkSyncResult *result;      /* (nullable): the last round's */
  GDateTime     *last_round;  /* (nullable) */
  GPtrArray     *notices;     /* char*: every warning of this session, once */
  char          *error;       /* (nullable): why the last round failed */
  char          *label;
  gint64         unpublished;
  guint          published;   /* this session's, for the popover */
  guint          applied;
  gboolean       in_round;
  guint          soon_id;     /* the debounced round */
  guint          period_id;   /* the timer */
  GHashTable    *monitors;    /* folder path → GFileMonitor */
};

enum
{
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmkSyncScheduler, wmk_sync_scheduler, G_TYPE_OBJECT)

static void run_round (WmkSyncScheduler *self, GError **error);

static void
wmk_sync_scheduler_dispose (GObject *object)
{
  WmkSyncScheduler *self = WMK_SYNC_SCHEDULER (object);

  g_clear_handle_id (&self->soon_id, g_source_remove);
  g_clear_handle_id (&self->period_id, g_source_remove);
  g_clear_pointer (&self->monitors, g_hash_table_unref);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->sync);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (wmk_sync_scheduler_parent_class)->dispose (object);
}

static void
wmk_sync_scheduler_finalize (GObject *object)
{
  WmkSyncScheduler *self = WMK_SYNC_SCHEDULER (object);

  g_clear_pointer (&self->result, wmk_sync_result_free);
  g_clear_pointer (&self->last_round, g_date_time_unref);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  g_free (self->error);
  g_free (self->label);
  G_OBJECT_CLASS (wmk_sync_scheduler_parent_class)->finalize (object);
}

static void
wmk_sync_scheduler_class_init (WmkSyncSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wmk_sync_scheduler_dispose;
  object_class->finalize = wmk_sync_scheduler_finalize;

  /**
   * WmkSyncScheduler::updated:
   *
   * After each round, and when local edits change how many wait to publish.
   */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wmk_sync_scheduler_init (WmkSyncScheduler *self)
{
  self->notices = g_ptr_array_new_with_free_func (g_free);
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static gboolean
soon_cb (gpointer data)
{
  WmkSyncScheduler *self = data;

  self->soon_id = 0;
  run_round (self, NULL);
  return G_SOURCE_REMOVE;
}

/**
 * wmk_sync_scheduler_request:
 * @delay_ms: how long to wait for more of the same (edits, files arriving)
 *
 * Runs a round after @delay_ms, unless another request comes first: then
 * after that one's delay. Nothing happens for a plan that is not shared.
 */
void
wmk_sync_scheduler_request (WmkSyncScheduler *self, guint delay_ms)
{
  g_return_if_fail (WMK_IS_SYNC_SCHEDULER (self));

  if (wmk_sync_get_folder (self->sync) == NULL)
    return;
  g_clear_handle_id (&self->soon_id, g_source_remove);
  self->soon_id = g_timeout_add (delay_ms, soon_cb, self);
}

static gboolean
period_cb (gpointer data)
{
  run_round (data, NULL);
  return G_SOURCE_CONTINUE;
}

static void
folder_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                   WmkSyncScheduler *self)
{
  if (self->in_round)
    return;
  if (event == G_FILE_MONITOR_EVENT_CREATED || event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT
      || event == G_FILE_MONITOR_EVENT_MOVED_IN || event == G_FILE_MONITOR_EVENT_RENAMED)
    wmk_sync_scheduler_request (self, FOLDER_DELAY_MS);
}

static void
watch (WmkSyncScheduler *self, GFile *dir)
{
  g_autofree char *path = g_file_get_path (dir);
  GFileMonitor *monitor;

  if (path == NULL || g_hash_table_contains (self->monitors, path))
    return;
  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor == NULL)
    return;  /* the timer and focus still sync */
  g_signal_connect_object (monitor, "changed", G_CALLBACK (folder_changed_cb), self, 0);
  g_hash_table_insert (self->monitors, g_steal_pointer (&path), monitor);
}

/* journal/ and each device's folder in it, except ours: our own files would
 * only start another round with nothing new. Inotify does not see changes
 * a sync client makes under a portal's FUSE folder; the timer covers that. */
static void
watch_folder (WmkSyncScheduler *self)
{
  const char *folder = wmk_sync_get_folder (self->sync);
  const char *writer = wmk_store_get_writer (wmk_plan_get_store (self->plan));
  g_autofree char *own = g_strndup (writer, strcspn (writer, "-"));
  g_autoptr(GFile) journal = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  if (folder == NULL)
    return;
  journal = g_file_new_build_filename (folder, "journal", NULL);
  watch (self, journal);
  children = g_file_enumerate_children (journal, "standard::name,standard::type",
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info)
    if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
        && g_strcmp0 (g_file_info_get_name (info), own) != 0)
      watch (self, child);
}

static void
note_warnings (WmkSyncScheduler *self, GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    if (!g_ptr_array_find_with_equal_func (self->notices, warnings->pdata[i], g_str_equal, NULL))
      g_ptr_array_add (self->notices, g_strdup (warnings->pdata[i]));
}

static void
run_round (WmkSyncScheduler *self, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  WmkSyncResult *result;
  gint64 start;

  if (self->in_round || wmk_sync_get_folder (self->sync) == NULL)
    return;
  g_clear_handle_id (&self->soon_id, g_source_remove);
  self->in_round = TRUE;
  start = g_get_monotonic_time ();
  result = wmk_sync_run_round (self->sync, &local_error);
  self->in_round = FALSE;
  g_debug ("Sync round: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  g_clear_pointer (&self->error, g_free);
  if (result)
    {
      g_clear_pointer (&self->result, wmk_sync_result_free);
      self->result = result;
      self->unpublished = result->unpublished;
      self->published += result->published + result->republished;
      self->applied += result->applied;
      g_clear_pointer (&self->last_round, g_date_time_unref);
      self->last_round = g_date_time_new_now_local ();
      note_warnings (self, result->warnings);
      watch_folder (self);
    }
  else
    self->error = g_strdup (local_error->message);
  g_signal_emit (self, signals[UPDATED], 0);
  if (local_error)
    g_propagate_error (error, g_steal_pointer (&local_error));
}

static void
plan_changed_cb (WmkSyncScheduler *self)
{
  gint64 unpublished;

  if (self->in_round || wmk_sync_get_folder (self->sync) == NULL)
    return;
  unpublished = wmk_store_count_outbox (wmk_plan_get_store (self->plan));
  if (unpublished != self->unpublished)
    {
      self->unpublished = unpublished;
      g_signal_emit (self, signals[UPDATED], 0);
    }
  wmk_sync_scheduler_request (self, EDIT_DELAY_MS);
}

static void
start (WmkSyncScheduler *self)
{
  if (self->period_id == 0)
    self->period_id = g_timeout_add_seconds (PERIOD_S, period_cb, self);
  watch_folder (self);
}

/**
 * wmk_sync_scheduler_new:
 * @plan: the window's plan, shared or not
 *
 * For a shared plan, the first round runs a second after the window shows.
 */
WmkSyncScheduler *
wmk_sync_scheduler_new (WmkPlan *plan)
{
  WmkSyncScheduler *self;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);

  self = g_object_new (WMK_TYPE_SYNC_SCHEDULER, NULL);
  self->plan = g_object_ref (plan);
  self->sync = wmk_sync_new (plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  if (wmk_sync_get_folder (self->sync))
    {
      self->unpublished = wmk_store_count_outbox (wmk_plan_get_store (plan));
      start (self);
      wmk_sync_scheduler_request (self, 1000);
    }
  return self;
}

WmkPlan *
wmk_sync_scheduler_get_plan (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->plan;
}

WmkSync *
wmk_sync_scheduler_get_sync (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->sync;
}

/**
 * wmk_sync_scheduler_get_state:
 *
 * The last round's state, except that edits made since then count as
 * waiting to publish until the next round publishes them.
 */
WmkSyncState
wmk_sync_scheduler_get_state (WmkSyncScheduler *self)
{
  WmkSyncState state;

  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), WMK_SYNC_STATE_UNBOUND);

  state = wmk_sync_get_state (self->sync);
  if (state == WMK_SYNC_STATE_UP_TO_DATE || state == WMK_SYNC_STATE_UNPUBLISHED)
    state = self->unpublished > 0 ? WMK_SYNC_STATE_UNPUBLISHED : WMK_SYNC_STATE_UP_TO_DATE;
  return state;
}

gint64
wmk_sync_scheduler_get_unpublished (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), 0);
  return self->unpublished;
}

/* Returns: (transfer none) (nullable): the last round's result */
WmkSyncResult *
wmk_sync_scheduler_get_result (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->result;
}

/* Returns: (transfer none) (nullable): when the last round ended */
GDateTime *
wmk_sync_scheduler_get_last_round (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->last_round;
}

/* How many changes this window published and applied since it opened the plan. */
void
wmk_sync_scheduler_get_totals (WmkSyncScheduler *self, guint *published, guint *applied)
{
  g_return_if_fail (WMK_IS_SYNC_SCHEDULER (self));
  *published = self->published;
  *applied = self->applied;
}

/* Returns: (transfer none) (element-type utf8): every warning of this session, oldest first */
GPtrArray *
wmk_sync_scheduler_get_notices (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->notices;
}

/* Returns: (nullable): why the last round failed, as a sentence */
const char *
wmk_sync_scheduler_get_error (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->error;
}

/* The name other computers see for this one (docs/sync.md §2.14). */
void
wmk_sync_scheduler_set_label (WmkSyncScheduler *self, const char *label)
{
  g_return_if_fail (WMK_IS_SYNC_SCHEDULER (self));
  g_free (self->label);
  self->label = g_strdup (label);
  wmk_sync_set_label (self->sync, label);
}

const char *
wmk_sync_scheduler_get_label (WmkSyncScheduler *self)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), NULL);
  return self->label;
}

/**
 * wmk_sync_scheduler_share:
 * @folder: the plan's folder in a shared folder
 *
 * Shares the plan through @folder and publishes it there at once.
 */
gboolean
wmk_sync_scheduler_share (WmkSyncScheduler *self, const char *folder, GError **error)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), FALSE);

  if (!wmk_sync_bind (self->sync, folder, error))
    return FALSE;
  start (self);
  run_round (self, error);
  return self->error == NULL;
}

gboolean
wmk_sync_scheduler_sync_now (WmkSyncScheduler *self, GError **error)
{
  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), FALSE);

  run_round (self, error);
  return self->error == NULL;
}

/**
 * wmk_sync_scheduler_resolve:
 *
 * Settles a conflict (wmk_sync_resolve()) and publishes the choice at once,
 * so that the other computers see it settled as soon as they sync.
 */
gboolean
wmk_sync_scheduler_resolve (WmkSyncScheduler *self, const char *id, const char *field,
                            JsonNode *value, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (WMK_IS_SYNC_SCHEDULER (self), FALSE);

  self->in_round = TRUE;
  ok = wmk_sync_resolve (self->sync, id, field, value, error);
  self->in_round = FALSE;
  if (ok)
    run_round (self, NULL);
  return ok;
}

/* The window closes: publish what is left, so that it is not only on this laptop. */
void
wmk_sync_scheduler_close (WmkSyncScheduler *self)
{
  g_return_if_fail (WMK_IS_SYNC_SCHEDULER (self));

  g_clear_handle_id (&self->period_id, g_source_remove);
  run_round (self, NULL);
}

/* What a person calls another computer: the label it gave, else its id's start. */
char *
wmk_sync_writer_dup_name (WmkSyncWriter *writer)
{
  if (writer->label && *writer->label)
    return g_strdup (writer->label);
  return g_strdup_printf (_("Computer %.6s"), writer->device);
}

/* "today, 14:05", "22 Nov 2026, 14:05", or "never" */
char *
wmk_sync_format_time (gint64 unix_ms)
{
  g_autoptr(GDateTime) utc = unix_ms > 0 ? g_date_time_new_from_unix_utc (unix_ms / 1000) : NULL;
  g_autoptr(GDateTime) when = utc ? g_date_time_to_local (utc) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (when == NULL)
    return g_strdup (_("never"));
  if (g_date_time_get_year (when) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now))
    return g_date_time_format (when, _("today, %H:%M"));
  return g_date_time_format (when, _("%-d %b %Y, %H:%M"));
}

/* A sentence when @writer's clock runs ahead of ours beyond the cap, else NULL. */
char *
wmk_sync_format_skew (WmkSyncWriter *writer)
{
  g_autofree char *name = wmk_sync_writer_dup_name (writer);
  gint64 hours = (writer->skew_ms + 1800000) / 3600000;

  if (writer->skew_ms <= 0)
    return NULL;
  if (hours < 1)
    return g_strdup_printf (_("%s’s clock appears to be %d minutes ahead; its changes are "
                              "still merged correctly"),
                            name, (int) MAX (writer->skew_ms / 60000, 1));
  if (hours < 48)
    return g_strdup_printf (ngettext ("%s’s clock appears to be %d hour ahead; its changes are "
                                      "still merged correctly",
                                      "%s’s clock appears to be %d hours ahead; its changes are "
                                      "still merged correctly",
                                      (gulong) hours),
                            name, (int) hours);
  return g_strdup_printf (_("%s’s clock appears to be %d days ahead; its changes are still "
                            "merged correctly"),
                          name, (int) ((hours + 12) / 24));
}
