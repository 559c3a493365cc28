/* wmk-ehc-csv.h: monthly EHC figures read from a CSV file
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-ehc-types.h"

G_BEGIN_DECLS

#define WMK_EHC_CSV_ERROR (wmk_ehc_csv_error_quark ())

typedef enum
{
  WMK_EHC_CSV_ERROR_EMPTY,
  WMK_EHC_CSV_ERROR_SYNTAX,
  WMK_EHC_CSV_ERROR_NOTHING,
} WmkEhcCsvError;

/* What a column can be read as: the month, each figure, the note. */
#define WMK_EHC_CSV_MONTH    0
#define WMK_EHC_CSV_FIGURE(f) (1 + (f))
#define WMK_EHC_CSV_NOTE     (1 + WMK_EHC_N_FIGURES)
#define WMK_EHC_CSV_N_TARGETS (2 + WMK_EHC_N_FIGURES)

typedef struct _WmkEhcCsv WmkEhcCsv;

/**
 * WmkEhcCsvCheck:
 * @months: the good rows' months (#WmkEhcMonth, @id %NULL), in file order
 * @notes: each good month's note, or %NULL
 * @problems: one sentence per bad cell or row ("Row 7, column “Issued”:
 *   “12a” is not a number"), in file order
 * @bad_rows: how many rows had a problem (and are left out)
 * @empty_rows: rows with no cell filled in, skipped without a word
 */
typedef struct
{
  GArray    *months;
  GPtrArray *notes;
  GPtrArray *problems;
  guint      bad_rows;
  guint      empty_rows;
} WmkEhcCsvCheck;

GQuark          wmk_ehc_csv_error_quark   (void);

WmkEhcCsv      *wmk_ehc_csv_parse         (const char       *text,
                                           gssize            length,
                                           GError          **error);
void            wmk_ehc_csv_free          (WmkEhcCsv        *self);
guint           wmk_ehc_csv_get_n_columns (WmkEhcCsv        *self);
const char     *wmk_ehc_csv_get_header    (WmkEhcCsv        *self,
                                           guint             column);
guint           wmk_ehc_csv_get_n_rows    (WmkEhcCsv        *self);
const char     *wmk_ehc_csv_target_label  (guint             target);
void            wmk_ehc_csv_guess_mapping (WmkEhcCsv        *self,
                                           int              *mapping);
WmkEhcCsvCheck *wmk_ehc_csv_check         (WmkEhcCsv        *self,
                                           const int        *mapping);
void            wmk_ehc_csv_check_free    (WmkEhcCsvCheck   *check);

int             wmk_ehc_parse_month       (const char       *text);
char           *wmk_ehc_parse_figure      (const char       *text,
                                           WmkEhcFigure      figure,
                                           double           *value);
void            wmk_ehc_csv_count_changes (WmkPlan          *plan,
                                           WmkEhcCsvCheck   *check,
                                           guint            *n_new,
                                           guint            *n_updated);
gboolean        wmk_ehc_csv_apply         (WmkPlan          *plan,
                                           WmkEhcCsvCheck   *check,
                                           const char       *source,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkEhcCsv, wmk_ehc_csv_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkEhcCsvCheck, wmk_ehc_csv_check_free)

G_END_DECLS
