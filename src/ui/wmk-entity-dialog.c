/* wmk-entity-dialog.c: add or change one item of any type, from its fields
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form made from the type's own field descriptions: a switch for a yes/no
 * field, a drop-down for a choice, an entry for the rest. Saving makes one
 * edit through the plan (so one undo takes it back): a new item with every
 * filled field, or only the fields that changed. A value that does not fit
 * its field is named in one sentence above the form, and nothing is saved.
 */

#include "wmk-entity-dialog.h"

#include <glib/gi18n-lib.h>

struct _WmkEntityDialog
{
  AdwWindow             parent_instance;

  WmkPlan              *plan;
  const WmkTypeSpec    *spec;
  char                 *id;        /* NULL for a new item */
  GPtrArray            *fields;    /* const WmkFieldSpec *, in form order */
  GPtrArray            *rows;      /* the row for each field */
  GPtrArray            *choices;   /* for an enum field, its values (GStrv); else NULL */

  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *fields_group;
  AdwPreferencesGroup  *delete_group;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (WmkEntityDialog, wmk_entity_dialog, ADW_TYPE_WINDOW)

static void
show_error (WmkEntityDialog *self, const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* The field's value as the form shows it. */
static char *
field_text (WmkEntity *entity, const WmkFieldSpec *field)
{
  JsonNode *value = entity ? wmk_entity_get_field (entity, field->name) : NULL;

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup ("");
  if (field->kind == WMK_FIELD_INTEGER)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));
  if (field->kind == WMK_FIELD_NUMBER)
    {
      double d = json_node_get_double (value);

      return d == (gint64) d ? g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) d)
                             : g_strdup_printf ("%g", d);
    }
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (value));
  return wmk_json_to_display (value);
}

static GtkWidget *
make_row (WmkEntityDialog *self, const WmkFieldSpec *field, WmkEntity *entity,
          WmkEnumWordFunc enum_word, GStrv *choices)
{
  const char *label = g_dgettext (GETTEXT_PACKAGE, field->label);
  g_autofree char *current = field_text (entity, field);

  if (field->kind == WMK_FIELD_BOOL)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle),
                             entity && wmk_entity_get_bool (entity, field->name));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      g_object_set_data (G_OBJECT (row), "switch", toggle);
      return row;
    }
  if (field->kind == WMK_FIELD_ENUM)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GtkStringList) words = gtk_string_list_new (NULL);
      guint selected = 0;

      *choices = g_strsplit (field->detail, "|", -1);
      for (guint i = 0; (*choices)[i]; i++)
        {
          gtk_string_list_append (words, enum_word (field->name, (*choices)[i]));
          if (g_str_equal ((*choices)[i], current))
            selected = i;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (words));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      return row;
    }
  {
    GtkWidget *row = adw_entry_row_new ();
    g_autofree char *title = field->kind == WMK_FIELD_DATE
                               ? g_strdup_printf (_("%s (YYYY-MM-DD)"), label)
                               : g_strdup (label);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    gtk_editable_set_text (GTK_EDITABLE (row), current);
    if (field->kind == WMK_FIELD_INTEGER || field->kind == WMK_FIELD_NUMBER)
      gtk_editable_set_width_chars (GTK_EDITABLE (row), 8);
    return row;
  }
}

/* The value in the form, or NULL with the problem said in a sentence. */
static JsonNode *
row_value (WmkEntityDialog *self, guint i, char **problem)
{
  const WmkFieldSpec *field = self->fields->pdata[i];
  GtkWidget *row = self->rows->pdata[i];
  const char *label = g_dgettext (GETTEXT_PACKAGE, field->label);
  g_autofree char *text = NULL;
  JsonNode *value;

  if (field->kind == WMK_FIELD_BOOL)
    return wmk_json_new_bool (gtk_switch_get_active (g_object_get_data (G_OBJECT (row),
                                                                        "switch")));
  if (field->kind == WMK_FIELD_ENUM)
    {
      GStrv values = self->choices->pdata[i];
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

      return selected < g_strv_length (values) ? wmk_json_new_string (values[selected])
                                               : json_node_new (JSON_NODE_NULL);
    }
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  if ((value = wmk_field_spec_parse (field, text, NULL)) != NULL)
    return value;
  if (field->kind == WMK_FIELD_INTEGER)
    *problem = g_strdup_printf (_("“%s” must be a whole number, not “%s”."), label, text);
  else if (field->kind == WMK_FIELD_NUMBER)
    *problem = g_strdup_printf (_("“%s” must be a number, not “%s”."), label, text);
  else if (field->kind == WMK_FIELD_DATE)
    *problem = g_strdup_printf (_("“%s” must be a date written YYYY-MM-DD, such as 2023-09-30, "
                                  "not “%s”."), label, text);
  else
    *problem = g_strdup_printf (_("“%s” cannot be “%s”."), label, text);
  return NULL;
}

static void
save_clicked_cb (WmkEntityDialog *self)
{
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(GError) error = NULL;
  WmkEntity *entity = self->id ? wmk_plan_lookup (self->plan, self->id) : NULL;
  g_autofree char *label = g_strdup_printf (self->id ? _("Change %s") : _("Add %s"),
                                            g_dgettext (GETTEXT_PACKAGE, self->spec->label));

  if (self->id && entity == NULL)
    {
      show_error (self, _("This item was deleted meanwhile, so there is nothing to save."));
      return;
    }
  edit = wmk_plan_begin (self->plan, label);
  for (guint i = 0; i < self->fields->len; i++)
    {
      const WmkFieldSpec *field = self->fields->pdata[i];
      g_autofree char *problem = NULL;
      g_autoptr(JsonNode) value = row_value (self, i, &problem);

      if (value == NULL)
        {
          show_error (self, problem);
          return;
        }
      if (entity == NULL)
        {
          if (!JSON_NODE_HOLDS_NULL (value))
            json_object_set_member (fields, field->name, g_steal_pointer (&value));
        }
      else
        {
          JsonNode *old = wmk_entity_get_field (entity, field->name);
          gboolean same = old ? wmk_json_equal (old, value) : JSON_NODE_HOLDS_NULL (value);

          if (!same && !wmk_edit_set (edit, self->id, field->name, value, &error))
            break;
        }
    }
  if (error == NULL && entity == NULL)
    {
      g_autofree char *id = NULL;

      if (wmk_type_spec_lookup_field (self->spec, "pos"))
        json_object_set_double_member (
          fields, "pos", g_list_model_get_n_items (wmk_plan_get_items (self->plan,
                                                                       self->spec->name)) + 1);
      id = wmk_edit_create (edit, self->spec->name, fields, &error);
    }
  if (error == NULL && !wmk_edit_is_empty (edit))
    wmk_plan_commit (self->plan, edit, &error);
  if (error)
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (WmkEntityDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (WmkEntityDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf (_("Delete %s"),
                                            g_dgettext (GETTEXT_PACKAGE, self->spec->label));

  if (!wmk_plan_delete (self->plan, self->id, label, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
wmk_entity_dialog_dispose (GObject *object)
{
  WmkEntityDialog *self = WMK_ENTITY_DIALOG (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  G_OBJECT_CLASS (wmk_entity_dialog_parent_class)->dispose (object);
}

static void
wmk_entity_dialog_class_init (WmkEntityDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_entity_dialog_dispose;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/ui/wmk-entity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkEntityDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmkEntityDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEntityDialog, delete_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEntityDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wmk_entity_dialog_init (WmkEntityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/**
 * wmk_entity_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @spec: the type of the item
 * @id: (nullable): the item to change, or %NULL to add one
 * @fields: the fields the form shows, in order
 * @enum_word: the word a person reads for each choice of an enum field
 * @title: the dialog's title
 */
GtkWidget *
wmk_entity_dialog_new (GtkWidget *parent, WmkPlan *plan, const WmkTypeSpec *spec,
                       const char *id, const char * const *fields,
                       WmkEnumWordFunc enum_word, const char *title)
{
  WmkEntityDialog *self = g_object_new (WMK_TYPE_ENTITY_DIALOG, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  WmkEntity *entity = id ? wmk_plan_lookup (plan, id) : NULL;

  if (root && GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  self->plan = g_object_ref (plan);
  self->spec = spec;
  self->id = g_strdup (id);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_group), entity != NULL);

  for (guint i = 0; fields[i]; i++)
    {
      const WmkFieldSpec *field = wmk_type_spec_lookup_field (spec, fields[i]);
      GStrv choices = NULL;
      GtkWidget *row;

      g_return_val_if_fail (field != NULL, GTK_WIDGET (self));
      row = make_row (self, field, entity, enum_word, &choices);
      g_ptr_array_add (self->fields, (gpointer) field);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->choices, choices);
      adw_preferences_group_add (self->fields_group, row);
    }
  return GTK_WIDGET (self);
}
