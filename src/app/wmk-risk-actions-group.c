/* wmk-risk-actions-group.c: the plan's actions that mitigate one risk
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The linked actions are rows, each with a button to unlink it; Link Action
 * opens a search over the plan's other actions, by ref or by any words of
 * their text. Linking and unlinking go through wmk_edit_link() and
 * wmk_edit_unlink(), each one step of Undo, and the group follows the risk's
 * "actions" field, so an undo or a sync shows at once.
 */

#include "config.h"

#include "wmk-risk-actions-group.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-window.h"

struct _WmkRiskActionsGroup
{
  AdwPreferencesGroup  parent_instance;

  WmkPlan             *plan;
  WmkEntity           *risk;
  GtkFilter           *link_filter;
  GtkFilterListModel  *candidates;
  GPtrArray           *link_rows;

  GtkPopover          *link_popover;
  GtkSearchEntry      *link_search;
  GtkListView         *link_list;
};

G_DEFINE_FINAL_TYPE (WmkRiskActionsGroup, wmk_risk_actions_group, ADW_TYPE_PREFERENCES_GROUP)

static void
edit_link (WmkRiskActionsGroup *self, const char *action_id, gboolean add)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  WmkEntity *action = wmk_plan_lookup (self->plan, action_id);
  const char *ref = action ? wmk_entity_get_ref (action) : NULL;
  g_autofree char *label = g_strdup_printf (add ? _("Link action %s") : _("Unlink action %s"),
                                            ref ? ref : action_id);

  if (self->risk == NULL)
    return;
  edit = wmk_plan_begin (self->plan, label);
  if (!(add ? wmk_edit_link : wmk_edit_unlink) (edit, wmk_entity_get_id (self->risk), "actions",
                                                action_id, &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
unlink_clicked_cb (GtkButton *button, WmkRiskActionsGroup *self)
{
  edit_link (self, g_object_get_data (G_OBJECT (button), "action"), FALSE);
}

static GtkWidget *
link_row (WmkRiskActionsGroup *self, const char *action_id)
{
  WmkEntity *action = wmk_plan_lookup (self->plan, action_id);
  const char *ref = action ? wmk_entity_get_ref (action) : NULL;
  g_autofree char *line = wmk_first_line (action ? wmk_entity_get_string (action, "text") : NULL);
  g_autofree char *title = g_markup_escape_text (ref ? ref : action_id, -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = g_strdup_printf (_("Unlink action %s"), ref ? ref : action_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  if (action && !wmk_entity_get_live (action))
    subtitle = g_markup_printf_escaped ("%s", _("This action has been deleted from the plan"));
  else
    subtitle = g_markup_escape_text (line, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "action", g_strdup (action_id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (unlink_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_links (WmkRiskActionsGroup *self)
{
  g_auto(GStrv) linked = self->risk ? wmk_entity_dup_strv (self->risk, "actions") : NULL;

  for (guint i = 0; i < self->link_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->link_rows->pdata[i]);
  g_ptr_array_set_size (self->link_rows, 0);
  for (guint i = 0; linked && linked[i]; i++)
    g_ptr_array_add (self->link_rows, link_row (self, linked[i]));
  if (self->link_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No actions linked yet"));
      gtk_widget_add_css_class (row, "dim-label");
      g_ptr_array_add (self->link_rows, row);
    }
  for (guint i = 0; i < self->link_rows->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->link_rows->pdata[i]);
  if (self->link_filter)
    gtk_filter_changed (self->link_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Every word of the search in the ref or text, and not linked already. */
static gboolean
link_candidate (gpointer item, gpointer data)
{
  WmkRiskActionsGroup *self = data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->link_search));
  g_autofree char *haystack = NULL;
  g_auto(GStrv) words = NULL;

  if (self->risk == NULL || wmk_entity_links_to (self->risk, "actions", wmk_entity_get_id (item)))
    return FALSE;
  if (*search == '\0')
    return TRUE;
  {
    g_autofree char *joined = g_strconcat (wmk_entity_get_ref (item) ? wmk_entity_get_ref (item) : "",
                                           " ", wmk_entity_get_string (item, "text"), NULL);
    g_autofree char *needle = g_utf8_casefold (search, -1);

    haystack = g_utf8_casefold (joined, -1);
    words = g_strsplit (needle, " ", -1);
  }
  for (guint i = 0; words[i]; i++)
    if (*words[i] && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
link_search_changed_cb (WmkRiskActionsGroup *self)
{
  gtk_filter_changed (self->link_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
link_position (WmkRiskActionsGroup *self, guint position)
{
  g_autoptr(WmkEntity) action = NULL;

  if (self->candidates == NULL)
    return;
  action = g_list_model_get_item (G_LIST_MODEL (self->candidates), position);
  if (action == NULL)
    return;
  gtk_popover_popdown (self->link_popover);
  edit_link (self, wmk_entity_get_id (action), TRUE);
}

static void
link_list_activate_cb (WmkRiskActionsGroup *self, guint position)
{
  link_position (self, position);
}

static void
link_search_activate_cb (WmkRiskActionsGroup *self)
{
  link_position (self, 0);
}

static void
link_popover_show_cb (WmkRiskActionsGroup *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->link_search), "");
  gtk_filter_changed (self->link_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_grab_focus (GTK_WIDGET (self->link_search));
}

static void
setup_candidate (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_candidate (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  WmkEntity *action = gtk_list_item_get_item (item);
  g_autofree char *line = wmk_first_line (wmk_entity_get_string (action, "text"));
  const char *ref = wmk_entity_get_ref (action);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  %s", ref ? ref : "", line);

  gtk_label_set_markup (GTK_LABEL (gtk_list_item_get_child (item)), markup);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               wmk_entity_get_string (action, "text"));
}

/**
 * wmk_risk_actions_group_set_risk:
 * @risk: (nullable): the risk whose mitigating actions to show
 */
void
wmk_risk_actions_group_set_risk (WmkRiskActionsGroup *self, WmkPlan *plan, WmkEntity *risk)
{
  g_return_if_fail (WMK_IS_RISK_ACTIONS_GROUP (self));
  g_return_if_fail (plan == NULL || WMK_IS_PLAN (plan));
  g_return_if_fail (risk == NULL || WMK_IS_ENTITY (risk));

  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  if (plan != self->plan)
    {
      g_set_object (&self->plan, plan);
      g_clear_object (&self->candidates);
      if (plan)
        {
          g_autoptr(GtkNoSelection) selection = NULL;

          self->candidates = gtk_filter_list_model_new (
            g_object_ref (wmk_plan_get_items (plan, "action")), g_object_ref (self->link_filter));
          selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->candidates)));
          gtk_list_view_set_model (self->link_list, GTK_SELECTION_MODEL (selection));
        }
      else
        gtk_list_view_set_model (self->link_list, NULL);
    }
  g_set_object (&self->risk, risk);
  if (risk)
    g_signal_connect_swapped (risk, "field-changed::actions", G_CALLBACK (rebuild_links), self);
  rebuild_links (self);
}

static void
wmk_risk_actions_group_dispose (GObject *object)
{
  WmkRiskActionsGroup *self = WMK_RISK_ACTIONS_GROUP (object);

  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  if (self->link_list)
    gtk_list_view_set_model (self->link_list, NULL);
  g_clear_object (&self->candidates);
  g_clear_object (&self->link_filter);
  g_clear_object (&self->risk);
  g_clear_object (&self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_RISK_ACTIONS_GROUP);
  G_OBJECT_CLASS (wmk_risk_actions_group_parent_class)->dispose (object);
}

static void
wmk_risk_actions_group_finalize (GObject *object)
{
  g_ptr_array_unref (WMK_RISK_ACTIONS_GROUP (object)->link_rows);
  G_OBJECT_CLASS (wmk_risk_actions_group_parent_class)->finalize (object);
}

static void
wmk_risk_actions_group_class_init (WmkRiskActionsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_risk_actions_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_risk_actions_group_finalize;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/wmk-risk-actions-group.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkRiskActionsGroup, link_popover);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskActionsGroup, link_search);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskActionsGroup, link_list);
  gtk_widget_class_bind_template_callback (widget_class, link_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_popover_show_cb);
}

static void
wmk_risk_actions_group_init (WmkRiskActionsGroup *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->link_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->link_filter = GTK_FILTER (gtk_custom_filter_new (link_candidate, self, NULL));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_candidate), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_candidate), NULL);
  gtk_list_view_set_factory (self->link_list, factory);
  g_object_unref (factory);
  rebuild_links (self);
}
