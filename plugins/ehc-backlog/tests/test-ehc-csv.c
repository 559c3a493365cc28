/* test-ehc-csv.c: reading monthly EHC figures from CSV files
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real files from this folder (figures-good.csv as a spreadsheet saves
 * "CSV UTF-8": a byte order mark, CRLF, quoted cells; figures-bad.csv with a
 * bad cell in most rows), and small texts for the date forms.
 */

#include <math.h>
#include <string.h>

#include "../wmk-ehc-csv.h"

static WmkEhcCsv *
parse_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("EHC_TEST_DATA"), name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  WmkEhcCsv *csv;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  csv = wmk_ehc_csv_parse (text, length, &error);
  g_assert_no_error (error);
  return csv;
}

static void
test_dates (void)
{
  static const struct { const char *text; int year, month; } good[] = {
    { "01/03/2023", 2023, 3 }, { "1/3/23", 2023, 3 }, { "31/03/2023", 2023, 3 },
    { "Mar 2023", 2023, 3 }, { "March 2023", 2023, 3 }, { "Mar-23", 2023, 3 },
    { "1 Mar 2023", 2023, 3 }, { "01-Mar-2023", 2023, 3 }, { "2023-03", 2023, 3 },
    { "2023-03-01", 2023, 3 }, { "03/2023", 2023, 3 }, { "sept 2024", 2024, 9 },
    { " Dec 2023 ", 2023, 12 }, { "29/02/2024", 2024, 2 },
  };
  static const char *const bad[] = {
    "", "13/13/2023", "31/02/2023", "29/02/2023", "Marc 2023", "2023", "March", "12a",
    "01/03/2023 extra", "Mar Apr 2023",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i].text);
      g_assert_cmpint (wmk_ehc_parse_month (good[i].text), ==,
                       good[i].year * 12 + good[i].month - 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_cmpint (wmk_ehc_parse_month (bad[i]), ==, -1);
    }
}

/* The headers are matched to figures; quoted "8,620" is 8,620; the quoted
 * note keeps its comma and quotes. */
static void
test_good_file (void)
{
  g_autoptr(WmkEhcCsv) csv = parse_file ("figures-good.csv");
  int mapping[WMK_EHC_CSV_N_TARGETS];
  g_autoptr(WmkEhcCsvCheck) check = NULL;
  const WmkEhcMonth *m;

  g_assert_cmpuint (wmk_ehc_csv_get_n_columns (csv), ==, 12);
  g_assert_cmpstr (wmk_ehc_csv_get_header (csv, 0), ==, "Month"); /* no byte order mark */
  g_assert_cmpuint (wmk_ehc_csv_get_n_rows (csv), ==, 3);
  wmk_ehc_csv_guess_mapping (csv, mapping);
  for (guint t = 0; t < WMK_EHC_CSV_N_TARGETS; t++)
    g_assert_cmpint (mapping[t], ==, (int) t);

  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpuint (check->problems->len, ==, 0);
  g_assert_cmpuint (check->bad_rows, ==, 0);
  g_assert_cmpuint (check->months->len, ==, 3);
  m = &g_array_index (check->months, WmkEhcMonth, 0);
  g_assert_cmpint (m->index, ==, 2024 * 12 + 6);
  g_assert_cmpfloat (m->figure[WMK_EHC_EHC_PLANS], ==, 8620);
  g_assert_cmpfloat (m->figure[WMK_EHC_CASEWORKER_FTE], ==, 42.5);
  g_assert_cmpfloat (m->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE], ==, 125);
  g_assert_null (check->notes->pdata[0]);
  g_assert_cmpstr (check->notes->pdata[1], ==, "Summer: fewer panels, \"as expected\"");
  g_assert_cmpint (g_array_index (check->months, WmkEhcMonth, 2).index, ==, 2024 * 12 + 8);
}

/* Each bad cell named by row (the header is row 1) and column; a bad row is
 * left out whole; the empty row is skipped without a word. */
static void
test_bad_file (void)
{
  g_autoptr(WmkEhcCsv) csv = parse_file ("figures-bad.csv");
  int mapping[WMK_EHC_CSV_N_TARGETS];
  g_autoptr(WmkEhcCsvCheck) check = NULL;
  static const char *const expected[] = {
    "Row 7, column “Issued”: “12a” is not a number",
    "Row 8, column “Month”: “31/02/2023” is not a month (write 01/03/2023, Mar 2023 or 2023-03)",
    "Row 10, column “Assessment backlog”: “-3” is below zero",
    "Row 11, column “EP advice waiting”: “300.5” is not a whole number",
    "Row 11: “Within 20 weeks” (90) is more than “Issued” (82)",
    "Row 12, column “Month”: March 2023 is also in row 4",
  };

  wmk_ehc_csv_guess_mapping (csv, mapping);
  g_assert_cmpint (mapping[WMK_EHC_CSV_NOTE], ==, -1);
  check = wmk_ehc_csv_check (csv, mapping);
  for (guint i = 0; i < check->problems->len; i++)
    g_test_message ("%s", (char *) check->problems->pdata[i]);
  g_assert_cmpuint (check->problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (check->problems->pdata[i], ==, expected[i]);
  g_assert_cmpuint (check->bad_rows, ==, 5);
  g_assert_cmpuint (check->empty_rows, ==, 1);
  g_assert_cmpuint (check->months->len, ==, 6); /* Jan to May, and November */
  g_assert_cmpint (g_array_index (check->months, WmkEhcMonth, 0).index, ==, 2023 * 12);
  g_assert_cmpint (g_array_index (check->months, WmkEhcMonth, 5).index, ==, 2023 * 12 + 10);

  /* The person reads column 3 as nothing: row 7's "12a" no longer matters and
   * row 11's 90 within 20 weeks has nothing to be more than (its EP figure is
   * still bad). */
  mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_ASSESSMENTS_ISSUED)] = -1;
  g_clear_pointer (&check, wmk_ehc_csv_check_free);
  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpuint (check->bad_rows, ==, 4);
  g_assert_cmpuint (check->months->len, ==, 7);
  g_assert_true (isnan (g_array_index (check->months, WmkEhcMonth, 5).figure[WMK_EHC_ASSESSMENTS_ISSUED]));
}

static void
test_mapping_and_delimiters (void)
{
  const char *text = "Reporting month;Overdue annual reviews;Backlog;Something else\n"
                     "Mar-23;1455;470;x\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEhcCsv) csv = wmk_ehc_csv_parse (text, -1, &error);
  g_autoptr(WmkEhcCsvCheck) check = NULL;
  int mapping[WMK_EHC_CSV_N_TARGETS];

  g_assert_no_error (error);
  g_assert_cmpuint (wmk_ehc_csv_get_n_columns (csv), ==, 4);
  wmk_ehc_csv_guess_mapping (csv, mapping);
  g_assert_cmpint (mapping[WMK_EHC_CSV_MONTH], ==, 0);
  g_assert_cmpint (mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_ANNUAL_REVIEWS_OVERDUE)], ==, 1);
  g_assert_cmpint (mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_ASSESSMENT_BACKLOG)], ==, 2);
  g_assert_cmpint (mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_REQUESTS_RECEIVED)], ==, -1);
  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpuint (check->months->len, ==, 1);
  g_assert_true (isnan (g_array_index (check->months, WmkEhcMonth, 0).figure[0]));

  /* No month column: every row says so. */
  mapping[WMK_EHC_CSV_MONTH] = -1;
  g_clear_pointer (&check, wmk_ehc_csv_check_free);
  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpstr (check->problems->pdata[0], ==, "Row 2: no column is read as the month");
}

static void
test_broken_files (void)
{
  g_autoptr(GError) error = NULL;
  WmkEhcCsv *csv;
  /* Windows-1252, as older Excel saves "CSV": "£" is 0xA3. */
  const char latin[] = "Month,Note\nMar 2023,\xa3" "5k agency\n";
  int mapping[WMK_EHC_CSV_N_TARGETS];
  g_autoptr(WmkEhcCsvCheck) check = NULL;

  csv = wmk_ehc_csv_parse ("", -1, &error);
  g_assert_null (csv);
  g_assert_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  csv = wmk_ehc_csv_parse ("Month,Note\n\"Mar 2023,oops\n", -1, &error);
  g_assert_null (csv);
  g_assert_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "The file ends inside a quoted cell that starts on row 2.");
  g_clear_error (&error);

  csv = wmk_ehc_csv_parse (latin, -1, &error);
  g_assert_no_error (error);
  wmk_ehc_csv_guess_mapping (csv, mapping);
  check = wmk_ehc_csv_check (csv, mapping);
  g_assert_cmpstr (check->notes->pdata[0], ==, "£5k agency");
  wmk_ehc_csv_free (csv);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ehc/csv/dates", test_dates);
  g_test_add_func ("/ehc/csv/good-file", test_good_file);
  g_test_add_func ("/ehc/csv/bad-file", test_bad_file);
  g_test_add_func ("/ehc/csv/mapping-and-delimiters", test_mapping_and_delimiters);
  g_test_add_func ("/ehc/csv/broken-files", test_broken_files);
  return g_test_run ();
}
