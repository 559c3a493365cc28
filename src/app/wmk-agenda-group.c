/* wmk-agenda-group.c: a meeting's agenda, its minutes and the suggested agenda
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items in order, each with its title, presenter and minutes; moved with
 * buttons (a keyboard and a screen reader can reorder, not only a mouse).
 * "Suggested Agenda…" shows what the core proposes the board should look
 * at (wmk-agenda-suggestion.c) and adds it in one undoable step.
 */

#include "config.h"

#include "wmk-agenda-group.h"

#include <glib/gi18n.h>

struct _WmkAgendaGroup
{
  WmkMeetingGroup  parent_instance;
  GPtrArray       *suggestions;   /* while the dialog is open */
};

G_DEFINE_FINAL_TYPE (WmkAgendaGroup, wmk_agenda_group, WMK_TYPE_MEETING_GROUP)

static void
move_clicked (GtkButton *button, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, wmk_entity_get_id (wmk_meeting_group_get_meeting (group)),
                                                      "agenda_item");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Move an agenda item"));
  GError *error = NULL;
  gboolean ok = TRUE;

  if ((int) index + delta < 0 || index + delta >= items->len)
    return;
  /* Swap the two items' places and their numbers; renumber so the order reads 1, 2, 3. */
  g_ptr_array_insert (items, index + delta, g_ptr_array_steal_index (items, index));
  for (guint i = 0; i < items->len && ok; i++)
    {
      g_autoptr(JsonNode) pos = json_node_init_double (json_node_alloc (), i + 1);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(JsonNode) number_node = json_node_init_string (json_node_alloc (), number);

      ok = wmk_edit_set (edit, wmk_entity_get_id (items->pdata[i]), "pos", pos, &error)
           && wmk_edit_set (edit, wmk_entity_get_id (items->pdata[i]), "number", number_node, &error);
    }
  wmk_meeting_group_check (group, ok && wmk_plan_commit (plan, edit, &error), error);
}

static GtkWidget *
move_button (WmkAgendaGroup *self, guint index, int delta, const char *title)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic" : "go-down-symbolic");
  g_autofree char *name = g_strdup_printf (delta < 0 ? _("Move “%s” up") : _("Move “%s” down"), title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked), self);
  return button;
}

static GtkWidget *
item_row (WmkAgendaGroup *self, WmkEntity *item, guint index, guint n)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  GtkWidget *row = adw_expander_row_new ();
  const char *number = wmk_entity_get_string (item, "number");
  const char *title = wmk_entity_get_string (item, "title");
  g_autofree char *heading = number ? g_strdup_printf ("%s. %s", number, title ? title : "")
                                    : g_strdup (title ? title : "");
  g_autofree char *minutes = wmk_first_line (wmk_entity_get_string (item, "minutes"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), *minutes ? minutes : _("No minutes yet"));
  if (index > 0)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), move_button (self, index, -1, heading));
  if (index + 1 < n)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), move_button (self, index, 1, heading));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               wmk_meeting_group_delete_button (group, item, heading));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_entry_row (group, _("Title"), item, "title"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_entry_row (group, _("Presented by"), item, "presenter"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_entry_row (group, _("Minutes"), item, "minutes"));
  return row;
}

static void
new_item_applied (AdwEntryRow *row, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), "agenda_item");
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *number = g_strdup_printf ("%u", items->len + 1);
  g_autofree char *id = NULL;
  GError *error = NULL;

  if (*title == '\0')
    return;
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (meeting));
  json_object_set_string_member (fields, "number", number);
  json_object_set_string_member (fields, "title", title);
  json_object_set_double_member (fields, "pos", items->len ? wmk_entity_get_pos (items->pdata[items->len - 1]) + 1 : 1);
  id = wmk_plan_create (plan, "agenda_item", fields, _("Add an agenda item"), &error);
  wmk_meeting_group_check (group, id != NULL, error);
}

static void
wmk_agenda_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkAgendaGroup *self = WMK_AGENDA_GROUP (group);
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), "agenda_item");
  GtkWidget *new_row = adw_entry_row_new ();

  for (guint i = 0; i < items->len; i++)
    wmk_meeting_group_add (group, item_row (self, items->pdata[i], i, items->len));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (new_row), _("New agenda item"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (new_row), TRUE);
  g_signal_connect (new_row, "apply", G_CALLBACK (new_item_applied), self);
  g_signal_connect (new_row, "entry-activated", G_CALLBACK (new_item_applied), self);
  wmk_meeting_group_add (group, new_row);
}

static void
suggestion_response (AdwMessageDialog *dialog, const char *response, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  GError *error = NULL;

  if (g_str_equal (response, "add") && meeting)
    wmk_meeting_group_check (group, wmk_agenda_accept (wmk_meeting_group_get_plan (group),
                                                       wmk_entity_get_id (meeting), self->suggestions, &error),
                             error);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
}

/* Shows the suggested agenda and offers to add it. */
void
wmk_agenda_group_suggest (WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (meeting == NULL)
    return;
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = wmk_agenda_suggest (wmk_meeting_group_get_plan (group), wmk_entity_get_id (meeting), NULL);
  for (guint i = 0; i < self->suggestions->len; i++)
    g_string_append_printf (body, "%u. %s\n", i + 1,
                            ((WmkAgendaSuggestion *) self->suggestions->pdata[i])->title);
  if (self->suggestions->len == 0)
    g_string_append (body, _("Nothing in the plan needs the board’s attention."));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Suggested Agenda"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (self->suggestions->len > 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "add", _("_Add These Items"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
    }
  g_signal_connect (dialog, "response", G_CALLBACK (suggestion_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
wmk_agenda_group_dispose (GObject *object)
{
  g_clear_pointer (&WMK_AGENDA_GROUP (object)->suggestions, g_ptr_array_unref);
  G_OBJECT_CLASS (wmk_agenda_group_parent_class)->dispose (object);
}

static void
wmk_agenda_group_class_init (WmkAgendaGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_agenda_group_dispose;
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_agenda_group_fill;
}

static void
wmk_agenda_group_init (WmkAgendaGroup *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Suggested Agenda…"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Agenda and Minutes"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (wmk_agenda_group_suggest), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
}
