/* test-calendar.c: recurrence and the governance calendar (iCalendar files: test-ics.c)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

#include <stdlib.h>
#include <string.h>

static char *
joined (GPtrArray *dates)
{
  g_ptr_array_add (dates, NULL);
  return g_strjoinv (" ", (char **) dates->pdata);
}

static char *
expand (const char *rrule, const char *first, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dates = wmk_recurrence_expand (rrule, first, "10:00", from, to, &error);

  g_assert_no_error (error);
  return joined (dates);
}

static void
test_month_ends (void)
{
  g_autofree char *last = expand ("FREQ=MONTHLY;BYMONTHDAY=-1", "2023-01-01", "2023-01-01", "2023-04-30");
  g_autofree char *leap = expand ("FREQ=MONTHLY;BYMONTHDAY=-1", "2024-01-01", "2024-02-01", "2024-03-01");
  g_autofree char *thirty_first = expand ("FREQ=MONTHLY;BYMONTHDAY=31", "2023-01-01", "2023-01-01",
                                          "2023-05-31");

  g_assert_cmpstr (last, ==, "2023-01-31 2023-02-28 2023-03-31 2023-04-30");
  g_assert_cmpstr (leap, ==, "2024-02-29");
  /* A month with no 31st has no meeting on it, rather than one moved. */
  g_assert_cmpstr (thirty_first, ==, "2023-01-31 2023-03-31 2023-05-31");
}

static void
test_nth_weekday (void)
{
  g_autofree char *fourth = expand ("FREQ=MONTHLY;BYDAY=4WE", "2023-02-22", "2023-02-01", "2023-05-31");
  g_autofree char *last_friday = expand ("FREQ=MONTHLY;BYDAY=-1FR", "2023-01-01", "2023-01-01",
                                         "2023-03-31");
  g_autofree char *twice_a_year = expand ("FREQ=MONTHLY;INTERVAL=6;BYDAY=1TU", "2023-03-01",
                                          "2023-01-01", "2024-12-31");
  /* From the middle of a long series: the same days as from its start. */
  g_autofree char *later = expand ("FREQ=MONTHLY;BYDAY=4WE", "2023-02-22", "2027-01-01", "2027-02-28");

  g_assert_cmpstr (fourth, ==, "2023-02-22 2023-03-22 2023-04-26 2023-05-24");
  g_assert_cmpstr (last_friday, ==, "2023-01-27 2023-02-24 2023-03-31");
  g_assert_cmpstr (twice_a_year, ==, "2023-03-07 2023-09-05 2024-03-05 2024-09-03");
  g_assert_cmpstr (later, ==, "2027-01-27 2027-02-24");
}

/* A 10:00 board is at 10:00 in London all year; UTC moves with summer time
 * (26 March and 29 October 2023). */
static void
test_summer_time (void)
{
  const struct { const char *date; const char *utc; } cases[] = {
    { "2023-03-22", "20230322T100000Z" },
    { "2023-03-29", "20230329T090000Z" },
    { "2023-10-25", "20231025T090000Z" },
    { "2023-11-01", "20231101T100000Z" },
  };
  g_autofree char *days = expand ("FREQ=WEEKLY;BYDAY=WE", "2023-03-22", "2023-03-20", "2023-04-02");

  g_autofree char *autumn = expand ("FREQ=WEEKLY;BYDAY=WE", "2023-10-18", "2023-10-20", "2023-11-05");

  g_assert_cmpstr (days, ==, "2023-03-22 2023-03-29");
  g_assert_cmpstr (autumn, ==, "2023-10-25 2023-11-01");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *utc = wmk_recurrence_to_utc (cases[i].date, "10:00");
      g_assert_cmpstr (utc, ==, cases[i].utc);
    }
}

static void
test_bad_rules (void)
{
  /* Each rule, and what the message says is wrong with it. */
  const struct { const char *rule; const char *says; } invalid[] = {
    { "", "it is empty" },
    { "FREQ=MONTHY", "“FREQ=MONTHY” is not a valid recurrence rule: unknown frequency “MONTHY”" },
    { "garbage", "“garbage” is not a part of a rule" },
    { "FREQ=WEEKLY;INTERVAL=0", "INTERVAL must be a whole number of 1 or more, not “0”" },
    { "RRULE:FREQ=MONTHLY", "without “RRULE:”" },
    { "BYDAY=4WE", "it has no FREQ" },
    { "FREQ=MONTHLY;BYDAY=4WD", "“4WD” in BYDAY is not a weekday" },
    { "FREQ=MONTHLY;BYDAY=54WE", "“54WE” in BYDAY" },
    { "FREQ=WEEKLY;BYDAY=4WE", "a numbered weekday (4WE, -1FR) needs FREQ=MONTHLY or YEARLY, not WEEKLY" },
    { "FREQ=MONTHLY;BYMONTHDAY=32", "“32” in BYMONTHDAY is not a number from 1 to 31 or -31 to -1" },
    { "FREQ=MONTHLY;BYMONTHDAY=0", "“0” in BYMONTHDAY" },
    { "FREQ=YEARLY;BYMONTH=13", "“13” in BYMONTH is not a number from 1 to 12" },
    { "FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY" },
    { "FREQ=MONTHLY;BYWEEKNO=2", "BYWEEKNO can only be used with FREQ=YEARLY" },
    { "FREQ=MONTHLY;COUNT=6;UNTIL=20240101", "COUNT and UNTIL cannot both be given" },
    { "FREQ=MONTHLY;UNTIL=2024-01-01", "UNTIL must be a date (20241231)" },
    { "FREQ=MONTHLY;UNTIL=20240231", "UNTIL must be a date" },
    { "FREQ=MONTHLY;FREQ=WEEKLY", "FREQ is given twice" },
    { "FREQ=MONTHLY;BYDAYS=WE", "unknown part “BYDAYS”" },
    { "FREQ=MONTHLY;WKST=XX", "WKST must be a weekday" },
  };
  const char *valid[] = {
    "FREQ=MONTHLY;BYDAY=4WE", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;INTERVAL=6;BYDAY=1TU", "FREQ=WEEKLY;BYDAY=MO,WE;WKST=MO",
    "FREQ=YEARLY;BYMONTH=3,9;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=4",
    "FREQ=DAILY;COUNT=5", "FREQ=WEEKLY;UNTIL=20400101T000000Z", "FREQ=YEARLY;BYYEARDAY=100",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_clear_error (&error);
      g_assert_false (wmk_recurrence_validate (invalid[i].rule, &error));
      g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID);
      if (strstr (error->message, invalid[i].says) == NULL)
        g_test_message ("%s: “%s”", invalid[i].rule, error->message);
      g_assert_nonnull (strstr (error->message, "is not a valid recurrence rule: "));
      g_assert_nonnull (strstr (error->message, invalid[i].says));
    }
  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_clear_error (&error);
      wmk_recurrence_validate (valid[i], &error);
      g_assert_no_error (error);
    }

  /* Well formed, but never: 30 February. */
  g_clear_error (&error);
  g_assert_false (wmk_recurrence_validate ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", &error));
  g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE);
  g_clear_error (&error);
  g_assert_false (wmk_recurrence_validate ("FREQ=MONTHLY;BYDAY=6WE", &error));   /* no month has six */
  g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE);
  /* A series that ended is possible from its own start, not from today. */
  g_clear_error (&error);
  g_assert_false (wmk_recurrence_validate ("FREQ=WEEKLY;UNTIL=20230401T000000Z", &error));
  g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_IMPOSSIBLE);
  g_assert_true (wmk_recurrence_validate_from ("FREQ=WEEKLY;UNTIL=20230401T000000Z", "2023-03-01", NULL));
  g_clear_error (&error);
  g_assert_false (wmk_recurrence_validate_from ("FREQ=WEEKLY;UNTIL=20230201T000000Z", "2023-03-01", &error));
  g_assert_nonnull (strstr (error->message, "never occurs in the ten years from 1 March 2023"));
  /* Expanding a bad rule says the same as validating it. */
  g_clear_error (&error);
  g_assert_null (wmk_recurrence_expand ("FREQ=MONTHY", "2023-01-01", NULL, "2023-01-01", "2023-12-31",
                                        &error));
  g_assert_error (error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID);
}

/* The sample plan */

typedef struct
{
  char    *dir;
  WmkPlan *plan;
} Fixture;

static void
sample_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = wmk_test_make_dir ();
  path = g_build_filename (f->dir, "sample.waymark", NULL);
  f->plan = wmk_plan_import_sample (path, "Test Author", &error);
  g_assert_no_error (error);
}

static void
sample_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->plan);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static WmkCalendarEvent *
find (GPtrArray *events, WmkCalendarKind kind, const char *date)
{
  for (guint i = 0; i < events->len; i++)
    if (wmk_calendar_event_get_kind (events->pdata[i]) == kind
        && g_str_equal (wmk_calendar_event_get_date (events->pdata[i]), date))
      return events->pdata[i];
  return NULL;
}

static void
test_collect_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) feb = wmk_calendar_collect (f->plan, "2023-02-01", "2023-02-28", NULL, NULL);
  g_autoptr(GPtrArray) mar = wmk_calendar_collect (f->plan, "2023-03-01", "2023-03-31", NULL, NULL);
  WmkCalendarEvent *meeting = find (feb, WMK_CALENDAR_MEETING, "2023-02-22");
  WmkCalendarEvent *slot = find (mar, WMK_CALENDAR_OCCURRENCE, "2023-03-22");
  WmkCalendarEvent *report = find (mar, WMK_CALENDAR_REPORT_DUE, "2023-03-29");
  const char *previous = "";

  /* The recorded meeting, not a slot beside it. */
  g_assert_nonnull (meeting);
  g_assert_cmpstr (wmk_calendar_event_get_entity_id (meeting), ==, "meeting-board-2023-02-22");
  g_assert_cmpstr (wmk_calendar_event_get_start_time (meeting), ==, "10:00");
  g_assert_null (find (feb, WMK_CALENDAR_OCCURRENCE, "2023-02-22"));
  /* The next month's slot from the board's cadence. */
  g_assert_nonnull (slot);
  g_assert_cmpstr (wmk_calendar_event_get_entity_id (slot), ==, "body-board");
  g_assert_cmpstr (wmk_calendar_event_get_end_time (slot), ==, "12:00");
  /* Reports every two months from the notice of 29 July 2022. */
  g_assert_nonnull (report);
  g_assert_cmpstr (wmk_calendar_event_get_title (report), ==, "Report to the DfE and NHS England due");
  {
    g_autoptr(GPtrArray) jan = wmk_calendar_collect (f->plan, "2023-01-01", "2023-01-31", NULL, NULL);
    WmkCalendarEvent *six = find (jan, WMK_CALENDAR_MILESTONE, "2023-01-29");
    g_assert_nonnull (six);
    g_assert_cmpstr (wmk_calendar_event_get_title (six), ==, "6-month milestone of the improvement notice");
  }
  for (guint i = 0; i < mar->len; i++)
    {
      const char *date = wmk_calendar_event_get_date (mar->pdata[i]);
      g_assert_cmpstr (date, >=, previous);
      previous = date;
    }
}

static void
test_collect_filters (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) all = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", NULL, NULL);
  g_autoptr(GPtrArray) board = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", "body-board", NULL);
  g_autoptr(GPtrArray) ws_c = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", NULL, "ws-c");
  guint n_actions = 0, n_c_actions = 0;

  for (guint i = 0; i < all->len; i++)
    n_actions += wmk_calendar_event_get_kind (all->pdata[i]) == WMK_CALENDAR_ACTION_DUE;
  g_assert_cmpuint (n_actions, >, 20);
  for (guint i = 0; i < board->len; i++)
    {
      WmkCalendarKind kind = wmk_calendar_event_get_kind (board->pdata[i]);
      g_assert_true (kind != WMK_CALENDAR_ACTION_DUE && kind != WMK_CALENDAR_KPI_TARGET);
      if (kind == WMK_CALENDAR_MEETING || kind == WMK_CALENDAR_OCCURRENCE)
        g_assert_cmpstr (wmk_calendar_event_get_body_id (board->pdata[i]), ==, "body-board");
    }
  for (guint i = 0; i < ws_c->len; i++)
    {
      WmkCalendarKind kind = wmk_calendar_event_get_kind (ws_c->pdata[i]);
      g_assert_true (kind != WMK_CALENDAR_MEETING && kind != WMK_CALENDAR_OCCURRENCE);
      if (kind == WMK_CALENDAR_ACTION_DUE)
        {
          g_assert_cmpstr (wmk_calendar_event_get_workstream_id (ws_c->pdata[i]), ==, "ws-c");
          n_c_actions++;
        }
    }
  g_assert_cmpuint (n_c_actions, >, 0);
  g_assert_cmpuint (n_c_actions, <, n_actions);
}

static WmkCalendarEvent *
find_entity (GPtrArray *events, WmkCalendarKind kind, const char *entity_id)
{
  for (guint i = 0; i < events->len; i++)
    if (wmk_calendar_event_get_kind (events->pdata[i]) == kind
        && g_str_equal (wmk_calendar_event_get_entity_id (events->pdata[i]), entity_id))
      return events->pdata[i];
  return NULL;
}

static void
set_json (WmkPlan *plan, const char *id, const char *field, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = json_from_string (json, &error);

  g_assert_no_error (error);
  wmk_plan_set (plan, id, field, value, &error);
  g_assert_no_error (error);
}

/* Every kind of date the notice sets, and the items' own. */
static void
test_collect_kinds (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  WmkCalendarEvent *e;

  events = wmk_calendar_collect (f->plan, "2023-01-01", "2024-03-31", NULL, NULL);
  /* The action-log item due at the March board, under the board. */
  e = find_entity (events, WMK_CALENDAR_LOG_ITEM_DUE, "log-2023-01-2");
  g_assert_nonnull (e);
  g_assert_cmpstr (wmk_calendar_event_get_date (e), ==, "2023-03-31");
  g_assert_cmpstr (wmk_calendar_event_get_body_id (e), ==, "body-board");
  g_assert_true (g_str_has_prefix (wmk_calendar_event_get_title (e), "Action log: D Jones"));
  /* KPI targets, with the words the plan gives, in their workstream. */
  e = find_entity (events, WMK_CALENDAR_KPI_TARGET, "kpi-a1a");
  g_assert_nonnull (e);
  g_assert_cmpstr (wmk_calendar_event_get_date (e), ==, "2023-12-31");
  g_assert_cmpstr (wmk_calendar_event_get_title (e), ==, "A-KPI1a target: 75% December '23");
  g_assert_cmpstr (wmk_calendar_event_get_workstream_id (e), ==, "ws-a");
  g_assert_null (wmk_calendar_event_get_start_time (e));
  /* Every report deadline, two months apart, from 29 September 2022. */
  {
    const char *expected[] = { "2023-01-29", "2023-03-29", "2023-05-29", "2023-07-29", "2023-09-29",
                               "2023-11-29", "2024-01-29", "2024-03-29" };
    guint n = 0;

    for (guint i = 0; i < events->len; i++)
      if (wmk_calendar_event_get_kind (events->pdata[i]) == WMK_CALENDAR_REPORT_DUE)
        {
          g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
          g_assert_cmpstr (wmk_calendar_event_get_date (events->pdata[i]), ==, expected[n++]);
        }
    g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  }
  g_assert_nonnull (find (events, WMK_CALENDAR_MILESTONE, "2023-07-29"));   /* 12 months */
  g_assert_nonnull (find (events, WMK_CALENDAR_MILESTONE, "2024-01-29"));   /* 18 months */
  g_assert_null (find_entity (events, WMK_CALENDAR_DFE_REVIEW, "plan"));
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Quarterly reports, a DfE review, a report sent, the log item done. */
  set_json (f->plan, "plan", "report_interval_months", "3");
  set_json (f->plan, "plan", "dfe_reviews", "[\"2023-06-14\"]");
  {
    g_autoptr(JsonObject) report = json_object_new ();
    g_autofree char *id = NULL;

    json_object_set_string_member (report, "title", "First quarterly report");
    json_object_set_string_member (report, "sent", "2023-01-20");
    id = wmk_plan_create (f->plan, "report", report, "Add a report", &error);
    g_assert_no_error (error);
    events = wmk_calendar_collect (f->plan, "2022-10-01", "2023-06-30", NULL, NULL);
    e = find (events, WMK_CALENDAR_REPORT_DUE, "2023-01-29");
    g_assert_nonnull (e);
    g_assert_cmpstr (wmk_calendar_event_get_entity_id (e), ==, id);
    g_assert_cmpstr (wmk_calendar_event_get_title (e), ==, "Report to the DfE and NHS England (sent)");
  }
  g_assert_nonnull (find (events, WMK_CALENDAR_REPORT_DUE, "2022-10-29"));
  g_assert_nonnull (find (events, WMK_CALENDAR_REPORT_DUE, "2023-04-29"));
  g_assert_null (find (events, WMK_CALENDAR_REPORT_DUE, "2023-03-29"));
  e = find (events, WMK_CALENDAR_DFE_REVIEW, "2023-06-14");
  g_assert_nonnull (e);
  g_assert_cmpstr (wmk_calendar_event_get_title (e), ==, "DfE review");
  g_clear_pointer (&events, g_ptr_array_unref);

  wmk_plan_set_string (f->plan, "log-2023-01-2", "status", "done", &error);
  g_assert_no_error (error);
  events = wmk_calendar_collect (f->plan, "2023-03-01", "2023-03-31", NULL, NULL);
  g_assert_null (find_entity (events, WMK_CALENDAR_LOG_ITEM_DUE, "log-2023-01-2"));
}

/* What the calendar shows for a range, one line per event. */
static char *
describe (WmkPlan *plan, const char *from, const char *to, const char *body, const char *workstream)
{
  g_autoptr(GPtrArray) events = wmk_calendar_collect (plan, from, to, body, workstream);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < events->len; i++)
    g_string_append_printf (text, "%s %d %s %s\n", wmk_calendar_event_get_date (events->pdata[i]),
                            wmk_calendar_event_get_kind (events->pdata[i]),
                            wmk_calendar_event_get_entity_id (events->pdata[i]),
                            wmk_calendar_event_get_title (events->pdata[i]));
  return g_string_free (text, FALSE);
}

/* The same as a fresh copy of the plan, opened from its file, shows. */
static void
assert_as_fresh (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_autoptr(WmkPlan) fresh = wmk_plan_open (path, &error);
  g_autofree char *ours = describe (f->plan, "2022-01-01", "2025-12-31", NULL, NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *ours_c = describe (f->plan, "2023-01-01", "2024-12-31", NULL, "ws-c");
  g_autofree char *theirs_c = NULL;

  g_assert_no_error (error);
  theirs = describe (fresh, "2022-01-01", "2025-12-31", NULL, NULL);
  theirs_c = describe (fresh, "2023-01-01", "2024-12-31", NULL, "ws-c");
  g_assert_cmpstr (ours, ==, theirs);
  g_assert_cmpstr (ours_c, ==, theirs_c);
}

/* The calendar keeps an index of the plan's dates between calls: after
 * every kind of edit it shows what a fresh reading of the plan shows. */
static void
test_index_follows_edits (Fixture *f, gconstpointer data)
{
  GListModel *actions = wmk_plan_get_items (f->plan, "action");
  g_autoptr(WmkEntity) first = g_list_model_get_item (actions, 0);
  g_autoptr(WmkEntity) tenth = g_list_model_get_item (actions, 10);
  const char *first_id = wmk_entity_get_id (first);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = wmk_calendar_collect (f->plan, "2023-06-01", "2023-06-30", NULL, NULL);
  g_autoptr(GPtrArray) june = NULL;
  g_autofree char *created = NULL;

  g_assert_null (find_entity (before, WMK_CALENDAR_ACTION_DUE, first_id));
  /* A due date moved into June, then a second action onto the same day. */
  wmk_plan_set_string (f->plan, first_id, "due", "2023-06-15", &error);
  g_assert_no_error (error);
  wmk_plan_set_string (f->plan, wmk_entity_get_id (tenth), "due", "2023-06-15", &error);
  g_assert_no_error (error);
  june = wmk_calendar_collect (f->plan, "2023-06-01", "2023-06-30", NULL, NULL);
  g_assert_nonnull (find_entity (june, WMK_CALENDAR_ACTION_DUE, first_id));
  assert_as_fresh (f);

  /* A new action, a KPI's targets replaced, an action deleted. */
  {
    g_autoptr(JsonObject) fields = json_object_new ();

    json_object_set_string_member (fields, "parent", wmk_entity_get_parent_id (first));
    json_object_set_string_member (fields, "text", "A new action");
    json_object_set_string_member (fields, "due", "2023-06-15");
    created = wmk_plan_create (f->plan, "action", fields, "Add an action", &error);
    g_assert_no_error (error);
  }
  set_json (f->plan, "kpi-a2", "targets",
            "[{\"date\": \"2023-06-15\", \"value\": 50}, {\"date\": \"2023-06-15\", \"value\": 60}]");
  wmk_plan_delete (f->plan, wmk_entity_get_id (tenth), "Delete", &error);
  g_assert_no_error (error);
  assert_as_fresh (f);

  /* Undo, redo, and a change to a workstream (which rebuilds). */
  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_assert_true (wmk_plan_undo (f->plan, &error));
  assert_as_fresh (f);
  g_assert_true (wmk_plan_redo (f->plan, &error));
  g_assert_no_error (error);
  wmk_plan_set_string (f->plan, "ws-a", "title", "Strategy", &error);
  g_assert_no_error (error);
  assert_as_fresh (f);
  {
    g_autoptr(GPtrArray) events = wmk_calendar_collect (f->plan, "2023-06-15", "2023-06-15", NULL, NULL);
    g_assert_nonnull (find_entity (events, WMK_CALENDAR_ACTION_DUE, created));
    g_assert_nonnull (find_entity (events, WMK_CALENDAR_KPI_TARGET, "kpi-a2"));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wmk/recurrence/month-ends", test_month_ends);
  g_test_add_func ("/wmk/recurrence/nth-weekday", test_nth_weekday);
  g_test_add_func ("/wmk/recurrence/summer-time", test_summer_time);
  g_test_add_func ("/wmk/recurrence/bad-rules", test_bad_rules);
#define ADD(path, func) g_test_add (path, Fixture, NULL, sample_set_up, func, sample_tear_down)
  ADD ("/wmk/calendar/sample", test_collect_sample);
  ADD ("/wmk/calendar/filters", test_collect_filters);
  ADD ("/wmk/calendar/kinds", test_collect_kinds);
  ADD ("/wmk/calendar/index-follows-edits", test_index_follows_edits);
#undef ADD

  return g_test_run ();
}
