/* wmk-risk-score-group.c: a risk's likelihood and impact, before or after mitigation
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two drop-downs on the scale of 1 to 5, each number with its word
 * ("4 · Likely"), and the score they make (likelihood × impact) with its
 * band in the group's description. A choice is saved the moment it is made,
 * one step of Undo; the group follows the risk, so an undo or a sync shows.
 * The same group serves before mitigation and after it, which the
 * after-mitigation property chooses: the fields, the title and the names a
 * screen reader hears.
 */

#include "config.h"

#include "wmk-risk-score-group.h"

#include <glib/gi18n.h>

#include "wmk-window.h"

struct _WmkRiskScoreGroup
{
  AdwPreferencesGroup  parent_instance;

  WmkPlan             *plan;
  WmkEntity           *risk;
  gboolean             after;     /* after mitigation: post_likelihood and post_impact */
  gboolean             updating;  /* the rows are being set from the risk */

  AdwComboRow         *likelihood_row;
  AdwComboRow         *impact_row;
};

enum
{
  PROP_0,
  PROP_AFTER_MITIGATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WmkRiskScoreGroup, wmk_risk_score_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkStringList *
scale_model (const char *(*word) (gint64))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Not set"));
  for (int n = 1; n <= WMK_RISK_SCALE; n++)
    {
      g_autofree char *item = g_strdup_printf ("%d · %s", n, word (n));
      gtk_string_list_append (list, item);
    }
  return list;
}

static void
scale_selected_cb (AdwComboRow *row, GParamSpec *pspec, WmkRiskScoreGroup *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (self->risk == NULL || !wmk_entity_get_live (self->risk))
    return;
  value = selected > 0 ? wmk_json_new_int (selected) : NULL;
  if (!wmk_plan_set (self->plan, wmk_entity_get_id (self->risk),
                     g_object_get_data (G_OBJECT (row), "field"), value, &error))
    wmk_window_show_error_for (GTK_WIDGET (self), error->message);
}

static void
setup_scale (WmkRiskScoreGroup *self, AdwComboRow *row, const char *field,
             const char *(*word) (gint64), const char *name)
{
  g_autoptr(GtkStringList) model = scale_model (word);

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (row, "notify::selected", G_CALLBACK (scale_selected_cb), self);
}

static void
select_scale (AdwComboRow *row, WmkEntity *risk)
{
  gint64 n = wmk_entity_get_int (risk, g_object_get_data (G_OBJECT (row), "field"), 0);

  adw_combo_row_set_selected (row, n >= 1 && n <= WMK_RISK_SCALE ? (guint) n : 0);
}

static void
refresh (WmkRiskScoreGroup *self)
{
  int score;
  g_autofree char *text = NULL;

  if (self->risk == NULL)
    return;
  self->updating = TRUE;
  select_scale (self->likelihood_row, self->risk);
  select_scale (self->impact_row, self->risk);
  score = wmk_risk_get_score (self->risk, self->after);
  if (score)
    text = g_strdup_printf (_("Score %d of 25: %s"), score,
                            wmk_risk_band_word (wmk_risk_band_for_score (score)));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         text ? text : _("Not scored yet"));
  self->updating = FALSE;
}

/**
 * wmk_risk_score_group_set_risk:
 * @risk: (nullable): the risk whose score to show and change
 */
void
wmk_risk_score_group_set_risk (WmkRiskScoreGroup *self, WmkPlan *plan, WmkEntity *risk)
{
  g_return_if_fail (WMK_IS_RISK_SCORE_GROUP (self));
  g_return_if_fail (plan == NULL || WMK_IS_PLAN (plan));
  g_return_if_fail (risk == NULL || WMK_IS_ENTITY (risk));

  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->risk, risk);
  if (risk)
    g_signal_connect_swapped (risk, "field-changed", G_CALLBACK (refresh), self);
  refresh (self);
}

static void
wmk_risk_score_group_constructed (GObject *object)
{
  WmkRiskScoreGroup *self = WMK_RISK_SCORE_GROUP (object);

  G_OBJECT_CLASS (wmk_risk_score_group_parent_class)->constructed (object);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   self->after ? _("After Mitigation") : _("Before Mitigation"));
  setup_scale (self, self->likelihood_row, self->after ? "post_likelihood" : "likelihood",
               wmk_risk_likelihood_word,
               self->after ? _("Likelihood after mitigation") : _("Likelihood before mitigation"));
  setup_scale (self, self->impact_row, self->after ? "post_impact" : "impact",
               wmk_risk_impact_word,
               self->after ? _("Severity/impact after mitigation")
                           : _("Severity/impact before mitigation"));
}

static void
wmk_risk_score_group_get_property (GObject *object, guint prop_id, GValue *value,
                                   GParamSpec *pspec)
{
  WmkRiskScoreGroup *self = WMK_RISK_SCORE_GROUP (object);

  switch (prop_id)
    {
    case PROP_AFTER_MITIGATION:
      g_value_set_boolean (value, self->after);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_risk_score_group_set_property (GObject *object, guint prop_id, const GValue *value,
                                   GParamSpec *pspec)
{
  WmkRiskScoreGroup *self = WMK_RISK_SCORE_GROUP (object);

  switch (prop_id)
    {
    case PROP_AFTER_MITIGATION:
      self->after = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_risk_score_group_dispose (GObject *object)
{
  WmkRiskScoreGroup *self = WMK_RISK_SCORE_GROUP (object);

  if (self->risk)
    g_signal_handlers_disconnect_by_data (self->risk, self);
  g_clear_object (&self->risk);
  g_clear_object (&self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), WMK_TYPE_RISK_SCORE_GROUP);
  G_OBJECT_CLASS (wmk_risk_score_group_parent_class)->dispose (object);
}

static void
wmk_risk_score_group_class_init (WmkRiskScoreGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wmk_risk_score_group_constructed;
  object_class->get_property = wmk_risk_score_group_get_property;
  object_class->set_property = wmk_risk_score_group_set_property;
  object_class->dispose = wmk_risk_score_group_dispose;

  /**
   * WmkRiskScoreGroup:after-mitigation:
   *
   * Whether the group scores the risk after mitigation rather than before.
   */
  properties[PROP_AFTER_MITIGATION] =
    g_param_spec_boolean ("after-mitigation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wmk-risk-score-group.ui");
  gtk_widget_class_bind_template_child (widget_class, WmkRiskScoreGroup, likelihood_row);
  gtk_widget_class_bind_template_child (widget_class, WmkRiskScoreGroup, impact_row);
}

static void
wmk_risk_score_group_init (WmkRiskScoreGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
