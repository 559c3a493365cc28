/* wmk-attendance-group.c: who came to a meeting
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per member of the body, then anyone else recorded, each present,
 * sent apologies or absent. The record (an attendance item) is made the
 * first time a person's attendance is set. Anyone in the plan can be added.
 */

#include "config.h"

#include "wmk-attendance-group.h"

#include <glib/gi18n.h>

struct _WmkAttendanceGroup
{
  WmkMeetingGroup parent_instance;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (WmkAttendanceGroup, wmk_attendance_group, WMK_TYPE_MEETING_GROUP)

static const char *const statuses[] = { "", "present", "apologies", "absent", NULL };

static void
status_selected (AdwComboRow *row, GParamSpec *pspec, WmkAttendanceGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  const char *attendance_id = g_object_get_data (G_OBJECT (row), "attendance-id");
  guint selected = adw_combo_row_get_selected (row);
  const char *status = selected < G_N_ELEMENTS (statuses) - 1 ? statuses[selected] : "";
  GError *error = NULL;

  if (self->filling || meeting == NULL)
    return;
  if (attendance_id)
    wmk_meeting_group_check (group, wmk_plan_set_string (plan, attendance_id, "status",
                                                         *status ? status : NULL, &error), error);
  else if (*status)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "parent", wmk_entity_get_id (meeting));
      json_object_set_string_member (fields, "person", g_object_get_data (G_OBJECT (row), "person-id"));
      json_object_set_string_member (fields, "status", status);
      id = wmk_plan_create (plan, "attendance", fields, _("Record attendance"), &error);
      wmk_meeting_group_check (group, id != NULL, error);
    }
}

/* "Role, organisation", from the first of @sources that gives each. */
static char *
role_words (WmkEntity *membership, WmkEntity *attendance, WmkEntity *person)
{
  WmkEntity *sources[] = { membership, attendance, person };
  const char *role = NULL, *organisation = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (sources[i])
      {
        if (role == NULL)
          role = wmk_entity_get_string (sources[i], sources[i] == membership ? "role" : "job_title");
        if (organisation == NULL)
          organisation = wmk_entity_get_string (sources[i], "organisation");
      }
  if (role && organisation && g_strstr_len (role, -1, organisation) == NULL)
    return g_strdup_printf ("%s, %s", role, organisation);
  return g_strdup (role ? role : organisation);
}

static GtkWidget *
person_row (WmkAttendanceGroup *self, WmkPlan *plan, const char *person_id, WmkEntity *membership,
            WmkEntity *attendance)
{
  const char *words[] = { _("Not recorded"), _("Present"), _("Apologies"), _("Absent"), NULL };
  g_autoptr(GtkStringList) list = gtk_string_list_new (words);
  WmkEntity *person = wmk_plan_lookup (plan, person_id);
  const char *name = person ? wmk_entity_get_string (person, "name") : person_id;
  const char *status = attendance ? wmk_entity_get_string (attendance, "status") : NULL;
  g_autofree char *role = role_words (membership, attendance, person);
  g_autofree char *key = g_strconcat ("attend:", person_id, NULL);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name ? name : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (role)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role);
  wmk_meeting_group_set_key (row, key, NULL);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  for (guint i = 0; statuses[i]; i++)
    if (g_strcmp0 (statuses[i], status ? status : "") == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_strdup (person_id), g_free);
  if (attendance)
    g_object_set_data_full (G_OBJECT (row), "attendance-id", g_strdup (wmk_entity_get_id (attendance)), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (status_selected), self);
  return row;
}

static void
add_person_selected (AdwComboRow *row, GParamSpec *pspec, WmkAttendanceGroup *self)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (row);
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *id = NULL;
  GError *error = NULL;

  if (self->filling || meeting == NULL || selected == 0 || selected > ids->len)
    return;
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (meeting));
  json_object_set_string_member (fields, "person", ids->pdata[selected - 1]);
  json_object_set_string_member (fields, "status", "present");
  id = wmk_plan_create (wmk_meeting_group_get_plan (group), "attendance", fields, _("Record attendance"), &error);
  wmk_meeting_group_check (group, id != NULL, error);
}

static GtkWidget *
add_person_row (WmkAttendanceGroup *self, WmkPlan *plan, GHashTable *listed)
{
  GListModel *people = wmk_plan_get_items (plan, "person");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (names, _("Choose a person…"));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(WmkEntity) person = g_list_model_get_item (people, i);
      if (g_hash_table_contains (listed, wmk_entity_get_id (person)))
        continue;
      gtk_string_list_append (names, wmk_entity_get_string (person, "name") ? wmk_entity_get_string (person, "name") : "");
      g_ptr_array_add (ids, g_strdup (wmk_entity_get_id (person)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add someone else who attended"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  wmk_meeting_group_set_key (row, "attend:add", NULL);
  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (add_person_selected), self);
  return row;
}

static void
wmk_attendance_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkAttendanceGroup *self = WMK_ATTENDANCE_GROUP (group);
  const char *body_id = wmk_entity_get_parent_id (meeting);
  g_autoptr(GPtrArray) members = body_id ? wmk_plan_dup_children (plan, body_id, "membership") : g_ptr_array_new ();
  g_autoptr(GPtrArray) attendance = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), "attendance");
  g_autoptr(GHashTable) by_person = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);

  self->filling = TRUE;
  for (guint i = 0; i < attendance->len; i++)
    if (wmk_entity_get_string (attendance->pdata[i], "person"))
      g_hash_table_insert (by_person, (gpointer) wmk_entity_get_string (attendance->pdata[i], "person"),
                           attendance->pdata[i]);
  for (guint i = 0; i < members->len; i++)
    {
      const char *person = wmk_entity_get_string (members->pdata[i], "person");
      if (person == NULL || !g_hash_table_add (listed, (gpointer) person))
        continue;
      wmk_meeting_group_add (group, person_row (self, plan, person, members->pdata[i],
                                                g_hash_table_lookup (by_person, person)));
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      const char *person = wmk_entity_get_string (attendance->pdata[i], "person");
      if (person == NULL || !g_hash_table_add (listed, (gpointer) person))
        continue;
      wmk_meeting_group_add (group, person_row (self, plan, person, NULL, attendance->pdata[i]));
    }
  wmk_meeting_group_add (group, add_person_row (self, plan, listed));
  self->filling = FALSE;
}

static void
wmk_attendance_group_class_init (WmkAttendanceGroupClass *klass)
{
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_attendance_group_fill;
}

static void
wmk_attendance_group_init (WmkAttendanceGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Attendance"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The body’s members, then anyone else who came."));
}
