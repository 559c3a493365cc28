/* wmk-log-page.c: the board's action log, or its decision log
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notice asks for an action log updated at every meeting (R4), and
 * reviewers ask what the board decided. Both are lists across all meetings
 * with the same filters: the text, one meeting, and for actions one owner,
 * open only and overdue only, with a live count. Opening an item opens its
 * meeting, where it is edited. One page type shows either (the item-type
 * property: "log_item" or "decision").
 */

#include "config.h"

#include "wmk-log-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-meeting-items-group.h"
#include "wmk-window.h"

struct _WmkLogPage
{
  AdwBin           parent_instance;

  char            *item_type;
  WmkPlan         *plan;
  guint            refill_source;
  GPtrArray       *meeting_ids;   /* by dropdown position - 1 */
  GPtrArray       *owners;

  GtkSearchEntry  *search;
  GtkDropDown     *meeting_dropdown;
  GtkDropDown     *owner_dropdown;
  GtkToggleButton *open_toggle;
  GtkToggleButton *overdue_toggle;
  GtkLabel        *count;
  GtkListBox      *list;
  GtkStack        *stack;
  AdwStatusPage   *empty;
};

G_DEFINE_FINAL_TYPE (WmkLogPage, wmk_log_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_ITEM_TYPE, N_PROPS };

static gboolean
is_log (WmkLogPage *self)
{
  return g_strcmp0 (self->item_type, "log_item") == 0;
}

static const char *
dropdown_value (GtkDropDown *dropdown, GPtrArray *values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  return selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected - 1 < values->len
         ? values->pdata[selected - 1] : NULL;
}

static char *
meeting_words (WmkPlan *plan, WmkEntity *meeting)
{
  const char *date = meeting ? wmk_entity_get_string (meeting, "date") : NULL;

  char *text, *aside;

  if (date)
    return wmk_date_format (date, "%-d %b %Y");
  /* "Early 2023 (the minutes give no date; …)": the words before the aside. */
  text = wmk_first_line (meeting ? wmk_entity_get_string (meeting, "date_text") : NULL);
  if ((aside = strstr (text, " (")) && aside > text)
    *aside = '\0';
  return text;
}

static gboolean
overdue (WmkEntity *item, const char *today)
{
  const char *due = wmk_entity_get_string (item, "due");
  return g_strcmp0 (wmk_entity_get_string (item, "status"), "open") == 0 && due && strcmp (due, today) < 0;
}

/* Each name an item's owners go by: as written, and each person linked. */
static GPtrArray *
owner_names (WmkLogPage *self, WmkEntity *item)
{
  GPtrArray *names = g_ptr_array_new ();
  g_auto(GStrv) owners = wmk_entity_dup_strv (item, "owners");

  if (wmk_entity_get_string (item, "owner_text"))
    g_ptr_array_add (names, (gpointer) wmk_entity_get_string (item, "owner_text"));
  for (guint i = 0; owners && owners[i]; i++)
    {
      WmkEntity *person = wmk_plan_lookup (self->plan, owners[i]);
      if (person && wmk_entity_get_string (person, "name"))
        g_ptr_array_add (names, (gpointer) wmk_entity_get_string (person, "name"));
    }
  return names;
}

static gboolean
owned_by (WmkLogPage *self, WmkEntity *item, const char *owner)
{
  g_autoptr(GPtrArray) names = owner_names (self, item);

  return g_ptr_array_find_with_equal_func (names, owner, g_str_equal, NULL);
}

static gboolean
matches (WmkLogPage *self, WmkEntity *item, const char *today)
{
  const char *meeting = dropdown_value (self->meeting_dropdown, self->meeting_ids);
  const char *owner = is_log (self) ? dropdown_value (self->owner_dropdown, self->owners) : NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));

  if (meeting && g_strcmp0 (wmk_entity_get_parent_id (item), meeting) != 0)
    return FALSE;
  if (owner && !owned_by (self, item, owner))
    return FALSE;
  if (is_log (self) && gtk_toggle_button_get_active (self->open_toggle)
      && g_strcmp0 (wmk_entity_get_string (item, "status"), "open") != 0)
    return FALSE;
  if (is_log (self) && gtk_toggle_button_get_active (self->overdue_toggle) && !overdue (item, today))
    return FALSE;
  if (*text)
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *owners = is_log (self) ? wmk_log_item_owner_words (self->plan, item) : NULL;
      g_autofree char *haystack = g_strconcat (wmk_entity_get_string (item, "text") ? wmk_entity_get_string (item, "text") : "",
                                               " ", owners ? owners : "", NULL);
      g_autofree char *folded = g_utf8_casefold (haystack, -1);
      if (strstr (folded, needle) == NULL)
        return FALSE;
    }
  return TRUE;
}

static GtkWidget *
item_row (WmkLogPage *self, WmkEntity *item, const char *today)
{
  GtkWidget *row = adw_action_row_new ();
  WmkEntity *meeting = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (item) ? wmk_entity_get_parent_id (item) : "");
  g_autofree char *when = meeting_words (self->plan, meeting);
  g_autofree char *text = wmk_first_line (wmk_entity_get_string (item, "text"));
  g_autoptr(GString) subtitle = g_string_new (NULL);

  g_string_append_printf (subtitle, _("Meeting: %s"), when && *when ? when : _("undated"));
  if (is_log (self))
    {
      const char *status = wmk_entity_get_string (item, "status");
      const char *due = wmk_entity_get_string (item, "due");
      g_autofree char *owner = wmk_log_item_owner_words (self->plan, item);
      const char *update = wmk_entity_get_string (item, "update");
      g_autofree char *due_words = due ? wmk_date_format (due, "%-d %b %Y")
                                       : g_strdup (wmk_entity_get_string (item, "due_text"));

      g_string_append_printf (subtitle, " · %s", g_strcmp0 (status, "done") == 0 ? _("Done")
                                                 : g_strcmp0 (status, "dropped") == 0 ? _("Dropped") : _("Open"));
      if (overdue (item, today))
        g_string_append_printf (subtitle, " · %s", _("Overdue"));
      g_string_append_printf (subtitle, " · %s %s", _("Owner:"), owner ? owner : _("not recorded"));
      g_string_append_printf (subtitle, " · %s %s", _("Due:"), due_words && *due_words ? due_words : _("not set"));
      if (update)
        g_string_append_printf (subtitle, "\n%s %s", _("Latest update:"), update);
      if (overdue (item, today))
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, wmk_entity_get_id (item));
  return row;
}

static gboolean
refill (gpointer data)
{
  WmkLogPage *self = data;
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *count = NULL;
  GListModel *items;
  GtkWidget *child;
  guint n = 0, total;

  self->refill_source = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;
  items = wmk_plan_get_items (self->plan, self->item_type);
  total = g_list_model_get_n_items (items);
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      if (matches (self, item, today))
        gtk_list_box_append (self->list, item_row (self, item, today)), n++;
    }
  count = is_log (self) ? g_strdup_printf (ngettext ("%u of %u action", "%u of %u actions", total), n, total)
                        : g_strdup_printf (ngettext ("%u of %u decision", "%u of %u decisions", total), n, total);
  gtk_label_set_text (self->count, count);
  if (n == 0)
    {
      adw_status_page_set_title (self->empty, total == 0 ? (is_log (self) ? _("No Actions in the Log Yet")
                                                                         : _("No Decisions Recorded Yet"))
                                                         : (is_log (self) ? _("No Actions Match")
                                                                          : _("No Decisions Match")));
      adw_status_page_set_description (self->empty,
                                       total == 0 ? (is_log (self)
                                                     ? _("Actions arising at a meeting are added in its workspace, on the Meetings page.")
                                                     : _("Decisions are recorded in a meeting’s workspace, on the Meetings page."))
                                       : _("Change the search or the filters to see more."));
    }
  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "list");
  return G_SOURCE_REMOVE;
}

static void
queue_refill (WmkLogPage *self)
{
  if (self->refill_source == 0)
    self->refill_source = g_idle_add (refill, self);
}

static void
filters_changed_cb (WmkLogPage *self)
{
  queue_refill (self);
}

/* The meetings with items, and the owners named, for the filters. */
static void
fill_filters (WmkLogPage *self)
{
  g_autoptr(GtkStringList) meetings = gtk_string_list_new ((const char *[]) { _("All meetings"), NULL });
  g_autoptr(GtkStringList) owners = gtk_string_list_new ((const char *[]) { _("All owners"), NULL });
  GListModel *items = wmk_plan_get_items (self->plan, self->item_type);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_ptr_array_set_size (self->meeting_ids, 0);
  g_ptr_array_set_size (self->owners, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WmkEntity) item = g_list_model_get_item (items, i);
      const char *meeting_id = wmk_entity_get_parent_id (item);
      g_autoptr(GPtrArray) names = is_log (self) ? owner_names (self, item) : g_ptr_array_new ();

      if (meeting_id && g_hash_table_add (seen, g_strconcat ("m:", meeting_id, NULL)))
        {
          g_autofree char *when = meeting_words (self->plan, wmk_plan_lookup (self->plan, meeting_id));
          gtk_string_list_append (meetings, when && *when ? when : meeting_id);
          g_ptr_array_add (self->meeting_ids, g_strdup (meeting_id));
        }
      for (guint j = 0; j < names->len; j++)
        if (g_hash_table_add (seen, g_strconcat ("o:", (char *) names->pdata[j], NULL)))
          {
            gtk_string_list_append (owners, names->pdata[j]);
            g_ptr_array_add (self->owners, g_strdup (names->pdata[j]));
          }
    }
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (meetings));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
}

static void
plan_changed_cb (WmkLogPage *self)
{
  guint meeting = gtk_drop_down_get_selected (self->meeting_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);

  fill_filters (self);
  gtk_drop_down_set_selected (self->meeting_dropdown, meeting <= self->meeting_ids->len ? meeting : 0);
  gtk_drop_down_set_selected (self->owner_dropdown, owner <= self->owners->len ? owner : 0);
  queue_refill (self);
}

void
wmk_log_page_set_plan (WmkLogPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_LOG_PAGE (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    {
      fill_filters (self);
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
    }
  queue_refill (self);
}

static void
row_activated_cb (WmkLogPage *self, GtkListBoxRow *row)
{
  wmk_window_show_item (WMK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
wmk_log_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  WmkLogPage *self = WMK_LOG_PAGE (object);

  if (prop_id != PROP_ITEM_TYPE)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_free (self->item_type);
  self->item_type = g_value_dup_string (value);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_dropdown), is_log (self));
  gtk_widget_set_visible (GTK_WIDGET (self->open_toggle), is_log (self));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_toggle), is_log (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_log (self) ? _("Action log") : _("Decision log"), -1);
  g_object_set (self->search, "placeholder-text",
                is_log (self) ? _("Search the actions and owners") : _("Search the decisions"), NULL);
}

static void
wmk_log_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_ITEM_TYPE)
    g_value_set_string (value, WMK_LOG_PAGE (object)->item_type);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
wmk_log_page_dispose (GObject *object)
{
  WmkLogPage *self = WMK_LOG_PAGE (object);

  g_clear_handle_id (&self->refill_source, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->meeting_ids, g_ptr_array_unref);
  g_clear_pointer (&self->owners, g_ptr_array_unref);
  g_clear_pointer (&self->item_type, g_free);

  G_OBJECT_CLASS (wmk_log_page_parent_class)->dispose (object);
}

static void
wmk_log_page_class_init (WmkLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wmk_log_page_dispose;
  object_class->set_property = wmk_log_page_set_property;
  object_class->get_property = wmk_log_page_get_property;
  g_object_class_install_property (object_class, PROP_ITEM_TYPE,
                                   g_param_spec_string ("item-type", NULL, NULL, "log_item",
                                                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                        | G_PARAM_STATIC_STRINGS));
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/waymark/Waymark/wmk-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, search);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, open_toggle);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, count);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, list);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmkLogPage, empty);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
wmk_log_page_init (WmkLogPage *self)
{
  self->meeting_ids = g_ptr_array_new_with_free_func (g_free);
  self->owners = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
