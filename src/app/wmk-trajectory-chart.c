/* wmk-trajectory-chart.c: a KPI's trajectory, targets and measurements as a chart
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart must read on a black-and-white print and to a person who cannot
 * tell green from amber, so every series has its own line style and marker:
 * the expected line is dashed, the tolerance band is hatched with dashed
 * edges, measurements are filled circles on a solid line, targets are hollow
 * diamonds with their values written beside them, and today is a dotted line
 * with the word "Today". Colours come from libadwaita's named colours, so the
 * dark style and high contrast work. A screen reader hears one sentence
 * (wmk_kpi_trajectory_dup_summary()). Where things fall, the axes' spans and
 * steps, is worked out apart from the drawing (wmk-trajectory-scale.c).
 */

#include "config.h"

#include "wmk-trajectory-chart.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wmk-trajectory-scale.h"

struct _WmkTrajectoryChart
{
  GtkWidget         parent_instance;

  WmkKpiTrajectory *trajectory;
  char             *today;
};

G_DEFINE_FINAL_TYPE (WmkTrajectoryChart, wmk_trajectory_chart, GTK_TYPE_WIDGET)

/* Everything one frame needs: the scales and the colours. */
typedef struct
{
  WmkTrajectoryChart *self;
  GtkSnapshot        *snapshot;
  cairo_t            *cr;
  graphene_rect_t     plot;
  WmkTrajectoryScale  scale;  /* the same plot, and the axes' spans */
  GdkRGBA             fg, dim, grid, accent, edge, hatch, band, success, warning;
  GdkRGBA             plate[2]; /* the window's background, then the card's over it */
} Frame;

static double
x_of (Frame *f, double day)
{
  return wmk_trajectory_scale_x (&f->scale, day);
}

static double
y_of (Frame *f, double value)
{
  return wmk_trajectory_scale_y (&f->scale, value);
}

static GdkRGBA
named_color (GtkWidget *widget, const char *name, const GdkRGBA *fallback)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    color = *fallback;
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static GdkRGBA
with_alpha (GdkRGBA color, float alpha)
{
  color.alpha *= alpha;
  return color;
}

/* Text */

typedef enum { ANCHOR_START, ANCHOR_CENTER, ANCHOR_END } Anchor;

typedef enum { TEXT_NORMAL = 0, TEXT_SMALL = 1 << 0, TEXT_PLATE = 1 << 1 } TextStyle;

static void
draw_text (Frame *f, const char *text, double x, double y, Anchor h, Anchor v,
           const GdkRGBA *color, TextStyle style)
{
  gboolean small = style & TEXT_SMALL;

  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (f->self), text);
  int width, height;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  x -= h == ANCHOR_CENTER ? width / 2.0 : h == ANCHOR_END ? width : 0;
  y -= v == ANCHOR_CENTER ? height / 2.0 : v == ANCHOR_END ? height : 0;
  gtk_snapshot_save (f->snapshot);
  gtk_snapshot_translate (f->snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  /* Labels in the plot sit on a plate of the background, so lines never cross them. */
  for (guint i = 0; (style & TEXT_PLATE) && i < G_N_ELEMENTS (f->plate); i++)
    gtk_snapshot_append_color (f->snapshot, &f->plate[i],
                               &GRAPHENE_RECT_INIT (-3, 0, width + 6, height));
  gtk_snapshot_append_layout (f->snapshot, layout, color);
  gtk_snapshot_restore (f->snapshot);
  g_object_unref (layout);
}

static int
text_width (WmkTrajectoryChart *self, const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (layout);
  return width;
}

static char *
axis_value (Frame *f, double value)
{
  const char *unit = wmk_kpi_trajectory_get_unit (f->self->trajectory);

  /* Only a short unit fits on the axis; a long one is its title. */
  return wmk_kpi_format_value (value, g_strcmp0 (unit, "%") == 0 ? unit : NULL);
}

/* Axes and grid */

static void
draw_axes (Frame *f)
{
  cairo_t *cr = f->cr;
  double right = f->plot.origin.x + f->plot.size.width;
  double bottom = f->plot.origin.y + f->plot.size.height;
  int step;
  GDate month;

  gdk_cairo_set_source_rgba (cr, &f->grid);
  cairo_set_line_width (cr, 1);
  for (double v = f->scale.y_min; v <= f->scale.y_max + f->scale.y_step / 2;
       v += f->scale.y_step)
    {
      g_autofree char *label = axis_value (f, v);
      double y = round (y_of (f, v)) + 0.5;

      cairo_move_to (cr, f->plot.origin.x, y);
      cairo_line_to (cr, right, y);
      draw_text (f, label, f->plot.origin.x - 6, y, ANCHOR_END, ANCHOR_CENTER, &f->dim, TEXT_SMALL);
    }
  cairo_stroke (cr);

  /* Month ticks: as many as fit, on quarter or year boundaries when sparse. */
  step = wmk_trajectory_scale_month_step (&f->scale, text_width (f->self, "Sep 2023") + 16);
  wmk_trajectory_scale_first_month (&f->scale, step, &month);
  gdk_cairo_set_source_rgba (cr, &f->dim);
  for (; g_date_get_julian (&month) <= f->scale.x_max; g_date_add_months (&month, step))
    {
      char label[64];
      double x = round (x_of (f, g_date_get_julian (&month))) + 0.5;

      g_date_strftime (label, sizeof label, step >= 12 ? "%Y" : "%b %Y", &month);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 5);
      draw_text (f, label, x, bottom + 7, ANCHOR_CENTER, ANCHOR_START, &f->dim, TEXT_SMALL);
    }
  cairo_move_to (cr, f->plot.origin.x, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  cairo_stroke (cr);
}

/* The expected line and the tolerance band */

static void
trace (Frame *f, GArray *corners, double offset, gboolean reverse)
{
  for (guint n = 0; n < corners->len; n++)
    {
      WmkTrajectoryCorner *c = &g_array_index (corners, WmkTrajectoryCorner,
                                               reverse ? corners->len - 1 - n : n);
      cairo_line_to (f->cr, x_of (f, c->day), y_of (f, c->value + offset));
    }
}

static void
draw_expected (Frame *f)
{
  cairo_t *cr = f->cr;
  g_autoptr(GArray) corners = wmk_trajectory_scale_expected_corners (&f->scale,
                                                                     f->self->trajectory);
  double tolerance = wmk_kpi_trajectory_get_tolerance (f->self->trajectory);
  static const double dash[] = { 7, 5 }, fine[] = { 3, 3 };

  if (wmk_kpi_trajectory_get_n_targets (f->self->trajectory) == 0)
    return;
  if (tolerance > 0)
    {
      cairo_save (cr);
      cairo_new_path (cr);
      trace (f, corners, tolerance, FALSE);
      trace (f, corners, -tolerance, TRUE);
      cairo_close_path (cr);
      gdk_cairo_set_source_rgba (cr, &f->band);
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      /* Hatching, so the band shows without its colour. */
      gdk_cairo_set_source_rgba (cr, &f->hatch);
      cairo_set_line_width (cr, 1);
      for (double x = f->plot.origin.x - f->plot.size.height;
           x < f->plot.origin.x + f->plot.size.width; x += 8)
        {
          cairo_move_to (cr, x, f->plot.origin.y + f->plot.size.height);
          cairo_line_to (cr, x + f->plot.size.height, f->plot.origin.y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);

      gdk_cairo_set_source_rgba (cr, &f->edge);
      cairo_set_dash (cr, fine, G_N_ELEMENTS (fine), 0);
      cairo_new_path (cr);
      trace (f, corners, tolerance, FALSE);
      cairo_new_sub_path (cr);
      trace (f, corners, -tolerance, FALSE);
      cairo_stroke (cr);
    }

  gdk_cairo_set_source_rgba (cr, &f->accent);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_new_path (cr);
  trace (f, corners, 0, FALSE);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Markers */

static void
diamond (cairo_t *cr, double x, double y, double r)
{
  cairo_move_to (cr, x, y - r);
  cairo_line_to (cr, x + r, y);
  cairo_line_to (cr, x, y + r);
  cairo_line_to (cr, x - r, y);
  cairo_close_path (cr);
}

static void
draw_points (Frame *f)
{
  WmkKpiTrajectory *t = f->self->trajectory;
  const char *unit = wmk_kpi_trajectory_get_unit (t);
  const WmkKpiPoint *start = wmk_kpi_trajectory_get_start (t);
  guint n = wmk_kpi_trajectory_get_n_measurements (t);
  gboolean judged = wmk_kpi_trajectory_get_n_targets (t) > 0;
  cairo_t *cr = f->cr;

  if (start && wmk_kpi_trajectory_get_start_kind (t) != WMK_KPI_START_FIRST_MEASUREMENT)
    {
      g_autofree char *value = wmk_kpi_format_value (start->value, unit);
      g_autofree char *label = g_strdup_printf (_("Baseline %s"), value);
      double x = x_of (f, wmk_trajectory_day (start->date)), y = y_of (f, start->value);
      gboolean down = wmk_kpi_trajectory_is_down (t);

      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x - 4.5, y - 4.5, 9, 9);
      gdk_cairo_set_source_rgba (cr, &f->fg);
      cairo_stroke (cr);
      /* On the side the line leaves empty: below a rising one, above a falling one. */
      draw_text (f, label, x + 8, down ? y - 6 : y + 6, ANCHOR_START,
                 down ? ANCHOR_END : ANCHOR_START, &f->fg, TEXT_SMALL | TEXT_PLATE);
    }

  for (guint i = 0; i < wmk_kpi_trajectory_get_n_targets (t); i++)
    {
      const WmkKpiPoint *target = wmk_kpi_trajectory_get_target (t, i);
      g_autofree char *label = wmk_kpi_format_value (target->value, unit);
      double x = x_of (f, wmk_trajectory_day (target->date)), y = y_of (f, target->value);
      gboolean room_above = y - 24 > f->plot.origin.y;

      diamond (cr, x, y, 7);
      gdk_cairo_set_source_rgba (cr, &f->fg);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      draw_text (f, label, x, room_above ? y - 10 : y + 10, ANCHOR_CENTER,
                 room_above ? ANCHOR_END : ANCHOR_START, &f->fg, TEXT_SMALL | TEXT_PLATE);
    }

  if (n == 0)
    return;
  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n; i++)
    {
      const WmkKpiPoint *p = wmk_kpi_trajectory_get_measurement (t, i);
      cairo_line_to (cr, x_of (f, wmk_trajectory_day (p->date)), y_of (f, p->value));
    }
  cairo_stroke (cr);
  for (guint i = 0; i < n; i++)
    {
      const WmkKpiPoint *p = wmk_kpi_trajectory_get_measurement (t, i);
      double x = x_of (f, wmk_trajectory_day (p->date)), y = y_of (f, p->value);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, i == n - 1 ? 6 : 4.5, 0, 2 * G_PI);
      /* The fill repeats what the band shows; with no trajectory there is nothing to repeat. */
      gdk_cairo_set_source_rgba (cr, !judged ? &f->fg
                                     : wmk_kpi_trajectory_is_off (t, p) ? &f->warning
                                                                        : &f->success);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &f->fg);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      if (i == n - 1)
        {
          g_autofree char *label = wmk_kpi_format_value (p->value, unit);
          draw_text (f, label, x + 9, y, ANCHOR_START, ANCHOR_CENTER, &f->fg, TEXT_PLATE);
        }
    }
}

static void
draw_today (Frame *f)
{
  cairo_t *cr = f->cr;
  double today = wmk_trajectory_day (f->self->today);
  double top = f->plot.origin.y, bottom = top + f->plot.size.height;
  static const double dots[] = { 2, 3 };

  if (today <= 0)
    return;
  if (today > f->scale.x_max || today < f->scale.x_min)
    {
      g_autofree char *date = wmk_kpi_format_date (f->self->today);
      g_autofree char *label = today > f->scale.x_max ? g_strdup_printf (_("Today, %s →"), date)
                                                : g_strdup_printf (_("← Today, %s"), date);
      draw_text (f, label, today > f->scale.x_max ? f->plot.origin.x + f->plot.size.width
                                            : f->plot.origin.x,
                 top + 2, today > f->scale.x_max ? ANCHOR_END : ANCHOR_START, ANCHOR_START, &f->fg,
                 TEXT_SMALL);
      return;
    }
  cairo_set_source_rgba (cr, f->fg.red, f->fg.green, f->fg.blue, 0.75);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_move_to (cr, round (x_of (f, today)) + 0.5, top + 18);
  cairo_line_to (cr, round (x_of (f, today)) + 0.5, bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  draw_text (f, _("Today"), x_of (f, today), top, ANCHOR_CENTER, ANCHOR_START, &f->fg, TEXT_SMALL | TEXT_PLATE);
}

/* The legend names each mark by its shape, left to right above the plot. */
static void
draw_legend (Frame *f, double y)
{
  cairo_t *cr = f->cr;
  double x = f->plot.origin.x;
  double tolerance = wmk_kpi_trajectory_get_tolerance (f->self->trajectory);
  gboolean targets = wmk_kpi_trajectory_get_n_targets (f->self->trajectory) > 0;
  static const double dash[] = { 7, 5 };
  g_autofree char *band = NULL, *value = NULL;

  cairo_set_line_width (cr, 2);
  if (targets)
    {
      gdk_cairo_set_source_rgba (cr, &f->accent);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 24, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_text (f, _("Expected"), x + 30, y, ANCHOR_START, ANCHOR_CENTER, &f->dim, TEXT_SMALL);
      x += 40 + text_width (f->self, _("Expected"));
    }

  gdk_cairo_set_source_rgba (cr, &f->fg);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + 24, y);
  cairo_stroke (cr);
  cairo_arc (cr, x + 12, y, 4.5, 0, 2 * G_PI);
  cairo_fill (cr);
  draw_text (f, _("Measured"), x + 30, y, ANCHOR_START, ANCHOR_CENTER, &f->dim, TEXT_SMALL);
  x += 40 + text_width (f->self, _("Measured"));

  if (!targets)
    return;
  diamond (cr, x + 7, y, 6);
  cairo_stroke (cr);
  draw_text (f, _("Target"), x + 18, y, ANCHOR_START, ANCHOR_CENTER, &f->dim, TEXT_SMALL);
  x += 28 + text_width (f->self, _("Target"));

  if (tolerance > 0)
    {
      value = wmk_kpi_format_value (tolerance, wmk_kpi_trajectory_get_unit (f->self->trajectory));
      band = g_strdup_printf (_("Tolerance ±%s"), value);
      cairo_rectangle (cr, x, y - 6, 24, 12);
      gdk_cairo_set_source_rgba (cr, &f->band);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &f->edge);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      draw_text (f, band, x + 30, y, ANCHOR_START, ANCHOR_CENTER, &f->dim, TEXT_SMALL);
    }
}

static void
wmk_trajectory_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkTrajectoryChart *self = WMK_TRAJECTORY_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkRGBA fg, black = { 0, 0, 0, 1 };
  Frame f = { self, snapshot };
  const char *unit;
  int left;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  f.fg = fg;
  f.dim = with_alpha (fg, 0.7);
  f.grid = with_alpha (fg, 0.12);
  f.accent = named_color (widget, "accent_color", &(GdkRGBA) { 0.11, 0.44, 0.85, 1 });
  f.edge = with_alpha (f.accent, 0.7);
  f.hatch = with_alpha (f.accent, 0.35);
  f.band = with_alpha (named_color (widget, "accent_bg_color", &f.accent), 0.14);
  f.plate[0] = named_color (widget, "window_bg_color", &(GdkRGBA) { 1, 1, 1, 1 });
  f.plate[1] = named_color (widget, "card_bg_color", &(GdkRGBA) { 1, 1, 1, 0 });
  f.success = named_color (widget, "success_color", &black);
  f.warning = named_color (widget, "warning_color", &black);

  if (self->trajectory == NULL
      || !wmk_trajectory_scale_fit (&f.scale, self->trajectory, self->today))
    {
      draw_text (&f, _("No baseline, dated target or measurement to draw yet"), width / 2.0,
                 height / 2.0, ANCHOR_CENTER, ANCHOR_CENTER, &f.dim, TEXT_NORMAL);
      return;
    }

  {
    g_autofree char *low = axis_value (&f, f.scale.y_min), *high = axis_value (&f, f.scale.y_max);
    left = MAX (text_width (self, low), text_width (self, high)) + 14;
  }
  f.plot = GRAPHENE_RECT_INIT (left, 54, MAX (width - left - 44, 10), MAX (height - 54 - 30, 10));
  wmk_trajectory_scale_set_plot (&f.scale, f.plot.origin.x, f.plot.origin.y, f.plot.size.width,
                                 f.plot.size.height);
  f.cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_cap (f.cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (f.cr, CAIRO_LINE_JOIN_ROUND);

  unit = wmk_kpi_trajectory_get_unit (self->trajectory);
  draw_legend (&f, 12);
  if (unit && *unit && !g_str_equal (unit, "%") && !g_str_equal (unit, "count"))
    draw_text (&f, unit, 4, 30, ANCHOR_START, ANCHOR_START, &f.dim, TEXT_SMALL);
  switch (wmk_kpi_trajectory_get_n_targets (self->trajectory) > 0
            ? wmk_kpi_trajectory_get_start_kind (self->trajectory) : WMK_KPI_START_NONE)
    {
    case WMK_KPI_START_FIRST_MEASUREMENT:
      draw_text (&f, _("No baseline: the line starts at the first measurement"),
                 width - 4, 30, ANCHOR_END, ANCHOR_START, &f.dim, TEXT_SMALL);
      break;
    case WMK_KPI_START_BASELINE_UNDATED:
      draw_text (&f, _("The baseline has no date: it is taken as at the notice"),
                 width - 4, 30, ANCHOR_END, ANCHOR_START, &f.dim, TEXT_SMALL);
      break;
    case WMK_KPI_START_NONE:
    case WMK_KPI_START_BASELINE:
    default:
      break;
    }
  draw_axes (&f);
  draw_expected (&f);
  draw_today (&f);
  draw_points (&f);
  cairo_destroy (f.cr);
}

static void
wmk_trajectory_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                              int *minimum, int *natural, int *minimum_baseline,
                              int *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 280 : 220;
  *natural = horizontal ? 640 : 300;
}

static void
update_label (WmkTrajectoryChart *self, const char *ref)
{
  g_autofree char *summary = self->trajectory
                               ? wmk_kpi_trajectory_dup_summary (self->trajectory, ref)
                               : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  summary ? summary : _("Trajectory chart"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
}

/**
 * wmk_trajectory_chart_set_trajectory:
 * @trajectory: (nullable): what to draw
 * @ref: (nullable): the KPI's ref, for the accessible summary
 */
void
wmk_trajectory_chart_set_trajectory (WmkTrajectoryChart *self, WmkKpiTrajectory *trajectory,
                                     const char *ref)
{
  g_return_if_fail (WMK_IS_TRAJECTORY_CHART (self));

  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);
  if (trajectory)
    self->trajectory = wmk_kpi_trajectory_ref (trajectory);
  update_label (self, ref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @today: YYYY-MM-DD; tests and screenshots pin it, the app leaves the real date */
void
wmk_trajectory_chart_set_today (WmkTrajectoryChart *self, const char *today)
{
  g_return_if_fail (WMK_IS_TRAJECTORY_CHART (self));

  g_free (self->today);
  self->today = g_strdup (today);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_trajectory_chart_finalize (GObject *object)
{
  WmkTrajectoryChart *self = WMK_TRAJECTORY_CHART (object);

  g_clear_pointer (&self->trajectory, wmk_kpi_trajectory_unref);
  g_free (self->today);

  G_OBJECT_CLASS (wmk_trajectory_chart_parent_class)->finalize (object);
}

static void
wmk_trajectory_chart_class_init (WmkTrajectoryChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_trajectory_chart_finalize;
  widget_class->snapshot = wmk_trajectory_chart_snapshot;
  widget_class->measure = wmk_trajectory_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "trajectory-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_trajectory_chart_init (WmkTrajectoryChart *self)
{
  self->today = wmk_today_iso ();
  update_label (self, NULL);
}

GtkWidget *
wmk_trajectory_chart_new (void)
{
  return g_object_new (WMK_TYPE_TRAJECTORY_CHART, NULL);
}
