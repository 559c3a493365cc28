/* wmk-minutes.c: the minutes of a meeting, as a document
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a board's minutes must show the DfE (DOMAIN.md R3, R4, R9,
 * R11), in the order the Devon minutes use: who chaired, who was invited,
 * who came and who sent apologies, each agenda item with its discussion and
 * decisions, the actions arising (the action log), the review of the
 * actions from earlier meetings, and the date of the next meeting.
 */

#include "config.h"

#include "wmk-minutes.h"

#include "wmk-format.h"
#include "wmk-schema.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static const char *
name_of (WmkPlan *plan, const char *person_id)
{
  WmkEntity *person = person_id ? wmk_plan_lookup (plan, person_id) : NULL;
  const char *name = person ? wmk_entity_get_string (person, "name") : NULL;

  return name ? name : "";
}

static char *
day_words (const char *date)
{
  return wmk_date_format (date, "%A %-d %B %Y");
}

static const char *
or_empty (const char *text)
{
  return text ? text : "";
}

static void
add_details (WmkDocument *doc, WmkPlan *plan, WmkEntity *meeting, WmkEntity *body)
{
  const char *date = wmk_entity_get_string (meeting, "date");
  const char *start = wmk_entity_get_string (meeting, "start_time");
  const char *end = wmk_entity_get_string (meeting, "end_time");
  const char *sent = wmk_entity_get_string (meeting, "invitations_sent");
  g_autofree char *when = NULL, *sent_words = NULL;

  if (body)
    wmk_document_add_detail (doc, _("Body"), wmk_entity_get_string (body, "name"));
  if (wmk_date_is_valid (date))
    {
      g_autofree char *day = day_words (date);
      when = start && end ? g_strdup_printf ("%s, %s\u00a0– %s", day, start, end)
             : start ? g_strdup_printf ("%s, %s", day, start) : g_strdup (day);
    }
  wmk_document_add_detail (doc, _("Date"), when ? when : or_empty (wmk_entity_get_string (meeting, "date_text")));
  if (wmk_entity_get_string (meeting, "location"))
    wmk_document_add_detail (doc, _("Location"), wmk_entity_get_string (meeting, "location"));
  wmk_document_add_detail (doc, _("Chaired by"),
                           wmk_entity_get_string (meeting, "chaired_by")
                           ? name_of (plan, wmk_entity_get_string (meeting, "chaired_by"))
                           : _("Not recorded"));
  sent_words = wmk_date_is_valid (sent) ? wmk_date_format (sent, "%-d %B %Y") : g_strdup (_("Not recorded"));
  wmk_document_add_detail (doc, _("Invitations sent"), sent_words);
  wmk_document_add_detail (doc, _("Department for Education invited"),
                           wmk_entity_get_bool (meeting, "invited_dfe") ? _("Yes") : _("No"));
  wmk_document_add_detail (doc, _("NHS England invited"),
                           wmk_entity_get_bool (meeting, "invited_nhse") ? _("Yes") : _("No"));
}

static void
add_attendance (WmkDocument *doc, WmkPlan *plan, const char *meeting_id)
{
  const char *header[] = { _("Name"), _("Job title"), _("Organisation"), _("Attendance"), NULL };
  g_autoptr(GPtrArray) attendance = wmk_plan_dup_children (plan, meeting_id, "attendance");
  const char *order[] = { "present", "apologies", "absent" };
  const char *words[] = { N_("Present"), N_("Apologies"), N_("Absent") };

  if (attendance->len == 0)
    return;
  wmk_document_add_heading (doc, 2, _("Attendance"));
  wmk_document_begin_table (doc, _("Who attended, and who sent apologies"), header);
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    for (guint i = 0; i < attendance->len; i++)
      {
        WmkEntity *a = attendance->pdata[i];
        WmkEntity *person = wmk_plan_lookup (plan, or_empty (wmk_entity_get_string (a, "person")));
        const char *job = wmk_entity_get_string (a, "job_title");
        const char *organisation = wmk_entity_get_string (a, "organisation");
        const char *cells[5];

        if (g_strcmp0 (wmk_entity_get_string (a, "status"), order[k]) != 0)
          continue;
        cells[0] = name_of (plan, wmk_entity_get_string (a, "person"));
        cells[1] = job ? job : person ? or_empty (wmk_entity_get_string (person, "job_title")) : "";
        cells[2] = organisation ? organisation
                   : person ? or_empty (wmk_entity_get_string (person, "organisation")) : "";
        cells[3] = _(words[k]);
        cells[4] = NULL;
        wmk_document_add_row (doc, cells);
      }
}

static void
add_decisions (WmkDocument *doc, GPtrArray *decisions, const char *agenda_item_id)
{
  for (guint i = 0; i < decisions->len; i++)
    {
      WmkEntity *decision = decisions->pdata[i];

      if (g_strcmp0 (wmk_entity_get_string (decision, "agenda_item"), agenda_item_id) != 0)
        continue;
      wmk_document_add_labelled_paragraph (doc, _("Decision:"),
                                           or_empty (wmk_entity_get_string (decision, "text")));
    }
}

static void
add_agenda (WmkDocument *doc, WmkPlan *plan, const char *meeting_id)
{
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, meeting_id, "agenda_item");
  g_autoptr(GPtrArray) decisions = wmk_plan_dup_children (plan, meeting_id, "decision");
  gboolean other = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      WmkEntity *item = items->pdata[i];
      const char *number = wmk_entity_get_string (item, "number");
      const char *presenter = wmk_entity_get_string (item, "presenter");
      g_auto(GStrv) comments = wmk_entity_dup_strv (item, "comments");
      g_autofree char *heading = number ? g_strdup_printf ("%s. %s", number,
                                                           or_empty (wmk_entity_get_string (item, "title")))
                                        : g_strdup (or_empty (wmk_entity_get_string (item, "title")));

      wmk_document_add_heading (doc, 2, heading);
      if (presenter)
        {
          g_autofree char *by = g_strdup_printf (_("Presented by %s."), presenter);
          wmk_document_add_paragraph (doc, by);
        }
      wmk_document_add_paragraph (doc, wmk_entity_get_string (item, "minutes"));
      if (comments && comments[0])
        {
          wmk_document_add_heading (doc, 3, _("Comments and questions"));
          wmk_document_add_list (doc, (const char * const *) comments);
        }
      add_decisions (doc, decisions, wmk_entity_get_id (item));
    }
  for (guint i = 0; i < decisions->len; i++)
    other = other || wmk_plan_lookup (plan, or_empty (wmk_entity_get_string (decisions->pdata[i], "agenda_item"))) == NULL;
  if (other)
    {
      wmk_document_add_heading (doc, 2, _("Other decisions"));
      add_decisions (doc, decisions, NULL);
    }
}

static char *
owners_of (WmkPlan *plan, WmkEntity *item)
{
  g_auto(GStrv) owners = wmk_entity_dup_strv (item, "owners");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (wmk_entity_get_string (item, "owner_text"))
    return g_strdup (wmk_entity_get_string (item, "owner_text"));
  for (guint i = 0; owners && owners[i]; i++)
    g_ptr_array_add (names, (gpointer) name_of (plan, owners[i]));
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static char *
due_of (WmkEntity *item)
{
  const char *due = wmk_entity_get_string (item, "due");

  if (wmk_date_is_valid (due))
    return wmk_date_format (due, "%-d %B %Y");
  return g_strdup (or_empty (wmk_entity_get_string (item, "due_text")));
}

/* The status of an action-log item, or of a plan action reviewed at the
 * meeting, as a word and a tone. */
static const char *
status_word (WmkEntity *item, WmkDocumentTone *tone)
{
  static const struct
  {
    const char      *status;
    const char      *word;
    WmkDocumentTone  tone;
  } words[] = {
    { "open", N_("Open"), WMK_DOCUMENT_TONE_NEUTRAL },
    { "done", N_("Done"), WMK_DOCUMENT_TONE_GOOD },
    { "dropped", N_("Dropped"), WMK_DOCUMENT_TONE_NONE },
    { "not_started", N_("Not started"), WMK_DOCUMENT_TONE_NEUTRAL },
    { "in_progress", N_("In progress"), WMK_DOCUMENT_TONE_NEUTRAL },
    { "complete", N_("Complete"), WMK_DOCUMENT_TONE_GOOD },
    { "on_hold", N_("On hold"), WMK_DOCUMENT_TONE_WARNING },
  };
  const char *status = wmk_entity_get_string (item, "status");

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (status, words[i].status) == 0)
      {
        *tone = words[i].tone;
        return _(words[i].word);
      }
  *tone = WMK_DOCUMENT_TONE_NONE;
  return status ? status : _("Not recorded");
}

/* What a reviewed item is called: a log item's text, an action's ref and
 * text, an objective's ref and title. */
static char *
item_words (WmkEntity *item)
{
  const char *text = wmk_entity_get_string (item, "text");
  const char *ref = wmk_entity_get_string (item, "ref");

  if (text == NULL)
    text = wmk_entity_get_string (item, "title");
  if (ref && text)
    return g_strdup_printf ("%s %s", ref, text);
  return g_strdup (text ? text : or_empty (ref));
}

static void
add_actions (WmkDocument *doc, WmkPlan *plan, const char *meeting_id)
{
  const char *header[] = { _("Action"), _("Owner"), _("Due"), _("Status"), NULL };
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, meeting_id, "log_item");

  if (items->len == 0)
    return;
  wmk_document_add_heading (doc, 2, _("Actions arising"));
  wmk_document_begin_table (doc, _("Actions added to the action log at this meeting"), header);
  wmk_document_set_status_column (doc, 3);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *owners = owners_of (plan, items->pdata[i]);
      g_autofree char *due = due_of (items->pdata[i]);
      WmkDocumentTone tone;
      const char *status = status_word (items->pdata[i], &tone);
      const char *cells[] = { or_empty (wmk_entity_get_string (items->pdata[i], "text")), owners, due,
                              status, NULL };

      wmk_document_add_status_row (doc, cells, tone);
    }
}

static void
add_log_review (WmkDocument *doc, WmkPlan *plan, WmkEntity *meeting)
{
  const char *meeting_id = wmk_entity_get_id (meeting);
  const char *header[] = { _("Action"), _("Update"), _("Status"), NULL };
  GListModel *updates = wmk_plan_get_items (plan, "progress_update");
  gboolean begun = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (updates); i++)
    {
      g_autoptr(WmkEntity) update = g_list_model_get_item (updates, i);
      WmkEntity *item;

      if (g_strcmp0 (wmk_entity_get_string (update, "meeting"), meeting_id) != 0
          || (item = wmk_plan_lookup (plan, or_empty (wmk_entity_get_parent_id (update)))) == NULL)
        continue;
      if (!begun)
        {
          wmk_document_add_heading (doc, 2, _("Review of the action log"));
          wmk_document_begin_table (doc, _("Actions from earlier meetings, reviewed at this one"), header);
          wmk_document_set_status_column (doc, 2);
          begun = TRUE;
        }
      {
        g_autofree char *words = item_words (item);
        WmkDocumentTone tone;
        const char *status = status_word (item, &tone);
        const char *cells[] = { words, or_empty (wmk_entity_get_string (update, "text")), status, NULL };

        wmk_document_add_status_row (doc, cells, tone);
      }
    }
  /* Reviewed, with nothing to record: the minutes still say so (R9). */
  if (!begun && wmk_entity_get_bool (meeting, "log_reviewed"))
    {
      wmk_document_add_heading (doc, 2, _("Review of the action log"));
      wmk_document_add_paragraph (doc, _("The action log was reviewed at this meeting; no updates to it were recorded."));
    }
}

static void
add_next_meeting (WmkDocument *doc, WmkPlan *plan, WmkEntity *meeting)
{
  const char *body_id = wmk_entity_get_parent_id (meeting);
  const char *date = wmk_entity_get_string (meeting, "date");
  g_autoptr(GPtrArray) meetings = NULL;
  WmkEntity *next = NULL;

  if (body_id == NULL)
    return;
  meetings = wmk_plan_dup_children (plan, body_id, "meeting");
  for (guint i = 0; i < meetings->len; i++)
    {
      WmkEntity *m = meetings->pdata[i];
      const char *d = wmk_entity_get_string (m, "date");

      if (m == meeting || !wmk_date_is_valid (d)
          || g_strcmp0 (wmk_entity_get_string (m, "status"), "cancelled") == 0
          || (wmk_date_is_valid (date) && strcmp (d, date) <= 0))
        continue;
      if (next == NULL || strcmp (d, wmk_entity_get_string (next, "date")) < 0)
        next = m;
    }
  if (next)
    {
      g_autofree char *day = day_words (wmk_entity_get_string (next, "date"));
      const char *start = wmk_entity_get_string (next, "start_time");
      const char *end = wmk_entity_get_string (next, "end_time");
      g_autofree char *text = start && end ? g_strdup_printf ("%s, %s\u00a0– %s", day, start, end)
                                           : g_strdup (day);

      wmk_document_add_heading (doc, 2, _("Date of the next meeting"));
      wmk_document_add_paragraph (doc, text);
    }
}

/**
 * wmk_minutes_new:
 * @meeting_id: a meeting's id or ref
 *
 * Returns: (transfer full) (nullable): the minutes, or %NULL if there is no
 *   such meeting
 */
WmkDocument *
wmk_minutes_new (WmkPlan *plan, const char *meeting_id, GError **error)
{
  WmkEntity *meeting = wmk_plan_lookup (plan, meeting_id);
  WmkEntity *body;
  g_autoptr(WmkDocument) doc = NULL;
  g_autofree char *title = NULL;
  const char *id;

  if (meeting == NULL || !g_str_equal (wmk_entity_get_entity_type (meeting), "meeting"))
    {
      g_set_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND,
                   _("There is no meeting “%s” in this plan"), meeting_id);
      return NULL;
    }
  id = wmk_entity_get_id (meeting);
  body = wmk_plan_lookup (plan, or_empty (wmk_entity_get_parent_id (meeting)));
  title = g_strdup_printf (_("Minutes: %s"),
                           wmk_entity_get_string (meeting, "title")
                           ? wmk_entity_get_string (meeting, "title")
                           : body ? or_empty (wmk_entity_get_string (body, "name")) : _("Meeting"));
  doc = wmk_document_new (title);
  wmk_document_set_author (doc, wmk_plan_get_author (plan));
  add_details (doc, plan, meeting, body);
  add_attendance (doc, plan, id);
  add_agenda (doc, plan, id);
  add_actions (doc, plan, id);
  add_log_review (doc, plan, meeting);
  add_next_meeting (doc, plan, meeting);
  return g_steal_pointer (&doc);
}

/**
 * wmk_minutes_write:
 * @format: "pdf" or "html"
 * @path: the file to write, whole or not at all
 */
gboolean
wmk_minutes_write (WmkPlan *plan, const char *meeting_id, const char *format, const char *path,
                   GError **error)
{
  g_autoptr(WmkDocument) doc = wmk_minutes_new (plan, meeting_id, error);

  return doc != NULL && wmk_document_write (doc, format, path, error);
}
