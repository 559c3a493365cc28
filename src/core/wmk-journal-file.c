/* wmk-journal-file.c: the framed journal file format of docs/sync.md §2.4
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * file   := header record* seal
 * header := "WMKJ" FF 01 0A 00, u16 format, u16 length, JSON, u32 CRC-32
 * record := FF 'W' 'R' FE, u32 length, u32 CRC-32, payload (one operation)
 * seal   := a record {"seal":1,"count":N,"first":a,"last":b,"sha256":…} whose
 *           hash covers every byte before it
 *
 * Integers are little-endian. The markers hold bytes (FF, FE) that never occur
 * in UTF-8, so a reader that meets damage scans forward to the next record
 * marker whose length and CRC hold: damage costs only the damaged records,
 * and a truncated file only its tail.
 */

#include "wmk-journal-file.h"

#include <string.h>
#include <zlib.h>

#include "wmk-json.h"

static const guint8 magic[WMK_JOURNAL_MAGIC_LEN] = { 'W', 'M', 'K', 'J', 0xFF, 0x01, 0x0A, 0x00 };
static const guint8 rmark[4] = { 0xFF, 'W', 'R', 0xFE };

#define RECORD_HEAD 12  /* marker, length, CRC */
#define SEAL_PREFIX "{\"seal\":"

G_DEFINE_QUARK (wmk-journal-error-quark, wmk_journal_error)

void
wmk_journal_file_free (WmkJournalFile *file)
{
  if (file == NULL)
    return;
  g_clear_pointer (&file->header, json_object_unref);
  g_clear_pointer (&file->records, g_ptr_array_unref);
  g_free (file);
}

/* CRC-32 (IEEE 802.3). zlib's is several times faster than a byte-wise
 * table, and every byte of a shared folder goes through it. */
guint32
wmk_journal_crc32 (guint32 crc, const guint8 *data, gsize length)
{
  return (guint32) crc32_z (crc, data, length);
}

gboolean
wmk_journal_has_magic (const guint8 *data, gsize length)
{
  return length >= WMK_JOURNAL_MAGIC_LEN && memcmp (data, magic, 4) == 0
         && memcmp (data + 4, magic + 4, 2) == 0;
}

static void
put_u16 (GByteArray *out, guint16 v)
{
  guint8 b[2] = { v & 0xff, v >> 8 };
  g_byte_array_append (out, b, 2);
}

static void
put_u32 (GByteArray *out, guint32 v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24 };
  g_byte_array_append (out, b, 4);
}

static guint32
get_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static void
put_record (GByteArray *out, const char *payload, gsize length)
{
  g_byte_array_append (out, rmark, 4);
  put_u32 (out, (guint32) length);
  put_u32 (out, wmk_journal_crc32 (0, (const guint8 *) payload, length));
  g_byte_array_append (out, (const guint8 *) payload, length);
}

static GBytes *encode_node (JsonNode *node, JsonObject *header, GPtrArray *payloads);

/**
 * wmk_journal_encode:
 * @header: the header members (plan, device, epoch, first, kind, …)
 * @payloads: (element-type utf8): one operation's canonical JSON each
 *
 * Returns: (transfer full): a complete, sealed journal file
 */
GBytes *
wmk_journal_encode (JsonObject *header, GPtrArray *payloads)
{
  g_autoptr(JsonNode) node = NULL;

  /* The version is in the checked header too: a flipped bit in the version
   * bytes must not make a file look newer than it is. */
  if (!json_object_has_member (header, "format"))
    json_object_set_int_member (header, "format", WMK_JOURNAL_FORMAT);
  node = wmk_json_new_object (json_object_ref (header));
  return encode_node (node, header, payloads);
}

static GBytes *
encode_node (JsonNode *node, JsonObject *header, GPtrArray *payloads)
{
  g_autofree char *header_json = wmk_json_to_string (node, FALSE);
  gsize header_len = strlen (header_json);
  GByteArray *out = g_byte_array_sized_new (256 + payloads->len * 240);
  g_autofree char *sha = NULL;
  g_autofree char *seal = NULL;
  gint64 first = json_object_get_int_member_with_default (header, "first", 0);

  g_return_val_if_fail (header_len <= G_MAXUINT16, NULL);

  g_byte_array_append (out, magic, sizeof magic);
  put_u16 (out, (guint16) json_object_get_int_member_with_default (header, "format",
                                                                    WMK_JOURNAL_FORMAT));
  put_u16 (out, (guint16) header_len);
  g_byte_array_append (out, (const guint8 *) header_json, header_len);
  put_u32 (out, wmk_journal_crc32 (0, (const guint8 *) header_json, header_len));

  for (guint i = 0; i < payloads->len; i++)
    put_record (out, payloads->pdata[i], strlen (payloads->pdata[i]));

  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, out->data, out->len);
  seal = g_strdup_printf (SEAL_PREFIX "1,\"count\":%u,\"first\":%" G_GINT64_FORMAT
                          ",\"last\":%" G_GINT64_FORMAT ",\"sha256\":\"%s\"}",
                          payloads->len, first, first + (gint64) payloads->len - 1, sha);
  put_record (out, seal, strlen (seal));
  return g_byte_array_free_to_bytes (out);
}

/* A record at @pos whose length and CRC hold: its payload length, else -1. */
static gssize
record_at (const guint8 *data, gsize length, gsize pos)
{
  guint32 n;

  if (pos + RECORD_HEAD > length || memcmp (data + pos, rmark, 4) != 0)
    return -1;
  n = get_u32 (data + pos + 4);
  /* No record is empty: a marker followed by zeroed bytes (a tail zeroed
   * by a disk or a sync client) would otherwise pass, as the CRC-32 of
   * nothing is 0. Found by the simulation (seed 28272). */
  if (n == 0 || n > WMK_JOURNAL_MAX_RECORD || pos + RECORD_HEAD + n > length)
    return -1;
  if (wmk_journal_crc32 (0, data + pos + RECORD_HEAD, n) != get_u32 (data + pos + 8))
    return -1;
  return n;
}

static gsize
next_marker (const guint8 *data, gsize length, gsize from)
{
  while (from + 4 <= length)
    {
      const guint8 *hit = memchr (data + from, 0xFF, length - from);

      if (hit == NULL)
        break;
      from = hit - data;
      if (from + 4 <= length && memcmp (hit, rmark, 4) == 0)
        return from;
      from++;
    }
  return length;
}

static gboolean
check_seal (WmkJournalFile *file, const guint8 *data, gsize seal_pos, const char *payload)
{
  g_autoptr(JsonNode) node = wmk_json_parse (payload, -1, NULL);
  g_autofree char *sha = NULL;
  JsonObject *seal;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  seal = json_node_get_object (node);
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, seal_pos);
  return g_strcmp0 (json_object_get_string_member_with_default (seal, "sha256", ""), sha) == 0
         && json_object_get_int_member_with_default (seal, "count", -1) == file->records->len;
}

static gsize
parse_header (WmkJournalFile *file, const guint8 *data, gsize length, GError **error)
{
  guint16 format, header_len;
  g_autoptr(JsonNode) node = NULL;

  if (length < WMK_JOURNAL_MAGIC_LEN + 4)
    return WMK_JOURNAL_MAGIC_LEN;
  format = data[8] | data[9] << 8;
  header_len = data[10] | data[11] << 8;
  if (12 + (gsize) header_len + 4 > length
      || wmk_journal_crc32 (0, data + 12, header_len) != get_u32 (data + 12 + header_len))
    return WMK_JOURNAL_MAGIC_LEN;  /* damaged: the records may still be good */
  node = wmk_json_parse ((const char *) data + 12, header_len, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node)
      || json_object_get_int_member_with_default (json_node_get_object (node), "format", -1)
           != format)
    return WMK_JOURNAL_MAGIC_LEN;  /* the version bytes disagree with the checked header */
  if (format > WMK_JOURNAL_FORMAT)
    {
      g_set_error (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NEWER_FORMAT,
                   "This journal file was written by a newer Waymark (format %u; this version "
                   "reads up to %d)",
                   format, WMK_JOURNAL_FORMAT);
      return 0;
    }
  file->header = json_object_ref (json_node_get_object (node));
  file->format = format;
  return 12 + header_len + 4;
}

/**
 * wmk_journal_parse:
 *
 * Reads what can be read of a journal file. Damage is skipped and counted,
 * never an error: the only errors are "not a journal file" and "written by
 * a newer Waymark".
 *
 * Returns: (transfer full): what the file holds, or %NULL with @error set
 */
WmkJournalFile *
wmk_journal_parse (const guint8 *data, gsize length, GError **error)
{
  g_autoptr(WmkJournalFile) file = NULL;
  gsize pos;

  if (!wmk_journal_has_magic (data, length))
    {
      g_set_error (error, WMK_JOURNAL_ERROR, WMK_JOURNAL_ERROR_NOT_JOURNAL,
                   "This is not a Waymark journal file");
      return NULL;
    }
  file = g_new0 (WmkJournalFile, 1);
  file->records = g_ptr_array_new_with_free_func (g_free);
  pos = parse_header (file, data, length, error);
  if (pos == 0)
    return NULL;
  if (file->header == NULL)
    file->n_damaged++;

  while (pos < length)
    {
      gssize n = record_at (data, length, pos);
      const char *payload;

      if (n < 0)
        {
          gsize next = next_marker (data, length, pos + 1);

          /* Bytes of a record cut short are truncation, anything else damage. */
          if (next == length && memcmp (data + pos, rmark, MIN (4, length - pos)) == 0)
            file->truncated = TRUE;
          else
            file->n_damaged++;
          pos = next;
          continue;
        }
      payload = (const char *) data + pos + RECORD_HEAD;
      if ((gsize) n > strlen (SEAL_PREFIX) && memcmp (payload, SEAL_PREFIX, strlen (SEAL_PREFIX)) == 0)
        {
          g_autofree char *text = g_strndup (payload, n);
          file->sealed = check_seal (file, data, pos, text) && file->n_damaged == 0;
        }
      else if (memchr (payload, '\0', n) == NULL)
        g_ptr_array_add (file->records, g_strndup (payload, n));
      else
        file->n_damaged++;
      pos += RECORD_HEAD + n;
    }
  if (!file->sealed)
    file->truncated = TRUE;
  return g_steal_pointer (&file);
}

const char *
wmk_journal_file_get_string (WmkJournalFile *file, const char *name)
{
  JsonNode *node;

  g_return_val_if_fail (file != NULL, NULL);
  if (file->header == NULL || (node = json_object_get_member (file->header, name)) == NULL
      || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gint64
wmk_journal_file_get_int (WmkJournalFile *file, const char *name)
{
  JsonNode *node;

  g_return_val_if_fail (file != NULL, -1);
  if (file->header == NULL || (node = json_object_get_member (file->header, name)) == NULL
      || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;
  return json_node_get_int (node);
}
