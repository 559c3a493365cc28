/* wmk-compliance.c: does the plan meet the improvement notice's duties?
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per duty that the plan's own records can show (DOMAIN.md R1, R2,
 * R4, R5, R9). Each line says what the records show and names every gap, so
 * that a board can fix them before a DfE review rather than hear of them at
 * it. docs/compliance.md gives the rules and tolerances; they are repeated
 * beside each check below.
 */

#include "config.h"

#include "wmk-compliance.h"

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
/* Invitations to a scheduled meeting this close must already be out. */
#define INVITATION_NOTICE_DAYS 7

typedef struct
{
  WmkPlan    *plan;
  const char *today;
  const char *notice;     /* YYYY-MM-DD, or NULL */
  WmkEntity  *board;      /* the body of kind "board", or NULL */
  GPtrArray  *meetings;   /* the board's meetings with a date, by date */
} Check;

static char *
day_words (const char *iso)
{
  return wmk_date_format (iso, "%-d %B %Y");
}

static char *
month_words (int year, int month)
{
  g_autofree char *iso = g_strdup_printf ("%04d-%02d-01", year, month);
  return wmk_date_format (iso, "%B %Y");
}

static const char *
meeting_date (WmkEntity *meeting)
{
  return wmk_entity_get_string (meeting, "date");
}

static gboolean
meeting_is_held (WmkEntity *meeting)
{
  return g_strcmp0 (wmk_entity_get_string (meeting, "status"), "held") == 0;
}

static int
compare_meetings (gconstpointer a, gconstpointer b)
{
  return strcmp (meeting_date (*(WmkEntity **) a), meeting_date (*(WmkEntity **) b));
}

static void
check_init (Check *check, WmkPlan *plan, const char *today)
{
  GListModel *bodies = wmk_plan_get_items (plan, "body");
  const char *notice = wmk_entity_get_string (WMK_ENTITY (wmk_plan_get_info (plan)),
                                              "notice_issued");

  check->plan = plan;
  check->today = today;
  check->notice = wmk_date_is_valid (notice) ? notice : NULL;
  check->board = NULL;
  check->meetings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (bodies) && check->board == NULL; i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      if (g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0)
        check->board = body;
    }
  if (check->board == NULL)
    return;

  g_autoptr(GPtrArray) meetings = wmk_plan_dup_children (plan, wmk_entity_get_id (check->board),
                                                         "meeting");
  for (guint i = 0; i < meetings->len; i++)
    if (wmk_date_is_valid (meeting_date (meetings->pdata[i])))
      g_ptr_array_add (check->meetings, g_object_ref (meetings->pdata[i]));
  g_ptr_array_sort (check->meetings, compare_meetings);
}

/* Consecutive gaps (months without a board, periods without a report) are
 * named as one problem: "from August 2022 to October 2026 (51 months)". */
typedef struct
{
  guint  length;
  char  *first;   /* words for the first gap */
  char  *last;    /* and the last */
} Run;

static void
run_add (Run *run, char *words)
{
  if (run->length++ == 0)
    run->first = words;
  else
    {
      g_free (run->last);
      run->last = words;
    }
}

typedef enum { GAP_BOARD, GAP_REPORT } GapKind;

static void
run_flush (Run *run, WmkComplianceLine *line, const char *entity_id, GapKind kind)
{
  if (run->length == 1)
    wmk_compliance_line_add_problem (line, entity_id,
                                     kind == GAP_BOARD
                                     ? _("No board meeting in %s.")
                                     : _("No report was sent for the period ending %s."),
                                     run->first);
  else if (run->length > 1)
    wmk_compliance_line_add_problem (line, entity_id,
                                     kind == GAP_BOARD
                                     ? _("No board meeting from %s to %s (%u months).")
                                     : _("No report was sent for the periods ending %s to %s (%u periods)."),
                                     run->first, run->last, run->length);
  g_clear_pointer (&run->first, g_free);
  g_clear_pointer (&run->last, g_free);
  run->length = 0;
}

static gboolean
board_met_in (Check *check, int year, int month)
{
  g_autofree char *prefix = g_strdup_printf ("%04d-%02d-", year, month);

  for (guint i = 0; i < check->meetings->len; i++)
    if (meeting_is_held (check->meetings->pdata[i])
        && g_str_has_prefix (meeting_date (check->meetings->pdata[i]), prefix))
      return TRUE;
  return FALSE;
}

/* The board met in every calendar month after the notice (R2): from the
 * month after the notice to the last complete month before today. */
static WmkComplianceLine *
check_board_monthly (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("board-monthly", "R2 (4b)",
                                                     _("The improvement board met every month"));
  const char *board_id, *latest = NULL;
  int month, last;
  guint n_held = 0;
  Run run = { 0 };

  if (check->board == NULL || check->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, check->board ? "plan" : NULL, "%s",
                                       check->board
                                       ? _("The plan has no date for the improvement notice, so "
                                           "the months to check are not known.")
                                       : _("The plan has no improvement board (a governance "
                                           "body of the kind “board”)."));
      return line;
    }
  board_id = wmk_entity_get_id (check->board);

  /* Months counted from year 0, so that a loop crosses years simply. */
  month = atoi (check->notice) * 12 + atoi (check->notice + 5);        /* the one after */
  last = atoi (check->today) * 12 + atoi (check->today + 5) - 2;       /* the one before */
  for (; month <= last; month++)
    {
      if (!board_met_in (check, month / 12, month % 12 + 1))
        run_add (&run, month_words (month / 12, month % 12 + 1));
      else
        run_flush (&run, line, board_id, GAP_BOARD);
    }
  run_flush (&run, line, board_id, GAP_BOARD);

  {
    g_autoptr(GPtrArray) all = wmk_plan_dup_children (check->plan, board_id, "meeting");
    for (guint i = 0; i < all->len; i++)
      if (meeting_is_held (all->pdata[i]) && !wmk_date_is_valid (meeting_date (all->pdata[i])))
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (all->pdata[i]),
                                         _("A board meeting is recorded as held but has no date (“%s”)."),
                                         wmk_entity_get_string (all->pdata[i], "date_text")
                                         ? wmk_entity_get_string (all->pdata[i], "date_text")
                                         : wmk_entity_get_id (all->pdata[i]));
  }
  for (guint i = 0; i < check->meetings->len; i++)
    if (meeting_is_held (check->meetings->pdata[i]))
      n_held++, latest = meeting_date (check->meetings->pdata[i]);
  if (latest)
    {
      g_autofree char *day = day_words (latest);
      g_autofree char *evidence =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u board meeting held, on %s.",
                                      "%u board meetings held, the latest on %s.", n_held),
                         n_held, day);
      wmk_compliance_line_set_evidence (line, evidence);
    }
  else
    wmk_compliance_line_set_evidence (line, _("No board meeting with a date is recorded as held."));
  return line;
}

static const char *
person_name (WmkPlan *plan, const char *id)
{
  WmkEntity *person = id ? wmk_plan_lookup (plan, id) : NULL;
  return person ? wmk_entity_get_string (person, "name") : id;
}

/* Every held board meeting was chaired by the independent chair or the
 * deputy recorded on the board (R2). */
static WmkComplianceLine *
check_independent_chair (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("independent-chair", "R2 (4b)",
                                                     _("The board was chaired by its independent chair"));
  const char *chair, *deputy;
  guint n_checked = 0;

  if (check->board == NULL)
    {
      wmk_compliance_line_add_problem (line, NULL, "%s", _("The plan has no improvement board."));
      return line;
    }
  chair = wmk_entity_get_string (check->board, "chair");
  deputy = wmk_entity_get_string (check->board, "deputy_chair");
  if (chair == NULL || !wmk_entity_get_bool (check->board, "chair_independent"))
    wmk_compliance_line_add_problem (line, wmk_entity_get_id (check->board), "%s",
                                     _("The board has no independent chair recorded."));

  for (guint i = 0; i < check->meetings->len; i++)
    {
      WmkEntity *meeting = check->meetings->pdata[i];
      const char *by = wmk_entity_get_string (meeting, "chaired_by");
      g_autofree char *day = NULL;

      if (!meeting_is_held (meeting))
        continue;
      n_checked++;
      day = day_words (meeting_date (meeting));
      if (by == NULL)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("Who chaired the board on %s is not recorded."), day);
      else if (chair && g_strcmp0 (by, chair) != 0 && g_strcmp0 (by, deputy) != 0)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("The board on %s was chaired by %s, who is neither "
                                           "the independent chair nor the recorded deputy."),
                                         day, person_name (check->plan, by));
    }

  if (chair)
    {
      g_autofree char *evidence = g_strdup_printf (_("Independent chair: %s; %u held meetings checked."),
                                                   person_name (check->plan, chair), n_checked);
      wmk_compliance_line_set_evidence (line, evidence);
    }
  return line;
}

/* The DfE and NHS England were invited to every board meeting (R9): every
 * held one, and any scheduled within a week, whose invitations are due. */
static WmkComplianceLine *
check_invitations (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("dfe-nhse-invited", "R9 (6)",
                                                     _("The DfE and NHS England were invited to every board meeting"));
  guint n_checked = 0;

  for (guint i = 0; i < check->meetings->len; i++)
    {
      WmkEntity *meeting = check->meetings->pdata[i];
      const char *status = wmk_entity_get_string (meeting, "status");
      gboolean dfe = wmk_entity_get_bool (meeting, "invited_dfe");
      gboolean nhse = wmk_entity_get_bool (meeting, "invited_nhse");
      g_autofree char *day = NULL;

      if (g_strcmp0 (status, "cancelled") == 0
          || (!meeting_is_held (meeting)
              && wmk_days_between (check->today, meeting_date (meeting)) > INVITATION_NOTICE_DAYS))
        continue;
      n_checked++;
      if (dfe && nhse)
        continue;
      day = day_words (meeting_date (meeting));
      if (!dfe && !nhse)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         _("Neither the DfE nor NHS England is recorded as invited to the board on %s."),
                                         day);
      else
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                         dfe ? _("NHS England is not recorded as invited to the board on %s.")
                                             : _("The DfE is not recorded as invited to the board on %s."),
                                         day);
    }
  {
    g_autofree char *evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u board meeting checked.",
                                                              "%u board meetings checked.",
                                                              n_checked),
                                                 n_checked);
    wmk_compliance_line_set_evidence (line, evidence);
  }
  return line;
}

/* Whether every log item from earlier board meetings that is still open
 * has an update recorded at @meeting. */
static gboolean
log_updated_at (Check *check, WmkEntity *meeting, guint index, guint *n_items)
{
  const char *id = wmk_entity_get_id (meeting);
  gboolean all = TRUE;

  *n_items = 0;
  for (guint i = 0; i < index; i++)
    {
      g_autoptr(GPtrArray) items = wmk_plan_dup_children (check->plan,
                                                          wmk_entity_get_id (check->meetings->pdata[i]),
                                                          "log_item");
      for (guint j = 0; j < items->len; j++)
        {
          g_autoptr(GPtrArray) updates = NULL;
          gboolean updated = FALSE;

          updates = wmk_plan_dup_children (check->plan, wmk_entity_get_id (items->pdata[j]),
                                           "progress_update");
          for (guint k = 0; k < updates->len && !updated; k++)
            updated = g_strcmp0 (wmk_entity_get_string (updates->pdata[k], "meeting"), id) == 0;
          if (updated || g_strcmp0 (wmk_entity_get_string (items->pdata[j], "status"), "open") == 0)
            {
              (*n_items)++;
              all = all && updated;
            }
        }
    }
  return all;
}

/* The action log was reviewed at every held board meeting (R4): the meeting
 * says so, or every item open before it has an update recorded at it. A
 * meeting with no earlier item to review passes. */
static WmkComplianceLine *
check_log_reviewed (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("log-reviewed", "R4 (4e I)",
                                                     _("The action log was reviewed at every board meeting"));
  guint n_reviewed = 0;

  for (guint i = 0; i < check->meetings->len; i++)
    {
      WmkEntity *meeting = check->meetings->pdata[i];
      guint n_items;
      g_autofree char *day = NULL;

      if (!meeting_is_held (meeting))
        continue;
      if (wmk_entity_get_bool (meeting, "log_reviewed") || log_updated_at (check, meeting, i, &n_items)
          || n_items == 0)
        {
          n_reviewed++;
          continue;
        }
      day = day_words (meeting_date (meeting));
      wmk_compliance_line_add_problem (line, wmk_entity_get_id (meeting),
                                       _("The action log was not reviewed at the board on %s."), day);
    }
  if (n_reviewed == 0)
    wmk_compliance_line_set_evidence (line, _("No held board meeting with a date to check."));
  else
  {
    g_autofree char *evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "Reviewed at %u meeting.",
                                                              "Reviewed at %u meetings.",
                                                              n_reviewed),
                                                 n_reviewed);
    wmk_compliance_line_set_evidence (line, evidence);
  }
  return line;
}

static gboolean
report_sent_between (GListModel *reports, const char *after, const char *until, guint *n_sent)
{
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(WmkEntity) report = g_list_model_get_item (reports, i);
      const char *sent = wmk_entity_get_string (report, "sent");

      if (wmk_date_is_valid (sent) && strcmp (sent, after) > 0 && strcmp (sent, until) <= 0)
        found = TRUE, (*n_sent)++;
    }
  return found;
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
 * or up to two weeks after. */
static WmkComplianceLine *
check_reports (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("reports", "R5 (4e II)",
                                                     _("A report went to the DfE and NHS England every two months"));
  GListModel *reports = wmk_plan_get_items (check->plan, "report");
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (check->plan));
  int interval = (int) wmk_entity_get_int (info, "report_interval_months", 2);
  guint n_periods = 0, n_sent = 0;
  Run run = { 0 };

  if (check->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, "plan", "%s",
                                       _("The plan has no date for the improvement notice, so "
                                         "the reporting periods are not known."));
      return line;
    }
  interval = CLAMP (interval, 1, 12);

  for (int k = 1; ; k++)
    {
      g_autofree char *start = wmk_calendar_add_months (check->notice, (k - 1) * interval);
      g_autofree char *end = wmk_calendar_add_months (check->notice, k * interval);
      g_autofree char *grace = add_days (end, REPORT_GRACE_DAYS);

      if (strcmp (grace, check->today) >= 0)
        break;
      n_periods++;
      if (!report_sent_between (reports, start, grace, &n_sent))
        run_add (&run, day_words (end));
      else
        run_flush (&run, line, "plan", GAP_REPORT);
    }
  run_flush (&run, line, "plan", GAP_REPORT);
  {
    g_autofree char *evidence =
      g_strdup_printf (_("%u reporting periods have ended since the notice; reports sent in them: %u."),
                       n_periods, n_sent);
    wmk_compliance_line_set_evidence (line, evidence);
  }
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
check_action_owners (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("action-owners", "R4 (4e I)",
                                                     _("Every action has a responsible officer and a due date"));
  GListModel *actions = wmk_plan_get_items (check->plan, "action");
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
      g_auto(GStrv) roles = wmk_entity_dup_strv (action, "roles");
      gboolean owner = (roles && roles[0]) || has_text (action, "responsible_text");
      gboolean due = wmk_date_is_valid (wmk_entity_get_string (action, "due"))
                     || has_text (action, "due_text");

      if (!owner && !due)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no responsible officer and no due date."),
                                         ref_or_id (action));
      else if (!owner)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no responsible officer."), ref_or_id (action));
      else if (!due)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (action),
                                         _("Action %s has no due date."), ref_or_id (action));
    }
  {
    g_autofree char *evidence =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action checked.", "%u actions checked.", n), n);
    wmk_compliance_line_set_evidence (line, evidence);
  }
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

/* Every KPI has a target at each milestone (R4), within a month either side;
 * a KPI broken into sub-items is measured by them, so they are checked
 * instead. */
static WmkComplianceLine *
check_kpi_targets (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("kpi-targets", "R4 (4e I)",
                                                     _("Every KPI has targets at 3, 6, 12 and 18 months"));
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (check->plan));
  GListModel *kpis = wmk_plan_get_items (check->plan, "kpi");
  JsonNode *months_node;
  g_autoptr(GArray) months = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) milestones = g_ptr_array_new_with_free_func (g_free);
  guint n_checked = 0;

  if (check->notice == NULL)
    {
      wmk_compliance_line_add_problem (line, "plan", "%s",
                                       _("The plan has no date for the improvement notice, so "
                                         "the milestones are not known."));
      return line;
    }
  months_node = wmk_entity_get_field (info, "milestone_months");
  if (months_node && JSON_NODE_HOLDS_ARRAY (months_node))
    {
      JsonArray *array = json_node_get_array (months_node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          int month = (int) json_array_get_int_element (array, i);
          g_array_append_val (months, month);
        }
    }
  if (months->len == 0)
    g_array_append_vals (months, (int[]) { 3, 6, 12, 18 }, 4);
  for (guint i = 0; i < months->len; i++)
    g_ptr_array_add (milestones, wmk_calendar_add_months (check->notice, g_array_index (months, int, i)));

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(WmkEntity) kpi = g_list_model_get_item (kpis, i);
      g_autoptr(GPtrArray) parts = wmk_plan_dup_children (check->plan, wmk_entity_get_id (kpi), "kpi");
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
            g_autofree char *day = day_words (milestones->pdata[m]);
            if (missing == NULL)
              missing = g_string_new (NULL);
            else
              g_string_append (missing, ", ");
            g_string_append_printf (missing, _("%d months (%s)"), g_array_index (months, int, m), day);
            n_missing++;
          }
      if (missing)
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (kpi),
                                         g_dngettext (GETTEXT_PACKAGE,
                                                      "KPI %s has no target at %s.",
                                                      "KPI %s has no targets at %s.", n_missing),
                                         ref_or_id (kpi), missing->str);
    }
  {
    g_autofree char *evidence =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u KPI checked.", "%u KPIs checked.", n_checked),
                       n_checked);
    wmk_compliance_line_set_evidence (line, evidence);
  }
  return line;
}

/* The risk register was reviewed in the last month (R1): every open risk's
 * last review within 31 days. An empty register is not a reviewed one. */
static WmkComplianceLine *
check_risk_review (Check *check)
{
  WmkComplianceLine *line = wmk_compliance_line_new ("risk-review", "R1 (4a)",
                                                     _("The risk register was reviewed in the last month"));
  GListModel *risks = wmk_plan_get_items (check->plan, "risk");
  guint n_open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);
      const char *reviewed = wmk_entity_get_string (risk, "reviewed");

      if (g_strcmp0 (wmk_entity_get_string (risk, "status"), "closed") == 0)
        continue;
      n_open++;
      if (!wmk_date_is_valid (reviewed))
        wmk_compliance_line_add_problem (line, wmk_entity_get_id (risk),
                                         _("Risk %s has no review recorded."), ref_or_id (risk));
      else if (wmk_days_between (reviewed, check->today) > RISK_REVIEW_DAYS)
        {
          g_autofree char *day = day_words (reviewed);
          wmk_compliance_line_add_problem (line, wmk_entity_get_id (risk),
                                           _("Risk %s was last reviewed on %s."), ref_or_id (risk), day);
        }
    }
  if (n_open == 0)
    wmk_compliance_line_add_problem (line, NULL, "%s",
                                     _("No open risks are recorded: the notice requires a risk "
                                       "register kept up to date."));
  else
    {
      g_autofree char *evidence =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open risk checked.",
                                      "%u open risks checked.", n_open),
                         n_open);
      wmk_compliance_line_set_evidence (line, evidence);
    }
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
  Check check;

  g_return_val_if_fail (WMK_IS_PLAN (plan), lines);

  check_init (&check, plan, now);
  g_ptr_array_add (lines, check_board_monthly (&check));
  g_ptr_array_add (lines, check_independent_chair (&check));
  g_ptr_array_add (lines, check_invitations (&check));
  g_ptr_array_add (lines, check_log_reviewed (&check));
  g_ptr_array_add (lines, check_reports (&check));
  g_ptr_array_add (lines, check_action_owners (&check));
  g_ptr_array_add (lines, check_kpi_targets (&check));
  g_ptr_array_add (lines, check_risk_review (&check));
  g_ptr_array_unref (check.meetings);
  return lines;
}
