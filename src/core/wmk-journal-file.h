/* wmk-journal-file.h: the framed journal file format of docs/sync.md §2.4
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The journal file format this build writes and the newest it reads. */
#define WMK_JOURNAL_FORMAT 1
/* A record longer than this is damage, never an operation. */
#define WMK_JOURNAL_MAX_RECORD (1024 * 1024)
#define WMK_JOURNAL_MAGIC_LEN 8

#define WMK_JOURNAL_ERROR (wmk_journal_error_quark ())

typedef enum
{
  WMK_JOURNAL_ERROR_NOT_JOURNAL,   /* no magic: some other file */
  WMK_JOURNAL_ERROR_NEWER_FORMAT,  /* written by a newer Waymark */
  WMK_JOURNAL_ERROR_IO,
} WmkJournalError;

/**
 * WmkJournalFile:
 *
 * What a reader got out of one journal file, however damaged: the header if
 * its checksum holds, every record whose length and CRC hold, and whether the
 * seal verified. Records are self-contained operations, so a file with a
 * damaged header still yields them.
 */
typedef struct
{
  int         format;        /* header format_version; 0 if the header is damaged */
  JsonObject *header;        /* nullable: the header JSON when its CRC holds */
  GPtrArray  *records;       /* char*: each valid record's payload (NUL-terminated) */
  gboolean    sealed;        /* the seal verified: the file is final */
  guint       n_damaged;     /* stretches of bytes skipped as damage */
  gboolean    truncated;     /* ended inside a record, or without a seal */
} WmkJournalFile;

GQuark          wmk_journal_error_quark (void);

void            wmk_journal_file_free   (WmkJournalFile *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkJournalFile, wmk_journal_file_free)

guint32         wmk_journal_crc32       (guint32        crc,
                                         const guint8  *data,
                                         gsize          length);
gboolean        wmk_journal_has_magic   (const guint8  *data,
                                         gsize          length);

/* Header, one record per payload, and the seal. */
GBytes         *wmk_journal_encode      (JsonObject    *header,
                                         GPtrArray     *payloads);
WmkJournalFile *wmk_journal_parse       (const guint8  *data,
                                         gsize          length,
                                         GError       **error);

/* The header's string and integer members, or NULL / -1. */
const char     *wmk_journal_file_get_string (WmkJournalFile *file,
                                             const char     *name);
gint64          wmk_journal_file_get_int    (WmkJournalFile *file,
                                             const char     *name);

G_END_DECLS
