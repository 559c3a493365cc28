/* wmk-ics-import.c: meetings from an iCalendar file
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Board dates often live first in someone's Outlook. Importing its .ics adds
 * each event as a scheduled meeting of a body (the board unless told
 * otherwise), in Europe/London time, all in one edit that one undo takes
 * back. A recurring event becomes its meetings over the next twelve months.
 * An event already imported (its UID is a meeting's ical_uid) or exported
 * from this plan (UID "<id>@waymark.plan") is skipped, so importing twice
 * adds nothing.
 *
 * libical is lenient and cannot say where a file is wrong, so the text is
 * first checked line by line: structure, property syntax, dates and RRULEs.
 * A file that fails names its line and nothing is imported.
 */

#include "config.h"

#include "wmk-plan-ics.h"

#include "wmk-recurrence.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#define OWN_UID_SUFFIX "@waymark.plan"
#define SERIES_MONTHS 12
#define MAX_MEETINGS_PER_SERIES 60

static gboolean
fail (GError **error, const char *file_name, guint line, const char *format, ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError **error, const char *file_name, guint line, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (line > 0)
    g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID, _("%s, line %u: %s"), file_name,
                 line, message);
  else
    g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID, "%s: %s", file_name, message);
  return FALSE;
}

static gboolean
is_ical_date (const char *value)
{
  gsize n = strlen (value);

  if (n != 8 && n != 15 && n != 16)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!(g_ascii_isdigit (value[i]) || (i == 8 && value[i] == 'T') || (i == 15 && value[i] == 'Z')))
      return FALSE;
  return (value[4] - '0') * 10 + (value[5] - '0') >= 1 && (value[4] - '0') * 10 + (value[5] - '0') <= 12;
}

/* Where the line-by-line check is: the open components, and the RRULE and
 * DTSTART of the event being read (a rule is possible or not from its start,
 * and DTSTART may come after RRULE). */
typedef struct
{
  const char *file_name;
  GPtrArray  *stack;        /* component names, upper case */
  GArray     *stack_lines;  /* the line each was opened on */
  char       *rrule;
  guint       rrule_line;
  char       *dtstart;      /* YYYY-MM-DD */
} Check;

/* At END:VEVENT: the event's rule must occur at least once from its start. */
static gboolean
check_event_rule (Check *check, GError **error)
{
  g_autoptr(GError) rule_error = NULL;
  gboolean ok = TRUE;

  if (check->rrule && !wmk_recurrence_validate_from (check->rrule, check->dtstart, &rule_error))
    ok = fail (error, check->file_name, check->rrule_line, "%s", rule_error->message);
  g_clear_pointer (&check->rrule, g_free);
  g_clear_pointer (&check->dtstart, g_free);
  return ok;
}

/* One logical line, unfolded: NAME;PARAMS:VALUE. */
static gboolean
check_line (Check *check, const char *text, guint number, GError **error)
{
  const char *colon = strchr (text, ':');
  gsize name_length = strcspn (text, ";:");
  g_autofree char *name = g_ascii_strup (text, name_length);
  const char *value = colon ? colon + 1 : NULL;
  const char *file_name = check->file_name;
  GPtrArray *stack = check->stack;

  if (colon == NULL || name_length == 0 || strspn (text, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") != name_length)
    return fail (error, file_name, number, _("“%s” is not an iCalendar line (NAME:value)"), text);

  if (g_str_equal (name, "BEGIN"))
    {
      if (stack->len == 0 && g_ascii_strcasecmp (value, "VCALENDAR") != 0)
        return fail (error, file_name, number, "%s", _("an iCalendar file starts with BEGIN:VCALENDAR"));
      g_ptr_array_add (stack, g_ascii_strup (value, -1));
      g_array_append_val (check->stack_lines, number);
    }
  else if (g_str_equal (name, "END"))
    {
      if (stack->len == 0 || g_ascii_strcasecmp (value, g_ptr_array_index (stack, stack->len - 1)) != 0)
        return fail (error, file_name, number, _("END:%s does not close %s"), value,
                     stack->len ? (const char *) g_ptr_array_index (stack, stack->len - 1)
                                : _("anything"));
      if (g_ascii_strcasecmp (value, "VEVENT") == 0 && !check_event_rule (check, error))
        return FALSE;
      g_ptr_array_remove_index (stack, stack->len - 1);
      g_array_remove_index (check->stack_lines, check->stack_lines->len - 1);
    }
  else if (stack->len == 0)
    return fail (error, file_name, number, "%s", _("an iCalendar file starts with BEGIN:VCALENDAR"));
  else if (g_str_equal (g_ptr_array_index (stack, stack->len - 1), "VEVENT"))
    {
      g_autoptr(GError) rule_error = NULL;

      if ((g_str_equal (name, "DTSTART") || g_str_equal (name, "DTEND") || g_str_equal (name, "EXDATE")
           || g_str_equal (name, "RECURRENCE-ID"))
          && !is_ical_date (value))
        return fail (error, file_name, number, _("“%s” is not a date or a date and time"), value);
      if (g_str_equal (name, "DTSTART") && check->dtstart == NULL)
        check->dtstart = g_strdup_printf ("%.4s-%.2s-%.2s", value, value + 4, value + 6);
      if (g_str_equal (name, "RRULE"))
        {
          /* What is wrong with the rule itself, at once; whether it can
           * occur, at END:VEVENT, once the start is known. */
          if (!wmk_recurrence_validate_from (value, "2000-01-01", &rule_error)
              && g_error_matches (rule_error, WMK_RECURRENCE_ERROR, WMK_RECURRENCE_ERROR_INVALID))
            return fail (error, file_name, number, "%s", rule_error->message);
          if (check->rrule == NULL)
            {
              check->rrule = g_strdup (value);
              check->rrule_line = number;
            }
        }
    }
  return TRUE;
}

/* Every logical line of @text, unfolded, through check_line(). */
static gboolean
check_lines (Check *check, const char *text, gsize length, GError **error)
{
  g_autoptr(GString) logical = g_string_new (NULL);
  const char *end = text + length, *p = text;
  guint number = 0, logical_number = 0;
  gboolean seen_any = FALSE;

  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *line_end = newline ? newline : end;
      gsize n = line_end - p;

      number++;
      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (n > 0 && (p[0] == ' ' || p[0] == '\t') && logical->len > 0)
        g_string_append_len (logical, p + 1, n - 1);   /* a folded line continues */
      else
        {
          if (logical->len > 0 && !check_line (check, logical->str, logical_number, error))
            return FALSE;
          seen_any = seen_any || logical->len > 0;
          g_string_assign (logical, "");
          g_string_append_len (logical, p, n);
          logical_number = number;
        }
      p = newline ? newline + 1 : end;
    }
  if (logical->len > 0 && !check_line (check, logical->str, logical_number, error))
    return FALSE;
  if (!seen_any && logical->len == 0)
    return fail (error, check->file_name, 0, "%s", _("the file is empty"));
  if (check->stack->len > 0)
    return fail (error, check->file_name, number,
                 _("the file ends inside BEGIN:%s of line %u (it may have been cut short)"),
                 (const char *) g_ptr_array_index (check->stack, check->stack->len - 1),
                 g_array_index (check->stack_lines, guint, check->stack_lines->len - 1));
  return TRUE;
}

/**
 * wmk_ics_check_text:
 * @text: the file's bytes
 * @file_name: the name to give in messages
 *
 * Whether @text is a well-formed iCalendar file whose events this build can
 * read: components closed in order, every line NAME;PARAMS:value, dates well
 * formed, and every RRULE valid and occurring at least once from its
 * event's DTSTART. If not, @error names the line at fault.
 */
gboolean
wmk_ics_check_text (const char *text, gsize length, const char *file_name, GError **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) stack_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  Check check = { file_name, stack, stack_lines, NULL, 0, NULL };
  gboolean ok;

  if (!g_utf8_validate_len (text, length, NULL))
    return fail (error, file_name, 0, "%s", _("this is not a text file, so not an iCalendar file"));
  ok = check_lines (&check, text, length, error);
  g_free (check.rrule);
  g_free (check.dtstart);
  return ok;
}

/* Day and time of an event's DTSTART or DTEND, in London. */
static gboolean
london_time (icalcomponent *event, icalproperty_kind kind, char **date, char **time)
{
  icalproperty *property = icalcomponent_get_first_property (event, kind);
  struct icaltimetype t;

  if (property == NULL && kind == ICAL_DTSTART_PROPERTY)
    return FALSE;
  t = kind == ICAL_DTSTART_PROPERTY ? icalcomponent_get_dtstart (event) : icalcomponent_get_dtend (event);
  if (icaltime_is_null_time (t))
    return FALSE;
  if (!t.is_date)
    {
      const char *tzid = property ? icalproperty_get_parameter_as_string (property, "TZID") : NULL;
      icaltimezone *london = icaltimezone_get_builtin_timezone (WMK_TIME_ZONE);

      if (t.zone == NULL && tzid)
        t = icaltime_set_timezone (&t, icaltimezone_get_builtin_timezone (tzid));
      if (t.zone)
        t = icaltime_convert_to_zone (t, london);
      *time = g_strdup_printf ("%02d:%02d", t.hour, t.minute);
    }
  *date = g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
  return TRUE;
}

/* Imported before, or exported by Waymark (a meeting, a body's series or a
 * deadline of a plan, which are plan data already, not meetings to add). */
static gboolean
uid_known (GHashTable *known, const char *uid)
{
  return g_hash_table_contains (known, uid) || strstr (uid, OWN_UID_SUFFIX) != NULL;
}

static gboolean
add_meeting (WmkEdit *edit, const char *body_id, icalcomponent *event, const char *uid,
             const char *date, const char *start, const char *end, GError **error)
{
  g_autoptr(JsonObject) fields = json_object_new ();
  const char *summary = icalcomponent_get_summary (event);
  const char *location = icalcomponent_get_location (event);
  g_autofree char *id = NULL;

  json_object_set_string_member (fields, "parent", body_id);
  if (summary && *summary)
    json_object_set_string_member (fields, "title", summary);
  json_object_set_string_member (fields, "date", date);
  if (start)
    json_object_set_string_member (fields, "start_time", start);
  if (end)
    json_object_set_string_member (fields, "end_time", end);
  if (location && *location)
    json_object_set_string_member (fields, "location", location);
  json_object_set_string_member (fields, "status", icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED
                                                   ? "cancelled" : "scheduled");
  json_object_set_string_member (fields, "ical_uid", uid);
  id = wmk_edit_create (edit, "meeting", fields, error);
  return id != NULL;
}

static gboolean
import_event (WmkPlan *plan, WmkEdit *edit, const char *body_id, GHashTable *known,
              icalcomponent *event, guint *n_imported, GError **error)
{
  const char *uid = icalcomponent_get_uid (event);
  icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  g_autofree char *date = NULL, *start = NULL, *end_date = NULL, *end = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *today = NULL, *until = NULL;

  if (uid == NULL || !london_time (event, ICAL_DTSTART_PROPERTY, &date, &start))
    return TRUE;   /* not a meeting this can place: no identity or no day */
  london_time (event, ICAL_DTEND_PROPERTY, &end_date, &end);
  if (g_strcmp0 (end_date, date) != 0)
    g_clear_pointer (&end, g_free);   /* ends another day: keep the start only */
  if (rrule == NULL)
    {
      if (uid_known (known, uid))
        return TRUE;
      (*n_imported)++;
      return add_meeting (edit, body_id, event, uid, date, start, end, error);
    }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_months (now, SERIES_MONTHS);
    today = g_date_time_format (now, "%Y-%m-%d");
    until = g_date_time_format (later, "%Y-%m-%d");
  }
  days = wmk_recurrence_expand (icalproperty_get_value_as_string (rrule), date, start,
                                strcmp (date, today) > 0 ? date : today, until, error);
  if (days == NULL)
    return FALSE;
  for (guint i = 0; i < days->len && i < MAX_MEETINGS_PER_SERIES; i++)
    {
      /* One occurrence of a series: UID plus its day, as RECURRENCE-ID names it. */
      g_autofree char *instance = g_strdup_printf ("%s;%s", uid, (char *) days->pdata[i]);

      if (uid_known (known, instance))
        continue;
      (*n_imported)++;
      if (!add_meeting (edit, body_id, event, instance, days->pdata[i], start, end, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
default_body (WmkPlan *plan)
{
  GListModel *bodies = wmk_plan_get_items (plan, "body");

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(WmkEntity) body = g_list_model_get_item (bodies, i);
      if (g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0)
        return wmk_entity_get_id (body);
    }
  return NULL;
}

/**
 * wmk_plan_import_ics:
 * @bytes: an .ics file
 * @file_name: its name, for messages
 * @body_id: (nullable): the body the meetings belong to; %NULL: the board
 * @n_imported: (out) (optional): how many meetings were added
 *
 * Adds the file's events as meetings, all or nothing, in one edit.
 */
gboolean
wmk_plan_import_ics (WmkPlan     *plan,
                     GBytes      *bytes,
                     const char  *file_name,
                     const char  *body_id,
                     guint       *n_imported,
                     GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (data, length);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(WmkEdit) edit = NULL;
  GListModel *meetings = wmk_plan_get_items (plan, "meeting");
  icalcomponent *calendar;
  guint n = 0;
  gboolean ok = TRUE;

  if (n_imported)
    *n_imported = 0;
  if (!wmk_ics_check_text (data, length, file_name, error))
    return FALSE;
  if (body_id == NULL && (body_id = default_body (plan)) == NULL)
    return fail (error, file_name, 0, "%s",
                 _("the plan has no improvement board to add the meetings to; choose a body"));

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(WmkEntity) meeting = g_list_model_get_item (meetings, i);
      const char *uid = wmk_entity_get_string (meeting, "ical_uid");
      if (uid)
        g_hash_table_add (known, (gpointer) uid);
    }

  wmk_recurrence_validate ("FREQ=DAILY", NULL);   /* libical set up, errors not fatal */
  if ((calendar = icalparser_parse_string (text)) == NULL)
    return fail (error, file_name, 0, "%s", _("libical could not read the file"));

  {
    g_autofree char *label = g_strdup_printf (_("Import meetings from %s"), file_name);
    edit = wmk_plan_begin (plan, label);
  }
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event && ok; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    ok = import_event (plan, edit, body_id, known, event, &n, error);
  icalcomponent_free (calendar);

  if (!ok)
    {
      g_prefix_error (error, "%s: ", file_name);
      return FALSE;
    }
  if (n > 0 && !wmk_plan_commit (plan, edit, error))
    return FALSE;
  if (n_imported)
    *n_imported = n;
  return TRUE;
}
