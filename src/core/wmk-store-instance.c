/* wmk-store-instance.c: knowing a copied database before it writes
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/sync.md §2.13. A plan database copied to another laptop, or to
 * another file on this one, still holds the writer identity of the
 * original: if both went on editing, each would number its changes from the
 * same point, and the shared folder would meet two different changes under
 * one number. The reader detects that afterwards and keeps both, but two
 * copies stamping in the same millisecond would still collide.
 *
 * So each database carries a random instance token (local_meta.instance),
 * and this machine keeps, outside every database, a marker per token naming
 * the file that owns it: $XDG_STATE_HOME/waymark/instances/<token> (or
 * $WAYMARK_STATE_DIR/instances/<token>). Opening a database whose token's
 * marker is missing or names another file means the file was copied or
 * moved: it takes a new epoch (a new writer, numbered from 1) and a new
 * token before anything else is written.
 *
 * The marker also records the epoch and the next number the file had when
 * it was last closed (and after every sync round). A database that opens
 * behind that, an older epoch or a lower number, is a backup restored over
 * the file: it too takes a new epoch at once, rather than reuse numbers
 * its later changes already carry in the shared folder. If the process died
 * before the marker was written, the shared folder still shows the restore
 * (the reader finds our own writer's changes that this database lacks).
 */

#include "wmk-store-private.h"
#include "wmk-store-sync.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>

static char *
instances_dir (void)
{
  const char *env = g_getenv ("WAYMARK_STATE_DIR");

  if (env && *env)
    return g_build_filename (env, "instances", NULL);
  return g_build_filename (g_get_user_state_dir (), "waymark", "instances", NULL);
}

/* The file's own name, links resolved, so that one file reached by two
 * paths is one instance. */
static char *
canonical_path (const char *path)
{
  char *resolved = realpath (path, NULL);
  char *copy;

  if (resolved == NULL)
    return g_canonicalize_filename (path, NULL);
  copy = g_strdup (resolved);
  free (resolved);
  return copy;
}

/* A marker: the file that owns a token, and where its numbering stood. */
typedef struct
{
  char   *owner;
  char   *epoch;
  gint64  next_seq;
} Marker;

static void
marker_clear (Marker *marker)
{
  g_free (marker->owner);
  g_free (marker->epoch);
}

static gboolean
read_marker (const char *token, Marker *marker)
{
  g_autofree char *dir = instances_dir ();
  g_autofree char *path = g_build_filename (dir, token, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) progress = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  lines = g_strsplit (contents, "\n", 3);
  marker->owner = g_strdup (lines[0]);
  if (lines[1] && (progress = g_strsplit (lines[1], " ", 2)) && progress[0] && progress[1])
    {
      marker->epoch = g_strdup (progress[0]);
      marker->next_seq = g_ascii_strtoll (progress[1], NULL, 10);
    }
  return TRUE;
}

/* Best effort: a machine whose state folder cannot be written still opens
 * its plans; it only loses this early warning. No fsync: a marker lost in
 * a power cut only weakens the check, and the shared folder still has it. */
static void
write_marker (const char *token, const char *owner, const char *epoch, gint64 next_seq)
{
  g_autofree char *dir = instances_dir ();
  g_autofree char *path = g_build_filename (dir, token, NULL);
  g_autofree char *contents = g_strdup_printf ("%s\n%s %" G_GINT64_FORMAT "\n", owner, epoch,
                                               next_seq);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_debug ("Could not create %s: %s", dir, g_strerror (errno));
      return;
    }
  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error))
    g_debug ("Could not record which file owns this plan's identity: %s", error->message);
}

/* Whether this database stands behind where the marker saw it. */
static gboolean
is_behind (WmkStore *self, const Marker *marker)
{
  g_autofree char *writer = NULL;
  sqlite3_stmt *stmt;
  gboolean known;

  if (marker->epoch == NULL)
    return FALSE;
  if (g_str_equal (marker->epoch, self->epoch))
    return self->next_seq < marker->next_seq;
  /* Another epoch: ours is older when this database never wrote under the
   * marker's (a newer one whose marker was never written knows it). */
  if (marker->next_seq <= 1)
    return FALSE;
  writer = g_strdup_printf ("%s-%s", self->device, marker->epoch);
  stmt = wmk_store_prepare (self, "SELECT 1 FROM op WHERE writer = ? LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, writer, -1, SQLITE_STATIC);
  known = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return !known;
}

static char *
new_token (void)
{
  GString *token = g_string_new (NULL);

  for (guint i = 0; i < 16; i++)
    g_string_append_printf (token, "%02x", (guint) g_random_int_range (0, 256));
  return g_string_free (token, FALSE);
}

typedef struct
{
  const char *token;
  gboolean    copied;
} Claim;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Marker, marker_clear)

static gboolean
claim_body (WmkStore *self, gpointer data, GError **error)
{
  Claim *claim = data;

  if (claim->copied && !wmk_store_change_epoch (self, error))
    return FALSE;
  {
    sqlite3_stmt *stmt = wmk_store_prepare (self,
                                            "INSERT OR REPLACE INTO local_meta (key, value) "
                                            "VALUES ('instance', ?)",
                                            error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, claim->token, -1, SQLITE_STATIC);
    if (sqlite3_step (stmt) != SQLITE_DONE)
      return wmk_store_set_error (self, error);
    sqlite3_reset (stmt);
  }
  return TRUE;
}

/**
 * wmk_store_take_copied:
 *
 * Returns: %TRUE once after this database was found, on opening, to be a
 *   copy of one used elsewhere (it now writes under a new identity), for
 *   the first sync round to tell the person
 */
gboolean
wmk_store_take_copied (WmkStore *self)
{
  gboolean copied;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  copied = self->copied;
  self->copied = FALSE;
  return copied;
}

/**
 * wmk_store_claim_instance:
 * @copied: (out) (optional): set when this database turned out to be a
 *   copy, and so moved to a new epoch; left as it was otherwise
 *
 * Called once the database is open: gives it an instance token if it has
 * none, and a new epoch and token if it is a copy (see above).
 */
gboolean
wmk_store_claim_instance (WmkStore *self, gboolean *copied, GError **error)
{
  g_autofree char *token = wmk_store_dup_meta (self, "instance");
  g_autofree char *owner = canonical_path (self->path);
  g_autofree char *fresh = NULL;
  g_auto(Marker) marker = { NULL, NULL, 0 };
  Claim claim = { NULL, FALSE };

  if (token)
    {
      if (read_marker (token, &marker) && g_strcmp0 (marker.owner, owner) == 0
          && !is_behind (self, &marker))
        {
          self->instance = g_steal_pointer (&token);
          return TRUE;  /* the marker already says so: written when it closes */
        }
      /* A token with no marker of this file: a copy, a moved file, or a
       * machine whose state folder was cleared; or a file restored from a
       * backup. A new epoch costs nothing but a new writer in the folder. */
      claim.copied = TRUE;
    }
  fresh = new_token ();
  claim.token = fresh;
  if (!wmk_store_in_transaction (self, claim_body, &claim, error))
    return FALSE;
  self->instance = g_steal_pointer (&fresh);
  wmk_store_save_instance (self);
  if (copied && claim.copied)
    *copied = TRUE;
  if (claim.copied)
    g_debug ("%s is a copy or a restored backup of a plan, or was moved: new epoch %s",
             self->path, self->epoch);
  return TRUE;
}

/**
 * wmk_store_save_instance:
 *
 * Records in this machine's marker where the database's numbering stands
 * (when it closes, and after a sync round), so that a backup restored over
 * it is known when it next opens.
 */
void
wmk_store_save_instance (WmkStore *self)
{
  g_autofree char *owner = NULL;

  g_return_if_fail (WMK_IS_STORE (self));

  if (self->instance == NULL || self->db == NULL || !wmk_store_load_clock (self, NULL))
    return;
  owner = canonical_path (self->path);
  write_marker (self->instance, owner, self->epoch, self->next_seq);
}
