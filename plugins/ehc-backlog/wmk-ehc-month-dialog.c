/* wmk-ehc-month-dialog.c: add, change or delete one month's EHC figures
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry row per figure, read with the same rules as the CSV import
 * (wmk_ehc_parse_figure), so "1,600" works here too. Saving is one edit
 * through the plan (create, or set the fields that changed); a problem is
 * one sentence above the form and nothing is saved. The "done" signal
 * carries a sentence for the page's toast.
 */

#include "wmk-ehc-month-dialog.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-csv.h"
#include "wmk-ehc-types.h"

struct _WmkEhcMonthDialog
{
  AdwWindow            parent_instance;

  WmkPlan             *plan;
  char                *id;
  GtkWidget           *figure_rows[WMK_EHC_N_FIGURES];

  AdwWindowTitle      *window_title;
  GtkLabel            *error_label;
  AdwEntryRow         *month_row;
  AdwPreferencesGroup *timeliness_group;
  AdwPreferencesGroup *reviews_group;
  AdwPreferencesGroup *team_group;
  AdwEntryRow         *note_row;
  AdwEntryRow         *source_row;
  GtkButton           *delete_button;
};

G_DEFINE_FINAL_TYPE (WmkEhcMonthDialog, wmk_ehc_month_dialog, ADW_TYPE_WINDOW)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_error (WmkEhcMonthDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
cancel_clicked_cb (WmkEhcMonthDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
finish (WmkEhcMonthDialog *self, const char *message)
{
  g_signal_emit (self, signals[DONE], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The id of the plan's other month item for @index, if there is one. */
static const char *
other_month (WmkEhcMonthDialog *self, int index)
{
  GListModel *items = wmk_plan_get_items (self->plan, WMK_EHC_MONTH);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);

      if (wmk_ehc_month_index (wmk_entity_get_string (item, "month")) == index
          && g_strcmp0 (wmk_entity_get_id (item), self->id) != 0)
        return wmk_entity_get_id (item);
    }
  return NULL;
}

/* Sets @field to @value in @edit if it differs from what the item holds. */
static gboolean
set_if_changed (WmkEhcMonthDialog *self, WmkEdit *edit, const char *field, JsonNode *value,
                GError **error)
{
  WmkEntity *entity = wmk_plan_lookup (self->plan, self->id);
  JsonNode *now = wmk_entity_get_field (entity, field);
  gboolean now_empty = now == NULL || JSON_NODE_HOLDS_NULL (now);
  gboolean new_empty = JSON_NODE_HOLDS_NULL (value);

  if ((now_empty && new_empty) || (!now_empty && !new_empty && json_node_equal (now, value)))
    return TRUE;
  return wmk_edit_set (edit, self->id, field, value, error);
}

static JsonNode *
text_node (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  return *trimmed ? json_node_init_string (json_node_alloc (), trimmed)
                  : json_node_init_null (json_node_alloc ());
}

static void
save_clicked_cb (WmkEhcMonthDialog *self)
{
  const char *month_text = gtk_editable_get_text (GTK_EDITABLE (self->month_row));
  WmkEhcMonth month = { wmk_ehc_parse_month (month_text) };
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *label = NULL, *message = NULL;

  if (month.index < 0)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is not a month: write Mar 2023, "
                                                 "01/03/2023 or 2023-03."), month_text);
      show_error (self, text);
      gtk_widget_grab_focus (GTK_WIDGET (self->month_row));
      return;
    }
  name = wmk_ehc_month_long_name (month.index);
  if (other_month (self, month.index))
    {
      g_autofree char *text = g_strdup_printf (_("%s is in the figures already: edit that month "
                                                 "instead."), name);
      show_error (self, text);
      return;
    }
  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->figure_rows[f]));
      g_autofree char *problem = wmk_ehc_parse_figure (text, f, &month.figure[f]);

      if (problem)
        {
          g_autofree char *sentence = g_strdup_printf ("%s: %s.", wmk_ehc_figure_label (f),
                                                       problem);
          show_error (self, sentence);
          gtk_widget_grab_focus (self->figure_rows[f]);
          return;
        }
    }
  if (month.figure[WMK_EHC_ISSUED_WITHIN_20_WEEKS] > month.figure[WMK_EHC_ASSESSMENTS_ISSUED])
    {
      show_error (self, _("More plans are issued within 20 weeks than are issued in all."));
      return;
    }

  fields = wmk_ehc_month_to_fields (&month);
  if (self->id == NULL)
    {
      g_autofree char *id = NULL;
      const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
      const char *source = gtk_editable_get_text (GTK_EDITABLE (self->source_row));

      /* A blank is no field at all in a new item. */
      if (*note)
        json_object_set_string_member (fields, "note", note);
      if (*source)
        json_object_set_string_member (fields, "source", source);
      label = g_strdup_printf (_("Add the EHC figures for %s"), name);
      message = g_strdup_printf (_("Added the figures for %s"), name);
      edit = wmk_plan_begin (self->plan, label);
      id = wmk_edit_create (edit, WMK_EHC_MONTH, fields, &error);
    }
  else
    {
      label = g_strdup_printf (_("Change the EHC figures for %s"), name);
      message = g_strdup_printf (_("Saved the figures for %s"), name);
      edit = wmk_plan_begin (self->plan, label);
      for (guint f = 0; f < WMK_EHC_N_FIGURES && error == NULL; f++)
        {
          const char *field = wmk_ehc_figure_field (f);
          g_autoptr(JsonNode) value = json_object_has_member (fields, field)
                                        ? json_node_copy (json_object_get_member (fields, field))
                                        : json_node_init_null (json_node_alloc ());

          set_if_changed (self, edit, field, value, &error);
        }
      if (error == NULL)
        {
          g_autoptr(JsonNode) when = json_node_copy (json_object_get_member (fields, "month"));
          g_autoptr(JsonNode) note = text_node (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
          g_autoptr(JsonNode) source = text_node (gtk_editable_get_text (GTK_EDITABLE (self->source_row)));

          if (set_if_changed (self, edit, "month", when, &error)
              && set_if_changed (self, edit, "note", note, &error))
            set_if_changed (self, edit, "source", source, &error);
        }
    }
  if (error == NULL && !wmk_edit_is_empty (edit))
    wmk_plan_commit (self->plan, edit, &error);
  if (error)
    {
      show_error (self, error->message);
      return;
    }
  finish (self, message);
}

static void
delete_clicked_cb (WmkEhcMonthDialog *self)
{
  WmkEntity *entity = wmk_plan_lookup (self->plan, self->id);
  int index = wmk_ehc_month_index (wmk_entity_get_string (entity, "month"));
  g_autofree char *name = index >= 0 ? wmk_ehc_month_long_name (index) : g_strdup (_("this month"));
  g_autofree char *label = g_strdup_printf (_("Delete the EHC figures for %s"), name);
  g_autofree char *message = g_strdup_printf (_("Deleted the figures for %s"), name);
  g_autoptr(GError) error = NULL;

  if (!wmk_plan_delete (self->plan, self->id, label, &error))
    {
      show_error (self, error->message);
      return;
    }
  finish (self, message);
}

static GtkWidget *
figure_row (WmkEhcMonthDialog *self, WmkEhcFigure figure, AdwPreferencesGroup *group)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wmk_ehc_figure_label (figure));
  gtk_editable_set_alignment (GTK_EDITABLE (row), 1);
  adw_preferences_group_add (group, row);
  return row;
}

static void
wmk_ehc_month_dialog_dispose (GObject *object)
{
  WmkEhcMonthDialog *self = WMK_EHC_MONTH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_EHC_MONTH_DIALOG);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (wmk_ehc_month_dialog_parent_class)->dispose (object);
}

static void
wmk_ehc_month_dialog_finalize (GObject *object)
{
  g_free (WMK_EHC_MONTH_DIALOG (object)->id);
  G_OBJECT_CLASS (wmk_ehc_month_dialog_parent_class)->finalize (object);
}

static void
wmk_ehc_month_dialog_class_init (WmkEhcMonthDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_ehc_month_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_month_dialog_finalize;
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/ehc-backlog/wmk-ehc-month-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, month_row);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, timeliness_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, reviews_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, team_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcMonthDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wmk_ehc_month_dialog_init (WmkEhcMonthDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    self->figure_rows[f] = figure_row (self, f,
                                       f <= WMK_EHC_ISSUED_WITHIN_20_WEEKS ? self->timeliness_group
                                       : f <= WMK_EHC_ASSESSMENT_BACKLOG  ? self->reviews_group
                                                                          : self->team_group);
}

static void
fill (WmkEhcMonthDialog *self)
{
  WmkEntity *entity = wmk_plan_lookup (self->plan, self->id);
  int index = wmk_ehc_month_index (wmk_entity_get_string (entity, "month"));
  g_autofree char *name = index >= 0 ? wmk_ehc_month_name (index) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (self->month_row), name);
  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    {
      double value = wmk_entity_get_number (entity, wmk_ehc_figure_field (f), NAN);
      g_autofree char *text = isnan (value) ? g_strdup ("")
                              : wmk_ehc_figure_is_count (f) ? g_strdup_printf ("%.0f", value)
                                                            : wmk_kpi_format_exact (value);

      gtk_editable_set_text (GTK_EDITABLE (self->figure_rows[f]), text);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         wmk_entity_get_string (entity, "note") ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                         wmk_entity_get_string (entity, "source") ?: "");
}

/**
 * wmk_ehc_month_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @id: (nullable): the month to change, or %NULL to add one
 */
GtkWidget *
wmk_ehc_month_dialog_new (GtkWidget *parent, WmkPlan *plan, const char *id)
{
  WmkEhcMonthDialog *self = g_object_new (WMK_TYPE_EHC_MONTH_DIALOG, NULL);
  GtkRoot *root = gtk_widget_get_root (parent);

  self->plan = g_object_ref (plan);
  self->id = g_strdup (id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  adw_window_title_set_title (self->window_title, id ? _("Edit Month") : _("Add Month"));
  gtk_window_set_title (GTK_WINDOW (self), id ? _("Edit Month") : _("Add Month"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), id != NULL);
  if (id)
    fill (self);
  return GTK_WIDGET (self);
}
