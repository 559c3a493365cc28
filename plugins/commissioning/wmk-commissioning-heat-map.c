/* wmk-commissioning-heat-map.c: the need × locality gap matrix, drawn
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row a need, one column a district. Each cell carries its figures, the
 * coverage in bold and "places / estimate" under it, and its band's shape in
 * the corner (● covered, ◆ short, ▲ gap), so the map reads without colour;
 * the tint only repeats the band. The legend names each band with its range,
 * a tooltip says a cell in words, and the accessible label is the whole
 * matrix in words (wmk_commissioning_matrix_describe()), as is the text the
 * page shows under the map. Drawn like the app's risk heat map
 * (src/app/wmk-heat-map.c).
 */

#include "wmk-commissioning-heat-map.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define ROW_HEAD   96.0   /* the needs, left of the cells */
#define COL_HEAD   40.0   /* the districts, above the cells */
#define CELL_H     54.0
#define MIN_CELL_W 64.0
#define SPACING    2.0
#define LEGEND     34.0

struct _WmkCommissioningHeatMap
{
  GtkWidget              parent_instance;

  WmkCommissioningMatrix matrix;
};

G_DEFINE_FINAL_TYPE (WmkCommissioningHeatMap, wmk_commissioning_heat_map, GTK_TYPE_WIDGET)

/* The GNOME palette's green 3, yellow 3 and red 2, as the risk heat map. */
static void
band_color (WmkCommissioningBand band, gboolean dark, GdkRGBA *fill, GdkRGBA *text)
{
  static const char *const colors[] = { "#33d17a", "#f6d32d", "#e01b24" };
  GdkRGBA tint;
  double base = dark ? 0.19 : 1.0, strength = 0.6, luminance;

  gdk_rgba_parse (&tint, colors[band]);
  fill->red = base + (tint.red - base) * strength;
  fill->green = base + (tint.green - base) * strength;
  fill->blue = base + (tint.blue - base) * strength;
  fill->alpha = 1;
  luminance = 0.2126 * fill->red + 0.7152 * fill->green + 0.0722 * fill->blue;
  *text = luminance > 0.45 ? (GdkRGBA){ 0, 0, 0, 0.87 } : (GdkRGBA){ 1, 1, 1, 1 };
}

static void
draw_text (GtkWidget *widget, GtkSnapshot *snapshot, const char *markup,
           const graphene_rect_t *box, PangoAlignment align, gboolean middle, const GdkRGBA *color)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  int w, h;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) (box->size.width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, align);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (box->origin.x,
                                                box->origin.y
                                                  + (middle ? (box->size.height - h) / 2 : 0)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static double
cell_width (GtkWidget *widget)
{
  return MAX (MIN_CELL_W, (gtk_widget_get_width (widget) - ROW_HEAD)
                            / WMK_COMMISSIONING_N_LOCALITIES);
}

static void
wmk_commissioning_heat_map_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  WmkCommissioningHeatMap *self = WMK_COMMISSIONING_HEAT_MAP (widget);
  double cw = cell_width (widget);
  GdkRGBA fg, dim;
  gboolean dark;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;
  dim = fg;
  dim.alpha *= 0.7;

  for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
    {
      g_autofree char *name = g_markup_printf_escaped (
        "<small><b>%s</b></small>",
        wmk_commissioning_enum_word ("locality", wmk_commissioning_locality_id (l)));
      graphene_rect_t box = GRAPHENE_RECT_INIT (ROW_HEAD + l * cw, 0, cw, COL_HEAD);

      draw_text (widget, snapshot, name, &box, PANGO_ALIGN_CENTER, TRUE, &fg);
    }
  for (guint n = 0; n < WMK_COMMISSIONING_N_NEEDS; n++)
    {
      g_autofree char *need = g_markup_printf_escaped ("<b>%s</b>",
                                                       wmk_commissioning_need_short (n));
      graphene_rect_t head = GRAPHENE_RECT_INIT (0, COL_HEAD + n * CELL_H, ROW_HEAD - 8, CELL_H);

      draw_text (widget, snapshot, need, &head, PANGO_ALIGN_RIGHT, TRUE, &fg);
      for (guint l = 0; l < WMK_COMMISSIONING_N_LOCALITIES; l++)
        {
          const WmkCommissioningCell *cell = &self->matrix.cells[n][l];
          graphene_rect_t box = GRAPHENE_RECT_INIT (ROW_HEAD + l * cw + SPACING / 2,
                                                    COL_HEAD + n * CELL_H + SPACING / 2,
                                                    cw - SPACING, CELL_H - SPACING);
          graphene_rect_t top = box, corner = GRAPHENE_RECT_INIT (box.origin.x + 4,
                                                                  box.origin.y + 2, 16, 16);
          g_autofree char *figure = g_strdup_printf ("<b>%.0f%%</b>\n<small>%.0f / %.0f</small>",
                                                     cell->coverage, cell->capacity,
                                                     cell->estimate);
          g_autofree char *shape = g_strdup_printf ("<small>%s</small>",
                                                    wmk_commissioning_band_shape (cell->band));
          GdkRGBA fill, text;

          band_color (cell->band, dark, &fill, &text);
          gtk_snapshot_append_color (snapshot, &fill, &box);
          top.origin.y += 2;
          draw_text (widget, snapshot, figure, &top, PANGO_ALIGN_CENTER, TRUE, &text);
          draw_text (widget, snapshot, shape, &corner, PANGO_ALIGN_LEFT, FALSE, &text);
        }
    }

  /* The legend: each band's shape, word and range. */
  {
    static const struct { WmkCommissioningBand band; const char *range; } rows[] = {
      { WMK_COMMISSIONING_BAND_COVERED, N_("100% or more of the estimated need") },
      { WMK_COMMISSIONING_BAND_SHORT, N_("80–99%") },
      { WMK_COMMISSIONING_BAND_GAP, N_("under 80%") },
    };
    double x = ROW_HEAD, y = COL_HEAD + WMK_COMMISSIONING_N_NEEDS * CELL_H + 10;

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *text = g_markup_printf_escaped (
          "<small>%s %s <span alpha='70%%'>%s</span></small>",
          wmk_commissioning_band_shape (rows[i].band), wmk_commissioning_band_word (rows[i].band),
          _(rows[i].range));
        graphene_rect_t swatch = GRAPHENE_RECT_INIT (x, y + 2, 14, 14);
        graphene_rect_t label = GRAPHENE_RECT_INIT (x + 20, y, 320, 20);
        GdkRGBA fill, ink;

        band_color (rows[i].band, dark, &fill, &ink);
        gtk_snapshot_append_color (snapshot, &fill, &swatch);
        draw_text (widget, snapshot, text, &label, PANGO_ALIGN_LEFT, FALSE, &fg);
        x += i == 0 ? 330 : 150;
      }
  }
}

static void
wmk_commissioning_heat_map_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                    int *minimum, int *natural, int *minimum_baseline,
                                    int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (ROW_HEAD + WMK_COMMISSIONING_N_LOCALITIES * MIN_CELL_W);
      *natural = (int) (ROW_HEAD + WMK_COMMISSIONING_N_LOCALITIES * 96);
    }
  else
    *minimum = *natural = (int) (COL_HEAD + WMK_COMMISSIONING_N_NEEDS * CELL_H + LEGEND);
}

/* Hovering a cell says it in words. */
static gboolean
wmk_commissioning_heat_map_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                                          GtkTooltip *tooltip)
{
  WmkCommissioningHeatMap *self = WMK_COMMISSIONING_HEAT_MAP (widget);
  int l = (int) floor ((x - ROW_HEAD) / cell_width (widget));
  int n = (int) floor ((y - COL_HEAD) / CELL_H);
  const WmkCommissioningCell *cell;
  g_autofree char *text = NULL;

  if (x < ROW_HEAD || y < COL_HEAD || l >= WMK_COMMISSIONING_N_LOCALITIES
      || n >= WMK_COMMISSIONING_N_NEEDS)
    return FALSE;
  cell = &self->matrix.cells[n][l];
  /* Translators: "Autism in Torridge: 76 targeted and specialist places for an estimated 169
   * children, 45%. Gap." */
  text = g_strdup_printf (_("%s in %s: %.0f targeted and specialist places for an estimated %.0f "
                            "children, %.0f%%. %s."),
                          wmk_commissioning_enum_word ("need", wmk_commissioning_need_id (n)),
                          wmk_commissioning_enum_word ("locality",
                                                       wmk_commissioning_locality_id (l)),
                          cell->capacity, cell->estimate, cell->coverage,
                          wmk_commissioning_band_word (cell->band));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * wmk_commissioning_heat_map_set_matrix:
 * @matrix: from wmk_commissioning_matrix_compute()
 */
void
wmk_commissioning_heat_map_set_matrix (WmkCommissioningHeatMap *self,
                                       const WmkCommissioningMatrix *matrix)
{
  g_autofree char *words = NULL, *label = NULL;

  g_return_if_fail (WMK_IS_COMMISSIONING_HEAT_MAP (self));
  g_return_if_fail (matrix != NULL);

  self->matrix = *matrix;
  words = wmk_commissioning_matrix_describe (matrix, 48);
  label = g_strdup_printf (_("Need by district heat map. %s"), words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wmk_commissioning_heat_map_class_init (WmkCommissioningHeatMapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = wmk_commissioning_heat_map_snapshot;
  widget_class->measure = wmk_commissioning_heat_map_measure;
  widget_class->query_tooltip = wmk_commissioning_heat_map_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "commissioning-heat-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wmk_commissioning_heat_map_init (WmkCommissioningHeatMap *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
}

GtkWidget *
wmk_commissioning_heat_map_new (void)
{
  return g_object_new (WMK_TYPE_COMMISSIONING_HEAT_MAP, NULL);
}
