/* wmk-kpi-trajectory.c: where a KPI should be by a date, and whether it is there
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KPI's trajectory is the straight line from its baseline through each of
 * its dated targets in turn; after the last target it stays at that target.
 * A measurement is on trajectory unless it is worse than the line by more
 * than the KPI's tolerance, "worse" meaning lower for a KPI that should go up
 * and higher for one that should go down.
 *
 * Plans are written by people, so the data is often partial:
 *   - a target with no date ("by when TBC") or no number ("the majority")
 *     cannot be drawn or judged, and is left out of the line;
 *   - a baseline value with no date is taken to be as at the notice, when
 *     the plan started;
 *   - with no baseline value at all, the first measurement stands in for it,
 *     so the line runs from where the KPI was first measured to its target;
 *   - with no direction, a KPI whose targets are below its start goes down.
 */

#include "config.h"

#include "wmk-kpi-trajectory.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wmk-format.h"
#include "wmk-kpi-values.h"

struct _WmkKpiTrajectory
{
  char        *unit;
  gboolean     down;
  double       tolerance;
  WmkKpiStart  start_kind;
  WmkKpiPoint  start;
  GArray      *targets;       /* WmkKpiPoint, by date */
  GArray      *measurements;  /* WmkKpiPoint, by date */
  GArray      *knots;         /* WmkKpiPoint copies: the start (if any), then the targets */
};

static void
point_clear (gpointer data)
{
  WmkKpiPoint *point = data;

  g_clear_pointer (&point->date, g_free);
  g_clear_pointer (&point->text, g_free);
  g_clear_pointer (&point->id, g_free);
  g_clear_pointer (&point->source, g_free);
}

static WmkKpiPoint
point_copy (const WmkKpiPoint *point)
{
  return (WmkKpiPoint) { g_strdup (point->date), point->value, g_strdup (point->text),
                         g_strdup (point->id), g_strdup (point->source) };
}

static int
compare_points (gconstpointer a, gconstpointer b)
{
  const WmkKpiPoint *pa = a, *pb = b;

  return strcmp (pa->date, pb->date);
}

static gboolean
node_is_number (JsonNode *node)
{
  return node && JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static void
read_targets (WmkKpiTrajectory *self, WmkEntity *kpi)
{
  JsonNode *targets = wmk_entity_get_field (kpi, "targets");

  for (guint i = 0; i < wmk_kpi_targets_get_n (targets); i++)
    {
      const char *date, *text;
      WmkKpiPoint point = { 0 };
      double value;

      if (!wmk_kpi_targets_get (targets, i, &date, &value, &text)
          || !wmk_date_is_valid (date) || isnan (value))
        continue;
      point.date = g_strdup (date);
      point.value = value;
      point.text = g_strdup (text);
      g_array_append_val (self->targets, point);
    }
  g_array_sort (self->targets, compare_points);
}

static void
read_measurements (WmkKpiTrajectory *self, GPtrArray *measurements, GArray *computed)
{
  for (guint i = 0; measurements && i < measurements->len; i++)
    {
      WmkEntity *entity = measurements->pdata[i];
      const char *date = wmk_entity_get_string (entity, "date");
      JsonNode *value = wmk_entity_get_field (entity, "value");
      WmkKpiPoint point = { 0 };

      if (!wmk_entity_get_live (entity) || !wmk_date_is_valid (date) || !node_is_number (value))
        continue;
      point.date = g_strdup (date);
      point.value = json_node_get_double (value);
      point.text = g_strdup (wmk_entity_get_string (entity, "note"));
      point.id = g_strdup (wmk_entity_get_id (entity));
      g_array_append_val (self->measurements, point);
    }
  /* The plugins' computed values count as measurements, marked by their source. */
  for (guint i = 0; computed && i < computed->len; i++)
    {
      const WmkKpiComputedValue *value = &g_array_index (computed, WmkKpiComputedValue, i);
      WmkKpiPoint point = { 0 };

      point.date = g_strdup (value->date);
      point.value = value->value;
      point.source = g_strdup (value->source);
      g_array_append_val (self->measurements, point);
    }
  /* Stable, so two measurements on one day keep the order they were given. */
  g_array_sort (self->measurements, compare_points);
}

static void
find_start (WmkKpiTrajectory *self, WmkEntity *kpi, const char *notice_date)
{
  JsonNode *baseline = wmk_entity_get_field (kpi, "baseline_value");
  const char *baseline_date = wmk_entity_get_string (kpi, "baseline_date");

  if (node_is_number (baseline) && (wmk_date_is_valid (baseline_date)
                                    || wmk_date_is_valid (notice_date)))
    {
      gboolean dated = wmk_date_is_valid (baseline_date);

      self->start_kind = dated ? WMK_KPI_START_BASELINE : WMK_KPI_START_BASELINE_UNDATED;
      self->start.date = g_strdup (dated ? baseline_date : notice_date);
      self->start.value = json_node_get_double (baseline);
      self->start.text = g_strdup (wmk_entity_get_string (kpi, "baseline_text"));
    }
  else if (self->measurements->len > 0)
    {
      const WmkKpiPoint *first = &g_array_index (self->measurements, WmkKpiPoint, 0);

      /* A first measurement after the first target is no starting point. */
      if (self->targets->len == 0
          || strcmp (first->date, g_array_index (self->targets, WmkKpiPoint, 0).date) < 0)
        {
          self->start_kind = WMK_KPI_START_FIRST_MEASUREMENT;
          self->start = point_copy (first);
        }
    }
}

static WmkKpiTrajectory *trajectory_new (WmkEntity  *kpi,
                                         GPtrArray  *measurements,
                                         GArray     *computed,
                                         const char *notice_date);

/**
 * wmk_kpi_trajectory_new:
 * @kpi: a KPI entity
 * @measurements: (element-type WmkEntity) (nullable): its measurement entities
 * @notice_date: (nullable): the date a baseline without a date is taken to be at
 *
 * Reads the KPI's baseline, targets, direction, tolerance and unit, and the
 * measurements' dates and values, as they are now. It keeps no reference to
 * the entities: make a new one when they change.
 *
 * Returns: (transfer full): the trajectory
 */
WmkKpiTrajectory *
wmk_kpi_trajectory_new (WmkEntity *kpi, GPtrArray *measurements, const char *notice_date)
{
  g_return_val_if_fail (WMK_IS_ENTITY (kpi), NULL);

  return trajectory_new (kpi, measurements, NULL, notice_date);
}

static WmkKpiTrajectory *
trajectory_new (WmkEntity *kpi, GPtrArray *measurements, GArray *computed,
                const char *notice_date)
{
  WmkKpiTrajectory *self;
  const char *direction;

  self = g_atomic_rc_box_new0 (WmkKpiTrajectory);
  self->unit = g_strdup (wmk_entity_get_string (kpi, "unit"));
  self->tolerance = fabs (wmk_entity_get_number (kpi, "tolerance", 0));
  self->targets = g_array_new (FALSE, TRUE, sizeof (WmkKpiPoint));
  self->measurements = g_array_new (FALSE, TRUE, sizeof (WmkKpiPoint));
  self->knots = g_array_new (FALSE, TRUE, sizeof (WmkKpiPoint));
  g_array_set_clear_func (self->targets, point_clear);
  g_array_set_clear_func (self->measurements, point_clear);
  g_array_set_clear_func (self->knots, point_clear);

  read_targets (self, kpi);
  read_measurements (self, measurements, computed);
  find_start (self, kpi, notice_date);

  if (self->start_kind != WMK_KPI_START_NONE)
    {
      WmkKpiPoint start = point_copy (&self->start);
      g_array_append_val (self->knots, start);
    }
  for (guint i = 0; i < self->targets->len; i++)
    {
      WmkKpiPoint target = point_copy (&g_array_index (self->targets, WmkKpiPoint, i));
      g_array_append_val (self->knots, target);
    }
  g_array_sort (self->knots, compare_points);

  direction = wmk_entity_get_string (kpi, "direction");
  if (direction)
    self->down = g_str_equal (direction, "down");
  else if (self->knots->len >= 2)
    self->down = g_array_index (self->knots, WmkKpiPoint, self->knots->len - 1).value
                 < g_array_index (self->knots, WmkKpiPoint, 0).value;
  return self;
}

/**
 * wmk_kpi_trajectory_new_for_plan:
 *
 * The trajectory of @kpi with its measurements in @plan and the values the
 * plugins' KPI feeds compute for it (wmk_kpi_compute_values(): a stored
 * measurement wins over a computed one of the same date), taking an undated
 * baseline to be as at the plan's notice. Computed values have a source and
 * no id.
 *
 * Returns: (transfer full): the trajectory
 */
WmkKpiTrajectory *
wmk_kpi_trajectory_new_for_plan (WmkPlan *plan, WmkEntity *kpi)
{
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GArray) computed = NULL;
  WmkPlanInfo *info;

  g_return_val_if_fail (WMK_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WMK_IS_ENTITY (kpi), NULL);

  measurements = wmk_plan_dup_children (plan, wmk_entity_get_id (kpi), "measurement");
  computed = wmk_kpi_compute_values (plan, kpi);
  info = wmk_plan_get_info (plan);
  return trajectory_new (kpi, measurements, computed,
                         info ? wmk_plan_info_get_notice_issued (info) : NULL);
}

WmkKpiTrajectory *
wmk_kpi_trajectory_ref (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
trajectory_clear (gpointer data)
{
  WmkKpiTrajectory *self = data;

  g_free (self->unit);
  point_clear (&self->start);
  g_array_unref (self->targets);
  g_array_unref (self->measurements);
  g_array_unref (self->knots);
}

void
wmk_kpi_trajectory_unref (WmkKpiTrajectory *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, trajectory_clear);
}

/* Returns: (nullable): the KPI's unit as written ("%", "count") */
const char *
wmk_kpi_trajectory_get_unit (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unit;
}

/* Returns: whether lower values are better */
gboolean
wmk_kpi_trajectory_is_down (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->down;
}

/* Returns: how far worse than expected still counts as on trajectory, in the KPI's unit */
double
wmk_kpi_trajectory_get_tolerance (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->tolerance;
}

WmkKpiStart
wmk_kpi_trajectory_get_start_kind (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, WMK_KPI_START_NONE);
  return self->start_kind;
}

/* Returns: (nullable): where the expected line starts */
const WmkKpiPoint *
wmk_kpi_trajectory_get_start (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->start_kind == WMK_KPI_START_NONE ? NULL : &self->start;
}

/* The targets that have both a date and a number, by date. */
guint
wmk_kpi_trajectory_get_n_targets (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->targets->len;
}

const WmkKpiPoint *
wmk_kpi_trajectory_get_target (WmkKpiTrajectory *self, guint index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->targets->len, NULL);
  return &g_array_index (self->targets, WmkKpiPoint, index);
}

/* The measurements that have both a date and a number, by date. */
guint
wmk_kpi_trajectory_get_n_measurements (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->measurements->len;
}

const WmkKpiPoint *
wmk_kpi_trajectory_get_measurement (WmkKpiTrajectory *self, guint index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->measurements->len, NULL);
  return &g_array_index (self->measurements, WmkKpiPoint, index);
}

/* Returns: (nullable): the most recent measurement */
const WmkKpiPoint *
wmk_kpi_trajectory_get_latest (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->measurements->len == 0)
    return NULL;
  return &g_array_index (self->measurements, WmkKpiPoint, self->measurements->len - 1);
}

/**
 * wmk_kpi_trajectory_get_expected:
 * @date: YYYY-MM-DD
 * @value: (out): where the KPI should be on @date
 *
 * Before the start the line is level at the start, and after the last
 * target level at that target.
 *
 * Returns: %FALSE if the KPI has no dated numeric target
 */
gboolean
wmk_kpi_trajectory_get_expected (WmkKpiTrajectory *self, const char *date, double *value)
{
  GArray *knots;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (wmk_date_is_valid (date), FALSE);

  knots = self->knots;
  if (self->targets->len == 0)
    return FALSE;

  for (guint i = 0; i < knots->len; i++)
    {
      const WmkKpiPoint *knot = &g_array_index (knots, WmkKpiPoint, i);
      const WmkKpiPoint *before;
      double elapsed, span;

      if (strcmp (date, knot->date) > 0)
        continue;
      if (i == 0 || g_str_equal (date, knot->date))
        {
          *value = knot->value;
          return TRUE;
        }
      before = &g_array_index (knots, WmkKpiPoint, i - 1);
      elapsed = wmk_days_between (before->date, date);
      span = wmk_days_between (before->date, knot->date);
      *value = before->value + (knot->value - before->value) * elapsed / span;
      return TRUE;
    }
  *value = g_array_index (knots, WmkKpiPoint, knots->len - 1).value;
  return TRUE;
}

/**
 * wmk_kpi_trajectory_is_off:
 * @point: a measurement
 *
 * Returns: whether @point is worse than expected on its date by more than
 * the tolerance (%FALSE when there is nothing to judge it by)
 */
gboolean
wmk_kpi_trajectory_is_off (WmkKpiTrajectory *self, const WmkKpiPoint *point)
{
  double expected, shortfall;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  if (!wmk_kpi_trajectory_get_expected (self, point->date, &expected))
    return FALSE;
  shortfall = self->down ? point->value - expected : expected - point->value;
  /* A small allowance for values like 0.1 + 0.2 typed by people. */
  return shortfall > self->tolerance + 1e-9 * MAX (1.0, fabs (expected));
}

WmkKpiStatus
wmk_kpi_trajectory_get_status (WmkKpiTrajectory *self)
{
  const WmkKpiPoint *latest;

  g_return_val_if_fail (self != NULL, WMK_KPI_STATUS_NO_DATA);

  latest = wmk_kpi_trajectory_get_latest (self);
  if (latest == NULL)
    return WMK_KPI_STATUS_NO_DATA;
  if (self->targets->len == 0)
    return WMK_KPI_STATUS_NO_TRAJECTORY;
  return wmk_kpi_trajectory_is_off (self, latest) ? WMK_KPI_STATUS_OFF_TRAJECTORY
                                                  : WMK_KPI_STATUS_ON_TRAJECTORY;
}

/* Returns: (nullable): the first target on or after @today */
const WmkKpiPoint *
wmk_kpi_trajectory_get_next_target (WmkKpiTrajectory *self, const char *today)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  for (guint i = 0; i < self->targets->len; i++)
    if (strcmp (g_array_index (self->targets, WmkKpiPoint, i).date, today) >= 0)
      return &g_array_index (self->targets, WmkKpiPoint, i);
  return NULL;
}

/* Returns: (nullable): the latest-dated target */
const WmkKpiPoint *
wmk_kpi_trajectory_get_last_target (WmkKpiTrajectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->targets->len == 0)
    return NULL;
  return &g_array_index (self->targets, WmkKpiPoint, self->targets->len - 1);
}

/**
 * wmk_kpi_trajectory_dup_summary:
 * @ref: (nullable): the KPI's ref
 *
 * One sentence for a screen reader or a report: "Trajectory of A-KPI1a: 58%
 * on 31 Mar 2023, expected 62%, off trajectory".
 *
 * Returns: (transfer full): the sentence
 */
char *
wmk_kpi_trajectory_dup_summary (WmkKpiTrajectory *self, const char *ref)
{
  const WmkKpiPoint *latest, *last;
  g_autofree char *value = NULL, *date = NULL, *expected_text = NULL;
  g_autofree char *target = NULL, *target_date = NULL;
  double expected;

  g_return_val_if_fail (self != NULL, NULL);

  if (ref == NULL)
    ref = "";
  latest = wmk_kpi_trajectory_get_latest (self);
  last = wmk_kpi_trajectory_get_last_target (self);
  if (last)
    {
      target = wmk_kpi_format_value (last->value, self->unit);
      target_date = wmk_kpi_format_date (last->date);
    }
  if (latest == NULL && last == NULL)
    return g_strdup_printf (_("Trajectory of %s: no measurements and no dated target yet"), ref);
  if (latest == NULL)
    return g_strdup_printf (_("Trajectory of %s: no measurements yet, target %s by %s"), ref,
                            target, target_date);

  value = wmk_kpi_format_value (latest->value, self->unit);
  date = wmk_kpi_format_date (latest->date);
  if (!wmk_kpi_trajectory_get_expected (self, latest->date, &expected))
    return g_strdup_printf (_("Trajectory of %s: %s on %s, no dated target to compare with"),
                            ref, value, date);
  expected_text = wmk_kpi_format_value (expected, self->unit);
  /* TRANSLATORS: "Trajectory of A-KPI1a: 58% on 31 Mar 2023, expected 62%, off trajectory" */
  return g_strdup_printf (_("Trajectory of %s: %s on %s, expected %s, %s"), ref, value, date,
                          expected_text,
                          wmk_kpi_trajectory_is_off (self, latest) ? _("off trajectory")
                                                                   : _("on trajectory"));
}

/* Returns: the status in a few words, with a capital: "Off trajectory" */
const char *
wmk_kpi_status_word (WmkKpiStatus status)
{
  switch (status)
    {
    case WMK_KPI_STATUS_ON_TRAJECTORY: return _("On trajectory");
    case WMK_KPI_STATUS_OFF_TRAJECTORY: return _("Off trajectory");
    case WMK_KPI_STATUS_NO_TRAJECTORY: return _("No dated target");
    case WMK_KPI_STATUS_NO_DATA:
    default: return _("No measurements yet");
    }
}
