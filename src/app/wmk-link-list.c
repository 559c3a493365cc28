/* wmk-link-list.c: the items one item links to, with add and remove
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used for an action's responsible roles, KPIs and success criteria, and
 * anywhere else a link set is edited. Adding and removing go through
 * wmk_edit_link() and wmk_edit_unlink(), so they are undoable and merge
 * cleanly when two people link things at once.
 */

#include "config.h"

#include "wmk-link-list.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkLinkList
{
  AdwBin      parent_instance;

  char       *field;
  char       *target_type;
  char       *add_label;
  WmkPlan    *plan;
  WmkEntity  *entity;

  AdwPreferencesGroup *group;
  GPtrArray  *rows;          /* the rows we added, to remove them again */
  GPtrArray  *candidates;    /* WmkEntity*, in the order of the add row's list */
  gboolean    rebuilding;
};

G_DEFINE_FINAL_TYPE (WmkLinkList, wmk_link_list, ADW_TYPE_BIN)

static void rebuild (WmkLinkList *self);

static void
report (WmkLinkList *self, GError *error)
{
  wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
edit_link (WmkLinkList *self, const char *target, gboolean add)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  WmkEntity *other = wmk_plan_lookup (self->plan, target);
  g_autofree char *title = other ? wmk_entity_dup_title (other) : g_strdup (target);

  label = g_strdup_printf (add ? _("Link %s") : _("Unlink %s"), title);
  edit = wmk_plan_begin (self->plan, label);
  if (!(add ? wmk_edit_link : wmk_edit_unlink) (edit, wmk_entity_get_id (self->entity),
                                                self->field, target, &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    report (self, error);
}

static void
remove_clicked_cb (GtkButton *button, WmkLinkList *self)
{
  edit_link (self, g_object_get_data (G_OBJECT (button), "target"), FALSE);
}

static void
add_selected_cb (AdwComboRow *row, GParamSpec *pspec, WmkLinkList *self)
{
  guint selected = adw_combo_row_get_selected (row);

  /* Item 0 is the "Add…" prompt. */
  if (self->rebuilding || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  edit_link (self, wmk_entity_get_id (self->candidates->pdata[selected - 1]), TRUE);
}

static GtkWidget *
linked_row (WmkLinkList *self, const char *target)
{
  WmkEntity *other = wmk_plan_lookup (self->plan, target);
  g_autofree char *title = other ? wmk_entity_dup_title (other) : g_strdup (target);
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "target", g_strdup (target), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
add_row (WmkLinkList *self, GStrv linked)
{
  GListModel *items = wmk_plan_get_items (self->plan, self->target_type);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  g_ptr_array_set_size (self->candidates, 0);
  gtk_string_list_append (names, self->add_label);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      g_autofree char *title = NULL;

      if (g_strv_contains ((const char *const *) linked, wmk_entity_get_id (item)))
        continue;
      title = wmk_entity_dup_title (item);
      gtk_string_list_append (names, title);
      g_ptr_array_add (self->candidates, g_object_ref (item));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_signal_connect (row, "notify::selected", G_CALLBACK (add_selected_cb), self);
  return row;
}

static void
rebuild (WmkLinkList *self)
{
  g_auto(GStrv) linked = NULL;

  self->rebuilding = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  if (self->entity && self->plan)
    {
      linked = wmk_entity_dup_strv (self->entity, self->field);
      for (guint i = 0; linked[i]; i++)
        g_ptr_array_add (self->rows, linked_row (self, linked[i]));
      g_ptr_array_add (self->rows, add_row (self, linked));
      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_group_add (self->group, self->rows->pdata[i]);
    }
  self->rebuilding = FALSE;
}

static void
field_changed_cb (WmkEntity *entity, const char *field, WmkLinkList *self)
{
  rebuild (self);
}

/**
 * wmk_link_list_set_entity:
 * @entity: (nullable): the item whose links to show
 */
void
wmk_link_list_set_entity (WmkLinkList *self, WmkPlan *plan, WmkEntity *entity)
{
  g_autofree char *detailed = NULL;

  g_return_if_fail (WMK_IS_LINK_LIST (self));

  if (self->entity)
    g_signal_handlers_disconnect_by_data (self->entity, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->entity, entity);
  if (entity)
    {
      detailed = g_strdup_printf ("field-changed::%s", self->field);
      g_signal_connect (entity, detailed, G_CALLBACK (field_changed_cb), self);
    }
  rebuild (self);
}

static void
wmk_link_list_dispose (GObject *object)
{
  WmkLinkList *self = WMK_LINK_LIST (object);

  if (self->entity)
    g_signal_handlers_disconnect_by_data (self->entity, self);
  g_clear_object (&self->entity);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_link_list_parent_class)->dispose (object);
}

static void
wmk_link_list_finalize (GObject *object)
{
  WmkLinkList *self = WMK_LINK_LIST (object);

  g_free (self->field);
  g_free (self->target_type);
  g_free (self->add_label);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (wmk_link_list_parent_class)->finalize (object);
}

static void
wmk_link_list_class_init (WmkLinkListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_link_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_link_list_finalize;
}

static void
wmk_link_list_init (WmkLinkList *self)
{
  self->rows = g_ptr_array_new ();
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

/**
 * wmk_link_list_new:
 * @title: the group's title ("Responsible roles")
 * @field: the link-set field ("roles")
 * @target_type: what it links to ("role")
 * @add_label: the prompt of the add row ("Add a role…")
 */
GtkWidget *
wmk_link_list_new (const char *title, const char *field, const char *target_type,
                   const char *add_label)
{
  WmkLinkList *self = g_object_new (WMK_TYPE_LINK_LIST, NULL);

  adw_preferences_group_set_title (self->group, title);
  self->field = g_strdup (field);
  self->target_type = g_strdup (target_type);
  self->add_label = g_strdup (add_label);
  return GTK_WIDGET (self);
}
