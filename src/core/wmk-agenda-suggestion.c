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
#include <string.h>

/* No progress update in this many weeks: slow to progress (plan.slow_progress_weeks). */
#define DEFAULT_SLOW_WEEKS 8
/* Risks at this score or above, before or after mitigation, go to the board. */
#define RISK_THRESHOLD 15

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
section_add (Section *section, WmkEntity *entity, const char *line)
{
  g_ptr_array_add (section->ids, g_strdup (wmk_entity_get_id (entity)));
  g_string_append_printf (section->detail, "%s%s", section->detail->len ? "\n" : "", line);
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
                  g_strdup_printf (_("Action log: %u open items"), log.ids->len));
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
      when = latest ? g_strdup_printf (_("last update %s"), latest) : g_strdup (_("no progress update yet"));
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
      g_autofree char *line = NULL;

      if (!wmk_risk_is_open (risk) || (MAX (before, after) < RISK_THRESHOLD && !overdue))
        continue;
      line = g_strdup_printf (_("%s: %s (score %d, %d after mitigation%s)"), ref_of (risk),
                              wmk_entity_get_string (risk, "title") ? wmk_entity_get_string (risk, "title") : "",
                              before, after, overdue ? _("; review overdue") : "");
      section_add (&section, risk, line);
    }
  section_finish (&section, suggestions, "risks",
                  g_strdup_printf (_("Risks over threshold or overdue for review (%u)"), section.ids->len));
}

/* Reports to the DfE and NHSE falling due in the next two months. */
static void
suggest_reports (WmkPlan *plan, const char *today, GPtrArray *suggestions)
{
  g_autofree char *until = wmk_calendar_add_months (today, 2);
  g_autoptr(GPtrArray) events = wmk_calendar_collect (plan, today, until, NULL, NULL);
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (plan));
  Section section;

  section_init (&section);
  for (guint i = 0; i < events->len; i++)
    {
      WmkCalendarEvent *event = events->pdata[i];
      g_autofree char *day = NULL, *line = NULL;

      if (wmk_calendar_event_get_kind (event) != WMK_CALENDAR_REPORT_DUE
          || !g_str_equal (wmk_calendar_event_get_entity_id (event), wmk_entity_get_id (info)))
        continue;
      day = wmk_date_format (wmk_calendar_event_get_date (event), "%-d %B %Y");
      line = g_strdup_printf (_("Report to the DfE and NHS England due on %s: content and sign-off."), day);
      section_add (&section, info, line);
    }
  section_finish (&section, suggestions, "reports", g_strdup (_("Reports due to the DfE and NHS England")));
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
  suggest_reports (plan, now, suggestions);
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
