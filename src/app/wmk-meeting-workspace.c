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
  g_autofree char *when = date ? wmk_date_format (date, "%A %-d %B %Y")
                               : g_strdup (m && wmk_entity_get_string (m, "date_text")
                                           ? wmk_entity_get_string (m, "date_text") : _("No date set"));
  g_autofree char *line = g_strdup_printf ("%s · %s", body ? wmk_entity_get_string (body, "name") : _("Meeting"),
                                           g_strcmp0 (status, "held") == 0 ? _("Held")
                                           : g_strcmp0 (status, "cancelled") == 0 ? _("Cancelled") : _("Scheduled"));

  gtk_label_set_text (self->heading, when);
  gtk_label_set_text (self->status_label, line);
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

/* What the notice would find missing if the meeting closed now. */
static char *
missing (WmkMeetingWorkspace *self, WmkEntity *m)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!wmk_entity_get_bool (m, "invited_dfe"))
    g_string_append_printf (text, "• %s\n", _("The DfE is not recorded as invited."));
  if (!wmk_entity_get_bool (m, "invited_nhse"))
    g_string_append_printf (text, "• %s\n", _("NHS England is not recorded as invited."));
  if (!wmk_entity_get_bool (m, "log_reviewed"))
    g_string_append_printf (text, "• %s\n", _("The action log is not marked as reviewed."));
  if (wmk_entity_get_string (m, "chaired_by") == NULL)
    g_string_append_printf (text, "• %s\n", _("Who chaired is not recorded."));
  if (wmk_entity_get_string (m, "date") == NULL)
    g_string_append_printf (text, "• %s\n", _("The meeting has no date."));
  return text->len ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
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
  g_autofree char *gaps = m ? missing (self, m) : NULL;
  GtkWidget *dialog;

  if (m == NULL)
    return;
  if (gaps == NULL)
    {
      mark_held (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Close the Meeting With Gaps?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n%s", gaps,
                                  _("The improvement notice asks for each of these. You can record them later."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Go Back"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close Meeting"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response (GtkNativeDialog *chooser, int response, WmkMeetingWorkspace *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)))
      && (path = g_file_get_path (file)))
    {
      const char *format = g_str_has_suffix (path, ".html") || g_str_has_suffix (path, ".htm") ? "html" : "pdf";

      if (wmk_minutes_write (self->plan, self->meeting_id, format, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Minutes saved as %s"), name);
          wmk_window_add_toast (WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), adw_toast_new (message));
        }
      else
        wmk_window_show_error_for (GTK_WIDGET (self), error->message);
    }
  g_object_unref (chooser);
}

static void
export_clicked_cb (WmkMeetingWorkspace *self)
{
  WmkEntity *m = meeting (self);
  const char *date = m ? wmk_entity_get_string (m, "date") : NULL;
  g_autofree char *name = g_strdup_printf (_("Minutes %s.pdf"), date ? date : "");
  GtkFileChooserNative *chooser;
  GtkFileFilter *pdf = gtk_file_filter_new (), *html = gtk_file_filter_new ();

  if (m == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Minutes"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);
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
