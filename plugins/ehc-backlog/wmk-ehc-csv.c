/* wmk-ehc-csv.c: monthly EHC figures read from a CSV file
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures usually come from a spreadsheet the 0-25 team keeps, so the
 * file is read the way a spreadsheet writes it: a header row, commas (or
 * semicolons or tabs, if the header has no comma), quoted cells, UTF-8 or
 * Windows-1252, en-GB dates in any of the usual forms (01/03/2023,
 * Mar 2023, Mar-23, March 2023, 2023-03). Columns are matched to figures by
 * their header, and the person can change the match. Every bad cell is named
 * by its row (as the spreadsheet numbers it: the header is row 1) and its
 * column's header. Nothing touches the plan until wmk_ehc_csv_apply(), which
 * adds the good rows as one undoable edit, updating months already there.
 */

#include "wmk-ehc-csv.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

G_DEFINE_QUARK (wmk-ehc-csv-error-quark, wmk_ehc_csv_error)

struct _WmkEhcCsv
{
  GPtrArray *header;  /* char* */
  GPtrArray *rows;    /* GPtrArray of char* */
  GArray    *lines;   /* the spreadsheet row number of each row */
};

static const char *const synonyms[WMK_EHC_CSV_N_TARGETS][8] = {
  { "month", "date", "period", "month ending", "reporting month", NULL },
  { "requests", "requests received", "ehc requests", "new requests", "requests for assessment",
    NULL },
  { "issued", "plans issued", "ehc plans issued", "assessments issued", "new plans issued",
    "ehcps issued", "new ehc plans", NULL },
  { "within 20 weeks", "issued within 20 weeks", "in 20 weeks", "20 weeks", "on time",
    "issued in time", "plans issued within 20 weeks", NULL },
  { "reviews due", "annual reviews due", "ar due", NULL },
  { "reviews completed", "annual reviews completed", "ar completed", "reviews done", NULL },
  { "overdue", "reviews overdue", "annual reviews overdue", "overdue reviews", "ar overdue",
    "overdue annual reviews", NULL },
  { "assessment backlog", "backlog", "assessments waiting", "needs assessments waiting",
    "waiting assessments", "assessments in backlog", NULL },
  { "caseworkers", "caseworker fte", "fte", "caseworkers fte", "caseworkers (fte)", NULL },
  { "ehc plans", "plans maintained", "ehc plans maintained", "caseload", "total plans", NULL },
  { "ep advice waiting", "waiting for ep advice", "ep waits", "ep advice", "ep waiting", NULL },
  { "note", "notes", "comment", "comments", NULL },
};

void
wmk_ehc_csv_free (WmkEhcCsv *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->header);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->lines);
  g_free (self);
}

/* Splits @text into records of cells; quoted cells may hold the delimiter,
 * newlines and "" for a quote. */
static gboolean
split_records (WmkEhcCsv *self, const char *text, char delimiter, GError **error)
{
  g_autoptr(GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE, any = FALSE;
  guint line = 1, record_line = 1;
  const char *p = text;

  for (;; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            return g_set_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_SYNTAX,
                                _("The file ends inside a quoted cell that starts on row %u."),
                                record_line), FALSE;
          if (c == '"' && p[1] == '"')
            g_string_append_c (cell, '"'), p++;
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (cell, c);
            }
          continue;
        }
      if (c == '"' && cell->len == 0)
        quoted = any = TRUE;
      else if (c == delimiter)
        {
          g_ptr_array_add (record, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          any = TRUE;
        }
      else if (c == '\n' || c == '\0' || (c == '\r' && p[1] == '\n'))
        {
          if (c == '\r')
            p++;
          if (any || cell->len > 0)
            {
              g_ptr_array_add (record, g_strdup (cell->str));
              if (self->header == NULL)
                self->header = g_steal_pointer (&record);
              else
                {
                  g_ptr_array_add (self->rows, g_steal_pointer (&record));
                  g_array_append_val (self->lines, record_line);
                }
              record = g_ptr_array_new_with_free_func (g_free);
            }
          g_string_truncate (cell, 0);
          any = FALSE;
          if (*p == '\0')
            break;
          record_line = ++line;
        }
      else
        g_string_append_c (cell, c);
    }
  return TRUE;
}

/**
 * wmk_ehc_csv_parse:
 *
 * Returns: (transfer full) (nullable): the file's header and rows, or %NULL
 *   with @error set to a sentence for a person
 */
WmkEhcCsv *
wmk_ehc_csv_parse (const char *text, gssize length, GError **error)
{
  g_autoptr(WmkEhcCsv) self = g_new0 (WmkEhcCsv, 1);
  g_autofree char *utf8 = NULL;
  const char *start, *eol;
  char delimiter = ',';

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (g_utf8_validate (text, length, NULL))
    utf8 = g_strndup (text, length);
  else if ((utf8 = g_convert (text, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)) == NULL)
    {
      g_set_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_SYNTAX,
                   _("The file is not text: save it from the spreadsheet as “CSV UTF-8”."));
      return NULL;
    }
  start = g_str_has_prefix (utf8, "\xEF\xBB\xBF") ? utf8 + 3 : utf8;
  /* The delimiter: a comma unless the header line has none but a semicolon or tab. */
  eol = strchr (start, '\n');
  {
    g_autofree char *first = eol ? g_strndup (start, eol - start) : g_strdup (start);

    if (!strchr (first, ','))
      delimiter = strchr (first, ';') ? ';' : strchr (first, '\t') ? '\t' : ',';
  }
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!split_records (self, start, delimiter, error))
    return NULL;
  if (self->header == NULL)
    {
      self->header = g_ptr_array_new_with_free_func (g_free);
      g_set_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  for (guint i = 0; i < self->header->len; i++)
    g_strstrip (self->header->pdata[i]);
  return g_steal_pointer (&self);
}

guint
wmk_ehc_csv_get_n_columns (WmkEhcCsv *self)
{
  return self->header->len;
}

const char *
wmk_ehc_csv_get_header (WmkEhcCsv *self, guint column)
{
  g_return_val_if_fail (column < self->header->len, NULL);
  return self->header->pdata[column];
}

guint
wmk_ehc_csv_get_n_rows (WmkEhcCsv *self)
{
  return self->rows->len;
}

/* The name of what a column can be read as, for the mapping's choices. */
const char *
wmk_ehc_csv_target_label (guint target)
{
  g_return_val_if_fail (target < WMK_EHC_CSV_N_TARGETS, NULL);
  if (target == WMK_EHC_CSV_MONTH)
    return _("Month");
  if (target == WMK_EHC_CSV_NOTE)
    return _("Note");
  return wmk_ehc_figure_label (target - 1);
}

/* "Issued (within 20 wks)" → "issued within 20 wks": words only, lower case. */
static char *
normalise (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, *p);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
header_matches (const char *header, guint target)
{
  g_autofree char *name = normalise (header);

  for (guint s = 0; synonyms[target][s]; s++)
    {
      g_autofree char *synonym = normalise (synonyms[target][s]);

      if (g_str_equal (name, synonym))
        return TRUE;
    }
  if (target > WMK_EHC_CSV_MONTH && target < WMK_EHC_CSV_NOTE)
    {
      g_autofree char *field = g_strdelimit (g_strdup (wmk_ehc_figure_field (target - 1)), "_", ' ');
      g_autofree char *label = normalise (wmk_ehc_figure_label (target - 1));

      return g_str_equal (name, field) || g_str_equal (name, label);
    }
  return FALSE;
}

/**
 * wmk_ehc_csv_guess_mapping:
 * @mapping: (out): for each target, the column matched by its header, or -1
 */
void
wmk_ehc_csv_guess_mapping (WmkEhcCsv *self, int *mapping)
{
  for (guint t = 0; t < WMK_EHC_CSV_N_TARGETS; t++)
    {
      mapping[t] = -1;
      for (guint c = 0; c < self->header->len && mapping[t] < 0; c++)
        {
          gboolean taken = FALSE;

          for (guint u = 0; u < t; u++)
            taken |= mapping[u] == (int) c;
          if (!taken && header_matches (self->header->pdata[c], t))
            mapping[t] = c;
        }
    }
}

static int
month_number (const char *word)
{
  static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec" };
  static const char *const long_names[] = { "january", "february", "march", "april", "may",
                                            "june", "july", "august", "september", "october",
                                            "november", "december" };
  g_autofree char *lower = g_ascii_strdown (word, -1);

  for (int m = 0; m < 12; m++)
    if (g_str_equal (lower, names[m]) || g_str_equal (lower, long_names[m])
        || (m == 8 && g_str_equal (lower, "sept")))
      return m + 1;
  return 0;
}

static int
full_year (const char *digits)
{
  int year = atoi (digits);

  return strlen (digits) == 2 ? 2000 + year : strlen (digits) == 4 ? year : -1;
}

/**
 * wmk_ehc_parse_month:
 * @text: a month or a day in it, as a person in the UK writes it:
 *   "01/03/2023", "1/3/23", "03/2023", "Mar 2023", "March 2023", "Mar-23",
 *   "1 Mar 2023", "2023-03", "2023-03-01"
 *
 * Returns: the month index, or -1 if @text is no date
 */
int
wmk_ehc_parse_month (const char *text)
{
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  int year = -1, month = 0, day = 0, numbers = 0, words = 0;
  const char *num[3] = { NULL };

  if (text == NULL)
    return -1;
  tokens = g_strsplit_set (text, " /-.,", -1);
  for (guint i = 0; tokens[i]; i++)
    if (*tokens[i])
      g_ptr_array_add (parts, tokens[i]);
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = parts->pdata[i];
      gboolean digits = TRUE;

      for (const char *p = part; *p; p++)
        digits &= g_ascii_isdigit (*p);
      if (digits && numbers < 3 && strlen (part) <= 4)
        num[numbers++] = part;
      else if (!digits && words == 0 && (month = month_number (part)) > 0)
        words++;
      else
        return -1;
    }

  if (words == 1 && numbers == 1)
    year = full_year (num[0]);
  else if (words == 1 && numbers == 2)
    day = atoi (num[0]), year = full_year (num[1]);
  else if (words == 0 && numbers == 3 && strlen (num[0]) == 4)
    year = atoi (num[0]), month = atoi (num[1]), day = atoi (num[2]);
  else if (words == 0 && numbers == 3)
    day = atoi (num[0]), month = atoi (num[1]), year = full_year (num[2]);
  else if (words == 0 && numbers == 2 && strlen (num[0]) == 4)
    year = atoi (num[0]), month = atoi (num[1]);
  else if (words == 0 && numbers == 2 && strlen (num[0]) <= 2 && strlen (num[1]) == 4)
    month = atoi (num[0]), year = atoi (num[1]);
  else
    return -1;

  if (year < 1990 || year > 2200 || month < 1 || month > 12)
    return -1;
  if (day != 0 && (day < 1 || day > g_date_get_days_in_month (month, year)))
    return -1;
  return year * 12 + month - 1;
}

static const char *
cell (GPtrArray *row, int column)
{
  return column >= 0 && (guint) column < row->len ? row->pdata[column] : "";
}

/**
 * wmk_ehc_parse_figure:
 * @value: (out): the figure, or NAN for a blank
 *
 * Reads one figure as a person or a spreadsheet writes it ("1,600").
 *
 * Returns: (transfer full) (nullable): what is wrong with @text ("“12a” is
 *   not a number"), or %NULL if it is a figure or blank
 */
char *
wmk_ehc_parse_figure (const char *text, WmkEhcFigure figure, double *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  *value = NAN;
  if (*trimmed == '\0')
    return NULL;
  /* Thousands written "1,600" or "1 600" by a spreadsheet. */
  for (const char *p = trimmed; *p; p++)
    if (!((*p == ',' || *p == ' ') && g_ascii_isdigit (p[1]) && p > trimmed
          && g_ascii_isdigit (p[-1])))
      g_string_append_c (plain, *p);
  *value = g_ascii_strtod (plain->str, &end);
  if (end == plain->str || *end != '\0' || isnan (*value) || isinf (*value))
    return *value = NAN, g_strdup_printf (_("“%s” is not a number"), trimmed);
  if (*value < 0)
    return *value = NAN, g_strdup_printf (_("“%s” is below zero"), trimmed);
  if (wmk_ehc_figure_is_count (figure) && *value != floor (*value))
    return *value = NAN, g_strdup_printf (_("“%s” is not a whole number"), trimmed);
  return NULL;
}

static void
problem (WmkEhcCsvCheck *check, guint line, const char *column, const char *what)
{
  if (column)
    g_ptr_array_add (check->problems,
                     g_strdup_printf (_("Row %u, column “%s”: %s"), line, column, what));
  else
    g_ptr_array_add (check->problems, g_strdup_printf (_("Row %u: %s"), line, what));
}

void
wmk_ehc_csv_check_free (WmkEhcCsvCheck *check)
{
  if (check == NULL)
    return;
  g_array_unref (check->months);
  g_ptr_array_unref (check->notes);
  g_ptr_array_unref (check->problems);
  g_free (check);
}

/**
 * wmk_ehc_csv_check:
 * @mapping: for each target, the column it is read from, or -1
 *
 * Reads every row with @mapping. A row with any problem is left out whole,
 * so that a month is never imported half right.
 *
 * Returns: (transfer full): the good months and the problems
 */
WmkEhcCsvCheck *
wmk_ehc_csv_check (WmkEhcCsv *self, const int *mapping)
{
  WmkEhcCsvCheck *check = g_new0 (WmkEhcCsvCheck, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL); /* month → line */
  int month_column = mapping[WMK_EHC_CSV_MONTH];

  check->months = g_array_new (FALSE, TRUE, sizeof (WmkEhcMonth));
  check->notes = g_ptr_array_new_with_free_func (g_free);
  check->problems = g_ptr_array_new_with_free_func (g_free);

  for (guint r = 0; r < self->rows->len; r++)
    {
      GPtrArray *row = self->rows->pdata[r];
      guint line = g_array_index (self->lines, guint, r);
      WmkEhcMonth month = { -1 };
      guint before = check->problems->len;
      gboolean empty = TRUE;
      const char *month_text;

      for (guint c = 0; c < row->len; c++)
        empty &= *g_strstrip ((char *) row->pdata[c]) == '\0';
      if (empty)
        {
          check->empty_rows++;
          continue;
        }

      month_text = cell (row, month_column);
      if (month_column < 0)
        problem (check, line, NULL, _("no column is read as the month"));
      else if (*month_text == '\0')
        problem (check, line, self->header->pdata[month_column], _("the month is missing"));
      else if ((month.index = wmk_ehc_parse_month (month_text)) < 0)
        {
          g_autofree char *what = g_strdup_printf (_("“%s” is not a month (write 01/03/2023, "
                                                     "Mar 2023 or 2023-03)"), month_text);
          problem (check, line, self->header->pdata[month_column], what);
        }
      else if (g_hash_table_contains (seen, GINT_TO_POINTER (month.index)))
        {
          g_autofree char *name = wmk_ehc_month_long_name (month.index);
          g_autofree char *what = g_strdup_printf (
            _("%s is also in row %u"), name,
            GPOINTER_TO_UINT (g_hash_table_lookup (seen, GINT_TO_POINTER (month.index))));
          problem (check, line, self->header->pdata[month_column], what);
        }
      else
        g_hash_table_insert (seen, GINT_TO_POINTER (month.index), GUINT_TO_POINTER (line));

      for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
        {
          int column = mapping[WMK_EHC_CSV_FIGURE (f)];
          g_autofree char *what = wmk_ehc_parse_figure (cell (row, column), f, &month.figure[f]);

          if (what)
            problem (check, line, self->header->pdata[column], what);
        }
      if (month.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] > month.figure[WMK_EHC_ASSESSMENTS_ISSUED])
        {
          g_autofree char *within = wmk_ehc_format_count (month.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS]);
          g_autofree char *issued = wmk_ehc_format_count (month.figure[WMK_EHC_ASSESSMENTS_ISSUED]);
          g_autofree char *what = g_strdup_printf (
            _("“%s” (%s) is more than “%s” (%s)"),
            (char *) self->header->pdata[mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_ISSUED_WITHIN_20_WEEKS)]],
            within,
            (char *) self->header->pdata[mapping[WMK_EHC_CSV_FIGURE (WMK_EHC_ASSESSMENTS_ISSUED)]],
            issued);
          problem (check, line, NULL, what);
        }

      if (check->problems->len > before)
        {
          check->bad_rows++;
          continue;
        }
      g_array_append_val (check->months, month);
      g_ptr_array_add (check->notes, mapping[WMK_EHC_CSV_NOTE] >= 0
                                       && *cell (row, mapping[WMK_EHC_CSV_NOTE])
                                       ? g_strdup (cell (row, mapping[WMK_EHC_CSV_NOTE]))
                                       : NULL);
    }
  return check;
}

/* The plan's month item for each month index (the last, if two). */
static GHashTable *
plan_months (WmkPlan *plan)
{
  g_autoptr(GArray) months = wmk_ehc_months_read (plan);
  GHashTable *by_index = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < months->len; i++)
    {
      WmkEhcMonth *m = &g_array_index (months, WmkEhcMonth, i);

      g_hash_table_insert (by_index, GINT_TO_POINTER (m->index), g_strdup (m->id));
    }
  return by_index;
}

/* How many of the good months are new to the plan, and how many it has. */
void
wmk_ehc_csv_count_changes (WmkPlan *plan, WmkEhcCsvCheck *check, guint *n_new,
                           guint *n_updated)
{
  g_autoptr(GHashTable) existing = plan_months (plan);

  *n_new = *n_updated = 0;
  for (guint i = 0; i < check->months->len; i++)
    {
      int index = g_array_index (check->months, WmkEhcMonth, i).index;

      if (g_hash_table_contains (existing, GINT_TO_POINTER (index)))
        (*n_updated)++;
      else
        (*n_new)++;
    }
}

/* Sets the fields of @id that @fields changes; the same value is no change. */
static gboolean
set_changed (WmkPlan *plan, WmkEdit *edit, const char *id, JsonObject *fields, GError **error)
{
  WmkEntity *entity = wmk_plan_lookup (plan, id);
  g_autoptr(GList) names = json_object_get_members (fields);

  for (GList *l = names; l; l = l->next)
    {
      JsonNode *value = json_object_get_member (fields, l->data);
      JsonNode *now = entity ? wmk_entity_get_field (entity, l->data) : NULL;

      if (now && json_node_equal (now, value))
        continue;
      if (!wmk_edit_set (edit, id, l->data, value, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * wmk_ehc_csv_apply:
 * @source: what the months' "source" is set to ("Imported from figures.csv")
 *
 * Adds the good months to @plan as one undoable edit: a new month is
 * created; a month the plan has gets the figures the file gives (a blank
 * cell leaves the plan's figure as it is).
 */
gboolean
wmk_ehc_csv_apply (WmkPlan *plan, WmkEhcCsvCheck *check, const char *source, GError **error)
{
  g_autoptr(GHashTable) existing = plan_months (plan);
  g_autoptr(WmkEdit) edit = NULL;

  if (check->months->len == 0)
    {
      g_set_error (error, WMK_EHC_CSV_ERROR, WMK_EHC_CSV_ERROR_NOTHING,
                   _("There is no good row to import."));
      return FALSE;
    }
  edit = wmk_plan_begin (plan, _("Import EHC figures"));
  for (guint i = 0; i < check->months->len; i++)
    {
      const WmkEhcMonth *month = &g_array_index (check->months, WmkEhcMonth, i);
      const char *note = check->notes->pdata[i];
      const char *id = g_hash_table_lookup (existing, GINT_TO_POINTER (month->index));
      g_autoptr(JsonObject) fields = wmk_ehc_month_to_fields (month);

      if (note)
        json_object_set_string_member (fields, "note", note);
      if (source)
        json_object_set_string_member (fields, "source", source);
      if (id == NULL)
        {
          g_autofree char *created = wmk_edit_create (edit, WMK_EHC_MONTH, fields, error);

          if (created == NULL)
            return FALSE;
          continue;
        }
      json_object_remove_member (fields, "month");
      if (!set_changed (plan, edit, id, fields, error))
        return FALSE;
    }
  return wmk_plan_commit (plan, edit, error);
}
