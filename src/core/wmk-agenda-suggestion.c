/* wmk-agenda-suggestion.c: what a board meeting should look at
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The DfE adviser told the Devon board it "had felt like a nice discussion".
 * A suggested agenda makes holding partners to account the easy path: it
 * puts in front of the board exactly what the notice says it must look at
 * (DOMAIN.md R3, R4, R6): the previous minutes and the action log, actions
 * red, amber or overdue, objectives slow to progress, KPIs off trajectory,
 * risks over threshold or overdue for review, and reports falling due. A
 * section with nothing in it is left out. Each item's minutes start with
 * one line per thing to discuss.
 */

#include "config.h"

#include "wmk-agenda-suggestion.h"

#include "wmk-action-filter.h"
#include "wmk-calendar.h"
#include "wmk-format.h"
#include "wmk-kpi-trajectory.h"
#include "wmk-risk-score.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* No progress update in this many weeks: slow to progress (plan.slow_progress_weeks). */
#define DEFAULT_SLOW_WEEKS 8
/* Risks at this score or above, before or after mitigation, go to the board. */
#define RISK_THRESHOLD 15
/* A report counts as sent for its period up to this long after it ended (as in the compliance check). */
#define REPORT_GRACE_DAYS 14

void
wmk_agenda_suggestion_free (WmkAgendaSuggestion *suggestion)
{
  g_free (suggestion->kind);
  g_free (suggestion->title);
  g_free (suggestion->detail);
  g_strfreev (suggestion->entity_ids);
  g_free (suggestion);
}

typedef struct
{
  GPtrArray *ids;
  GString   *detail;
} Section;

static void
section_init (Section *section)
{
  section->ids = g_ptr_array_new_with_free_func (g_free);
  section->detail = g_string_new (NULL);
}

static void
section_add_line (Section *section, const char *line)
{
  g_string_append_printf (section->detail, "%s%s", section->detail->len ? "\n" : "", line);
}

static void
section_add (Section *section, WmkEntity *entity, const char *line)
{
  g_ptr_array_add (section->ids, g_strdup (wmk_entity_get_id (entity)));
  section_add_line (section, line);
}

/* Adds the section as a suggestion, or drops it when empty; frees it. */
static void
section_finish (Section *section, GPtrArray *suggestions, const char *kind, char *title)
{
  if (section->ids->len > 0)
    {
      WmkAgendaSuggestion *s = g_new0 (WmkAgendaSuggestion, 1);

      s->kind = g_strdup (kind);
      s->title = title;
      g_ptr_array_add (section->ids, NULL);
      s->entity_ids = (GStrv) g_ptr_array_free (section->ids, FALSE);
      s->detail = g_string_free (section->detail, FALSE);
      g_ptr_array_add (suggestions, s);
      return;
    }
  g_free (title);
  g_ptr_array_unref (section->ids);
  g_string_free (section->detail, TRUE);
}

static const char *
ref_of (WmkEntity *entity)
{
  const char *ref = wmk_entity_get_ref (entity);
  return ref ? ref : wmk_entity_get_id (entity);
}

static void
suggest_previous (WmkPlan *plan, WmkEntity *meeting, GPtrArray *suggestions)
{
  const char *body_id = wmk_entity_get_parent_id (meeting);
  const char *date = wmk_entity_get_string (meeting, "date");
  g_autoptr(GPtrArray) meetings = body_id ? wmk_plan_dup_children (plan, body_id, "meeting") : NULL;
  WmkEntity *previous = NULL;
  Section minutes, log;

  section_init (&minutes);
  section_init (&log);
  for (guint i = 0; meetings && i < meetings->len; i++)
    {
      WmkEntity *m = meetings->pdata[i];
      const char *d = wmk_entity_get_string (m, "date");
      g_autoptr(GPtrArray) items = NULL;

      if (m == meeting || g_strcmp0 (wmk_entity_get_string (m, "status"), "held") != 0
          || (wmk_date_is_valid (date) && wmk_date_is_valid (d) && strcmp (d, date) >= 0))
        continue;
      if (previous == NULL || g_strcmp0 (d, wmk_entity_get_string (previous, "date")) > 0)
        previous = m;
      items = wmk_plan_dup_children (plan, wmk_entity_get_id (m), "log_item");
      for (guint j = 0; j < items->len; j++)
        if (g_strcmp0 (wmk_entity_get_string (items->pdata[j], "status"), "open") == 0)
          {
            g_autofree char *text = wmk_first_line (wmk_entity_get_string (items->pdata[j], "text"));
            section_add (&log, items->pdata[j], text);
          }
    }
  if (previous)
    {
      const char *d = wmk_entity_get_string (previous, "date");
      g_autofree char *when = wmk_date_is_valid (d) ? wmk_date_format (d, "%-d %B %Y")
                                                    : g_strdup (wmk_entity_get_string (previous, "date_text"));
      g_autofree char *line = g_strdup_printf (_("Minutes of %s: agreed as a true record, or corrected."),
                                               when ? when : "");
      section_add (&minutes, previous, line);
    }
  section_finish (&minutes, suggestions, "previous_minutes", g_strdup (_("Minutes of the previous meeting")));
  section_finish (&log, suggestions, "action_log",
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Action log: %u open item",
                                                "Action log: %u open items", log.ids->len),
                                   log.ids->len));
}

static void
suggest_actions (WmkPlan *plan, const char *today, GPtrArray *suggestions)
{
  GListModel *actions = wmk_plan_get_items (plan, "action");
  Section section;

  section_init (&section);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);
      const char *rag = wmk_entity_get_string (action, "rag");
      gboolean overdue = wmk_action_is_overdue (action, today);
      g_autofree char *text = NULL, *line = NULL;

      if (!overdue && g_strcmp0 (rag, "red") != 0 && g_strcmp0 (rag, "amber") != 0)
        continue;
      text = wmk_first_line (wmk_entity_get_string (action, "text"));
      line = g_strdup_printf ("%s (%s%s): %s", ref_of (action),
                              g_strcmp0 (rag, "red") == 0 ? _("red")
                              : g_strcmp0 (rag, "amber") == 0 ? _("amber") : _("not rated"),
                              overdue ? _(", overdue") : "", text);
      section_add (&section, action, line);
    }
  section_finish (&section, suggestions, "actions",
                  g_strdup_printf (_("Actions red, amber or overdue (%u)"), section.ids->len));
}

static const char *
latest_update (WmkPlan *plan, const char *id, const char *latest)
{
  g_autoptr(GPtrArray) updates = wmk_plan_dup_children (plan, id, "progress_update");

  for (guint i = 0; i < updates->len; i++)
    {
      const char *date = wmk_entity_get_string (updates->pdata[i], "date");
      if (wmk_date_is_valid (date) && (latest == NULL || strcmp (date, latest) > 0))
        latest = date;
    }
  return latest;
}

/* R6: objectives with unfinished actions and no progress update, on them or
 * their actions, in the plan's number of weeks. */
static void
suggest_slow_objectives (WmkPlan *plan, const char *today, GPtrArray *suggestions)
{
  GListModel *objectives = wmk_plan_get_items (plan, "objective");
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (plan));
  int weeks = (int) wmk_entity_get_int (info, "slow_progress_weeks", DEFAULT_SLOW_WEEKS);
  Section section;

  section_init (&section);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(WmkEntity) objective = g_list_model_get_item (objectives, i);
      g_autoptr(GPtrArray) actions = wmk_plan_dup_children (plan, wmk_entity_get_id (objective), "action");
      const char *latest = latest_update (plan, wmk_entity_get_id (objective), NULL);
      gboolean open = FALSE;
      g_autofree char *line = NULL, *title = NULL, *when = NULL;

      for (guint j = 0; j < actions->len; j++)
        {
          open = open || g_strcmp0 (wmk_entity_get_string (actions->pdata[j], "status"), "complete") != 0;
          latest = latest_update (plan, wmk_entity_get_id (actions->pdata[j]), latest);
        }
      if (!open || (latest && wmk_days_between (latest, today) <= weeks * 7))
        continue;
      title = wmk_first_line (wmk_entity_get_string (objective, "title"));
      if (latest)
        {
          g_autofree char *day = wmk_date_format (latest, "%-d %B %Y");
          when = g_strdup_printf (_("last update %s"), day);
        }
      else
        when = g_strdup (_("no progress update yet"));
      line = g_strdup_printf ("%s (%s): %s", ref_of (objective), when, title);
      section_add (&section, objective, line);
    }
  section_finish (&section, suggestions, "objectives",
                  g_strdup_printf (_("Objectives slow to progress (%u)"), section.ids->len));
}

static void
suggest_kpis (WmkPlan *plan, GPtrArray *suggestions)
{
  GListModel *kpis = wmk_plan_get_items (plan, "kpi");
  Section section;

  section_init (&section);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(WmkEntity) kpi = g_list_model_get_item (kpis, i);
      g_autoptr(WmkKpiTrajectory) trajectory = wmk_kpi_trajectory_new_for_plan (plan, kpi);
      g_autofree char *summary = NULL;

      if (wmk_kpi_trajectory_get_status (trajectory) != WMK_KPI_STATUS_OFF_TRAJECTORY)
        continue;
      summary = wmk_kpi_trajectory_dup_summary (trajectory, ref_of (kpi));
      section_add (&section, kpi, summary);
    }
  section_finish (&section, suggestions, "kpis",
                  g_strdup_printf (_("KPIs off trajectory (%u)"), section.ids->len));
}

static void
suggest_risks (WmkPlan *plan, const char *today, GPtrArray *suggestions)
{
  GListModel *risks = wmk_plan_get_items (plan, "risk");
  Section section;

  section_init (&section);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(WmkEntity) risk = g_list_model_get_item (risks, i);
      int before = wmk_risk_get_score (risk, FALSE), after = wmk_risk_get_score (risk, TRUE);
      gboolean overdue = wmk_risk_is_review_overdue (risk, today);
      const char *title = wmk_entity_get_string (risk, "title");
      g_autoptr(GString) line = NULL;

      if (!wmk_risk_is_open (risk) || (MAX (before, after) < RISK_THRESHOLD && !overdue))
        continue;
      /* "R1: Caseworkers leave (score 16, 9 after mitigation; review overdue)";
       * a side not scored is left out. */
      line = g_string_new (NULL);
      g_string_printf (line, "%s: %s (", ref_of (risk), title ? title : "");
      if (before > 0)
        g_string_append_printf (line, _("score %d"), before);
      if (before > 0 && after > 0)
        g_string_append (line, ", ");
      if (after > 0)
        g_string_append_printf (line, before > 0 ? _("%d after mitigation") : _("score %d after mitigation"),
                                after);
      if (before == 0 && after == 0)
        g_string_append (line, _("not scored"));
      if (overdue)
        g_string_append_printf (line, "; %s", _("review overdue"));
      g_string_append_c (line, ')');
      section_add (&section, risk, line->str);
    }
  section_finish (&section, suggestions, "risks",
                  g_strdup_printf (_("Risks over threshold or overdue for review (%u)"), section.ids->len));
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

/* The day of the body's next meeting after @meeting: one recorded, or the
 * next slot of its recurrence; a month on when neither is known. */
static char *
next_meeting_date (WmkPlan *plan, WmkEntity *meeting, const char *from)
{
  const char *body_id = wmk_entity_get_parent_id (meeting);
  g_autofree char *horizon = wmk_calendar_add_months (from, 3);
  g_autoptr(GPtrArray) events = NULL;

  if (body_id != NULL)
    {
      g_autofree char *after = add_days (from, 1);

      events = wmk_calendar_collect (plan, after, horizon, body_id, NULL);
      for (guint i = 0; i < events->len; i++)
        {
          WmkCalendarEvent *event = events->pdata[i];
          WmkCalendarKind kind = wmk_calendar_event_get_kind (event);
          WmkEntity *other = NULL;

          if (kind == WMK_CALENDAR_MEETING)
            other = wmk_plan_lookup (plan, wmk_calendar_event_get_entity_id (event));
          if ((kind == WMK_CALENDAR_MEETING && other != NULL && other != meeting
               && g_strcmp0 (wmk_entity_get_string (other, "status"), "cancelled") != 0)
              || kind == WMK_CALENDAR_OCCURRENCE)
            return g_strdup (wmk_calendar_event_get_date (event));
        }
    }
  return wmk_calendar_add_months (from, 1);
}

static gboolean
report_sent (GListModel *reports, const char *after, const char *until)
{
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(WmkEntity) report = g_list_model_get_item (reports, i);
      const char *sent = wmk_entity_get_string (report, "sent");

      if (wmk_date_is_valid (sent) && strcmp (sent, after) > 0 && strcmp (sent, until) <= 0)
        return TRUE;
    }
  return FALSE;
}

/* Reports to the DfE and NHSE: those due before this meeting and not
 * recorded as sent (sent in their period or the 14 days after, as the
 * compliance check counts them), then those falling due from this meeting
 * to the next, this meeting being the board's last look at them. */
static void
suggest_reports (WmkPlan *plan, WmkEntity *meeting, const char *today, GPtrArray *suggestions)
{
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (plan));
  const char *notice = wmk_entity_get_string (info, "notice_issued");
  const char *date = wmk_entity_get_string (meeting, "date");
  const char *from = wmk_date_is_valid (date) ? date : today;
  int interval = CLAMP ((int) wmk_entity_get_int (info, "report_interval_months", 2), 1, 12);
  GListModel *reports = wmk_plan_get_items (plan, "report");
  g_autoptr(GPtrArray) upcoming = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *until = NULL, *missed = NULL;
  guint n_missed = 0;
  Section section;

  if (!wmk_date_is_valid (notice))
    return;
  until = next_meeting_date (plan, meeting, from);
  for (int k = 1; k <= 600; k++)
    {
      g_autofree char *start = wmk_calendar_add_months (notice, (k - 1) * interval);
      g_autofree char *due = wmk_calendar_add_months (notice, k * interval);
      g_autofree char *grace = add_days (due, REPORT_GRACE_DAYS);
      g_autofree char *day = NULL;

      if (strcmp (due, until) > 0)
        break;
      if (report_sent (reports, start, grace))
        continue;
      if (strcmp (due, from) < 0)
        {
          n_missed++;
          g_free (missed);
          missed = g_steal_pointer (&due);
          continue;
        }
      day = wmk_date_format (due, "%-d %B %Y");
      g_ptr_array_add (upcoming, g_strdup_printf (_("Report to the DfE and NHS England due on %s: "
                                                    "content and sign-off."), day));
    }

  section_init (&section);
  if (missed)
    {
      g_autofree char *day = wmk_date_format (missed, "%-d %B %Y");
      g_autofree char *line = NULL;

      if (n_missed == 1)
        line = g_strdup_printf (_("The report due on %s is not recorded as sent."), day);
      else
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The report due on %s is not recorded as sent, nor is %u earlier one.",
                                             "The report due on %s is not recorded as sent, nor are %u earlier ones.",
                                             n_missed - 1),
                                day, n_missed - 1);
      section_add_line (&section, line);
    }
  for (guint i = 0; i < upcoming->len; i++)
    section_add_line (&section, upcoming->pdata[i]);
  if (section.detail->len > 0)
    g_ptr_array_add (section.ids, g_strdup (wmk_entity_get_id (info)));   /* the plan: reports have no item of their own yet */
  section_finish (&section, suggestions, "reports", g_strdup (_("Reports to the DfE and NHS England")));
}

/**
 * wmk_agenda_suggest:
 * @meeting_id: the meeting to suggest for
 * @today: (nullable): YYYY-MM-DD; %NULL for today
 *
 * Returns: (transfer full) (element-type WmkAgendaSuggestion): the suggested
 *   agenda, in the order to take it
 */
GPtrArray *
wmk_agenda_suggest (WmkPlan *plan, const char *meeting_id, const char *today)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) wmk_agenda_suggestion_free);
  WmkEntity *meeting = wmk_plan_lookup (plan, meeting_id);
  g_autofree char *now = wmk_date_is_valid (today) ? g_strdup (today) : wmk_today_iso ();

  g_return_val_if_fail (meeting != NULL, suggestions);

  suggest_previous (plan, meeting, suggestions);
  suggest_actions (plan, now, suggestions);
  suggest_slow_objectives (plan, now, suggestions);
  suggest_kpis (plan, suggestions);
  suggest_risks (plan, now, suggestions);
  suggest_reports (plan, meeting, now, suggestions);
  return suggestions;
}

/**
 * wmk_agenda_accept:
 * @suggestions: (element-type WmkAgendaSuggestion): what to add
 *
 * Adds the suggestions to the meeting's agenda after the items already on
 * it, in one edit that one undo takes back.
 */
gboolean
wmk_agenda_accept (WmkPlan *plan, const char *meeting_id, GPtrArray *suggestions, GError **error)
{
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, meeting_id, "agenda_item");
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Add the suggested agenda"));
  double pos = 0;

  for (guint i = 0; i < items->len; i++)
    pos = MAX (pos, wmk_entity_get_pos (items->pdata[i]));
  for (guint i = 0; i < suggestions->len; i++)
    {
      WmkAgendaSuggestion *s = suggestions->pdata[i];
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *number = g_strdup_printf ("%u", items->len + i + 1);
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "parent", meeting_id);
      json_object_set_string_member (fields, "number", number);
      json_object_set_string_member (fields, "title", s->title);
      json_object_set_string_member (fields, "kind", s->kind);
      json_object_set_string_member (fields, "minutes", s->detail);
      json_object_set_double_member (fields, "pos", pos + i + 1);
      if ((id = wmk_edit_create (edit, "agenda_item", fields, error)) == NULL)
        return FALSE;
    }
  return wmk_edit_is_empty (edit) || wmk_plan_commit (plan, edit, error);
}
