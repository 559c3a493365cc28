/* wmk-ehc-chart-draw.h: what the EHC backlog's two charts draw alike
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum { WMK_EHC_ANCHOR_START, WMK_EHC_ANCHOR_CENTER, WMK_EHC_ANCHOR_END } WmkEhcAnchor;

typedef enum
{
  WMK_EHC_TEXT_NORMAL = 0,
  WMK_EHC_TEXT_SMALL = 1 << 0,
  WMK_EHC_TEXT_PLATE = 1 << 1,  /* on a plate of the background, so lines never cross it */
  WMK_EHC_TEXT_BOLD = 1 << 2,
} WmkEhcTextStyle;

/**
 * WmkEhcChartFrame:
 *
 * One frame of a chart: where the plot is, the spans of its axes (months
 * along x, each month's figure at the middle of its slot), and colours from
 * libadwaita's named colours so that the dark style and high contrast work.
 */
typedef struct
{
  GtkWidget       *widget;
  GtkSnapshot     *snapshot;
  cairo_t         *cr;
  graphene_rect_t  plot;
  int              month_min, month_max;  /* the first and last month slots */
  double           y_min, y_max, y_step;
  GdkRGBA          fg, dim, grid, accent, accent_soft, warning, plate[2];
} WmkEhcChartFrame;

void    wmk_ehc_chart_frame_init (WmkEhcChartFrame *f,
                                  GtkWidget        *widget,
                                  GtkSnapshot      *snapshot);
void    wmk_ehc_chart_frame_fit  (WmkEhcChartFrame *f,
                                  int               width,
                                  int               height,
                                  int               top,
                                  const char       *unit);
double  wmk_ehc_chart_x          (WmkEhcChartFrame *f,
                                  double            month);
double  wmk_ehc_chart_y          (WmkEhcChartFrame *f,
                                  double            value);
double  wmk_ehc_chart_slot       (WmkEhcChartFrame *f);
double  wmk_ehc_chart_nice_step  (double            span,
                                  int               max_steps);
void    wmk_ehc_chart_text       (WmkEhcChartFrame *f,
                                  const char       *text,
                                  double            x,
                                  double            y,
                                  WmkEhcAnchor      h,
                                  WmkEhcAnchor      v,
                                  const GdkRGBA    *color,
                                  WmkEhcTextStyle   style);
int     wmk_ehc_chart_text_width (WmkEhcChartFrame *f,
                                  const char       *text,
                                  WmkEhcTextStyle   style);
void    wmk_ehc_chart_axes       (WmkEhcChartFrame *f,
                                  const char       *unit);
void    wmk_ehc_chart_today      (WmkEhcChartFrame *f,
                                  const char       *today);
void    wmk_ehc_chart_hatch      (WmkEhcChartFrame *f,
                                  double            x,
                                  double            y,
                                  double            width,
                                  double            height,
                                  const GdkRGBA    *color);
void    wmk_ehc_chart_diamond    (cairo_t          *cr,
                                  double            x,
                                  double            y,
                                  double            r);
double  wmk_ehc_chart_month_of_date (const char    *date);

G_END_DECLS
