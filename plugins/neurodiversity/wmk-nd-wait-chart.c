/* wmk-nd-wait-chart.c: the waiting list by wait band, month by month
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One stacked bar a month: under 18 weeks at the bottom, 18 to 52 weeks, and
 * over a year on top. The three bands differ in lightness as well as hue,
 * the over-a-year band is hatched as well, and the legend under the chart
 * names each, so the chart reads without colour and in grey. Each bar's
 * total is written above it. The accessible label reads every month's
 * figures in words.
 */

#include "wmk-nd-wait-chart.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-nd-pathway.h"

#define LEFT   52.0
#define RIGHT  12.0
#define TOP    24.0
#define BOTTOM 40.0
#define LEGEND 28.0
#define HEIGHT 300

struct _WmkNdWaitChart
{
  GtkWidget  parent_instance;

  GArray    *months;   /* WmkNdMonth */
};

G_DEFINE_FINAL_TYPE (WmkNdWaitChart, wmk_nd_wait_chart, GTK_TYPE_WIDGET)

/* Light to dark, whatever the style: under 18 weeks, 18-52, over 52. */
static const GdkRGBA bands[] = {
  { 0.55, 0.80, 0.95, 1 }, { 0.20, 0.52, 0.89, 1 }, { 0.08, 0.20, 0.45, 1 },
};
static const char *const band_names[] = {
  N_("Under 18 weeks"), N_("18 to 52 weeks"), N_("Over 52 weeks"),
};

static void
draw_text (GtkWidget *widget, cairo_t *cr, const char *text, double x, double y, double align)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA color;
  int w, h;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  pango_layout_get_pixel_size (layout, &w, &h);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
hatch (cairo_t *cr, double x, double y, double w, double h)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.45);
  cairo_set_line_width (cr, 1.5);
  for (double d = -h; d < w; d += 7)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
top_value (WmkNdWaitChart *self)
{
  double top = 100;

  for (guint i = 0; i < self->months->len; i++)
    top = MAX (top, wmk_nd_month_waiting (&g_array_index (self->months, WmkNdMonth, i)));
  return ceil (top * 1.12 / 500) * 500;
}

static void
draw_legend (WmkNdWaitChart *self, cairo_t *cr, double y)
{
  double x = LEFT;

  for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), _(band_names[b]));
      int w, h;

      gdk_cairo_set_source_rgba (cr, &bands[b]);
      cairo_rectangle (cr, x, y - 7, 14, 14);
      cairo_fill (cr);
      if (b == 2)
        hatch (cr, x, y - 7, 14, 14);
      draw_text (GTK_WIDGET (self), cr, _(band_names[b]), x + 20, y, 0);
      pango_layout_get_pixel_size (layout, &w, &h);
      x += 20 + w + 24;
      g_object_unref (layout);
    }
}

static void
wmk_nd_wait_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkNdWaitChart *self = WMK_ND_WAIT_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double plot_w = width - LEFT - RIGHT, plot_h = height - TOP - BOTTOM - LEGEND;
  double top = top_value (self), slot;
  cairo_t *cr;
  GdkRGBA color;

  if (self->months->len == 0 || plot_w <= 0 || plot_h <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  slot = plot_w / self->months->len;

  /* The value axis: gridlines every fifth of the top. */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 4; i++)
    {
      double value = top * i / 4, y = TOP + plot_h - plot_h * value / top;
      g_autofree char *label = g_strdup_printf ("%.0f", value);

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.15);
      cairo_move_to (cr, LEFT, round (y) + 0.5);
      cairo_line_to (cr, LEFT + plot_w, round (y) + 0.5);
      cairo_stroke (cr);
      draw_text (widget, cr, label, LEFT - 6, y, 1);
    }

  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkNdMonth *month = &g_array_index (self->months, WmkNdMonth, i);
      const gint64 values[] = { month->under_18_weeks, month->weeks_18_to_52,
                                month->over_52_weeks };
      double x = LEFT + slot * i + slot * 0.15, w = slot * 0.7, y = TOP + plot_h;
      g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT, wmk_nd_month_waiting (month));

      for (guint b = 0; b < G_N_ELEMENTS (values); b++)
        {
          double h = plot_h * values[b] / top;

          gdk_cairo_set_source_rgba (cr, &bands[b]);
          cairo_rectangle (cr, x, y - h, w, h);
          cairo_fill (cr);
          if (b == 2)
            hatch (cr, x, y - h, w, h);
          y -= h;
        }
      if (slot >= 34)
        draw_text (widget, cr, total, x + w / 2, y - 9, 0.5);
      /* Every month's initial under its bar, the year under each January. */
      if (slot >= 18 || i % 3 == 0)
        {
          g_autofree char *initial = wmk_date_format (month->date, "%b");

          draw_text (widget, cr, initial, x + w / 2, TOP + plot_h + 10, 0.5);
        }
      if (i == 0 || g_str_has_prefix (month->date + 4, "-01-"))
        {
          g_autofree char *year = g_strndup (month->date, 4);

          draw_text (widget, cr, year, x + w / 2, TOP + plot_h + 26, 0.5);
        }
    }
  draw_legend (self, cr, height - LEGEND / 2);
  cairo_destroy (cr);
}

static void
wmk_nd_wait_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                           int *minimum, int *natural, int *minimum_baseline,
                           int *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? HEIGHT : 320;
}

static void
update_accessible_label (WmkNdWaitChart *self)
{
  g_autoptr(GString) text = g_string_new (_("Children waiting for an autism assessment, by how "
                                            "long they have waited, month by month: "));

  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkNdMonth *month = &g_array_index (self->months, WmkNdMonth, i);
      g_autofree char *name = wmk_nd_month_name (month->date);

      g_string_append_printf (text, _("%s, %" G_GINT64_FORMAT " waiting: %" G_GINT64_FORMAT
                                      " under 18 weeks, %" G_GINT64_FORMAT " 18 to 52 weeks, %"
                                      G_GINT64_FORMAT " over 52 weeks. "),
                              name, wmk_nd_month_waiting (month), month->under_18_weeks,
                              month->weeks_18_to_52, month->over_52_weeks);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

/**
 * wmk_nd_wait_chart_set_months:
 * @months: (transfer none): #WmkNdMonth by date; copied
 */
void
wmk_nd_wait_chart_set_months (WmkNdWaitChart *self, GArray *months)
{
  g_return_if_fail (WMK_IS_ND_WAIT_CHART (self));

  g_array_set_size (self->months, 0);
  g_array_append_vals (self->months, months->data, months->len);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_nd_wait_chart_finalize (GObject *object)
{
  g_array_unref (WMK_ND_WAIT_CHART (object)->months);
  G_OBJECT_CLASS (wmk_nd_wait_chart_parent_class)->finalize (object);
}

static void
wmk_nd_wait_chart_class_init (WmkNdWaitChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_nd_wait_chart_finalize;
  widget_class->snapshot = wmk_nd_wait_chart_snapshot;
  widget_class->measure = wmk_nd_wait_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "nd-wait-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_nd_wait_chart_init (WmkNdWaitChart *self)
{
  self->months = g_array_new (FALSE, TRUE, sizeof (WmkNdMonth));
  update_accessible_label (self);
}

GtkWidget *
wmk_nd_wait_chart_new (void)
{
  return g_object_new (WMK_TYPE_ND_WAIT_CHART, NULL);
}
