/* wmk-comms-sample.c: illustrative communication figures for the sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made up, but consistent with the plan's seeds: 21% of complaints were about
 * communication at the start (November 2022 here, the first month of the
 * plan), falling towards the 5% target by September 2023; the standards
 * answer the inspectors' "telephone calls are unanswered"; "you said, we did"
 * answers the findings of section B. Every item is marked illustrative and
 * the page says so. Contacts are aggregates (a line stands for "count" alike
 * contacts), with no names.
 */

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-comms-plugin.h"
#include "wmk-comms-types.h"
#include "wmk-comms-working-days.h"

#define N_MONTHS 12   /* November 2022 to October 2023 */

static const struct
{
  const char *service, *channel, *unit, *text;
  int         target;
  gboolean    ehc;
  guint       per_month;           /* contacts a month */
  double      late_first, late_last;  /* share answered late, first and last month */
} standards[] = {
  { "SEND 0-25 team", "phone", "working_days",
    "We return your call by the end of the next working day.", 1, TRUE, 60, 0.45, 0.10 },
  { "SEND 0-25 team", "email", "working_days",
    "We answer your email within 3 working days.", 3, TRUE, 80, 0.35, 0.08 },
  { "SEND 0-25 team", "letter", "working_days",
    "We reply to your letter within 10 working days.", 10, TRUE, 15, 0.30, 0.07 },
  { "SEND Information Line", "message", "hours",
    "We reply to web chat and text messages within 24 hours (by the next working day).", 24,
    FALSE, 40, 0.25, 0.05 },
  { "Neurodiversity pathway", "phone", "working_days",
    "We return calls about an autism assessment within 2 working days.", 2, FALSE, 30, 0.40,
    0.15 },
  { "Complaints", "email", "working_days",
    "We acknowledge a complaint within 2 working days and answer it within 20 working days.",
    20, FALSE, 0, 0.30, 0.05 },
};

/* Complaints a month, and how many were about communication: 21% at first. */
static const guint complaints[N_MONTHS][2] = {
  { 24, 5 }, { 19, 4 }, { 26, 5 }, { 22, 4 }, { 25, 4 }, { 20, 3 },
  { 27, 3 }, { 24, 3 }, { 23, 2 }, { 18, 2 }, { 25, 2 }, { 24, 2 },
};

static const struct { const char *date, *you_said, *we_did, *status; } you_said[] = {
  { "2022-12-14", "Telephone calls to the 0-25 team go unanswered.",
    "We set a standard to return every call by the end of the next working day, and we "
    "publish how often we meet it.", "done" },
  { "2023-01-25", "Complaints and documents get lost.",
    "Every complaint now gets a reference and an acknowledgement within 2 working days.",
    "done" },
  { "2023-03-08", "We are not kept informed while an EHC needs assessment is under way.",
    "Caseworkers send a short update every month of the assessment, whether or not there is "
    "news.", "in_progress" },
  { "2023-04-19", "There are too many different ways to reach different services.",
    "One SEND Information Line, by phone, web chat and text, for every SEND service.",
    "in_progress" },
  { "2023-06-07", "Letters use jargon and sometimes carry the wrong information.",
    "Letter templates rewritten and checked with Parent Carer Forum Devon.", "done" },
  { "2023-09-13", "The Local Offer does not say what is actually on offer.",
    "The Local Offer is being rebuilt with families, service by service.", "planned" },
};

/* The first working day on or after the 10th of month @m after October 2022. */
static char *
received_day (guint m)
{
  int year = 2022 + (10 + m) / 12, month = (10 + m) % 12 + 1;
  g_autofree char *ninth = g_strdup_printf ("%04d-%02d-09", year, month);

  return wmk_comms_add_working_days (ninth, 1);
}

static gboolean
add_contacts (WmkEdit *edit, const char *service, const char *channel, const char *received,
              guint allowed, guint count, gboolean late, gboolean complaint, gboolean about,
              double *pos, GError **error)
{
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *responded = wmk_comms_add_working_days (received, late ? allowed + 3 : allowed);
  g_autofree char *id = NULL;

  if (count == 0)
    return TRUE;
  json_object_set_string_member (fields, "received", received);
  json_object_set_string_member (fields, "channel", channel);
  json_object_set_string_member (fields, "service", service);
  json_object_set_boolean_member (fields, "complaint", complaint);
  json_object_set_boolean_member (fields, "about_communication", about);
  json_object_set_string_member (fields, "responded", responded);
  json_object_set_int_member (fields, "count", count);
  json_object_set_boolean_member (fields, "illustrative", TRUE);
  json_object_set_double_member (fields, "pos", ++*pos);
  id = wmk_edit_create (edit, WMK_COMMS_CONTACT, fields, error);
  return id != NULL;
}

static gboolean
add_month (WmkEdit *edit, guint m, double *pos, GError **error)
{
  g_autofree char *received = received_day (m);
  double t = (double) m / (N_MONTHS - 1);

  for (guint s = 0; s < G_N_ELEMENTS (standards); s++)
    {
      double late_share = standards[s].late_first
                          + (standards[s].late_last - standards[s].late_first) * t;
      guint allowed = g_str_equal (standards[s].unit, "hours") ? standards[s].target / 24
                                                              : standards[s].target;
      guint late = (guint) round (standards[s].per_month * late_share);

      if (!add_contacts (edit, standards[s].service, standards[s].channel, received, allowed,
                         standards[s].per_month - late, FALSE, FALSE, FALSE, pos, error)
          || !add_contacts (edit, standards[s].service, standards[s].channel, received, allowed,
                            late, TRUE, FALSE, FALSE, pos, error))
        return FALSE;
    }

  /* Complaints, to the complaints standard (the last one). */
  {
    guint total = complaints[m][0], about = complaints[m][1];
    double late_share = 0.30 + (0.05 - 0.30) * t;
    guint late_other = (guint) round ((total - about) * late_share);
    guint late_about = (guint) round (about * late_share);

    if (!add_contacts (edit, "Complaints", "email", received, 20, about - late_about, FALSE, TRUE,
                       TRUE, pos, error)
        || !add_contacts (edit, "Complaints", "email", received, 20, late_about, TRUE, TRUE,
                          TRUE, pos, error)
        || !add_contacts (edit, "Complaints", "email", received, 20,
                          total - about - late_other, FALSE, TRUE, FALSE, pos, error)
        || !add_contacts (edit, "Complaints", "email", received, 20, late_other, TRUE, TRUE,
                          FALSE, pos, error))
      return FALSE;
  }
  return TRUE;
}

/**
 * wmk_comms_sample_fill:
 *
 * Adds the illustrative standards, a year of contacts and complaints, and
 * the "you said, we did" log, as one edit.
 */
gboolean
wmk_comms_sample_fill (WmkPlan *plan, gpointer user_data, GError **error)
{
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Add the illustrative communication "
                                                    "figures"));
  double pos = 0;

  for (guint s = 0; s < G_N_ELEMENTS (standards); s++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "service", standards[s].service);
      json_object_set_string_member (fields, "channel", standards[s].channel);
      json_object_set_int_member (fields, "target", standards[s].target);
      json_object_set_string_member (fields, "target_unit", standards[s].unit);
      json_object_set_string_member (fields, "text", standards[s].text);
      json_object_set_boolean_member (fields, "ehc_process", standards[s].ehc);
      json_object_set_boolean_member (fields, "illustrative", TRUE);
      json_object_set_double_member (fields, "pos", s + 1);
      if ((id = wmk_edit_create (edit, WMK_COMMS_STANDARD, fields, error)) == NULL)
        return FALSE;
    }

  for (guint m = 0; m < N_MONTHS; m++)
    if (!add_month (edit, m, &pos, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (you_said); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "date", you_said[i].date);
      json_object_set_string_member (fields, "you_said", you_said[i].you_said);
      json_object_set_string_member (fields, "we_did", you_said[i].we_did);
      json_object_set_string_member (fields, "status", you_said[i].status);
      json_object_set_boolean_member (fields, "illustrative", TRUE);
      json_object_set_double_member (fields, "pos", i + 1);
      if ((id = wmk_edit_create (edit, WMK_COMMS_YOU_SAID, fields, error)) == NULL)
        return FALSE;
    }
  return wmk_plan_commit (plan, edit, error);
}
