/* wmk-log-item.c: an action log item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-log-item.h"

#include <glib/gi18n-lib.h>

/**
 * WmkLogItem:
 *
 * An action agreed at a meeting, followed up in the action log.
 * Its fields are listed in docs/format.md (type `log_item`).
 */
struct _WmkLogItem
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkLogItem, wmk_log_item, WMK_TYPE_ENTITY)

static const WmkFieldSpec log_item_fields[] = {
  { "parent", WMK_FIELD_REF, "meeting", N_("Meeting") },
  { "agenda_item", WMK_FIELD_REF, "agenda_item", N_("Agenda item") },
  { "text", WMK_FIELD_TEXT, NULL, N_("Action") },
  { "owner_text", WMK_FIELD_STRING, NULL, N_("Owner, as written") },
  { "owners", WMK_FIELD_REFS, "person", N_("Owners") },
  { "due", WMK_FIELD_DATE, NULL, N_("Due") },
  { "due_text", WMK_FIELD_STRING, NULL, N_("Due, as written") },
  { "status", WMK_FIELD_ENUM, "open|done|dropped", N_("Status") },
  { "update", WMK_FIELD_TEXT, NULL, N_("Latest update") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec log_item_spec = {
  "log_item", N_("Action log item"), log_item_fields, G_N_ELEMENTS (log_item_fields),
};

static void
wmk_log_item_class_init (WmkLogItemClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &log_item_spec);
}

static void
wmk_log_item_init (WmkLogItem *self)
{
}

const char *
wmk_log_item_get_parent (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_log_item_get_agenda_item (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "agenda_item");
}

const char *
wmk_log_item_get_text (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}

const char *
wmk_log_item_get_owner_text (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "owner_text");
}

const char *
wmk_log_item_get_due (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "due");
}

const char *
wmk_log_item_get_due_text (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "due_text");
}

const char *
wmk_log_item_get_status (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "status");
}

const char *
wmk_log_item_get_update (WmkLogItem *self)
{
  g_return_val_if_fail (WMK_IS_LOG_ITEM (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "update");
}
