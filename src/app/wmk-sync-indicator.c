/* wmk-sync-indicator.c: the sync state in the header bar, and its popover
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A word and an icon (never a colour alone) for the state of the last round:
 * up to date, changes waiting to publish, waiting for a device, offline,
 * conflicts; the same sentence for screen readers. The popover tells what
 * the last round did and what a person should know (SYNC.md §2.12: clocks
 * ahead, a copied or restored database, changes from a newer Waymark), and
 * has "Sync Now". Hidden while the plan is not shared.
 */

#include "config.h"

#include "wmk-sync-indicator.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkSyncIndicator
{
  AdwBin            parent_instance;

  WmkSyncScheduler *scheduler;

  GtkMenuButton    *button;
  GtkImage         *icon;
  GtkLabel         *label;
  GtkPopover       *popover;
  GtkLabel         *heading;
  GtkLabel         *summary;
  GtkLabel         *folder;
  GtkBox           *notices;
  GtkWidget        *conflicts_button;
};

G_DEFINE_FINAL_TYPE (WmkSyncIndicator, wmk_sync_indicator, ADW_TYPE_BIN)

static gint64
missing_total (WmkSyncResult *result, WmkSyncWriter **first)
{
  gint64 total = 0;

  *first = NULL;
  for (guint i = 0; result && i < result->waiting->len; i++)
    {
      WmkSyncWriter *w = result->waiting->pdata[i];

      total += w->missing;
      if (*first == NULL)
        *first = w;
    }
  return total;
}

/* The icon, the word or two beside it, and the sentence a screen reader says. */
static void
describe (WmkSyncScheduler *scheduler, const char **icon, char **word, char **sentence)
{
  WmkSyncResult *result = wmk_sync_scheduler_get_result (scheduler);
  gint64 unpublished = wmk_sync_scheduler_get_unpublished (scheduler);
  guint conflicts = result ? result->conflicts->len : 0;
  WmkSyncWriter *first;
  gint64 missing = missing_total (result, &first);

  if (wmk_sync_scheduler_get_error (scheduler))
    {
      *icon = "dialog-error-symbolic";
      *word = g_strdup (_("Not synced"));
      *sentence = g_strdup_printf (_("Not synced: %s"), wmk_sync_scheduler_get_error (scheduler));
      return;
    }
  switch (wmk_sync_scheduler_get_state (scheduler))
    {
    case WMK_SYNC_STATE_UNPUBLISHED:
      *icon = "document-send-symbolic";
      *word = g_strdup_printf (ngettext ("%d to publish", "%d to publish", (gulong) unpublished),
                               (int) unpublished);
      *sentence = g_strdup_printf (ngettext ("%d change waiting to publish",
                                             "%d changes waiting to publish", (gulong) unpublished),
                                   (int) unpublished);
      break;
    case WMK_SYNC_STATE_WAITING:
      {
        g_autofree char *name = first ? wmk_sync_writer_dup_name (first) : g_strdup ("?");

        *icon = "content-loading-symbolic";
        *word = g_strdup_printf (_("Waiting for %d"), (int) missing);
        if (result->waiting->len > 1)
          *sentence = g_strdup_printf (_("Waiting for %d changes from %u computers"), (int) missing,
                                       result->waiting->len);
        else
          *sentence = g_strdup_printf (ngettext ("Waiting for %d change from %s",
                                                 "Waiting for %d changes from %s", (gulong) missing),
                                       (int) missing, name);
      }
      break;
    case WMK_SYNC_STATE_OFFLINE:
      *icon = "network-offline-symbolic";
      *word = g_strdup (_("Offline"));
      *sentence = g_strdup_printf (ngettext ("Offline: the shared folder cannot be reached; %d "
                                             "change waits to publish",
                                             "Offline: the shared folder cannot be reached; %d "
                                             "changes wait to publish",
                                             (gulong) unpublished),
                                   (int) unpublished);
      break;
    case WMK_SYNC_STATE_CONFLICTS:
      *icon = "dialog-warning-symbolic";
      *word = g_strdup_printf (ngettext ("%u conflict", "%u conflicts", conflicts), conflicts);
      *sentence = g_strdup_printf (ngettext ("%u conflict to resolve", "%u conflicts to resolve",
                                             conflicts),
                                   conflicts);
      break;
    case WMK_SYNC_STATE_UP_TO_DATE:
    case WMK_SYNC_STATE_UNBOUND:
    default:
      *icon = "emblem-ok-symbolic";
      *word = g_strdup (_("Up to date"));
      *sentence = g_strdup (_("Up to date with the shared folder"));
      break;
    }
}

static void
add_notice (WmkSyncIndicator *self, const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (self->notices, box);
}

/* What a person should know: gaps, clocks, forks, and this session's warnings. */
static void
fill_notices (WmkSyncIndicator *self, WmkSyncResult *result)
{
  GPtrArray *notices = wmk_sync_scheduler_get_notices (self->scheduler);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notices))))
    gtk_box_remove (self->notices, child);
  for (guint i = 0; result && i < result->writers->len; i++)
    {
      WmkSyncWriter *w = result->writers->pdata[i];
      g_autofree char *name = wmk_sync_writer_dup_name (w);
      g_autofree char *skew = wmk_sync_format_skew (w);

      if (w->missing > 0)
        {
          g_autofree char *when = wmk_sync_format_time (w->last_seen_ms);
          g_autofree char *text = g_strdup_printf (
            ngettext ("Waiting for %d change from %s, last seen %s",
                      "Waiting for %d changes from %s, last seen %s", (gulong) w->missing),
            (int) w->missing, name, when);
          add_notice (self, text);
        }
      if (skew)
        add_notice (self, skew);
      if (w->forked)
        {
          g_autofree char *text = g_strdup_printf (
            _("%s’s copy of the plan was used on two computers at once; both sets of changes "
              "are kept"),
            name);
          add_notice (self, text);
        }
    }
  if (result && result->pending > 0)
    {
      g_autofree char *text = g_strdup_printf (
        ngettext ("%u change from a newer Waymark is kept until this one can read it",
                  "%u changes from a newer Waymark are kept until this one can read them",
                  result->pending),
        result->pending);
      add_notice (self, text);
    }
  for (guint i = notices->len > 5 ? notices->len - 5 : 0; i < notices->len; i++)
    add_notice (self, notices->pdata[i]);
  gtk_widget_set_visible (GTK_WIDGET (self->notices),
                          gtk_widget_get_first_child (GTK_WIDGET (self->notices)) != NULL);
}

static void
update (WmkSyncIndicator *self)
{
  WmkSyncResult *result;
  GDateTime *last;
  const char *icon = NULL;
  g_autofree char *word = NULL, *sentence = NULL, *accessible = NULL, *folder = NULL;

  if (self->scheduler == NULL
      || wmk_sync_get_folder (wmk_sync_scheduler_get_sync (self->scheduler)) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  result = wmk_sync_scheduler_get_result (self->scheduler);
  last = wmk_sync_scheduler_get_last_round (self->scheduler);
  describe (self->scheduler, &icon, &word, &sentence);
  gtk_image_set_from_icon_name (self->icon, icon);
  gtk_label_set_label (self->label, word);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), sentence);
  accessible = g_strdup_printf (_("Sync: %s"), sentence);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_label_set_label (self->heading, sentence);

  if (result && last)
    {
      g_autofree char *when = g_date_time_format (last, "%H:%M");
      g_autofree char *published_text = NULL;
      g_autofree char *text = NULL;
      guint published, applied;

      wmk_sync_scheduler_get_totals (self->scheduler, &published, &applied);
      published_text = g_strdup_printf (ngettext ("published %u change", "published %u changes",
                                                  published),
                                        published);
      text = g_strdup_printf (ngettext ("Last synced at %s. Since the plan was opened: %s, "
                                        "applied %u from other computers.",
                                        "Last synced at %s. Since the plan was opened: %s, "
                                        "applied %u from other computers.",
                                        applied),
                              when, published_text, applied);
      gtk_label_set_label (self->summary, text);
    }
  else
    gtk_label_set_label (self->summary, _("Not synced yet in this window."));
  folder = g_strdup_printf (_("Shared through %s"),
                            wmk_sync_get_folder (wmk_sync_scheduler_get_sync (self->scheduler)));
  gtk_label_set_label (self->folder, folder);
  fill_notices (self, result);
  gtk_widget_set_visible (self->conflicts_button, result && result->conflicts->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
sync_now_cb (WmkSyncIndicator *self)
{
  g_autoptr(GError) error = NULL;

  if (self->scheduler && !wmk_sync_scheduler_sync_now (self->scheduler, &error) && error)
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
show_conflicts_cb (WmkSyncIndicator *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_popover_popdown (self->popover);
  if (WMK_IS_WINDOW (root))
    wmk_window_show_page (WMK_WINDOW (root), "conflicts");
}

/**
 * wmk_sync_indicator_set_scheduler:
 * @scheduler: (nullable): the window's plan's
 */
void
wmk_sync_indicator_set_scheduler (WmkSyncIndicator *self, WmkSyncScheduler *scheduler)
{
  g_return_if_fail (WMK_IS_SYNC_INDICATOR (self));

  if (self->scheduler)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler)
    g_signal_connect_object (scheduler, "updated", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
wmk_sync_indicator_dispose (GObject *object)
{
  WmkSyncIndicator *self = WMK_SYNC_INDICATOR (object);

  g_clear_object (&self->scheduler);
  G_OBJECT_CLASS (wmk_sync_indicator_parent_class)->dispose (object);
}

static void
wmk_sync_indicator_class_init (WmkSyncIndicatorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_sync_indicator_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-sync-indicator.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, button);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, icon);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, label);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, popover);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, heading);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, summary);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, folder);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, notices);
  gtk_widget_class_bind_template_child (widget_class, WmkSyncIndicator, conflicts_button);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_conflicts_cb);
}

static void
wmk_sync_indicator_init (WmkSyncIndicator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
