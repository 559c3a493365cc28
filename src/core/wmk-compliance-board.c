/* wmk-compliance-board.c: the compliance lines about the improvement board
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The board meets monthly with an independent chair (R2), the DfE and NHS
 * England are invited every time (R9), and the action log is updated at
 * every meeting (R4). Only what is recorded counts: a board that met but
 * whose meeting is not in the plan cannot be shown to a reviewer.
 * docs/compliance.md gives the rules and tolerances.
 */

#include "config.h"

#include "wmk-compliance-private.h"

#include "wmk-format.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* Invitations to a scheduled meeting this close must already be out. */
#define INVITATION_NOTICE_DAYS 7

static int
month_index (const char *iso)
{
  return atoi (iso) * 12 + atoi (iso + 5) - 1;
}

static char *
month_words (int index)
{
  g_autofree char *iso = g_strdup_printf ("%04d-%02d-01", index / 12, index % 12 + 1);
  return wmk_date_format (iso, "%B %Y");
}

static void
set_count_evidence (WmkComplianceLine *line, guint n_held, const char *first, const char *latest)
{
  g_autofree char *first_words = NULL, *latest_words = NULL, *evidence = NULL;

  if (n_held == 0)
    {
      wmk_compliance_line_set_evidence (line, _("No board meeting with a date is recorded as held."));
      return;
    }
  latest_words = wmk_compliance_day_words (latest);
  if (n_held == 1)
    evidence = g_strdup_printf (_("One board meeting held, on %s."), latest_words);
  else
    {
      first_words = wmk_compliance_day_words (first);
      evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u board meeting held, the first on %s and the latest on %s.",
                                               "%u board meetings held, the first on %s and the latest on %s.",
                                               n_held),
                                  n_held, first_words, latest_words);
    }
  wmk_compliance_line_set_evidence (line, evidence);
}

/* The board met in every calendar month after the notice (R2): from the
 * month after the notice to the last complete month before today. */
WmkComplianceLine *
wmk_compliance_check_board_monthly (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("board-monthly", "R2 (4b)",
                                                     _("The improvement board met every month"));
  g_autoptr(GHashTable) held = g_hash_table_new (NULL, NULL);
  const char *board_id, *first = NULL, *latest = NULL;
  WmkComplianceRun run = { 0 };
  guint n_held = 0;

  if (ctx->board == NULL || ctx->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, ctx->board ? "plan" : NULL, "%s",
                                       ctx->board
                                       ? _("The plan has no date for the improvement notice, so "
                                           "the months to check are not known.")
                                       : _("The plan has no improvement board (a governance "
                                           "body of the kind “board”)."));
      return line;
    }
  board_id = wmk_entity_get_id (ctx->board);

  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      const char *date = wmk_compliance_meeting_date (ctx->meetings->pdata[i]);

      if (date && wmk_compliance_meeting_is_held (ctx->meetings->pdata[i]))
        {
          g_hash_table_add (held, GINT_TO_POINTER (month_index (date) + 1));
          first = first ? first : date;
          latest = date;
          n_held++;
        }
    }

  /* Months counted from year 0, so that the loop crosses years simply. */
  for (int month = month_index (ctx->notice) + 1; month < month_index (ctx->today); month++)
    {
      if (!g_hash_table_contains (held, GINT_TO_POINTER (month + 1)))
        wmk_compliance_run_add (&run, month_words (month));
      else
        wmk_compliance_run_flush (&run, line, board_id, WMK_COMPLIANCE_GAP_BOARD);
    }
  wmk_compliance_run_flush (&run, line, board_id, WMK_COMPLIANCE_GAP_BOARD);

  /* Say why a month with a meeting in it still counts as a gap: one held
   * with no date, or one past but still scheduled. */
  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      WmkEntity *meeting = ctx->meetings->pdata[i];
      const char *date = wmk_compliance_meeting_date (meeting);
      const char *status = wmk_entity_get_string (meeting, "status");
      g_autofree char *words = wmk_compliance_meeting_words (meeting);

      if (date == NULL && wmk_compliance_meeting_is_held (meeting))
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("The board on %s is recorded as held but has no date."),
                                         words);
      else if (date && (status == NULL || g_str_equal (status, "scheduled"))
               && month_index (date) > month_index (ctx->notice)
               && month_index (date) < month_index (ctx->today)
               && !g_hash_table_contains (held, GINT_TO_POINTER (month_index (date) + 1)))
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("The board on %s is still recorded as scheduled: record "
                                           "it as held or as cancelled."),
                                         words);
    }

  set_count_evidence (line, n_held, first, latest);
  return line;
}

static const char *
person_name (WmkPlan *plan, const char *id)
{
  WmkEntity *person = id ? wmk_plan_lookup (plan, id) : NULL;
  const char *name = person ? wmk_entity_get_string (person, "name") : NULL;

  return name ? name : id;
}

/* Every held board meeting was chaired by the independent chair or the
 * deputy recorded on the board (R2). */
WmkComplianceLine *
wmk_compliance_check_independent_chair (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("independent-chair", "R2 (4b)",
                                                     _("The board was chaired by its independent chair"));
  const char *chair, *deputy;
  guint n_held = 0, n_chaired = 0;
  g_autofree char *evidence = NULL;

  if (ctx->board == NULL)
    {
      wmk_compliance_line_add_problem (line, NULL, "%s", _("The plan has no improvement board."));
      return line;
    }
  chair = wmk_entity_get_string (ctx->board, "chair");
  deputy = wmk_entity_get_string (ctx->board, "deputy_chair");
  if (chair == NULL || !wmk_entity_get_bool (ctx->board, "chair_independent"))
    wmk_compliance_line_add_problem (line, wmk_entity_get_id (ctx->board), "%s",
                                     _("The board has no independent chair recorded."));

  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      WmkEntity *meeting = ctx->meetings->pdata[i];
      const char *by = wmk_entity_get_string (meeting, "chaired_by");
      g_autofree char *words = NULL;

      if (!wmk_compliance_meeting_is_held (meeting))
        continue;
      n_held++;
      if (by && chair && (g_str_equal (by, chair) || g_strcmp0 (by, deputy) == 0))
        {
          n_chaired++;
          continue;
        }
      words = wmk_compliance_meeting_words (meeting);
      if (by == NULL)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("Who chaired the board on %s is not recorded."), words);
      else if (chair)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("The board on %s was chaired by %s, who is neither "
                                           "the independent chair nor the recorded deputy."),
                                         words, person_name (ctx->plan, by));
    }

  if (chair == NULL)
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u held board meeting, with no chair recorded for the board.",
                                             "%u held board meetings, with no chair recorded for the board.",
                                             n_held),
                                n_held);
  else if (deputy)
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The independent chair, %s, or the deputy, %s, chaired %u of %u held board meeting.",
                                             "The independent chair, %s, or the deputy, %s, chaired %u of %u held board meetings.",
                                             n_held),
                                person_name (ctx->plan, chair), person_name (ctx->plan, deputy),
                                n_chaired, n_held);
  else
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The independent chair, %s, chaired %u of %u held board meeting.",
                                             "The independent chair, %s, chaired %u of %u held board meetings.",
                                             n_held),
                                person_name (ctx->plan, chair), n_chaired, n_held);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

/* The DfE and NHS England were invited to every board meeting (R9): every
 * held one, and any scheduled within a week, whose invitations are due. */
WmkComplianceLine *
wmk_compliance_check_invitations (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("dfe-nhse-invited", "R9 (6)",
                                                     _("The DfE and NHS England were invited to every board meeting"));
  guint n_checked = 0, n_invited = 0;
  g_autofree char *evidence = NULL;

  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      WmkEntity *meeting = ctx->meetings->pdata[i];
      const char *date = wmk_compliance_meeting_date (meeting);
      gboolean dfe = wmk_entity_get_bool (meeting, "invited_dfe");
      gboolean nhse = wmk_entity_get_bool (meeting, "invited_nhse");
      g_autofree char *words = NULL;

      if (g_strcmp0 (wmk_entity_get_string (meeting, "status"), "cancelled") == 0)
        continue;
      if (!wmk_compliance_meeting_is_held (meeting)
          && (date == NULL || wmk_days_between (ctx->today, date) > INVITATION_NOTICE_DAYS))
        continue;
      n_checked++;
      if (dfe && nhse)
        {
          n_invited++;
          continue;
        }
      words = wmk_compliance_meeting_words (meeting);
      if (!dfe && !nhse)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("Neither the DfE nor NHS England is recorded as invited "
                                           "to the board on %s."),
                                         words);
      else
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         dfe ? _("NHS England is not recorded as invited to the board on %s.")
                                             : _("The DfE is not recorded as invited to the board on %s."),
                                         words);
    }

  evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Both were invited to %u of %u board meeting held or due within a week.",
                                           "Both were invited to %u of %u board meetings held or due within a week.",
                                           n_checked),
                              n_invited, n_checked);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

/* One action-log item raised at a board meeting, and the meetings at which
 * an update on it was recorded. */
typedef struct
{
  guint      raised_at;   /* index of its meeting in ctx->meetings */
  gboolean   open;
  GPtrArray *updated_at;  /* meeting ids, not owned */
  GPtrArray *updates;     /* keeps them alive */
} LogEntry;

static void
log_entry_clear (LogEntry *entry)
{
  g_ptr_array_unref (entry->updated_at);
  g_ptr_array_unref (entry->updates);
}

static GArray *
collect_log (WmkComplianceContext *ctx)
{
  GArray *log = g_array_new (FALSE, FALSE, sizeof (LogEntry));

  g_array_set_clear_func (log, (GDestroyNotify) log_entry_clear);
  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      g_autoptr(GPtrArray) items = NULL;

      if (wmk_compliance_meeting_date (ctx->meetings->pdata[i]) == NULL)
        break;   /* undated meetings come last and cannot be ordered */
      items = wmk_plan_dup_children (ctx->plan, wmk_entity_get_id (ctx->meetings->pdata[i]),
                                     "log_item");
      for (guint j = 0; j < items->len; j++)
        {
          LogEntry entry = { i, FALSE, g_ptr_array_new (), NULL };

          entry.open = g_strcmp0 (wmk_entity_get_string (items->pdata[j], "status"), "open") == 0;
          entry.updates = wmk_plan_dup_children (ctx->plan, wmk_entity_get_id (items->pdata[j]),
                                                 "progress_update");
          for (guint k = 0; k < entry.updates->len; k++)
            {
              const char *at = wmk_entity_get_string (entry.updates->pdata[k], "meeting");
              if (at)
                g_ptr_array_add (entry.updated_at, (gpointer) at);
            }
          g_array_append_val (log, entry);
        }
    }
  return log;
}

/* Whether every item raised at an earlier board meeting that is still open,
 * or was updated at meeting @index, was updated at it; counts them. */
static gboolean
log_updated_at (WmkComplianceContext *ctx, GArray *log, guint index, guint *n_items)
{
  const char *id = wmk_entity_get_id (ctx->meetings->pdata[index]);
  gboolean all = TRUE;

  *n_items = 0;
  for (guint i = 0; i < log->len; i++)
    {
      LogEntry *entry = &g_array_index (log, LogEntry, i);
      gboolean updated;

      if (entry->raised_at >= index)
        continue;
      updated = g_ptr_array_find_with_equal_func (entry->updated_at, id, g_str_equal, NULL);
      if (updated || entry->open)
        {
          (*n_items)++;
          all = all && updated;
        }
    }
  return all;
}

/* The action log was reviewed at every held board meeting (R4): the meeting
 * says so, or every item open before it has an update recorded at it. A
 * meeting with no earlier item to review passes. */
WmkComplianceLine *
wmk_compliance_check_log_reviewed (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("log-reviewed", "R4 (4e I)",
                                                     _("The action log was reviewed at every board meeting"));
  g_autoptr(GArray) log = collect_log (ctx);
  guint n_held = 0, n_reviewed = 0;
  const char *latest = NULL;
  g_autofree char *evidence = NULL, *latest_words = NULL;

  for (guint i = 0; i < ctx->meetings->len; i++)
    {
      WmkEntity *meeting = ctx->meetings->pdata[i];
      const char *date = wmk_compliance_meeting_date (meeting);
      guint n_items = 0;
      g_autofree char *words = NULL;

      if (!wmk_compliance_meeting_is_held (meeting))
        continue;
      n_held++;
      if (wmk_entity_get_bool (meeting, "log_reviewed")
          || (date && (log_updated_at (ctx, log, i, &n_items) || n_items == 0)))
        {
          n_reviewed++;
          latest = date ? date : latest;
          continue;
        }
      words = wmk_compliance_meeting_words (meeting);
      wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                       _("The action log was not reviewed at the board on %s."), words);
    }

  if (n_held == 0)
    {
      wmk_compliance_line_set_evidence (line, _("No held board meeting to check."));
      return line;
    }
  if (latest)
    {
      latest_words = wmk_compliance_day_words (latest);
      evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Reviewed at %u of %u held board meeting, the latest on %s.",
                                               "Reviewed at %u of %u held board meetings, the latest on %s.",
                                               n_held),
                                  n_reviewed, n_held, latest_words);
    }
  else
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Reviewed at %u of %u held board meeting.",
                                             "Reviewed at %u of %u held board meetings.",
                                             n_held),
                                n_reviewed, n_held);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}
