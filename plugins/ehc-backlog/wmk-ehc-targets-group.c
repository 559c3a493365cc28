/* wmk-ehc-targets-group.c: what the plan measures the EHC figures against
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry row per field of the plan's "ehc-backlog.settings" item (the
 * national average the plan quotes, its targets, the backlog it set out to
 * clear, the forecast window), showing the value in force (the Devon plan's
 * where the item says nothing). Enter or the tick saves one field as one
 * edit, creating the item the first time. The "said" signal carries a
 * sentence for the page's toast, and whether it can be undone.
 */

#include "wmk-ehc-targets-group.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-csv.h"

struct _WmkEhcTargetsGroup
{
  AdwPreferencesGroup  parent_instance;

  WmkPlan             *plan;
  GPtrArray           *target_rows;
};

G_DEFINE_FINAL_TYPE (WmkEhcTargetsGroup, wmk_ehc_targets_group, ADW_TYPE_PREFERENCES_GROUP)

enum { SAID, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
say (WmkEhcTargetsGroup *self, const char *message, gboolean undo)
{
  g_signal_emit (self, signals[SAID], 0, message, undo);
}

/* What the plan measures against: the settings item's fields. */
typedef enum { TARGET_NUMBER, TARGET_DATE, TARGET_MONTH } TargetKind;

static const struct { const char *field; TargetKind kind; } targets[] = {
  { "national_average", TARGET_NUMBER },
  { "timeliness_target", TARGET_NUMBER },
  { "timeliness_target_date", TARGET_DATE },
  { "baseline_month", TARGET_MONTH },
  { "baseline_reviews", TARGET_NUMBER },
  { "baseline_assessments", TARGET_NUMBER },
  { "clearance_target", TARGET_DATE },
  { "caseload_baseline", TARGET_NUMBER },
  { "caseload_target", TARGET_NUMBER },
  { "forecast_window", TARGET_NUMBER },
};

static WmkEntity *
settings_item (WmkEhcTargetsGroup *self)
{
  GListModel *items = wmk_plan_get_items (self->plan, WMK_EHC_SETTINGS);
  WmkEntity *item = g_list_model_get_n_items (items) ? g_list_model_get_item (items, 0) : NULL;

  /* Borrowed: the plan holds it. */
  if (item)
    g_object_unref (item);
  return item;
}

static char *
target_text (WmkEhcTargetsGroup *self, guint t, const WmkEhcSettings *s)
{
  switch (targets[t].kind)
    {
    case TARGET_DATE:
      return wmk_kpi_format_date (g_str_equal (targets[t].field, "clearance_target")
                                    ? s->clearance_date : s->timeliness_date);
    case TARGET_MONTH:
      return wmk_ehc_month_name (s->baseline_month);
    case TARGET_NUMBER:
    default:
      {
        double v = g_str_equal (targets[t].field, "national_average") ? s->national_average
                   : g_str_equal (targets[t].field, "timeliness_target") ? s->timeliness_target
                   : g_str_equal (targets[t].field, "baseline_reviews") ? s->baseline_reviews
                   : g_str_equal (targets[t].field, "baseline_assessments") ? s->baseline_assessments
                   : g_str_equal (targets[t].field, "caseload_baseline") ? s->caseload_baseline
                   : g_str_equal (targets[t].field, "caseload_target") ? s->caseload_target
                                                                          : s->window;

        return wmk_kpi_format_exact (v);
      }
    }
}

static void
target_apply_cb (AdwEntryRow *row, WmkEhcTargetsGroup *self)
{
  guint t = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "target"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const WmkFieldSpec *spec = wmk_type_spec_lookup_field (&wmk_ehc_settings_spec, targets[t].field);
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL, *message = NULL;
  WmkEntity *item;
  double number;

  if (self->plan == NULL)
    return;
  item = settings_item (self);

  switch (targets[t].kind)
    {
    case TARGET_MONTH:
      if (wmk_ehc_parse_month (text) >= 0)
        date = wmk_ehc_month_date (wmk_ehc_parse_month (text));
      break;
    case TARGET_DATE:
      date = wmk_kpi_parse_date (text);
      break;
    case TARGET_NUMBER:
    default:
      if (wmk_kpi_parse_value (text, &number) && number >= 0)
        value = spec->kind == WMK_FIELD_INTEGER
                  ? json_node_init_int (json_node_alloc (), (gint64) round (number))
                  : json_node_init_double (json_node_alloc (), number);
      break;
    }
  if (date)
    value = json_node_init_string (json_node_alloc (), date);
  if (value == NULL)
    {
      message = g_strdup_printf (targets[t].kind == TARGET_NUMBER
                                   ? _("“%s” is not a number: %s is unchanged.")
                                   : _("“%s” is not a date: %s is unchanged."),
                                 text, _(spec->label));
      say (self, message, FALSE);
      return;
    }
  if (item)
    wmk_plan_set (self->plan, wmk_entity_get_id (item), targets[t].field, value, &error);
  else
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_member (fields, targets[t].field, json_node_copy (value));
      id = wmk_plan_create (self->plan, WMK_EHC_SETTINGS, fields, _("Set the EHC backlog targets"),
                            &error);
    }
  if (error)
    {
      say (self, error->message, FALSE);
      return;
    }
  message = g_strdup_printf (_("Changed “%s”"), _(spec->label));
  say (self, message, TRUE);
}

static void
build (WmkEhcTargetsGroup *self)
{
  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      const WmkFieldSpec *spec = wmk_type_spec_lookup_field (&wmk_ehc_settings_spec,
                                                             targets[t].field);
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(spec->label));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "target", GUINT_TO_POINTER (t));
      g_signal_connect (row, "apply", G_CALLBACK (target_apply_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->target_rows, row);
    }
}

/**
 * wmk_ehc_targets_group_update:
 *
 * Shows @settings in the rows the person is not typing in.
 */
void
wmk_ehc_targets_group_update (WmkEhcTargetsGroup *self, const WmkEhcSettings *s)
{
  for (guint t = 0; t < self->target_rows->len; t++)
    {
      GtkWidget *row = self->target_rows->pdata[t];
      g_autofree char *text = target_text (self, t, s);

      GtkRoot *root = gtk_widget_get_root (row);
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      /* Never under the person's typing: only rows they are not in. */
      if (focus == NULL || (focus != row && !gtk_widget_is_ancestor (focus, row)))
        gtk_editable_set_text (GTK_EDITABLE (row), text);
    }
}


static void
wmk_ehc_targets_group_dispose (GObject *object)
{
  g_clear_object (&WMK_EHC_TARGETS_GROUP (object)->plan);
  G_OBJECT_CLASS (wmk_ehc_targets_group_parent_class)->dispose (object);
}

static void
wmk_ehc_targets_group_finalize (GObject *object)
{
  g_ptr_array_unref (WMK_EHC_TARGETS_GROUP (object)->target_rows);
  G_OBJECT_CLASS (wmk_ehc_targets_group_parent_class)->finalize (object);
}

static void
wmk_ehc_targets_group_class_init (WmkEhcTargetsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wmk_ehc_targets_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_targets_group_finalize;
  signals[SAID] = g_signal_new ("said", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
wmk_ehc_targets_group_init (WmkEhcTargetsGroup *self)
{
  self->target_rows = g_ptr_array_new ();
  build (self);
}

/* The plan whose settings item the rows change. */
void
wmk_ehc_targets_group_set_plan (WmkEhcTargetsGroup *self, WmkPlan *plan)
{
  g_return_if_fail (WMK_IS_EHC_TARGETS_GROUP (self));
  g_set_object (&self->plan, plan);
}
