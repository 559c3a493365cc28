/* wmk-commissioning-page.c: the Joint Commissioning page
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headline (decisions due for review, spend by commissioner), the need ×
 * district heat map with the same matrix in words under it, the provision
 * map as a list filtered by need, district and commissioner or by a search,
 * and the decisions, soonest review first, overdue ones flagged with a word
 * and a shape. Read from the plan's list models; changed through the plan's
 * edit API (the shared wmk-entity-dialog.c).
 */

#include "wmk-commissioning-page.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <wmk-entity-dialog.h>
#include "wmk-commissioning-gaps.h"
#include "wmk-commissioning-heat-map.h"
#include "wmk-commissioning-plugin.h"

struct _WmkCommissioningPage
{
  AdwBin                   parent_instance;

  WmkPlan                 *plan;
  GListModel              *provisions;
  GListModel              *decisions;
  GtkFilterListModel      *filtered;
  GtkCustomFilter         *filter;
  GtkDropDown             *need_filter;
  GtkDropDown             *locality_filter;
  GtkDropDown             *commissioner_filter;
  GPtrArray               *decision_rows;
  guint                    refresh_id;

  GtkLabel                *headline;
  GtkLabel                *subline;
  GtkLabel                *illustrative_label;
  WmkCommissioningHeatMap *heat_map;
  GtkLabel                *matrix_words;
  GtkBox                  *filter_box;
  GtkSearchEntry          *search_entry;
  GtkListBox              *provision_list;
  AdwPreferencesGroup     *decisions_group;
};

G_DEFINE_FINAL_TYPE (WmkCommissioningPage, wmk_commissioning_page, ADW_TYPE_BIN)

static const char *const provision_form[] = {
  "service", "tier", "need", "locality", "age_from", "age_to", "commissioner", "capacity",
  "annual_spend", NULL,
};

static const char *const decision_form[] = {
  "date", "decision", "services", "review_date", "status", NULL,
};

static const char *const commissioners[] = { "dcc", "nhs", "joint" };

static void
open_dialog (WmkCommissioningPage *self, const WmkTypeSpec *spec, const char *id,
             const char * const *form, const char *title)
{
  GtkWidget *dialog = wmk_entity_dialog_new (GTK_WIDGET (self), self->plan, spec,
                                                           id, form,
                                                           wmk_commissioning_enum_word, title);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_clicked_cb (GtkWidget *button, WmkCommissioningPage *self)
{
  WmkEntity *entity = g_object_get_data (G_OBJECT (button), "entity");
  gboolean provision = g_str_equal (wmk_entity_get_entity_type (entity),
                                    WMK_COMMISSIONING_PROVISION);

  open_dialog (self, provision ? &wmk_commissioning_provision_spec
                               : &wmk_commissioning_decision_spec,
               wmk_entity_get_id (entity), provision ? provision_form : decision_form,
               provision ? _("Edit Service") : _("Edit Decision"));
}

static void
add_provision_cb (WmkCommissioningPage *self)
{
  open_dialog (self, &wmk_commissioning_provision_spec, NULL, provision_form, _("New Service"));
}

static void
add_decision_cb (WmkCommissioningPage *self)
{
  open_dialog (self, &wmk_commissioning_decision_spec, NULL, decision_form, _("New Decision"));
}

static GtkWidget *
edit_button (WmkCommissioningPage *self, WmkEntity *entity, const char *what)
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

/* A status as a shape and a word, coloured too: never by colour alone. */
static GtkWidget *
status_label (const char *shape, const char *word, const char *css_class)
{
  g_autofree char *text = g_strdup_printf ("%s %s", shape, word);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "heading");
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Provision map */

static GtkWidget *
create_provision_row (gpointer item, gpointer data)
{
  WmkCommissioningPage *self = data;
  WmkEntity *provision = item;
  const char *service = wmk_entity_get_string (provision, "service");
  gint64 capacity = wmk_entity_get_int (provision, "capacity", -1);
  g_autofree char *spend = wmk_commissioning_format_money (
    wmk_entity_get_number (provision, "annual_spend", 0));
  g_autofree char *places = capacity >= 0
                              ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d child a year",
                                                              "%d children a year", capacity),
                                                 (int) capacity)
                              : g_strdup (_("open to all"));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new (), *button;

  /* Translators: "Specialist · Autism · Exeter · ages 4–16 · Devon County Council · 180 a year ·
   * £3.6m a year" */
  subtitle = g_markup_printf_escaped (
    _("%s · %s · %s · ages %d–%d\n%s · %s · %s a year"),
    wmk_commissioning_enum_word ("tier", wmk_entity_get_string (provision, "tier")),
    wmk_commissioning_enum_word ("need", wmk_entity_get_string (provision, "need")),
    wmk_commissioning_enum_word ("locality", wmk_entity_get_string (provision, "locality")),
    (int) wmk_entity_get_int (provision, "age_from", 0),
    (int) wmk_entity_get_int (provision, "age_to", 25),
    wmk_commissioning_enum_word ("commissioner", wmk_entity_get_string (provision, "commissioner")),
    places, spend);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 service && *service ? service : _("Unnamed service"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  button = edit_button (self, provision, service ? service : _("this service"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

/* The value a drop-down picks, or NULL for its first entry, "all". */
static const char *
picked (GtkDropDown *drop_down, const char *field)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (g_str_equal (field, "need"))
    return wmk_commissioning_need_id (selected - 1);
  if (g_str_equal (field, "locality"))
    return selected == 1 ? "countywide" : wmk_commissioning_locality_id (selected - 2);
  return commissioners[selected - 1];
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  WmkCommissioningPage *self = data;
  WmkEntity *provision = item;
  const char *need = picked (self->need_filter, "need");
  const char *locality = picked (self->locality_filter, "locality");
  const char *commissioner = picked (self->commissioner_filter, "commissioner");
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (need && g_strcmp0 (wmk_entity_get_string (provision, "need"), need) != 0)
    return FALSE;
  if (locality && g_strcmp0 (wmk_entity_get_string (provision, "locality"), locality) != 0)
    return FALSE;
  if (commissioner && g_strcmp0 (wmk_entity_get_string (provision, "commissioner"),
                                 commissioner) != 0)
    return FALSE;
  if (search && *search)
    {
      g_autofree char *haystack = g_utf8_casefold (wmk_entity_get_string (provision, "service")
                                                     ?: "", -1);
      g_autofree char *needle = g_utf8_casefold (search, -1);

      return strstr (haystack, needle) != NULL;
    }
  return TRUE;
}

static void
filter_changed_cb (WmkCommissioningPage *self)
{
  if (self->filter)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkDropDown *
add_drop_down (WmkCommissioningPage *self, const char *name, const char * const *words)
{
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (words);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  gtk_widget_set_tooltip_text (drop_down, name);
  g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  gtk_box_append (self->filter_box, drop_down);
  return GTK_DROP_DOWN (drop_down);
}

static void
build_filters (WmkCommissioningPage *self)
{
  const char *needs[WMK_COMMISSIONING_N_NEEDS + 2] = { _("All needs") };
  const char *places[WMK_COMMISSIONING_N_LOCALITIES + 3] = { _("All districts"),
                                                             _("Countywide") };
  const char *who[] = { _("All commissioners"), _("Devon County Council"), _("NHS Devon"),
                        _("Joint"), NULL };

  for (guint n = 0; n < WMK_COMMISSIONING_N_NEEDS; n++)
    needs[n + 1] = wmk_commissioning_need_short (n);
  for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
    places[l + 2] = wmk_commissioning_enum_word ("locality", wmk_commissioning_locality_id (l));
  self->need_filter = add_drop_down (self, _("Need"), needs);
  self->locality_filter = add_drop_down (self, _("District"), places);
  self->commissioner_filter = add_drop_down (self, _("Commissioner"), who);
}

/* Decisions */

static void
fill_decisions (WmkCommissioningPage *self, const char *today)
{
  g_autoptr(GPtrArray) sorted = wmk_commissioning_dup_by_review (self->decisions);

  for (guint i = 0; i < self->decision_rows->len; i++)
    adw_preferences_group_remove (self->decisions_group, self->decision_rows->pdata[i]);
  g_ptr_array_set_size (self->decision_rows, 0);

  for (guint i = 0; i < sorted->len; i++)
    {
      WmkEntity *decision = sorted->pdata[i];
      WmkCommissioningReview state = wmk_commissioning_review_state (decision, today);
      const char *status = wmk_entity_get_string (decision, "status");
      g_autofree char *decided = wmk_date_format (wmk_entity_get_string (decision, "date"),
                                                  "%-d %b %Y");
      g_autofree char *review = wmk_date_format (wmk_entity_get_string (decision, "review_date"),
                                                 "%-d %b %Y");
      g_autofree char *title = g_markup_escape_text (wmk_entity_get_string (decision, "decision")
                                                       ?: _("Untitled decision"), -1);
      /* Translators: "Autism outreach · decided 18 Jan 2023 · review 31 Jan 2024 · Agreed" */
      g_autofree char *subtitle = g_markup_printf_escaped (
        _("%s · decided %s · review %s · %s"), wmk_entity_get_string (decision, "services") ?: "",
        decided, *review ? review : _("not set"), wmk_commissioning_enum_word ("status", status));
      GtkWidget *row = adw_action_row_new (), *button, *badge;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (state == WMK_COMMISSIONING_REVIEW_OVERDUE)
        badge = status_label ("▲", _("Review overdue"), "error");
      else if (state == WMK_COMMISSIONING_REVIEW_DUE)
        badge = status_label ("◆", _("Review due"), "warning");
      else if (g_strcmp0 (status, "reviewed") == 0)
        badge = status_label ("✓", _("Reviewed"), "success");
      else if (state == WMK_COMMISSIONING_REVIEW_LATER)
        badge = status_label ("●", _("Review later"), NULL);
      else
        badge = status_label ("○", wmk_commissioning_enum_word ("status", status), "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      button = edit_button (self, decision, _("this decision"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->decisions_group, row);
      g_ptr_array_add (self->decision_rows, row);
    }
  if (sorted->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No decisions recorded yet"));
      adw_preferences_group_add (self->decisions_group, row);
      g_ptr_array_add (self->decision_rows, row);
    }
}

static void
refresh (WmkCommissioningPage *self)
{
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *spend = wmk_commissioning_spend_summary (self->provisions);
  g_autofree char *words = NULL, *headline = NULL, *subline = NULL;
  WmkCommissioningMatrix matrix;
  guint overdue = 0, due = wmk_commissioning_count_due (self->decisions, today, &overdue);

  wmk_commissioning_matrix_compute (self->provisions, &matrix);
  wmk_commissioning_heat_map_set_matrix (self->heat_map, &matrix);
  words = wmk_commissioning_matrix_describe (&matrix, 5);
  gtk_label_set_text (self->matrix_words, words);

  headline = due ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u decision due for review, %u overdue",
                                                 "%u decisions due for review, %u overdue", due),
                                    due, overdue)
                 : g_strdup (_("No decision is due for review"));
  /* Translators: "35 services, £80.1m a year: … · 16 of 48 need and district pairs have a gap" */
  subline = g_strdup_printf (_("%s · %u of %u need and district pairs have a gap"), spend,
                             matrix.bands[WMK_COMMISSIONING_BAND_GAP],
                             WMK_COMMISSIONING_N_NEEDS * WMK_COMMISSIONING_N_LOCALITIES);
  gtk_label_set_text (self->headline, headline);
  gtk_label_set_text (self->subline, subline);
  gtk_widget_set_visible (GTK_WIDGET (self->illustrative_label),
                          wmk_commissioning_any_illustrative (self->provisions)
                            || wmk_commissioning_any_illustrative (self->decisions));

  /* Rows show fields, which change in place: make them again. */
  gtk_list_box_bind_model (self->provision_list, G_LIST_MODEL (self->filtered),
                           create_provision_row, self, NULL);
  fill_decisions (self, today);
}

static gboolean
refresh_idle (gpointer data)
{
  WmkCommissioningPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
plan_changed_cb (WmkCommissioningPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
wmk_commissioning_page_dispose (GObject *object)
{
  WmkCommissioningPage *self = WMK_COMMISSIONING_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->provision_list)
    gtk_list_box_bind_model (self->provision_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->decision_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (wmk_commissioning_page_parent_class)->dispose (object);
}

static void
wmk_commissioning_page_class_init (WmkCommissioningPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_commissioning_page_dispose;
  g_type_ensure (WMK_TYPE_COMMISSIONING_HEAT_MAP);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/plugins/commissioning/wmk-commissioning-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, headline);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, subline);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, illustrative_label);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, heat_map);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, matrix_words);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, provision_list);
  gtk_widget_class_bind_template_child (widget_class, WmkCommissioningPage, decisions_group);
  gtk_widget_class_bind_template_callback (widget_class, add_provision_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_decision_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
}

static void
wmk_commissioning_page_init (WmkCommissioningPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->decision_rows = g_ptr_array_new ();
  build_filters (self);
  placeholder = gtk_label_new (_("No service matches these filters."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->provision_list, placeholder);
}

GtkWidget *
wmk_commissioning_page_new (WmkPlan *plan)
{
  WmkCommissioningPage *self;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);

  self = g_object_new (WMK_TYPE_COMMISSIONING_PAGE, NULL);
  self->plan = g_object_ref (plan);
  self->provisions = wmk_plan_get_items (plan, WMK_COMMISSIONING_PROVISION);
  self->decisions = wmk_plan_get_items (plan, WMK_COMMISSIONING_DECISION);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->provisions),
                                              GTK_FILTER (self->filter));
  /* Every edit, undo or sync of the plan: refresh once, when idle. */
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  refresh (self);
  return GTK_WIDGET (self);
}

GObject *
wmk_commissioning_page_create (WmkPlan *plan, gpointer user_data)
{
  return G_OBJECT (wmk_commissioning_page_new (plan));
}
