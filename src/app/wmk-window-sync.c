/* wmk-window-sync.c: sharing the window's plan through a folder, and joining one
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder is chosen with GtkFileChooserNative, which goes through the
 * file chooser portal inside Flatpak, so the app needs no static access to
 * the file system (RECIPES.md §7.3). The plan's database stays in the data
 * folder; only journal files go into the shared one.
 */

#include "config.h"

#include "wmk-window-sync.h"

#include <glib/gi18n.h>

#define PLAN_MARKER "plan.wmk"

static void
share_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *window)
{
  WmkSyncScheduler *scheduler = g_object_get_data (G_OBJECT (dialog), "scheduler");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        wmk_window_show_error (window, _("That folder is not on this computer’s file system; "
                                         "choose a folder a sync client keeps in step"));
      else if (!wmk_sync_scheduler_share (scheduler, path, &error))
        wmk_window_show_error (window, error->message);
      else
        {
          AdwToast *toast = adw_toast_new (
            _("Plan shared: on the other computers, choose “Join a Shared Plan…” and pick the "
              "same folder"));

          adw_toast_set_timeout (toast, 10);
          wmk_window_add_toast (window, toast);
        }
    }
  g_object_unref (dialog);
}

/**
 * wmk_window_sync_share:
 * @scheduler: the window's plan's
 *
 * Asks for the folder to share the plan through, binds the plan to it and
 * publishes it there.
 */
void
wmk_window_sync_share (WmkWindow *window, WmkSyncScheduler *scheduler)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Choose a Folder to Share the Plan Through"), GTK_WINDOW (window),
    GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Share"), _("_Cancel"));

  g_return_if_fail (WMK_IS_WINDOW (window));
  g_return_if_fail (WMK_IS_SYNC_SCHEDULER (scheduler));

  g_object_set_data_full (G_OBJECT (dialog), "scheduler", g_object_ref (scheduler),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (share_response_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static WmkApplication *
get_app (WmkWindow *window)
{
  return WMK_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
}

static void
copy_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *window)
{
  const char *folder = g_object_get_data (G_OBJECT (dialog), "folder");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = file ? g_file_get_path (file) : NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(WmkPlan) plan = NULL;

      if (chosen == NULL)
        {
          wmk_window_show_error (window, _("Choose a place on this computer for its copy"));
          g_object_unref (dialog);
          return;
        }
      path = g_str_has_suffix (chosen, ".waymark") ? g_strdup (chosen)
                                                   : g_strconcat (chosen, ".waymark", NULL);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_autofree char *text = g_strdup_printf (
            _("%s already exists; choose a new name for this computer’s copy"), path);
          wmk_window_show_error (window, text);
        }
      else if ((plan = wmk_sync_join (folder, path, wmk_application_get_author (get_app (window)),
                                      &error)) == NULL)
        wmk_window_show_error (window, error->message);
      else
        {
          g_autofree char *text = g_strdup_printf (_("Joined the plan shared in %s"), folder);

          wmk_window_show_plan (window, plan);
          wmk_window_add_toast (window, adw_toast_new (text));
        }
    }
  g_object_unref (dialog);
}

/* The copy goes in the data folder unless the person chooses otherwise. */
static void
ask_for_copy (WmkWindow *window, const char *folder)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Where to Keep This Computer’s Copy"), GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_SAVE,
    _("_Join"), _("_Cancel"));
  g_autofree char *dir = wmk_application_dup_data_dir (get_app (window));
  g_autofree char *base = g_path_get_basename (folder);
  g_autofree char *name = g_strdup_printf ("%s.waymark", base);
  g_autoptr(GFile) data = g_file_new_for_path (dir);

  g_mkdir_with_parents (dir, 0700);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), data, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data_full (G_OBJECT (dialog), "folder", g_strdup (folder), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (copy_response_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
join_response_cb (GtkNativeDialog *dialog, int response, WmkWindow *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *folder = file ? g_file_get_path (file) : NULL;
      g_autofree char *marker = folder ? g_build_filename (folder, PLAN_MARKER, NULL) : NULL;

      /* Said before asking where the copy goes, not after. */
      if (marker == NULL || !g_file_test (marker, G_FILE_TEST_IS_REGULAR))
        {
          g_autofree char *text = g_strdup_printf (
            _("%s holds no shared Waymark plan; choose the folder another computer shared the "
              "plan through"),
            folder ? folder : "?");
          wmk_window_show_error (window, text);
        }
      else
        ask_for_copy (window, folder);
    }
  g_object_unref (dialog);
}

/**
 * wmk_window_sync_join:
 *
 * Asks for the folder a plan is shared in, then where this computer's copy
 * goes, makes the copy and opens it.
 */
void
wmk_window_sync_join (WmkWindow *window)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Choose the Folder the Plan Is Shared In"), GTK_WINDOW (window),
    GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Choose"), _("_Cancel"));

  g_return_if_fail (WMK_IS_WINDOW (window));

  g_signal_connect (dialog, "response", G_CALLBACK (join_response_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
