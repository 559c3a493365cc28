/* wmk-journal-writer.h: publishing this laptop's operations as journal files
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-store.h"

G_BEGIN_DECLS

#define WMK_TYPE_JOURNAL_WRITER (wmk_journal_writer_get_type ())
G_DECLARE_FINAL_TYPE (WmkJournalWriter, wmk_journal_writer, WMK, JOURNAL_WRITER, GObject)

WmkJournalWriter *wmk_journal_writer_new     (WmkStore         *store,
                                              const char       *root);
void              wmk_journal_writer_set_label (WmkJournalWriter *self,
                                                const char       *label);
gboolean          wmk_journal_writer_publish (WmkJournalWriter *self,
                                              guint            *n_published,
                                              GError          **error);
gboolean          wmk_journal_writer_audit   (WmkJournalWriter *self,
                                              guint            *n_republished,
                                              GError          **error);
/* Writes a batch of own operations as a new file and verifies it. */
gboolean          wmk_journal_writer_write   (WmkJournalWriter *self,
                                              GArray           *seqs,
                                              GPtrArray        *raws,
                                              char            **path,
                                              GError          **error);

G_END_DECLS
