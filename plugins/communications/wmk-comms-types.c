/* wmk-comms-types.c: the communication standards plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three types, stored, synced, exported and undone by the core:
 *   - a standard: what a service promises to answer, on one channel, by when;
 *   - a contact: one contact or complaint (or a batch of alike ones, "count"),
 *     with no name or other personal detail: dates, channel, service, flags;
 *   - a "you said, we did" entry.
 * Every type has "illustrative", set on the sample's items only, so the page
 * can say when the figures it shows are not a council's own.
 */

#include "wmk-comms-types.h"

#include <glib/gi18n-lib.h>

static const WmkFieldSpec standard_fields[] = {
  { "service", WMK_FIELD_STRING, NULL, N_("Service") },
  { "channel", WMK_FIELD_ENUM, "phone|letter|email|message", N_("Channel") },
  { "target", WMK_FIELD_INTEGER, NULL, N_("Response target") },
  { "target_unit", WMK_FIELD_ENUM, "working_days|hours", N_("Target in") },
  { "text", WMK_FIELD_TEXT, NULL, N_("The standard, as published") },
  { "ehc_process", WMK_FIELD_BOOL, NULL, N_("Part of the EHC process") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_comms_standard_spec = {
  WMK_COMMS_STANDARD, N_("Communication standard"), standard_fields,
  G_N_ELEMENTS (standard_fields),
};

static const WmkFieldSpec contact_fields[] = {
  { "received", WMK_FIELD_DATE, NULL, N_("Received") },
  { "channel", WMK_FIELD_ENUM, "phone|letter|email|message", N_("Channel") },
  { "service", WMK_FIELD_STRING, NULL, N_("Service") },
  { "complaint", WMK_FIELD_BOOL, NULL, N_("A complaint") },
  { "about_communication", WMK_FIELD_BOOL, NULL, N_("About communication") },
  { "responded", WMK_FIELD_DATE, NULL, N_("Responded") },
  { "count", WMK_FIELD_INTEGER, NULL, N_("Contacts this line stands for") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_comms_contact_spec = {
  WMK_COMMS_CONTACT, N_("Contact or complaint"), contact_fields, G_N_ELEMENTS (contact_fields),
};

static const WmkFieldSpec you_said_fields[] = {
  { "date", WMK_FIELD_DATE, NULL, N_("Date") },
  { "you_said", WMK_FIELD_TEXT, NULL, N_("You said") },
  { "we_did", WMK_FIELD_TEXT, NULL, N_("We did") },
  { "status", WMK_FIELD_ENUM, "planned|in_progress|done", N_("Status") },
  { "illustrative", WMK_FIELD_BOOL, NULL, N_("Illustrative figures") },
  { "pos", WMK_FIELD_NUMBER, NULL, N_("Position") },
};

const WmkTypeSpec wmk_comms_you_said_spec = {
  WMK_COMMS_YOU_SAID, N_("You said, we did"), you_said_fields, G_N_ELEMENTS (you_said_fields),
};

/* The word a person reads for an enum value. */
const char *
wmk_comms_enum_word (const char *field, const char *value)
{
  static const struct { const char *field, *value, *word; } words[] = {
    { "channel", "phone", N_("Phone") },
    { "channel", "letter", N_("Letter") },
    { "channel", "email", N_("Email") },
    { "channel", "message", N_("Message") },
    { "target_unit", "working_days", N_("Working days") },
    { "target_unit", "hours", N_("Hours") },
    { "status", "planned", N_("Planned") },
    { "status", "in_progress", N_("In progress") },
    { "status", "done", N_("Done") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i].field, field) == 0 && g_strcmp0 (words[i].value, value) == 0)
      return _(words[i].word);
  return value ? value : "";
}

/* "2 working days", "24 hours", or "No target". */
char *
wmk_comms_target_text (WmkEntity *standard)
{
  gint64 target = wmk_entity_get_int (standard, "target", -1);

  if (target < 0)
    return g_strdup (_("No target"));
  if (g_strcmp0 (wmk_entity_get_string (standard, "target_unit"), "hours") == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", target),
                            (int) target);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day", "%d working days",
                                       target),
                          (int) target);
}

/* "SEND 0-25 team · Phone" */
char *
wmk_comms_standard_title (WmkEntity *standard)
{
  const char *service = wmk_entity_get_string (standard, "service");

  return g_strdup_printf ("%s · %s", service && *service ? service : _("Unnamed service"),
                          wmk_comms_enum_word ("channel",
                                               wmk_entity_get_string (standard, "channel")));
}

/* Whether any live item of @items came with the sample. */
gboolean
wmk_comms_any_illustrative (GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);

      if (wmk_entity_get_bool (item, "illustrative"))
        return TRUE;
    }
  return FALSE;
}
