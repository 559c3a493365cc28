/* wmk-commissioning-sample.c: an illustrative provision map for the sample plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made up, for the sample plan's actions 1.4.1 and 1.5 (map provision across
 * the Local Area, identify gaps; review the joint commissioning strategy):
 * countywide services shared by every district, local bases and schools
 * thicker in Exeter and the east, thinner in Torridge and West Devon, so the
 * gap matrix has something to say. Decisions: some reviewed, two overdue,
 * one due within the month (dated from the day the sample is made, so the
 * sample always shows one), one later.
 */

#include <glib/gi18n-lib.h>

#include "wmk-commissioning-plugin.h"
#include "wmk-commissioning-types.h"

static const struct
{
  const char *service, *tier, *need, *locality, *commissioner;
  int         age_from, age_to, capacity;
  double      spend;
} provisions[] = {
  { "Autism outreach (communication and interaction team)", "targeted", "autism", "countywide",
    "joint", 4, 19, 900, 1900000 },
  { "Specialist autism base, Exeter", "specialist", "autism", "exeter", "dcc", 4, 16, 180,
    3600000 },
  { "Specialist autism base, East Devon", "specialist", "autism", "east_devon", "dcc", 4, 16, 150,
    3000000 },
  { "Specialist autism base, Teignbridge", "specialist", "autism", "teignbridge", "dcc", 4, 16,
    140, 2800000 },
  { "Autism resource base, South Hams", "specialist", "autism", "south_hams", "dcc", 4, 11, 80,
    1500000 },
  { "Autism resource base, North Devon", "specialist", "autism", "north_devon", "dcc", 4, 16, 70,
    1400000 },
  { "Autism resource base, Mid Devon", "specialist", "autism", "mid_devon", "dcc", 4, 11, 60,
    1200000 },
  { "Children and young people’s mental health service (CAMHS)", "specialist", "semh",
    "countywide", "nhs", 0, 18, 600, 6500000 },
  { "Mental health support teams in schools, Exeter", "targeted", "semh", "exeter", "nhs", 5, 18,
    200, 600000 },
  { "Mental health support teams in schools, East Devon", "targeted", "semh", "east_devon", "nhs",
    5, 18, 150, 450000 },
  { "Mental health support teams in schools, Teignbridge", "targeted", "semh", "teignbridge",
    "nhs", 5, 18, 120, 360000 },
  { "Mental health support teams in schools, North Devon", "targeted", "semh", "north_devon",
    "nhs", 5, 18, 80, 240000 },
  { "SEMH outreach, Mid Devon", "targeted", "semh", "mid_devon", "dcc", 5, 16, 60, 180000 },
  { "SEMH outreach, South Hams", "targeted", "semh", "south_hams", "dcc", 5, 16, 70, 210000 },
  { "SEMH outreach, Torridge", "targeted", "semh", "torridge", "dcc", 5, 16, 30, 90000 },
  { "Alternative provision for SEMH, Exeter", "specialist", "semh", "exeter", "dcc", 11, 16, 60,
    1500000 },
  { "Alternative provision for SEMH, North Devon", "specialist", "semh", "north_devon", "dcc", 11,
    16, 50, 1250000 },
  { "Alternative provision for SEMH, Teignbridge", "specialist", "semh", "teignbridge", "dcc", 11,
    16, 40, 1000000 },
  { "Children’s speech and language therapy", "targeted", "slcn", "countywide", "nhs", 0, 19,
    1300, 3900000 },
  { "Language resource base, Exeter", "specialist", "slcn", "exeter", "dcc", 4, 11, 60, 900000 },
  { "Language resource base, East Devon", "specialist", "slcn", "east_devon", "dcc", 4, 11, 40,
    600000 },
  { "Language resource base, North Devon", "specialist", "slcn", "north_devon", "dcc", 4, 11, 30,
    450000 },
  { "Sensory support service (hearing, vision, multi-sensory)", "specialist", "sensory",
    "countywide", "dcc", 0, 25, 310, 2300000 },
  { "Physical and medical needs outreach", "targeted", "physical", "countywide", "joint", 0, 19,
    240, 720000 },
  { "Children’s occupational therapy and physiotherapy", "specialist", "physical", "countywide",
    "nhs", 0, 19, 90, 1100000 },
  { "Learning support outreach", "targeted", "learning", "countywide", "dcc", 4, 19, 700,
    1400000 },
  { "Special school places, Exeter", "specialist", "learning", "exeter", "dcc", 4, 19, 250,
    6000000 },
  { "Special school places, East Devon", "specialist", "learning", "east_devon", "dcc", 4, 19,
    220, 5300000 },
  { "Special school places, Teignbridge", "specialist", "learning", "teignbridge", "dcc", 4, 19,
    180, 4300000 },
  { "Special school places, North Devon", "specialist", "learning", "north_devon", "dcc", 4, 19,
    150, 3600000 },
  { "Special school places, South Hams", "specialist", "learning", "south_hams", "dcc", 4, 19, 80,
    1900000 },
  { "Special school places, Mid Devon", "specialist", "learning", "mid_devon", "dcc", 4, 19, 60,
    1400000 },
  { "Special school places, Torridge", "specialist", "learning", "torridge", "dcc", 4, 19, 40,
    1000000 },
  { "Health visiting", "universal", "slcn", "countywide", "nhs", 0, 5, 0, 9800000 },
  { "SEND Local Offer and information line", "universal", "learning", "countywide", "dcc", 0, 25,
    0, 350000 },
};

/* Review dates as days from the day the sample is made: < 0 none (a fixed date). */
static const struct
{
  const char *date, *decision, *services, *review, *status;
  int         review_in_days;
} decisions[] = {
  { "2023-01-18", "Commission one autism outreach service for all of Devon, funded jointly by the "
    "council and NHS Devon.", "Autism outreach", "2024-01-31", "reviewed", -1 },
  { "2023-03-15", "Extend mental health support teams in schools to Teignbridge and North Devon.",
    "Mental health support teams in schools", "2024-03-31", "implemented", -1 },
  { "2023-06-21", "Open specialist autism bases in Torridge and West Devon, where the provision "
    "map shows the largest gaps.", "Specialist autism bases", NULL, "agreed", 21 },
  { "2023-09-20", "Pool the budgets for children’s speech and language therapy under a section 75 "
    "agreement.", "Children’s speech and language therapy", "2025-09-30", "agreed", -1 },
  { "2023-11-15", "Recommission the sensory support service for three years.",
    "Sensory support service", NULL, "agreed", 75 },
  { "2023-12-13", "Withdraw the separate referral route for under-fives’ speech and language "
    "therapy; one front door instead.", "Children’s speech and language therapy", "2024-06-30",
    "withdrawn", -1 },
};

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, days);

  return g_date_time_format (later, "%Y-%m-%d");
}

/**
 * wmk_commissioning_sample_fill:
 *
 * Adds the illustrative provision map and decisions as one edit.
 */
gboolean
wmk_commissioning_sample_fill (WmkPlan *plan, gpointer user_data, GError **error)
{
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Add the illustrative provision map"));

  for (guint i = 0; i < G_N_ELEMENTS (provisions); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "service", provisions[i].service);
      json_object_set_string_member (fields, "tier", provisions[i].tier);
      json_object_set_string_member (fields, "need", provisions[i].need);
      json_object_set_string_member (fields, "locality", provisions[i].locality);
      json_object_set_int_member (fields, "age_from", provisions[i].age_from);
      json_object_set_int_member (fields, "age_to", provisions[i].age_to);
      json_object_set_string_member (fields, "commissioner", provisions[i].commissioner);
      if (provisions[i].capacity > 0)
        json_object_set_int_member (fields, "capacity", provisions[i].capacity);
      json_object_set_double_member (fields, "annual_spend", provisions[i].spend);
      json_object_set_boolean_member (fields, "illustrative", TRUE);
      json_object_set_double_member (fields, "pos", i + 1);
      if ((id = wmk_edit_create (edit, WMK_COMMISSIONING_PROVISION, fields, error)) == NULL)
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *review = decisions[i].review_in_days >= 0
                                  ? days_from_today (decisions[i].review_in_days)
                                  : g_strdup (decisions[i].review);
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "date", decisions[i].date);
      json_object_set_string_member (fields, "decision", decisions[i].decision);
      json_object_set_string_member (fields, "services", decisions[i].services);
      json_object_set_string_member (fields, "review_date", review);
      json_object_set_string_member (fields, "status", decisions[i].status);
      json_object_set_boolean_member (fields, "illustrative", TRUE);
      json_object_set_double_member (fields, "pos", i + 1);
      if ((id = wmk_edit_create (edit, WMK_COMMISSIONING_DECISION, fields, error)) == NULL)
        return FALSE;
    }
  return wmk_plan_commit (plan, edit, error);
}
