/* wmk-compliance.c: does the plan meet the improvement notice's duties?
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per duty that the plan's own records can show (DOMAIN.md R1, R2,
 * R4, R5, R9). Each line says what the records show and names every gap, so
 * that a board can fix them before a DfE review rather than hear of them at
 * it. The lines about the board are in wmk-compliance-board.c; the reports,
 * the actions, the KPIs and the risk register are here. docs/compliance.md
 * gives the rules and tolerances; they are repeated beside each check.
 */

#include "config.h"

#include "wmk-compliance-private.h"

#include "wmk-calendar.h"
#include "wmk-format.h"
#include "wmk-kpi-values.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* A target counts for a milestone when it falls this close to it. */
#define MILESTONE_TOLERANCE_DAYS 31
/* A report counts for a period when sent up to this long after it ended. */
#define REPORT_GRACE_DAYS 14
/* The risk register counts as reviewed when every open risk was, this recently. */
#define RISK_REVIEW_DAYS 31

char *
wmk_compliance_day_words (const char *iso)
{
  return wmk_date_format (iso, "%-d %B %Y");
}

/* NULL when the meeting has no valid date. */
const char *
wmk_compliance_meeting_date (WmkEntity *meeting)
{
  const char *date = wmk_entity_get_string (meeting, "date");
  return wmk_date_is_valid (date) ? date : NULL;
}

gboolean
wmk_compliance_meeting_is_held (WmkEntity *meeting)
{
  return g_strcmp0 (wmk_entity_get_string (meeting, "status"), "held") == 0;
}

/* "22 February 2023", or the date as written for a meeting without one,
 * up to any remark in brackets: "“Early 2023”". */
char *
wmk_compliance_meeting_words (WmkEntity *meeting)
{
  const char *date = wmk_compliance_meeting_date (meeting);
  const char *text = wmk_entity_get_string (meeting, "date_text");
  g_autofree char *cut = NULL;

  if (date)
    return wmk_compliance_day_words (date);
  if (text == NULL || *text == '\0')
    text = wmk_entity_get_id (meeting);
  cut = g_strndup (text, strstr (text, " (") ? (gsize) (strstr (text, " (") - text) : strlen (text));
  return g_strdup_printf (_("“%s”"), g_strstrip (cut));
}

void
wmk_compliance_run_add (WmkComplianceRun *run, char *words)
{
  if (run->length++ == 0)
    run->first = words;
  else
    {
      g_free (run->last);
      run->last = words;
    }
}

void
wmk_compliance_run_flush (WmkComplianceRun  *run,
                          WmkComplianceLine *line,
                          const char        *entity_id,
                          WmkComplianceGap   kind)
{
  if (run->length == 1)
    wmk_compliance_line_add_problem (line, entity_id,
                                     kind == WMK_COMPLIANCE_GAP_BOARD
                                     ? _("No board meeting in %s.")
                                     : _("No report was sent for the period ending %s."),
                                     run->first);
  else if (run->length > 1)
    wmk_compliance_line_add_problem (line, entity_id,
                                     kind == WMK_COMPLIANCE_GAP_BOARD
                                     ? g_dngettext (GETTEXT_PACKAGE,
                                                    "No board meeting from %s to %s (%u month).",
                                                    "No board meeting from %s to %s (%u months).",
                                                    run->length)
                                     : g_dngettext (GETTEXT_PACKAGE,
                                                    "No report was sent for the periods ending %s to %s (%u period).",
                                                    "No report was sent for the periods ending %s to %s (%u periods).",
                                                    run->length),
                                     run->first, run->last, run->length);
  g_clear_pointer (&run->first, g_free);
  g_clear_pointer (&run->last, g_free);
  run->length = 0;
}

static int
compare_meetings (gconstpointer a, gconstpointer b)
{
  const char *x = wmk_compliance_meeting_date (*(WmkEntity **) a);
  const char *y = wmk_compliance_meeting_date (*(WmkEntity **) b);

  if (x && y)
    return strcmp (x, y);
  return (x == NULL) - (y == NULL);   /* undated last, in their own order */
}

static void
context_init (WmkComplianceContext *ctx, WmkPlan *plan, const char *today)
{
  GListModel *bodies = wmk_plan_get_items (plan, "body");
  const char *notice = wmk_entity_get_string (WMK_ENTITY (wmk_plan_get_info (plan)),
                                              "notice_issued");

  ctx->plan = plan;
  ctx->today = today;
  ctx->notice = wmk_date_is_valid (notice) ? notice : NULL;
  ctx->board = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (bodies) && ctx->board == NULL; i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      if (g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0)
        ctx->board = body;   /* the plan keeps it alive */
    }
  if (ctx->board == NULL)
    {
      ctx->meetings = g_ptr_array_new ();
      return;
    }
  ctx->meetings = wmk_plan_dup_children (plan, wmk_entity_get_id (ctx->board), "meeting");
  g_ptr_array_sort (ctx->meetings, compare_meetings);   /* stable */
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char *
add_days (const char *iso, int days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, atoi (iso + 8), atoi (iso + 5), atoi (iso));
  g_date_add_days (&date, days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* A written report went to the DfE and NHS England every two months (R5):
 * for each period since the notice that has ended, a report sent during it
 * or up to two weeks after. Each report counts for one period only: the
 * earliest one it can, so that one report sent just after a period ended
 * cannot stand for two. */
static WmkComplianceLine *
check_reports (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("reports", "R5 (4e II)",
                                                     _("A report went to the DfE and NHS England every two months"));
  GListModel *reports = wmk_plan_get_items (ctx->plan, "report");
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (ctx->plan));
  int interval = (int) wmk_entity_get_int (info, "report_interval_months", 2);
  g_autoptr(GPtrArray) sent = g_ptr_array_new ();
  guint n_periods = 0, n_covered = 0, next = 0;
  const char *latest = NULL;
  g_autofree char *evidence = NULL, *words = NULL;
  WmkComplianceRun run = { 0 };

  if (ctx->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, "plan", "%s",
                                       _("The plan has no date for the improvement notice, so "
                                         "the reporting periods are not known."));
      return line;
    }
  interval = CLAMP (interval, 1, 12);
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(WmkEntity) report = g_list_model_get_item (reports, i);
      const char *date = wmk_entity_get_string (report, "sent");

      if (wmk_date_is_valid (date) && strcmp (date, ctx->today) <= 0)
        g_ptr_array_add (sent, (gpointer) date);   /* the plan keeps it alive */
    }
  g_ptr_array_sort (sent, compare_strings);

  for (int k = 1; ; k++)
    {
      g_autofree char *start = wmk_calendar_add_months (ctx->notice, (k - 1) * interval);
      g_autofree char *end = wmk_calendar_add_months (ctx->notice, k * interval);
      g_autofree char *grace = add_days (end, REPORT_GRACE_DAYS);

      if (strcmp (grace, ctx->today) >= 0)
        break;
      n_periods++;
      while (next < sent->len && strcmp (sent->pdata[next], start) <= 0)
        next++;   /* sent before this period began: it counted for an earlier one, or none */
      if (next < sent->len && strcmp (sent->pdata[next], grace) <= 0)
        {
          latest = sent->pdata[next++];
          n_covered++;
          wmk_compliance_run_flush (&run, line, "plan", WMK_COMPLIANCE_GAP_REPORT);
        }
      else
        wmk_compliance_run_add (&run, wmk_compliance_day_words (end));
    }
  wmk_compliance_run_flush (&run, line, "plan", WMK_COMPLIANCE_GAP_REPORT);

  if (n_periods == 0)
    {
      g_autofree char *end = wmk_calendar_add_months (ctx->notice, interval);
      words = wmk_compliance_day_words (end);
      evidence = g_strdup_printf (_("No reporting period has ended yet; the first ends on %s."), words);
    }
  else if (latest)
    {
      words = wmk_compliance_day_words (latest);
      evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "A report was sent for %u of %u reporting period since the notice, the latest on %s.",
                                               "A report was sent for %u of %u reporting periods since the notice, the latest on %s.",
                                               n_periods),
                                  n_covered, n_periods, words);
    }
  else
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No report is recorded as sent; %u reporting period has ended since the notice.",
                                             "No report is recorded as sent; %u reporting periods have ended since the notice.",
                                             n_periods),
                                n_periods);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

static const char *
ref_or_id (WmkEntity *entity)
{
  const char *ref = wmk_entity_get_ref (entity);
  return ref ? ref : wmk_entity_get_id (entity);
}

static gboolean
has_text (WmkEntity *entity, const char *field)
{
  const char *text = wmk_entity_get_string (entity, field);
  return text != NULL && text[strspn (text, " \t\n")] != '\0';
}

/* Every action has a responsible officer and a due date (R4): a role linked
 * or officers written; a date, or a due date as written ("Ongoing"). */
static WmkComplianceLine *
check_action_owners (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("action-owners", "R4 (4e I)",
                                                     _("Every action has a responsible officer and a due date"));
  GListModel *actions = wmk_plan_get_items (ctx->plan, "action");
  guint n = g_list_model_get_n_items (actions), n_ok = 0;
  g_autofree char *evidence = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
      g_auto(GStrv) roles = wmk_entity_dup_strv (action, "roles");
      gboolean owner = (roles && roles[0]) || has_text (action, "responsible_text");
      gboolean due = wmk_date_is_valid (wmk_entity_get_string (action, "due"))
                     || has_text (action, "due_text");

      if (owner && due)
        n_ok++;
      else if (!owner && !due)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no responsible officer and no due date."),
                                         ref_or_id (action));
      else if (!owner)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no responsible officer."), ref_or_id (action));
      else
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no due date."), ref_or_id (action));
    }
  evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u action has a responsible officer and a due date.",
                                           "%u of %u actions have a responsible officer and a due date.",
                                           n),
                              n_ok, n);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

static gboolean
has_target_near (JsonNode *targets, const char *milestone)
{
  guint n = wmk_kpi_targets_get_n (targets);

  for (guint i = 0; i < n; i++)
    {
      const char *date = NULL, *text = NULL;
      double value;

      if (wmk_kpi_targets_get (targets, i, &date, &value, &text) && wmk_date_is_valid (date)
          && ABS (wmk_days_between (milestone, date)) <= MILESTONE_TOLERANCE_DAYS)
        return TRUE;
    }
  return FALSE;
}

static GArray *
milestone_months (WmkPlan *plan)
{
  JsonNode *node = wmk_entity_get_field (WMK_ENTITY (wmk_plan_get_info (plan)), "milestone_months");
  GArray *months = g_array_new (FALSE, FALSE, sizeof (int));

  if (node && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          int month = (int) json_array_get_int_element (array, i);
          if (month > 0)
            g_array_append_val (months, month);
        }
    }
  if (months->len == 0)
    g_array_append_vals (months, (int[]) { 3, 6, 12, 18 }, 4);
  return months;
}

/* Every KPI has a target at each milestone (R4), within a month either side;
 * a KPI broken into sub-items is measured by them, so they are checked
 * instead. */
static WmkComplianceLine *
check_kpi_targets (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("kpi-targets", "R4 (4e I)",
                                                     _("Every KPI has targets at 3, 6, 12 and 18 months"));
  GListModel *kpis = wmk_plan_get_items (ctx->plan, "kpi");
  g_autoptr(GArray) months = milestone_months (ctx->plan);
  g_autoptr(GPtrArray) milestones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  guint n_checked = 0, n_ok = 0;
  g_autofree char *evidence = NULL;

  if (ctx->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, "plan", "%s",
                                       _("The plan has no date for the improvement notice, so "
                                         "the milestones are not known."));
      return line;
    }
  for (guint m = 0; m < months->len; m++)
    {
      char *milestone = wmk_calendar_add_months (ctx->notice, g_array_index (months, int, m));
      g_autofree char *day = wmk_compliance_day_words (milestone);

      g_ptr_array_add (milestones, milestone);
      g_ptr_array_add (words, g_strdup_printf (_("%d months (%s)"), g_array_index (months, int, m), day));
      g_string_append_printf (all, "%s%s", m ? ", " : "", (char *) words->pdata[m]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(WmkEntity) kpi = g_list_model_get_item (kpis, i);
      g_autoptr(GPtrArray) parts = wmk_plan_dup_children (ctx->plan, wmk_entity_get_id (kpi), "kpi");
      g_autoptr(GString) missing = NULL;
      JsonNode *targets;
      guint n_missing = 0;

      if (parts->len > 0)
        continue;
      n_checked++;
      targets = wmk_entity_get_field (kpi, "targets");
      for (guint m = 0; m < milestones->len; m++)
        if (!has_target_near (targets, milestones->pdata[m]))
          {
            if (missing == NULL)
              missing = g_string_new (NULL);
            else
              g_string_append (missing, ", ");
            g_string_append (missing, words->pdata[m]);
            n_missing++;
          }
      if (missing == NULL)
        n_ok++;
      else
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (kpi),
                                         g_dngettext (GETTEXT_PACKAGE,
                                                      "KPI %s has no target at %s.",
                                                      "KPI %s has no targets at %s.", n_missing),
                                         ref_or_id (kpi), missing->str);
    }
  evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u KPI has a target at every milestone: %s.",
                                           "%u of %u KPIs have a target at every milestone: %s.",
                                           n_checked),
                              n_ok, n_checked, all->str);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

/* The risk register was reviewed in the last month (R1): every open risk's
 * last review within 31 days. An empty register is not a reviewed one. */
static WmkComplianceLine *
check_risk_review (WmkComplianceContext *ctx)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("risk-review", "R1 (4a)",
                                                     _("The risk register was reviewed in the last month"));
  GListModel *risks = wmk_plan_get_items (ctx->plan, "risk");
  const char *oldest = NULL;
  guint n_open = 0;
  g_autofree char *evidence = NULL, *day = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);
      const char *reviewed = wmk_entity_get_string (risk, "reviewed");

      if (g_strcmp0 (wmk_entity_get_string (risk, "status"), "closed") == 0)
        continue;
      n_open++;
      if (!wmk_date_is_valid (reviewed))
        {
          wmk_compliance_line_add_problem (line, wmk_entity_get_id (risk),
                                           _("Risk %s has no review recorded."), ref_or_id (risk));
          continue;
        }
      if (oldest == NULL || strcmp (reviewed, oldest) < 0)
        oldest = reviewed;
      if (wmk_days_between (reviewed, ctx->today) > RISK_REVIEW_DAYS)
        {
          g_autofree char *when = wmk_compliance_day_words (reviewed);
          wmk_compliance_line_add_problem (line, wmk_entity_get_id (risk),
                                           _("Risk %s was last reviewed on %s."), ref_or_id (risk), when);
        }
    }

  if (n_open == 0)
    {
      wmk_compliance_line_add_problem (line, NULL, "%s",
                                       _("No open risks are recorded: the notice requires a risk "
                                         "register kept up to date."));
      wmk_compliance_line_set_evidence (line, _("The risk register has no open risk."));
      return line;
    }
  if (oldest)
    {
      day = wmk_compliance_day_words (oldest);
      evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u open risk checked; the oldest review was on %s.",
                                               "%u open risks checked; the oldest review was on %s.",
                                               n_open),
                                  n_open, day);
    }
  else
    evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u open risk checked; none has a review recorded.",
                                             "%u open risks checked; none has a review recorded.",
                                             n_open),
                                n_open);
  wmk_compliance_line_set_evidence (line, evidence);
  return line;
}

/**
 * wmk_compliance_check:
 * @plan: a plan
 * @today: (nullable): the day to check as of, YYYY-MM-DD; %NULL for today
 *
 * The improvement notice's duties that the plan's records can show, each
 * with its evidence and every gap.
 *
 * Returns: (transfer full) (element-type WmkComplianceLine): the lines
 */
GPtrArray *
wmk_compliance_check (WmkPlan *plan, const char *today)
{
  g_autofree char *now = wmk_date_is_valid (today) ? g_strdup (today) : wmk_today_iso ();
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_object_unref);
  WmkComplianceContext ctx;

  g_return_val_if_fail (WMK_IS_PLAN (plan), lines);

  context_init (&ctx, plan, now);
  g_ptr_array_add (lines, wmk_compliance_check_board_monthly (&ctx));
  g_ptr_array_add (lines, wmk_compliance_check_independent_chair (&ctx));
  g_ptr_array_add (lines, wmk_compliance_check_invitations (&ctx));
  g_ptr_array_add (lines, wmk_compliance_check_log_reviewed (&ctx));
  g_ptr_array_add (lines, check_reports (&ctx));
  g_ptr_array_add (lines, check_action_owners (&ctx));
  g_ptr_array_add (lines, check_kpi_targets (&ctx));
  g_ptr_array_add (lines, check_risk_review (&ctx));
  g_ptr_array_unref (ctx.meetings);
  return lines;
}
