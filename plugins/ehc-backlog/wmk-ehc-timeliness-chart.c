/* wmk-ehc-timeliness-chart.c: % of EHC plans issued within 20 weeks, as a chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each month's % is an outlined bar; the 12 months to each month a solid
 * line with filled dots (summed, not averaged); the national average the
 * plan quotes a dashed level line; the plan's target a dash-dot level line
 * ending in a hollow diamond at its date. Each is named in the legend and
 * by a label beside it, so nothing rests on colour.
 */

#include "wmk-ehc-timeliness-chart.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-chart-draw.h"

struct _WmkEhcTimelinessChart
{
  GtkWidget       parent_instance;

  GArray         *months;   /* WmkEhcMonth */
  GArray         *rolling;  /* WmkEhcRatio, one per month */
  WmkEhcSettings  settings;
  char           *today;
};

G_DEFINE_FINAL_TYPE (WmkEhcTimelinessChart, wmk_ehc_timeliness_chart, GTK_TYPE_WIDGET)

static const double dash[] = { 7, 5 }, dash_dot[] = { 9, 4, 2, 4 };

static void
draw_legend (WmkEhcChartFrame *f, double y)
{
  cairo_t *cr = f->cr;
  double x = f->plot.origin.x;
  const char *labels[] = { _("Each month"), _("12 months to the month"), _("National average"),
                           _("Target") };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gdk_cairo_set_source_rgba (cr, i == 0 ? &f->accent : &f->fg);
      cairo_set_line_width (cr, i == 0 ? 1 : 2);
      switch (i)
        {
        case 0:
          cairo_rectangle (cr, x + 0.5, y - 6.5, 12, 13);
          cairo_stroke (cr);
          break;
        case 1:
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + 24, y);
          cairo_stroke (cr);
          cairo_arc (cr, x + 12, y, 4, 0, 2 * G_PI);
          cairo_fill (cr);
          break;
        case 2:
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + 24, y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;
        default:
          cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + 16, y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          wmk_ehc_chart_diamond (cr, x + 20, y, 5);
          cairo_stroke (cr);
          break;
        }
      wmk_ehc_chart_text (f, labels[i], x + (i == 0 ? 18 : 30), y, WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_CENTER, &f->dim, WMK_EHC_TEXT_SMALL);
      x += (i == 0 ? 30 : 42) + wmk_ehc_chart_text_width (f, labels[i], WMK_EHC_TEXT_SMALL);
    }
}

static void
draw_levels (WmkEhcChartFrame *f)
{
  WmkEhcTimelinessChart *self = WMK_EHC_TIMELINESS_CHART (f->widget);
  const WmkEhcSettings *s = &self->settings;
  double left = f->plot.origin.x, right = left + f->plot.size.width;
  double target_x = wmk_ehc_chart_x (f, wmk_ehc_chart_month_of_date (s->timeliness_date));
  double y;
  g_autofree char *national = wmk_ehc_percent_text (s->national_average);
  g_autofree char *target = wmk_ehc_percent_text (s->timeliness_target);
  g_autofree char *by = wmk_date_format (s->timeliness_date, "%b %Y");
  g_autofree char *national_label = g_strdup_printf (_("National average %s"), national);
  g_autofree char *target_label = g_strdup_printf (_("Target %s by %s"), target, by);
  cairo_t *cr = f->cr;

  if (isnan (target_x))
    target_x = right;
  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_set_line_width (cr, 2);
  if (!isnan (s->national_average))
    {
      y = round (wmk_ehc_chart_y (f, s->national_average)) + 0.5;
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
      wmk_ehc_chart_text (f, national_label, left + 4, y - 3, WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_END, &f->fg, WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
    }
  if (!isnan (s->timeliness_target))
    {
      y = round (wmk_ehc_chart_y (f, s->timeliness_target)) + 0.5;
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, target_x, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      wmk_ehc_chart_diamond (cr, target_x, y, 7);
      gdk_cairo_set_source_rgba (cr, &f->plate[0]);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &f->fg);
      cairo_stroke (cr);
      wmk_ehc_chart_text (f, target_label, target_x - 10, y + 4, WMK_EHC_ANCHOR_END,
                          WMK_EHC_ANCHOR_START, &f->fg, WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_series (WmkEhcChartFrame *f)
{
  WmkEhcTimelinessChart *self = WMK_EHC_TIMELINESS_CHART (f->widget);
  double slot = wmk_ehc_chart_slot (f), width = MAX (MIN (slot * 0.6, 30), 2);
  cairo_t *cr = f->cr;
  gboolean drawing = FALSE;
  double last_x = NAN, last_y = NAN, last = NAN;

  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkEhcMonth *m = &g_array_index (self->months, WmkEhcMonth, i);
      WmkEhcRatio r;
      double x, top, base = wmk_ehc_chart_y (f, 0);

      if (!wmk_ehc_month_ratio (m, &r))
        continue;
      x = round (wmk_ehc_chart_x (f, m->index + 0.5) - width / 2) + 0.5;
      top = wmk_ehc_chart_y (f, r.percent);
      cairo_rectangle (cr, x, top, width, base - top);
      gdk_cairo_set_source_rgba (cr, &f->accent_soft);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &f->accent);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < self->rolling->len; i++)
    {
      const WmkEhcRatio *r = &g_array_index (self->rolling, WmkEhcRatio, i);
      int index = g_array_index (self->months, WmkEhcMonth, i).index;

      if (isnan (r->percent))
        {
          drawing = FALSE;
          continue;
        }
      last_x = wmk_ehc_chart_x (f, index + 0.5);
      last_y = wmk_ehc_chart_y (f, r->percent);
      last = r->percent;
      if (drawing)
        cairo_line_to (cr, last_x, last_y);
      else
        cairo_move_to (cr, last_x, last_y);
      drawing = TRUE;
    }
  cairo_stroke (cr);
  for (guint i = 0; i < self->rolling->len; i++)
    {
      const WmkEhcRatio *r = &g_array_index (self->rolling, WmkEhcRatio, i);
      int index = g_array_index (self->months, WmkEhcMonth, i).index;

      if (isnan (r->percent))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, wmk_ehc_chart_x (f, index + 0.5), wmk_ehc_chart_y (f, r->percent), 3.5, 0,
                 2 * G_PI);
    }
  cairo_fill (cr);
  if (!isnan (last))
    {
      g_autofree char *text = wmk_ehc_percent_text (last);

      wmk_ehc_chart_text (f, text, last_x + 7, last_y, WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_CENTER, &f->fg, WMK_EHC_TEXT_BOLD | WMK_EHC_TEXT_PLATE);
    }
}

static void
wmk_ehc_timeliness_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkEhcTimelinessChart *self = WMK_EHC_TIMELINESS_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  WmkEhcChartFrame f;
  int target;

  wmk_ehc_chart_frame_init (&f, widget, snapshot);
  if (self->months == NULL || self->months->len == 0)
    {
      wmk_ehc_chart_text (&f, _("No monthly figures to draw yet"), width / 2.0, height / 2.0,
                          WMK_EHC_ANCHOR_CENTER, WMK_EHC_ANCHOR_CENTER, &f.dim,
                          WMK_EHC_TEXT_NORMAL);
      return;
    }
  target = wmk_ehc_month_index (self->settings.timeliness_date);
  f.month_min = g_array_index (self->months, WmkEhcMonth, 0).index;
  f.month_max = MAX (g_array_index (self->months, WmkEhcMonth, self->months->len - 1).index,
                     target);
  f.y_min = 0;
  f.y_max = 100;
  f.y_step = 25;
  /* Room on the right for the latest 12-month figure. */
  wmk_ehc_chart_frame_fit (&f, width - 36, height, 40, "%");
  f.cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_cap (f.cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (f.cr, CAIRO_LINE_JOIN_ROUND);

  draw_legend (&f, 12);
  wmk_ehc_chart_axes (&f, "%");
  draw_series (&f);
  draw_levels (&f);
  wmk_ehc_chart_today (&f, self->today);
  cairo_destroy (f.cr);
}

static void
wmk_ehc_timeliness_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                  int *minimum, int *natural, int *minimum_baseline,
                                  int *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 320 : 220;
  *natural = horizontal ? 720 : 280;
}

/**
 * wmk_ehc_timeliness_chart_set_data:
 * @months: (transfer none): sorted #WmkEhcMonth; copied
 * @summary_text: what the chart shows, in words, for a screen reader
 */
void
wmk_ehc_timeliness_chart_set_data (WmkEhcTimelinessChart *self, GArray *months,
                                   const WmkEhcSettings *settings, const char *summary_text)
{
  g_return_if_fail (WMK_IS_EHC_TIMELINESS_CHART (self));

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->rolling, g_array_unref);
  self->months = g_array_copy (months);
  for (guint i = 0; i < self->months->len; i++)
    g_array_index (self->months, WmkEhcMonth, i).id = NULL;
  self->rolling = wmk_ehc_rolling_ratios ((WmkEhcMonth *) self->months->data, self->months->len,
                                          12);
  self->settings = *settings;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  summary_text, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary_text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
wmk_ehc_timeliness_chart_set_today (WmkEhcTimelinessChart *self, const char *today)
{
  g_return_if_fail (WMK_IS_EHC_TIMELINESS_CHART (self));

  g_free (self->today);
  self->today = g_strdup (today);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_ehc_timeliness_chart_finalize (GObject *object)
{
  WmkEhcTimelinessChart *self = WMK_EHC_TIMELINESS_CHART (object);

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->rolling, g_array_unref);
  g_free (self->today);
  G_OBJECT_CLASS (wmk_ehc_timeliness_chart_parent_class)->finalize (object);
}

static void
wmk_ehc_timeliness_chart_class_init (WmkEhcTimelinessChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_ehc_timeliness_chart_finalize;
  widget_class->snapshot = wmk_ehc_timeliness_chart_snapshot;
  widget_class->measure = wmk_ehc_timeliness_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "ehc-timeliness-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_ehc_timeliness_chart_init (WmkEhcTimelinessChart *self)
{
  self->today = wmk_today_iso ();
  wmk_ehc_settings_init (&self->settings);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of EHC plans issued within 20 weeks"), -1);
}

GtkWidget *
wmk_ehc_timeliness_chart_new (void)
{
  return g_object_new (WMK_TYPE_EHC_TIMELINESS_CHART, NULL);
}
