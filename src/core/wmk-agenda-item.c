/* wmk-agenda-item.c: an agenda item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-agenda-item.h"

#include <glib/gi18n-lib.h>

/**
 * WmkAgendaItem:
 *
 * An item on a meeting's agenda with its minutes.
 * Its fields are listed in docs/format.md (type `agenda_item`).
 */
struct _WmkAgendaItem
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkAgendaItem, wmk_agenda_item, WMK_TYPE_ENTITY)

static const WmkFieldSpec agenda_item_fields[] = {
  { "parent", WMK_FIELD_REF, "meeting", N_("Meeting") },
  { "number", WMK_FIELD_STRING, NULL, N_("Number") },
  { "title", WMK_FIELD_STRING, NULL, N_("Title") },
  { "minutes", WMK_FIELD_TEXT, NULL, N_("Minutes") },
  { "comments", WMK_FIELD_STRINGS, NULL, N_("Comments and questions") },
  { "kind", WMK_FIELD_ENUM, "standing|previous_minutes|action_log|actions|objectives|kpis|risks|reports|other", N_("Kind") },
  { "presenter", WMK_FIELD_STRING, NULL, N_("Presented by") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec agenda_item_spec = {
  "agenda_item", N_("Agenda item"), agenda_item_fields, G_N_ELEMENTS (agenda_item_fields),
};

static void
wmk_agenda_item_class_init (WmkAgendaItemClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &agenda_item_spec);
}

static void
wmk_agenda_item_init (WmkAgendaItem *self)
{
}

const char *
wmk_agenda_item_get_parent (WmkAgendaItem *self)
{
  g_return_val_if_fail (WMK_IS_AGENDA_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_agenda_item_get_number (WmkAgendaItem *self)
{
  g_return_val_if_fail (WMK_IS_AGENDA_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "number");
}

const char *
wmk_agenda_item_get_title (WmkAgendaItem *self)
{
  g_return_val_if_fail (WMK_IS_AGENDA_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "title");
}

const char *
wmk_agenda_item_get_minutes (WmkAgendaItem *self)
{
  g_return_val_if_fail (WMK_IS_AGENDA_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "minutes");
}
