/* wmk-commissioning-types.c: the joint commissioning plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two types, stored, synced, exported and undone by the core: a provision
 * (one service on the provision map) and a commissioning decision. Both have
 * "illustrative", set on the sample's items only.
 *
 * Localities are Devon County Council's eight districts (the standard
 * geography the council and NHS Devon publish data by), plus "countywide"
 * for services run across Devon. The population shares are the districts'
 * usual residents at the 2021 Census, rounded (thousands): East Devon 150.8,
 * Exeter 130.7, Mid Devon 82.9, North Devon 98.6, South Hams 88.7,
 * Teignbridge 134.8, Torridge 68.6, West Devon 56.6. They only share a
 * Devon-wide need estimate out between districts (docs/plugins.md).
 */

#include "wmk-commissioning-types.h"

#include <glib/gi18n-lib.h>

static const WmkFieldSpec provision_fields[] = {
  { "service", WMK_FIELD_STRING, NULL, N_("Service") },
  { "tier", WMK_FIELD_ENUM, "universal|targeted|specialist", N_("Tier") },
  { "need", WMK_FIELD_ENUM, "autism|semh|slcn|sensory|physical|learning", N_("Need") },
  { "locality", WMK_FIELD_ENUM,
    "countywide|east_devon|exeter|mid_devon|north_devon|south_hams|teignbridge|torridge|"
    "west_devon", N_("Locality") },
  { "age_from", WMK_FIELD_INTEGER, NULL, N_("Ages from") },
  { "age_to", WMK_FIELD_INTEGER, NULL, N_("Ages to") },
  { "commissioner", WMK_FIELD_ENUM, "dcc|nhs|joint", N_("Commissioner") },
  { "capacity", WMK_FIELD_INTEGER, NULL, N_("Capacity (children a year)") },
  { "annual_spend", WMK_FIELD_NUMBER, NULL, N_("Annual spend (£)") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_commissioning_provision_spec = {
  WMK_COMMISSIONING_PROVISION, N_("Provision"), provision_fields,
  G_N_ELEMENTS (provision_fields),
};

static const WmkFieldSpec decision_fields[] = {
  { "date", WMK_FIELD_DATE, NULL, N_("Date") },
  { "decision", WMK_FIELD_TEXT, NULL, N_("Decision") },
  { "services", WMK_FIELD_STRING, NULL, N_("Services") },
  { "review_date", WMK_FIELD_DATE, NULL, N_("Review date") },
  { "status", WMK_FIELD_ENUM, "proposed|agreed|implemented|reviewed|withdrawn", N_("Status") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_commissioning_decision_spec = {
  WMK_COMMISSIONING_DECISION, N_("Commissioning decision"), decision_fields,
  G_N_ELEMENTS (decision_fields),
};

static const struct { const char *id, *word, *short_word; } needs[] = {
  { "autism", N_("Autism"), N_("Autism") },
  { "semh", N_("Social, emotional and mental health"), N_("SEMH") },
  { "slcn", N_("Speech, language and communication"), N_("SLCN") },
  { "sensory", N_("Sensory"), N_("Sensory") },
  { "physical", N_("Physical"), N_("Physical") },
  { "learning", N_("Learning"), N_("Learning") },
};

static const struct { const char *id, *word; double people; } localities[] = {
  { "east_devon", N_("East Devon"), 150.8 },
  { "exeter", N_("Exeter"), 130.7 },
  { "mid_devon", N_("Mid Devon"), 82.9 },
  { "north_devon", N_("North Devon"), 98.6 },
  { "south_hams", N_("South Hams"), 88.7 },
  { "teignbridge", N_("Teignbridge"), 134.8 },
  { "torridge", N_("Torridge"), 68.6 },
  { "west_devon", N_("West Devon"), 56.6 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (needs) == WMK_COMMISSIONING_N_NEEDS);
G_STATIC_ASSERT (G_N_ELEMENTS (localities) == WMK_COMMISSIONING_N_LOCALITIES);

const char *
wmk_commissioning_need_id (guint need)
{
  g_return_val_if_fail (need < WMK_COMMISSIONING_N_NEEDS, NULL);
  return needs[need].id;
}

/* "SEMH": for the matrix's columns. */
const char *
wmk_commissioning_need_short (guint need)
{
  g_return_val_if_fail (need < WMK_COMMISSIONING_N_NEEDS, NULL);
  return _(needs[need].short_word);
}

int
wmk_commissioning_need_index (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    if (g_strcmp0 (needs[i].id, id) == 0)
      return (int) i;
  return -1;
}

const char *
wmk_commissioning_locality_id (guint locality)
{
  g_return_val_if_fail (locality < WMK_COMMISSIONING_N_LOCALITIES, NULL);
  return localities[locality].id;
}

int
wmk_commissioning_locality_index (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (localities); i++)
    if (g_strcmp0 (localities[i].id, id) == 0)
      return (int) i;
  return -1;
}

/* The district's share of Devon's population, 0 to 1. */
double
wmk_commissioning_locality_share (guint locality)
{
  double total = 0;

  g_return_val_if_fail (locality < WMK_COMMISSIONING_N_LOCALITIES, 0);
  for (guint i = 0; i < G_N_ELEMENTS (localities); i++)
    total += localities[i].people;
  return localities[locality].people / total;
}

/* The word a person reads for an enum value. */
const char *
wmk_commissioning_enum_word (const char *field, const char *value)
{
  static const struct { const char *field, *value, *word; } words[] = {
    { "tier", "universal", N_("Universal") },
    { "tier", "targeted", N_("Targeted") },
    { "tier", "specialist", N_("Specialist") },
    { "locality", "countywide", N_("Countywide") },
    { "commissioner", "dcc", N_("Devon County Council") },
    { "commissioner", "nhs", N_("NHS Devon") },
    { "commissioner", "joint", N_("Joint (council and NHS)") },
    { "status", "proposed", N_("Proposed") },
    { "status", "agreed", N_("Agreed") },
    { "status", "implemented", N_("Implemented") },
    { "status", "reviewed", N_("Reviewed") },
    { "status", "withdrawn", N_("Withdrawn") },
  };

  if (g_strcmp0 (field, "need") == 0 && wmk_commissioning_need_index (value) >= 0)
    return _(needs[wmk_commissioning_need_index (value)].word);
  if (g_strcmp0 (field, "locality") == 0 && wmk_commissioning_locality_index (value) >= 0)
    return _(localities[wmk_commissioning_locality_index (value)].word);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i].field, field) == 0 && g_strcmp0 (words[i].value, value) == 0)
      return _(words[i].word);
  return value ? value : "";
}

gboolean
wmk_commissioning_any_illustrative (GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);

      if (wmk_entity_get_bool (item, "illustrative"))
        return TRUE;
    }
  return FALSE;
}

/* "£1.9m", "£450k", "£800". */
char *
wmk_commissioning_format_money (double pounds)
{
  if (pounds >= 1e6)
    return g_strdup_printf ("£%.1fm", pounds / 1e6);
  if (pounds >= 1e4)
    return g_strdup_printf ("£%.0fk", pounds / 1e3);
  return g_strdup_printf ("£%.0f", pounds);
}
