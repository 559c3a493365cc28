/* wmk-heat-map.c: the 5 × 5 risk grid before and after mitigation
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two grids side by side, likelihood up and impact across, with the band
 * legend beside them. Colour is never the only cue: every cell carries its
 * count (and, small, its score), the legend names each band with its score
 * range, a cell that holds risks is drawn stronger with a bold number, and
 * the accessible label says the whole picture in words.
 */

#include "config.h"

#include "wmk-heat-map.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#define AXIS       46.0   /* room left of a grid for the axis title and numbers */
#define HEADING    30.0   /* room above the grids for their titles */
#define X_AXIS     42.0   /* room below a grid for the numbers and axis title */
#define GAP        40.0   /* between the two grids */
#define LEGEND_GAP 32.0   /* between the grids and the legend beside them */
#define LEGEND_W   160.0
#define ROW        26.0   /* one band of the legend */
#define NOTE_H     40.0   /* the note under the legend */
#define MIN_CELL   18.0
#define NAT_CELL   46.0
#define SPACING    2.0    /* between cells */

/* The legend goes beside the grids when there is room, else under them. */
#define NARROW_FIXED (2 * AXIS + GAP)
#define WIDE_FIXED   (NARROW_FIXED + LEGEND_GAP + LEGEND_W)

struct _WmkHeatMap
{
  GtkWidget   parent_instance;

  WmkRiskGrid grid;
};

G_DEFINE_FINAL_TYPE (WmkHeatMap, wmk_heat_map, GTK_TYPE_WIDGET)

typedef struct
{
  double   cell;
  double   x0[2];      /* left edge of each grid's cells */
  double   y0;         /* top edge of the cells */
  gboolean below;      /* the legend is under the grids */
  double   legend_x;
  double   legend_y;
  double   legend_w;
  double   height;
} Geometry;

static void
layout_for_width (double width, Geometry *geo)
{
  double wide_cell = floor ((width - WIDE_FIXED) / 10);

  /* Smaller cells before the legend moves under them: the register below
   * needs the height more than the cells need the width. */
  geo->below = wide_cell < 26;
  if (geo->below)
    geo->cell = CLAMP (floor ((width - NARROW_FIXED) / 10), MIN_CELL, 34);
  else
    geo->cell = MIN (wide_cell, NAT_CELL);
  geo->x0[0] = AXIS;
  geo->x0[1] = AXIS + 5 * geo->cell + GAP + AXIS;
  geo->y0 = HEADING;
  geo->height = HEADING + 5 * geo->cell + X_AXIS;
  if (geo->below)
    {
      geo->legend_x = 0;
      geo->legend_y = geo->height + 8;
      geo->legend_w = NARROW_FIXED + 10 * geo->cell;
      /* Two bands a line, or one when that is too tight. */
      geo->height += 8 + (geo->legend_w >= 300 ? 2 : 4) * ROW + NOTE_H;
    }
  else
    {
      geo->legend_x = geo->x0[1] + 5 * geo->cell + LEGEND_GAP;
      geo->legend_y = 0;
      geo->legend_w = LEGEND_W;
    }
}

static void
get_geometry (WmkHeatMap *self, Geometry *geo)
{
  layout_for_width (gtk_widget_get_width (GTK_WIDGET (self)), geo);
}

/* The GNOME palette's green 3, yellow 3, orange 3 and red 2. */
static void
band_color (WmkRiskBand band, GdkRGBA *color)
{
  static const char *const colors[] = { "#c0bfbc", "#33d17a", "#f6d32d", "#ff7800", "#e01b24" };

  gdk_rgba_parse (color, colors[band]);
}

static gboolean
is_dark (const GdkRGBA *fg)
{
  return 0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5;
}

/* The cell's colour mixed over the window's background, and a text colour
 * that reads on it, whatever the style. */
static void
cell_colors (WmkRiskBand band, double strength, gboolean dark, GdkRGBA *fill, GdkRGBA *text)
{
  GdkRGBA tint;
  double base = dark ? 0.19 : 1.0, luminance;

  band_color (band, &tint);
  fill->red = base + (tint.red - base) * strength;
  fill->green = base + (tint.green - base) * strength;
  fill->blue = base + (tint.blue - base) * strength;
  fill->alpha = 1;
  luminance = 0.2126 * fill->red + 0.7152 * fill->green + 0.0722 * fill->blue;
  *text = luminance > 0.45 ? (GdkRGBA){ 0, 0, 0, 0.87 } : (GdkRGBA){ 1, 1, 1, 1 };
}

static void
draw_text (GtkWidget *widget, GtkSnapshot *snapshot, const char *markup, double x, double y,
           double width, PangoAlignment align, const GdkRGBA *color)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, align);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

/* Text centred in a box, vertically too. */
static void
draw_centred (GtkWidget *widget, GtkSnapshot *snapshot, const char *markup,
              const graphene_rect_t *box, const GdkRGBA *color)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  int w, h;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (box->origin.x + (box->size.width - w) / 2,
                                                box->origin.y + (box->size.height - h) / 2));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
draw_grid (WmkHeatMap *self, GtkSnapshot *snapshot, const Geometry *geo, guint side,
           const GdkRGBA *fg, gboolean dark)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const guint (*cells)[WMK_RISK_SCALE] = side ? self->grid.after : self->grid.before;
  double x0 = geo->x0[side], size = 5 * geo->cell;
  GdkRGBA dim = *fg;
  g_autofree char *heading = g_markup_printf_escaped (
    "<b>%s</b>", side ? _("After mitigation") : _("Before mitigation"));

  dim.alpha *= 0.7;
  draw_text (widget, snapshot, heading, x0, 2, size, PANGO_ALIGN_CENTER, fg);

  for (int l = 1; l <= WMK_RISK_SCALE; l++)
    for (int i = 1; i <= WMK_RISK_SCALE; i++)
      {
        guint count = cells[l - 1][i - 1];
        int score = wmk_risk_score (l, i);
        graphene_rect_t box = GRAPHENE_RECT_INIT (x0 + (i - 1) * geo->cell + SPACING / 2,
                                                  geo->y0 + (5 - l) * geo->cell + SPACING / 2,
                                                  geo->cell - SPACING, geo->cell - SPACING);
        g_autofree char *number = count ? g_strdup_printf ("<big><b>%u</b></big>", count)
                                        : g_strdup ("0");
        g_autofree char *corner = g_strdup_printf ("<small>%d</small>", score);
        GdkRGBA fill, text, faint;

        cell_colors (wmk_risk_band_for_score (score), count ? 0.85 : dark ? 0.22 : 0.3, dark, &fill,
                     &text);
        gtk_snapshot_append_color (snapshot, &fill, &box);
        if (count)
          {
            GskRoundedRect outline;
            float widths[4] = { 2, 2, 2, 2 };
            GdkRGBA edge[4] = { text, text, text, text };

            gsk_rounded_rect_init_from_rect (&outline, &box, 0);
            gtk_snapshot_append_border (snapshot, &outline, widths, edge);
          }
        faint = text;
        faint.alpha = count ? 0.75 : 0.5;
        draw_centred (widget, snapshot, number, &box, count ? &text : &faint);
        /* The score in the corner, where there is room for it beside the count. */
        faint.alpha = 0.55;
        if (geo->cell >= 40)
          draw_text (widget, snapshot, corner, box.origin.x + 3, box.origin.y + 1, geo->cell / 2,
                     PANGO_ALIGN_LEFT, &faint);
      }

  /* Axes: numbers beside and under the cells, titles outside them. */
  for (int n = 1; n <= WMK_RISK_SCALE; n++)
    {
      g_autofree char *label = g_strdup_printf ("%d", n);
      graphene_rect_t left = GRAPHENE_RECT_INIT (x0 - 18, geo->y0 + (5 - n) * geo->cell, 14,
                                                 geo->cell);
      graphene_rect_t under = GRAPHENE_RECT_INIT (x0 + (n - 1) * geo->cell, geo->y0 + size + 2,
                                                  geo->cell, 16);

      draw_centred (widget, snapshot, label, &left, &dim);
      draw_centred (widget, snapshot, label, &under, &dim);
    }
  {
    g_autofree char *impact = g_markup_printf_escaped ("%s →", _("Impact"));
    g_autofree char *likelihood = g_markup_printf_escaped ("%s →", _("Likelihood"));
    graphene_rect_t up = GRAPHENE_RECT_INIT (-size / 2, -10, size, 20);

    draw_text (widget, snapshot, impact, x0, geo->y0 + size + 20, size, PANGO_ALIGN_CENTER, &dim);
    /* Read from the bottom up, the way the likelihood grows. */
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0 - 34, geo->y0 + size / 2));
    gtk_snapshot_rotate (snapshot, -90);
    draw_centred (widget, snapshot, likelihood, &up, &dim);
    gtk_snapshot_restore (snapshot);
  }
}

static void
draw_legend (WmkHeatMap *self, GtkSnapshot *snapshot, const Geometry *geo, const GdkRGBA *fg,
             gboolean dark)
{
  static const struct { WmkRiskBand band; const char *range; } rows[] = {
    { WMK_RISK_BAND_VERY_HIGH, "15–25" }, { WMK_RISK_BAND_HIGH, "10–14" },
    { WMK_RISK_BAND_MEDIUM, "5–9" }, { WMK_RISK_BAND_LOW, "1–4" },
  };
  GtkWidget *widget = GTK_WIDGET (self);
  /* Beside the grids: a title and one band a line. Under them: two a line,
   * or one when the map is narrow. */
  guint per_line = geo->below && geo->legend_w >= 300 ? 2 : 1;
  double x = geo->legend_x, y = geo->legend_y + (geo->below ? 0 : geo->y0);
  double column = geo->legend_w / per_line;
  GdkRGBA dim = *fg;
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", _("Score bands"));
  g_autofree char *note = g_markup_printf_escaped (
    "<small>%s</small>", _("Score = likelihood × impact. Each number is how many open risks sit "
                           "in that cell."));

  dim.alpha *= 0.7;
  if (!geo->below)
    draw_text (widget, snapshot, title, x, 2, geo->legend_w, PANGO_ALIGN_LEFT, fg);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = g_markup_printf_escaped ("%s  <span alpha='70%%'>%s</span>",
                                                       wmk_risk_band_word (rows[i].band),
                                                       rows[i].range);
      double cx = x + (i % per_line) * column;
      double cy = y + (i / per_line) * ROW;
      graphene_rect_t swatch = GRAPHENE_RECT_INIT (cx, cy + 2, 18, 18);
      GdkRGBA fill, ink;

      cell_colors (rows[i].band, 0.85, dark, &fill, &ink);
      gtk_snapshot_append_color (snapshot, &fill, &swatch);
      draw_text (widget, snapshot, text, cx + 26, cy + 1, column - 26, PANGO_ALIGN_LEFT, fg);
    }
  y += (4 / per_line) * ROW + 8;
  draw_text (widget, snapshot, note, x, y, geo->legend_w, PANGO_ALIGN_LEFT, &dim);
}

static void
wmk_heat_map_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkHeatMap *self = WMK_HEAT_MAP (widget);
  Geometry geo;
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  get_geometry (self, &geo);
  draw_grid (self, snapshot, &geo, 0, &fg, is_dark (&fg));
  draw_grid (self, snapshot, &geo, 1, &fg, is_dark (&fg));
  draw_legend (self, snapshot, &geo, &fg, is_dark (&fg));
}

static GtkSizeRequestMode
wmk_heat_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wmk_heat_map_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                      int *natural, int *minimum_baseline, int *natural_baseline)
{
  Geometry geo;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (NARROW_FIXED + 10 * MIN_CELL);
      *natural = (int) (WIDE_FIXED + 10 * NAT_CELL);
      return;
    }
  layout_for_width (for_size < 0 ? WIDE_FIXED + 10 * NAT_CELL : for_size, &geo);
  *minimum = *natural = (int) ceil (geo.height);
}

/* Hovering a cell says what it is in words. */
static gboolean
wmk_heat_map_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                            GtkTooltip *tooltip)
{
  WmkHeatMap *self = WMK_HEAT_MAP (widget);
  Geometry geo;

  get_geometry (self, &geo);
  for (guint side = 0; side < 2; side++)
    {
      int i = (int) floor ((x - geo.x0[side]) / geo.cell) + 1;
      int l = 5 - (int) floor ((y - geo.y0) / geo.cell);
      guint count;
      int score;
      g_autofree char *text = NULL;

      if (x < geo.x0[side] || y < geo.y0 || i < 1 || i > 5 || l < 1 || l > 5)
        continue;
      count = side ? self->grid.after[l - 1][i - 1] : self->grid.before[l - 1][i - 1];
      score = wmk_risk_score (l, i);
      /* Translators: "Before mitigation: likelihood 4 (Likely) × impact 5 (Severe) = 20, Very
       * high. 2 open risks." */
      text = g_strdup_printf (ngettext ("%s: likelihood %d (%s) × impact %d (%s) = %d, %s. "
                                        "%u open risk.",
                                        "%s: likelihood %d (%s) × impact %d (%s) = %d, %s. "
                                        "%u open risks.", count),
                              side ? _("After mitigation") : _("Before mitigation"), l,
                              wmk_risk_likelihood_word (l), i, wmk_risk_impact_word (i), score,
                              wmk_risk_band_word (wmk_risk_band_for_score (score)), count);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  return FALSE;
}

static void
update_accessible_label (WmkHeatMap *self)
{
  static const WmkRiskBand bands[] = {
    WMK_RISK_BAND_VERY_HIGH, WMK_RISK_BAND_HIGH, WMK_RISK_BAND_MEDIUM, WMK_RISK_BAND_LOW,
  };
  const WmkRiskGrid *grid = &self->grid;
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("Risk heat map of %u open risk: ",
                                          "Risk heat map of %u open risks: ", grid->n_open),
                          grid->n_open);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      g_autofree char *word = g_utf8_strdown (wmk_risk_band_word (bands[i]), -1);

      /* Translators: "3 risks very high before mitigation, 1 after" */
      g_string_append_printf (text, ngettext ("%u risk %s before mitigation, %u after",
                                              "%u risks %s before mitigation, %u after",
                                              grid->bands_before[bands[i]]),
                              grid->bands_before[bands[i]], word, grid->bands_after[bands[i]]);
      g_string_append (text, i + 1 < G_N_ELEMENTS (bands) ? "; " : ".");
    }
  if (grid->bands_before[WMK_RISK_BAND_NONE] || grid->bands_after[WMK_RISK_BAND_NONE])
    g_string_append_printf (text, _(" Not scored: %u before mitigation, %u after."),
                            grid->bands_before[WMK_RISK_BAND_NONE],
                            grid->bands_after[WMK_RISK_BAND_NONE]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

/**
 * wmk_heat_map_set_grid:
 * @grid: the counts, from wmk_risk_grid_count()
 */
void
wmk_heat_map_set_grid (WmkHeatMap *self, const WmkRiskGrid *grid)
{
  g_return_if_fail (WMK_IS_HEAT_MAP (self));
  g_return_if_fail (grid != NULL);

  if (memcmp (&self->grid, grid, sizeof *grid) == 0)
    return;
  self->grid = *grid;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_heat_map_class_init (WmkHeatMapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = wmk_heat_map_snapshot;
  widget_class->get_request_mode = wmk_heat_map_get_request_mode;
  widget_class->measure = wmk_heat_map_measure;
  widget_class->query_tooltip = wmk_heat_map_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "heat-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_heat_map_init (WmkHeatMap *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible_label (self);
}

GtkWidget *
wmk_heat_map_new (void)
{
  return g_object_new (WMK_TYPE_HEAT_MAP, NULL);
}
