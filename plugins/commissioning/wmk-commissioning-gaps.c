/* wmk-commissioning-gaps.c: provision against need, and decisions due for review
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The need × locality gap matrix (formulas in docs/plugins.md):
 *   estimate[n][l] = devon_estimate[n] × share[l]
 *   capacity[n][l] = Σ capacity of targeted and specialist provisions for n
 *                    in district l + share[l] × Σ those run countywide
 *   coverage       = capacity / estimate × 100
 * Universal services are left out: they are open to every child, so their
 * "capacity" is not places for a need. devon_estimate is an illustrative
 * figure per need (children and young people 0-25 who need targeted or
 * specialist support, about 7,150 in all, near Devon's number of EHC plans)
 * for a council to replace with its JSNA's; share[] is each district's
 * share of Devon's population (wmk-commissioning-types.c).
 */

#include "wmk-commissioning-gaps.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

static const double devon_estimate[WMK_COMMISSIONING_N_NEEDS] = {
  2000,  /* autism: about 2,000 children wait for the pathway (DOMAIN.md) */
  1500,  /* social, emotional and mental health */
  1600,  /* speech, language and communication */
  300,   /* sensory */
  350,   /* physical */
  1400,  /* learning */
};

/* Devon's estimated need for one need, children and young people a year. */
double
wmk_commissioning_need_estimate (guint need)
{
  g_return_val_if_fail (need < WMK_COMMISSIONING_N_NEEDS, 0);
  return devon_estimate[need];
}

WmkCommissioningBand
wmk_commissioning_band_for (double coverage)
{
  if (coverage >= WMK_COMMISSIONING_COVERED_PERCENT)
    return WMK_COMMISSIONING_BAND_COVERED;
  if (coverage >= WMK_COMMISSIONING_SHORT_PERCENT)
    return WMK_COMMISSIONING_BAND_SHORT;
  return WMK_COMMISSIONING_BAND_GAP;
}

const char *
wmk_commissioning_band_word (WmkCommissioningBand band)
{
  switch (band)
    {
    case WMK_COMMISSIONING_BAND_COVERED:
      return _("Covered");
    case WMK_COMMISSIONING_BAND_SHORT:
      return _("Short");
    case WMK_COMMISSIONING_BAND_GAP:
    default:
      return _("Gap");
    }
}

/* The app's RAG shapes: green a circle, amber a diamond, red a triangle. */
const char *
wmk_commissioning_band_shape (WmkCommissioningBand band)
{
  switch (band)
    {
    case WMK_COMMISSIONING_BAND_COVERED:
      return "●";
    case WMK_COMMISSIONING_BAND_SHORT:
      return "◆";
    case WMK_COMMISSIONING_BAND_GAP:
    default:
      return "▲";
    }
}

/**
 * wmk_commissioning_matrix_compute:
 * @provisions: the plan's provisions
 * @matrix: (out caller-allocates): the cells, by need then district
 */
void
wmk_commissioning_matrix_compute (GListModel *provisions, WmkCommissioningMatrix *matrix)
{
  double countywide[WMK_COMMISSIONING_N_NEEDS] = { 0 };

  memset (matrix, 0, sizeof *matrix);
  for (guint i = 0; i < g_list_model_get_n_items (provisions); i++)
    {
      g_autoptr(WmkEntity) provision = g_list_model_get_item (provisions, i);
      const char *tier = wmk_entity_get_string (provision, "tier");
      const char *locality = wmk_entity_get_string (provision, "locality");
      int need = wmk_commissioning_need_index (wmk_entity_get_string (provision, "need"));
      int l = wmk_commissioning_locality_index (locality);
      gint64 capacity = wmk_entity_get_int (provision, "capacity", 0);

      if (need < 0 || capacity <= 0
          || (g_strcmp0 (tier, "targeted") != 0 && g_strcmp0 (tier, "specialist") != 0))
        continue;
      if (g_strcmp0 (locality, "countywide") == 0)
        countywide[need] += capacity;
      else if (l >= 0)
        matrix->cells[need][l].capacity += capacity;
    }
  for (guint n = 0; n < WMK_COMMISSIONING_N_NEEDS; n++)
    for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
      {
        WmkCommissioningCell *cell = &matrix->cells[n][l];
        double share = wmk_commissioning_locality_share (l);

        cell->capacity += countywide[n] * share;
        cell->estimate = devon_estimate[n] * share;
        cell->coverage = 100.0 * cell->capacity / cell->estimate;
        cell->band = wmk_commissioning_band_for (cell->coverage);
        matrix->bands[cell->band]++;
      }
}

typedef struct
{
  guint  need, locality;
  double coverage;
} Gap;

static int
compare_gaps (gconstpointer a, gconstpointer b)
{
  double x = ((const Gap *) a)->coverage, y = ((const Gap *) b)->coverage;

  return x < y ? -1 : x > y;
}

/**
 * wmk_commissioning_matrix_describe:
 * @max_gaps: how many of the largest gaps to name
 *
 * The matrix in words, for people who cannot see the heat map or its colours:
 * how many cells fall in each band, and the largest gaps with their figures.
 *
 * Returns: (transfer full): a paragraph
 */
char *
wmk_commissioning_matrix_describe (const WmkCommissioningMatrix *matrix, guint max_gaps)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (Gap));

  /* Translators: "Of 48 need and district pairs: covered 18 (100% or more of the estimated
   * need), short 22 (80–99%), gap 8 (under 80%)." */
  g_string_append_printf (text, _("Of %u need and district pairs: covered %u (100%% or more of "
                                  "the estimated need), short %u (80–99%%), gap %u (under 80%%)."),
                          WMK_COMMISSIONING_N_NEEDS * WMK_COMMISSIONING_N_LOCALITIES,
                          matrix->bands[WMK_COMMISSIONING_BAND_COVERED],
                          matrix->bands[WMK_COMMISSIONING_BAND_SHORT],
                          matrix->bands[WMK_COMMISSIONING_BAND_GAP]);
  for (guint n = 0; n < WMK_COMMISSIONING_N_NEEDS; n++)
    for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
      if (matrix->cells[n][l].band == WMK_COMMISSIONING_BAND_GAP)
        {
          Gap gap = { n, l, matrix->cells[n][l].coverage };

          g_array_append_val (gaps, gap);
        }
  g_array_sort (gaps, compare_gaps);
  if (gaps->len > 0 && max_gaps > 0)
    {
      g_string_append (text, " ");
      g_string_append (text, _("The largest gaps:"));
      for (guint i = 0; i < MIN (gaps->len, max_gaps); i++)
        {
          const Gap *gap = &g_array_index (gaps, Gap, i);
          const WmkCommissioningCell *cell = &matrix->cells[gap->need][gap->locality];

          /* Translators: "autism in Torridge, 45% (76 places for an estimated 169)" */
          g_string_append_printf (text, _(" %s in %s, %.0f%% (%.0f places for an estimated %.0f)"),
                                  wmk_commissioning_enum_word ("need",
                                                               wmk_commissioning_need_id (gap->need)),
                                  wmk_commissioning_enum_word (
                                    "locality", wmk_commissioning_locality_id (gap->locality)),
                                  cell->coverage, cell->capacity, cell->estimate);
          g_string_append (text, i + 1 < MIN (gaps->len, max_gaps) ? ";" : ".");
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * wmk_commissioning_review_state:
 * @today: "YYYY-MM-DD"
 *
 * Whether @decision is due for review on @today: overdue once its review
 * date has passed, due within WMK_COMMISSIONING_DUE_DAYS of it, unless it
 * was reviewed or withdrawn.
 */
WmkCommissioningReview
wmk_commissioning_review_state (WmkEntity *decision, const char *today)
{
  const char *review = wmk_entity_get_string (decision, "review_date");
  const char *status = wmk_entity_get_string (decision, "status");
  int days;

  if (!wmk_date_is_valid (review) || g_strcmp0 (status, "reviewed") == 0
      || g_strcmp0 (status, "withdrawn") == 0)
    return WMK_COMMISSIONING_REVIEW_NONE;
  days = wmk_days_between (today, review);
  if (days < 0)
    return WMK_COMMISSIONING_REVIEW_OVERDUE;
  if (days <= WMK_COMMISSIONING_DUE_DAYS)
    return WMK_COMMISSIONING_REVIEW_DUE;
  return WMK_COMMISSIONING_REVIEW_LATER;
}

/* Decisions due for review on @today, overdue ones included; @overdue: of those, overdue. */
guint
wmk_commissioning_count_due (GListModel *decisions, const char *today, guint *overdue)
{
  guint due = 0, late = 0;

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(WmkEntity) decision = g_list_model_get_item (decisions, i);
      WmkCommissioningReview state = wmk_commissioning_review_state (decision, today);

      if (state == WMK_COMMISSIONING_REVIEW_DUE || state == WMK_COMMISSIONING_REVIEW_OVERDUE)
        due++;
      if (state == WMK_COMMISSIONING_REVIEW_OVERDUE)
        late++;
    }
  if (overdue)
    *overdue = late;
  return due;
}

static int
compare_review (gconstpointer a, gconstpointer b)
{
  WmkEntity *x = *(WmkEntity **) a, *y = *(WmkEntity **) b;
  const char *p = wmk_entity_get_string (x, "review_date");
  const char *q = wmk_entity_get_string (y, "review_date");

  /* Undated last. */
  if (p == NULL || q == NULL)
    return (p == NULL) - (q == NULL);
  return strcmp (p, q);
}

/* The decisions, soonest review first (undated last). */
GPtrArray *
wmk_commissioning_dup_by_review (GListModel *decisions)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (decisions, i));
  g_ptr_array_sort (sorted, compare_review);
  return sorted;
}
