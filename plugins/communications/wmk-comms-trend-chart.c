/* wmk-comms-trend-chart.c: complaints about communication, month by month
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One point a month: the share of complaints that were about communication,
 * joined by a line, each point labelled with its figure. Behind it, the
 * plan's line from 21% (November 2021) to 5% (September 2023) dashed, and the
 * 5% target dotted, each named in the legend under the chart: the lines
 * differ in pattern as well as colour. The accessible label reads every
 * month's figure and the target in words.
 */

#include "wmk-comms-trend-chart.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-comms-plugin.h"
#include "wmk-comms-stats.h"

#define LEFT   44.0
#define RIGHT  16.0
#define TOP    22.0
#define BOTTOM 40.0
#define LEGEND 28.0
#define HEIGHT 300

struct _WmkCommsTrendChart
{
  GtkWidget  parent_instance;

  GArray    *months;   /* WmkCommsMonth */
};

G_DEFINE_FINAL_TYPE (WmkCommsTrendChart, wmk_comms_trend_chart, GTK_TYPE_WIDGET)

static void
draw_text (GtkWidget *widget, GtkSnapshot *snapshot, const char *markup, double x, double y,
           double align, const GdkRGBA *color)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  int w, h;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - w * align, y - h / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static double
top_value (WmkCommsTrendChart *self)
{
  double top = 25;

  for (guint i = 0; i < self->months->len; i++)
    top = MAX (top, g_array_index (self->months, WmkCommsMonth, i).percent + 5);
  return ceil (top / 5) * 5;
}

static void
wmk_comms_trend_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkCommsTrendChart *self = WMK_COMMS_TREND_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double plot_w = width - LEFT - RIGHT, plot_h = height - TOP - BOTTOM - LEGEND;
  double top = top_value (self);
  guint n = self->months->len;
  GdkRGBA fg, dim, faint, accent = { 0.21, 0.52, 0.89, 1 }, target = { 0.75, 0.38, 0, 1 };
  g_autoptr(GString) legend = g_string_new (NULL);
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = fg;
  dim.alpha *= 0.7;
  faint = fg;
  faint.alpha *= 0.15;
  if (n == 0 || plot_w < 40 || plot_h < 40)
    {
      g_autofree char *none = g_markup_printf_escaped ("%s", _("No complaints logged yet."));

      draw_text (widget, snapshot, none, width / 2, height / 2, 0.5, &dim);
      return;
    }

#define X(i) (LEFT + plot_w * (n == 1 ? 0.5 : (double) (i) / (n - 1)))
#define Y(v) (TOP + plot_h * (1 - (v) / top))

  /* Grid and axis figures every 5%. */
  for (double v = 0; v <= top + 0.01; v += 5)
    {
      g_autofree char *label = g_strdup_printf ("<small>%.0f%%</small>", v);

      gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (LEFT, Y (v), plot_w, 1));
      draw_text (widget, snapshot, label, LEFT - 6, Y (v), 1, &dim);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1.5);
  /* The plan's line, dashed. */
  {
    double dashes[] = { 6, 4 };

    cairo_set_dash (cr, dashes, 2, 0);
    gdk_cairo_set_source_rgba (cr, &dim);
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *day = g_strdup_printf ("%.7s-28",
                                                g_array_index (self->months, WmkCommsMonth, i).month);
        double v = wmk_comms_expected_percent (day);

        if (i == 0)
          cairo_move_to (cr, X (i), Y (v));
        else
          cairo_line_to (cr, X (i), Y (v));
      }
    cairo_stroke (cr);
  }
  /* The target, dotted. */
  {
    double dots[] = { 2, 3 };

    cairo_set_dash (cr, dots, 2, 0);
    cairo_set_line_width (cr, 2);
    gdk_cairo_set_source_rgba (cr, &target);
    cairo_move_to (cr, LEFT, Y (WMK_COMMS_TARGET_PERCENT));
    cairo_line_to (cr, LEFT + plot_w, Y (WMK_COMMS_TARGET_PERCENT));
    cairo_stroke (cr);
  }
  /* The months, solid with points. */
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 2.5);
  gdk_cairo_set_source_rgba (cr, &accent);
  for (guint i = 0; i < n; i++)
    {
      double v = g_array_index (self->months, WmkCommsMonth, i).percent;

      if (i == 0)
        cairo_move_to (cr, X (i), Y (v));
      else
        cairo_line_to (cr, X (i), Y (v));
    }
  cairo_stroke (cr);
  for (guint i = 0; i < n; i++)
    {
      double v = g_array_index (self->months, WmkCommsMonth, i).percent;

      cairo_arc (cr, X (i), Y (v), 4, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  /* Each month's figure above its point, and its name under the axis. */
  for (guint i = 0; i < n; i++)
    {
      const WmkCommsMonth *m = &g_array_index (self->months, WmkCommsMonth, i);
      g_autofree char *figure = g_strdup_printf ("<small><b>%.0f%%</b></small>", m->percent);
      g_autofree char *day = g_strdup_printf ("%.7s-01", m->month);
      g_autofree char *name = wmk_date_format (day, i == 0 || g_str_has_suffix (m->month, "-01")
                                                      ? "%b %Y" : "%b");
      g_autofree char *markup = g_markup_printf_escaped ("<small>%s</small>", name);

      draw_text (widget, snapshot, figure, X (i), Y (m->percent) - 12, 0.5, &fg);
      if (plot_w / n >= 34 || i % 2 == 0)
        draw_text (widget, snapshot, markup, X (i), TOP + plot_h + 14, 0.5, &dim);
    }

  /* The legend names each line by its pattern. */
  g_string_append_printf (legend, "<small><span foreground='#3584e4'>●━━</span> %s    "
                                  "<span alpha='70%%'>╌╌╌</span> %s    "
                                  "<span foreground='#c06000'>┈┈┈</span> %s</small>",
                          _("Share of complaints about communication"),
                          _("Plan’s line from 21% to 5%"), _("Target 5% by September 2023"));
  draw_text (widget, snapshot, legend->str, LEFT, height - LEGEND / 2, 0, &fg);
#undef X
#undef Y
}

static void
wmk_comms_trend_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                               int *minimum, int *natural, int *minimum_baseline,
                               int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 720;
    }
  else
    *minimum = *natural = HEIGHT;
}

static void
update_accessible_label (WmkCommsTrendChart *self)
{
  g_autoptr(GString) text = g_string_new (_("Complaints about communication, as a share of all "
                                            "complaints, by month: "));

  if (self->months->len == 0)
    g_string_append (text, _("none logged yet."));
  for (guint i = 0; i < self->months->len; i++)
    {
      const WmkCommsMonth *m = &g_array_index (self->months, WmkCommsMonth, i);
      g_autofree char *name = wmk_comms_month_name (m->month);

      /* Translators: "November 2022 21% (5 of 24)" */
      g_string_append_printf (text, _("%s %.0f%% (%u of %u)"), name, m->percent,
                              m->about_communication, m->complaints);
      g_string_append (text, i + 1 < self->months->len ? "; " : ". ");
    }
  g_string_append (text, _("The plan’s target is 5% by September 2023, from 21% in November "
                           "2021."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

/**
 * wmk_comms_trend_chart_set_trend:
 * @months: (element-type WmkCommsMonth): from wmk_comms_complaint_trend()
 */
void
wmk_comms_trend_chart_set_trend (WmkCommsTrendChart *self, GArray *months)
{
  g_return_if_fail (WMK_IS_COMMS_TREND_CHART (self));
  g_return_if_fail (months != NULL);

  g_array_set_size (self->months, 0);
  g_array_append_vals (self->months, months->data, months->len);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_comms_trend_chart_finalize (GObject *object)
{
  WmkCommsTrendChart *self = WMK_COMMS_TREND_CHART (object);

  g_array_unref (self->months);
  G_OBJECT_CLASS (wmk_comms_trend_chart_parent_class)->finalize (object);
}

static void
wmk_comms_trend_chart_class_init (WmkCommsTrendChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wmk_comms_trend_chart_finalize;
  widget_class->snapshot = wmk_comms_trend_chart_snapshot;
  widget_class->measure = wmk_comms_trend_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "comms-trend-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_comms_trend_chart_init (WmkCommsTrendChart *self)
{
  self->months = g_array_new (FALSE, TRUE, sizeof (WmkCommsMonth));
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  update_accessible_label (self);
}

GtkWidget *
wmk_comms_trend_chart_new (void)
{
  return g_object_new (WMK_TYPE_COMMS_TREND_CHART, NULL);
}
