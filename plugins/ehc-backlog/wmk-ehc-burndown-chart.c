/* wmk-ehc-burndown-chart.c: the backlog burn-down chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One bar a month, stacked: overdue annual reviews solid, needs assessments
 * waiting hatched above them, so the bar's height is the backlog C-KPI7
 * counts. Over them: the trajectory the plan needed (dashed, from the
 * baseline to nothing at the clearance target, a hollow diamond), the
 * forecast from the trailing throughput (dotted, to the month it clears, or
 * onwards where it is not clearing) and today (a dotted line and the word).
 * Every mark has its own shape and the legend names it; a screen reader
 * hears the page's sentence about the same figures.
 */

#include "wmk-ehc-burndown-chart.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-chart-draw.h"

struct _WmkEhcBurndownChart
{
  GtkWidget       parent_instance;

  GArray         *months;    /* WmkEhcMonth */
  WmkEhcSettings  settings;
  WmkEhcSummary   summary;
  char           *today;
};

G_DEFINE_FINAL_TYPE (WmkEhcBurndownChart, wmk_ehc_burndown_chart, GTK_TYPE_WIDGET)

static const double dash[] = { 7, 5 }, dots[] = { 2, 4 };

static void
draw_legend (WmkEhcChartFrame *f, double y)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (f->widget);
  cairo_t *cr = f->cr;
  double x = f->plot.origin.x;
  g_autofree char *target = wmk_ehc_month_name (self->settings.clearance_month);
  g_autofree char *needed = g_strdup_printf (_("Needed to clear by %s"), target);
  const char *labels[] = { _("Reviews overdue"), _("Assessments waiting"), needed,
                           _("Forecast") };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      cairo_set_line_width (cr, i < 2 ? 1 : 2);
      if (i == 0)
        {
          cairo_rectangle (cr, x + 0.5, y - 6.5, 14, 13);
          gdk_cairo_set_source_rgba (cr, &f->accent_soft);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &f->accent);
          cairo_stroke (cr);
        }
      else if (i == 1)
        {
          wmk_ehc_chart_hatch (f, x, y - 7, 14, 13, &f->accent);
          cairo_rectangle (cr, x + 0.5, y - 6.5, 14, 13);
          gdk_cairo_set_source_rgba (cr, &f->accent);
          cairo_stroke (cr);
        }
      else
        {
          cairo_set_dash (cr, i == 2 ? dash : dots, 2, 0);
          gdk_cairo_set_source_rgba (cr, &f->fg);
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + 24, y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      wmk_ehc_chart_text (f, labels[i], x + (i < 2 ? 20 : 30), y, WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_CENTER, &f->dim, WMK_EHC_TEXT_SMALL);
      x += (i < 2 ? 32 : 42) + wmk_ehc_chart_text_width (f, labels[i], WMK_EHC_TEXT_SMALL);
    }
}

static void
draw_bars (WmkEhcChartFrame *f)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (f->widget);
  cairo_t *cr = f->cr;
  double slot = wmk_ehc_chart_slot (f), width = MAX (MIN (slot * 0.7, 36), 2);

  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (self->months, WmkEhcMonth, i);
      double reviews = m->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE];
      double waiting = m->figure[WMK_EHC_ASSESSMENT_BACKLOG];
      double x = round (wmk_ehc_chart_x (f, m->index + 0.5) - width / 2) + 0.5;
      double base = wmk_ehc_chart_y (f, 0), top;

      if (!isnan (reviews) && reviews > 0)
        {
          top = wmk_ehc_chart_y (f, reviews);
          cairo_rectangle (cr, x, top, width, base - top);
          gdk_cairo_set_source_rgba (cr, &f->accent_soft);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &f->accent);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          base = top;
        }
      if (!isnan (waiting) && waiting > 0)
        {
          top = wmk_ehc_chart_y (f, (isnan (reviews) ? 0 : reviews) + waiting);
          wmk_ehc_chart_hatch (f, x, top, width, base - top, &f->accent);
          cairo_rectangle (cr, x, top, width, base - top);
          gdk_cairo_set_source_rgba (cr, &f->accent);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
    }
}

static void
draw_needed (WmkEhcChartFrame *f)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (f->widget);
  const WmkEhcSettings *s = &self->settings;
  double total = s->baseline_reviews + s->baseline_assessments;
  double x0 = wmk_ehc_chart_x (f, s->baseline_month + 0.5), y0 = wmk_ehc_chart_y (f, total);
  double x1 = wmk_ehc_chart_x (f, s->clearance_month + 0.5), y1 = wmk_ehc_chart_y (f, 0);
  g_autofree char *month = wmk_ehc_month_name (s->clearance_month);
  g_autofree char *label = g_strdup_printf (_("Target: cleared by %s"), month);
  cairo_t *cr = f->cr;

  if (s->clearance_month <= s->baseline_month)
    return;
  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  wmk_ehc_chart_diamond (cr, x1, y1, 7);
  gdk_cairo_set_source_rgba (cr, &f->plate[0]);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_stroke (cr);
  wmk_ehc_chart_text (f, label, x1 + 4, y1 - 12, WMK_EHC_ANCHOR_START, WMK_EHC_ANCHOR_END,
                      &f->fg, WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
}

static void
draw_forecast (WmkEhcChartFrame *f)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (f->widget);
  const WmkEhcForecast *t = &self->summary.total;
  double x0 = wmk_ehc_chart_x (f, t->latest_month + 0.5), y0 = wmk_ehc_chart_y (f, t->latest);
  g_autofree char *latest = wmk_ehc_format_count (t->latest);
  g_autofree char *label = NULL;
  double x1, y1;
  cairo_t *cr = f->cr;

  if (t->state == WMK_EHC_FORECAST_NO_FIGURES)
    return;
  wmk_ehc_chart_text (f, latest, x0, y0 - 4, WMK_EHC_ANCHOR_CENTER, WMK_EHC_ANCHOR_END, &f->fg,
                      WMK_EHC_TEXT_BOLD | WMK_EHC_TEXT_PLATE);
  if (t->state == WMK_EHC_FORECAST_CLEARING)
    {
      int end = MIN (t->clear_month, f->month_max);
      g_autofree char *month = wmk_ehc_month_name (t->clear_month);

      x1 = wmk_ehc_chart_x (f, end + 0.5);
      y1 = wmk_ehc_chart_y (f, MAX (t->latest - t->rate * (end - t->latest_month), 0));
      label = g_strdup_printf (_("Forecast: clears %s"), month);
    }
  else if (t->state == WMK_EHC_FORECAST_NOT_CLEARING)
    {
      int end = MIN (t->latest_month + 3, f->month_max);

      x1 = wmk_ehc_chart_x (f, end + 0.5);
      y1 = wmk_ehc_chart_y (f, MIN (t->latest - t->rate * (end - t->latest_month), f->y_max));
      label = g_strdup (_("Not clearing at this rate"));
    }
  else
    return;

  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_set_line_width (cr, 2.5);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 2);
  cairo_arc (cr, x1, y1, 5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &f->plate[0]);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_stroke (cr);
  wmk_ehc_chart_text (f, label, MIN (x1, f->plot.origin.x + f->plot.size.width) - 4, y1 - 10,
                      WMK_EHC_ANCHOR_END, WMK_EHC_ANCHOR_END, &f->fg,
                      WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
}

static void
wmk_ehc_burndown_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const WmkEhcSettings *s = &self->settings;
  const WmkEhcForecast *t = &self->summary.total;
  WmkEhcChartFrame f;
  double top = s->baseline_reviews + s->baseline_assessments;

  wmk_ehc_chart_frame_init (&f, widget, snapshot);
  if (self->months == NULL || self->months->len == 0)
    {
      wmk_ehc_chart_text (&f, _("No monthly figures to draw yet"), width / 2.0, height / 2.0,
                          WMK_EHC_ANCHOR_CENTER, WMK_EHC_ANCHOR_CENTER, &f.dim,
                          WMK_EHC_TEXT_NORMAL);
      return;
    }

  f.month_min = MIN (g_array_index (self->months, WmkEhcMonth, 0).index, s->baseline_month);
  f.month_max = MAX (g_array_index (self->months, WmkEhcMonth, self->months->len - 1).index,
                     s->clearance_month);
  if (t->state == WMK_EHC_FORECAST_CLEARING)
    f.month_max = MAX (f.month_max, MIN (t->clear_month, t->latest_month + 36));
  else if (t->state == WMK_EHC_FORECAST_NOT_CLEARING)
    f.month_max = MAX (f.month_max, t->latest_month + 3);
  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (self->months, WmkEhcMonth, i);
      double r = m->figure[WMK_EHC_ANNUAL_REVIEWS_OVERDUE], a = m->figure[WMK_EHC_ASSESSMENT_BACKLOG];

      top = MAX (top, (isnan (r) ? 0 : r) + (isnan (a) ? 0 : a));
    }
  f.y_min = 0;
  f.y_step = wmk_ehc_chart_nice_step (top * 1.1, 5);
  f.y_max = ceil (top * 1.1 / f.y_step) * f.y_step;
  wmk_ehc_chart_frame_fit (&f, width, height, 40, NULL);
  f.cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_cap (f.cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (f.cr, CAIRO_LINE_JOIN_ROUND);

  draw_legend (&f, 12);
  wmk_ehc_chart_axes (&f, NULL);
  draw_bars (&f);
  draw_needed (&f);
  wmk_ehc_chart_today (&f, self->today);
  draw_forecast (&f);
  cairo_destroy (f.cr);
}

static void
wmk_ehc_burndown_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                int *minimum, int *natural, int *minimum_baseline,
                                int *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 320 : 240;
  *natural = horizontal ? 720 : 320;
}

/**
 * wmk_ehc_burndown_chart_set_data:
 * @months: (transfer none): sorted #WmkEhcMonth; copied
 * @summary_text: what the chart shows, in words, for a screen reader
 */
void
wmk_ehc_burndown_chart_set_data (WmkEhcBurndownChart *self, GArray *months,
                                 const WmkEhcSettings *settings, const WmkEhcSummary *summary,
                                 const char *summary_text)
{
  g_return_if_fail (WMK_IS_EHC_BURNDOWN_CHART (self));

  g_clear_pointer (&self->months, g_array_unref);
  self->months = g_array_copy (months);
  for (guint i = 0; i < self->months->len; i++)
    g_array_index (self->months, WmkEhcMonth, i).id = NULL; /* not kept: the plan owns them */
  self->settings = *settings;
  self->summary = *summary;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  summary_text, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary_text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @today: YYYY-MM-DD; screenshots pin it, the page leaves the real date */
void
wmk_ehc_burndown_chart_set_today (WmkEhcBurndownChart *self, const char *today)
{
  g_return_if_fail (WMK_IS_EHC_BURNDOWN_CHART (self));

  g_free (self->today);
  self->today = g_strdup (today);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_ehc_burndown_chart_finalize (GObject *object)
{
  WmkEhcBurndownChart *self = WMK_EHC_BURNDOWN_CHART (object);

  g_clear_pointer (&self->months, g_array_unref);
  g_free (self->today);
  G_OBJECT_CLASS (wmk_ehc_burndown_chart_parent_class)->finalize (object);
}

static void
wmk_ehc_burndown_chart_class_init (WmkEhcBurndownChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_burndown_chart_finalize;
  widget_class->snapshot = wmk_ehc_burndown_chart_snapshot;
  widget_class->measure = wmk_ehc_burndown_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "ehc-burndown-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_ehc_burndown_chart_init (WmkEhcBurndownChart *self)
{
  self->today = wmk_today_iso ();
  wmk_ehc_settings_init (&self->settings);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Backlog burn-down chart"), -1);
}

GtkWidget *
wmk_ehc_burndown_chart_new (void)
{
  return g_object_new (WMK_TYPE_EHC_BURNDOWN_CHART, NULL);
}
