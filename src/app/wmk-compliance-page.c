/* wmk-compliance-page.c: the improvement notice's duties, checked
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist a SEND director wants to see before a DfE review: one row
 * per duty, met or not in words and a shape as well as colour, the evidence
 * the records hold, and each gap with a button that opens what must be
 * fixed. The check is the core's (wmk-compliance.c), also run by
 * `waymark-cli check`; this page only shows it, again after every edit.
 */

#include "config.h"

#include "wmk-compliance-page.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkCompliancePage
{
  AdwBin               parent_instance;

  WmkPlan             *plan;
  guint                rebuild_source;
  GPtrArray           *rows;

  GtkLabel            *summary;
  AdwPreferencesGroup *lines_group;
};

G_DEFINE_FINAL_TYPE (WmkCompliancePage, wmk_compliance_page, ADW_TYPE_BIN)

static void
open_clicked (GtkButton *button, WmkCompliancePage *self)
{
  WmkWindow *window = WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  wmk_window_show_item (window, g_object_get_data (G_OBJECT (button), "entity-id"));
}

static GtkWidget *
status_prefix (gboolean passed)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (passed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  GtkWidget *word = gtk_label_new (passed ? _("Met") : _("Not met"));

  gtk_widget_add_css_class (box, passed ? "success" : "warning");
  gtk_widget_set_size_request (word, 64, -1);
  gtk_label_set_xalign (GTK_LABEL (word), 0);
  gtk_widget_add_css_class (word, "heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), word);
  return box;
}

static GtkWidget *
problem_row (WmkCompliancePage *self, const char *problem, const char *entity_id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (entity_id)
    {
      GtkWidget *button = gtk_button_new_with_label (_("Open"));
      g_autofree char *name = g_strdup_printf (_("Open what this is about: %s"), problem);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (button), "entity-id", g_strdup (entity_id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (open_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static GtkWidget *
line_row (WmkCompliancePage *self, WmkComplianceLine *line)
{
  gboolean passed = wmk_compliance_line_get_passed (line);
  guint n = wmk_compliance_line_get_n_problems (line);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *duty = gtk_label_new (wmk_compliance_line_get_duty (line));
  const char *evidence = wmk_compliance_line_get_evidence (line);
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  if (passed)
    subtitle = g_strdup (evidence);
  else
    subtitle = g_strdup_printf (ngettext ("%u gap. %s", "%u gaps. %s", n), n, evidence);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wmk_compliance_line_get_title (line));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), status_prefix (passed));
  gtk_widget_add_css_class (duty, "dim-label");
  gtk_widget_set_tooltip_text (duty, _("The paragraph of the improvement notice"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), duty);
  name = g_strdup_printf ("%s: %s", passed ? _("Met") : _("Not met"), wmk_compliance_line_get_title (line));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n > 0);
  for (guint i = 0; i < n; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              problem_row (self, wmk_compliance_line_get_problems (line)[i],
                                           wmk_compliance_line_get_problem_entity_id (line, i)));
  return row;
}

static gboolean
rebuild (gpointer data)
{
  WmkCompliancePage *self = data;
  g_autoptr(GPtrArray) lines = NULL;
  guint n_passed = 0;
  g_autofree char *summary = NULL;

  self->rebuild_source = 0;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->lines_group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;

  lines = wmk_compliance_check (self->plan, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      GtkWidget *row = line_row (self, lines->pdata[i]);

      n_passed += wmk_compliance_line_get_passed (lines->pdata[i]);
      adw_preferences_group_add (self->lines_group, row);
      g_ptr_array_add (self->rows, row);
    }
  summary = g_strdup_printf (_("%u of %u duties met"), n_passed, lines->len);
  gtk_label_set_text (self->summary, summary);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (WmkCompliancePage *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild, self);
}

void
wmk_compliance_page_set_plan (WmkCompliancePage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_COMPLIANCE_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (queue_rebuild), self);
  queue_rebuild (self);
}

static void
wmk_compliance_page_dispose (GObject *object)
{
  WmkCompliancePage *self = WMK_COMPLIANCE_PAGE (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_compliance_page_parent_class)->dispose (object);
}

static void
wmk_compliance_page_class_init (WmkCompliancePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_compliance_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-compliance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkCompliancePage, summary);
  gtk_widget_class_bind_template_child (widget_class, WmkCompliancePage, lines_group);
}

static void
wmk_compliance_page_init (WmkCompliancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
