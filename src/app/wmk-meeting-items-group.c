/* wmk-meeting-items-group.c: a meeting's decisions, or its actions arising
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two records a board must keep of what it agreed (R4): its decisions,
 * and the actions arising, which are the action log: an action added here
 * is on the Action Log page at once. Each names the agenda item it came
 * under; an action has its owners (people of the plan, and the owner as the
 * minutes wrote it), a due date and a status. The same group shows either,
 * by the type of item it holds ("decision" or "log_item").
 */

#include "config.h"

#include "wmk-meeting-items-group.h"

#include <glib/gi18n.h>

struct _WmkMeetingItemsGroup
{
  WmkMeetingGroup  parent_instance;
  char            *type;
};

G_DEFINE_FINAL_TYPE (WmkMeetingItemsGroup, wmk_meeting_items_group, WMK_TYPE_MEETING_GROUP)

static const char *const log_statuses[] = { "open", "done", "dropped", NULL };

static gboolean
is_log (WmkMeetingItemsGroup *self)
{
  return g_str_equal (self->type, "log_item");
}

/**
 * wmk_log_item_owner_words:
 *
 * Who owns an action-log item, as a reader wants it: the owner as written,
 * else the names of the people linked as owners; %NULL when neither.
 */
char *
wmk_log_item_owner_words (WmkPlan *plan, WmkEntity *item)
{
  const char *written = wmk_entity_get_string (item, "owner_text");
  g_auto(GStrv) owners = NULL;
  g_autoptr(GPtrArray) names = NULL;

  if (written)
    return g_strdup (written);
  owners = wmk_entity_dup_strv (item, "owners");
  names = g_ptr_array_new ();
  for (guint i = 0; owners && owners[i]; i++)
    {
      WmkEntity *person = wmk_plan_lookup (plan, owners[i]);
      if (person && wmk_entity_get_string (person, "name"))
        g_ptr_array_add (names, (gpointer) wmk_entity_get_string (person, "name"));
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* The agenda item an item came under: one of the meeting's, or none. */
static GtkWidget *
agenda_item_row (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting, WmkEntity *item)
{
  g_autoptr(GPtrArray) agenda = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), "agenda_item");
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (values, "");
  g_ptr_array_add (words, g_strdup (_("None")));
  for (guint i = 0; i < agenda->len; i++)
    {
      const char *number = wmk_entity_get_string (agenda->pdata[i], "number");
      const char *title = wmk_entity_get_string (agenda->pdata[i], "title");

      g_ptr_array_add (values, (gpointer) wmk_entity_get_id (agenda->pdata[i]));
      g_ptr_array_add (words, number ? g_strdup_printf ("%s. %s", number, title ? title : "")
                                     : g_strdup (title ? title : ""));
    }
  g_ptr_array_add (values, NULL);
  g_ptr_array_add (words, NULL);
  return wmk_meeting_group_choice_row (group, _("Agenda item"), item, "agenda_item",
                                       (const char * const *) values->pdata,
                                       (const char * const *) words->pdata);
}

static char *
agenda_item_words (WmkPlan *plan, WmkEntity *item)
{
  const char *id = wmk_entity_get_string (item, "agenda_item");
  WmkEntity *agenda_item = id ? wmk_plan_lookup (plan, id) : NULL;
  const char *number = agenda_item ? wmk_entity_get_string (agenda_item, "number") : NULL;
  const char *title = agenda_item ? wmk_entity_get_string (agenda_item, "title") : NULL;

  if (agenda_item == NULL)
    return g_strdup (_("No agenda item"));
  return number ? g_strdup_printf (_("Agenda item %s: %s"), number, title ? title : "")
                : g_strdup_printf (_("Agenda item: %s"), title ? title : "");
}

static GtkWidget *
decision_row (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting, WmkEntity *decision, guint index)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (decision, "text"));
  g_autofree char *name = g_strdup_printf (_("decision %u"), index + 1);
  g_autofree char *under = agenda_item_words (plan, decision);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text ? text : name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_expander_row_set_title_lines (ADW_EXPANDER_ROW (row), 3);
#endif
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), under);
  wmk_meeting_group_set_key (row, wmk_entity_get_id (decision), NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), wmk_meeting_group_delete_button (group, decision, name));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_text_row (group, _("Decision"), decision, "text"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), agenda_item_row (group, plan, meeting, decision));
  return row;
}

static void
owner_removed (GtkButton *button, WmkMeetingGroup *group)
{
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, _("Remove an owner"));
  GError *error = NULL;

  wmk_meeting_group_check (group, wmk_edit_unlink (edit, g_object_get_data (G_OBJECT (button), "item-id"), "owners",
                                                   g_object_get_data (G_OBJECT (button), "person-id"), &error)
                                  && wmk_plan_commit (plan, edit, &error), error);
}

static void
owner_added (AdwComboRow *row, GParamSpec *pspec, WmkMeetingGroup *group)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (row);
  WmkPlan *plan = wmk_meeting_group_get_plan (group);
  g_autoptr(WmkEdit) edit = NULL;
  GError *error = NULL;

  if (selected == 0 || selected > ids->len)
    return;
  edit = wmk_plan_begin (plan, _("Add an owner"));
  wmk_meeting_group_check (group, wmk_edit_link (edit, g_object_get_data (G_OBJECT (row), "item-id"), "owners",
                                                 ids->pdata[selected - 1], &error)
                                  && wmk_plan_commit (plan, edit, &error), error);
}

/* The people who own an action, each removable, and a row to add one. */
static void
add_owner_rows (WmkMeetingGroup *group, WmkPlan *plan, AdwExpanderRow *expander, WmkEntity *item)
{
  g_auto(GStrv) owners = wmk_entity_dup_strv (item, "owners");
  GListModel *people = wmk_plan_get_items (plan, "person");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *add = adw_combo_row_new ();
  g_autofree char *add_key = g_strdup_printf ("%s/owners", wmk_entity_get_id (item));

  for (guint i = 0; owners && owners[i]; i++)
    {
      WmkEntity *person = wmk_plan_lookup (plan, owners[i]);
      const char *name = person && wmk_entity_get_string (person, "name") ? wmk_entity_get_string (person, "name") : owners[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *label = g_strdup_printf (_("Remove %s as an owner"), name);
      g_autofree char *key = g_strdup_printf ("%s/owner-%s", wmk_entity_get_id (item), owners[i]);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Owner"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      wmk_meeting_group_set_key (button, key, add_key);
      g_object_set_data_full (G_OBJECT (button), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
      g_object_set_data_full (G_OBJECT (button), "person-id", g_strdup (owners[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (owner_removed), group);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_expander_row_add_row (expander, row);
    }

  gtk_string_list_append (names, _("Choose a person…"));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(WmkEntity) person = g_list_model_get_item (people, i);
      const char *name = wmk_entity_get_string (person, "name");

      if (name == NULL || (owners && g_strv_contains ((const char * const *) owners, wmk_entity_get_id (person))))
        continue;
      gtk_string_list_append (names, name);
      g_ptr_array_add (ids, g_strdup (wmk_entity_get_id (person)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add an owner"));
  adw_combo_row_set_model (ADW_COMBO_ROW (add), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (add), 0);
  wmk_meeting_group_set_key (add, add_key, wmk_entity_get_id (item));
  g_object_set_data_full (G_OBJECT (add), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (add), "item-id", g_strdup (wmk_entity_get_id (item)), g_free);
  g_signal_connect (add, "notify::selected", G_CALLBACK (owner_added), group);
  adw_expander_row_add_row (expander, add);
}

static GtkWidget *
log_row (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting, WmkEntity *item)
{
  const char *words[] = { _("Open"), _("Done"), _("Dropped"), NULL };
  GtkWidget *row = adw_expander_row_new ();
  const char *due = wmk_entity_get_string (item, "due");
  const char *status = wmk_entity_get_string (item, "status");
  g_autofree char *owner = wmk_log_item_owner_words (plan, item);
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (item, "text"));
  g_autofree char *due_words = due ? wmk_date_format (due, "%-d %b %Y")
                                   : g_strdup (wmk_entity_get_string (item, "due_text"));
  g_autofree char *subtitle = g_strdup_printf (_("%s · owner: %s · due: %s"),
                                               g_strcmp0 (status, "done") == 0 ? _("Done")
                                               : g_strcmp0 (status, "dropped") == 0 ? _("Dropped") : _("Open"),
                                               owner ? owner : _("not recorded"),
                                               due_words && *due_words ? due_words : _("not set"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_expander_row_set_title_lines (ADW_EXPANDER_ROW (row), 3);
#endif
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  wmk_meeting_group_set_key (row, wmk_entity_get_id (item), NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), wmk_meeting_group_delete_button (group, item, text));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_text_row (group, _("Action"), item, "text"));
  add_owner_rows (group, plan, ADW_EXPANDER_ROW (row), item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            wmk_meeting_group_entry_row (group, _("Owner as written in the minutes"), item, "owner_text"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_date_row (group, _("Due (YYYY-MM-DD)"), item, "due"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), wmk_meeting_group_choice_row (group, _("Status"), item, "status",
                                                                                  log_statuses, words));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), agenda_item_row (group, plan, meeting, item));
  return row;
}

static void
new_applied (AdwEntryRow *row, WmkMeetingItemsGroup *self)
{
  WmkMeetingGroup *group = WMK_MEETING_GROUP (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (group);
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GError *error = NULL;

  if (*text == '\0' || meeting == NULL)
    return;
  items = wmk_plan_dup_children (wmk_meeting_group_get_plan (group), wmk_entity_get_id (meeting), self->type);
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (meeting));
  json_object_set_string_member (fields, "text", text);
  /* After the last, as the minutes read. */
  json_object_set_double_member (fields, "pos", items->len ? wmk_entity_get_pos (items->pdata[items->len - 1]) + 1 : 1);
  if (is_log (self))
    json_object_set_string_member (fields, "status", "open");
  id = wmk_plan_create (wmk_meeting_group_get_plan (group), self->type, fields,
                        is_log (self) ? _("Add an action") : _("Add a decision"), &error);
  wmk_meeting_group_check (group, id != NULL, error);
}

static void
wmk_meeting_items_group_fill (WmkMeetingGroup *group, WmkPlan *plan, WmkEntity *meeting)
{
  WmkMeetingItemsGroup *self = WMK_MEETING_ITEMS_GROUP (group);
  g_autoptr(GPtrArray) items = wmk_plan_dup_children (plan, wmk_entity_get_id (meeting), self->type);
  GtkWidget *new_row = adw_entry_row_new ();

  for (guint i = 0; i < items->len; i++)
    wmk_meeting_group_add (group, is_log (self) ? log_row (group, plan, meeting, items->pdata[i])
                                                : decision_row (group, plan, meeting, items->pdata[i], i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (new_row),
                                 is_log (self) ? _("New action arising") : _("New decision"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (new_row), TRUE);
  wmk_meeting_group_set_key (new_row, is_log (self) ? "log:new" : "decision:new", NULL);
  g_signal_connect (new_row, "apply", G_CALLBACK (new_applied), self);
  g_signal_connect (new_row, "entry-activated", G_CALLBACK (new_applied), self);
  wmk_meeting_group_add (group, new_row);
}

/* @type: "decision" or "log_item" */
GtkWidget *
wmk_meeting_items_group_new (const char *type)
{
  WmkMeetingItemsGroup *self = g_object_new (WMK_TYPE_MEETING_ITEMS_GROUP, NULL);

  self->type = g_strdup (type);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   is_log (self) ? _("Actions Arising") : _("Decisions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         is_log (self)
                                         ? _("Each action goes straight to the action log: give it an owner and a due date.")
                                         : _("What the board agreed, under the agenda item it came from."));
  return GTK_WIDGET (self);
}

static void
wmk_meeting_items_group_finalize (GObject *object)
{
  g_free (WMK_MEETING_ITEMS_GROUP (object)->type);
  G_OBJECT_CLASS (wmk_meeting_items_group_parent_class)->finalize (object);
}

static void
wmk_meeting_items_group_class_init (WmkMeetingItemsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_meeting_items_group_finalize;
  WMK_MEETING_GROUP_CLASS (klass)->fill = wmk_meeting_items_group_fill;
}

static void
wmk_meeting_items_group_init (WmkMeetingItemsGroup *self)
{
}
