/* test-comms-stats.c: the communication standards plugin's calculations, by worked examples
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Working days against the published England and Wales bank holidays,
 * compliance with a standard, the monthly share of complaints about
 * communication, the B-KPI2 feed, the tile, the report section and the
 * sample, each on a real plan in a temporary folder (the plugin loaded from
 * the build tree, so the plan knows its types).
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include <waymark.h>

#include "../wmk-comms-plugin.h"
#include "../wmk-comms-stats.h"
#include "../wmk-comms-types.h"
#include "../wmk-comms-working-days.h"

typedef struct
{
  char    *dir;
  WmkPlan *plan;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("wmk-comms-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan.waymark", NULL);
  f->plan = wmk_plan_new_empty (path, "Test plan", "Test Author", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->plan);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GDate *
day (const char *iso)
{
  GDate *date = g_date_new ();

  g_date_set_parse (date, iso);
  g_assert_true (g_date_valid (date));
  return date;
}

static gboolean
holiday (const char *iso)
{
  g_autoptr(GDate) date = day (iso);

  return wmk_comms_is_bank_holiday (date);
}

/* The gov.uk lists for 2020 to 2024, and the rules on later years. */
static void
test_bank_holidays (void)
{
  const char *holidays[] = {
    "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
    "2020-12-25", "2020-12-28",
    "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
    "2021-12-27", "2021-12-28",
    "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
    "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
    "2023-08-28", "2023-12-25", "2023-12-26",
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    "2026-12-25", "2026-12-28",
  };
  const char *not_holidays[] = {
    "2020-05-04", "2022-05-30", "2021-12-24", "2022-01-01", "2023-05-02", "2026-12-26",
    "2023-03-17", "2024-04-02",
  };
  g_autoptr(GDate) saturday = day ("2023-06-03");
  g_autoptr(GDate) coronation = day ("2023-05-08");
  g_autoptr(GDate) tuesday = day ("2023-05-09");

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      g_test_message ("%s", holidays[i]);
      g_assert_true (holiday (holidays[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_holidays); i++)
    {
      g_test_message ("%s", not_holidays[i]);
      g_assert_false (holiday (not_holidays[i]));
    }
  g_assert_false (wmk_comms_is_working_day (saturday));
  g_assert_false (wmk_comms_is_working_day (coronation));
  g_assert_true (wmk_comms_is_working_day (tuesday));
}

static void
test_working_days (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  /* Same day, and over a weekend. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-06-07", "2023-06-07"), ==, 0);
  g_assert_cmpint (wmk_comms_working_days_between ("2023-06-09", "2023-06-12"), ==, 1);
  g_assert_cmpint (wmk_comms_working_days_between ("2023-06-10", "2023-06-11"), ==, 0);
  /* Christmas: Fri 22 Dec 2023 to Wed 3 Jan 2024 is 27, 28, 29 Dec, 2, 3 Jan. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-12-22", "2024-01-03"), ==, 5);
  /* Easter 2023: Thu 6 April to Wed 12 April is 11 and 12 April. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-04-06", "2023-04-12"), ==, 2);
  /* The coronation: Fri 5 May to Tue 9 May 2023 is 1. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-05-05", "2023-05-09"), ==, 1);
  /* A month of 2023: June has 22 working days. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-05-31", "2023-06-30"), ==, 22);
  /* Backwards or not a date. */
  g_assert_cmpint (wmk_comms_working_days_between ("2023-06-12", "2023-06-09"), ==, -1);
  g_assert_cmpint (wmk_comms_working_days_between ("June", "2023-06-09"), ==, -1);

  a = wmk_comms_add_working_days ("2023-12-22", 5);
  g_assert_cmpstr (a, ==, "2024-01-03");
  b = wmk_comms_add_working_days ("2023-05-05", 1);
  g_assert_cmpstr (b, ==, "2023-05-09");
  c = wmk_comms_add_working_days ("2023-06-07", 0);
  g_assert_cmpstr (c, ==, "2023-06-07");
  g_assert_null (wmk_comms_add_working_days ("soon", 1));
}

static char *
add (WmkPlan *plan, const char *type, const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = wmk_json_parse (json, -1, &error);
  char *id;

  g_assert_no_error (error);
  id = wmk_plan_create (plan, type, json_node_get_object (node), "Add", &error);
  g_assert_no_error (error);
  return id;
}

static void
contact (WmkPlan *plan, const char *service, const char *channel, const char *received,
         const char *responded, int count, gboolean complaint, gboolean about)
{
  g_autofree char *json = g_strdup_printf (
    "{\"service\": \"%s\", \"channel\": \"%s\", \"received\": \"%s\", \"responded\": %s%s%s, "
    "\"count\": %d, \"complaint\": %s, \"about_communication\": %s}",
    service, channel, received, responded ? "\"" : "", responded ? responded : "null",
    responded ? "\"" : "", count, complaint ? "true" : "false", about ? "true" : "false");
  g_autofree char *id = add (plan, WMK_COMMS_CONTACT, json);
}

/* The worked example of docs/plugins.md. */
static void
test_compliance (Fixture *f, gconstpointer data)
{
  g_autofree char *id = add (f->plan, WMK_COMMS_STANDARD,
                             "{\"service\": \"SEND 0-25 team\", \"channel\": \"phone\", "
                             "\"target\": 2, \"target_unit\": \"working_days\"}");
  WmkEntity *standard = wmk_plan_lookup (f->plan, id);
  GListModel *contacts = wmk_plan_get_items (f->plan, WMK_COMMS_CONTACT);
  g_autofree char *since = NULL;
  WmkCommsCompliance c;

  g_assert_null (wmk_comms_recent_start (contacts, 3));
  contact (f->plan, "SEND 0-25 team", "phone", "2023-12-22", "2023-12-28", 3, FALSE, FALSE);
  contact (f->plan, "SEND 0-25 team", "phone", "2023-12-22", "2023-12-29", 1, TRUE, TRUE);
  contact (f->plan, "SEND 0-25 team", "phone", "2024-01-03", NULL, 2, FALSE, FALSE);
  contact (f->plan, "SEND 0-25 team", "phone", "2024-01-02", NULL, 1, FALSE, FALSE);
  contact (f->plan, " send 0-25 TEAM ", "phone", "2024-01-04", "2024-01-04", 1, FALSE, FALSE);
  contact (f->plan, "Educational psychology", "phone", "2024-01-04", "2024-02-04", 5, FALSE,
           FALSE);
  contact (f->plan, "SEND 0-25 team", "email", "2024-01-04", "2024-02-04", 5, FALSE, FALSE);

  wmk_comms_compliance_for_standard (standard, contacts, NULL, "2024-01-05", &c);
  g_assert_cmpuint (c.answered, ==, 5);
  g_assert_cmpuint (c.within, ==, 4);
  g_assert_cmpuint (c.late_open, ==, 1);
  g_assert_cmpuint (c.waiting, ==, 2);
  g_assert_cmpfloat_with_epsilon (c.percent, 400.0 / 6, 1e-9);
  g_assert_cmpint (c.level, ==, WMK_COMMS_LEVEL_MISSED);

  /* A week later both open ones are late: 4 of 8. */
  wmk_comms_compliance_for_standard (standard, contacts, NULL, "2024-01-12", &c);
  g_assert_cmpuint (c.late_open, ==, 3);
  g_assert_cmpuint (c.waiting, ==, 0);
  g_assert_cmpfloat_with_epsilon (c.percent, 50.0, 1e-9);

  /* Only January's: 1 in time, 1 late and open, 2 waiting. */
  since = wmk_comms_recent_start (contacts, 1);
  g_assert_cmpstr (since, ==, "2024-01-01");
  wmk_comms_compliance_for_standard (standard, contacts, since, "2024-01-05", &c);
  g_assert_cmpuint (c.answered, ==, 1);
  g_assert_cmpuint (c.late_open, ==, 1);
  g_assert_cmpuint (c.waiting, ==, 2);
  g_assert_cmpfloat_with_epsilon (c.percent, 50.0, 1e-9);
  g_clear_pointer (&since, g_free);
  since = wmk_comms_recent_start (contacts, 3);
  g_assert_cmpstr (since, ==, "2023-11-01");

  g_assert_cmpint (wmk_comms_level_for_percent (90), ==, WMK_COMMS_LEVEL_MET);
  g_assert_cmpint (wmk_comms_level_for_percent (89.9), ==, WMK_COMMS_LEVEL_CLOSE);
  g_assert_cmpint (wmk_comms_level_for_percent (75), ==, WMK_COMMS_LEVEL_CLOSE);
  g_assert_cmpint (wmk_comms_level_for_percent (74.9), ==, WMK_COMMS_LEVEL_MISSED);
  g_assert_cmpint (wmk_comms_level_for_percent (NAN), ==, WMK_COMMS_LEVEL_NO_DATA);
}

/* Hours are whole days: under 24 the same working day, 24 to 47 the next. */
static void
test_hours (Fixture *f, gconstpointer data)
{
  g_autofree char *four = add (f->plan, WMK_COMMS_STANDARD,
                               "{\"service\": \"Line\", \"channel\": \"message\", "
                               "\"target\": 4, \"target_unit\": \"hours\"}");
  g_autofree char *day_ = add (f->plan, WMK_COMMS_STANDARD,
                               "{\"service\": \"Line\", \"channel\": \"message\", "
                               "\"target\": 24, \"target_unit\": \"hours\"}");
  g_autofree char *none = add (f->plan, WMK_COMMS_STANDARD,
                               "{\"service\": \"Line\", \"channel\": \"message\"}");
  GListModel *contacts = wmk_plan_get_items (f->plan, WMK_COMMS_CONTACT);
  WmkCommsCompliance c;

  g_assert_cmpint (wmk_comms_allowed_working_days (wmk_plan_lookup (f->plan, four)), ==, 0);
  g_assert_cmpint (wmk_comms_allowed_working_days (wmk_plan_lookup (f->plan, day_)), ==, 1);
  g_assert_cmpint (wmk_comms_allowed_working_days (wmk_plan_lookup (f->plan, none)), ==, -1);

  /* Friday, answered Friday; Friday, answered Monday. */
  contact (f->plan, "Line", "message", "2023-06-09", "2023-06-09", 1, FALSE, FALSE);
  contact (f->plan, "Line", "message", "2023-06-09", "2023-06-12", 1, FALSE, FALSE);
  wmk_comms_compliance_for_standard (wmk_plan_lookup (f->plan, four), contacts, NULL, "2023-07-01", &c);
  g_assert_cmpfloat_with_epsilon (c.percent, 50.0, 1e-9);
  wmk_comms_compliance_for_standard (wmk_plan_lookup (f->plan, day_), contacts, NULL, "2023-07-01", &c);
  g_assert_cmpfloat_with_epsilon (c.percent, 100.0, 1e-9);
  wmk_comms_compliance_for_standard (wmk_plan_lookup (f->plan, none), contacts, NULL, "2023-07-01", &c);
  g_assert_cmpint (c.level, ==, WMK_COMMS_LEVEL_NO_DATA);
}

static void
test_trend (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) trend = NULL;
  const WmkCommsMonth *m;
  g_autofree char *caption = NULL, *figure = NULL;

  contact (f->plan, "Complaints", "email", "2022-11-10", "2022-11-20", 5, TRUE, TRUE);
  contact (f->plan, "Complaints", "email", "2022-11-28", NULL, 19, TRUE, FALSE);
  contact (f->plan, "SEND 0-25 team", "phone", "2022-11-10", NULL, 300, FALSE, FALSE);
  contact (f->plan, "Complaints", "letter", "2023-01-03", NULL, 2, TRUE, TRUE);
  contact (f->plan, "Complaints", "letter", "2023-01-31", NULL, 23, TRUE, FALSE);

  trend = wmk_comms_complaint_trend (wmk_plan_get_items (f->plan, WMK_COMMS_CONTACT));
  g_assert_cmpuint (trend->len, ==, 2);
  m = &g_array_index (trend, WmkCommsMonth, 0);
  g_assert_cmpstr (m->month, ==, "2022-11");
  g_assert_cmpuint (m->complaints, ==, 24);
  g_assert_cmpuint (m->about_communication, ==, 5);
  g_assert_cmpfloat_with_epsilon (m->percent, 500.0 / 24, 1e-9);
  m = &g_array_index (trend, WmkCommsMonth, 1);
  g_assert_cmpstr (m->month, ==, "2023-01");
  g_assert_cmpfloat_with_epsilon (m->percent, 8.0, 1e-9);

  /* The plan's line: 21% on 30 Nov 2021, 5% on 30 Sep 2023 (669 days). */
  g_assert_cmpfloat_with_epsilon (wmk_comms_expected_percent ("2021-01-01"), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (wmk_comms_expected_percent ("2021-11-30"), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (wmk_comms_expected_percent ("2022-10-30"), 21 - 16.0 * 334 / 669,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (wmk_comms_expected_percent ("2023-09-30"), 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (wmk_comms_expected_percent ("2025-01-01"), 5, 1e-9);
  g_assert_true (isnan (wmk_comms_expected_percent ("later")));

  figure = wmk_comms_tile_figure (f->plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "8%");
  g_assert_cmpstr (caption, ==, "2 of 25 complaints in January 2023; 21% at the start, target 5% "
                                "by September 2023");
}

static void
test_tile_empty (Fixture *f, gconstpointer data)
{
  g_autofree char *caption = NULL;
  g_autofree char *figure = wmk_comms_tile_figure (f->plan, &caption, NULL);

  g_assert_cmpstr (figure, ==, "–");
  g_assert_nonnull (strstr (caption, "No complaints logged yet"));
}

/* B-KPI2: the EHC process's standards only, by month, dated the month's end. */
static void
test_feed (Fixture *f, gconstpointer data)
{
  g_autofree char *ehc = add (f->plan, WMK_COMMS_STANDARD,
                              "{\"service\": \"SEND 0-25 team\", \"channel\": \"email\", "
                              "\"target\": 3, \"target_unit\": \"working_days\", "
                              "\"ehc_process\": true}");
  g_autofree char *other = add (f->plan, WMK_COMMS_STANDARD,
                                "{\"service\": \"Information line\", \"channel\": \"phone\", "
                                "\"target\": 1, \"target_unit\": \"working_days\"}");
  g_autoptr(GArray) values = NULL;

  /* November: 3 of 4 in time. December: 1 of 1. The line's contacts don't count. */
  contact (f->plan, "SEND 0-25 team", "email", "2023-11-06", "2023-11-09", 3, FALSE, FALSE);
  contact (f->plan, "SEND 0-25 team", "email", "2023-11-06", "2023-11-10", 1, FALSE, FALSE);
  contact (f->plan, "Information line", "phone", "2023-11-06", "2023-11-20", 50, FALSE, FALSE);
  contact (f->plan, "SEND 0-25 team", "email", "2023-12-01", "2023-12-01", 1, FALSE, FALSE);

  values = wmk_comms_feed_compute (f->plan, NULL);
  g_assert_cmpuint (values->len, ==, 2);
  g_assert_cmpstr (g_array_index (values, WmkKpiFeedValue, 0).date, ==, "2023-11-30");
  g_assert_cmpfloat_with_epsilon (g_array_index (values, WmkKpiFeedValue, 0).value, 75, 1e-9);
  g_assert_cmpstr (g_array_index (values, WmkKpiFeedValue, 1).date, ==, "2023-12-31");
  g_assert_cmpfloat_with_epsilon (g_array_index (values, WmkKpiFeedValue, 1).value, 100, 1e-9);
}

static void
test_sample (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = NULL, values = NULL;
  g_autoptr(WmkDocument) document = wmk_document_new ("Report");
  g_autoptr(GBytes) html = NULL;
  g_autofree char *caption = NULL, *figure = NULL;
  const char *text;

  g_assert_true (wmk_comms_sample_fill (f->plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan, WMK_COMMS_STANDARD)),
                    ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan, WMK_COMMS_YOU_SAID)),
                    ==, 6);

  /* 21% of complaints at the start, falling towards 5%. */
  trend = wmk_comms_complaint_trend (wmk_plan_get_items (f->plan, WMK_COMMS_CONTACT));
  g_assert_cmpuint (trend->len, ==, 12);
  g_assert_cmpstr (g_array_index (trend, WmkCommsMonth, 0).month, ==, "2022-11");
  g_assert_cmpint ((int) round (g_array_index (trend, WmkCommsMonth, 0).percent), ==, 21);
  g_assert_cmpstr (g_array_index (trend, WmkCommsMonth, 11).month, ==, "2023-10");
  g_assert_cmpint ((int) round (g_array_index (trend, WmkCommsMonth, 11).percent), ==, 8);
  figure = wmk_comms_tile_figure (f->plan, &caption, NULL);
  g_assert_cmpstr (figure, ==, "8%");

  /* The EHC process answers in time more often as the year goes on. */
  values = wmk_comms_feed_compute (f->plan, NULL);
  g_assert_cmpuint (values->len, ==, 12);
  g_test_message ("B-KPI2 from %.1f%% to %.1f%%", g_array_index (values, WmkKpiFeedValue, 0).value,
                  g_array_index (values, WmkKpiFeedValue, 11).value);
  g_assert_cmpfloat (g_array_index (values, WmkKpiFeedValue, 0).value, <, 70);
  g_assert_cmpfloat (g_array_index (values, WmkKpiFeedValue, 11).value, >, 85);

  wmk_comms_report_write (f->plan, document, NULL);
  html = wmk_document_to_html (document);
  text = g_bytes_get_data (html, NULL);
  g_assert_nonnull (strstr (text, "Illustrative figures, not Devon’s data"));
  g_assert_nonnull (strstr (text, "In October 2023, 8% of complaints (2 of 24) were about "
                                  "communication"));
  g_assert_nonnull (strstr (text, "Compliance with each service standard"));
  g_assert_nonnull (strstr (text, "You said, we did"));

  /* One edit: one undo takes it all back. */
  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (f->plan, WMK_COMMS_CONTACT)),
                    ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The plugin from the build tree ($WAYMARK_PLUGIN_PATH): plans then know its types. */
  wmk_plugins_load_default (NULL);

  g_test_add_func ("/comms/bank-holidays", test_bank_holidays);
  g_test_add_func ("/comms/working-days", test_working_days);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/comms/compliance", test_compliance);
  ADD ("/comms/hours", test_hours);
  ADD ("/comms/trend", test_trend);
  ADD ("/comms/tile-empty", test_tile_empty);
  ADD ("/comms/feed", test_feed);
  ADD ("/comms/sample", test_sample);
#undef ADD
  return g_test_run ();
}
