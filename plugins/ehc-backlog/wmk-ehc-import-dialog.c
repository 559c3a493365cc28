/* wmk-ehc-import-dialog.c: the preview of a CSV file of monthly EHC figures
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what the file would add before anything is added: each problem row
 * named by its row and column (wmk-ehc-csv.c), the good months with their
 * main figures, new or updating a month the plan has, and the column each
 * figure is read from, which the person can change (the preview follows).
 * Nothing reaches the plan until Import, which is one undoable edit.
 */

#include "wmk-ehc-import-dialog.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-forecast.h"

/* Enough to see what the file holds; the count says how many more there are. */
#define MAX_PREVIEW_ROWS 36

struct _WmkEhcImportDialog
{
  AdwWindow            parent_instance;

  WmkPlan             *plan;
  WmkEhcCsv           *csv;
  WmkEhcCsvCheck      *check;
  char                *file_name;
  int                  mapping[WMK_EHC_CSV_N_TARGETS];
  GtkWidget           *column_rows[WMK_EHC_CSV_N_TARGETS];
  GPtrArray           *preview_rows;   /* (group, row) pairs */

  AdwWindowTitle      *window_title;
  GtkLabel            *summary_label;
  GtkLabel            *error_label;
  GtkButton           *import_button;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *months_group;
  AdwPreferencesGroup *columns_group;
};

G_DEFINE_FINAL_TYPE (WmkEhcImportDialog, wmk_ehc_import_dialog, ADW_TYPE_WINDOW)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
cancel_clicked_cb (WmkEhcImportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_clicked_cb (WmkEhcImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_strdup_printf ("Imported from %s", self->file_name);
  g_autofree char *message = NULL;
  guint n = self->check->months->len;

  if (!wmk_ehc_csv_apply (self->plan, self->check, source, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u month from %s",
                                          "Imported %u months from %s", n),
                             n, self->file_name);
  g_signal_emit (self, signals[DONE], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_preview_row (WmkEhcImportDialog *self, AdwPreferencesGroup *group, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->preview_rows, group);
  g_ptr_array_add (self->preview_rows, row);
}

static GtkWidget *
text_row (const char *title, const char *subtitle, const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (icon_name)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  return row;
}

/* "75 issued, 9 within 20 weeks · 1,455 reviews overdue · 470 assessments waiting" */
static char *
month_figures (const WmkEhcMonth *m)
{
  g_autoptr(GString) text = g_string_new (NULL);
  static const WmkEhcFigure shown[] = { WMK_EHC_ASSESSMENTS_ISSUED,
                                        WMK_EHC_ISSUED_WITHIN_20_WEEKS,
                                        WMK_EHC_ANNUAL_REVIEWS_OVERDUE,
                                        WMK_EHC_ASSESSMENT_BACKLOG };
  guint given = 0;

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *value = NULL;

      if (isnan (m->figure[shown[i]]))
        continue;
      value = wmk_ehc_format_count (m->figure[shown[i]]);
      g_string_append_printf (text, "%s%s: %s", text->len ? " · " : "",
                              wmk_ehc_figure_label (shown[i]), value);
    }
  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    given += !isnan (m->figure[f]);
  if (given == 0)
    return g_strdup (_("No figures in this row"));
  if (text->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", given),
                            given);
  return g_strdup (text->str);
}

static void
refresh (WmkEhcImportDialog *self)
{
  g_autoptr(GHashTable) existing = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) months = wmk_ehc_months_read (self->plan);
  g_autofree char *summary = NULL, *left_out = NULL;
  guint n_new = 0, n_updated = 0, n;

  for (guint i = 0; i + 1 < self->preview_rows->len; i += 2)
    adw_preferences_group_remove (self->preview_rows->pdata[i], self->preview_rows->pdata[i + 1]);
  g_ptr_array_set_size (self->preview_rows, 0);
  g_clear_pointer (&self->check, wmk_ehc_csv_check_free);
  self->check = wmk_ehc_csv_check (self->csv, self->mapping);
  n = self->check->months->len;

  for (guint i = 0; i < months->len; i++)
    g_hash_table_add (existing, GINT_TO_POINTER (g_array_index (months, WmkEhcMonth, i).index));
  wmk_ehc_csv_count_changes (self->plan, self->check, &n_new, &n_updated);

  for (guint i = 0; i < self->check->problems->len && i < MAX_PREVIEW_ROWS; i++)
    add_preview_row (self, self->problems_group,
                     text_row (self->check->problems->pdata[i], NULL, "dialog-warning-symbolic"));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), self->check->problems->len > 0);

  for (guint i = 0; i < n && i < MAX_PREVIEW_ROWS; i++)
    {
      const WmkEhcMonth *m = &g_array_index (self->check->months, WmkEhcMonth, i);
      g_autofree char *name = wmk_ehc_month_long_name (m->index);
      g_autofree char *figures = month_figures (m);
      gboolean update = g_hash_table_contains (existing, GINT_TO_POINTER (m->index));
      g_autofree char *title = g_strdup_printf (update ? _("%s (updates the month in the plan)")
                                                       : _("%s (new)"), name);

      add_preview_row (self, self->months_group,
                       text_row (title, figures, update ? "view-refresh-symbolic"
                                                        : "list-add-symbolic"));
    }
  if (n > MAX_PREVIEW_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("And %u more"), n - MAX_PREVIEW_ROWS);
      add_preview_row (self, self->months_group, text_row (more, NULL, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->months_group), n > 0);

  /* Translators: "6 months will be imported: 4 new, 2 updating months in the plan." */
  if (n == 0)
    summary = g_strdup (_("No row can be imported as the columns are read now."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u month will be imported: %u new, %u updating a "
                                            "month in the plan.",
                                            "%u months will be imported: %u new, %u updating "
                                            "months in the plan.", n),
                               n, n_new, n_updated);
  if (self->check->bad_rows)
    {
      left_out = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               " %u row has a problem and will be left out.",
                                               " %u rows have problems and will be left out.",
                                               self->check->bad_rows),
                                  self->check->bad_rows);
      char *both = g_strconcat (summary, left_out, NULL);

      g_free (summary);
      summary = both;
    }
  gtk_label_set_label (self->summary_label, summary);
  {
    g_autofree char *label = n ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Month",
                                                               "_Import %u Months", n), n)
                               : g_strdup (_("_Import"));

    gtk_button_set_label (self->import_button, label);
  }
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n > 0);
}

static void
column_selected_cb (AdwComboRow *row, GParamSpec *pspec, WmkEhcImportDialog *self)
{
  guint target = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "target"));
  guint selected = adw_combo_row_get_selected (row);

  self->mapping[target] = selected == 0 || selected == GTK_INVALID_LIST_POSITION
                            ? -1 : (int) selected - 1;
  refresh (self);
}

static void
build_columns (WmkEhcImportDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Not in the file"));
  for (guint c = 0; c < wmk_ehc_csv_get_n_columns (self->csv); c++)
    {
      const char *header = wmk_ehc_csv_get_header (self->csv, c);
      g_autofree char *name = *header ? g_strdup_printf (_("“%s”"), header)
                                      : g_strdup_printf (_("Column %u (no header)"), c + 1);

      gtk_string_list_append (choices, name);
    }
  for (guint t = 0; t < WMK_EHC_CSV_N_TARGETS; t++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wmk_ehc_csv_target_label (t));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), self->mapping[t] + 1);
      g_object_set_data (G_OBJECT (row), "target", GUINT_TO_POINTER (t));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_selected_cb), self);
      adw_preferences_group_add (self->columns_group, row);
      self->column_rows[t] = row;
    }
}

static void
wmk_ehc_import_dialog_dispose (GObject *object)
{
  WmkEhcImportDialog *self = WMK_EHC_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_EHC_IMPORT_DIALOG);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (wmk_ehc_import_dialog_parent_class)->dispose (object);
}

static void
wmk_ehc_import_dialog_finalize (GObject *object)
{
  WmkEhcImportDialog *self = WMK_EHC_IMPORT_DIALOG (object);

  g_clear_pointer (&self->csv, wmk_ehc_csv_free);
  g_clear_pointer (&self->check, wmk_ehc_csv_check_free);
  g_ptr_array_unref (self->preview_rows);
  g_free (self->file_name);
  G_OBJECT_CLASS (wmk_ehc_import_dialog_parent_class)->finalize (object);
}

static void
wmk_ehc_import_dialog_class_init (WmkEhcImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_ehc_import_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_import_dialog_finalize;
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/ehc-backlog/wmk-ehc-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, months_group);
  gtk_widget_class_bind_template_child (widget_class, WmkEhcImportDialog, columns_group);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wmk_ehc_import_dialog_init (WmkEhcImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->preview_rows = g_ptr_array_new ();
}

/**
 * wmk_ehc_import_dialog_new:
 * @csv: (transfer full): the parsed file
 * @file_name: its name, for the person and the months' source
 */
GtkWidget *
wmk_ehc_import_dialog_new (GtkWidget *parent, WmkPlan *plan, WmkEhcCsv *csv,
                           const char *file_name)
{
  WmkEhcImportDialog *self = g_object_new (WMK_TYPE_EHC_IMPORT_DIALOG, NULL);
  GtkRoot *root = gtk_widget_get_root (parent);

  self->plan = g_object_ref (plan);
  self->csv = csv;
  self->file_name = g_strdup (file_name);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  adw_window_title_set_subtitle (self->window_title, file_name);
  wmk_ehc_csv_guess_mapping (csv, self->mapping);
  build_columns (self);
  refresh (self);
  return GTK_WIDGET (self);
}
