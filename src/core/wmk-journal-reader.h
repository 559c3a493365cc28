/* wmk-journal-reader.h: reading every journal file in a shared folder
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-store-sync.h"

G_BEGIN_DECLS

#define WMK_TYPE_JOURNAL_READER (wmk_journal_reader_get_type ())
G_DECLARE_FINAL_TYPE (WmkJournalReader, wmk_journal_reader, WMK, JOURNAL_READER, GObject)

WmkJournalReader *wmk_journal_reader_new  (WmkStore         *store,
                                           const char       *root);
gboolean          wmk_journal_reader_scan (WmkJournalReader *self,
                                           WmkApplyStats    *stats,
                                           guint            *n_files_read,
                                           GError          **error);
/* Forget what was seen, so that the next scan reads every file again. */
void              wmk_journal_reader_forget (WmkJournalReader *self);
void              wmk_journal_reader_invalidate (WmkJournalReader *self);

G_END_DECLS
