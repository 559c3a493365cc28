/* wmk-meeting-details.c: when, where and who chaired; the invitations
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notice requires an independent chair (R2) and the DfE and NHS
 * England invited to every board meeting (R9): both are recorded here, and
 * a missing invitation is said in a line of its own, not left to be noticed.
 */

#include "config.h"

#include "wmk-meeting-details.h"

#include <glib/gi18n.h>

struct _WmkMeetingDetails
{
  WmkMeetingGroup parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkMeetingDetails, wmk_meeting_details, WMK_TYPE_MEETING_GROUP)

/* The people who may chair: the body's chair and deputy, then its members. */
static GtkWidget *
chair_row (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting, WmkEntity *body)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) members = body ? wmk_plan_dup_children (plan, wmk_entity_get_id (body), "membership")
                                      : g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *first[] = { body ? wmk_entity_get_string (body, "chair") : NULL,
                          body ? wmk_entity_get_string (body, "deputy_chair") : NULL,
                          wmk_entity_get_string (meeting, "chaired_by") };

  g_ptr_array_add (values, "");
  g_ptr_array_add (words, g_strdup (_("Not recorded")));
  for (guint i = 0; i < G_N_ELEMENTS (first) + members->len; i++)
    {
      const char *id = i < G_N_ELEMENTS (first) ? first[i]
                       : wmk_entity_get_string (members->pdata[i - G_N_ELEMENTS (first)], "person");
      WmkEntity *person = id ? wmk_plan_lookup (plan, id) : NULL;
      const char *name = person ? wmk_entity_get_string (person, "name") : NULL;

      if (name == NULL || !g_hash_table_add (seen, (gpointer) id))
        continue;
      g_ptr_array_add (values, (gpointer) id);
      g_ptr_array_add (words, i == 0 ? g_strdup_printf (_("%s (chair)"), name)
                              : i == 1 ? g_strdup_printf (_("%s (deputy chair)"), name) : g_strdup (name));
    }
  g_ptr_array_add (values, NULL);
  g_ptr_array_add (words, NULL);
  return wmk_meeting_group_choice_row (group, _("Chaired by"), meeting, "chaired_by",
                                       (const char * const *) values->pdata,
                                       (const char * const *) words->pdata);
}

static void
wmk_meeting_details_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  static const char *const statuses[] = { "scheduled", "held", "cancelled", NULL };
  const char *status_words[] = { _("Scheduled"), _("Held"), _("Cancelled"), NULL };
  WmkEntity *body = wmk_plan_lookup (plan, wmk_entity_get_parent_id (meeting) ? wmk_entity_get_parent_id (meeting) : "");
  gboolean dfe = wmk_entity_get_bool (meeting, "invited_dfe");
  gboolean nhse = wmk_entity_get_bool (meeting, "invited_nhse");

  wmk_meeting_group_add (group, wmk_meeting_group_entry_row (group, _("Title"), meeting, "title"));
  wmk_meeting_group_add (group, wmk_meeting_group_date_row (group, _("Date (YYYY-MM-DD)"), meeting, "date"));
  wmk_meeting_group_add (group, wmk_meeting_group_entry_row (group, _("Starts (HH:MM)"), meeting, "start_time"));
  wmk_meeting_group_add (group, wmk_meeting_group_entry_row (group, _("Ends (HH:MM)"), meeting, "end_time"));
  wmk_meeting_group_add (group, wmk_meeting_group_entry_row (group, _("Location"), meeting, "location"));
  wmk_meeting_group_add (group, wmk_meeting_group_choice_row (group, _("Status"), meeting, "status",
                                                              statuses, status_words));
  wmk_meeting_group_add (group, chair_row (group, plan, meeting, body));
  wmk_meeting_group_add (group, wmk_meeting_group_date_row (group, _("Invitations sent (YYYY-MM-DD)"),
                                                            meeting, "invitations_sent"));
  wmk_meeting_group_add (group, wmk_meeting_group_switch_row (group, _("Department for Education invited"), NULL,
                                                              meeting, "invited_dfe"));
  wmk_meeting_group_add (group, wmk_meeting_group_switch_row (group, _("NHS England invited"), NULL,
                                                              meeting, "invited_nhse"));
  /* The notice asks this of the improvement board (R9), not of every body. */
  if ((!dfe || !nhse) && g_strcmp0 (body ? wmk_entity_get_string (body, "kind") : NULL, "board") == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     !dfe && !nhse ? _("Neither the DfE nor NHS England is recorded as invited")
                                     : !dfe ? _("The DfE is not recorded as invited")
                                     : _("NHS England is not recorded as invited"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The improvement notice requires both to be invited to every board meeting."));
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      wmk_meeting_group_add (group, row);
    }
}

static void
wmk_meeting_details_class_init (WmkMeetingDetailsClass *klass)
{
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_meeting_details_fill;
}

static void
wmk_meeting_details_init (WmkMeetingDetails *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Meeting"));
}
