/* wmk-devices-page.c: the other computers sharing the plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each other computer that has published to the shared folder: the name it
 * gave, when its newest change was made, how many of its changes have not
 * arrived yet, and a warning when its clock runs ahead (SYNC.md §2.8). A
 * computer that changed identity (a restore, a copy) is one row: its
 * writers are merged by device.
 */

#include "config.h"

#include "wmk-devices-page.h"

#include <glib/gi18n.h>
#include <string.h>

struct _WmkDevicesPage
{
  AdwBin            parent_instance;

  WmkSyncScheduler *scheduler;
  GPtrArray        *rows;   /* the rows in @others */

  AdwActionRow     *folder_row;
  AdwActionRow     *label_row;
  AdwActionRow     *round_row;
  AdwPreferencesGroup *others;
};

G_DEFINE_FINAL_TYPE (WmkDevicesPage, wmk_devices_page, ADW_TYPE_BIN)

/* One computer: its writers (one per epoch) together. */
typedef struct
{
  WmkSyncWriter *newest;    /* the writer seen last, for its name */
  gint64         last_seen_ms;
  gint64         missing;
  gint64         skew_ms;
  gboolean       forked;
} Device;

static GPtrArray *
merge_devices (GPtrArray *writers, const char *own_device)
{
  g_autoptr(GHashTable) by_device = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *devices = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; writers && i < writers->len; i++)
    {
      WmkSyncWriter *w = writers->pdata[i];
      Device *d = g_hash_table_lookup (by_device, w->device);

      if (g_strcmp0 (w->device, own_device) == 0)
        continue;
      if (d == NULL)
        {
          d = g_new0 (Device, 1);
          g_hash_table_insert (by_device, w->device, d);
          g_ptr_array_add (devices, d);
        }
      if (d->newest == NULL || w->last_seen_ms > d->last_seen_ms)
        {
          d->newest = w;
          d->last_seen_ms = w->last_seen_ms;
        }
      d->missing += w->missing;
      d->skew_ms = MAX (d->skew_ms, w->skew_ms);
      d->forked |= w->forked;
    }
  return devices;
}

static GtkWidget *
device_row (Device *d)
{
  WmkSyncWriter merged = *d->newest;
  g_autofree char *name = wmk_sync_writer_dup_name (d->newest);
  g_autofree char *when = wmk_sync_format_time (d->last_seen_ms);
  g_autofree char *skew = NULL;
  g_autofree char *status = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean warn;

  merged.skew_ms = d->skew_ms;
  skew = wmk_sync_format_skew (&merged);
  g_string_printf (subtitle, _("Last change made %s"), when);
  if (skew)
    g_string_append_printf (subtitle, "\n%s", skew);
  if (d->forked)
    g_string_append_printf (subtitle, "\n%s",
                            _("Its copy of the plan was used on two computers at once; both sets "
                              "of changes are kept"));
  if (d->missing > 0)
    status = g_strdup_printf (ngettext ("%d change waiting", "%d changes waiting",
                                        (gulong) d->missing),
                              (int) d->missing);
  else
    status = g_strdup (_("All changes here"));
  warn = d->missing > 0 || skew || d->forked;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("computer-symbolic"));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (warn ? "dialog-warning-symbolic"
                                                                    : "emblem-ok-symbolic"));
  gtk_box_append (GTK_BOX (box), gtk_label_new (status));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static void
update (WmkDevicesPage *self)
{
  WmkSync *sync = self->scheduler ? wmk_sync_scheduler_get_sync (self->scheduler) : NULL;
  WmkSyncResult *result = self->scheduler ? wmk_sync_scheduler_get_result (self->scheduler) : NULL;
  GDateTime *last = self->scheduler ? wmk_sync_scheduler_get_last_round (self->scheduler) : NULL;
  const char *label = self->scheduler ? wmk_sync_scheduler_get_label (self->scheduler) : NULL;
  g_autoptr(GPtrArray) devices = NULL;
  g_autofree char *own = NULL;
  g_autofree char *round = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->others, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  if (sync == NULL)
    return;

  adw_action_row_set_subtitle (self->folder_row, wmk_sync_get_folder (sync)
                                                   ? wmk_sync_get_folder (sync)
                                                   : _("Not shared"));
  adw_action_row_set_subtitle (self->label_row, label && *label ? label : _("No name"));
  round = last ? wmk_sync_format_time (g_date_time_to_unix (last) * 1000) : g_strdup (_("Not yet"));
  adw_action_row_set_subtitle (self->round_row, round);

  {
    const char *writer = wmk_store_get_writer (wmk_plan_get_store (
      wmk_sync_scheduler_get_plan (self->scheduler)));
    own = g_strndup (writer, strcspn (writer, "-"));
  }
  devices = merge_devices (result ? result->writers : NULL, own);
  for (guint i = 0; i < devices->len; i++)
    {
      GtkWidget *row = device_row (devices->pdata[i]);

      adw_preferences_group_add (self->others, row);
      g_ptr_array_add (self->rows, row);
    }
  adw_preferences_group_set_description (
    self->others,
    devices->len > 0 ? NULL
                     : _("No other computer has shared changes yet. On another computer, choose "
                         "“Join a Shared Plan…” and pick the same folder."));
}

/**
 * wmk_devices_page_set_scheduler:
 * @scheduler: (nullable): the window's plan's
 */
void
wmk_devices_page_set_scheduler (WmkDevicesPage *self, WmkSyncScheduler *scheduler)
{
  g_return_if_fail (WMK_IS_DEVICES_PAGE (self));

  if (self->scheduler)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler)
    g_signal_connect_object (scheduler, "updated", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
wmk_devices_page_dispose (GObject *object)
{
  WmkDevicesPage *self = WMK_DEVICES_PAGE (object);

  g_clear_object (&self->scheduler);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (wmk_devices_page_parent_class)->dispose (object);
}

static void
wmk_devices_page_class_init (WmkDevicesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_devices_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-devices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkDevicesPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, WmkDevicesPage, label_row);
  gtk_widget_class_bind_template_child (widget_class, WmkDevicesPage, round_row);
  gtk_widget_class_bind_template_child (widget_class, WmkDevicesPage, others);
}

static void
wmk_devices_page_init (WmkDevicesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
