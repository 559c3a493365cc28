/* wmk-feedback.c: something families have told us
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-feedback.h"

#include <glib/gi18n-lib.h>

/**
 * WmkFeedback:
 *
 * One thing families told the local area, linked to the success criteria it bears on.
 * Its fields are listed in docs/format.md (type `feedback`).
 */
struct _WmkFeedback
{
  WmkEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkFeedback, wmk_feedback, WMK_TYPE_ENTITY)

static const WmkFieldSpec feedback_fields[] = {
  { "parent", WMK_FIELD_REF, "workstream", N_("Workstream") },
  { "ref", WMK_FIELD_STRING, NULL, N_("Ref") },
  { "letter", WMK_FIELD_STRING, NULL, N_("Letter") },
  { "text", WMK_FIELD_TEXT, NULL, N_("What families told us") },
  { "criteria_text", WMK_FIELD_STRING, NULL, N_("Criteria, as written") },
  { "criteria", WMK_FIELD_REFS, "criterion", N_("Success criteria") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

static const WmkTypeSpec feedback_spec = {
  "feedback", N_("What families have told us"), feedback_fields, G_N_ELEMENTS (feedback_fields),
};

static void
wmk_feedback_class_init (WmkFeedbackClass *klass)
{
  wmk_entity_class_set_spec (WMK_ENTITY_CLASS (klass), &feedback_spec);
}

static void
wmk_feedback_init (WmkFeedback *self)
{
}

const char *
wmk_feedback_get_parent (WmkFeedback *self)
{
  g_return_val_if_fail (WMK_IS_FEEDBACK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "parent");
}

const char *
wmk_feedback_get_ref (WmkFeedback *self)
{
  g_return_val_if_fail (WMK_IS_FEEDBACK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "ref");
}

const char *
wmk_feedback_get_letter (WmkFeedback *self)
{
  g_return_val_if_fail (WMK_IS_FEEDBACK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "letter");
}

const char *
wmk_feedback_get_text (WmkFeedback *self)
{
  g_return_val_if_fail (WMK_IS_FEEDBACK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "text");
}

const char *
wmk_feedback_get_criteria_text (WmkFeedback *self)
{
  g_return_val_if_fail (WMK_IS_FEEDBACK (self), NULL);
  return wmk_entity_get_string (WMK_ENTITY (self), "criteria_text");
}
