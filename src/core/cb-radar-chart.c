/* cb-radar-chart.c: the radar chart
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One axis per dimension or indicator, all on one scale (methods.md B7:
 * axis k of K at −π/2 + 2πk/K, clockwise from 12 o'clock; r = R·(v − lo)
 * / (hi − lo)), polygon gridlines with their values, one polygon per case
 * with markers and a dash pattern as well as a colour, the target as a
 * dashed polygon. At indicator level the dimensions are shaded sectors.
 * Beyond a few cases, small multiples: one radar per case on the same scale.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

#define GRID_STEPS 5

typedef struct
{
  double cx;
  double cy;
  double radius;
  double lo;
  double hi;
  guint n_axes;
} Geometry;

static double
axis_angle (guint axis,
            guint n_axes)
{
  return -G_PI / 2 + 2 * G_PI * axis / n_axes;
}

static void
axis_point (const Geometry *g,
            guint           axis,
            double          value,
            double         *x,
            double         *y)
{
  double t = CLAMP ((value - g->lo) / (g->hi - g->lo), 0.0, 1.0);
  double angle = axis_angle (axis, g->n_axes);

  *x = g->cx + g->radius * t * cos (angle);
  *y = g->cy + g->radius * t * sin (angle);
}

static CbColor
sector_tint (const CbChartStyle *style,
             guint               dimension)
{
  CbColor tint = style->foreground;

  tint.alpha = (const double[]) { 0.03, 0.08, 0.13 }[dimension % 3];
  return tint;
}

static void
draw_grid (cairo_t            *cr,
           const CbChartData  *data,
           const CbChartStyle *style,
           const Geometry     *g,
           gboolean            with_values,
           GArray             *boxes)
{
  CbDataset *dataset = cb_result_get_dataset (cb_chart_data_get_result (data));
  double unit = style->font_size;

  /* Dimension sectors behind the indicators: each indicator's wedge of
   * the outer gridline, tinted by its dimension, with a line where one
   * dimension ends and the next begins. */
  if (data->level == CB_CHART_LEVEL_INDICATOR && g->n_axes >= 3)
    {
      for (guint axis = 0; axis < g->n_axes; axis++)
        {
          guint previous = (axis + g->n_axes - 1) % g->n_axes, next = (axis + 1) % g->n_axes;
          guint dimension = cb_dataset_get_indicator_dimension (dataset, axis);
          CbColor tint = sector_tint (style, dimension);
          double x0, y0, x1, y1, x2, y2;

          axis_point (g, previous, g->hi, &x0, &y0);
          axis_point (g, axis, g->hi, &x1, &y1);
          axis_point (g, next, g->hi, &x2, &y2);
          _cb_chart_set_colour (cr, &tint, 1.0);
          cairo_move_to (cr, g->cx, g->cy);
          cairo_line_to (cr, (x0 + x1) / 2, (y0 + y1) / 2);
          cairo_line_to (cr, x1, y1);
          cairo_line_to (cr, (x1 + x2) / 2, (y1 + y2) / 2);
          cairo_close_path (cr);
          cairo_fill (cr);

          if (cb_dataset_get_indicator_dimension (dataset, next) != dimension)
            {
              cairo_save (cr);
              _cb_chart_set_colour (cr, &style->muted, 0.8);
              cairo_set_line_width (cr, MAX (1.2, unit * 0.1));
              cairo_move_to (cr, g->cx, g->cy);
              cairo_line_to (cr, (x1 + x2) / 2, (y1 + y2) / 2);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
        }
    }

  cairo_save (cr);
  _cb_chart_set_colour (cr, &style->grid, 1.0);
  cairo_set_line_width (cr, MAX (1.0, unit * 0.07));
  for (guint step = 1; step <= GRID_STEPS; step++)
    {
      double value = g->lo + (g->hi - g->lo) * step / GRID_STEPS;

      for (guint axis = 0; axis <= g->n_axes; axis++)
        {
          double x, y;

          axis_point (g, axis % g->n_axes, value, &x, &y);
          if (axis == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      cairo_stroke (cr);
    }
  for (guint axis = 0; axis < g->n_axes; axis++)
    {
      double x, y;

      axis_point (g, axis, g->hi, &x, &y);
      cairo_move_to (cr, g->cx, g->cy);
      cairo_line_to (cr, x, y);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  if (!with_values)
    return;

  /* Scale values on the middle of the first gridline edge, between the
   * first two axes, where no marker sits. */
  for (guint step = 1; step <= GRID_STEPS; step++)
    {
      double value = g->lo + (g->hi - g->lo) * step / GRID_STEPS;
      g_autofree char *text = g_strdup_printf ("%g", round (value * 10) / 10);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, text, 0.72, FALSE, -1);
      double x0, y0, x1, y1;

      axis_point (g, 0, value, &x0, &y0);
      axis_point (g, 1 % g->n_axes, value, &x1, &y1);
      _cb_chart_show (cr, layout, (x0 + x1) / 2, (y0 + y1) / 2, CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                      &style->muted, boxes);
    }
}

static void
draw_polygon (cairo_t            *cr,
              const CbChartStyle *style,
              const Geometry     *g,
              const double       *values,
              const CbColor      *colour,
              guint               series,
              gboolean            target,
              double              line_width,
              double              fill_alpha)
{
  gboolean complete = TRUE, pen_down = FALSE;

  for (guint axis = 0; axis < g->n_axes; axis++)
    complete &= !isnan (values[axis]);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* A missing score breaks the outline there; only a complete polygon is
   * filled. */
  for (guint k = 0; k <= g->n_axes; k++)
    {
      guint axis = k % g->n_axes;
      double x, y;

      if (isnan (values[axis]) || (k == g->n_axes && !complete))
        {
          pen_down = FALSE;
          continue;
        }
      axis_point (g, axis, values[axis], &x, &y);
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
    }
  if (complete && !target && fill_alpha > 0)
    {
      cairo_close_path (cr);
      _cb_chart_set_colour (cr, colour, fill_alpha);
      cairo_fill_preserve (cr);
    }
  _cb_chart_set_colour (cr, colour, 1.0);
  cairo_set_line_width (cr, line_width);
  if (target)
    {
      double dashes[] = { line_width * 3.5, line_width * 2.2 };

      cairo_set_dash (cr, dashes, 2, 0);
    }
  else
    _cb_chart_set_dash (cr, series, line_width);
  cairo_stroke (cr);

  /* The markers as one path, so that a series is one outline and one
   * set of markers in a vector file. */
  if (!target)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint axis = 0; axis < g->n_axes; axis++)
        if (!isnan (values[axis]))
          {
            double x, y;

            axis_point (g, axis, values[axis], &x, &y);
            _cb_chart_marker_path (cr, series, x, y, line_width * 3.2);
          }
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* The axis labels around the radar; returns FALSE (drawing nothing) if
 * they would not fit at this size. */
static gboolean
axis_labels (cairo_t            *cr,
             const CbChartData  *data,
             const CbChartStyle *style,
             const Geometry     *g,
             double              scale,
             gboolean            draw,
             double             *needed_x,
             double             *needed_y,
             GArray             *boxes)
{
  double unit = style->font_size;
  double pad = unit * 0.5;

  *needed_x = *needed_y = 0;
  for (guint axis = 0; axis < g->n_axes; axis++)
    {
      double angle = axis_angle (axis, g->n_axes);
      double c = cos (angle), s = sin (angle);
      g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, axis), TRUE);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, scale, FALSE, unit * 9 * scale);
      CbAlign xalign = c > 0.25 ? CB_ALIGN_START : (c < -0.25 ? CB_ALIGN_END : CB_ALIGN_CENTER);
      CbAlign yalign = s > 0.25 ? CB_ALIGN_START : (s < -0.25 ? CB_ALIGN_END : CB_ALIGN_CENTER);
      double w, h;

      _cb_chart_layout_size (layout, &w, &h);
      *needed_x = MAX (*needed_x, (xalign == CB_ALIGN_CENTER ? w / 2 : w) + pad);
      *needed_y = MAX (*needed_y, (yalign == CB_ALIGN_CENTER ? h / 2 : h) + pad);
      if (draw)
        _cb_chart_show (cr, layout, g->cx + (g->radius + pad) * c, g->cy + (g->radius + pad) * s,
                        xalign, yalign, &style->foreground, boxes);
    }
  return TRUE;
}

/* One radar in the box, with the given cases (positions into data->cases). */
static void
draw_radar (cairo_t            *cr,
            const CbChartData  *data,
            const CbChartStyle *style,
            double              x,
            double              y,
            double              width,
            double              height,
            const guint        *series,
            guint               n_series,
            double              label_scale,
            GArray             *boxes)
{
  CbResult *result = cb_chart_data_get_result (data);
  Geometry g = { 0 };
  double need_x, need_y, unit = style->font_size;
  g_autofree double *values = NULL;
  gboolean labels = TRUE;

  double min_c = 0, max_c = 0, min_s = 0, max_s = 0;

  g.n_axes = _cb_chart_n_axes (data);
  _cb_chart_value_range (data, &g.lo, &g.hi);
  for (guint axis = 0; axis < g.n_axes; axis++)
    {
      double angle = axis_angle (axis, g.n_axes);

      min_c = MIN (min_c, cos (angle));
      max_c = MAX (max_c, cos (angle));
      min_s = MIN (min_s, sin (angle));
      max_s = MAX (max_s, sin (angle));
    }

  /* The largest radar whose polygon and labels fit (a triangle is not as
   * tall as wide); at small sizes the labels are left out. */
  axis_labels (cr, data, style, &g, label_scale, FALSE, &need_x, &need_y, NULL);
  g.radius = MIN ((width - 2 * need_x) / (max_c - min_c), (height - 2 * need_y) / (max_s - min_s));
  if (g.radius < unit * 3)
    {
      labels = FALSE;
      need_x = need_y = unit * 0.5;
      g.radius = MIN ((width - 2 * need_x) / (max_c - min_c), (height - 2 * need_y) / (max_s - min_s));
    }
  if (g.radius <= unit)
    return;
  g.cx = x + width / 2 - g.radius * (min_c + max_c) / 2;
  g.cy = y + height / 2 - g.radius * (min_s + max_s) / 2;

  draw_grid (cr, data, style, &g, labels, boxes);

  values = g_new (double, g.n_axes);
  for (guint axis = 0; axis < g.n_axes; axis++)
    values[axis] = _cb_chart_target_value (data, axis);
  draw_polygon (cr, style, &g, values, &style->target, 0, TRUE, MAX (1.2, unit * 0.12), 0);

  for (guint s = 0; s < n_series; s++)
    {
      guint k = series[s];
      guint c = g_array_index (data->cases, guint, k);
      CbColor colour = _cb_chart_series_colour (data, style, k);

      for (guint axis = 0; axis < g.n_axes; axis++)
        values[axis] = _cb_chart_value (data, c, axis);
      /* Fills only while few polygons overlap: more turn grey. */
      draw_polygon (cr, style, &g, values, &colour, k, FALSE, MAX (1.5, unit * 0.16),
                    n_series <= 3 ? 0.12 : 0.0);
    }
  (void) result;

  if (labels)
    axis_labels (cr, data, style, &g, label_scale, TRUE, &need_x, &need_y, boxes);
}

static double
dimension_key (cairo_t            *cr,
               const CbChartData  *data,
               const CbChartStyle *style,
               double              x,
               double              y,
               double              width,
               gboolean            draw,
               GArray             *boxes)
{
  CbDataset *dataset = cb_result_get_dataset (cb_chart_data_get_result (data));
  double unit = style->font_size, cx = x, cy = y, line = unit * 1.5;

  if (data->level != CB_CHART_LEVEL_INDICATOR)
    return 0;

  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      g_autofree char *label = _cb_chart_label (data, cb_dataset_get_dimension_name (dataset, d), FALSE);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, CB_CHART_SMALL_SCALE, FALSE, -1);
      CbColor tint = sector_tint (style, d);
      double w, h;

      _cb_chart_layout_size (layout, &w, &h);
      if (cx > x && cx + unit * 1.4 + w > x + width)
        {
          cx = x;
          cy += line;
        }
      if (draw)
        {
          tint.alpha *= 1.6;
          _cb_chart_set_colour (cr, &tint, 1.0);
          cairo_rectangle (cr, cx, cy + line / 2 - unit * 0.45, unit * 0.9, unit * 0.9);
          cairo_fill (cr);
          _cb_chart_show (cr, layout, cx + unit * 1.3, cy + line / 2, CB_ALIGN_START, CB_ALIGN_CENTER,
                          &style->muted, boxes);
        }
      cx += unit * 1.4 + w + unit;
    }
  return cy - y + line;
}

void
cb_radar_chart_draw (cairo_t            *cr,
                     const CbChartData  *data,
                     const CbChartStyle *style,
                     double              width,
                     double              height,
                     GArray             *boxes)
{
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  const char *title = data->level == CB_CHART_LEVEL_DIMENSION ? _("Scores by dimension")
                                                               : _("Scores by indicator");
  double top = _cb_chart_begin (cr, data, style, width, height, title, boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  guint n = data->cases->len;
  g_autofree guint *series = g_new (guint, MAX (1, n));
  gboolean side = width > height * 1.25;
  double legend_w, legend_h, key_h;

  for (guint k = 0; k < n; k++)
    series[k] = k;

  if (n == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose at least one case to compare."), boxes);
      return;
    }
  if (_cb_chart_n_axes (data) < 3)
    {
      _cb_chart_message (cr, style, x, y, w, h,
                         _("A radar chart needs at least three axes. Show the indicators, or use "
                           "the ranking or gap chart."), boxes);
      return;
    }

  /* The legend beside the radar when the chart is wide, else below it. */
  legend_w = side ? MAX (unit * 12, w * 0.26) : w;
  legend_h = _cb_chart_legend (cr, data, style, 0, 0, legend_w, TRUE, FALSE, NULL);
  key_h = dimension_key (cr, data, style, 0, 0, legend_w, FALSE, NULL);
  if (side)
    {
      _cb_chart_legend (cr, data, style, x + w - legend_w, y, legend_w, TRUE, TRUE, boxes);
      dimension_key (cr, data, style, x + w - legend_w, y + legend_h + unit * 0.6, legend_w, TRUE, boxes);
      w -= legend_w + unit;
    }
  else
    {
      double below = legend_h + (key_h > 0 ? key_h + unit * 0.4 : 0);

      _cb_chart_legend (cr, data, style, x, y + h - below, w, TRUE, TRUE, boxes);
      dimension_key (cr, data, style, x, y + h - key_h, w, TRUE, boxes);
      h -= below + unit;
    }

  if (!data->small_multiples || n == 1)
    {
      draw_radar (cr, data, style, x, y, w, h, series, n, CB_CHART_SMALL_SCALE, boxes);
      return;
    }

  /* Small multiples: a grid of radars on one scale, each titled. */
  {
    guint columns = (guint) ceil (sqrt (n * w / MAX (h, 1.0)));
    guint rows;
    double cell_w, cell_h;

    columns = CLAMP (columns, 1, n);
    rows = (n + columns - 1) / columns;
    cell_w = w / columns;
    cell_h = h / rows;
    for (guint k = 0; k < n; k++)
      {
        double cx = x + (k % columns) * cell_w, cy = y + (k / columns) * cell_h;
        g_autofree char *label = _cb_chart_case_label (data, g_array_index (data->cases, guint, k));
        g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, 0.95, TRUE, cell_w - unit);
        CbColor colour = _cb_chart_series_colour (data, style, k);
        double th;

        _cb_chart_layout_size (layout, NULL, &th);
        _cb_chart_show (cr, layout, cx + cell_w / 2, cy, CB_ALIGN_CENTER, CB_ALIGN_START, &colour, boxes);
        draw_radar (cr, data, style, cx + unit * 0.3, cy + th + unit * 0.2, cell_w - unit * 0.6,
                    cell_h - th - unit * 0.6, &series[k], 1, 0.72, boxes);
      }
  }
}
