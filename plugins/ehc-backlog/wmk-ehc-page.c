/* wmk-ehc-page.c: the "EHC Backlog" page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The key figures (backlog, % within 20 weeks, caseload, forecast), the
 * forecast and the rate needed in words, the burn-down and timeliness charts
 * each with its text alternative, the monthly figures as a table (a month is
 * added, changed or deleted in wmk-ehc-month-dialog.c), CSV import with a
 * preview (wmk-ehc-import-dialog.c) and what the plan measures against.
 * Everything is computed by wmk-ehc-forecast.c from the plan's items, and
 * redrawn whenever the plan changes (an edit here, an undo, a sync). Every
 * change goes through the plan's edit API; a toast offers to undo it.
 */

#include "wmk-ehc-page.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-burndown-chart.h"
#include "wmk-ehc-csv.h"
#include "wmk-ehc-forecast.h"
#include "wmk-ehc-import-dialog.h"
#include "wmk-ehc-month-dialog.h"
#include "wmk-ehc-plugin.h"
#include "wmk-ehc-targets-group.h"
#include "wmk-ehc-timeliness-chart.h"

struct _WmkEhcPage
{
  AdwBin                 parent_instance;

  WmkPlan               *plan;
  GListStore            *rows;          /* WmkEntity months, newest first */
  guint                  refresh_id;
  gulong                 changed_id;
  GtkFileChooserNative  *chooser;

  AdwToastOverlay       *toast_overlay;
  GtkLabel              *illustrative_label;
  GtkLabel              *backlog_value, *backlog_caption;
  GtkLabel              *timeliness_value, *timeliness_caption;
  GtkLabel              *caseload_value, *caseload_caption;
  GtkLabel              *forecast_value, *forecast_caption;
  GtkLabel              *forecast_label, *needed_label;
  WmkEhcBurndownChart   *burndown_chart;
  GtkLabel              *burndown_text;
  WmkEhcTimelinessChart *timeliness_chart;
  GtkLabel              *timeliness_text;
  GtkColumnView         *table;
  GtkWidget             *table_window;
  GtkLabel              *empty_label;
  WmkEhcTargetsGroup    *targets_group;
};

G_DEFINE_FINAL_TYPE (WmkEhcPage, wmk_ehc_page, ADW_TYPE_BIN)

/* The columns of the table: a figure, or one of these. */
enum { COLUMN_PERCENT = -2, COLUMN_CASELOAD = -3 };

static const struct { int what; const char *title; } columns[] = {
  { WMK_EHC_REQUESTS_RECEIVED, N_("Requests") },
  { WMK_EHC_ASSESSMENTS_ISSUED, N_("Issued") },
  { WMK_EHC_ISSUED_WITHIN_20_WEEKS, N_("In 20 weeks") },
  { COLUMN_PERCENT, N_("%") },
  { WMK_EHC_ANNUAL_REVIEWS_DUE, N_("Reviews due") },
  { WMK_EHC_ANNUAL_REVIEWS_COMPLETED, N_("Done") },
  { WMK_EHC_ANNUAL_REVIEWS_OVERDUE, N_("Overdue") },
  { WMK_EHC_ASSESSMENT_BACKLOG, N_("Assessments") },
  { WMK_EHC_CASEWORKER_FTE, N_("FTE") },
  { COLUMN_CASELOAD, N_("Plans each") },
  { WMK_EHC_EP_ADVICE_WAITING, N_("EP waits") },
};

static void
toast_undo_cb (AdwToast *toast, WmkEhcPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->plan && !wmk_plan_undo (self->plan, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* One sentence for the person; @undo offers to take the change back. */
static void
say (WmkEhcPage *self, const char *message, gboolean undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      /* Long enough to read the sentence and reach the button by keyboard. */
      adw_toast_set_timeout (toast, 10);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), self, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
dialog_done_cb (GtkWidget *dialog, const char *message, WmkEhcPage *self)
{
  say (self, message, TRUE);
}

static void
targets_said_cb (WmkEhcTargetsGroup *group, const char *message, gboolean undo, WmkEhcPage *self)
{
  say (self, message, undo);
}

static void
open_month (WmkEhcPage *self, const char *id)
{
  GtkWidget *dialog = wmk_ehc_month_dialog_new (GTK_WIDGET (self), self->plan, id);

  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_clicked_cb (WmkEhcPage *self)
{
  open_month (self, NULL);
}

static void
edit_clicked_cb (GtkButton *button, WmkEhcPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "id");

  if (id)
    open_month (self, id);
}

/* Import */

static void
file_loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(WmkEhcPage) self = data;
  g_autofree char *contents = NULL, *name = g_file_get_basename (G_FILE (source));
  g_autoptr(GError) error = NULL;
  WmkEhcCsv *csv;
  GtkWidget *dialog;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not read “%s”: %s"), name,
                                                  error->message);
      say (self, message, FALSE);
      return;
    }
  if ((csv = wmk_ehc_csv_parse (contents, length, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read “%s”: %s"), name,
                                                  error->message);
      say (self, message, FALSE);
      return;
    }
  if (self->plan == NULL)
    {
      wmk_ehc_csv_free (csv);
      return;
    }
  dialog = wmk_ehc_import_dialog_new (GTK_WIDGET (self), self->plan, csv, name);
  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, WmkEhcPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file)
    g_file_load_contents_async (file, NULL, file_loaded_cb, g_object_ref (self));
}

static void
import_clicked_cb (WmkEhcPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import Monthly Figures"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The table */

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  int what = GPOINTER_TO_INT (data);
  WmkEntity *entity = gtk_list_item_get_item (item);
  WmkEhcMonth month = { wmk_ehc_month_index (wmk_entity_get_string (entity, "month")) };
  g_autofree char *text = NULL;

  for (guint f = 0; f < WMK_EHC_N_FIGURES; f++)
    month.figure[f] = wmk_entity_get_number (entity, wmk_ehc_figure_field (f), NAN);
  if (what == COLUMN_PERCENT)
    {
      WmkEhcRatio ratio;

      wmk_ehc_month_ratio (&month, &ratio);
      text = wmk_ehc_percent_text (ratio.percent);
    }
  else if (what == COLUMN_CASELOAD)
    text = wmk_ehc_format_count (wmk_ehc_caseload (&month));
  else if (!wmk_ehc_figure_is_count (what) && !isnan (month.figure[what]))
    text = wmk_kpi_format_value (month.figure[what], NULL);
  else
    text = wmk_ehc_format_count (month.figure[what]);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* The month column: a button with the month's name, which opens it. */
static void
setup_edit (GtkSignalListItemFactory *factory, GtkListItem *item, WmkEhcPage *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "document-edit-symbolic");
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (edit_clicked_cb), self);
  gtk_list_item_set_child (item, button);
}

static void
bind_edit (GtkSignalListItemFactory *factory, GtkListItem *item, WmkEhcPage *self)
{
  WmkEntity *entity = gtk_list_item_get_item (item);
  GtkWidget *button = gtk_list_item_get_child (item);
  int index = wmk_ehc_month_index (wmk_entity_get_string (entity, "month"));
  g_autofree char *month = index >= 0 ? wmk_ehc_month_long_name (index) : g_strdup ("");
  g_autofree char *label = index >= 0 ? wmk_ehc_month_name (index) : g_strdup ("?");
  g_autofree char *name = g_strdup_printf (_("Edit the figures for %s"), month);

  adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (button))),
                                label);
  g_object_set_data_full (G_OBJECT (button), "id", g_strdup (wmk_entity_get_id (entity)), g_free);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
add_column (WmkEhcPage *self, const char *title, GtkListItemFactory *factory)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->table, column);
  g_object_unref (column);
}

static void
build_table (WmkEhcPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_edit), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_edit), self);
  add_column (self, _("Month"), factory);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (columns[c].what));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (columns[c].what));
      add_column (self, _(columns[c].title), factory);
    }
  gtk_column_view_set_model (self->table,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (
                               G_LIST_MODEL (g_object_ref (self->rows)))));
}

static int
newest_first (gconstpointer a, gconstpointer b)
{
  WmkEntity *x = *(WmkEntity *const *) a, *y = *(WmkEntity *const *) b;

  return g_strcmp0 (wmk_entity_get_string (y, "month"), wmk_entity_get_string (x, "month"));
}

/* The store follows the plan's months, newest first; replaced whole so that
 * every row binds again with the figures as they are now. */
static void
fill_rows (WmkEhcPage *self)
{
  GListModel *items = wmk_plan_get_items (self->plan, WMK_EHC_MONTH);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (items, i));
  g_ptr_array_sort (sorted, newest_first);
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       sorted->pdata, sorted->len);
  gtk_widget_set_visible (self->table_window, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
}

/* The key figures and the sentences */

static void
fill_header (WmkEhcPage *self, const WmkEhcSettings *s, const WmkEhcSummary *sum)
{
  const WmkEhcForecast *t = &sum->total;
  g_autofree char *value = NULL, *caption = NULL, *forecast = NULL, *needed = NULL;

  /* Backlog: reviews + assessments. */
  if (t->state == WMK_EHC_FORECAST_NO_FIGURES)
    {
      value = g_strdup ("–");
      caption = g_strdup (_("No month has both backlog figures yet"));
    }
  else
    {
      g_autofree char *month = wmk_ehc_month_name (t->latest_month);
      g_autofree char *reviews = wmk_ehc_format_count (sum->reviews.latest);
      g_autofree char *assessments = wmk_ehc_format_count (sum->assessments.latest);
      g_autofree char *start = wmk_ehc_format_count (s->baseline_reviews + s->baseline_assessments);
      g_autofree char *since = wmk_ehc_month_name (s->baseline_month);

      value = wmk_ehc_format_count (t->latest);
      /* Translators: "Jun 2024: 185 annual reviews overdue and 160 assessments waiting; 2,100 in Jan 2023" */
      caption = g_strdup_printf (_("%s: %s annual reviews overdue and %s assessments waiting; "
                                   "%s in %s"),
                                 month, reviews, assessments, start, since);
    }
  gtk_label_set_label (self->backlog_value, value);
  gtk_label_set_label (self->backlog_caption, caption);
  g_clear_pointer (&value, g_free);
  g_clear_pointer (&caption, g_free);

  /* % within 20 weeks. */
  if (sum->latest_ratio_month < 0)
    {
      value = g_strdup ("–");
      caption = g_strdup (_("No plans issued in the figures yet"));
    }
  else
    {
      g_autofree char *month = wmk_ehc_month_name (sum->latest_ratio_month);
      g_autofree char *within = wmk_ehc_format_count (sum->latest_ratio.within);
      g_autofree char *issued = wmk_ehc_format_count (sum->latest_ratio.issued);
      g_autofree char *rolling = wmk_ehc_percent_text (sum->rolling_ratio.percent);
      g_autofree char *national = wmk_ehc_percent_text (s->national_average);
      g_autofree char *target = wmk_ehc_percent_text (s->timeliness_target);
      g_autofree char *by = wmk_date_format (s->timeliness_date, "%b %Y");

      value = wmk_ehc_percent_text (sum->latest_ratio.percent);
      caption = g_strdup_printf (_("%s of %s in %s; %s over 12 months. National average %s; "
                                   "target %s by %s"),
                                 within, issued, month, rolling, national, target, by);
    }
  gtk_label_set_label (self->timeliness_value, value);
  gtk_label_set_label (self->timeliness_caption, caption);
  g_clear_pointer (&value, g_free);
  g_clear_pointer (&caption, g_free);

  /* Caseload per caseworker. */
  if (isnan (sum->caseload))
    {
      value = g_strdup ("–");
      caption = g_strdup (_("Needs caseworkers (FTE) and EHC plans maintained"));
    }
  else
    {
      g_autofree char *month = wmk_ehc_month_name (sum->caseload_month);
      g_autofree char *start = wmk_ehc_format_count (s->caseload_baseline);
      g_autofree char *target = wmk_ehc_format_count (s->caseload_target);

      value = wmk_ehc_format_count (sum->caseload);
      caption = g_strdup_printf (_("EHC plans per caseworker in %s; from %s, target %s"), month,
                                 start, target);
    }
  gtk_label_set_label (self->caseload_value, value);
  gtk_label_set_label (self->caseload_caption, caption);
  g_clear_pointer (&value, g_free);
  g_clear_pointer (&caption, g_free);

  /* Forecast: a month, or a word; never a colour alone. */
  {
    g_autofree char *target = wmk_ehc_month_name (s->clearance_month);
    g_autofree char *rate = wmk_ehc_format_count (fabs (t->rate));

    switch (t->state)
      {
      case WMK_EHC_FORECAST_CLEARING:
        value = wmk_ehc_month_name (t->clear_month);
        caption = g_strdup_printf (t->clear_month <= s->clearance_month
                                     ? _("✓ In time for the %s target; falling by %s a month")
                                     : _("▲ Later than the %s target; falling by %s a month"),
                                   target, rate);
        break;
      case WMK_EHC_FORECAST_NOT_CLEARING:
        value = g_strdup (_("Not clearing"));
        caption = g_strdup_printf (t->rate < 0 ? _("■ Growing by %s a month recently")
                                               : _("■ No fall in recent months"),
                                   rate);
        break;
      case WMK_EHC_FORECAST_CLEARED:
        value = g_strdup (_("Cleared"));
        caption = g_strdup (_("✓ No backlog in the latest month"));
        break;
      case WMK_EHC_FORECAST_TOO_FEW:
      case WMK_EHC_FORECAST_NO_FIGURES:
      default:
        value = g_strdup ("–");
        caption = g_strdup (_("Needs figures for two recent months"));
        break;
      }
  }
  gtk_label_set_label (self->forecast_value, value);
  gtk_label_set_label (self->forecast_caption, caption);

  forecast = wmk_ehc_forecast_sentence (t, s, WMK_EHC_BACKLOG_TOTAL);
  needed = wmk_ehc_needed_sentence (sum, s);
  gtk_label_set_label (self->forecast_label, forecast);
  gtk_label_set_label (self->needed_label, needed);
}

/* The charts, with what each shows in words (wmk-ehc-figures.c). */
static void
fill_charts (WmkEhcPage *self, GArray *months, const WmkEhcSettings *s, const WmkEhcSummary *sum)
{
  g_autofree char *burndown = wmk_ehc_burndown_text (months, s, sum);
  g_autofree char *timeliness = wmk_ehc_timeliness_text (months, s, sum);

  wmk_ehc_burndown_chart_set_data (self->burndown_chart, months, s, sum, burndown);
  wmk_ehc_timeliness_chart_set_data (self->timeliness_chart, months, s, timeliness);
  gtk_label_set_label (self->burndown_text, burndown);
  gtk_label_set_label (self->timeliness_text, timeliness);
}

/* Refresh */

static gboolean
refresh (gpointer data)
{
  WmkEhcPage *self = data;
  g_autoptr(GArray) months = NULL;
  WmkEhcSettings settings;
  WmkEhcSummary summary;

  self->refresh_id = 0;
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;
  months = wmk_ehc_months_read (self->plan);
  wmk_ehc_settings_read (self->plan, &settings);
  wmk_ehc_summary_compute ((WmkEhcMonth *) months->data, months->len, &settings, &summary);

  gtk_widget_set_visible (GTK_WIDGET (self->illustrative_label),
                          wmk_ehc_months_illustrative (self->plan));
  fill_header (self, &settings, &summary);
  fill_charts (self, months, &settings, &summary);
  fill_rows (self);
  wmk_ehc_targets_group_update (self->targets_group, &settings);
  return G_SOURCE_REMOVE;
}

/* Many changes arrive together (an import, an undo, a sync): redraw once. */
static void
plan_changed_cb (WmkPlan *plan, GPtrArray *touched, WmkEhcPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh, self);
}

static void
wmk_ehc_page_dispose (GObject *object)
{
  WmkEhcPage *self = WMK_EHC_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->plan && self->changed_id)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_EHC_PAGE);
  G_OBJECT_CLASS (wmk_ehc_page_parent_class)->dispose (object);
}

static void
wmk_ehc_page_finalize (GObject *object)
{
  WmkEhcPage *self = WMK_EHC_PAGE (object);

  g_clear_object (&self->rows);
  G_OBJECT_CLASS (wmk_ehc_page_parent_class)->finalize (object);
}

static void
wmk_ehc_page_class_init (WmkEhcPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_ehc_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_page_finalize;

  g_type_ensure (WMK_TYPE_EHC_BURNDOWN_CHART);
  g_type_ensure (WMK_TYPE_EHC_TIMELINESS_CHART);
  g_type_ensure (WMK_TYPE_EHC_TARGETS_GROUP);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/ehc-backlog/wmk-ehc-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, WmkEhcPage, name)
  BIND (toast_overlay);
  BIND (illustrative_label);
  BIND (backlog_value);
  BIND (backlog_caption);
  BIND (timeliness_value);
  BIND (timeliness_caption);
  BIND (caseload_value);
  BIND (caseload_caption);
  BIND (forecast_value);
  BIND (forecast_caption);
  BIND (forecast_label);
  BIND (needed_label);
  BIND (burndown_chart);
  BIND (burndown_text);
  BIND (timeliness_chart);
  BIND (timeliness_text);
  BIND (table);
  BIND (table_window);
  BIND (empty_label);
  BIND (targets_group);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, targets_said_cb);
}

static void
wmk_ehc_page_init (WmkEhcPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (WMK_TYPE_ENTITY);
  build_table (self);
}

GtkWidget *
wmk_ehc_page_new (WmkPlan *plan)
{
  WmkEhcPage *self = g_object_new (WMK_TYPE_EHC_PAGE, NULL);

  self->plan = g_object_ref (plan);
  wmk_ehc_targets_group_set_plan (self->targets_group, plan);
  self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  refresh (self);
  return GTK_WIDGET (self);
}

/* The registry's page: a new page for @plan. */
GObject *
wmk_ehc_page_create (WmkPlan *plan, gpointer user_data)
{
  return G_OBJECT (wmk_ehc_page_new (plan));
}
