/* wmk-meeting-group.c: a section of the meeting workspace
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each section of a meeting (details, attendance, agenda, decisions and
 * actions, the log review) is a preferences group whose rows are made
 * afresh from the plan whenever it changes: an edit here, an undo, another
 * page. Sections only say which rows they have (the fill vfunc); the rows
 * that edit one field (text, switch, choice) and save it at once through
 * the edit API are made here, so every section behaves alike.
 *
 * Rows made afresh would lose where the person was: which items were
 * expanded, which field had the keyboard focus and where its cursor stood.
 * Widgets carry a key (the item's id, and the field) so a refill puts all of
 * that back, and typing, Enter, undo or a reorder leaves the focus in place.
 */

#include "config.h"

#include "wmk-meeting-group.h"

#include <glib/gi18n.h>

#include "wmk-meeting-rows.h"
#include "wmk-window.h"

typedef struct
{
  WmkPlan   *plan;
  char      *meeting_id;
  GPtrArray *rows;
  guint      fill_source;
  gboolean   filling;     /* rows being made: their "changed" is not an edit */
  gboolean   stale;       /* the plan changed while the rows were not shown */
} WmkMeetingGroupPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WmkMeetingGroup, wmk_meeting_group, ADW_TYPE_PREFERENCES_GROUP)

/* The key of @widget or of its nearest keyed ancestor inside @self. */
static GtkWidget *
keyed_ancestor (GtkWidget *self, GtkWidget *widget)
{
  for (; widget && widget != self; widget = gtk_widget_get_parent (widget))
    if (g_object_get_data (G_OBJECT (widget), "focus-key"))
      return widget;
  return NULL;
}

static GtkWidget *
find_keyed (GtkWidget *widget, const char *key)
{
  if (key == NULL)
    return NULL;
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "focus-key"), key) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_keyed (child, key);
      if (found)
        return found;
    }
  return NULL;
}

static int
cursor_of (GtkWidget *focus)
{
  GtkTextIter iter;
  GtkTextBuffer *buffer;

  if (GTK_IS_EDITABLE (focus))
    return gtk_editable_get_position (GTK_EDITABLE (focus));
  if (!GTK_IS_TEXT_VIEW (focus))
    return -1;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

static void
restore_focus (WmkMeetingGroup *self, GtkWidget *target, int cursor)
{
  GtkTextIter iter;
  GtkTextBuffer *buffer;

  /* An expander row takes the focus in its header. */
  if (!gtk_widget_grab_focus (target) && !gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD))
    return;
  if (cursor < 0)
    return;
  if (GTK_IS_EDITABLE (target))
    gtk_editable_set_position (GTK_EDITABLE (target), cursor);
  else if (GTK_IS_TEXT_VIEW (target))
    {
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (target));
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, cursor);
      gtk_text_buffer_place_cursor (buffer, &iter);
    }
}

static gboolean
refill (gpointer data)
{
  WmkMeetingGroup *self = data;
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  WmkEntity *meeting;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *keyed = NULL;
  g_autofree char *focus_key = NULL, *fallback = NULL;
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int cursor = -1, focus_row = -1;

  /* Typing not yet saved is saved first (its change comes back here). */
  wmk_meeting_rows_flush (GTK_WIDGET (self));
  priv->fill_source = 0;
  priv->stale = FALSE;
  meeting = wmk_meeting_group_get_meeting (self);

  if (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    {
      if ((keyed = keyed_ancestor (GTK_WIDGET (self), focus)))
        {
          focus_key = g_strdup (g_object_get_data (G_OBJECT (keyed), "focus-key"));
          fallback = g_strdup (g_object_get_data (G_OBJECT (keyed), "focus-fallback"));
        }
      cursor = cursor_of (focus);
      for (guint i = 0; i < priv->rows->len; i++)
        if (focus == priv->rows->pdata[i] || gtk_widget_is_ancestor (focus, priv->rows->pdata[i]))
          focus_row = i;
    }
  for (guint i = 0; i < priv->rows->len; i++)
    {
      GtkWidget *row = priv->rows->pdata[i];
      const char *key = g_object_get_data (G_OBJECT (row), "focus-key");

      if (ADW_IS_EXPANDER_ROW (row) && key && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (expanded, g_strdup (key));
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (priv->rows, 0);
  if (meeting == NULL)
    return G_SOURCE_REMOVE;

  priv->filling = TRUE;
  WMK_MEETING_GROUP_GET_CLASS (self)->fill (self, priv->plan, meeting);
  priv->filling = FALSE;

  for (guint i = 0; i < priv->rows->len; i++)
    {
      GtkWidget *row = priv->rows->pdata[i];
      const char *key = g_object_get_data (G_OBJECT (row), "focus-key");

      if (ADW_IS_EXPANDER_ROW (row) && key && g_hash_table_contains (expanded, key))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  if (focus_row >= 0)
    {
      GtkWidget *target = find_keyed (GTK_WIDGET (self), focus_key);

      if (target == NULL && (target = find_keyed (GTK_WIDGET (self), fallback)))
        cursor = -1;
      /* Gone (deleted): the row now in its place, or the last. */
      if (target == NULL && priv->rows->len > 0)
        target = priv->rows->pdata[MIN ((guint) focus_row, priv->rows->len - 1)], cursor = -1;
      if (target)
        restore_focus (self, target, cursor);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_refill (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  /* Out of sight (another page shown), the rows are made when it shows. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->stale = TRUE;
  else if (priv->fill_source == 0)
    priv->fill_source = g_idle_add (refill, self);
}

static void
mapped (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  if (priv->stale)
    queue_refill (self);
}

void
wmk_meeting_group_set_meeting (WmkMeetingGroup *self, WmkPlan *plan, const char *meeting_id)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  g_return_if_fail (WMK_IS_MEETING_GROUP (self));

  if (priv->plan != plan)
    {
      if (priv->plan)
        g_signal_handlers_disconnect_by_data (priv->plan, self);
      g_set_object (&priv->plan, plan);
      if (plan)
        g_signal_connect_swapped (plan, "changed", G_CALLBACK (queue_refill), self);
    }
  g_free (priv->meeting_id);
  priv->meeting_id = g_strdup (meeting_id);
  g_clear_handle_id (&priv->fill_source, g_source_remove);
  refill (self);
}

WmkPlan *
wmk_meeting_group_get_plan (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  return priv->plan;
}

/* The meeting shown, or %NULL (none chosen, or it was deleted). */
WmkEntity *
wmk_meeting_group_get_meeting (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  WmkEntity *meeting = priv->plan && priv->meeting_id ? wmk_plan_lookup (priv->plan, priv->meeting_id) : NULL;

  return meeting && wmk_entity_get_live (meeting) ? meeting : NULL;
}

void
wmk_meeting_group_add (WmkMeetingGroup *self, GtkWidget *row)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (priv->rows, row);
}

/* Shows @error in the window when @ok is false; returns @ok. Takes @error. */
gboolean
wmk_meeting_group_check (WmkMeetingGroup *self, gboolean ok, GError *error)
{
  if (!ok && error)
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
  g_clear_error (&error);
  return ok;
}

/* Sets a text field to @text, stripped (empty: not set); the same text is no edit. */
void
wmk_meeting_group_set_text (WmkMeetingGroup *self, const char *id, const char *field, const char *text)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  g_autofree char *value = g_strstrip (g_strdup (text));
  WmkEntity *entity = wmk_plan_lookup (priv->plan, id);
  GError *error = NULL;

  /* Enter on a field left as it was is not an edit to undo. */
  if (entity && g_strcmp0 (wmk_entity_get_string (entity, field), *value ? value : NULL) == 0)
    return;
  wmk_meeting_group_check (self, wmk_plan_set_string (priv->plan, id, field, *value ? value : NULL,
                                                      &error), error);
}

static void
entry_applied (AdwEntryRow *row, WmkMeetingGroup *self)
{
  wmk_meeting_group_set_text (self, g_object_get_data (G_OBJECT (row), "entity-id"),
            g_object_get_data (G_OBJECT (row), "field"), gtk_editable_get_text (GTK_EDITABLE (row)));
}

/**
 * wmk_meeting_group_set_key:
 * @key: what the widget is about ("<id>/<field>", "<id>#up"), the same each
 *   time the rows are made
 * @fallback: (nullable): what to focus if @key is gone after a refill
 *
 * Lets a refill give the keyboard focus back to the widget made in this
 * one's place, and expand the expander row it was in.
 */
void
wmk_meeting_group_set_key (GtkWidget *widget, const char *key, const char *fallback)
{
  g_object_set_data_full (G_OBJECT (widget), "focus-key", g_strdup (key), g_free);
  g_object_set_data_full (G_OBJECT (widget), "focus-fallback", g_strdup (fallback), g_free);
}

static void
remember (GtkWidget *widget, WmkEntity *entity, const char *field)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", wmk_entity_get_id (entity), field);

  g_object_set_data_full (G_OBJECT (widget), "entity-id", g_strdup (wmk_entity_get_id (entity)), g_free);
  g_object_set_data_full (G_OBJECT (widget), "field", g_strdup (field), g_free);
  wmk_meeting_group_set_key (widget, key, wmk_entity_get_id (entity));
}

/* A row that edits one text field; Enter or its apply button saves. */
GtkWidget *
wmk_meeting_group_entry_row (WmkMeetingGroup *self, const char *title, WmkEntity *entity,
                             const char *field)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *text = wmk_entity_get_string (entity, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  remember (row, entity, field);
  g_signal_connect (row, "apply", G_CALLBACK (entry_applied), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (entry_applied), self);
  return row;
}

static void
switch_toggled (GtkSwitch *toggle, GParamSpec *pspec, WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  GError *error = NULL;

  if (priv->filling)
    return;
  wmk_meeting_group_check (self, wmk_plan_set_bool (priv->plan, g_object_get_data (G_OBJECT (toggle), "entity-id"),
                                                    g_object_get_data (G_OBJECT (toggle), "field"),
                                                    gtk_switch_get_active (toggle), &error), error);
}

GtkWidget *
wmk_meeting_group_switch_row (WmkMeetingGroup *self, const char *title, const char *subtitle,
                              WmkEntity *entity, const char *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), wmk_entity_get_bool (entity, field));
  /* Named by the row's title (the row makes it its activatable widget). */
  remember (toggle, entity, field);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_toggled), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static void
choice_selected (AdwComboRow *row, GParamSpec *pspec, WmkMeetingGroup *self)
{
  const char * const *values = g_object_get_data (G_OBJECT (row), "values");
  guint selected = adw_combo_row_get_selected (row);

  if (((WmkMeetingGroupPrivate *) wmk_meeting_group_get_instance_private (self))->filling
      || selected == GTK_INVALID_LIST_POSITION)
    return;
  wmk_meeting_group_set_text (self, g_object_get_data (G_OBJECT (row), "entity-id"),
            g_object_get_data (G_OBJECT (row), "field"), values[selected]);
}

/**
 * wmk_meeting_group_choice_row:
 * @values: the field's values, "" for not set
 * @words: what each value is called, as many
 *
 * A row to choose one of several values; choosing saves.
 */
GtkWidget *
wmk_meeting_group_choice_row (WmkMeetingGroup *self, const char *title, WmkEntity *entity,
                              const char *field, const char * const *values, const char * const *words)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (words);
  const char *current = wmk_entity_get_string (entity, field);
  guint n = g_strv_length ((char **) values);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], current ? current : "") == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  remember (row, entity, field);
  g_object_set_data_full (G_OBJECT (row), "values", g_strdupv ((char **) values), (GDestroyNotify) g_strfreev);
  g_signal_connect (row, "notify::selected", G_CALLBACK (choice_selected), self);
  return row;
}

static void
delete_clicked (GtkButton *button, WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  GError *error = NULL;

  wmk_meeting_group_check (self, wmk_plan_delete (priv->plan, g_object_get_data (G_OBJECT (button), "entity-id"),
                                                  g_object_get_data (G_OBJECT (button), "label"), &error),
                           error);
}

/* A button that deletes @entity (undoable); @what names it for the undo and a screen reader. */
GtkWidget *
wmk_meeting_group_delete_button (WmkMeetingGroup *self, WmkEntity *entity, const char *what)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = g_strdup_printf (_("Delete %s"), what);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "entity-id", g_strdup (wmk_entity_get_id (entity)), g_free);
  g_object_set_data_full (G_OBJECT (button), "label", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (button), "focus-key", g_strconcat (wmk_entity_get_id (entity), "#delete", NULL),
                          g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (delete_clicked), self);
  return button;
}

/* A date field: typed (YYYY-MM-DD), or picked on a calendar; either saves. */
GtkWidget *
wmk_meeting_group_date_row (WmkMeetingGroup *self, const char *title, WmkEntity *entity, const char *field)
{
  GtkWidget *row = wmk_meeting_group_entry_row (self, title, entity, field);
  GtkWidget *button = wmk_calendar_button_new (ADW_ENTRY_ROW (row), TRUE);
  g_autofree char *key = g_strdup_printf ("%s/%s#calendar", wmk_entity_get_id (entity), field);

  wmk_meeting_group_set_key (button, key, wmk_entity_get_id (entity));
  return row;
}

/**
 * wmk_meeting_group_text_row:
 *
 * A row for a text of several lines (an agenda item's minutes): a heading
 * and a text view that saves after a pause in typing and when left.
 */
GtkWidget *
wmk_meeting_group_text_row (WmkMeetingGroup *self, const char *title, WmkEntity *entity, const char *field)
{
  GtkWidget *view;
  GtkWidget *row = wmk_meeting_text_row_new (self, title, wmk_entity_get_string (entity, field), 72, NULL, &view);

  remember (view, entity, field);
  return row;
}

/**
 * wmk_meeting_group_text_row_full:
 * @key: the text view's key (wmk_meeting_group_set_key())
 * @save: saves the text, given the text view (which holds what @save needs
 *   as object data)
 * @view_out: (out): the text view
 *
 * A text row whose text is not one field: one comment of a list, say.
 */
GtkWidget *
wmk_meeting_group_text_row_full (WmkMeetingGroup *self, const char *title, const char *text, const char *key,
                                 const char *fallback, WmkMeetingGroupTextSave save, GtkWidget **view_out)
{
  GtkWidget *row = wmk_meeting_text_row_new (self, title, text, -1, save, view_out);

  wmk_meeting_group_set_key (*view_out, key, fallback);
  return row;
}

/**
 * wmk_meeting_group_reveal:
 * @id: an item shown in this section
 *
 * Expands the item's row and gives it the keyboard focus (the page scrolls
 * to it).
 *
 * Returns: (transfer none) (nullable): the item's row, if the section shows it
 */
GtkWidget *
wmk_meeting_group_reveal (WmkMeetingGroup *self, const char *id)
{
  GtkWidget *row = find_keyed (GTK_WIDGET (self), id);

  if (row == NULL)
    {
      g_autofree char *key = g_strdup_printf ("%s/text", id);
      row = find_keyed (GTK_WIDGET (self), key);
    }
  if (row == NULL)
    return NULL;
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  if (!gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  return row;
}

static void
wmk_meeting_group_dispose (GObject *object)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (WMK_MEETING_GROUP (object));

  g_clear_handle_id (&priv->fill_source, g_source_remove);
  if (priv->plan)
    g_signal_handlers_disconnect_by_data (priv->plan, object);
  g_clear_object (&priv->plan);
  g_clear_pointer (&priv->meeting_id, g_free);
  g_clear_pointer (&priv->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_meeting_group_parent_class)->dispose (object);
}

static void
wmk_meeting_group_class_init (WmkMeetingGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_meeting_group_dispose;
}

static void
wmk_meeting_group_init (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  priv->rows = g_ptr_array_new ();
  g_signal_connect (self, "map", G_CALLBACK (mapped), NULL);
}
