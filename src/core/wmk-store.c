/* wmk-store.c: a plan's SQLite database, its operation log and current state
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is an operation (wmk-op.h). Committing an edit appends its
 * operations to the log and applies them to the current state in one
 * transaction with synchronous=FULL, so an edit is either wholly on disk or
 * not at all, even if the process is killed or the power fails.
 *
 * The state follows the field rule of docs/sync.md §2.7: each field keeps its
 * heads (values no known operation has replaced); the head with the greatest
 * stamp is shown, and two heads with different values are a conflict. For one
 * laptop there is always one head; the rule is here so that operations from
 * other laptops go through exactly the same code.
 */

#include "wmk-store-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wmk-fields-private.h"
#include "wmk-json.h"
#include "wmk-store-sync.h"

/* 'WMKP': marks a SQLite file as a Waymark plan. */
#define WMK_APPLICATION_ID 0x574d4b50

/* How a value is stored in field_head.kind. */
enum
{
  KIND_NULL,
  KIND_BOOL,
  KIND_INT,
  KIND_DOUBLE,
  KIND_STRING,
  KIND_JSON,
};

G_DEFINE_FINAL_TYPE (WmkStore, wmk_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (wmk-store-error-quark, wmk_store_error)

void
wmk_record_free (WmkRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->id);
  g_free (record->type);
  g_clear_pointer (&record->fields, wmk_fields_free);
  g_free (record);
}

static WmkRecord *
record_new (const char *id, const char *type, gboolean live)
{
  WmkRecord *record = g_new0 (WmkRecord, 1);

  record->id = g_strdup (id);
  record->type = g_strdup (type);
  record->live = live;
  return record;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

void
wmk_store_close (WmkStore *self)
{
  g_return_if_fail (WMK_IS_STORE (self));

  if (self->db)
    wmk_store_save_instance (self);
  g_hash_table_remove_all (self->statements);
  if (self->db)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
}

static void
wmk_store_finalize (GObject *object)
{
  WmkStore *self = WMK_STORE (object);

  wmk_store_close (self);
  g_hash_table_unref (self->statements);
  g_hash_table_unref (self->txn_entities);
  g_free (self->path);
  g_free (self->plan_id);
  g_free (self->device);
  g_free (self->epoch);
  g_free (self->writer);
  g_free (self->instance);

  G_OBJECT_CLASS (wmk_store_parent_class)->finalize (object);
}

static void
wmk_store_class_init (WmkStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_store_finalize;
}

static void
wmk_store_init (WmkStore *self)
{
  /* Keyed by the address of the SQL literal: looked up ten times for every
   * operation of an import, hashing the text showed in profiles. */
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->txn_entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

gboolean
wmk_store_set_error (WmkStore *self, GError **error)
{
  int code = sqlite3_extended_errcode (self->db);
  int primary = code & 0xff;

  if (primary == SQLITE_NOTADB)
    g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN,
                 "%s is not a Waymark plan: it is not a database", self->path);
  else if (primary == SQLITE_CORRUPT)
    g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                 "The plan %s is damaged: %s", self->path, sqlite3_errmsg (self->db));
  else if (primary == SQLITE_FULL)
    g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_IO,
                 "The disk holding %s is full; nothing was changed", self->path);
  else
    g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_IO,
                 "Could not use the plan %s: %s", self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

sqlite3_stmt *
wmk_store_prepare (WmkStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      wmk_store_set_error (self, error);
      return NULL;
    }
  /* The key is the caller's string literal, which outlives the store. */
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* A statement left in the middle of its rows holds a read transaction open,
 * which makes SQLite refuse later writes once another process has written
 * (and keeps the WAL from being checkpointed). Every public entry point that
 * reads ends by resetting them all. */
void
wmk_store_reset_statements (WmkStore *self)
{
  GHashTableIter iter;
  sqlite3_stmt *stmt;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &stmt))
    sqlite3_reset (stmt);
}

gboolean
wmk_store_exec (WmkStore *self, const char *sql, GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return wmk_store_set_error (self, error);
  return TRUE;
}

static gboolean
step_done (WmkStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return wmk_store_set_error (self, error);
  return TRUE;
}

static int
pragma_int (WmkStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      wmk_store_set_error (self, error);
      return -1;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  else
    wmk_store_set_error (self, error);
  sqlite3_finalize (stmt);
  return value;
}

static char *
random_hex (guint bytes)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < bytes; i++)
    g_string_append_printf (s, "%02x", (guint) g_random_int_range (0, 256));
  return g_string_free (s, FALSE);
}

static gboolean
meta_set (WmkStore *self, const char *key, const char *text, gint64 number, GError **error)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self,
                                          "INSERT OR REPLACE INTO local_meta (key, value) VALUES (?, ?)",
                                          error);
  if (!stmt)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (text)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, number);
  return step_done (self, stmt, error);
}

static void
replace_string (char **target, const char *value)
{
  char *copy = g_strdup (value);

  g_free (*target);
  *target = copy;
}

static gboolean
meta_load (WmkStore *self, GError **error)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self, "SELECT key, value FROM local_meta", error);

  if (!stmt)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      if (g_str_equal (key, "plan"))
        replace_string (&self->plan_id, (const char *) sqlite3_column_text (stmt, 1));
      else if (g_str_equal (key, "device"))
        replace_string (&self->device, (const char *) sqlite3_column_text (stmt, 1));
      else if (g_str_equal (key, "epoch"))
        replace_string (&self->epoch, (const char *) sqlite3_column_text (stmt, 1));
      else if (g_str_equal (key, "next_seq"))
        self->next_seq = sqlite3_column_int64 (stmt, 1);
      else if (g_str_equal (key, "hlc_l"))
        self->hlc.l = sqlite3_column_int64 (stmt, 1);
      else if (g_str_equal (key, "hlc_c"))
        self->hlc.c = (guint16) sqlite3_column_int (stmt, 1);
    }
  if (!self->plan_id || !self->device || !self->epoch || self->next_seq < 1)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                   "The plan %s is damaged: its identity record is missing", self->path);
      return FALSE;
    }
  self->writer = g_strdup_printf ("%s-%s", self->device, self->epoch);
  return TRUE;
}

/**
 * wmk_store_set_clock:
 * @clock: (nullable): the wall clock to read, or %NULL for the real one
 *
 * Sets the clock this store stamps its operations with.
 */
void
wmk_store_set_clock (WmkStore *self, WmkStoreClock clock, gpointer user_data)
{
  g_return_if_fail (WMK_IS_STORE (self));

  self->clock = clock;
  self->clock_data = user_data;
}

gint64
wmk_store_now_ms (WmkStore *self)
{
  return self->clock ? self->clock (self->clock_data) : g_get_real_time () / 1000;
}

/* The writer this database is now: "<device>-<epoch>", numbered from
 * @next_seq. In memory only; the caller writes local_meta. */
void
wmk_store_set_identity (WmkStore *self, const char *epoch, gint64 next_seq)
{
  char *copy = g_strdup (epoch);

  g_free (self->epoch);
  self->epoch = copy;
  g_free (self->writer);
  self->writer = g_strdup_printf ("%s-%s", self->device, self->epoch);
  self->next_seq = next_seq;
}

gboolean
wmk_store_load_clock (WmkStore *self, GError **error)
{
  sqlite3_stmt *stmt = wmk_store_prepare (self,
                                          "SELECT key, value FROM local_meta WHERE key IN "
                                          "('epoch', 'next_seq', 'hlc_l', 'hlc_c')",
                                          error);
  WmkHlc stored = { 0, 0 };
  g_autofree char *epoch = NULL;
  gint64 next_seq = 0;

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      if (g_str_equal (key, "epoch"))
        epoch = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      else if (g_str_equal (key, "next_seq"))
        next_seq = sqlite3_column_int64 (stmt, 1);
      else if (g_str_equal (key, "hlc_l"))
        stored.l = sqlite3_column_int64 (stmt, 1);
      else if (g_str_equal (key, "hlc_c"))
        stored.c = (guint16) sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  /* Another process (waymark-cli sync beside the window) may have given this
   * database a new epoch: its numbers start again, under the new writer. */
  if (epoch && g_strcmp0 (epoch, self->epoch) != 0)
    wmk_store_set_identity (self, epoch, next_seq);
  else
    self->next_seq = MAX (self->next_seq, next_seq);
  if (wmk_hlc_compare (stored, self->hlc) > 0)
    self->hlc = stored;
  return TRUE;
}

static gboolean
initialize (WmkStore *self, GError **error)
{
  g_autofree char *plan_id = g_uuid_string_random ();
  g_autofree char *device = random_hex (8);
  g_autofree char *epoch = random_hex (4);
  g_autofree char *writer = g_strdup_printf ("%s-%s", device, epoch);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d", WMK_APPLICATION_ID);

  return wmk_store_exec (self, pragma, error)
         && wmk_store_migrate (self, 0, error)
         && meta_set (self, "plan", plan_id, 0, error)
         && meta_set (self, "device", device, 0, error)
         && meta_set (self, "epoch", epoch, 0, error)
         && meta_set (self, "writer", writer, 0, error)
         && meta_set (self, "next_seq", NULL, 1, error)
         && meta_set (self, "hlc_l", NULL, 0, error)
         && meta_set (self, "hlc_c", NULL, 0, error);
}

/* Checks what the file is before anything writes to it: a file that is not a
 * plan, or a plan from a newer Waymark, must be left byte for byte as it was. */
static gboolean
check_and_prepare (WmkStore *self, gboolean is_new, GError **error)
{
  int app_id, version;

  app_id = pragma_int (self, "PRAGMA application_id", error);
  if (app_id == -1)
    return FALSE;
  version = pragma_int (self, "PRAGMA user_version", error);
  if (version == -1)
    return FALSE;

  if (!is_new && app_id != WMK_APPLICATION_ID)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN,
                   "%s is not a Waymark plan: it is a database of another program", self->path);
      return FALSE;
    }
  if (version > WMK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NEWER_VERSION,
                   "%s was saved by a newer version of Waymark (plan format %d; this version "
                   "reads up to %d): update Waymark to open it",
                   self->path, version, WMK_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (!wmk_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                             "PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 5000;",
                       error))
    return FALSE;

  if (!wmk_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (is_new ? !initialize (self, error)
             : (version < WMK_STORE_SCHEMA_VERSION && !wmk_store_migrate (self, version, error)))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!wmk_store_exec (self, "COMMIT", error))
    return FALSE;
  self->schema_version = WMK_STORE_SCHEMA_VERSION;
  return meta_load (self, error);
}

/**
 * wmk_store_open:
 * @path: the plan database
 * @flags: whether to create it
 * @error: where to put a sentence saying what went wrong
 *
 * Opens a plan database, upgrading an older one. A file that is not a plan
 * or comes from a newer Waymark is refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
WmkStore *
wmk_store_open (const char *path, WmkStoreOpenFlags flags, GError **error)
{
  g_autoptr(WmkStore) self = NULL;
  gboolean exists;
  int sqlite_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists && (flags & WMK_STORE_OPEN_NEW))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_EXISTS,
                   "%s already exists; choose another file name", path);
      return NULL;
    }
  if (!exists && !(flags & (WMK_STORE_OPEN_CREATE | WMK_STORE_OPEN_NEW)))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_FOUND,
                   "There is no plan at %s", path);
      return NULL;
    }
  if (exists && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN,
                   "%s is not a Waymark plan: it is a folder", path);
      return NULL;
    }
  if (!exists)
    sqlite_flags |= SQLITE_OPEN_CREATE;
  else
    {
      GStatBuf st;

      /* SQLite takes an empty file for an empty database and would write to it. */
      if (g_stat (path, &st) == 0 && st.st_size == 0)
        {
          g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_A_PLAN,
                       "%s is not a Waymark plan: it is an empty file", path);
          return NULL;
        }
    }

  self = g_object_new (WMK_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db, sqlite_flags, NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        {
          g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_IO, "Could not open %s", path);
          return NULL;
        }
      wmk_store_set_error (self, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);

  if (!check_and_prepare (self, !exists, error)
      || !wmk_store_claim_instance (self, &self->copied, error))
    {
      wmk_store_close (self);
      if (!exists)
        {
          /* Nothing of a failed creation stays behind. */
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);
          g_unlink (path);
          g_unlink (wal);
          g_unlink (shm);
        }
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
wmk_store_get_path (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  return self->path;
}

const char *
wmk_store_get_plan_id (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  return self->plan_id;
}

const char *
wmk_store_get_writer (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), NULL);
  return self->writer;
}

int
wmk_store_get_schema_version (WmkStore *self)
{
  g_return_val_if_fail (WMK_IS_STORE (self), 0);
  return self->schema_version;
}

void
wmk_store_bind_value (sqlite3_stmt *stmt, int kind_col, JsonNode *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    {
      sqlite3_bind_int (stmt, kind_col, KIND_NULL);
      sqlite3_bind_null (stmt, kind_col + 1);
    }
  else if (JSON_NODE_HOLDS_VALUE (value))
    {
      switch (json_node_get_value_type (value))
        {
        case G_TYPE_BOOLEAN:
          sqlite3_bind_int (stmt, kind_col, KIND_BOOL);
          sqlite3_bind_int (stmt, kind_col + 1, json_node_get_boolean (value));
          break;
        case G_TYPE_INT64:
          sqlite3_bind_int (stmt, kind_col, KIND_INT);
          sqlite3_bind_int64 (stmt, kind_col + 1, json_node_get_int (value));
          break;
        case G_TYPE_DOUBLE:
          sqlite3_bind_int (stmt, kind_col, KIND_DOUBLE);
          sqlite3_bind_double (stmt, kind_col + 1, json_node_get_double (value));
          break;
        default:
          sqlite3_bind_int (stmt, kind_col, KIND_STRING);
          sqlite3_bind_text (stmt, kind_col + 1, json_node_get_string (value), -1,
                             SQLITE_TRANSIENT);
        }
    }
  else
    {
      sqlite3_bind_int (stmt, kind_col, KIND_JSON);
      sqlite3_bind_text (stmt, kind_col + 1, wmk_json_to_string (value, FALSE), -1, g_free);
    }
}

JsonNode *
wmk_store_column_value (sqlite3_stmt *stmt, int kind_col)
{
  switch (sqlite3_column_int (stmt, kind_col))
    {
    case KIND_BOOL:
      return wmk_json_new_bool (sqlite3_column_int (stmt, kind_col + 1));
    case KIND_INT:
      return wmk_json_new_int (sqlite3_column_int64 (stmt, kind_col + 1));
    case KIND_DOUBLE:
      return wmk_json_new_double (sqlite3_column_double (stmt, kind_col + 1));
    case KIND_STRING:
      return wmk_json_new_string ((const char *) sqlite3_column_text (stmt, kind_col + 1));
    case KIND_JSON:
      {
        JsonNode *node = wmk_json_parse ((const char *) sqlite3_column_text (stmt, kind_col + 1),
                                         -1, NULL);
        return node ? node : json_node_new (JSON_NODE_NULL);
      }
    case KIND_NULL:
    default:
      return json_node_new (JSON_NODE_NULL);
    }
}

/* Reading the current state. */

/* One field_head row (field name in column @col, then kind and value) into
 * @fields. Later heads replace earlier ones; a null winner means "not set".
 * Plain values go in as they are, with no JSON node made for them. */
static void
store_field (WmkFieldsBuilder *fields, sqlite3_stmt *stmt, int col)
{
  const char *field = (const char *) sqlite3_column_text (stmt, col);
  int kind_col = col + 1;

  if (field == NULL || g_str_equal (field, "_live"))
    return;
  switch (sqlite3_column_int (stmt, kind_col))
    {
    case KIND_BOOL:
      wmk_fields_builder_set_bool (fields, field, sqlite3_column_int (stmt, kind_col + 1));
      break;
    case KIND_INT:
      wmk_fields_builder_set_int (fields, field, sqlite3_column_int64 (stmt, kind_col + 1));
      break;
    case KIND_DOUBLE:
      wmk_fields_builder_set_double (fields, field, sqlite3_column_double (stmt, kind_col + 1));
      break;
    case KIND_STRING:
      wmk_fields_builder_set_string (fields, field,
                                     (const char *) sqlite3_column_text (stmt, kind_col + 1));
      break;
    case KIND_JSON:
      wmk_fields_builder_set_node (fields, field, wmk_store_column_value (stmt, kind_col));
      break;
    case KIND_NULL:
    default:
      wmk_fields_builder_unset (fields, field);
    }
}

/* One set_member row (field, element from column @col). Two people may add
 * the same element at once: it is there once. */
static void
add_set_element (WmkFieldsBuilder *fields, sqlite3_stmt *stmt, int col)
{
  const char *field = (const char *) sqlite3_column_text (stmt, col);
  const char *elem = (const char *) sqlite3_column_text (stmt, col + 1);

  if (field && elem)
    wmk_fields_builder_add_element (fields, field, elem);
}

/* Whether the row @stmt is on (its column 0 is @id); FALSE once it is done. */
static gboolean
row_is_for (sqlite3_stmt *stmt, gboolean *more, const char *id)
{
  int cmp;

  while (*more)
    {
      cmp = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), id);
      if (cmp == 0)
        return TRUE;
      if (cmp > 0)
        return FALSE;
      /* A row of an entity that has no entity row: skipped, as before. */
      *more = sqlite3_step (stmt) == SQLITE_ROW;
    }
  return FALSE;
}

/**
 * wmk_store_load:
 *
 * Reads every entity, deleted ones included, with the displayed value of each
 * field. Multi-valued fields come as arrays in the order their elements were
 * added.
 *
 * Returns: (transfer full) (element-type WmkRecord): the entities
 */
GPtrArray *
wmk_store_load (WmkStore *self, GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_record_free);
  g_autoptr(WmkFieldsBuilder) builder = wmk_fields_builder_new ();
  sqlite3_stmt *entities, *heads, *members;
  gboolean more_heads, more_members;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  if (!wmk_store_exec (self, "BEGIN", error))
    return NULL;

  /* Three cursors in entity order, walked together: each entity's field
   * heads and set members follow it, so a record is built whole, in one
   * block, without looking entities up by id. Field heads come in
   * (e, f, stamp) order, so the last head of a field is the one with the
   * greatest stamp: the displayed value. */
  entities = wmk_store_prepare (self, "SELECT e, type, live FROM entity ORDER BY e", error);
  heads = entities ? wmk_store_prepare (self, "SELECT e, f, kind, value FROM field_head "
                                        "ORDER BY e, f, stamp", error)
                   : NULL;
  members = heads ? wmk_store_prepare (self, "SELECT e, f, elem FROM set_member WHERE removed = 0 "
                                       "ORDER BY e, f, add_stamp, elem", error)
                  : NULL;
  if (!members)
    goto fail;
  more_heads = sqlite3_step (heads) == SQLITE_ROW;
  more_members = sqlite3_step (members) == SQLITE_ROW;
  while (sqlite3_step (entities) == SQLITE_ROW)
    {
      WmkRecord *record = record_new ((const char *) sqlite3_column_text (entities, 0),
                                      (const char *) sqlite3_column_text (entities, 1),
                                      sqlite3_column_int (entities, 2));

      for (; row_is_for (heads, &more_heads, record->id);
           more_heads = sqlite3_step (heads) == SQLITE_ROW)
        store_field (builder, heads, 1);
      for (; row_is_for (members, &more_members, record->id);
           more_members = sqlite3_step (members) == SQLITE_ROW)
        add_set_element (builder, members, 1);
      record->fields = wmk_fields_builder_end (builder);
      g_ptr_array_add (records, record);
    }

  wmk_store_reset_statements (self);
  wmk_store_exec (self, "COMMIT", NULL);
  return g_steal_pointer (&records);

fail:
  wmk_store_reset_statements (self);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return NULL;
}

/**
 * wmk_store_read:
 *
 * Reads one entity's current state.
 *
 * Returns: (transfer full) (nullable): the entity, or %NULL if there is none
 */
static WmkRecord *read_record (WmkStore *self, const char *id, GError **error);

WmkRecord *
wmk_store_read (WmkStore *self, const char *id, GError **error)
{
  WmkRecord *record;

  g_return_val_if_fail (WMK_IS_STORE (self), NULL);

  record = read_record (self, id, error);
  wmk_store_reset_statements (self);
  return record;
}

static WmkRecord *
read_record (WmkStore *self, const char *id, GError **error)
{
  g_autoptr(WmkRecord) record = NULL;
  g_autoptr(WmkFieldsBuilder) builder = wmk_fields_builder_new ();
  sqlite3_stmt *stmt;

  stmt = wmk_store_prepare (self, "SELECT type, live FROM entity WHERE e = ?", error);
  if (!stmt)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_NOT_FOUND, "There is no item %s", id);
      return NULL;
    }
  record = record_new (id, (const char *) sqlite3_column_text (stmt, 0),
                       sqlite3_column_int (stmt, 1));

  stmt = wmk_store_prepare (self,
                            "SELECT f, kind, value FROM field_head WHERE e = ? ORDER BY f, stamp",
                            error);
  if (!stmt)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    store_field (builder, stmt, 0);

  stmt = wmk_store_prepare (self,
                            "SELECT f, elem FROM set_member WHERE e = ? AND removed = 0 "
                            "ORDER BY f, add_stamp, elem",
                            error);
  if (!stmt)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_set_element (builder, stmt, 0);
  record->fields = wmk_fields_builder_end (builder);
  return g_steal_pointer (&record);
}

gint64
wmk_store_count_ops (WmkStore *self)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WMK_IS_STORE (self), -1);

  gint64 count = -1;

  stmt = wmk_store_prepare (self, "SELECT count(*) FROM op", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  wmk_store_reset_statements (self);
  return count;
}

gboolean
wmk_store_check_integrity (WmkStore *self, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;

  g_return_val_if_fail (WMK_IS_STORE (self), FALSE);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return wmk_store_set_error (self, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, WMK_STORE_ERROR, WMK_STORE_ERROR_CORRUPT,
                   "The plan %s is damaged: %s", self->path, result ? result : "no answer");
      return FALSE;
    }
  return TRUE;
}
