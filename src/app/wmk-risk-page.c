/* wmk-risk-page.c: the risk register, its heat map and the risk editor
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register has the columns of the DfE template (seeds/001_…): date,
 * risk, severity before mitigation, mitigation, severity after, progress;
 * and what running it needs besides: a ref, an owner, a review date that is
 * flagged when it has passed, and a status. It is a GtkColumnView over the
 * plan's own "risk" list model, so edits, undo and sync show at once.
 * Scores, bands and overdue reviews come from wmk-risk-score.c.
 */

#include "config.h"

#include "wmk-risk-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wmk-heat-map.h"
#include "wmk-risk-editor.h"
#include "wmk-window.h"

struct _WmkRiskPage
{
  AdwBin           parent_instance;

  WmkPlan         *plan;
  GListModel      *risks;         /* the plan's, borrowed */

  GtkStack        *stack;
  AdwFlap         *flap;
  WmkHeatMap      *heat_map;
  GtkLabel        *summary_label;
  GtkLabel        *overdue_label;
  GtkLabel        *unscored_label;
  GtkColumnView   *column_view;
  WmkRiskEditor   *editor;        /* (nullable): made when a risk is first opened */
};

G_DEFINE_FINAL_TYPE (WmkRiskPage, wmk_risk_page, ADW_TYPE_BIN)

typedef void (*CellUpdate) (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk);

static void
set_class (GtkLabel *label, const char *name, gboolean on)
{
  if (on)
    gtk_widget_add_css_class (GTK_WIDGET (label), name);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), name);
}

/* The cells. */

static void
update_ref (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  const char *ref = wmk_entity_get_ref (risk);

  gtk_label_set_label (label, ref ? ref : "");
}

static void
update_date (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  g_autofree char *text = wmk_date_format (wmk_entity_get_string (risk, "date"), "%-d %b %Y");

  gtk_label_set_label (label, text);
}

static void
update_title (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  const char *title = wmk_entity_get_string (risk, "title");
  const char *description = wmk_entity_get_string (risk, "description");
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (label, title ? title : _("Untitled risk"));
  set_class (label, "dim-label", title == NULL);
  if (description)
    tooltip = g_strdup_printf ("%s\n\n%s", title ? title : "", description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip ? tooltip : title);
}

/* "▲ Very high" over "4 × 5 = 20": a shape, a word and the numbers, not
 * only a colour. */
static void
update_score (GtkLabel *label, WmkEntity *risk, gboolean after)
{
  static const char *const shapes[] = { "", "●", "■", "◆", "▲" };
  gint64 l = wmk_entity_get_int (risk, after ? "post_likelihood" : "likelihood", 0);
  gint64 i = wmk_entity_get_int (risk, after ? "post_impact" : "impact", 0);
  int score = wmk_risk_score (l, i);
  WmkRiskBand band = wmk_risk_band_for_score (score);
  g_autofree char *markup = NULL;
  g_autofree char *tooltip = NULL;

  if (score)
    {
      markup = g_markup_printf_escaped ("<b>%s %s</b>\n%d × %d = %d", shapes[band],
                                        wmk_risk_band_word (band), (int) l, (int) i, score);
      tooltip = g_strdup_printf (_("Likelihood %d, %s; impact %d, %s"), (int) l,
                                 wmk_risk_likelihood_word (l), (int) i, wmk_risk_impact_word (i));
    }
  else
    markup = g_markup_escape_text (wmk_risk_band_word (band), -1);
  gtk_label_set_markup (label, markup);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
  set_class (label, "error", band == WMK_RISK_BAND_VERY_HIGH);
  set_class (label, "warning", band == WMK_RISK_BAND_HIGH);
  set_class (label, "dim-label", band == WMK_RISK_BAND_NONE);
}

static void
update_before (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  update_score (label, risk, FALSE);
}

static void
update_after (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  update_score (label, risk, TRUE);
}

/* The mitigation, and under it the actions that carry it out. */
static void
update_mitigation (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  const char *mitigation = wmk_entity_get_string (risk, "mitigation");
  g_auto(GStrv) actions = wmk_entity_dup_strv (risk, "actions");
  g_autofree char *line = wmk_first_line (mitigation);
  g_autofree char *markup = g_markup_escape_text (line, -1);
  g_autoptr(GString) refs = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; actions[i]; i++)
    {
      WmkEntity *action = wmk_plan_lookup (self->plan, actions[i]);
      const char *ref = action ? wmk_entity_get_ref (action) : NULL;

      if (action == NULL || !wmk_entity_get_live (action))
        continue;
      g_string_append_printf (refs, "%s%s", refs->len ? ", " : "", ref ? ref : actions[i]);
      n++;
    }
  if (n)
    {
      g_autofree char *linked = g_markup_printf_escaped (
        "%s<span alpha='70%%'>%s %s</span>", *line ? "\n" : "",
        ngettext ("Action", "Actions", n), refs->str);
      g_autofree char *both = g_strconcat (markup, linked, NULL);

      g_free (markup);
      markup = g_steal_pointer (&both);
    }
  gtk_label_set_markup (label, markup);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), mitigation);
}

static void
update_progress (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  const char *progress = wmk_entity_get_string (risk, "progress");
  g_autofree char *line = wmk_first_line (progress);

  gtk_label_set_label (label, line);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), progress);
}

static void
update_owner (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  const char *owner = wmk_entity_get_string (risk, "owner");
  WmkEntity *role = wmk_plan_lookup (self->plan, wmk_entity_get_string (risk, "owner_role"));
  const char *role_title = role ? wmk_entity_get_string (role, "title") : NULL;
  g_autofree char *markup = NULL;

  if (owner && role_title)
    markup = g_markup_printf_escaped ("%s\n<span alpha='70%%'>%s</span>", owner, role_title);
  else
    markup = g_markup_escape_text (owner ? owner : role_title ? role_title : "", -1);
  gtk_label_set_markup (label, markup);
}

static void
update_review (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  g_autofree char *today = wmk_today_iso ();
  const char *review = wmk_entity_get_string (risk, "review_date");
  g_autofree char *date = review ? wmk_date_format (review, "%-d %b %Y") : g_strdup (_("No date"));
  gboolean overdue = wmk_risk_is_review_overdue (risk, today);
  g_autofree char *text = NULL;

  /* The word and a shape, not only the colour, say it is late. */
  text = overdue ? g_strdup_printf ("%s\n%s", date, _("⚠ overdue")) : g_strdup (review ? date : "");
  gtk_label_set_label (label, text);
  set_class (label, "overdue", overdue);
}

static void
update_status (WmkRiskPage *self, GtkLabel *label, WmkEntity *risk)
{
  gtk_label_set_label (label, wmk_risk_is_open (risk) ? _("Open") : _("Closed"));
  set_class (label, "dim-label", !wmk_risk_is_open (risk));
}

/* Sorting. */

static int
compare_strings (const char *a, const char *b)
{
  g_autofree char *ka = NULL, *kb = NULL;

  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);  /* not set goes last */
  ka = g_utf8_collate_key_for_filename (a, -1);  /* R2 before R10 */
  kb = g_utf8_collate_key_for_filename (b, -1);
  return strcmp (ka, kb);
}

static int
compare_field (gconstpointer a, gconstpointer b, gpointer field)
{
  return compare_strings (wmk_entity_get_string ((WmkEntity *) a, field),
                          wmk_entity_get_string ((WmkEntity *) b, field));
}

static int
compare_before (gconstpointer a, gconstpointer b, gpointer data)
{
  int sa = wmk_risk_get_score ((WmkEntity *) a, FALSE), sb = wmk_risk_get_score ((WmkEntity *) b, FALSE);

  return (sa > sb) - (sa < sb);
}

static int
compare_after (gconstpointer a, gconstpointer b, gpointer data)
{
  int sa = wmk_risk_get_score ((WmkEntity *) a, TRUE), sb = wmk_risk_get_score ((WmkEntity *) b, TRUE);

  return (sa > sb) - (sa < sb);
}

static int
compare_status (gconstpointer a, gconstpointer b, gpointer data)
{
  return (int) !wmk_risk_is_open ((WmkEntity *) a) - (int) !wmk_risk_is_open ((WmkEntity *) b);
}

static const struct
{
  const char       *title;
  CellUpdate        update;
  GCompareDataFunc  compare;
  const char       *field;
  int               width;   /* -1: shares the room left */
  guint             lines;
} columns[] = {
  { N_("Ref"), update_ref, compare_field, "ref", 56, 1 },
  { N_("Date"), update_date, compare_field, "date", 96, 1 },
  { N_("Risk"), update_title, compare_field, "title", -1, 3 },
  { N_("Before"), update_before, compare_before, NULL, 108, 2 },
  { N_("Mitigation"), update_mitigation, NULL, NULL, -1, 4 },
  { N_("After"), update_after, compare_after, NULL, 108, 2 },
  { N_("Progress"), update_progress, NULL, NULL, -1, 3 },
  { N_("Owner"), update_owner, compare_field, "owner", 116, 2 },
  { N_("Review"), update_review, compare_field, "review_date", 104, 2 },
  { N_("Status"), update_status, compare_status, NULL, 66, 1 },
};

/* Cell plumbing, as on the plan page. */

static void
refresh_cell (GtkListItem *item)
{
  WmkEntity *risk = gtk_list_item_get_item (item);
  CellUpdate update = g_object_get_data (G_OBJECT (item), "update");
  WmkRiskPage *self = g_object_get_data (G_OBJECT (item), "page");

  if (risk && update && self->plan)
    update (self, GTK_LABEL (gtk_list_item_get_child (item)), risk);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkRiskPage *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  guint lines = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "lines"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (lines > 2)
    gtk_label_set_width_chars (GTK_LABEL (label), 12);
  if (lines > 1)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), (int) lines);
    }
  gtk_list_item_set_child (item, label);
  g_object_set_data (G_OBJECT (item), "update", g_object_get_data (G_OBJECT (factory), "update"));
  g_object_set_data (G_OBJECT (item), "page", self);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkRiskPage *self)
{
  refresh_cell (item);
  /* Edits, undo and sync show at once. */
  g_signal_connect_object (gtk_list_item_get_item (item), "field-changed",
                           G_CALLBACK (refresh_cell), item, G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, WmkRiskPage *self)
{
  WmkEntity *risk = gtk_list_item_get_item (item);

  if (risk)
    g_signal_handlers_disconnect_by_func (risk, refresh_cell, item);
}

static GtkColumnViewColumn *
add_column (WmkRiskPage *self, guint index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "update", columns[index].update);
  g_object_set_data (G_OBJECT (factory), "lines", GUINT_TO_POINTER (columns[index].lines));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  column = gtk_column_view_column_new (_(columns[index].title), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, columns[index].width < 0);
  if (columns[index].width > 0)
    gtk_column_view_column_set_fixed_width (column, columns[index].width);
  if (columns[index].compare)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (
        gtk_custom_sorter_new (columns[index].compare, (gpointer) columns[index].field, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

/* The editor: a pane beside the register, over it when the window is
 * narrow. It keeps showing its risk while it slides away; the next risk
 * opened replaces it. It is made when the page is first shown: a start that
 * never shows the page does not pay for its template. */
static WmkRiskEditor *
ensure_editor (WmkRiskPage *self)
{
  if (self->editor == NULL)
    {
      self->editor = g_object_new (WMK_TYPE_RISK_EDITOR, "hexpand", FALSE, NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self->editor), "background");
      adw_flap_set_flap (self->flap, GTK_WIDGET (self->editor));
    }
  return self->editor;
}

static WmkEntity *
editing_risk (WmkRiskPage *self)
{
  return self->editor ? wmk_risk_editor_get_risk (self->editor) : NULL;
}

static void
close_editor (WmkRiskPage *self)
{
  if (self->editor)
    wmk_risk_editor_save (self->editor);
  adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
reveal_after_paint_cb (GdkFrameClock *clock, WmkRiskPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, reveal_after_paint_cb, self);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
open_editor (WmkRiskPage *self, WmkEntity *risk)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  wmk_risk_editor_set_risk (ensure_editor (self), self->plan, risk);
  /* The first risk of a plan: the register has just replaced the empty
   * state and was never laid out. Revealing the pane before that makes
   * libadwaita 1.2 give it a nonsense width, so it waits one frame. */
  if (gtk_widget_get_width (GTK_WIDGET (self->flap)) == 0 && clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (clock, reveal_after_paint_cb, self);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (reveal_after_paint_cb), self, 0);
      gtk_widget_queue_resize (GTK_WIDGET (self->flap));
      return;
    }
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
row_activated_cb (WmkRiskPage *self, guint position)
{
  g_autoptr(WmkEntity) risk = g_list_model_get_item (
    G_LIST_MODEL (gtk_column_view_get_model (self->column_view)), position);

  if (risk)
    open_editor (self, risk);
}

static void
report (WmkRiskPage *self, GError *error)
{
  wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
add_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkRiskPage *self = WMK_RISK_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(JsonObject) fields = json_object_new ();
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *ref = NULL;
  g_autofree char *id = NULL;

  if (self->plan == NULL)
    return;
  ref = wmk_risk_next_ref (self->risks);
  json_object_set_string_member (fields, "ref", ref);
  json_object_set_string_member (fields, "date", today);
  json_object_set_string_member (fields, "status", "open");
  edit = wmk_plan_begin (self->plan, _("Add a risk"));
  id = wmk_edit_create (edit, "risk", fields, &error);
  if (id == NULL || !wmk_plan_commit (self->plan, edit, &error))
    {
      report (self, error);
      return;
    }
  open_editor (self, wmk_plan_lookup (self->plan, id));
  wmk_risk_editor_focus_title (self->editor);
}

static void
close_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  close_editor (WMK_RISK_PAGE (widget));
}

/* No question first: the toast's Undo brings it back. */
static void
delete_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  WmkRiskPage *self = WMK_RISK_PAGE (widget);
  WmkEntity *risk = editing_risk (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autofree char *id = NULL, *label = NULL, *message = NULL;
  GtkWidget *overlay;
  AdwToast *toast;
  const char *ref;

  if (risk == NULL || !wmk_entity_get_live (risk))
    return;
  wmk_risk_editor_save (self->editor);
  id = g_strdup (wmk_entity_get_id (risk));
  ref = wmk_entity_get_ref (risk);
  label = g_strdup_printf (_("Delete risk %s"), ref ? ref : "");
  message = ref ? g_strdup_printf (_("Risk %s deleted"), ref) : g_strdup (_("Risk deleted"));
  edit = wmk_plan_begin (self->plan, label);
  if (!wmk_edit_delete (edit, id, &error) || !wmk_plan_commit (self->plan, edit, &error))
    {
      report (self, error);
      return;
    }
  close_editor (self);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The summary: heat map, counts, empty state. */

static void
update_summary (WmkRiskPage *self)
{
  g_autofree char *today = wmk_today_iso ();
  g_autofree char *summary = NULL, *overdue = NULL, *unscored = NULL;
  WmkEntity *editing = editing_risk (self);
  WmkRiskGrid grid;
  guint unscored_before, unscored_after;

  if (self->risks == NULL)
    return;
  wmk_risk_grid_count (&grid, self->risks, today);
  wmk_heat_map_set_grid (self->heat_map, &grid);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->risks) ? "register" : "empty");

  summary = g_strdup_printf (ngettext ("%u open risk", "%u open risks", grid.n_open), grid.n_open);
  if (grid.n_closed)
    {
      g_autofree char *open = g_steal_pointer (&summary);
      summary = g_strdup_printf (ngettext ("%s, %u closed", "%s, %u closed", grid.n_closed), open,
                                 grid.n_closed);
    }
  gtk_label_set_label (self->summary_label, summary);

  if (grid.n_review_overdue)
    overdue = g_strdup_printf (ngettext ("⚠ %u review overdue", "⚠ %u reviews overdue",
                                         grid.n_review_overdue),
                               grid.n_review_overdue);
  gtk_label_set_label (self->overdue_label,
                       overdue ? overdue : grid.n_open ? _("Every review is on time") : "");
  set_class (self->overdue_label, "overdue", overdue != NULL);

  unscored_before = grid.bands_before[WMK_RISK_BAND_NONE];
  unscored_after = grid.bands_after[WMK_RISK_BAND_NONE];
  if (unscored_before)
    unscored = g_strdup_printf (ngettext ("%u not scored before mitigation, %u after",
                                          "%u not scored before mitigation, %u after",
                                          unscored_before),
                                unscored_before, unscored_after);
  else if (unscored_after)
    unscored = g_strdup_printf (ngettext ("%u not yet scored after mitigation",
                                          "%u not yet scored after mitigation", unscored_after),
                                unscored_after);
  gtk_label_set_label (self->unscored_label, unscored ? unscored : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unscored_label), unscored != NULL);

  /* The risk being edited was deleted (by undo, or on another laptop). */
  if (editing && !wmk_entity_get_live (editing) && adw_flap_get_reveal_flap (self->flap))
    close_editor (self);
}

void
wmk_risk_page_set_plan (WmkRiskPage *self, WmkPlan *plan)
{
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (WMK_IS_RISK_PAGE (self));
  g_return_if_fail (plan == NULL || WMK_IS_PLAN (plan));

  if (self->risks)
    g_signal_handlers_disconnect_by_data (self->risks, self);
  close_editor (self);
  if (self->editor)
    wmk_risk_editor_set_risk (self->editor, plan, NULL);
  g_set_object (&self->plan, plan);
  self->risks = plan ? wmk_plan_get_items (plan, "risk") : NULL;
  if (plan == NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      return;
    }
  g_signal_connect_swapped (self->risks, "items-changed", G_CALLBACK (update_summary), self);
  sorted = gtk_sort_list_model_new (g_object_ref (self->risks),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  update_summary (self);
}

static void
wmk_risk_page_map (GtkWidget *widget)
{
  ensure_editor (WMK_RISK_PAGE (widget));
  GTK_WIDGET_CLASS (wmk_risk_page_parent_class)->map (widget);
  /* Reviews fall due while the window is open: recount when shown. */
  update_summary (WMK_RISK_PAGE (widget));
}

static void
wmk_risk_page_dispose (GObject *object)
{
  WmkRiskPage *self = WMK_RISK_PAGE (object);

  if (self->risks)
    g_signal_handlers_disconnect_by_data (self->risks, self);
  self->risks = NULL;
  if (self->column_view)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wmk_risk_page_parent_class)->dispose (object);
}

static void
wmk_risk_page_class_init (WmkRiskPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_risk_page_dispose;
  widget_class->map = wmk_risk_page_map;

  g_type_ensure (WMK_TYPE_HEAT_MAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-risk-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, flap);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, heat_map);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, unscored_label);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "risk.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "risk.close-editor", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "risk.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "risk.close-editor", NULL);
}

static void
wmk_risk_page_init (WmkRiskPage *self)
{
  GtkColumnViewColumn *before = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkColumnViewColumn *column = add_column (self, i);

      if (columns[i].update == update_before)
        before = column;
    }
  /* The register reads most serious first. */
  gtk_column_view_sort_by_column (self->column_view, before, GTK_SORT_DESCENDING);
}
