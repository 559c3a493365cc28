/* wmk-calendar.c: the governance calendar: every dated duty of the plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What falls due between two days: meetings recorded, the slots a body's
 * cadence promises where no meeting is recorded yet, the two-monthly report
 * to the DfE and NHS England, the notice's milestones and DfE reviews, and
 * the due dates of actions, KPI targets and action-log items. Everything is
 * computed from the plan on each call; the only thing kept between calls is
 * the plan's items sorted by due day (wmk-calendar-index.c), which follows
 * every change, so that a month of a 10,000-action plan reads that month.
 *
 * Filters: with a body, only that body's meetings and action-log items;
 * with a workstream, only its actions and KPIs. The dates that bind the
 * whole plan (reports, milestones, reviews) are always shown.
 */

#include "config.h"

#include "wmk-calendar.h"

#include "wmk-calendar-index.h"
#include "wmk-format.h"
#include "wmk-kpi-values.h"
#include "wmk-recurrence.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  WmkPlan    *plan;
  const char *from;
  const char *to;
  const char *body_id;
  const char *workstream_id;
  GPtrArray  *events;
  GHashTable *workstream_of;   /* entity id → its workstream's id (borrowed strings) */
} Collect;

static gboolean
in_range (Collect *c, const char *date)
{
  /* The cheap comparisons first: most of 10,000 actions fall outside the range. */
  return date && strcmp (date, c->from) >= 0 && strcmp (date, c->to) <= 0 && wmk_date_is_valid (date);
}

static void
add (Collect *c, WmkCalendarKind kind, const char *date, const char *start, const char *end,
     char *title, const char *entity_id, const char *body_id, const char *workstream_id)
{
  g_ptr_array_add (c->events, wmk_calendar_event_new (kind, date, start, end, title, entity_id,
                                                      body_id, workstream_id));
}

/**
 * wmk_calendar_add_months:
 * @date: YYYY-MM-DD
 *
 * The day @months later; a day the month lacks becomes its last day.
 *
 * Returns: (transfer full): YYYY-MM-DD
 */
char *
wmk_calendar_add_months (const char *date, int months)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, atoi (date + 8), atoi (date + 5), atoi (date));
  g_date_add_months (&d, months);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}

/* The workstream an action or KPI belongs to: its nearest ancestor that is one. */
static const char *
workstream_of (Collect *c, WmkEntity *entity)
{
  const char *id = wmk_entity_get_id (entity);
  const char *found;
  WmkEntity *e = entity;

  if (g_hash_table_lookup_extended (c->workstream_of, id, NULL, (gpointer *) &found))
    return found;
  while (e && !g_str_equal (wmk_entity_get_entity_type (e), "workstream"))
    {
      const char *parent = wmk_entity_get_parent_id (e);
      e = parent ? wmk_plan_lookup (c->plan, parent) : NULL;
    }
  found = e ? wmk_entity_get_id (e) : NULL;
  g_hash_table_insert (c->workstream_of, (gpointer) id, (gpointer) found);
  return found;
}

static gboolean
wants_body (Collect *c, const char *body_id)
{
  return c->workstream_id == NULL && (c->body_id == NULL || g_strcmp0 (c->body_id, body_id) == 0);
}

static gboolean
wants_workstream (Collect *c, const char *workstream_id)
{
  return c->body_id == NULL
         && (c->workstream_id == NULL || g_strcmp0 (c->workstream_id, workstream_id) == 0);
}

static const char *
body_name (WmkEntity *body)
{
  const char *name = body ? wmk_entity_get_string (body, "name") : NULL;
  return name ? name : _("Meeting");
}

/**
 * wmk_calendar_series_start:
 * @body: a governance body
 *
 * The first day a body's recurrence counts from: its series_start, else the
 * day of the improvement notice, else its first recorded meeting.
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL if none is known
 */
char *
wmk_calendar_series_start (WmkPlan *plan, WmkEntity *body)
{
  const char *start = wmk_entity_get_string (body, "series_start");
  const char *notice = wmk_entity_get_string (WMK_ENTITY (wmk_plan_get_info (plan)), "notice_issued");
  g_autoptr(GPtrArray) meetings = NULL;
  const char *first = NULL;

  if (wmk_date_is_valid (start))
    return g_strdup (start);
  if (wmk_date_is_valid (notice))
    return g_strdup (notice);
  meetings = wmk_plan_dup_children (plan, wmk_entity_get_id (body), "meeting");
  for (guint i = 0; i < meetings->len; i++)
    {
      const char *date = wmk_entity_get_string (meetings->pdata[i], "date");
      if (wmk_date_is_valid (date) && (first == NULL || strcmp (date, first) < 0))
        first = date;
    }
  return g_strdup (first);
}

static void
collect_meetings (Collect *c)
{
  GListModel *bodies = wmk_plan_get_items (c->plan, "body");

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GHashTable) met = NULL;
      g_autoptr(GPtrArray) slots = NULL;
      g_autofree char *first = NULL;
      const char *body_id = wmk_entity_get_id (body);
      const char *rrule = wmk_entity_get_string (body, "rrule");

      if (!wants_body (c, body_id))
        continue;
      meetings = wmk_plan_dup_children (c->plan, body_id, "meeting");
      met = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < meetings->len; j++)
        {
          WmkEntity *meeting = meetings->pdata[j];
          const char *date = wmk_entity_get_string (meeting, "date");
          const char *title = wmk_entity_get_string (meeting, "title");
          gboolean cancelled = g_strcmp0 (wmk_entity_get_string (meeting, "status"), "cancelled") == 0;

          if (date)
            g_hash_table_add (met, (gpointer) date);
          if (!in_range (c, date))
            continue;
          title = title ? title : body_name (body);
          add (c, WMK_CALENDAR_MEETING, date, wmk_entity_get_string (meeting, "start_time"),
               wmk_entity_get_string (meeting, "end_time"),
               cancelled ? g_strdup_printf (_("%s (cancelled)"), title) : g_strdup (title),
               wmk_entity_get_id (meeting), body_id, NULL);
        }

      /* The slots the cadence promises, where nothing is recorded yet. A rule
       * that is not valid shows no slots; the body's page says why. */
      if (rrule == NULL || (first = wmk_calendar_series_start (c->plan, body)) == NULL)
        continue;
      slots = wmk_recurrence_expand (rrule, first, wmk_entity_get_string (body, "start_time"),
                                     c->from, c->to, NULL);
      for (guint j = 0; slots && j < slots->len; j++)
        if (!g_hash_table_contains (met, slots->pdata[j]))
          add (c, WMK_CALENDAR_OCCURRENCE, slots->pdata[j], wmk_entity_get_string (body, "start_time"),
               wmk_entity_get_string (body, "end_time"), g_strdup (body_name (body)), body_id,
               body_id, NULL);
    }
}

static const char *
report_for (GListModel *reports, const char *after, const char *until)
{
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(WmkEntity) report = g_list_model_get_item (reports, i);
      const char *sent = wmk_entity_get_string (report, "sent");

      if (wmk_date_is_valid (sent) && strcmp (sent, after) > 0 && strcmp (sent, until) <= 0)
        return wmk_entity_get_id (report);
    }
  return NULL;
}

/* The dates the notice sets for the whole plan. */
static void
collect_plan_dates (Collect *c)
{
  WmkEntity *info = WMK_ENTITY (wmk_plan_get_info (c->plan));
  const char *plan_id = wmk_entity_get_id (info);
  const char *notice = wmk_entity_get_string (info, "notice_issued");
  GListModel *reports = wmk_plan_get_items (c->plan, "report");
  int interval = CLAMP ((int) wmk_entity_get_int (info, "report_interval_months", 2), 1, 12);
  g_auto(GStrv) reviews = wmk_entity_dup_strv (info, "dfe_reviews");
  JsonNode *months = wmk_entity_get_field (info, "milestone_months");

  for (guint i = 0; reviews && reviews[i]; i++)
    if (in_range (c, reviews[i]))
      add (c, WMK_CALENDAR_DFE_REVIEW, reviews[i], NULL, NULL, g_strdup (_("DfE review")), plan_id,
           NULL, NULL);
  if (!wmk_date_is_valid (notice))
    return;

  for (int k = 1; k <= 120; k++)
    {
      g_autofree char *start = wmk_calendar_add_months (notice, (k - 1) * interval);
      g_autofree char *due = wmk_calendar_add_months (notice, k * interval);
      const char *report;

      if (strcmp (due, c->to) > 0)
        break;
      if (!in_range (c, due))
        continue;
      report = report_for (reports, start, due);
      add (c, WMK_CALENDAR_REPORT_DUE, due, NULL, NULL,
           g_strdup (report ? _("Report to the DfE and NHS England (sent)")
                            : _("Report to the DfE and NHS England due")),
           report ? report : plan_id, NULL, NULL);
    }

  for (guint i = 0; months && JSON_NODE_HOLDS_ARRAY (months)
                    && i < json_array_get_length (json_node_get_array (months)); i++)
    {
      int m = (int) json_array_get_int_element (json_node_get_array (months), i);
      g_autofree char *date = wmk_calendar_add_months (notice, m);

      if (in_range (c, date))
        add (c, WMK_CALENDAR_MILESTONE, date, NULL, NULL,
             g_strdup_printf (_("%d-month milestone of the improvement notice"), m), plan_id, NULL,
             NULL);
    }
}

static void
add_action (Collect *c, const WmkCalendarDated *dated)
{
  WmkEntity *action = dated->entity;
  const char *ref = wmk_entity_get_ref (action);
  const char *ws;
  g_autofree char *text = NULL;

  if (c->body_id || !wants_workstream (c, ws = workstream_of (c, action)))
    return;
  text = wmk_first_line (wmk_entity_get_string (action, "text"));
  add (c, WMK_CALENDAR_ACTION_DUE, dated->date, NULL, NULL,
       g_strdup_printf (_("Action %s due: %s"), ref ? ref : "", text), wmk_entity_get_id (action),
       NULL, ws);
}

static void
add_kpi_target (Collect *c, const WmkCalendarDated *dated)
{
  WmkEntity *kpi = dated->entity;
  const char *ref = wmk_entity_get_ref (kpi);
  const char *ws;
  const char *text = NULL;
  double value;
  g_autofree char *shown = NULL;

  if (c->body_id || !wants_workstream (c, ws = workstream_of (c, kpi))
      || !wmk_kpi_targets_get (wmk_entity_get_field (kpi, "targets"), dated->target, NULL, &value,
                               &text))
    return;
  shown = text ? g_strdup (text) : wmk_kpi_format_value (value, wmk_entity_get_string (kpi, "unit"));
  add (c, WMK_CALENDAR_KPI_TARGET, dated->date, NULL, NULL,
       g_strdup_printf (_("%s target: %s"), ref ? ref : "", shown), wmk_entity_get_id (kpi), NULL, ws);
}

/* An open action-log item, under its meeting's body. */
static void
add_log_item (Collect *c, const WmkCalendarDated *dated)
{
  WmkEntity *item = dated->entity;
  const char *meeting_id = wmk_entity_get_parent_id (item);
  WmkEntity *meeting = meeting_id ? wmk_plan_lookup (c->plan, meeting_id) : NULL;
  const char *body_id = meeting ? wmk_entity_get_parent_id (meeting) : NULL;
  g_autofree char *text = NULL;

  if (!wants_body (c, body_id) || g_strcmp0 (wmk_entity_get_string (item, "status"), "open") != 0)
    return;
  text = wmk_first_line (wmk_entity_get_string (item, "text"));
  add (c, WMK_CALENDAR_LOG_ITEM_DUE, dated->date, NULL, NULL,
       g_strdup_printf (_("Action log: %s"), text), wmk_entity_get_id (item), body_id, NULL);
}

/* Action due dates, KPI targets and action-log due dates, from the plan's
 * index by day (wmk-calendar-index.c): a month of a 10,000-action plan
 * reads only that month's items. */
static void
collect_dated (Collect *c)
{
  guint n = 0;
  const WmkCalendarDated *dated = wmk_calendar_index_range (c->plan, c->from, c->to, &n);

  for (guint i = 0; i < n; i++)
    switch (dated[i].kind)
      {
      case WMK_CALENDAR_ACTION_DUE:
        add_action (c, &dated[i]);
        break;
      case WMK_CALENDAR_KPI_TARGET:
        add_kpi_target (c, &dated[i]);
        break;
      case WMK_CALENDAR_LOG_ITEM_DUE:
        add_log_item (c, &dated[i]);
        break;
      default:
        g_assert_not_reached ();
      }
}

/**
 * wmk_calendar_collect:
 * @plan: a plan
 * @from: the first day, YYYY-MM-DD
 * @to: the last day (inclusive)
 * @body_id: (nullable): only this body's meetings and action-log items
 * @workstream_id: (nullable): only this workstream's actions and KPIs
 *
 * Returns: (transfer full) (element-type WmkCalendarEvent): the events by
 *   day and time
 */
GPtrArray *
wmk_calendar_collect (WmkPlan    *plan,
                      const char *from,
                      const char *to,
                      const char *body_id,
                      const char *workstream_id)
{
  Collect c = { plan, from, to, body_id, workstream_id, NULL, NULL };

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (wmk_date_is_valid (from) && wmk_date_is_valid (to), NULL);

  c.events = g_ptr_array_new_with_free_func (g_object_unref);
  c.workstream_of = g_hash_table_new (g_str_hash, g_str_equal);
  collect_meetings (&c);
  collect_plan_dates (&c);
  collect_dated (&c);
  g_ptr_array_sort (c.events, wmk_calendar_event_compare);
  g_hash_table_unref (c.workstream_of);
  return c.events;
}
