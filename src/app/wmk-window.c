/* wmk-window.c: a Waymark window: one plan, its pages and the sidebar
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wmk-window.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-calendar-page.h"
#include "wmk-compliance-page.h"
#include "wmk-conflicts-page.h"
#include "wmk-devices-page.h"
#include "wmk-kpi-page.h"
#include "wmk-log-page.h"
#include "wmk-meetings-page.h"
#include "wmk-overview-page.h"
#include "wmk-plan-page.h"
#include "wmk-plugin-page-host.h"
#include "wmk-risk-page.h"
#include "wmk-sync-indicator.h"
#include "wmk-sync-scheduler.h"
#include "wmk-welcome-page.h"
#include "wmk-window-sync.h"

struct _WmkWindow
{
  AdwApplicationWindow parent_instance;

  WmkPlan        *plan;

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  WmkWelcomePage  *welcome;
  AdwLeaflet      *leaflet;
  GtkListBox      *sidebar;
  GtkWidget       *content_pane;
  AdwWindowTitle  *title;
  AdwViewStack    *pages;
  WmkOverviewPage *overview_page;
  WmkPlanPage     *plan_page;
  WmkKpiPage      *kpi_page;
  WmkRiskPage     *risk_page;
  WmkCalendarPage *calendar_page;
  WmkMeetingsPage *meetings_page;
  WmkLogPage      *action_log_page;
  WmkLogPage      *decision_log_page;
  WmkCompliancePage *compliance_page;
  GPtrArray       *plugin_pages;  /* WmkPluginPageHost*, in the view stack */
  WmkSyncScheduler *sync;         /* (nullable): the plan's sync with its shared folder */
  WmkSyncIndicator *sync_indicator;
  WmkConflictsPage *conflicts_page;
  WmkDevicesPage  *devices_page;
};

G_DEFINE_FINAL_TYPE (WmkWindow, wmk_window, ADW_TYPE_APPLICATION_WINDOW)

static WmkApplication *
get_app (WmkWindow *self)
{
  return WMK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

void
wmk_window_add_toast (WmkWindow *self, AdwToast *toast)
{
  g_return_if_fail (WMK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/**
 * wmk_window_show_error_for:
 * @widget: a widget in a Waymark window
 *
 * Shows an error in the window @widget is in, or logs it if it is in none.
 */
void
wmk_window_show_error_for (GtkWidget *widget, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (WMK_IS_WINDOW (root))
    wmk_window_show_error (WMK_WINDOW (root), message);
  else
    g_warning ("%s", message);
}

void
wmk_window_show_error (WmkWindow *self, const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0); /* an error stays until it is read */
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
update_actions (WmkWindow *self)
{
  gboolean open = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 open && wmk_plan_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 open && wmk_plan_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.share",
                                 open && self->sync
                                   && wmk_sync_scheduler_get_state (self->sync) == WMK_SYNC_STATE_UNBOUND);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sync-now",
                                 open && self->sync
                                   && wmk_sync_scheduler_get_state (self->sync) != WMK_SYNC_STATE_UNBOUND);
}

/* The Conflicts and Devices rows only for a shared plan. */
static void
sync_updated_cb (WmkWindow *self)
{
  gboolean shared = self->sync && wmk_sync_scheduler_get_state (self->sync) != WMK_SYNC_STATE_UNBOUND;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), "conflicts") == 0
        || g_strcmp0 (gtk_widget_get_name (row), "devices") == 0)
      gtk_widget_set_visible (row, shared);
  update_actions (self);
}

static void
set_sync (WmkWindow *self, WmkPlan *plan)
{
  if (self->sync)
    {
      g_signal_handlers_disconnect_by_data (self->sync, self);
      wmk_sync_scheduler_close (self->sync);
      g_clear_object (&self->sync);
    }
  if (plan)
    {
      self->sync = wmk_sync_scheduler_new (plan);
      wmk_sync_scheduler_set_label (self->sync, wmk_plan_get_author (plan));
      g_signal_connect_swapped (self->sync, "updated", G_CALLBACK (sync_updated_cb), self);
    }
  wmk_sync_indicator_set_scheduler (self->sync_indicator, self->sync);
  wmk_conflicts_page_set_scheduler (self->conflicts_page, self->sync);
  wmk_devices_page_set_scheduler (self->devices_page, self->sync);
  sync_updated_cb (self);
}

static void
update_title (WmkWindow *self)
{
  WmkPlanInfo *info = self->plan ? wmk_plan_get_info (self->plan) : NULL;
  const char *title = info ? wmk_plan_info_get_title (info) : NULL;
  AdwViewStackPage *page = adw_view_stack_get_page (
    self->pages, adw_view_stack_get_visible_child (self->pages));

  adw_window_title_set_title (self->title, page ? adw_view_stack_page_get_title (page) : "");
  adw_window_title_set_subtitle (self->title, title ? title : "");
  gtk_window_set_title (GTK_WINDOW (self), title ? title : _("Waymark"));
}

static void
plan_changed_cb (WmkWindow *self)
{
  update_actions (self);
  update_title (self);
}

static GSettings *
get_settings (WmkWindow *self)
{
  WmkApplication *app = get_app (self);

  return app ? wmk_application_get_settings (app) : NULL;
}

/* So that the next start opens this plan again. */
static void
remember_plan (WmkWindow *self, WmkPlan *plan)
{
  GSettings *settings = get_settings (self);
  const char *path = wmk_store_get_path (wmk_plan_get_store (plan));

  if (settings && path && g_utf8_validate (path, -1, NULL))
    g_settings_set_string (settings, "last-plan", path);
}

/* A page's wmk_…_page_set_plan (). */
typedef void (*PageSetPlan) (gpointer page, WmkPlan *plan);

/* Gives @page the plan: now if it is shown or has been, else when it is
 * first shown. Filling every page of a large plan at start cost seconds
 * before the first frame, and memory for pages nobody opened. */
static void
give_plan (WmkWindow *self, gpointer page, PageSetPlan set_page_plan)
{
  g_object_set_data (G_OBJECT (page), "wmk-set-plan", set_page_plan);
  if (adw_view_stack_get_visible_child (self->pages) == page
      || g_object_get_data (G_OBJECT (page), "wmk-shown"))
    {
      g_object_set_data (G_OBJECT (page), "wmk-shown", GINT_TO_POINTER (TRUE));
      set_page_plan (page, self->plan);
    }
  else
    g_object_set_data (G_OBJECT (page), "wmk-plan-pending", GINT_TO_POINTER (TRUE));
}

static void
visible_page_changed_cb (WmkWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->pages);
  PageSetPlan set_page_plan;

  if (page == NULL)
    return;
  g_object_set_data (G_OBJECT (page), "wmk-shown", GINT_TO_POINTER (TRUE));
  set_page_plan = g_object_get_data (G_OBJECT (page), "wmk-set-plan");
  if (set_page_plan && self->plan && g_object_get_data (G_OBJECT (page), "wmk-plan-pending"))
    {
      g_object_set_data (G_OBJECT (page), "wmk-plan-pending", NULL);
      set_page_plan (page, self->plan);
    }
}

static void
set_plan (WmkWindow *self, WmkPlan *plan)
{
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  wmk_plan_set_author (plan, wmk_application_get_author (get_app (self)));
  g_signal_connect_swapped (plan, "notify::can-undo", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (plan, "notify::can-redo", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);

  /* The plan page at once: the search and the overview's figures open it
   * filtered, and it builds its rows only when shown. */
  wmk_plan_page_set_plan (self->plan_page, plan);
  give_plan (self, self->overview_page, (PageSetPlan) wmk_overview_page_set_plan);
  give_plan (self, self->kpi_page, (PageSetPlan) wmk_kpi_page_set_plan);
  give_plan (self, self->risk_page, (PageSetPlan) wmk_risk_page_set_plan);
  give_plan (self, self->calendar_page, (PageSetPlan) wmk_calendar_page_set_plan);
  give_plan (self, self->meetings_page, (PageSetPlan) wmk_meetings_page_set_plan);
  give_plan (self, self->action_log_page, (PageSetPlan) wmk_log_page_set_plan);
  give_plan (self, self->decision_log_page, (PageSetPlan) wmk_log_page_set_plan);
  give_plan (self, self->compliance_page, (PageSetPlan) wmk_compliance_page_set_plan);
  for (guint i = 0; i < self->plugin_pages->len; i++)
    give_plan (self, self->plugin_pages->pdata[i], (PageSetPlan) wmk_plugin_page_host_set_plan);
  set_sync (self, plan);
  gtk_stack_set_visible_child_name (self->stack, "plan");
  update_actions (self);
  update_title (self);
  remember_plan (self, plan);
}

/**
 * wmk_window_open_plan:
 * @path: a plan database
 *
 * Opens the plan in this window, or says in a toast why it cannot.
 */
gboolean
wmk_window_open_plan (WmkWindow *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = wmk_plan_open (path, &error);

  g_return_val_if_fail (WMK_IS_WINDOW (self), FALSE);

  if (plan == NULL)
    {
      wmk_window_show_error (self, error->message);
      return FALSE;
    }
  set_plan (self, plan);
  return TRUE;
}

/**
 * wmk_window_show_plan:
 * @plan: a plan opened already
 *
 * Shows a plan opened elsewhere: the application opens the one on its
 * command line while GTK starts.
 */
void
wmk_window_show_plan (WmkWindow *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_WINDOW (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  set_plan (self, plan);
}

/* Creates the sample plan in the data folder the first time, then opens it. */
void
wmk_window_open_sample (WmkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = wmk_application_dup_data_dir (get_app (self));
  g_autofree char *path = g_build_filename (dir, "devon-sample.waymark", NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(WmkPlan) plan = NULL;

      g_mkdir_with_parents (dir, 0700);
      plan = wmk_plan_import_sample (path, wmk_application_get_author (get_app (self)), &error);
      if (plan == NULL)
        {
          wmk_window_show_error (self, error->message);
          return;
        }
    }
  wmk_window_open_plan (self, path);
}

static void
select_sidebar_row (WmkWindow *self, const char *page)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), page) == 0)
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

/**
 * wmk_window_show_page:
 * @page: "overview", "plan", "kpis" or "risks"
 *
 * Shows a page as if its row in the sidebar had been chosen.
 */
void
wmk_window_show_page (WmkWindow *self, const char *page)
{
  g_return_if_fail (WMK_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->pages, page);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  select_sidebar_row (self, page);
  update_title (self);
}

/**
 * wmk_window_show_actions:
 * @workstream_id: (nullable): only this section's actions
 * @rag: (nullable): only actions with this rating
 * @overdue: only overdue actions
 *
 * Shows the plan page with the actions a figure on the overview counted.
 */
void
wmk_window_show_actions (WmkWindow *self, const char *workstream_id, const char *rag,
                         gboolean overdue)
{
  g_return_if_fail (WMK_IS_WINDOW (self));

  wmk_plan_page_show_filtered (self->plan_page, workstream_id, rag, overdue);
  wmk_window_show_page (self, "plan");
}

/**
 * wmk_window_show_item:
 * @id: any item of the plan
 *
 * Shows the page that edits an item: an action in the plan's editor, a KPI
 * or a risk on its page, anything of a meeting in its meeting.
 */
void
wmk_window_show_item (WmkWindow *self, const char *id)
{
  WmkEntity *entity;
  const char *type;

  g_return_if_fail (WMK_IS_WINDOW (self));

  if (self->plan == NULL || id == NULL || (entity = wmk_plan_lookup (self->plan, id)) == NULL)
    return;
  type = wmk_entity_get_entity_type (entity);
  if (g_str_equal (type, "action"))
    {
      wmk_window_show_page (self, "plan");
      wmk_plan_page_show_action (self->plan_page, id);
    }
  else if (g_str_equal (type, "kpi") || g_str_equal (type, "measurement"))
    wmk_window_show_page (self, "kpis");
  else if (g_str_equal (type, "risk"))
    wmk_window_show_page (self, "risks");
  else if (g_str_equal (type, "meeting") || g_str_equal (type, "log_item") || g_str_equal (type, "decision")
           || g_str_equal (type, "agenda_item") || g_str_equal (type, "attendance"))
    {
      wmk_window_show_page (self, "meetings");
      wmk_meetings_page_show_item (self->meetings_page, id);
    }
  else if (g_str_equal (type, "body"))
    wmk_window_show_page (self, "meetings");
  else
    wmk_window_show_page (self, "overview");
}

/* A page by its name, else an item by its id: for --page. */
void
wmk_window_show_page_or_item (WmkWindow *self, const char *name)
{
  g_return_if_fail (WMK_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->pages, name))
    wmk_window_show_page (self, name);
  else
    wmk_window_show_item (self, name);
}

static void
undo_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkWindow *self = WMK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!(g_str_equal (name, "win.undo") ? wmk_plan_undo : wmk_plan_redo) (self->plan, &error))
    wmk_window_show_error (self, error->message);
}

static void
search_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkWindow *self = WMK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->pages, "plan");
  wmk_plan_page_start_search (self->plan_page);
}

static void
open_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      wmk_window_open_plan (self, path);
    }
  g_object_unref (dialog);
}

static GtkFileFilter *
filter_for (const char *name, const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
open_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Open a Plan"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) plans = filter_for (_("Waymark plans"), "*.waymark");

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), plans);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
import_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_autofree char *dir = wmk_application_dup_data_dir (get_app (self));
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *stem = g_strndup (base, strcspn (base, "."));
      g_autofree char *path = NULL;
      g_autoptr(WmkPlan) plan = NULL;

      /* A new plan file beside the others; never over an existing one. */
      g_mkdir_with_parents (dir, 0700);
      for (guint n = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
        {
          g_autofree char *name = n == 1 ? g_strdup_printf ("%s.waymark", stem)
                                         : g_strdup_printf ("%s-%u.waymark", stem, n);
          g_free (path);
          path = g_build_filename (dir, name, NULL);
        }
      if (bytes)
        plan = wmk_plan_import (path, bytes, base, wmk_application_get_author (get_app (self)),
                                &error);
      if (plan)
        set_plan (self, plan);
      else
        wmk_window_show_error (self, error->message);
    }
  g_object_unref (dialog);
}

static void
import_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Import a Plan File"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
    _("_Cancel"));
  g_autoptr(GtkFileFilter) json = filter_for (_("Waymark plan files"), "*.json");

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->plan)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GBytes) bytes = wmk_plan_to_json (self->plan);
      g_autoptr(GError) error = NULL;

      if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
        wmk_window_show_error (self, error->message);
      else
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Plan exported")));
    }
  g_object_unref (dialog);
}

static void
export_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Export the Plan"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
    _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "plan.json");
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_plan_response_cb (AdwMessageDialog *dialog, const char *response, WmkWindow *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *path = NULL, *slug = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  const char *title = gtk_editable_get_text (entry);

  if (!g_str_equal (response, "create") || *title == '\0')
    return;
  dir = wmk_application_dup_data_dir (get_app (self));
  slug = g_uuid_string_random ();
  path = g_strdup_printf ("%s/plan-%.8s.waymark", dir, slug);
  g_mkdir_with_parents (dir, 0700);
  plan = wmk_plan_new_empty (path, title, wmk_application_get_author (get_app (self)), &error);
  if (plan)
    set_plan (self, plan);
  else
    wmk_window_show_error (self, error->message);
}

/**
 * wmk_window_new_text_dialog:
 * @entry_label: what the entry is called for a screen reader
 * @response: the id of the confirming response ("cancel" is the other)
 *
 * A dialog that asks for one line of text; the entry is its extra child.
 * Connect to #AdwMessageDialog::response, then present it.
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
wmk_window_new_text_dialog (GtkWindow *parent, const char *heading, const char *body,
                            const char *entry_label, const char *response,
                            const char *response_label)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry_label, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), response,
                                    response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  return dialog;
}

static void
new_plan_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  GtkWidget *dialog = wmk_window_new_text_dialog (GTK_WINDOW (widget), _("New Plan"),
                                                  _("What is the plan called?"), _("Plan title"),
                                                  "create", _("_Create"));
  GtkEntry *entry = GTK_ENTRY (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));

  gtk_entry_set_placeholder_text (entry, _("SEND Improvement Plan"));
  g_signal_connect (dialog, "response", G_CALLBACK (new_plan_response_cb), widget);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
share_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkWindow *self = WMK_WINDOW (widget);

  if (self->sync)
    wmk_window_sync_share (self, self->sync);
}

static void
join_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  wmk_window_sync_join (WMK_WINDOW (widget));
}

static void
sync_now_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkWindow *self = WMK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->sync && !wmk_sync_scheduler_sync_now (self->sync, &error) && error)
    wmk_window_show_error (self, error->message);
}

/* Coming back to the window: others may have published meanwhile. */
static void
active_changed_cb (WmkWindow *self)
{
  if (self->sync && gtk_window_is_active (GTK_WINDOW (self)))
    wmk_sync_scheduler_request (self->sync, 300);
}

static void
sidebar_row_activated_cb (WmkWindow *self, GtkListBoxRow *row)
{
  adw_view_stack_set_visible_child_name (self->pages, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  update_title (self);
}

static void
back_clicked_cb (WmkWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The pages the plugins add, after the core's, each under its name. */
static void
add_plugin_pages (WmkWindow *self)
{
  g_autoptr(GPtrArray) entries = wmk_plugin_registry_list (wmk_plugin_registry_get_default (),
                                                           WMK_PLUGIN_ENTRY_PAGE);

  for (guint i = 0; i < entries->len; i++)
    {
      const WmkPluginEntry *entry = entries->pdata[i];
      const WmkPluginPage *page = entry->what;
      GtkWidget *host = wmk_plugin_page_host_new (entry);

      adw_view_stack_add_titled (self->pages, host, page->id,
                                 wmk_plugin_page_host_get_title (WMK_PLUGIN_PAGE_HOST (host)));
      adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->pages, host),
                                         page->icon_name);
      g_ptr_array_add (self->plugin_pages, host);
    }
}

/* A heading above the first plugin page's row: the core's pages end there. */
static void
sidebar_header_func (GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
  WmkWindow *self = data;
  gboolean first_plugin_page = self->plugin_pages->len > 0
                               && g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)),
                                             wmk_plugin_page_host_get_page (
                                               self->plugin_pages->pdata[0])->id) == 0;
  GtkWidget *header = NULL;

  if (first_plugin_page && gtk_list_box_row_get_header (row) == NULL)
    {
      header = gtk_label_new (_("Workstreams"));
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_set_margin_start (header, 12);
      gtk_widget_set_margin_top (header, 12);
      gtk_widget_set_margin_bottom (header, 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Workstreams"), -1);
      gtk_list_box_row_set_header (row, header);
    }
  else if (!first_plugin_page)
    gtk_list_box_row_set_header (row, NULL);
}

/* One sidebar row per page of the view stack, so they cannot disagree. */
static void
build_sidebar (WmkWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->pages);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (box),
                      gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page)));
      gtk_box_append (GTK_BOX (box), gtk_label_new (adw_view_stack_page_get_title (page)));
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_view_stack_page_get_title (page), -1);
      gtk_widget_set_name (row, adw_view_stack_page_get_name (page));
      gtk_list_box_append (self->sidebar, row);
      if (i == 0)
        gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
    }
}

static void
wmk_window_dispose (GObject *object)
{
  WmkWindow *self = WMK_WINDOW (object);

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->sync)
    g_signal_handlers_disconnect_by_data (self->sync, self);
  g_clear_object (&self->sync);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->plugin_pages, g_ptr_array_unref);

  G_OBJECT_CLASS (wmk_window_parent_class)->dispose (object);
}

/* Window state: restored when the window is made, saved when it closes. */
static void
save_window_state (WmkWindow *self)
{
  GSettings *settings = get_settings (self);
  int width = 0, height = 0;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  /* The schema's minimums are the window's size request. */
  if (width > 0)
    g_settings_set_int (settings, "window-width", MAX (width, 360));
  if (height > 0)
    g_settings_set_int (settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (settings);
}

static gboolean
wmk_window_close_request (GtkWindow *window)
{
  save_window_state (WMK_WINDOW (window));
  if (WMK_WINDOW (window)->sync)
    wmk_sync_scheduler_close (WMK_WINDOW (window)->sync);  /* publish what is left */
  return GTK_WINDOW_CLASS (wmk_window_parent_class)->close_request (window);
}

static void
author_changed_cb (WmkWindow *self)
{
  if (self->plan)
    wmk_plan_set_author (self->plan, wmk_application_get_author (get_app (self)));
  if (self->sync)
    wmk_sync_scheduler_set_label (self->sync, wmk_application_get_author (get_app (self)));
}

static void
restore_window_state (WmkWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_signal_connect_object (settings, "changed::author-name", G_CALLBACK (author_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
wmk_window_class_init (WmkWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = wmk_window_close_request;

  g_type_ensure (WMK_TYPE_WELCOME_PAGE);
  g_type_ensure (WMK_TYPE_OVERVIEW_PAGE);
  g_type_ensure (WMK_TYPE_PLAN_PAGE);
  g_type_ensure (WMK_TYPE_KPI_PAGE);
  g_type_ensure (WMK_TYPE_RISK_PAGE);
  g_type_ensure (WMK_TYPE_SYNC_INDICATOR);
  g_type_ensure (WMK_TYPE_CONFLICTS_PAGE);
  g_type_ensure (WMK_TYPE_DEVICES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, welcome);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, title);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, kpi_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, risk_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, action_log_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, decision_log_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, compliance_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, sync_indicator);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, conflicts_page);
  gtk_widget_class_bind_template_child (widget_class, WmkWindow, devices_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.share", NULL, share_activated);
  gtk_widget_class_install_action (widget_class, "win.join", NULL, join_activated);
  gtk_widget_class_install_action (widget_class, "win.sync-now", NULL, sync_now_activated);
}

static void
wmk_window_init (WmkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->plugin_pages = g_ptr_array_new ();
  add_plugin_pages (self);
  gtk_list_box_set_header_func (self->sidebar, sidebar_header_func, self, NULL);
  g_signal_connect_object (self->pages, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  build_sidebar (self);
  sync_updated_cb (self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
}

WmkWindow *
wmk_window_new (WmkApplication *app)
{
  WmkWindow *self = g_object_new (WMK_TYPE_WINDOW, "application", app, NULL);

  restore_window_state (self);
  return self;
}

/* Screenshots for the documentation and for people reviewing a change: the
 * window's own pixels, no window manager needed (RECIPES.md §3). */

typedef struct
{
  WmkWindow *window;
  char      *path;
} Screenshot;

static gboolean
take_screenshot (gpointer data)
{
  Screenshot *shot = data;
  GtkWidget *widget = GTK_WIDGET (shot->window);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, shot->path))
    g_printerr ("Could not save the screenshot to %s\n", shot->path);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget))));
  g_free (shot->path);
  g_free (shot);
  return G_SOURCE_REMOVE;
}

void
wmk_window_save_screenshot_and_quit (WmkWindow *self, const char *path)
{
  Screenshot *shot = g_new0 (Screenshot, 1);

  shot->window = self;
  shot->path = g_strdup (path);
  /* Long enough for the first frame and the lists to fill. */
  g_timeout_add (1500, take_screenshot, shot);
}
