/* wmk-progress-update.c: a progress update in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-progress-update.h"

#include <glib/gi18n-lib.h>

/**
 * WmkProgressUpdate:
 *
 * A dated note of progress on any item.
 * Its fields are listed in docs/format.md (type `progress_update`).
 */
struct _WmkProgressUpdate
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkProgressUpdate, wmk_progress_update, WMK_TYPE_ENTITY)

static const WmkFieldSpec progress_update_fields[] = {
  { "parent", WMK_FIELD_REF, NULL, N_("Item") },
  { "date", WMK_FIELD_DATE, NULL, N_("Date") },
  { "text", WMK_FIELD_TEXT, NULL, N_("Update") },
  { "author", WMK_FIELD_STRING, NULL, N_("Author") },
  { "meeting", WMK_FIELD_REF, "meeting", N_("Reviewed at meeting") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec progress_update_spec = {
  "progress_update", N_("Progress update"), progress_update_fields, G_N_ELEMENTS (progress_update_fields),
};

static void
wmk_progress_update_class_init (WmkProgressUpdateClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &progress_update_spec);
}

static void
wmk_progress_update_init (WmkProgressUpdate *self)
{
}

const char *
wmk_progress_update_get_parent (WmkProgressUpdate *self)
{
  g_return_val_if_fail (WMK_IS_PROGRESS_UPDATE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_progress_update_get_date (WmkProgressUpdate *self)
{
  g_return_val_if_fail (WMK_IS_PROGRESS_UPDATE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "date");
}

const char *
wmk_progress_update_get_text (WmkProgressUpdate *self)
{
  g_return_val_if_fail (WMK_IS_PROGRESS_UPDATE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}

const char *
wmk_progress_update_get_author (WmkProgressUpdate *self)
{
  g_return_val_if_fail (WMK_IS_PROGRESS_UPDATE (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "author");
}
