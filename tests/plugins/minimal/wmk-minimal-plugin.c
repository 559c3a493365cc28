/* wmk-minimal-plugin.c: the smallest useful Waymark plugin
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example of docs/plugins.md. It records family survey results (how many
 * families answered, how many rated services "good" or better) and adds:
 *   - one entity type, "minimal.survey", stored, synced, exported and undone
 *     by the core;
 *   - one KPI feed: the % rating services good or better, for the plan's
 *     KPI A-KPI1a;
 *   - one dashboard tile: the latest survey's figure;
 *   - sample data: two illustrative surveys in the built-in sample plan.
 * It uses only the installed headers (pkg-config waymark-1).
 */

#include <waymark.h>

/* 1. The entity type: fields are described exactly as the core's are. */
static const WmkFieldSpec survey_fields[] = {
  { "date", WMK_FIELD_DATE, NULL, "Survey closed" },
  { "responses", WMK_FIELD_INTEGER, NULL, "Families who answered" },
  { "rated_good", WMK_FIELD_INTEGER, NULL, "Rated services good or better" },
  { "note", WMK_FIELD_TEXT, NULL, "Note" },
  { "pos", WMK_FIELD_NUMBER, NULL, "Position" },
};

static const WmkTypeSpec survey_spec = {
  "minimal.survey", "Family survey", survey_fields, G_N_ELEMENTS (survey_fields),
};

/* The calculation: the % of families rating services good or better. */
static gboolean
survey_percent (WmkEntity *survey, double *percent)
{
  gint64 responses = wmk_entity_get_int (survey, "responses", 0);
  gint64 good = wmk_entity_get_int (survey, "rated_good", -1);

  if (responses <= 0 || good < 0 || good > responses
      || !wmk_date_is_valid (wmk_entity_get_string (survey, "date")))
    return FALSE;
  *percent = 100.0 * (double) good / (double) responses;
  return TRUE;
}

/* 2. The KPI feed: one computed value per survey, by date. */
static GArray *
compute_feed (WmkPlan *plan, gpointer user_data)
{
  GListModel *surveys = wmk_plan_get_items (plan, survey_spec.name);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (WmkKpiFeedValue));

  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr(WmkEntity) survey = g_list_model_get_item (surveys, i);
      WmkKpiFeedValue value = { 0 };

      if (!survey_percent (survey, &value.value))
        continue;
      g_strlcpy (value.date, wmk_entity_get_string (survey, "date"), sizeof value.date);
      g_array_append_val (values, value);
    }
  return values;
}

static const WmkKpiFeed feed = {
  "A-KPI1a", "Family survey: rated good or better over families who answered", compute_feed,
};

/* 3. The dashboard tile: the latest survey (items are listed by position). */
static char *
tile_figure (WmkPlan *plan, char **caption, gpointer user_data)
{
  GListModel *surveys = wmk_plan_get_items (plan, survey_spec.name);
  guint n = g_list_model_get_n_items (surveys);
  g_autoptr(WmkEntity) latest = NULL;
  double percent;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmkEntity) survey = g_list_model_get_item (surveys, i);

      if (survey_percent (survey, &percent)
          && (latest == NULL || g_strcmp0 (wmk_entity_get_string (survey, "date"),
                                           wmk_entity_get_string (latest, "date")) > 0))
        g_set_object (&latest, survey);
    }
  if (latest == NULL || !survey_percent (latest, &percent))
    {
      *caption = g_strdup ("No family survey recorded yet");
      return g_strdup ("–");
    }
  *caption = g_strdup_printf ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                              " families rated services good or better (%s)",
                              wmk_entity_get_int (latest, "rated_good", 0),
                              wmk_entity_get_int (latest, "responses", 0),
                              wmk_entity_get_string (latest, "date"));
  return g_strdup_printf ("%.0f%%", percent);
}

static const WmkDashboardTile tile = {
  "minimal.latest-survey", "Latest family survey", NULL, tile_figure,
};

/* 4. Sample data: added to the built-in sample plan as one edit. */
static gboolean
fill_sample (WmkPlan *plan, gpointer user_data, GError **error)
{
  static const struct { const char *date; int responses, good; } surveys[] = {
    { "2023-06-30", 50, 29 },
    { "2023-09-30", 50, 31 },
  };
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add the illustrative family surveys");

  for (guint i = 0; i < G_N_ELEMENTS (surveys); i++)
    {
      g_autoptr(JsonObject) fields = json_object_new ();
      g_autofree char *id = NULL;

      json_object_set_string_member (fields, "date", surveys[i].date);
      json_object_set_int_member (fields, "responses", surveys[i].responses);
      json_object_set_int_member (fields, "rated_good", surveys[i].good);
      json_object_set_string_member (fields, "note", "Illustrative figures, not Devon's data");
      json_object_set_int_member (fields, "pos", i + 1);
      if ((id = wmk_edit_create (edit, survey_spec.name, fields, error)) == NULL)
        return FALSE;
    }
  return wmk_plan_commit (plan, edit, error);
}

/* The plugin's one class: setup declares everything through the registry. */
#define WMK_TYPE_MINIMAL_PLUGIN (wmk_minimal_plugin_get_type ())
G_DECLARE_FINAL_TYPE (WmkMinimalPlugin, wmk_minimal_plugin, WMK, MINIMAL_PLUGIN, WmkPlugin)

struct _WmkMinimalPlugin
{
  WmkPlugin parent_instance;
};

G_DEFINE_FINAL_TYPE (WmkMinimalPlugin, wmk_minimal_plugin, WMK_TYPE_PLUGIN)

static gboolean
wmk_minimal_plugin_setup (WmkPlugin *plugin, WmkPluginRegistry *registry, GError **error)
{
  if (!wmk_plugin_registry_add_type (registry, &survey_spec, WMK_TYPE_ENTITY, error))
    return FALSE;
  wmk_plugin_registry_add_kpi_feed (registry, &feed, NULL);
  wmk_plugin_registry_add_tile (registry, &tile, NULL);
  wmk_plugin_registry_add_sample (registry, fill_sample, NULL);
  return TRUE;
}

static void
wmk_minimal_plugin_class_init (WmkMinimalPluginClass *klass)
{
  WMK_PLUGIN_CLASS (klass)->setup = wmk_minimal_plugin_setup;
}

static void
wmk_minimal_plugin_init (WmkMinimalPlugin *self)
{
}

/* The one exported symbol: who the plugin is, checked before anything runs. */
WMK_PLUGIN_DEFINE ("minimal", "Minimal example", "1.0",
                   "Family survey results, feeding KPI A-KPI1a.", "A",
                   wmk_minimal_plugin_get_type)
