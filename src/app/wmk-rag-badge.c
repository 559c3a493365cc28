/* wmk-rag-badge.c: a RAG status as a word, a shape and a colour
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Status is never colour alone: about one man in twelve cannot tell red from
 * green, and a printed page may be black and white. Each rating has its own
 * shape (red a triangle, amber a diamond, green a circle, complete a tick)
 * and its word beside it.
 */

#include "config.h"

#include "wmk-rag-badge.h"

#include <glib/gi18n.h>

struct _WmkRagBadge
{
  GtkWidget  parent_instance;

  GtkWidget *shape;
  GtkWidget *word;
  char      *rag;
};

G_DEFINE_FINAL_TYPE (WmkRagBadge, wmk_rag_badge, GTK_TYPE_WIDGET)

static const struct
{
  const char *rag;
  const char *shape;
  const char *word;
} ratings[] = {
  { "red", "▲", N_("Red") },
  { "amber", "◆", N_("Amber") },
  { "green", "●", N_("Green") },
  { "blue", "✔", N_("Complete") },
};

/* The word for a rating, translated; "Not rated" for none. */
const char *
wmk_rag_word (const char *rag)
{
  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    if (g_strcmp0 (rag, ratings[i].rag) == 0)
      return _(ratings[i].word);
  return _("Not rated");
}

void
wmk_rag_badge_set_rag (WmkRagBadge *self, const char *rag)
{
  const char *shape = "○";
  g_autofree char *label = NULL;

  g_return_if_fail (WMK_IS_RAG_BADGE (self));

  if (self->rag)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->rag);
  g_free (self->rag);
  self->rag = g_strdup (rag);
  if (rag)
    gtk_widget_add_css_class (GTK_WIDGET (self), rag);

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    if (g_strcmp0 (rag, ratings[i].rag) == 0)
      shape = ratings[i].shape;
  gtk_label_set_label (GTK_LABEL (self->shape), shape);
  gtk_label_set_label (GTK_LABEL (self->word), wmk_rag_word (rag));
  /* A screen reader hears "RAG: Amber", not a diamond. */
  label = g_strdup_printf (_("RAG: %s"), wmk_rag_word (rag));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
wmk_rag_badge_dispose (GObject *object)
{
  WmkRagBadge *self = WMK_RAG_BADGE (object);

  g_clear_pointer (&self->shape, gtk_widget_unparent);
  g_clear_pointer (&self->word, gtk_widget_unparent);

  G_OBJECT_CLASS (wmk_rag_badge_parent_class)->dispose (object);
}

static void
wmk_rag_badge_finalize (GObject *object)
{
  g_free (WMK_RAG_BADGE (object)->rag);

  G_OBJECT_CLASS (wmk_rag_badge_parent_class)->finalize (object);
}

static void
wmk_rag_badge_class_init (WmkRagBadgeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wmk_rag_badge_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_rag_badge_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rag-badge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_rag_badge_init (WmkRagBadge *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->shape = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->shape, "shape");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->shape), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_parent (self->shape, GTK_WIDGET (self));
  self->word = gtk_label_new (NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->word), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (self->word, GTK_WIDGET (self));
  wmk_rag_badge_set_rag (self, NULL);
}

GtkWidget *
wmk_rag_badge_new (void)
{
  return g_object_new (WMK_TYPE_RAG_BADGE, NULL);
}
