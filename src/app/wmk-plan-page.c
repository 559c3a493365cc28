/* wmk-plan-page.c: the plan as a table: sections, objectives and actions
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over a GtkTreeListModel built from the plan's own list
 * models, so an edit anywhere (another page, undo, sync) shows at once. While
 * a filter is on, the tree gives way to a flat list of the matching actions,
 * which is what a person searching wants to see.
 *
 * The column view's rows are slots (wmk-slot-model.c) that show whatever is
 * at their position: a keystroke that changes the matches, or the switch
 * between tree and list, binds the rows on screen again instead of having
 * GTK destroy and rebuild them, which over 10,000 actions was most of a
 * keystroke. When nothing matches, an empty state shows instead of the list,
 * and the rows wait behind it for the next search.
 */

#include "config.h"

#include "wmk-plan-page.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "wmk-action-editor.h"
#include "wmk-plan-order.h"
#include "wmk-rag-badge.h"
#include "wmk-slot-model.h"
#include "wmk-window.h"

struct _WmkPlanPage
{
  AdwBin           parent_instance;

  WmkPlan         *plan;
  WmkActionFilter *filter;
  GtkFilter       *action_filter;    /* runs self->filter */
  GtkFilterListModel *matching;      /* actions that pass the filter */
  GtkSortListModel   *roles;         /* the officers' roles by title, for the filter */
  GtkSorter          *row_sorter;    /* the column view's sorter, applied to tree levels */
  GtkSortListModel   *sorted;        /* the tree or the matches; sorts only when asked to */
  WmkSlotModel       *slots;         /* the column view's rows, showing self->sorted */
  gboolean            flat;          /* the rows show the matching actions, not the tree */
  gboolean            needs_model;   /* the model waits until the page is first shown */
  gboolean            empty_hold;    /* nothing matches: the rows are held, hidden */
  gboolean            reselecting;
  GtkFilterChange     next_change;   /* how the next filter change relates to the last */
  char               *searched;      /* the search text last filtered on, casefolded */
  char               *today;         /* for "overdue"; see get_today () */
  gint64              today_at;
  GHashTable         *due_days;      /* ISO date → the day as the Due column writes it */
  guint               prepare_source; /* folds the search text once the rows are up */

  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *workstream_dropdown;
  GtkDropDown     *rag_dropdown;
  GtkDropDown     *role_dropdown;
  GtkDropDown     *due_dropdown;
  GtkToggleButton *overdue_toggle;
  GtkLabel        *count_label;
  GtkStack        *list_stack;
  GtkColumnView   *column_view;
  AdwFlap         *flap;
  WmkActionEditor *editor;           /* (nullable): made when first needed */
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (WmkPlanPage, wmk_plan_page, ADW_TYPE_BIN)

typedef void (*CellUpdate) (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity);

/* Tree children: sections hold objectives, objectives hold actions. */

static GListModel *
create_children (gpointer item, gpointer data)
{
  WmkPlanPage *self = data;
  const char *child_type = WMK_IS_WORKSTREAM (item)  ? "objective"
                           : WMK_IS_OBJECTIVE (item) ? "action"
                                                     : NULL;

  if (child_type == NULL)
    return NULL;
  /* The plan keeps each parent's children as a model of their own: a filter
   * over every action per objective cost the whole plan per row. */
  return g_object_ref (wmk_plan_get_child_items (self->plan, wmk_entity_get_id (item),
                                                 child_type));
}

static void
update_count (WmkPlanPage *self)
{
  guint total = g_list_model_get_n_items (wmk_plan_get_items (self->plan, "action"));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->matching));
  g_autofree char *text = NULL;

  if (wmk_action_filter_is_active (self->filter))
    text = g_strdup_printf (ngettext ("%u of %u action", "%u of %u actions", total), shown, total);
  else
    text = g_strdup_printf (ngettext ("%u action", "%u actions", total), total);
  gtk_label_set_label (self->count_label, text);
}

/* The entity a row shows: rows of the tree are GtkTreeListRows, rows of the
 * list of matches are the actions themselves. */
static WmkEntity *
dup_entity_of (gpointer shown)
{
  if (GTK_IS_TREE_LIST_ROW (shown))
    return gtk_tree_list_row_get_item (shown);
  return shown ? g_object_ref (shown) : NULL;
}

/* Clicking a column header sorts: siblings in the tree, keeping the tree, or
 * the matches. Until then the rows are in the plan's order already, and a
 * sort model with a sorter would still make a row object and a key for every
 * row of the tree, and sort them again on every change (GtkTreeListRowSorter
 * says its order is total). */
static void
column_sorter_changed_cb (WmkPlanPage *self)
{
  GtkSorter *columns = gtk_column_view_get_sorter (self->column_view);
  GtkSorter *wanted = NULL;

  if (self->sorted == NULL)
    return;
  if (gtk_sorter_get_order (columns) != GTK_SORTER_ORDER_NONE)
    wanted = self->flat ? columns : self->row_sorter;
  if (gtk_sort_list_model_get_sorter (self->sorted) != wanted)
    gtk_sort_list_model_set_sorter (self->sorted, wanted);
}

static gboolean
prepare_search (gpointer data)
{
  WmkPlanPage *self = data;

  self->prepare_source = 0;
  if (self->filter)
    wmk_action_filter_prepare (self->filter);
  return G_SOURCE_REMOVE;
}

/* What the rows show: the tree, or the matching actions while a filter is on. */
static void
rebuild_model (WmkPlanPage *self)
{
  GListModel *shown;

  if (self->plan == NULL)
    return;
  self->needs_model = FALSE;
  self->flat = wmk_action_filter_is_active (self->filter);
  if (self->flat)
    shown = g_object_ref (G_LIST_MODEL (self->matching));
  else
    shown = G_LIST_MODEL (gtk_tree_list_model_new (
      g_object_ref (wmk_plan_get_items (self->plan, "workstream")), FALSE, TRUE, create_children,
      self, NULL));
  g_clear_object (&self->sorted);
  self->sorted = gtk_sort_list_model_new (shown, NULL);
  column_sorter_changed_cb (self);
  wmk_slot_model_set_model (self->slots, G_LIST_MODEL (self->sorted));
  if (!wmk_slot_model_is_held (self->slots))
    gtk_stack_set_visible_child_name (self->list_stack,
                                      self->flat && g_list_model_get_n_items (
                                        G_LIST_MODEL (self->matching)) == 0 ? "empty" : "list");
  update_count (self);
  if (self->prepare_source == 0)
    self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_search, self, NULL);
}

/* The cells. */

/* Tooltips are answered when asked for: setting one on every cell as it is
 * bound asks the X server where the pointer is, every time, which made
 * each filter keystroke over 10,000 actions cost a tenth of a second. */
static gboolean
query_cell_tooltip (GtkWidget *cell, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (cell), "tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_cell_tooltip (GtkWidget *cell, const char *text)
{
  g_object_set_data_full (G_OBJECT (cell), "tooltip", g_strdup (text), g_free);
}

static void
update_ref (WmkPlanPage *self, GtkWidget *expander, WmkEntity *entity)
{
  GtkLabel *label = GTK_LABEL (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)));
  const char *ref = wmk_entity_get_ref (entity);
  g_autofree char *text = NULL;

  if (WMK_IS_WORKSTREAM (entity))
    text = g_strdup_printf (_("Section %s"), ref ? ref : "");
  gtk_label_set_label (label, text ? text : ref ? ref : "");
  if (WMK_IS_ACTION (entity))
    gtk_widget_remove_css_class (GTK_WIDGET (label), "plan-heading");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "plan-heading");
}

static void
update_text (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity)
{
  const char *full = WMK_IS_ACTION (entity) ? wmk_entity_get_string (entity, "text")
                                            : wmk_entity_get_string (entity, "title");
  g_autofree char *line = wmk_first_line (full);

  gtk_label_set_label (GTK_LABEL (cell), line);
  set_cell_tooltip (cell, full);
  if (WMK_IS_ACTION (entity))
    gtk_widget_remove_css_class (cell, "plan-heading");
  else
    gtk_widget_add_css_class (cell, "plan-heading");
}

/* Today, read at most once a minute: asking the clock and the time zone for
 * each of 200 rows was a tenth of a rebind. */
static const char *
get_today (WmkPlanPage *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->today == NULL || now - self->today_at > 60 * G_USEC_PER_SEC)
    {
      g_free (self->today);
      self->today = wmk_today_iso ();
      self->today_at = now;
    }
  return self->today;
}

static void
update_due (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity)
{
  const char *due = WMK_IS_ACTION (entity) ? wmk_entity_get_string (entity, "due") : NULL;
  const char *as_written = WMK_IS_ACTION (entity) ? wmk_entity_get_string (entity, "due_text")
                                                  : NULL;
  g_autofree char *text = NULL;
  gboolean overdue = WMK_IS_ACTION (entity) && wmk_action_is_overdue (entity, get_today (self));

  if (due)
    {
      /* Formatting a date asks the system for the local time zone each
       * time; a plan has a few hundred due dates, formatted once each. */
      const char *day = g_hash_table_lookup (self->due_days, due);

      if (day == NULL)
        {
          day = wmk_date_format (due, "%-d %b %Y");
          g_hash_table_insert (self->due_days, g_strdup (due), (gpointer) day);
        }
      /* The word, not only the colour, says it is late. */
      text = overdue ? g_strdup_printf (_("%s · overdue"), day) : g_strdup (day);
    }
  gtk_label_set_label (GTK_LABEL (cell), text ? text : as_written ? as_written : "");
  set_cell_tooltip (cell, as_written);
  if (overdue)
    gtk_widget_add_css_class (cell, "overdue");
  else
    gtk_widget_remove_css_class (cell, "overdue");
}

static void
update_responsible (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity)
{
  g_auto(GStrv) roles = wmk_entity_dup_strv (entity, "roles");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; roles[i]; i++)
    {
      WmkEntity *role = wmk_plan_lookup (self->plan, roles[i]);
      const char *title = role ? wmk_entity_get_string (role, "title") : NULL;

      if (title)
        g_string_append_printf (text, "%s%s", text->len ? "; " : "", title);
    }
  gtk_label_set_label (GTK_LABEL (cell), text->str);
  set_cell_tooltip (cell, text->len ? text->str : NULL);
}

static void
update_status (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity)
{
  static const struct { const char *status, *word; } words[] = {
    { "not_started", N_("Not started") }, { "in_progress", N_("In progress") },
    { "complete", N_("Complete") }, { "on_hold", N_("On hold") },
  };
  const char *status = WMK_IS_ACTION (entity) ? wmk_entity_get_string (entity, "status") : NULL;
  const char *word = "";

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (status, words[i].status) == 0)
      word = _(words[i].word);
  if (WMK_IS_ACTION (entity) && status == NULL)
    word = _("Not started");
  gtk_label_set_label (GTK_LABEL (cell), word);
}

static void
update_rag (WmkPlanPage *self, GtkWidget *cell, WmkEntity *entity)
{
  gtk_widget_set_visible (cell, WMK_IS_ACTION (entity));
  wmk_rag_badge_set_rag (WMK_RAG_BADGE (cell), wmk_entity_get_string (entity, "rag"));
}

static GtkWidget *
new_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_cell_tooltip), NULL);
  return label;
}

/* What a cell is bound to: its row (a slot), and the entity the row shows,
 * whose edits, undos and syncs show at once. */
typedef struct
{
  WmkPlanPage *page;
  CellUpdate   update;
  WmkSlot     *slot;
  gulong       slot_handler;
  WmkEntity   *entity;
  gulong       entity_handler;
} Cell;

static void refresh_cell (GtkListItem *item);

static void
watch_entity (GtkListItem *item, Cell *cell, WmkEntity *entity)
{
  if (cell->entity == entity)
    return;
  if (cell->entity)
    g_signal_handler_disconnect (cell->entity, cell->entity_handler);
  g_set_object (&cell->entity, entity);
  cell->entity_handler = entity ? g_signal_connect_swapped (entity, "field-changed",
                                                            G_CALLBACK (refresh_cell), item)
                                : 0;
}

static void
unbind (GtkListItem *item, Cell *cell)
{
  if (cell->slot)
    g_signal_handler_disconnect (cell->slot, cell->slot_handler);
  g_clear_object (&cell->slot);
  watch_entity (item, cell, NULL);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  unbind (NULL, cell);
  g_free (cell);
}

static void
refresh_cell (GtkListItem *item)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "cell");
  gpointer shown = cell->slot ? wmk_slot_get_item (cell->slot) : NULL;
  g_autoptr(WmkEntity) entity = dup_entity_of (shown);
  GtkWidget *child = gtk_list_item_get_child (item);

  /* A row past the end of a held model shows what it showed. */
  if (entity == NULL)
    return;
  watch_entity (item, cell, entity);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child),
                                    GTK_IS_TREE_LIST_ROW (shown) ? shown : NULL);
  cell->update (cell->page, child, entity);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkPlanPage *self)
{
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child;

  cell->page = self;
  cell->update = g_object_get_data (G_OBJECT (factory), "update");
  g_object_set_data_full (G_OBJECT (item), "cell", cell, cell_free);
  if (cell->update == update_ref)
    {
      child = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (child), new_label ());
    }
  else if (cell->update == update_rag)
    child = wmk_rag_badge_new ();
  else
    child = new_label ();
  gtk_list_item_set_child (item, child);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkPlanPage *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "cell");

  unbind (item, cell);
  cell->slot = g_object_ref (gtk_list_item_get_item (item));
  /* The row shows another item: a new search, another sort. */
  cell->slot_handler = g_signal_connect_swapped (cell->slot, "notify::item",
                                                 G_CALLBACK (refresh_cell), item);
  refresh_cell (item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkPlanPage *self)
{
  unbind (item, g_object_get_data (G_OBJECT (item), "cell"));
}

static void
teardown_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkPlanPage *self)
{
  unbind (item, g_object_get_data (G_OBJECT (item), "cell"));
}

static void
add_column (WmkPlanPage *self, const char *title, CellUpdate update, gboolean expand, int width,
            GCompareDataFunc sort)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "update", update);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cell), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  if (sort)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (sort, NULL, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

/* The editor beside the table. It is made when the page is first shown, not
 * with the window: it is a large template, and most starts open the
 * overview. (Made only when an action is first opened, libadwaita 1.2
 * slides it in before its text views are laid out, and they show empty.) */

static void editor_close_cb (WmkPlanPage *self);

static WmkActionEditor *
ensure_editor (WmkPlanPage *self)
{
  if (self->editor == NULL)
    {
      self->editor = g_object_new (WMK_TYPE_ACTION_EDITOR, "width-request", 420, NULL);
      g_signal_connect_object (self->editor, "close-requested", G_CALLBACK (editor_close_cb), self,
                               G_CONNECT_SWAPPED);
      adw_flap_set_flap (self->flap, GTK_WIDGET (self->editor));
    }
  return self->editor;
}

/* Shows @action in the editor (made if need be), or empties it. */
static void
edit_action (WmkPlanPage *self, WmkEntity *action)
{
  if (action == NULL && self->editor == NULL)
    return;
  wmk_action_editor_set_action (ensure_editor (self), self->plan, action);
}


static WmkEntity *
selected_entity (WmkPlanPage *self)
{
  WmkSlot *slot = gtk_single_selection_get_selected_item (self->selection);

  return slot ? dup_entity_of (wmk_slot_get_item (slot)) : NULL;
}

static void
selection_changed_cb (WmkPlanPage *self)
{
  g_autoptr(WmkEntity) entity = selected_entity (self);

  if (self->reselecting || entity == NULL || !WMK_IS_ACTION (entity))
    return;
  edit_action (self, entity);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
editor_close_cb (WmkPlanPage *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  edit_action (self, NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static WmkWindow *
get_window (WmkPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return WMK_IS_WINDOW (root) ? WMK_WINDOW (root) : NULL;
}

static void
new_action_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkPlanPage *self = WMK_PLAN_PAGE (widget);
  g_autoptr(WmkEntity) selected = selected_entity (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(GPtrArray) siblings = NULL;
  g_autofree char *id = NULL, *ref = NULL;
  WmkEntity *objective = NULL;
  double pos = 0;

  if (self->plan == NULL)
    return;
  /* Under the selected objective, or the selected action's. */
  if (selected && WMK_IS_OBJECTIVE (selected))
    objective = selected;
  else if (selected && WMK_IS_ACTION (selected))
    objective = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (selected));
  if (objective == NULL)
    {
      g_autoptr(WmkEntity) first = g_list_model_get_item (wmk_plan_get_items (self->plan,
                                                                               "objective"), 0);
      if (first == NULL)
        {
          wmk_window_show_error (get_window (self),
                                 _("The plan has no objectives yet to hold an action"));
          return;
        }
      objective = wmk_plan_lookup (self->plan, wmk_entity_get_id (first));
    }

  siblings = wmk_plan_dup_children (self->plan, wmk_entity_get_id (objective), "action");
  for (guint i = 0; i < siblings->len; i++)
    pos = MAX (pos, wmk_entity_get_pos (siblings->pdata[i]));
  ref = wmk_plan_next_action_ref (self->plan, objective);
  json_object_set_string_member (fields, "parent", wmk_entity_get_id (objective));
  if (ref)
    json_object_set_string_member (fields, "ref", ref);
  json_object_set_string_member (fields, "text", _("New action"));
  json_object_set_string_member (fields, "status", "not_started");
  json_object_set_double_member (fields, "pos", pos + 1);
  edit = wmk_plan_begin (self->plan, _("Add an action"));
  if ((id = wmk_edit_create (edit, "action", fields, &error)) == NULL
      || !wmk_plan_commit (self->plan, edit, &error))
    {
      wmk_window_show_error (get_window (self), error->message);
      return;
    }
  edit_action (self, wmk_plan_lookup (self->plan, id));
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
delete_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkPlanPage *self = WMK_PLAN_PAGE (widget);
  g_autoptr(WmkEntity) selected = selected_entity (self);
  WmkEntity *target = selected ? selected
                      : self->editor ? wmk_action_editor_get_action (self->editor)
                                     : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *title = NULL, *label = NULL, *message = NULL;
  AdwToast *toast;

  if (target == NULL || !WMK_IS_ACTION (target))
    return;
  title = g_strdup (wmk_entity_get_ref (target) ? wmk_entity_get_ref (target) : _("the action"));
  label = g_strdup_printf (_("Delete %s"), title);
  edit = wmk_plan_begin (self->plan, label);
  if (!wmk_edit_delete (edit, wmk_entity_get_id (target), &error)
      || !wmk_plan_commit (self->plan, edit, &error))
    {
      wmk_window_show_error (get_window (self), error->message);
      return;
    }
  editor_close_cb (self);
  /* No "are you sure?": deleting is undoable, and the toast says how. */
  message = g_strdup_printf (_("Action %s deleted"), title);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  wmk_window_add_toast (get_window (self), toast);
}

/* Filters. */

/* Typing on narrows the matches, deleting widens them: the filter model then
 * tests only the actions that match, or only those that do not. Any word of
 * the old search is in the new one, or its last word is the start of one. */
static void
search_changed_cb (WmkPlanPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);
  const char *old = self->searched ? self->searched : "";

  if (self->filter == NULL)
    return;
  if (g_str_has_prefix (folded, old))
    self->next_change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, folded))
    self->next_change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->searched);
  self->searched = g_steal_pointer (&folded);
  wmk_action_filter_set_text (self->filter, text);
  self->next_change = GTK_FILTER_CHANGE_DIFFERENT;
}

static void
filters_changed_cb (WmkPlanPage *self)
{
  static const char *const rags[] = { NULL, "red", "amber", "green", "blue" };
  static const guint due_days[] = { 0, 14, 28, 56, 84 };
  guint rag = gtk_drop_down_get_selected (self->rag_dropdown);
  guint ws = gtk_drop_down_get_selected (self->workstream_dropdown);
  guint role_index = gtk_drop_down_get_selected (self->role_dropdown);
  guint due = gtk_drop_down_get_selected (self->due_dropdown);
  g_autoptr(WmkEntity) workstream = NULL;
  g_autoptr(WmkEntity) role = NULL;

  if (self->filter == NULL)
    return;
  if (ws != GTK_INVALID_LIST_POSITION && ws > 0)
    workstream = g_list_model_get_item (wmk_plan_get_items (self->plan, "workstream"), ws - 1);
  if (role_index != GTK_INVALID_LIST_POSITION && role_index > 0)
    role = g_list_model_get_item (G_LIST_MODEL (self->roles), role_index - 1);
  wmk_action_filter_set_role (self->filter, role ? wmk_entity_get_id (role) : NULL);
  wmk_action_filter_set_due_within (self->filter, due < G_N_ELEMENTS (due_days) ? due_days[due] : 0);
  wmk_action_filter_set_rag (self->filter, rag < G_N_ELEMENTS (rags) ? rags[rag] : NULL);
  wmk_action_filter_set_workstream (self->filter,
                                    workstream ? wmk_entity_get_id (workstream) : NULL);
  wmk_action_filter_set_overdue (self->filter, gtk_toggle_button_get_active (self->overdue_toggle));
}

static gboolean
run_filter (gpointer item, gpointer data)
{
  return wmk_action_filter_matches (WMK_ACTION_FILTER (data), item);
}

/* Puts the selection back on the action it was on, wherever that is now,
 * or takes it away if the action is no longer shown. */
static void
reselect (WmkPlanPage *self, WmkEntity *selected)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  guint position = GTK_INVALID_LIST_POSITION;
  g_autoptr(WmkEntity) now = selected_entity (self);

  if (selected == NULL || now == selected)
    return;
  for (guint i = 0; shown && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, i);
      g_autoptr(WmkEntity) entity = dup_entity_of (item);

      if (entity == selected)
        {
          position = i;
          break;
        }
    }
  self->reselecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->reselecting = FALSE;
}

/* One refilter, one update of the rows on screen: the rows are held while
 * the filter runs and the model changes from tree to list, then shown what
 * is new in one step, from the top. While nothing matches they stay held
 * behind the empty state. */
static void
filter_changed_cb (WmkPlanPage *self)
{
  g_autoptr(WmkEntity) selected = NULL;
  gboolean empty;

  if (self->needs_model)
    {
      gtk_filter_changed (self->action_filter, self->next_change);
      update_count (self);
      return;
    }
  selected = selected_entity (self);
  wmk_slot_model_hold (self->slots);
  gtk_filter_changed (self->action_filter, self->next_change);
  if (wmk_action_filter_is_active (self->filter) != self->flat)
    rebuild_model (self);
  empty = self->flat && g_list_model_get_n_items (G_LIST_MODEL (self->matching)) == 0;
  if (empty && !self->empty_hold)
    self->empty_hold = TRUE;   /* this hold stays until something matches */
  else
    {
      wmk_slot_model_release (self->slots);
      if (!empty && self->empty_hold)
        {
          self->empty_hold = FALSE;
          gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (
                                      GTK_SCROLLABLE (self->column_view)), 0);
          wmk_slot_model_release (self->slots);
        }
      else if (!empty)
        gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (
                                    GTK_SCROLLABLE (self->column_view)), 0);
    }
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
  if (!empty)
    reselect (self, selected);
  update_count (self);
}

static int
compare_titles (gconstpointer a, gconstpointer b, gpointer data)
{
  return g_utf8_collate (wmk_entity_get_string ((gpointer) a, "title") ?: "",
                         wmk_entity_get_string ((gpointer) b, "title") ?: "");
}

static void
fill_roles (WmkPlanPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_object (&self->roles);
  self->roles = gtk_sort_list_model_new (g_object_ref (wmk_plan_get_items (self->plan, "role")),
                                         GTK_SORTER (gtk_custom_sorter_new (compare_titles, NULL,
                                                                            NULL)));
  gtk_string_list_append (names, _("Any officer"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->roles)); i++)
    {
      g_autoptr(WmkEntity) role = g_list_model_get_item (G_LIST_MODEL (self->roles), i);
      gtk_string_list_append (names, wmk_entity_get_string (role, "title") ?: "");
    }
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (names));
}

static void
fill_workstreams (WmkPlanPage *self)
{
  GListModel *workstreams = wmk_plan_get_items (self->plan, "workstream");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("All sections"));
  for (guint i = 0; i < g_list_model_get_n_items (workstreams); i++)
    {
      g_autoptr(WmkEntity) ws = g_list_model_get_item (workstreams, i);
      g_autofree char *name = g_strdup_printf (_("Section %s"), wmk_entity_get_ref (ws));
      gtk_string_list_append (names, name);
    }
  gtk_drop_down_set_model (self->workstream_dropdown, G_LIST_MODEL (names));
}

void
wmk_plan_page_set_plan (WmkPlanPage *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_PLAN_PAGE (self));
  g_return_if_fail (WMK_IS_PLAN (plan));

  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->empty_hold)
    {
      self->empty_hold = FALSE;
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      wmk_slot_model_release (self->slots);
    }
  g_clear_pointer (&self->searched, g_free);
  g_set_object (&self->plan, plan);
  g_clear_object (&self->filter);
  self->filter = wmk_action_filter_new (plan);
  g_signal_connect_swapped (self->filter, "changed", G_CALLBACK (filter_changed_cb), self);

  g_clear_object (&self->action_filter);
  self->action_filter = GTK_FILTER (gtk_custom_filter_new (run_filter, self->filter, NULL));
  g_clear_object (&self->matching);
  self->matching = gtk_filter_list_model_new (g_object_ref (wmk_plan_get_items (plan, "action")),
                                              g_object_ref (self->action_filter));
  g_signal_connect_object (self->matching, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  fill_workstreams (self);
  fill_roles (self);
  search_changed_cb (self);
  filters_changed_cb (self);
  /* A hidden page's rows cost time at start and memory for nothing: the
   * model is built when the page is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_model (self);
  else
    {
      self->needs_model = TRUE;
      self->flat = wmk_action_filter_is_active (self->filter);
      update_count (self);
    }
}

/**
 * wmk_plan_page_show_filtered:
 *
 * Sets the filters to show one section's, one rating's or the overdue
 * actions (the overview's figures open the page this way).
 */
void
wmk_plan_page_show_filtered (WmkPlanPage *self, const char *workstream_id, const char *rag,
                             gboolean overdue)
{
  static const char *const rags[] = { NULL, "red", "amber", "green", "blue" };
  GListModel *workstreams;
  guint ws_index = 0, rag_index = 0;

  g_return_if_fail (WMK_IS_PLAN_PAGE (self));
  if (self->plan == NULL)
    return;

  workstreams = wmk_plan_get_items (self->plan, "workstream");
  for (guint i = 0; workstream_id && i < g_list_model_get_n_items (workstreams); i++)
    {
      g_autoptr(WmkEntity) ws = g_list_model_get_item (workstreams, i);
      if (g_strcmp0 (wmk_entity_get_id (ws), workstream_id) == 0)
        ws_index = i + 1;
    }
  for (guint i = 1; rag && i < G_N_ELEMENTS (rags); i++)
    if (g_str_equal (rags[i], rag))
      rag_index = i;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->workstream_dropdown, ws_index);
  gtk_drop_down_set_selected (self->rag_dropdown, rag_index);
  gtk_toggle_button_set_active (self->overdue_toggle, overdue);
}

/* Opens one action in the editor, with the list narrowed to its ref. */
void
wmk_plan_page_show_action (WmkPlanPage *self, const char *id)
{
  WmkEntity *action;

  g_return_if_fail (WMK_IS_PLAN_PAGE (self));
  if (self->plan == NULL || (action = wmk_plan_lookup (self->plan, id)) == NULL
      || !WMK_IS_ACTION (action))
    return;
  wmk_plan_page_show_filtered (self, NULL, NULL, FALSE);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                         wmk_entity_get_ref (action) ? wmk_entity_get_ref (action) : "");
  edit_action (self, action);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

void
wmk_plan_page_start_search (WmkPlanPage *self)
{
  g_return_if_fail (WMK_IS_PLAN_PAGE (self));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
wmk_plan_page_map (GtkWidget *widget)
{
  WmkPlanPage *self = WMK_PLAN_PAGE (widget);

  if (self->needs_model)
    rebuild_model (self);
  ensure_editor (self);
  GTK_WIDGET_CLASS (wmk_plan_page_parent_class)->map (widget);
}

static void
wmk_plan_page_dispose (GObject *object)
{
  WmkPlanPage *self = WMK_PLAN_PAGE (object);

  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->column_view)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->sorted);
  g_clear_object (&self->row_sorter);
  g_clear_pointer (&self->searched, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->due_days, g_hash_table_unref);
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  g_clear_object (&self->matching);
  g_clear_object (&self->roles);
  g_clear_object (&self->action_filter);
  g_clear_object (&self->filter);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wmk_plan_page_parent_class)->dispose (object);
}

static void
wmk_plan_page_class_init (WmkPlanPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_plan_page_dispose;
  widget_class->map = wmk_plan_page_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, workstream_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, rag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, due_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, WmkPlanPage, flap);

  gtk_widget_class_install_action (widget_class, "plan.new-action", NULL, new_action_activated);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plan.new-action", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "plan.delete", NULL);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
}

static void
wmk_plan_page_init (WmkPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, _("Ref"), update_ref, FALSE, 130, wmk_plan_sort_by_ref);
  add_column (self, _("Action"), update_text, TRUE, -1, wmk_plan_sort_by_text);
  add_column (self, _("Due"), update_due, FALSE, 180, wmk_plan_sort_by_due);
  add_column (self, _("Responsible"), update_responsible, FALSE, 200, NULL);
  add_column (self, _("Status"), update_status, FALSE, 110, wmk_plan_sort_by_status);
  add_column (self, _("RAG"), update_rag, FALSE, 110, wmk_plan_sort_by_rag);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (column_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  self->row_sorter = GTK_SORTER (gtk_tree_list_row_sorter_new (
    g_object_ref (gtk_column_view_get_sorter (self->column_view))));
  self->next_change = GTK_FILTER_CHANGE_DIFFERENT;
  self->due_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* One set of rows for the page's life: plans, searches and sorts change
   * what they show. */
  self->slots = wmk_slot_model_new (NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}
