/* wmk-nd-types.c: the neurodiversity pathway plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two types, stored, synced, exported and undone by the core, both
 * aggregates (never a child):
 *   - a snapshot: one service's waiting list at a month's end, by wait band,
 *     with the month's referrals and first assessments, and how many of
 *     those waiting are girls or have co-occurring mental health needs (and
 *     how many of each have waited over a year), for the equity figures;
 *   - a month of new birth visits, and how many took place within 10-15 days.
 * "illustrative" is set on the sample's items only, so the page can say when
 * the figures it shows are not a council's own.
 */

#include "wmk-nd-types.h"

#include <glib/gi18n-lib.h>

static const WmkFieldSpec snapshot_fields[] = {
  { "date", WMK_FIELD_DATE, NULL, N_("Month ending") },
  { "service", WMK_FIELD_ENUM, "0-5|5-18", N_("Service") },
  { "under_18_weeks", WMK_FIELD_INTEGER, NULL, N_("Waiting under 18 weeks") },
  { "weeks_18_to_52", WMK_FIELD_INTEGER, NULL, N_("Waiting 18 to 52 weeks") },
  { "over_52_weeks", WMK_FIELD_INTEGER, NULL, N_("Waiting over 52 weeks") },
  { "referrals", WMK_FIELD_INTEGER, NULL, N_("Referrals in the month") },
  { "assessments", WMK_FIELD_INTEGER, NULL, N_("First assessments in the month") },
  { "girls_waiting", WMK_FIELD_INTEGER, NULL, N_("Girls waiting") },
  { "girls_over_52_weeks", WMK_FIELD_INTEGER, NULL, N_("Girls waiting over 52 weeks") },
  { "mh_waiting", WMK_FIELD_INTEGER, NULL, N_("Waiting with mental health needs") },
  { "mh_over_52_weeks", WMK_FIELD_INTEGER, NULL,
    N_("Waiting over 52 weeks with mental health needs") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "source", WMK_FIELD_STRING, NULL, N_("Source") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_nd_snapshot_spec = {
  WMK_ND_SNAPSHOT, N_("Waiting list snapshot"), snapshot_fields, G_N_ELEMENTS (snapshot_fields),
};

static const WmkFieldSpec birth_visit_fields[] = {
  { "date", WMK_FIELD_DATE, NULL, N_("Month ending") },
  { "visits", WMK_FIELD_INTEGER, NULL, N_("New birth visits") },
  { "within_10_15_days", WMK_FIELD_INTEGER, NULL, N_("Within 10 to 15 days") },
  { "note", WMK_FIELD_TEXT, NULL, N_("Note") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_nd_birth_visits_spec = {
  WMK_ND_BIRTH_VISITS, N_("New birth visits"), birth_visit_fields,
  G_N_ELEMENTS (birth_visit_fields),
};

/* The word a person reads for a service. */
const char *
wmk_nd_enum_word (const char *field, const char *value)
{
  if (g_strcmp0 (value, "0-5") == 0)
    return _("Under-fives service");
  if (g_strcmp0 (value, "5-18") == 0)
    return _("5 to 18 service");
  return value;
}
