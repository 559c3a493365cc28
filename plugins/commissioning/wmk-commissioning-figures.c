/* wmk-commissioning-figures.c: the commissioning figures the core shows: a tile and a report section
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without GTK, so the Overview, the reports and waymark-cli can show them.
 * The host writes the report section's heading; this writes what is under it.
 */

#include <glib/gi18n-lib.h>

#include "wmk-commissioning-gaps.h"
#include "wmk-commissioning-plugin.h"

/* "22 services, £23.4m a year: council £9.1m, NHS £10.2m, joint £4.1m" */
char *
wmk_commissioning_spend_summary (GListModel *provisions)
{
  double spend[3] = { 0 }, total = 0;
  guint n = g_list_model_get_n_items (provisions);
  g_autofree char *all = NULL, *dcc = NULL, *nhs = NULL, *joint = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) provision = g_list_model_get_item (provisions, i);
      const char *who = wmk_entity_get_string (provision, "commissioner");
      double pounds = wmk_entity_get_number (provision, "annual_spend", 0);

      total += pounds;
      if (g_strcmp0 (who, "dcc") == 0)
        spend[0] += pounds;
      else if (g_strcmp0 (who, "nhs") == 0)
        spend[1] += pounds;
      else if (g_strcmp0 (who, "joint") == 0)
        spend[2] += pounds;
    }
  all = wmk_commissioning_format_money (total);
  dcc = wmk_commissioning_format_money (spend[0]);
  nhs = wmk_commissioning_format_money (spend[1]);
  joint = wmk_commissioning_format_money (spend[2]);
  /* Translators: "22 services, £23.4m a year: council £9.1m, NHS £10.2m, joint £4.1m" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u service, %s a year: council %s, NHS %s, joint %s",
                                       "%u services, %s a year: council %s, NHS %s, joint %s", n),
                          n, all, dcc, nhs, joint);
}

/* Decisions due for review within 30 days, overdue ones included. */
char *
wmk_commissioning_tile_figure (WmkPlan *plan, char **caption, gpointer user_data)
{
  GListModel *decisions = wmk_plan_get_items (plan, WMK_COMMISSIONING_DECISION);
  g_autofree char *today = wmk_today_iso ();
  g_autoptr(GPtrArray) sorted = wmk_commissioning_dup_by_review (decisions);
  guint overdue = 0, due = wmk_commissioning_count_due (decisions, today, &overdue);
  WmkEntity *next = NULL;

  for (guint i = 0; i < sorted->len && next == NULL; i++)
    if (wmk_commissioning_review_state (sorted->pdata[i], today)
        >= WMK_COMMISSIONING_REVIEW_LATER)
      next = sorted->pdata[i];

  if (next == NULL)
    *caption = g_strdup (g_list_model_get_n_items (decisions)
                           ? _("No decision waits for a review")
                           : _("No commissioning decisions recorded yet"));
  else
    {
      g_autofree char *when = wmk_date_format (wmk_entity_get_string (next, "review_date"),
                                               "%-d %b %Y");
      const char *services = wmk_entity_get_string (next, "services");

      /* Translators: "2 overdue; next: Mental health support teams in schools, 31 Mar 2024" */
      *caption = g_strdup_printf (_("%u overdue; next: %s, %s"), overdue,
                                  services && *services ? services : _("a decision"), when);
    }
  return g_strdup_printf ("%u", due);
}

static void
write_matrix (WmkPlan *plan, WmkDocument *document)
{
  WmkCommissioningMatrix matrix;
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  g_autofree char *words = NULL;

  wmk_commissioning_matrix_compute (wmk_plan_get_items (plan, WMK_COMMISSIONING_PROVISION),
                                    &matrix);
  g_ptr_array_add (header, _("Need"));
  for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
    g_ptr_array_add (header, (char *) wmk_commissioning_enum_word (
                               "locality", wmk_commissioning_locality_id (l)));
  g_ptr_array_add (header, NULL);

  wmk_document_begin_table (document,
                            _("Targeted and specialist places as a share of the estimated need"),
                            (const char * const *) header->pdata);
  wmk_document_set_row_headers (document, TRUE);
  for (guint n = 0; n < WMK_COMMISSIONING_N_NEEDS; n++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (wmk_commissioning_enum_word (
                                "need", wmk_commissioning_need_id (n))));
      for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
        {
          const WmkCommissioningCell *cell = &matrix.cells[n][l];

          /* Translators: "◆ 85% short" */
          g_ptr_array_add (cells, g_strdup_printf ("%s %.0f%% %s",
                                                   wmk_commissioning_band_shape (cell->band),
                                                   cell->coverage,
                                                   wmk_commissioning_band_word (cell->band)));
        }
      g_ptr_array_add (cells, NULL);
      wmk_document_add_row (document, (const char * const *) cells->pdata);
    }
  words = wmk_commissioning_matrix_describe (&matrix, 5);
  wmk_document_add_paragraph (document, words);
}

static void
write_decisions (WmkPlan *plan, WmkDocument *document)
{
  g_autoptr(GPtrArray) sorted = wmk_commissioning_dup_by_review (
    wmk_plan_get_items (plan, WMK_COMMISSIONING_DECISION));
  g_autofree char *today = wmk_today_iso ();
  const char *header[] = { _("Decided"), _("Decision"), _("Services"), _("Review"), _("Status"),
                           NULL };

  if (sorted->len == 0)
    return;
  wmk_document_begin_table (document, _("Commissioning decisions and their reviews"), header);
  wmk_document_set_status_column (document, 4);
  for (guint i = 0; i < sorted->len; i++)
    {
      WmkEntity *decision = sorted->pdata[i];
      WmkCommissioningReview state = wmk_commissioning_review_state (decision, today);
      g_autofree char *date = wmk_date_format (wmk_entity_get_string (decision, "date"),
                                               "%-d %b %Y");
      g_autofree char *review = wmk_date_format (wmk_entity_get_string (decision, "review_date"),
                                                 "%-d %b %Y");
      const char *status = wmk_commissioning_enum_word ("status",
                                                        wmk_entity_get_string (decision, "status"));
      WmkDocumentTone tone = WMK_DOCUMENT_TONE_NEUTRAL;
      const char *word = status;

      if (state == WMK_COMMISSIONING_REVIEW_OVERDUE)
        {
          word = _("Review overdue");
          tone = WMK_DOCUMENT_TONE_BAD;
        }
      else if (state == WMK_COMMISSIONING_REVIEW_DUE)
        {
          word = _("Review due");
          tone = WMK_DOCUMENT_TONE_WARNING;
        }
      else if (g_strcmp0 (wmk_entity_get_string (decision, "status"), "reviewed") == 0)
        tone = WMK_DOCUMENT_TONE_GOOD;
      {
        const char *cells[] = { date, wmk_entity_get_string (decision, "decision"),
                                wmk_entity_get_string (decision, "services"), review, word,
                                NULL };
        wmk_document_add_status_row (document, cells, tone);
      }
    }
}

void
wmk_commissioning_report_write (WmkPlan *plan, WmkDocument *document, gpointer user_data)
{
  GListModel *provisions = wmk_plan_get_items (plan, WMK_COMMISSIONING_PROVISION);
  g_autofree char *spend = wmk_commissioning_spend_summary (provisions);

  if (wmk_commissioning_any_illustrative (provisions))
    wmk_document_add_paragraph (document, _(WMK_COMMISSIONING_ILLUSTRATIVE));
  wmk_document_add_paragraph (document, spend);
  write_matrix (plan, document);
  write_decisions (plan, document);
}
