/* wmk-trajectory-scale.c: where a KPI's dates and values fall on its chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arithmetic of the trajectory chart, apart from its drawing: which
 * dates and values the axes span, at what steps, and where a day and a
 * value land in the plot. Dates are julian days, so a span is a number of
 * days. It needs no display (GLib and the KPI's trajectory only), so that
 * it can be checked, and moved, without a window.
 */

#include "config.h"

#include "wmk-trajectory-scale.h"

#include <math.h>
#include <stdlib.h>

#define DAYS_PER_MONTH 30.44

/**
 * wmk_trajectory_day:
 * @iso: (nullable): a date, YYYY-MM-DD
 *
 * Returns: @iso's julian day, or 0 if it is not a date
 */
double
wmk_trajectory_day (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (wmk_date_is_valid (iso))
    g_date_set_dmy (&date, atoi (iso + 8), atoi (iso + 5), atoi (iso));
  return g_date_valid (&date) ? g_date_get_julian (&date) : 0;
}

static void
extend (double *lo, double *hi, double value)
{
  *lo = MIN (*lo, value);
  *hi = MAX (*hi, value);
}

/**
 * wmk_trajectory_scale_fit:
 * @today: (nullable): YYYY-MM-DD; it joins the date axis unless it is far from the data
 *
 * Spans the axes over the start, the targets with their tolerance, and the
 * measurements, with a margin, the values at round steps.
 *
 * Returns: %FALSE if there is no dated point to draw
 */
gboolean
wmk_trajectory_scale_fit (WmkTrajectoryScale *self, WmkKpiTrajectory *t, const char *today)
{
  const WmkKpiPoint *start = wmk_kpi_trajectory_get_start (t);
  double tolerance = wmk_kpi_trajectory_get_tolerance (t);
  double lo = INFINITY, hi = -INFINITY, first = INFINITY, last = -INFINITY, now, span, pad;
  guint n_targets = wmk_kpi_trajectory_get_n_targets (t);
  guint n_measured = wmk_kpi_trajectory_get_n_measurements (t);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (t != NULL, FALSE);

  if (start)
    extend (&first, &last, wmk_trajectory_day (start->date)), extend (&lo, &hi, start->value);
  for (guint i = 0; i < n_targets; i++)
    {
      const WmkKpiPoint *p = wmk_kpi_trajectory_get_target (t, i);
      extend (&first, &last, wmk_trajectory_day (p->date));
      extend (&lo, &hi, p->value - tolerance);
      extend (&lo, &hi, p->value + tolerance);
    }
  for (guint i = 0; i < n_measured; i++)
    {
      const WmkKpiPoint *p = wmk_kpi_trajectory_get_measurement (t, i);
      extend (&first, &last, wmk_trajectory_day (p->date));
      extend (&lo, &hi, p->value);
    }
  if (!isfinite (first))
    return FALSE;

  /* Today joins the axis unless it is far beyond the data. */
  now = wmk_trajectory_day (today);
  span = MAX (last - first, 60);
  if (now > 0 && now >= first - span / 4 && now <= last + span / 4)
    extend (&first, &last, now);
  span = MAX (last - first, 60);
  self->x_min = first - span * 0.04;
  self->x_max = last + span * 0.04;

  pad = MAX ((hi - lo) * 0.08, MAX (fabs (hi) * 0.05, 0.5));
  self->y_step = pow (10, floor (log10 ((hi - lo + 2 * pad) / 5)));
  for (guint i = 0; (hi - lo + 2 * pad) / self->y_step > 6 && i < 3; i++)
    self->y_step *= i == 1 ? 2.5 : 2;
  self->y_min = floor ((lo - pad) / self->y_step) * self->y_step;
  self->y_max = ceil ((hi + pad) / self->y_step) * self->y_step;
  /* A count or a share is never below nothing, nor a share above all. */
  if (lo >= 0 && self->y_min < 0)
    self->y_min = 0;
  if (g_strcmp0 (wmk_kpi_trajectory_get_unit (t), "%") == 0 && hi <= 100 && self->y_max > 100)
    self->y_max = 100;
  return TRUE;
}

/* The plot's place in the widget, in pixels, y down. */
void
wmk_trajectory_scale_set_plot (WmkTrajectoryScale *self, double left, double top, double width,
                               double height)
{
  g_return_if_fail (self != NULL);

  self->left = left;
  self->top = top;
  self->width = width;
  self->height = height;
}

double
wmk_trajectory_scale_x (const WmkTrajectoryScale *self, double day)
{
  return self->left + (day - self->x_min) / (self->x_max - self->x_min) * self->width;
}

double
wmk_trajectory_scale_y (const WmkTrajectoryScale *self, double value)
{
  return self->top + self->height
         - (value - self->y_min) / (self->y_max - self->y_min) * self->height;
}

/**
 * wmk_trajectory_scale_month_step:
 * @label_width: the widest month label, with room around it, in pixels
 *
 * Returns: the months between ticks on the date axis: as few as let the
 * labels fit, 1, 2, 3, 6, 12, 24 or 60
 */
int
wmk_trajectory_scale_month_step (const WmkTrajectoryScale *self, int label_width)
{
  static const int steps[] = { 1, 2, 3, 6, 12, 24, 60 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if ((self->x_max - self->x_min) / DAYS_PER_MONTH / steps[i] * label_width <= self->width)
      return steps[i];
  return 60;
}

/**
 * wmk_trajectory_scale_first_month:
 * @month: (out caller-allocates): the first tick
 *
 * The first 1st of a month on the axis; with a step of several months, the
 * first that starts a quarter, a half or a year.
 */
void
wmk_trajectory_scale_first_month (const WmkTrajectoryScale *self, int step, GDate *month)
{
  g_return_if_fail (step > 0);

  g_date_clear (month, 1);
  g_date_set_julian (month, (guint32) ceil (self->x_min));
  g_date_set_day (month, 1);
  while (g_date_get_julian (month) < self->x_min || (g_date_get_month (month) - 1) % MIN (step, 12))
    g_date_add_months (month, 1);
}

/**
 * wmk_trajectory_scale_expected_corners:
 *
 * Returns: (transfer full) (element-type WmkTrajectoryCorner): the corners of
 * the expected line: the start, the targets, then level to the axis's end
 */
GArray *
wmk_trajectory_scale_expected_corners (const WmkTrajectoryScale *self, WmkKpiTrajectory *t)
{
  const WmkKpiPoint *start = wmk_kpi_trajectory_get_start (t);
  GArray *corners = g_array_new (FALSE, FALSE, sizeof (WmkTrajectoryCorner));
  WmkTrajectoryCorner c;

  if (start)
    {
      c = (WmkTrajectoryCorner) { wmk_trajectory_day (start->date), start->value };
      g_array_append_val (corners, c);
    }
  for (guint i = 0; i < wmk_kpi_trajectory_get_n_targets (t); i++)
    {
      const WmkKpiPoint *target = wmk_kpi_trajectory_get_target (t, i);
      c = (WmkTrajectoryCorner) { wmk_trajectory_day (target->date), target->value };
      g_array_append_val (corners, c);
    }
  if (corners->len > 0)
    {
      c = g_array_index (corners, WmkTrajectoryCorner, corners->len - 1);
      c.day = MAX (c.day, self->x_max);
      g_array_append_val (corners, c);
    }
  return corners;
}
