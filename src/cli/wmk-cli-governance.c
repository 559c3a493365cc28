/* wmk-cli-governance.c: waymark-cli rows for the board's records (list meetings,
 * decisions, log)
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-cli-context.h"

#include <string.h>

static const char *
or_dash (const char *text)
{
  return text && *text ? text : "-";
}

/* The first line of a text, cut to @width characters. */
static char *
short_text (const char *text, glong width)
{
  g_autofree char *line = NULL;
  g_autofree char *cut = NULL;
  const char *newline;

  if (text == NULL || *text == '\0')
    return g_strdup ("-");
  newline = strchr (text, '\n');
  line = newline ? g_strndup (text, newline - text) : g_strdup (text);
  if (g_utf8_strlen (line, -1) <= width)
    return g_steal_pointer (&line);
  cut = g_utf8_substring (line, 0, width - 1);
  return g_strconcat (cut, "…", NULL);
}

/* The meeting an item hangs from (a decision or a log item), or NULL. */
static WmkEntity *
meeting_of (WmkPlan *plan, WmkEntity *entity)
{
  const char *parent = wmk_entity_get_parent_id (entity);
  WmkEntity *meeting = parent ? wmk_plan_lookup (plan, parent) : NULL;

  if (meeting && g_str_equal (wmk_entity_get_entity_type (meeting), "meeting"))
    return meeting;
  return NULL;
}

static void
print_meeting (WmkPlan *plan, WmkEntity *meeting)
{
  const char *parent = wmk_entity_get_parent_id (meeting);
  WmkEntity *body = parent ? wmk_plan_lookup (plan, parent) : NULL;
  const char *start = wmk_entity_get_string (meeting, "start_time");
  const char *end = wmk_entity_get_string (meeting, "end_time");
  g_autofree char *time = NULL;
  g_autofree char *body_name = NULL;

  if (start && end)
    time = g_strdup_printf ("%s-%s", start, end);
  else
    time = g_strdup (or_dash (start));
  body_name = short_text (body ? wmk_entity_get_string (body, "name") : NULL, 24);
  g_print ("%-26s %-10s %-11s %-24s %-40s %s\n", wmk_entity_get_id (meeting),
           or_dash (wmk_entity_get_string (meeting, "date")), time, body_name,
           or_dash (wmk_entity_get_string (meeting, "title")),
           or_dash (wmk_entity_get_string (meeting, "status")));
}

static void
print_decision (WmkPlan *plan, WmkEntity *decision)
{
  WmkEntity *meeting = meeting_of (plan, decision);
  g_autofree char *text = short_text (wmk_entity_get_string (decision, "text"), 60);

  g_print ("%-26s %-26s %-10s %s\n", wmk_entity_get_id (decision),
           meeting ? wmk_entity_get_id (meeting) : "-",
           or_dash (meeting ? wmk_entity_get_string (meeting, "date") : NULL), text);
}

static void
print_log_item (WmkPlan *plan, WmkEntity *item)
{
  WmkEntity *meeting = meeting_of (plan, item);
  g_autofree char *text = short_text (wmk_entity_get_string (item, "text"), 50);
  g_autofree char *owner = short_text (wmk_entity_get_string (item, "owner_text"), 24);
  const char *due = wmk_entity_get_string (item, "due");

  g_print ("%-26s %-26s %-50s %-24s %-10s %s\n", wmk_entity_get_id (item),
           meeting ? wmk_entity_get_id (meeting) : "-", text, owner,
           due ? due : or_dash (wmk_entity_get_string (item, "due_text")),
           or_dash (wmk_entity_get_string (item, "status")));
}

/* One row of `list meetings|decisions|log`; FALSE for any other type. */
gboolean
wmk_cli_print_governance_row (WmkPlan *plan, WmkEntity *entity)
{
  const char *type = wmk_entity_get_entity_type (entity);

  if (g_str_equal (type, "meeting"))
    print_meeting (plan, entity);
  else if (g_str_equal (type, "decision"))
    print_decision (plan, entity);
  else if (g_str_equal (type, "log_item"))
    print_log_item (plan, entity);
  else
    return FALSE;
  return TRUE;
}

/* The column headings printed before the rows of TYPE, or NULL. */
const char *
wmk_cli_governance_header (const char *type)
{
  if (g_str_equal (type, "meeting"))
    return "ID                         DATE       TIME        BODY                     TITLE                                    STATUS";
  if (g_str_equal (type, "decision"))
    return "ID                         MEETING                    DATE       TEXT";
  if (g_str_equal (type, "log_item"))
    return "ID                         MEETING                    TEXT                                               OWNER                    DUE        STATUS";
  return NULL;
}
