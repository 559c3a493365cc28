/* wmk-comms-page.c: the Communication Standards page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headline figure (complaints about communication, against 21% at the
 * start and the 5% target), the monthly trend chart, the catalogue of service
 * standards with each one's compliance (a word, a shape and a colour), and
 * the "you said, we did" log. Everything is read from the plan's list models
 * and redrawn when they change (an edit here, an undo, a sync); changes go
 * through the plan's edit API, in the form of the shared wmk-entity-dialog.c.
 */

#include "wmk-comms-page.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include <wmk-entity-dialog.h>
#include "wmk-comms-plugin.h"
#include "wmk-comms-stats.h"
#include "wmk-comms-trend-chart.h"
#include "wmk-comms-types.h"

struct _WmkCommsPage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  GListModel          *standards;
  GListModel          *contacts;
  GListModel          *you_said;
  GPtrArray           *rows;        /* rows added to the two groups, to remove on a refresh */
  guint                refresh_id;

  GtkLabel            *headline;
  GtkLabel            *subline;
  GtkLabel            *illustrative_label;
  WmkCommsTrendChart  *chart;
  AdwPreferencesGroup *standards_group;
  AdwPreferencesGroup *you_said_group;
};

G_DEFINE_FINAL_TYPE (WmkCommsPage, wmk_comms_page, ADW_TYPE_BIN)

static const char *const standard_form[] = {
  "service", "channel", "target", "target_unit", "text", "ehc_process", NULL,
};

static const char *const you_said_form[] = { "date", "you_said", "we_did", "status", NULL };

/* A status as a shape and a word, coloured too: never by colour alone. */
static GtkWidget *
status_label (const char *shape, const char *word, const char *css_class)
{
  g_autofree char *text = g_strdup_printf ("%s %s", shape, word);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static const char *
level_class (WmkCommsLevel level)
{
  switch (level)
    {
    case WMK_COMMS_LEVEL_MET:
      return "success";
    case WMK_COMMS_LEVEL_CLOSE:
      return "warning";
    case WMK_COMMS_LEVEL_MISSED:
      return "error";
    case WMK_COMMS_LEVEL_NO_DATA:
    default:
      return "dim-label";
    }
}

static void
open_dialog (WmkCommsPage *self, const WmkTypeSpec *spec, const char *id,
             const char * const *form, const char *title)
{
  GtkWidget *dialog = wmk_entity_dialog_new (GTK_WIDGET (self), self->plan, spec, id, form,
                                                   wmk_comms_enum_word, title);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_clicked_cb (GtkWidget *button, WmkCommsPage *self)
{
  WmkEntity *entity = g_object_get_data (G_OBJECT (button), "entity");
  gboolean standard = g_str_equal (wmk_entity_get_entity_type (entity), WMK_COMMS_STANDARD);

  open_dialog (self, standard ? &wmk_comms_standard_spec : &wmk_comms_you_said_spec,
               wmk_entity_get_id (entity), standard ? standard_form : you_said_form,
               standard ? _("Edit Standard") : _("Edit Entry"));
}

static void
add_standard_cb (WmkCommsPage *self)
{
  open_dialog (self, &wmk_comms_standard_spec, NULL, standard_form, _("New Standard"));
}

static void
add_you_said_cb (WmkCommsPage *self)
{
  open_dialog (self, &wmk_comms_you_said_spec, NULL, you_said_form, _("New Entry"));
}

/* A row's edit button, named after what it edits. */
static GtkWidget *
edit_button (WmkCommsPage *self, WmkEntity *entity, const char *what)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  g_autofree char *name = g_strdup_printf (_("Edit %s"), what);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "entity", g_object_ref (entity), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (edit_clicked_cb), self);
  return button;
}

static void
add_row (WmkCommsPage *self, AdwPreferencesGroup *group, GtkWidget *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
fill_standards (WmkCommsPage *self, const char *today, guint *met, guint *counted)
{
  guint n = g_list_model_get_n_items (self->standards);
  g_autofree char *since = wmk_comms_recent_start (self->contacts, 3);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) standard = g_list_model_get_item (self->standards, i);
      g_autofree char *title = wmk_comms_standard_title (standard);
      g_autofree char *target = wmk_comms_target_text (standard);
      g_autofree char *figures = NULL, *subtitle = NULL;
      const char *text = wmk_entity_get_string (standard, "text");
      GtkWidget *row = adw_action_row_new (), *button;
      WmkCommsCompliance c, all;

      wmk_comms_compliance_for_standard (standard, self->contacts, since, today, &c);
      wmk_comms_compliance_for_standard (standard, self->contacts, NULL, today, &all);
      if (isnan (c.percent))
        figures = g_strdup (_("No contacts logged in the last 3 months"));
      else
        /* Translators: "Last 3 months: 52 of 60 answered in time (87%) · 72% since the log
         * began" */
        figures = g_strdup_printf (_("Last 3 months: %u of %u answered in time (%.0f%%) · %.0f%% "
                                     "since the log began"),
                                   c.within, c.answered + c.late_open, c.percent, all.percent);
      if (c.waiting)
        {
          g_autofree char *more = figures;

          figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u waiting",
                                                  "%s; %u waiting", c.waiting),
                                     more, c.waiting);
        }
      subtitle = g_markup_printf_escaped ("%s · %s\n%s", target, text ? text : "", figures);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 status_label (wmk_comms_level_shape (c.level),
                                               wmk_comms_level_word (c.level),
                                               level_class (c.level)));
      button = edit_button (self, standard, title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      add_row (self, self->standards_group, row);
      if (c.level != WMK_COMMS_LEVEL_NO_DATA)
        (*counted)++;
      if (c.level == WMK_COMMS_LEVEL_MET)
        (*met)++;
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No service standards yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Add one for each service and channel: what it promises, "
                                     "and by when."));
      add_row (self, self->standards_group, row);
    }
}

static void
fill_you_said (WmkCommsPage *self)
{
  guint n = g_list_model_get_n_items (self->you_said);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) entry = g_list_model_get_item (self->you_said, i);
      const char *status = wmk_entity_get_string (entry, "status");
      const char *said = wmk_entity_get_string (entry, "you_said");
      g_autofree char *date = wmk_date_format (wmk_entity_get_string (entry, "date"),
                                               "%-d %b %Y");
      g_autofree char *title = g_markup_printf_escaped (_("You said: %s"), said ? said : "");
      g_autofree char *subtitle = g_markup_printf_escaped (
        _("We did: %s\n%s"), wmk_entity_get_string (entry, "we_did") ?: "", date);
      GtkWidget *row = adw_action_row_new (), *button;
      gboolean done = g_strcmp0 (status, "done") == 0;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 status_label (done ? "✓" : g_strcmp0 (status, "in_progress") == 0
                                                               ? "◐" : "○",
                                               wmk_comms_enum_word ("status", status),
                                               done ? "success" : NULL));
      button = edit_button (self, entry, _("this entry"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      add_row (self, self->you_said_group, row);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing logged yet"));
      add_row (self, self->you_said_group, row);
    }
}

static void
update_header (WmkCommsPage *self, GArray *trend, guint met, guint counted)
{
  g_autofree char *headline = NULL, *subline = NULL;

  if (trend->len > 0)
    {
      const WmkCommsMonth *latest = &g_array_index (trend, WmkCommsMonth, trend->len - 1);
      g_autofree char *month = wmk_comms_month_name (latest->month);
      WmkCommsLevel level = latest->percent <= WMK_COMMS_TARGET_PERCENT ? WMK_COMMS_LEVEL_MET
                                                                        : WMK_COMMS_LEVEL_MISSED;

      headline = g_strdup_printf (_("%.0f%% of complaints were about communication in %s"),
                                  latest->percent, month);
      subline = g_strdup_printf (_("%s target · %u of %u complaints · from 21%% in November "
                                   "2021 to a target of 5%% by September 2023 · %u of %u "
                                   "service standards met"),
                                 level == WMK_COMMS_LEVEL_MET ? _("● Meets the")
                                                              : _("▲ Above the"),
                                 latest->about_communication, latest->complaints, met, counted);
    }
  else
    {
      headline = g_strdup (_("No complaints logged yet"));
      subline = g_strdup_printf (_("The plan’s target: from 21%% of complaints about "
                                   "communication to 5%% by September 2023 · %u of %u service "
                                   "standards met"), met, counted);
    }
  gtk_label_set_text (self->headline, headline);
  gtk_label_set_text (self->subline, subline);
}

static void
refresh (WmkCommsPage *self)
{
  g_autofree char *today = wmk_today_iso ();
  g_autoptr(GArray) trend = wmk_comms_complaint_trend (self->contacts);
  guint met = 0, counted = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  fill_standards (self, today, &met, &counted);
  fill_you_said (self);
  wmk_comms_trend_chart_set_trend (self->chart, trend);
  update_header (self, trend, met, counted);
  gtk_widget_set_visible (GTK_WIDGET (self->illustrative_label),
                          wmk_comms_any_illustrative (self->contacts)
                            || wmk_comms_any_illustrative (self->standards)
                            || wmk_comms_any_illustrative (self->you_said));
}

static gboolean
refresh_idle (gpointer data)
{
  WmkCommsPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A sample or a sync changes many items at once: refresh once, when idle. */
static void
items_changed_cb (WmkCommsPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
wmk_comms_page_dispose (GObject *object)
{
  WmkCommsPage *self = WMK_COMMS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (self->standards, self);
      g_signal_handlers_disconnect_by_data (self->contacts, self);
      g_signal_handlers_disconnect_by_data (self->you_said, self);
      g_signal_handlers_disconnect_by_data (self->plan, self);
    }
  g_clear_object (&self->plan);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (wmk_comms_page_parent_class)->dispose (object);
}

static void
wmk_comms_page_class_init (WmkCommsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_comms_page_dispose;
  g_type_ensure (WMK_TYPE_COMMS_TREND_CHART);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/communications/wmk-comms-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, headline);
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, subline);
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, illustrative_label);
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, standards_group);
  gtk_widget_class_bind_template_child (widget_class, WmkCommsPage, you_said_group);
  gtk_widget_class_bind_template_callback (widget_class, add_standard_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_you_said_cb);
}

static void
wmk_comms_page_init (WmkCommsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
wmk_comms_page_new (WmkPlan *plan)
{
  WmkCommsPage *self;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);

  self = g_object_new (WMK_TYPE_COMMS_PAGE, NULL);
  self->plan = g_object_ref (plan);
  self->standards = wmk_plan_get_items (plan, WMK_COMMS_STANDARD);
  self->contacts = wmk_plan_get_items (plan, WMK_COMMS_CONTACT);
  self->you_said = wmk_plan_get_items (plan, WMK_COMMS_YOU_SAID);
  g_signal_connect_swapped (self->standards, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (self->contacts, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (self->you_said, "items-changed", G_CALLBACK (items_changed_cb), self);
  /* A field changed in place (an edit, an undo) changes no list: watch the plan too. */
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (items_changed_cb), self);
  refresh (self);
  return GTK_WIDGET (self);
}

/* The page for the registry: the window calls this with its plan. */
GObject *
wmk_comms_page_create (WmkPlan *plan, gpointer user_data)
{
  return G_OBJECT (wmk_comms_page_new (plan));
}
