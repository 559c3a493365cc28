/* wmk-meeting-workspace.c: everything about one meeting, recorded as it happens
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page a programme officer keeps open during a board: the details and
 * invitations, attendance, the review of the action log, the agenda with
 * its minutes, the decisions and the actions arising. Every change is saved
 * at once through the edit API, so Ctrl+Z undoes anything here too. "Close
 * Meeting" records it as held, first saying what the notice would find
 * missing; "Export Minutes…" writes them as PDF or HTML.
 */

#include "config.h"

#include "wmk-meeting-workspace.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-agenda-group.h"
#include "wmk-attendance-group.h"
#include "wmk-log-review-group.h"
#include "wmk-meeting-details.h"
#include "wmk-meeting-items-group.h"
#include "wmk-window.h"

struct _WmkMeetingWorkspace
{
  AdwBin           parent_instance;

  WmkPlan         *plan;
  char            *meeting_id;
  char            *reveal_id;     /* waiting for the rows to be drawn */
  guint            reveal_source;
  GtkWidget       *revealed;      /* weak: scrolled to while it expands */
  guint            reveal_ticks;

  GtkScrolledWindow *scroller;
  GtkBox          *content;
  GtkLabel        *heading;
  GtkLabel        *status_label;
  GtkWidget       *close_button;
  WmkMeetingGroup *details;
  WmkMeetingGroup *attendance;
  WmkMeetingGroup *review;
  WmkMeetingGroup *agenda;
  WmkMeetingGroup *decisions;
  WmkMeetingGroup *actions;
};

G_DEFINE_FINAL_TYPE (WmkMeetingWorkspace, wmk_meeting_workspace, ADW_TYPE_BIN)

static WmkEntity *
meeting (WmkMeetingWorkspace *self)
{
  return self->plan && self->meeting_id ? wmk_plan_lookup (self->plan, self->meeting_id) : NULL;
}

static void
update_heading (WmkMeetingWorkspace *self)
{
  WmkEntity *m = meeting (self);
  WmkEntity *body = m && wmk_entity_get_parent_id (m) ? wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (m)) : NULL;
  const char *date = m ? wmk_entity_get_string (m, "date") : NULL;
  const char *status = m ? wmk_entity_get_string (m, "status") : NULL;
  const char *start = m ? wmk_entity_get_string (m, "start_time") : NULL;
  const char *end = m ? wmk_entity_get_string (m, "end_time") : NULL;
  const char *location = m ? wmk_entity_get_string (m, "location") : NULL;
  g_autofree char *when = date ? wmk_date_format (date, "%A %-d %B %Y")
                               : g_strdup (m && wmk_entity_get_string (m, "date_text")
                                           ? wmk_entity_get_string (m, "date_text") : _("No date set"));
  g_autoptr(GString) line = g_string_new (body ? wmk_entity_get_string (body, "name") : _("Meeting"));

  g_string_append_printf (line, " · %s", g_strcmp0 (status, "held") == 0 ? _("Held")
                                         : g_strcmp0 (status, "cancelled") == 0 ? _("Cancelled") : _("Scheduled"));
  if (start && end)
    g_string_append_printf (line, " · %s–%s", start, end);
  else if (start)
    g_string_append_printf (line, " · %s", start);
  if (location)
    g_string_append_printf (line, " · %s", location);
  gtk_label_set_text (self->heading, when);
  gtk_label_set_text (self->status_label, line->str);
  gtk_widget_set_sensitive (self->close_button, m && g_strcmp0 (status, "held") != 0);
}

void
wmk_meeting_workspace_set_meeting (WmkMeetingWorkspace *self, WmkPlan *plan, const char *meeting_id)
{
  WmkMeetingGroup *groups[] = { self->details, self->attendance, self->review, self->agenda,
                                self->decisions, self->actions };

  g_return_if_fail (WMK_IS_MEETING_WORKSPACE (self));

  if (self->plan != plan)
    {
      if (self->plan)
        g_signal_handlers_disconnect_by_data (self->plan, self);
      g_set_object (&self->plan, plan);
      if (plan)
        g_signal_connect_swapped (plan, "changed", G_CALLBACK (update_heading), self);
    }
  g_free (self->meeting_id);
  self->meeting_id = g_strdup (meeting_id);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    wmk_meeting_group_set_meeting (groups[i], plan, meeting_id);
  update_heading (self);
}

const char *
wmk_meeting_workspace_get_meeting_id (WmkMeetingWorkspace *self)
{
  return self->meeting_id;
}

/* Expands an item of the meeting (an action arising, a decision, an agenda
 * item) and gives it the focus, which scrolls it into view. */
/* Keeps the revealed row's heading near the top while it expands (the
 * page grows below it, so the first scroll may stop short). */
static gboolean
scroll_to_revealed (gpointer data)
{
  WmkMeetingWorkspace *self = data;
  graphene_point_t top;

  if (self->revealed
      && gtk_widget_compute_point (self->revealed, GTK_WIDGET (self->content), &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), top.y - 12);
  if (self->revealed && ++self->reveal_ticks < 8)
    return G_SOURCE_CONTINUE;
  g_clear_weak_pointer (&self->revealed);
  self->reveal_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
reveal_later (gpointer data)
{
  WmkMeetingWorkspace *self = data;
  WmkMeetingGroup *groups[] = { self->actions, self->decisions, self->agenda, self->review, self->attendance };
  GtkWidget *row = NULL;

  /* The rows must have their places on the page before it can scroll. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self))
      || gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (self->scroller)) <= 0)
    return G_SOURCE_CONTINUE;
  for (guint i = 0; i < G_N_ELEMENTS (groups) && row == NULL; i++)
    row = wmk_meeting_group_reveal (groups[i], self->reveal_id);
  g_clear_pointer (&self->reveal_id, g_free);
  g_set_weak_pointer (&self->revealed, row);
  self->reveal_ticks = 0;
  self->reveal_source = row ? g_timeout_add (60, scroll_to_revealed, self) : 0;
  return G_SOURCE_REMOVE;
}

void
wmk_meeting_workspace_reveal (WmkMeetingWorkspace *self, const char *id)
{
  g_return_if_fail (WMK_IS_MEETING_WORKSPACE (self));

  g_free (self->reveal_id);
  self->reveal_id = g_strdup (id);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  g_clear_weak_pointer (&self->revealed);
  self->reveal_source = g_timeout_add (50, reveal_later, self);
}

/* What the notice would find missing if the meeting closed now: sentences. */
static GPtrArray *
missing (WmkMeetingWorkspace *self, WmkEntity *m)
{
  GPtrArray *gaps = g_ptr_array_new_with_free_func (g_free);
  WmkEntity *body = wmk_entity_get_parent_id (m) ? wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (m)) : NULL;
  gboolean board = body && g_strcmp0 (wmk_entity_get_string (body, "kind"), "board") == 0;
  guint unreviewed = wmk_log_review_count_missing (self->plan, m);

  /* R9 asks this of the board's meetings. */
  if (board && !wmk_entity_get_bool (m, "invited_dfe"))
    g_ptr_array_add (gaps, g_strdup (_("The DfE is not recorded as invited.")));
  if (board && !wmk_entity_get_bool (m, "invited_nhse"))
    g_ptr_array_add (gaps, g_strdup (_("NHS England is not recorded as invited.")));
  if (!wmk_entity_get_bool (m, "log_reviewed"))
    g_ptr_array_add (gaps, g_strdup (_("The action log is not marked as reviewed.")));
  if (unreviewed > 0)
    g_ptr_array_add (gaps, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u open action from earlier meetings has no update.",
                                                         "%u open actions from earlier meetings have no update.",
                                                         unreviewed), unreviewed));
  if (wmk_entity_get_string (m, "chaired_by") == NULL)
    g_ptr_array_add (gaps, g_strdup (_("Who chaired is not recorded.")));
  if (wmk_entity_get_string (m, "date") == NULL)
    g_ptr_array_add (gaps, g_strdup (_("The meeting has no date.")));
  return gaps;
}

/* The gaps as a list to read, each with a warning sign. */
static GtkWidget *
gap_list (GPtrArray *gaps)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What is missing"), -1);
  for (guint i = 0; i < gaps->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gaps->pdata[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Missing"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

static void
mark_held (WmkMeetingWorkspace *self)
{
  g_autoptr(GError) error = NULL;

  if (!wmk_plan_set_string (self->plan, self->meeting_id, "status", "held", &error))
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
close_response (AdwMessageDialog *dialog, const char *response, WmkMeetingWorkspace *self)
{
  if (g_str_equal (response, "close"))
    mark_held (self);
}

static void
close_clicked_cb (WmkMeetingWorkspace *self)
{
  WmkEntity *m = meeting (self);
  g_autoptr(GPtrArray) gaps = NULL;
  GtkWidget *dialog;

  if (m == NULL)
    return;
  gaps = missing (self, m);
  if (gaps->len == 0)
    {
      mark_held (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Close the Meeting With Gaps?"),
                                   _("The improvement notice asks for each of these. You can still record "
                                     "them after closing."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), gap_list (gaps));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Go Back"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close Meeting"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response (GtkNativeDialog *chooser, int response, WmkMeetingWorkspace *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  const char *format;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL
      || (path = g_file_get_path (file)) == NULL)
    {
      g_object_unref (chooser);
      return;
    }
  if (g_str_has_suffix (path, ".html") || g_str_has_suffix (path, ".htm"))
    format = "html";
  else if (g_str_has_suffix (path, ".pdf"))
    format = "pdf";
  else
    {
      /* No extension typed: the one of the type chosen. */
      char *with;

      format = filter && g_object_get_data (G_OBJECT (filter), "html") ? "html" : "pdf";
      with = g_strconcat (path, ".", format, NULL);
      g_free (path);
      path = with;
    }
  name = g_path_get_basename (path);
  if (wmk_minutes_write (self->plan, self->meeting_id, format, path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Minutes saved as %s"), name);
      wmk_window_add_toast (WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), adw_toast_new (message));
    }
  else
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
  g_object_unref (chooser);
}

static void
export_clicked_cb (WmkMeetingWorkspace *self)
{
  WmkEntity *m = meeting (self);
  const char *date = m ? wmk_entity_get_string (m, "date") : NULL;
  g_autofree char *name = date ? g_strdup_printf (_("Minutes %s.pdf"), date) : g_strdup (_("Minutes.pdf"));
  GtkFileChooserNative *chooser;
  GtkFileFilter *pdf, *html;

  if (m == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Minutes"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  pdf = gtk_file_filter_new ();
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  html = gtk_file_filter_new ();
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_filter_add_suffix (html, "htm");
  g_object_set_data (G_OBJECT (html), "html", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
wmk_meeting_workspace_dispose (GObject *object)
{
  WmkMeetingWorkspace *self = WMK_MEETING_WORKSPACE (object);

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  g_clear_pointer (&self->reveal_id, g_free);
  g_clear_weak_pointer (&self->revealed);

  G_OBJECT_CLASS (wmk_meeting_workspace_parent_class)->dispose (object);
}

static void
wmk_meeting_workspace_class_init (WmkMeetingWorkspaceClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_meeting_workspace_dispose;
  g_type_ensure (WMK_TYPE_MEETING_DETAILS);
  g_type_ensure (WMK_TYPE_ATTENDANCE_GROUP);
  g_type_ensure (WMK_TYPE_LOG_REVIEW_GROUP);
  g_type_ensure (WMK_TYPE_AGENDA_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-meeting-workspace.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, scroller);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, content);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, heading);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, status_label);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, close_button);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, details);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, attendance);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, review);
  gtk_widget_class_bind_template_child (widget_class, WmkMeetingWorkspace, agenda);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
wmk_meeting_workspace_init (WmkMeetingWorkspace *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->decisions = WMK_MEETING_GROUP (wmk_meeting_items_group_new ("decision"));
  self->actions = WMK_MEETING_GROUP (wmk_meeting_items_group_new ("log_item"));
  gtk_box_append (self->content, GTK_WIDGET (self->decisions));
  gtk_box_append (self->content, GTK_WIDGET (self->actions));
}
