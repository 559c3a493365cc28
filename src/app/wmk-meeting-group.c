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
 */

#include "config.h"

#include "wmk-meeting-group.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

typedef struct
{
  WmkPlan   *plan;
  char      *meeting_id;
  GPtrArray *rows;
  guint      fill_source;
  gboolean   filling;     /* rows being made: their "changed" is not an edit */
} WmkMeetingGroupPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WmkMeetingGroup, wmk_meeting_group, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
refill (gpointer data)
{
  WmkMeetingGroup *self = data;
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  WmkEntity *meeting = wmk_meeting_group_get_meeting (self);

  priv->fill_source = 0;
  for (guint i = 0; i < priv->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), priv->rows->pdata[i]);
  g_ptr_array_set_size (priv->rows, 0);
  if (meeting)
    {
      priv->filling = TRUE;
      WMK_MEETING_GROUP_GET_CLASS (self)->fill (self, priv->plan, meeting);
      priv->filling = FALSE;
    }
  return G_SOURCE_REMOVE;
}

static void
queue_refill (WmkMeetingGroup *self)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);

  if (priv->fill_source == 0)
    priv->fill_source = g_idle_add (refill, self);
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

static void
set_text (WmkMeetingGroup *self, const char *id, const char *field, const char *text)
{
  WmkMeetingGroupPrivate *priv = wmk_meeting_group_get_instance_private (self);
  g_autofree char *value = g_strstrip (g_strdup (text));
  GError *error = NULL;

  wmk_meeting_group_check (self, wmk_plan_set_string (priv->plan, id, field, *value ? value : NULL,
                                                      &error), error);
}

static void
entry_applied (AdwEntryRow *row, WmkMeetingGroup *self)
{
  set_text (self, g_object_get_data (G_OBJECT (row), "entity-id"),
            g_object_get_data (G_OBJECT (row), "field"), gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
remember (GtkWidget *widget, WmkEntity *entity, const char *field)
{
  g_object_set_data_full (G_OBJECT (widget), "entity-id", g_strdup (wmk_entity_get_id (entity)), g_free);
  g_object_set_data_full (G_OBJECT (widget), "field", g_strdup (field), g_free);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
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
  set_text (self, g_object_get_data (G_OBJECT (row), "entity-id"),
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
  g_signal_connect (button, "clicked", G_CALLBACK (delete_clicked), self);
  return button;
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
}
