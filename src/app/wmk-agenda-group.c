/* wmk-agenda-group.c: a meeting's agenda, its minutes and the suggested agenda
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items in order, each with its title, presenter, minutes and the comments
 * and questions raised; moved with buttons (a keyboard and a screen reader
 * can reorder, not only a mouse), numbered 1, 2, 3 again after a move or a
 * deletion. "Suggested Agenda…" shows what the core proposes the board
 * should look at (wmk-agenda-suggestion.c) and adds it in one undoable step.
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

/* Sets each item's place and number to its index in @items, in @edit. */
static gboolean
renumber (WmkEdit *edit, GPtrArray *items, GError **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(JsonNode) pos = json_node_init_double (json_node_alloc (), i + 1);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(JsonNode) number_node = json_node_init_string (json_node_alloc (), number);
      WmkEntity *item = items->pdata[i];

      if (wmk_entity_get_pos (item) != i + 1
          && !wmk_edit_set (edit, wmk_entity_get_id (item), "pos", pos, error))
        return FALSE;
      if (g_strcmp0 (wmk_entity_get_string (item, "number"), number) != 0
          && !wmk_edit_set (edit, wmk_entity_get_id (item), "number", number_node, error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
dup_items (WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);

  return wmk_plan_dup_children (wmk_meeting_group_get_plan (group), wmk_entity_get_id (meeting), "agenda_item");
}

static void
move_clicked (GtkButton *button, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(GPtrArray) items = dup_items (self);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  g_autoptr(WmkEdit) edit = NULL;
  GError *error = NULL;

  if ((int) index + delta < 0 || index + delta >= items->len)
    return;
  edit = wmk_plan_begin (plan, delta < 0 ? _("Move an agenda item up") : _("Move an agenda item down"));
  g_ptr_array_insert (items, index + delta, g_ptr_array_steal_index (items, index));
  wmk_meeting_group_check (group, renumber (edit, items, &error) && wmk_plan_commit (plan, edit, &error), error);
}

static GtkWidget *
move_button (WmkAgendaGroup *self, WmkEntity *item, guint index, int delta, const char *title)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic" : "go-down-symbolic");
  g_autofree char *name = g_strdup_printf (delta < 0 ? _("Move “%s” up") : _("Move “%s” down"), title);
  g_autofree char *key = g_strconcat (wmk_entity_get_id (item), delta < 0 ? "#up" : "#down", NULL);
  g_autofree char *other = g_strconcat (wmk_entity_get_id (item), delta < 0 ? "#down" : "#up", NULL);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* At the top or the bottom the button goes: the focus moves to the other. */
  wmk_meeting_group_set_key (button, key, other);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked), self);
  return button;
}

/* Deletes an item and numbers the rest again, as one edit. */
static void
delete_clicked (GtkButton *button, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(GPtrArray) items = dup_items (self);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(WmkEdit) edit = NULL;
  GError *error = NULL;
  gboolean ok;

  if (index >= items->len)
    return;
  edit = wmk_plan_begin (plan, _("Delete an agenda item"));
  ok = wmk_edit_delete (edit, wmk_entity_get_id (items->pdata[index]), &error);
  g_ptr_array_remove_index (items, index);
  wmk_meeting_group_check (group, ok && renumber (edit, items, &error) && wmk_plan_commit (plan, edit, &error),
                           error);
}

static GtkWidget *
delete_button (WmkAgendaGroup *self, WmkEntity *item, guint index, const char *title)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = g_strdup_printf (_("Delete %s"), title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (delete_clicked), self);
  return button;
}

/* Comments and questions raised under an item: a list of strings. */
static void
set_comments (WmkAgendaGroup *self, const char *item_id, GPtrArray *comments, const char *label)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) value = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, label);
  GError *error = NULL;

  for (guint i = 0; i < comments->len; i++)
    json_array_add_string_element (array, comments->pdata[i]);
  json_node_set_array (value, array);
  wmk_meeting_group_check (group, wmk_edit_set (edit, item_id, "comments", value, &error)
                                  && wmk_plan_commit (plan, edit, &error), error);
}

/* Puts @text in place of comment @index (-1: a new one; "": deleted). */
static void
change_comment (WmkAgendaGroup *self, const char *item_id, int index, const char *typed)
{
  WmkEntity *item = wmk_plan_lookup (wmk_meeting_group_get_plan (WMK_MEETING_GROUP (self)), item_id);
  g_auto(GStrv) old = item ? wmk_entity_dup_strv (item, "comments") : NULL;
  g_autoptr(GPtrArray) comments = g_ptr_array_new ();
  g_autofree char *text = g_strstrip (g_strdup (typed));
  guint n = old ? g_strv_length (old) : 0;

  if (item == NULL || (index < 0 && *text == '\0') || (index >= 0 && (guint) index < n && g_str_equal (old[index], text)))
    return;
  for (guint i = 0; i < n; i++)
    if ((int) i != index)
      g_ptr_array_add (comments, old[i]);
    else if (*text)
      g_ptr_array_add (comments, text);
  if (index < 0)
    g_ptr_array_add (comments, text);
  set_comments (self, item_id, comments,
                index < 0 ? _("Add a comment") : *text ? _("Change a comment") : _("Delete a comment"));
}

static void
comment_saved (WmkMeetingGroup *group, GtkWidget *view, const char *text)
{
  change_comment (WMK_AGENDA_GROUP (group), g_object_get_data (G_OBJECT (view), "item-id"),
                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "index")), text);
}

static void
new_comment_applied (AdwEntryRow *row, WmkAgendaGroup *self)
{
  change_comment (self, g_object_get_data (G_OBJECT (row), "item-id"), -1, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
comment_deleted (GtkButton *button, WmkAgendaGroup *self)
{
  change_comment (self, g_object_get_data (G_OBJECT (button), "item-id"),
                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index")), "");
}

/* A comment or question raised under an item, to read whole and to edit. */
static GtkWidget *
comment_row (WmkAgendaGroup *self, WmkEntity *item, int index, const char *text)
{
  g_autofree char *title = g_strdup_printf (_("Comment %d"), index + 1);
  g_autofree char *key = g_strdup_printf ("%s/comment-%d", wmk_entity_get_id (item), index);
  g_autofree char *name = g_strdup_printf (_("Delete comment %d"), index + 1);
  GtkWidget *view;
  GtkWidget *row = wmk_meeting_group_text_row_full (WMK_MEETING_GROUP (self), title, text, key,
                                                    wmk_entity_get_id (item), comment_saved, &view);
  GtkWidget *outer = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *label = gtk_widget_get_first_child (outer);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (view), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  g_object_set_data (G_OBJECT (view), "index", GINT_TO_POINTER (index));
  /* The heading and a delete button on one line, above the text. */
  g_object_ref (label);
  gtk_box_remove (GTK_BOX (outer), label);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (heading), label);
  g_object_unref (label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  g_object_set_data (G_OBJECT (button), "index", GINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (comment_deleted), self);
  gtk_box_append (GTK_BOX (heading), button);
  gtk_box_prepend (GTK_BOX (outer), heading);
  return row;
}

static GtkWidget *
new_comment_row (WmkAgendaGroup *self, WmkEntity *item)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *key = g_strdup_printf ("%s/new-comment", wmk_entity_get_id (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New comment or question"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  wmk_meeting_group_set_key (row, key, wmk_entity_get_id (item));
  g_signal_connect (row, "apply", G_CALLBACK (new_comment_applied), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (new_comment_applied), self);
  return row;
}

/* The start of the minutes, to recognise the item by: a line or so. */
static char *
shortened (const char *text)
{
  g_autofree char *line = wmk_first_line (text);
  const char *cut;

  if (g_utf8_strlen (line, -1) <= 120)
    return g_steal_pointer (&line);
  cut = g_utf8_offset_to_pointer (line, 110);
  while (cut > line && *cut != ' ')
    cut--;
  if (cut == line)
    cut = g_utf8_offset_to_pointer (line, 110);
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}

static GtkWidget *
item_row (WmkAgendaGroup *self, WmkEntity *item, guint index, guint n)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  GtkWidget *row = adw_expander_row_new ();
  const char *number = wmk_entity_get_string (item, "number");
  const char *title = wmk_entity_get_string (item, "title");
  const char *presenter = wmk_entity_get_string (item, "presenter");
  g_autofree char *heading = number ? g_strdup_printf ("%s. %s", number, title ? title : "")
                                    : g_strdup (title ? title : "");
  g_autofree char *minutes = shortened (wmk_entity_get_string (item, "minutes"));
  g_autofree char *subtitle = NULL;
  g_auto(GStrv) comments = wmk_entity_dup_strv (item, "comments");

  subtitle = presenter ? g_strdup_printf (_("Presented by %s · %s"), presenter, *minutes ? minutes : _("No minutes yet"))
                       : g_strdup (*minutes ? minutes : _("No minutes yet"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  wmk_meeting_group_set_key (row, wmk_entity_get_id (item), NULL);
  /* Each action goes before the last added: up, down, delete, left to right. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete_button (self, item, index, heading));
  if (index + 1 < n)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), move_button (self, item, index, 1, heading));
  if (index > 0)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), move_button (self, item, index, -1, heading));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_entry_row (group, _("Title"), item, "title"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_entry_row (group, _("Presented by"), item, "presenter"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_text_row (group, _("Minutes"), item, "minutes"));
  for (guint i = 0; comments && comments[i]; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), comment_row (self, item, i, comments[i]));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_comment_row (self, item));
  return row;
}

static void
new_item_applied (AdwEntryRow *row, WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(GPtrArray) items = dup_items (self);
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
  json_object_set_string_member (fields, "kind", "other");
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
  wmk_meeting_group_set_key (new_row, "agenda:new", NULL);
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

/* The suggestions, each with the items it is about: a list to read. */
static GtkWidget *
suggestion_list (GPtrArray *suggestions)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggested agenda items"), -1);
  for (guint i = 0; i < suggestions->len; i++)
    {
      WmkAgendaSuggestion *suggestion = suggestions->pdata[i];
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, suggestion->title);
      g_auto(GStrv) lines = g_strsplit (suggestion->detail ? suggestion->detail : "", "\n", -1);
      guint n = 0;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      for (guint j = 0; lines[j]; j++)
        if (*g_strstrip (lines[j]))
          {
            GtkWidget *line = adw_action_row_new ();

            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), lines[j]);
            adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
            adw_action_row_set_title_lines (ADW_ACTION_ROW (line), 3);
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
            n++;
          }
      gtk_widget_set_sensitive (row, n > 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

/* Shows the suggested agenda and offers to add it. */
void
wmk_agenda_group_suggest (WmkAgendaGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  GtkWidget *dialog;

  if (meeting == NULL)
    return;
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = wmk_agenda_suggest (wmk_meeting_group_get_plan (group), wmk_entity_get_id (meeting), NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Suggested Agenda"),
                                   self->suggestions->len == 0
                                   ? _("Nothing in the plan needs the board’s attention.")
                                   : _("What the plan says the board should look at: previous minutes and the "
                                       "action log, then what is late, off track or at risk. Each item’s "
                                       "minutes start with the list shown here."));
  if (self->suggestions->len > 0)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), suggestion_list (self->suggestions));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
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
  gtk_widget_set_tooltip_text (button, _("What the plan says the board should look at, to add in one step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggested Agenda…"), -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (wmk_agenda_group_suggest), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
}
