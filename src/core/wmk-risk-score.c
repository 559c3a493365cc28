/* wmk-risk-score.c: how serious a risk is, and whether its review is overdue
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk register template (seeds/001_…) asks for a severity before and
 * after mitigation without saying how it is measured. Waymark uses the usual
 * 5 × 5 matrix of local government and the NHS:
 *
 *   likelihood 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain
 *   impact     1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe
 *   score      likelihood × impact, 1 to 25
 *   band       low 1-4, medium 5-9, high 10-14, very high 15-25
 *
 * A likelihood or impact that is not set, or not 1 to 5, leaves the risk
 * unscored on that side (score 0, no band) rather than guessed.
 *
 * A review is overdue when an open risk's review date is before today, or
 * when an open risk has no review date at all: a risk nobody has said when
 * to look at again is the one most likely to be forgotten. Closed risks are
 * never overdue.
 */

#include "config.h"

#include "wmk-risk-score.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/**
 * wmk_risk_score:
 * @likelihood: 1 to 5
 * @impact: 1 to 5
 *
 * Returns: likelihood × impact (1 to 25), or 0 when either is not 1 to 5
 */
int
wmk_risk_score (gint64 likelihood, gint64 impact)
{
  if (likelihood < 1 || likelihood > WMK_RISK_SCALE || impact < 1 || impact > WMK_RISK_SCALE)
    return 0;
  return (int) (likelihood * impact);
}

/**
 * wmk_risk_band_for_score:
 * @score: a score from wmk_risk_score()
 *
 * Returns: low for 1-4, medium for 5-9, high for 10-14, very high for 15-25,
 *   none for anything else
 */
WmkRiskBand
wmk_risk_band_for_score (int score)
{
  if (score < 1 || score > WMK_RISK_SCALE * WMK_RISK_SCALE)
    return WMK_RISK_BAND_NONE;
  if (score <= 4)
    return WMK_RISK_BAND_LOW;
  if (score <= 9)
    return WMK_RISK_BAND_MEDIUM;
  if (score <= 14)
    return WMK_RISK_BAND_HIGH;
  return WMK_RISK_BAND_VERY_HIGH;
}

/**
 * wmk_risk_band_id:
 *
 * Returns: a name that does not change with the language ("very-high"), for
 *   style classes and exports
 */
const char *
wmk_risk_band_id (WmkRiskBand band)
{
  static const char *const ids[] = { "none", "low", "medium", "high", "very-high" };

  g_return_val_if_fail (band <= WMK_RISK_BAND_VERY_HIGH, "none");
  return ids[band];
}

/**
 * wmk_risk_band_word:
 *
 * Returns: the band's translated name ("Very high"), "Not scored" for none
 */
const char *
wmk_risk_band_word (WmkRiskBand band)
{
  static const char *const words[] = {
    N_("Not scored"), N_("Low"), N_("Medium"), N_("High"), N_("Very high"),
  };

  g_return_val_if_fail (band <= WMK_RISK_BAND_VERY_HIGH, NULL);
  return _(words[band]);
}

/**
 * wmk_risk_likelihood_word:
 * @likelihood: 1 to 5
 *
 * Returns: (nullable): "Rare" to "Almost certain", %NULL outside 1 to 5
 */
const char *
wmk_risk_likelihood_word (gint64 likelihood)
{
  static const char *const words[] = {
    N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Almost certain"),
  };

  if (likelihood < 1 || likelihood > WMK_RISK_SCALE)
    return NULL;
  return _(words[likelihood - 1]);
}

/**
 * wmk_risk_impact_word:
 * @impact: 1 to 5
 *
 * Returns: (nullable): "Negligible" to "Severe", %NULL outside 1 to 5
 */
const char *
wmk_risk_impact_word (gint64 impact)
{
  static const char *const words[] = {
    N_("Negligible"), N_("Minor"), N_("Moderate"), N_("Major"), N_("Severe"),
  };

  if (impact < 1 || impact > WMK_RISK_SCALE)
    return NULL;
  return _(words[impact - 1]);
}

/**
 * wmk_risk_get_score:
 * @risk: an entity of type "risk"
 * @after_mitigation: use post_likelihood and post_impact
 *
 * Returns: the score, 0 when not scored
 */
int
wmk_risk_get_score (WmkEntity *risk, gboolean after_mitigation)
{
  g_return_val_if_fail (WMK_IS_ENTITY (risk), 0);

  return wmk_risk_score (
    wmk_entity_get_int (risk, after_mitigation ? "post_likelihood" : "likelihood", 0),
    wmk_entity_get_int (risk, after_mitigation ? "post_impact" : "impact", 0));
}

WmkRiskBand
wmk_risk_get_band (WmkEntity *risk, gboolean after_mitigation)
{
  g_return_val_if_fail (WMK_IS_ENTITY (risk), WMK_RISK_BAND_NONE);
  return wmk_risk_band_for_score (wmk_risk_get_score (risk, after_mitigation));
}

/**
 * wmk_risk_is_open:
 *
 * A risk is open unless its status says "closed"; a risk with no status yet
 * is open.
 */
gboolean
wmk_risk_is_open (WmkEntity *risk)
{
  g_return_val_if_fail (WMK_IS_ENTITY (risk), FALSE);
  return g_strcmp0 (wmk_entity_get_string (risk, "status"), "closed") != 0;
}

/**
 * wmk_risk_is_review_overdue:
 * @today: an ISO date ("2023-05-31")
 *
 * Returns: %TRUE for an open risk whose review date is before @today, or
 *   that has no review date
 */
gboolean
wmk_risk_is_review_overdue (WmkEntity *risk, const char *today)
{
  const char *review;

  g_return_val_if_fail (WMK_IS_ENTITY (risk), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (!wmk_risk_is_open (risk))
    return FALSE;
  review = wmk_entity_get_string (risk, "review_date");
  /* ISO dates compare as strings. */
  return review == NULL || *review == '\0' || strcmp (review, today) < 0;
}

static void
place (guint cells[WMK_RISK_SCALE][WMK_RISK_SCALE], guint bands[WMK_RISK_N_BANDS],
       WmkEntity *risk, gboolean after)
{
  gint64 likelihood = wmk_entity_get_int (risk, after ? "post_likelihood" : "likelihood", 0);
  gint64 impact = wmk_entity_get_int (risk, after ? "post_impact" : "impact", 0);
  int score = wmk_risk_score (likelihood, impact);

  bands[wmk_risk_band_for_score (score)]++;
  if (score > 0)
    cells[likelihood - 1][impact - 1]++;
}

/**
 * wmk_risk_grid_count:
 * @grid: (out caller-allocates): the counts
 * @risks: a #GListModel of risk entities (wmk_plan_get_items (plan, "risk"))
 * @today: an ISO date, for overdue reviews
 *
 * Counts the open risks into the cells of the 5 × 5 grid before and after
 * mitigation, per band, and the open risks whose review is overdue.
 */
void
wmk_risk_grid_count (WmkRiskGrid *grid, GListModel *risks, const char *today)
{
  guint n;

  g_return_if_fail (grid != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (risks));
  g_return_if_fail (today != NULL);

  memset (grid, 0, sizeof *grid);
  n = g_list_model_get_n_items (risks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);

      if (!wmk_risk_is_open (risk))
        {
          grid->n_closed++;
          continue;
        }
      grid->n_open++;
      place (grid->before, grid->bands_before, risk, FALSE);
      place (grid->after, grid->bands_after, risk, TRUE);
      if (wmk_risk_is_review_overdue (risk, today))
        grid->n_review_overdue++;
    }
}

/* The number in a ref of the form "R12" (any case), or 0. */
static guint
ref_number (const char *ref)
{
  char *end = NULL;
  guint64 number;

  if (ref == NULL || (ref[0] != 'R' && ref[0] != 'r') || !g_ascii_isdigit (ref[1]))
    return 0;
  number = g_ascii_strtoull (ref + 1, &end, 10);
  return *end == '\0' && number < G_MAXUINT ? (guint) number : 0;
}

/**
 * wmk_risk_next_ref:
 * @risks: a #GListModel of risk entities
 *
 * The ref for a new risk: "R" and one more than the highest "R<number>" in
 * use, so refs stay unique and in the order risks were raised.
 *
 * Returns: (transfer full): "R1" for the first risk
 */
char *
wmk_risk_next_ref (GListModel *risks)
{
  guint highest = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (risks), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);

      highest = MAX (highest, ref_number (wmk_entity_get_ref (risk)));
    }
  return g_strdup_printf ("R%u", highest + 1);
}
