/* wmk-conflicts-page.c: fields edited on two computers at once, to settle
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One group per conflicted field: every value with who wrote it and when, a
 * button to keep each, and an entry for a new value. A delete that met a
 * restore, and edits made while the item was deleted elsewhere, are one
 * group per item with the choice to keep it or leave it deleted. Settling
 * goes through wmk_sync_resolve() and is published at once. The conflicts
 * are the last round's (docs/sync.md §2.7).
 */

#include "config.h"

#include "wmk-conflicts-page.h"

#include <glib/gi18n.h>

#include "wmk-json.h"
#include "wmk-window.h"

struct _WmkConflictsPage
{
  AdwBin            parent_instance;

  WmkSyncScheduler *scheduler;
  guint             rebuild_id;

  GtkStack         *stack;
  GtkBox           *groups;
  GtkWidget        *intro;
};

G_DEFINE_FINAL_TYPE (WmkConflictsPage, wmk_conflicts_page, ADW_TYPE_BIN)

/* What a button settles: the item, the field and the value chosen. */
typedef struct
{
  char     *entity;
  char     *field;
  JsonNode *value;
} Choice;

static void
choice_free (Choice *choice)
{
  g_free (choice->entity);
  g_free (choice->field);
  g_clear_pointer (&choice->value, json_node_unref);
  g_free (choice);
}

static Choice *
choice_new (const char *entity, const char *field, JsonNode *value)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->entity = g_strdup (entity);
  choice->field = g_strdup (field);
  choice->value = value ? json_node_copy (value) : json_node_new (JSON_NODE_NULL);
  return choice;
}

static WmkPlan *
get_plan (WmkConflictsPage *self)
{
  return wmk_sync_scheduler_get_plan (self->scheduler);
}

static void
resolve (WmkConflictsPage *self, const char *entity, const char *field, JsonNode *value)
{
  g_autoptr(GError) error = NULL;

  if (!wmk_sync_scheduler_resolve (self->scheduler, entity, field, value, &error))
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
choice_clicked_cb (GtkButton *button, WmkConflictsPage *self)
{
  Choice *choice = g_object_get_data (G_OBJECT (button), "choice");

  resolve (self, choice->entity, choice->field, choice->value);
}

static const WmkFieldSpec *
lookup_field (WmkConflictsPage *self, const char *id, const char *etype, const char *name)
{
  WmkEntity *entity = wmk_plan_lookup (get_plan (self), id);
  const WmkTypeSpec *spec = entity ? wmk_entity_get_spec (entity)
                                   : wmk_schema_lookup (wmk_plan_get_schema (get_plan (self)),
                                                        etype);

  return spec ? wmk_type_spec_lookup_field (spec, name) : NULL;
}

static const WmkFieldSpec *
field_spec (WmkConflictsPage *self, WmkConflict *c)
{
  return lookup_field (self, c->entity, c->etype, c->field);
}

static void
new_value_cb (AdwEntryRow *row, WmkConflictsPage *self)
{
  Choice *choice = g_object_get_data (G_OBJECT (row), "choice");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const WmkFieldSpec *field = lookup_field (self, choice->entity,
                                            g_object_get_data (G_OBJECT (row), "etype"),
                                            choice->field);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;

  if (field)
    value = wmk_field_spec_parse (field, text, &error);
  else
    value = json_node_init_string (json_node_alloc (), text);  /* a field this build does not know */
  if (value == NULL)
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
  else
    resolve (self, choice->entity, choice->field, value);
}

/* "3.3.1 Recruit two educational psychologists", or the type and id of an
 * item this build cannot show. */
static char *
item_name (WmkConflictsPage *self, const char *id, const char *etype)
{
  WmkEntity *entity = wmk_plan_lookup (get_plan (self), id);
  g_autofree char *title = entity ? wmk_entity_dup_title (entity) : NULL;
  const char *ref = entity ? wmk_entity_get_ref (entity) : NULL;

  if (title && *title)
    return g_steal_pointer (&title);
  return g_strdup_printf ("%s %s", ref ? ref : etype, ref ? "" : id);
}

/* "1.1.1", or the item's type for items without a ref. */
static char *
item_ref (WmkConflictsPage *self, const char *id, const char *etype)
{
  WmkEntity *entity = wmk_plan_lookup (get_plan (self), id);
  const char *ref = entity ? wmk_entity_get_ref (entity) : NULL;
  const WmkTypeSpec *spec = entity ? wmk_entity_get_spec (entity) : NULL;

  if (ref && *ref)
    return g_strdup (ref);
  return g_strdup (spec && spec->label ? _(spec->label) : etype);
}

static char *
field_name (WmkConflictsPage *self, WmkConflict *c)
{
  const WmkFieldSpec *field = field_spec (self, c);

  return g_strdup (field && field->label ? _(field->label) : c->field);
}

static char *
value_text (JsonNode *value)
{
  g_autofree char *text = value && !JSON_NODE_HOLDS_NULL (value) ? wmk_json_to_display (value)
                                                                 : NULL;

  return text && *text ? g_steal_pointer (&text) : g_strdup (_("(empty)"));
}

static char *
who_when (WmkConflictValue *v)
{
  g_autofree char *when = wmk_sync_format_time (v->time_ms);

  return g_strdup_printf (_("%s, %s"), v->author && *v->author ? v->author : _("someone"), when);
}

static GtkWidget *
choice_button (WmkConflictsPage *self, const char *label, const char *accessible, Choice *choice)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "choice", choice, (GDestroyNotify) choice_free);
  g_signal_connect (button, "clicked", G_CALLBACK (choice_clicked_cb), self);
  return button;
}

static void
show_item_cb (GtkButton *button, WmkConflictsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (WMK_IS_WINDOW (root))
    wmk_window_show_item (WMK_WINDOW (root), g_object_get_data (G_OBJECT (button), "id"));
}

static GtkWidget *
new_group (WmkConflictsPage *self, const char *title, const char *description, const char *id)
{
  GtkWidget *group = adw_preferences_group_new ();
  WmkEntity *entity = wmk_plan_lookup (get_plan (self), id);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (entity && wmk_entity_get_live (entity))
    {
      GtkWidget *show = gtk_button_new_with_label (_("Show Item"));
      g_autofree char *accessible = g_strdup_printf (_("Show %s"), title);

      gtk_widget_add_css_class (show, "flat");
      gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      g_object_set_data_full (G_OBJECT (show), "id", g_strdup (id), g_free);
      g_signal_connect (show, "clicked", G_CALLBACK (show_item_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), show);
    }
  gtk_box_append (self->groups, group);
  return group;
}

static GtkWidget *
value_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  return row;
}

/* One field with two or more values. */
static void
add_field_conflict (WmkConflictsPage *self, WmkConflict *c)
{
  g_autofree char *item = item_name (self, c->entity, c->etype);
  g_autofree char *ref = item_ref (self, c->entity, c->etype);
  g_autofree char *field = field_name (self, c);
  /* Translators: a field of an item, "Outcome · 1.1.1" */
  g_autofree char *title = g_strdup_printf (_("%s · %s"), field, ref);
  g_autofree char *description = g_strdup_printf (_("%s\nChanged on two computers at once."), item);
  GtkWidget *group = new_group (self, title, description, c->entity);
  GtkWidget *entry = adw_entry_row_new ();
  g_autofree char *entry_name = g_strdup_printf (_("New value for %s"), field);

  for (guint k = 0; k < c->values->len; k++)
    {
      WmkConflictValue *v = c->values->pdata[k];
      g_autofree char *text = value_text (v->value);
      g_autofree char *who = who_when (v);
      g_autofree char *subtitle = k + 1 == c->values->len
                                    ? g_strdup_printf (_("%s · shown for now"), who)
                                    : g_strdup (who);
      g_autofree char *start = g_utf8_strlen (text, -1) > 80 ? g_utf8_substring (text, 0, 79)
                                                             : NULL;
      g_autofree char *shortened = start ? g_strconcat (start, "…", NULL) : g_strdup (text);
      g_autofree char *accessible = g_strdup_printf (_("Keep “%s”"), shortened);
      GtkWidget *row = value_row (text, subtitle);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 choice_button (self, _("_Keep This"), accessible,
                                                choice_new (c->entity, c->field, v->value)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Or write a new value"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry_name, -1);
  g_object_set_data_full (G_OBJECT (entry), "choice", choice_new (c->entity, c->field, NULL),
                          (GDestroyNotify) choice_free);
  g_object_set_data_full (G_OBJECT (entry), "etype", g_strdup (c->etype), g_free);
  g_signal_connect (entry, "apply", G_CALLBACK (new_value_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
}

static void
add_keep_or_delete (WmkConflictsPage *self, GtkWidget *group, const char *id, const char *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *keep = g_strdup_printf (_("Keep %s"), item);
  g_autofree char *drop = g_strdup_printf (_("Delete %s"), item);
  g_autoptr(JsonNode) restore = json_node_init_boolean (json_node_alloc (), TRUE);
  g_autoptr(JsonNode) keep_deleted = json_node_init_boolean (json_node_alloc (), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Keep the item?"));
  gtk_box_append (GTK_BOX (box),
                  choice_button (self, _("_Keep It"), keep,
                                 choice_new (id, "_live", restore)));
  gtk_box_append (GTK_BOX (box),
                  choice_button (self, _("_Delete It"), drop,
                                 choice_new (id, "_live", keep_deleted)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* A delete that met a restore ("live"). */
static void
add_live_conflict (WmkConflictsPage *self, WmkConflict *c)
{
  g_autofree char *item = item_name (self, c->entity, c->etype);
  g_autofree char *ref = item_ref (self, c->entity, c->etype);
  g_autofree char *description = g_strdup_printf (
    _("%s\nDeleted on one computer and kept on another."), item);
  GtkWidget *group = new_group (self, ref, description, c->entity);

  for (guint k = 0; k < c->values->len; k++)
    {
      WmkConflictValue *v = c->values->pdata[k];
      gboolean kept = v->value && JSON_NODE_HOLDS_VALUE (v->value)
                      && json_node_get_boolean (v->value);
      g_autofree char *who = who_when (v);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 value_row (kept ? _("Kept") : _("Deleted"), who));
    }
  add_keep_or_delete (self, group, c->entity, ref);
}

/* Edits made while the item was deleted elsewhere: @conflicts[@i…] of one item. */
static guint
add_edited_while_deleted (WmkConflictsPage *self, GPtrArray *conflicts, guint i)
{
  WmkConflict *first = conflicts->pdata[i];
  g_autofree char *item = item_name (self, first->entity, first->etype);
  g_autofree char *ref = item_ref (self, first->entity, first->etype);
  g_autofree char *description = g_strdup_printf (
    _("%s\nDeleted on one computer while it was being edited on another."), item);
  GtkWidget *group = new_group (self, ref, description, first->entity);

  for (; i < conflicts->len; i++)
    {
      WmkConflict *c = conflicts->pdata[i];
      g_autofree char *field = NULL;

      if (!g_str_equal (c->kind, "edited-while-deleted") || !g_str_equal (c->entity, first->entity))
        break;
      field = field_name (self, c);
      for (guint k = 0; k < c->values->len; k++)
        {
          WmkConflictValue *v = c->values->pdata[k];
          g_autofree char *text = value_text (v->value);
          g_autofree char *title = g_strdup_printf (_("%s: %s"), field, text);
          g_autofree char *who = who_when (v);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (title, who));
        }
    }
  add_keep_or_delete (self, group, first->entity, ref);
  return i;
}

static gboolean
rebuild (gpointer data)
{
  WmkConflictsPage *self = data;
  WmkSyncResult *result = self->scheduler ? wmk_sync_scheduler_get_result (self->scheduler) : NULL;
  GPtrArray *conflicts = result ? result->conflicts : NULL;
  GtkWidget *child;

  self->rebuild_id = 0;
  while ((child = gtk_widget_get_next_sibling (self->intro)))
    gtk_box_remove (self->groups, child);
  for (guint i = 0; conflicts && i < conflicts->len;)
    {
      WmkConflict *c = conflicts->pdata[i];

      if (g_str_equal (c->kind, "edited-while-deleted"))
        i = add_edited_while_deleted (self, conflicts, i);
      else
        {
          if (g_str_equal (c->kind, "live"))
            add_live_conflict (self, c);
          else
            add_field_conflict (self, c);
          i++;
        }
    }
  gtk_stack_set_visible_child_name (self->stack, conflicts && conflicts->len ? "list" : "empty");
  return G_SOURCE_REMOVE;
}

/* Later, not inside the handler of the button that settled a conflict. */
static void
queue_rebuild (WmkConflictsPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild, self);
}

/**
 * wmk_conflicts_page_set_scheduler:
 * @scheduler: (nullable): the window's plan's
 */
void
wmk_conflicts_page_set_scheduler (WmkConflictsPage *self, WmkSyncScheduler *scheduler)
{
  g_return_if_fail (WMK_IS_CONFLICTS_PAGE (self));

  if (self->scheduler)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler)
    g_signal_connect_object (scheduler, "updated", G_CALLBACK (queue_rebuild), self,
                             G_CONNECT_SWAPPED);
  queue_rebuild (self);
}

static void
wmk_conflicts_page_dispose (GObject *object)
{
  WmkConflictsPage *self = WMK_CONFLICTS_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->scheduler);
  G_OBJECT_CLASS (wmk_conflicts_page_parent_class)->dispose (object);
}

static void
wmk_conflicts_page_class_init (WmkConflictsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_conflicts_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-conflicts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkConflictsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmkConflictsPage, groups);
  gtk_widget_class_bind_template_child (widget_class, WmkConflictsPage, intro);
}

static void
wmk_conflicts_page_init (WmkConflictsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
