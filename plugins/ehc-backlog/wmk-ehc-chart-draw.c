/* wmk-ehc-chart-draw.c: what the EHC backlog's two charts draw alike
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text on plates, the grid and its labels, month ticks, the "Today" line,
 * hatching and diamonds, drawn as the core's trajectory chart draws them so
 * that the plugin's charts read like the app's own: on a black-and-white
 * print and without telling colours apart, every series has its own shape.
 */

#include "wmk-ehc-chart-draw.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wmk-ehc-types.h"

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

void
wmk_ehc_chart_frame_init (WmkEhcChartFrame *f, GtkWidget *widget, GtkSnapshot *snapshot)
{
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  *f = (WmkEhcChartFrame) { widget, snapshot };
  f->fg = fg;
  f->dim = with_alpha (fg, 0.7);
  f->grid = with_alpha (fg, 0.12);
  f->accent = named_color (widget, "accent_color", &(GdkRGBA) { 0.11, 0.44, 0.85, 1 });
  f->accent_soft = with_alpha (named_color (widget, "accent_bg_color", &f->accent), 0.55);
  f->warning = named_color (widget, "warning_color", &fg);
  f->plate[0] = named_color (widget, "window_bg_color", &(GdkRGBA) { 1, 1, 1, 1 });
  f->plate[1] = named_color (widget, "card_bg_color", &(GdkRGBA) { 1, 1, 1, 0 });
}

/* A step of 1, 2, 2.5 or 5 × 10ⁿ giving at most @max_steps steps over @span. */
double
wmk_ehc_chart_nice_step (double span, int max_steps)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  double magnitude;

  if (span <= 0 || max_steps < 1)
    return 1;
  magnitude = pow (10, floor (log10 (span / max_steps)));
  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    if (nice[i] * magnitude * max_steps >= span)
      return nice[i] * magnitude;
  return 10 * magnitude;
}

static PangoLayout *
make_layout (WmkEhcChartFrame *f, const char *text, WmkEhcTextStyle style)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (f->widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (style & WMK_EHC_TEXT_SMALL)
    pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  if (style & WMK_EHC_TEXT_BOLD)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

int
wmk_ehc_chart_text_width (WmkEhcChartFrame *f, const char *text, WmkEhcTextStyle style)
{
  g_autoptr(PangoLayout) layout = make_layout (f, text, style);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

void
wmk_ehc_chart_text (WmkEhcChartFrame *f, const char *text, double x, double y, WmkEhcAnchor h,
                    WmkEhcAnchor v, const GdkRGBA *color, WmkEhcTextStyle style)
{
  g_autoptr(PangoLayout) layout = make_layout (f, text, style);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  x -= h == WMK_EHC_ANCHOR_CENTER ? width / 2.0 : h == WMK_EHC_ANCHOR_END ? width : 0;
  y -= v == WMK_EHC_ANCHOR_CENTER ? height / 2.0 : v == WMK_EHC_ANCHOR_END ? height : 0;
  gtk_snapshot_save (f->snapshot);
  gtk_snapshot_translate (f->snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  for (guint i = 0; (style & WMK_EHC_TEXT_PLATE) && i < G_N_ELEMENTS (f->plate); i++)
    gtk_snapshot_append_color (f->snapshot, &f->plate[i],
                               &GRAPHENE_RECT_INIT (-3, 0, width + 6, height));
  gtk_snapshot_append_layout (f->snapshot, layout, color);
  gtk_snapshot_restore (f->snapshot);
}

static char *
axis_label (double value, const char *unit)
{
  g_autofree char *count = wmk_ehc_format_count (value);

  return g_strcmp0 (unit, "%") == 0 ? g_strdup_printf ("%s%%", count) : g_steal_pointer (&count);
}

/* Sets the plot inside @width × @height, below @top, leaving room for the
 * y labels; month_min/max and y_min/max/step must be set. */
void
wmk_ehc_chart_frame_fit (WmkEhcChartFrame *f, int width, int height, int top, const char *unit)
{
  g_autofree char *widest = axis_label (f->y_max, unit);
  int left = wmk_ehc_chart_text_width (f, widest, WMK_EHC_TEXT_SMALL) + 14;

  f->plot = GRAPHENE_RECT_INIT (left, top, MAX (width - left - 16, 10), MAX (height - top - 30, 10));
}

/* Returns: the x of @month (a month index; + 0.5 is the middle of its slot) */
double
wmk_ehc_chart_x (WmkEhcChartFrame *f, double month)
{
  double slots = f->month_max - f->month_min + 1;

  return f->plot.origin.x + (month - f->month_min) / slots * f->plot.size.width;
}

double
wmk_ehc_chart_y (WmkEhcChartFrame *f, double value)
{
  double span = f->y_max - f->y_min;

  return f->plot.origin.y + f->plot.size.height
         - (span > 0 ? (value - f->y_min) / span : 0) * f->plot.size.height;
}

/* Returns: the width of one month's slot */
double
wmk_ehc_chart_slot (WmkEhcChartFrame *f)
{
  return f->plot.size.width / (f->month_max - f->month_min + 1);
}

/* Returns: a date as a fractional month index (the 16th of March 2023 is about 24278.5) */
double
wmk_ehc_chart_month_of_date (const char *date)
{
  int index = wmk_ehc_month_index (date);
  int day;

  if (index < 0)
    return NAN;
  day = (int) g_ascii_strtoll (date + 8, NULL, 10);
  return index + (day - 0.5) / g_date_get_days_in_month (index % 12 + 1, index / 12);
}

void
wmk_ehc_chart_axes (WmkEhcChartFrame *f, const char *unit)
{
  cairo_t *cr = f->cr;
  double right = f->plot.origin.x + f->plot.size.width;
  double bottom = f->plot.origin.y + f->plot.size.height;
  int widest = wmk_ehc_chart_text_width (f, "Sep 2023", WMK_EHC_TEXT_SMALL) + 12;
  int step = 1;

  gdk_cairo_set_source_rgba (cr, &f->grid);
  cairo_set_line_width (cr, 1);
  for (double v = f->y_min; v <= f->y_max + f->y_step / 2; v += f->y_step)
    {
      g_autofree char *label = axis_label (v, unit);
      double y = round (wmk_ehc_chart_y (f, v)) + 0.5;

      cairo_move_to (cr, f->plot.origin.x, y);
      cairo_line_to (cr, right, y);
      wmk_ehc_chart_text (f, label, f->plot.origin.x - 6, y, WMK_EHC_ANCHOR_END,
                          WMK_EHC_ANCHOR_CENTER, &f->dim, WMK_EHC_TEXT_SMALL);
    }
  cairo_stroke (cr);

  /* Month labels: as many as fit, on quarters or years when sparse. */
  while (step < 12 && wmk_ehc_chart_slot (f) * step < widest)
    step = step < 3 ? step + 1 : step < 6 ? 6 : 12;
  gdk_cairo_set_source_rgba (cr, &f->dim);
  for (int m = f->month_min; m <= f->month_max; m++)
    {
      g_autofree char *label = NULL;
      double x = round (wmk_ehc_chart_x (f, m)) + 0.5;

      if ((m % 12) % step != 0)
        continue;
      label = step >= 12 ? g_strdup_printf ("%d", m / 12) : wmk_ehc_month_name (m);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 5);
      wmk_ehc_chart_text (f, label, x + 2, bottom + 5, WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_START, &f->dim, WMK_EHC_TEXT_SMALL);
    }
  cairo_move_to (cr, f->plot.origin.x, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  cairo_stroke (cr);
}

/* A dotted line with the word "Today", or an arrow at the edge the day is beyond. */
void
wmk_ehc_chart_today (WmkEhcChartFrame *f, const char *today)
{
  cairo_t *cr = f->cr;
  double month = wmk_ehc_chart_month_of_date (today);
  double top = f->plot.origin.y, bottom = top + f->plot.size.height;
  static const double dots[] = { 2, 3 };

  if (isnan (month))
    return;
  if (month >= f->month_max + 1 || month < f->month_min)
    {
      g_autofree char *date = wmk_date_format (today, "%-d %b %Y");
      gboolean after = month >= f->month_max + 1;
      g_autofree char *label = after ? g_strdup_printf (_("Today, %s →"), date)
                                     : g_strdup_printf (_("← Today, %s"), date);

      wmk_ehc_chart_text (f, label, after ? f->plot.origin.x + f->plot.size.width - 2
                                          : f->plot.origin.x + 2,
                          top + 2, after ? WMK_EHC_ANCHOR_END : WMK_EHC_ANCHOR_START,
                          WMK_EHC_ANCHOR_START, &f->fg, WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
      return;
    }
  cairo_set_source_rgba (cr, f->fg.red, f->fg.green, f->fg.blue, 0.75);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_move_to (cr, round (wmk_ehc_chart_x (f, month)) + 0.5, top + 16);
  cairo_line_to (cr, round (wmk_ehc_chart_x (f, month)) + 0.5, bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  wmk_ehc_chart_text (f, _("Today"), wmk_ehc_chart_x (f, month), top, WMK_EHC_ANCHOR_CENTER,
                      WMK_EHC_ANCHOR_START, &f->fg, WMK_EHC_TEXT_SMALL | WMK_EHC_TEXT_PLATE);
}

/* Diagonal hatching in a rectangle: a fill that shows without its colour. */
void
wmk_ehc_chart_hatch (WmkEhcChartFrame *f, double x, double y, double width, double height,
                     const GdkRGBA *color)
{
  cairo_t *cr = f->cr;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 1.2);
  for (double d = x - height; d < x + width; d += 5)
    {
      cairo_move_to (cr, d, y + height);
      cairo_line_to (cr, d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
wmk_ehc_chart_diamond (cairo_t *cr, double x, double y, double r)
{
  cairo_move_to (cr, x, y - r);
  cairo_line_to (cr, x + r, y);
  cairo_line_to (cr, x, y + r);
  cairo_line_to (cr, x - r, y);
  cairo_close_path (cr);
}
