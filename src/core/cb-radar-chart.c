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

typedef CbRadarGeometry Geometry;

/* Which radar _cb_radar_chart_geometry () asks for, and what it found. */
typedef struct
{
  guint k;
  Geometry *geometry;
  gboolean found;
} Capture;

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
           double              value_scale,
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
   * first two axes, where no marker sits: every one, or every other one,
   * or only the outermost, whichever is the most that stay apart. */
  {
    PangoLayout *layouts[GRID_STEPS + 1] = { NULL };
    double mx[GRID_STEPS + 1], my[GRID_STEPS + 1], w[GRID_STEPS + 1], h[GRID_STEPS + 1];
    const guint strides[] = { 1, 2, GRID_STEPS };
    guint stride = GRID_STEPS;

    for (guint step = 1; step <= GRID_STEPS; step++)
      {
        double value = g->lo + (g->hi - g->lo) * step / GRID_STEPS;
        g_autofree char *text = g_strdup_printf ("%g", round (value * 10) / 10);
        double x0, y0, x1, y1;

        layouts[step] = _cb_chart_layout (cr, style, text, value_scale, FALSE, -1);
        _cb_chart_layout_size (layouts[step], &w[step], &h[step]);
        axis_point (g, 0, value, &x0, &y0);
        axis_point (g, 1 % g->n_axes, value, &x1, &y1);
        mx[step] = (x0 + x1) / 2;
        my[step] = (y0 + y1) / 2;
      }
    for (guint k = 0; k < G_N_ELEMENTS (strides) && stride == GRID_STEPS; k++)
      {
        gboolean apart = TRUE;

        for (guint step = GRID_STEPS; step > strides[k]; step -= strides[k])
          {
            guint next = step - strides[k];

            if (fabs (mx[step] - mx[next]) < (w[step] + w[next]) / 2 + unit * 0.15 &&
                fabs (my[step] - my[next]) < (h[step] + h[next]) / 2)
              apart = FALSE;
          }
        if (apart)
          stride = strides[k];
      }
    for (guint step = GRID_STEPS; step >= 1; step--)
      {
        if ((GRID_STEPS - step) % stride == 0)
          _cb_chart_show (cr, layouts[step], mx[step], my[step], CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                          &style->muted, boxes);
        g_object_unref (layouts[step]);
      }
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

/* How a radar fits a box: the size of its axis labels (scale 0: left
 * out), the room they take beside and above the polygon, and its radius. */
typedef struct
{
  double scale;
  double wrap;
  double need_x;
  double need_y;
  double radius;
} Fit;

/* The extent of the axes' directions, for centring a radar whose
 * polygon is not as tall as wide (a triangle). */
static void
axis_extent (guint   n_axes,
             double *min_c,
             double *max_c,
             double *min_s,
             double *max_s)
{
  *min_c = *max_c = *min_s = *max_s = 0;
  for (guint axis = 0; axis < n_axes; axis++)
    {
      double angle = axis_angle (axis, n_axes);

      *min_c = MIN (*min_c, cos (angle));
      *max_c = MAX (*max_c, cos (angle));
      *min_s = MIN (*min_s, sin (angle));
      *max_s = MAX (*max_s, sin (angle));
    }
}

/* The axis labels' sizes at one scale and wrapping width, measured once
 * for all the layouts a chart tries. */
typedef struct
{
  double scale;
  double wrap;
  double *width;
  double *height;
} LabelSizes;

static void
label_sizes_free (gpointer data)
{
  LabelSizes *sizes = data;

  g_free (sizes->width);
  g_free (sizes->height);
  g_free (sizes);
}

static PangoLayout *
axis_label_layout (cairo_t            *cr,
                   const CbChartData  *data,
                   const CbChartStyle *style,
                   guint               axis,
                   double              scale,
                   double              wrap)
{
  g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, axis), TRUE);
  PangoLayout *layout = _cb_chart_layout (cr, style, label, scale, FALSE, wrap);

  _cb_chart_layout_keep_words (layout);
  return layout;
}

static const LabelSizes *
label_sizes (cairo_t            *cr,
             const CbChartData  *data,
             const CbChartStyle *style,
             GPtrArray          *cache,
             double              scale,
             double              wrap)
{
  guint n_axes = _cb_chart_n_axes (data);
  LabelSizes *sizes;

  for (guint k = 0; k < cache->len; k++)
    {
      sizes = g_ptr_array_index (cache, k);
      if (sizes->scale == scale && sizes->wrap == wrap)
        return sizes;
    }

  sizes = g_new0 (LabelSizes, 1);
  sizes->scale = scale;
  sizes->wrap = wrap;
  sizes->width = g_new (double, n_axes);
  sizes->height = g_new (double, n_axes);
  for (guint axis = 0; axis < n_axes; axis++)
    {
      g_autoptr(PangoLayout) layout = axis_label_layout (cr, data, style, axis, scale, wrap);

      _cb_chart_layout_size (layout, &sizes->width[axis], &sizes->height[axis]);
    }
  g_ptr_array_add (cache, sizes);
  return sizes;
}

/* Where an axis label of width × height goes: beyond the end of its axis,
 * aligned away from the radar. */
static void
place_axis_label (const Geometry     *g,
                  const CbChartStyle *style,
                  guint               axis,
                  double              width,
                  double              height,
                  double             *ax,
                  double             *ay,
                  CbAlign            *xalign,
                  CbAlign            *yalign,
                  CbChartBox         *box)
{
  double angle = axis_angle (axis, g->n_axes), pad = style->font_size * 0.5;
  double c = cos (angle), s = sin (angle);

  *xalign = c > 0.25 ? CB_ALIGN_START : (c < -0.25 ? CB_ALIGN_END : CB_ALIGN_CENTER);
  *yalign = s > 0.25 ? CB_ALIGN_START : (s < -0.25 ? CB_ALIGN_END : CB_ALIGN_CENTER);
  *ax = g->cx + (g->radius + pad) * c;
  *ay = g->cy + (g->radius + pad) * s;
  box->width = width;
  box->height = height;
  box->x = *ax - (*xalign == CB_ALIGN_CENTER ? width / 2 : (*xalign == CB_ALIGN_END ? width : 0));
  box->y = *ay - (*yalign == CB_ALIGN_CENTER ? height / 2 : (*yalign == CB_ALIGN_END ? height : 0));
}

/* The room the axis labels take beyond the polygon (need_x, need_y);
 * returns FALSE if at g they would run into each other. */
static gboolean
measure_axis_labels (const Geometry     *g,
                     const CbChartStyle *style,
                     const LabelSizes   *sizes,
                     double             *need_x,
                     double             *need_y)
{
  double unit = style->font_size, pad = unit * 0.5;
  g_autofree CbChartBox *placed = g_new (CbChartBox, g->n_axes);
  gboolean apart = TRUE;

  *need_x = *need_y = 0;
  for (guint axis = 0; axis < g->n_axes; axis++)
    {
      CbChartBox *box = &placed[axis];
      CbAlign xalign, yalign;
      double ax, ay;

      place_axis_label (g, style, axis, sizes->width[axis], sizes->height[axis], &ax, &ay, &xalign, &yalign, box);
      *need_x = MAX (*need_x, (xalign == CB_ALIGN_CENTER ? box->width / 2 : box->width) + pad);
      *need_y = MAX (*need_y, (yalign == CB_ALIGN_CENTER ? box->height / 2 : box->height) + pad);
      for (guint k = 0; k < axis; k++)
        {
          const CbChartBox *o = &placed[k];

          if (box->x < o->x + o->width + unit * 0.2 && o->x < box->x + box->width + unit * 0.2 &&
              box->y < o->y + o->height && o->y < box->y + box->height)
            apart = FALSE;
        }
    }
  return apart;
}

static void
draw_axis_labels (cairo_t            *cr,
                  const CbChartData  *data,
                  const CbChartStyle *style,
                  const Geometry     *g,
                  double              scale,
                  double              wrap,
                  GArray             *boxes)
{
  for (guint axis = 0; axis < g->n_axes; axis++)
    {
      g_autoptr(PangoLayout) layout = axis_label_layout (cr, data, style, axis, scale, wrap);
      CbAlign xalign, yalign;
      CbChartBox box;
      double ax, ay, w, h;

      _cb_chart_layout_size (layout, &w, &h);
      place_axis_label (g, style, axis, w, h, &ax, &ay, &xalign, &yalign, &box);
      _cb_chart_show (cr, layout, ax, ay, xalign, yalign, &style->foreground, boxes);
    }
}

/* The largest radar whose polygon and axis labels fit in width × height
 * with the labels apart: the labels at the given scale if they can, else
 * smaller or wrapped narrower, else (a radar too small to label) none. */
static void
fit_radar (cairo_t            *cr,
           const CbChartData  *data,
           const CbChartStyle *style,
           GPtrArray          *cache,
           double              width,
           double              height,
           double              label_scale,
           Fit                *fit)
{
  double unit = style->font_size, min_c, max_c, min_s, max_s;
  const double scales[] = { label_scale, label_scale * 0.86, MAX (0.62, label_scale * 0.74) };
  const double wraps[] = { 9, 6 };
  Geometry g = { 0 };

  g.n_axes = _cb_chart_n_axes (data);
  _cb_chart_value_range (data, &g.lo, &g.hi);
  axis_extent (g.n_axes, &min_c, &max_c, &min_s, &max_s);

  for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
    for (guint j = 0; j < G_N_ELEMENTS (wraps); j++)
      {
        const LabelSizes *sizes;
        double need_x, need_y;

        if (k > 0 && scales[k] >= scales[k - 1])
          continue;
        sizes = label_sizes (cr, data, style, cache, scales[k], unit * wraps[j] * scales[k]);
        measure_axis_labels (&g, style, sizes, &need_x, &need_y);
        g.radius = MIN ((width - 2 * need_x) / (max_c - min_c), (height - 2 * need_y) / (max_s - min_s));
        if (g.radius < unit * 3)
          continue;
        /* Whether the labels stay apart depends on the radius only, not
         * on where the radar is. */
        if (measure_axis_labels (&g, style, sizes, &need_x, &need_y))
          {
            fit->scale = sizes->scale;
            fit->wrap = sizes->wrap;
            fit->need_x = need_x;
            fit->need_y = need_y;
            fit->radius = g.radius;
            return;
          }
      }

  fit->scale = 0;
  fit->wrap = 0;
  fit->need_x = fit->need_y = unit * 0.5;
  fit->radius = MIN ((width - 2 * fit->need_x) / (max_c - min_c), (height - 2 * fit->need_y) / (max_s - min_s));
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
            const Fit          *fit,
            Capture            *capture,
            GArray             *boxes)
{
  Geometry g = { 0 };
  double unit = style->font_size, min_c, max_c, min_s, max_s;
  g_autofree double *values = NULL;

  g.n_axes = _cb_chart_n_axes (data);
  _cb_chart_value_range (data, &g.lo, &g.hi);
  axis_extent (g.n_axes, &min_c, &max_c, &min_s, &max_s);
  g.radius = fit->radius;
  if (g.radius <= unit)
    return;
  g.cx = x + width / 2 - g.radius * (min_c + max_c) / 2;
  g.cy = y + height / 2 - g.radius * (min_s + max_s) / 2;
  for (guint s = 0; capture != NULL && s < n_series; s++)
    if (series[s] == capture->k)
      {
        *capture->geometry = g;
        capture->found = TRUE;
      }

  draw_grid (cr, data, style, &g, fit->scale > 0, MAX (0.6, MIN (0.72, fit->scale)), boxes);

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

  if (fit->scale > 0)
    draw_axis_labels (cr, data, style, &g, fit->scale, fit->wrap, boxes);
}

/* The key to the dimensions' shading at indicator level, flowing in
 * rows within width from (x, y), the names wrapped or, if compact, cut to
 * a line; returns its height. With draw FALSE it only measures. */
static double
dimension_key (cairo_t            *cr,
               const CbChartData  *data,
               const CbChartStyle *style,
               double              x,
               double              y,
               double              width,
               gboolean            compact,
               gboolean            draw,
               GArray             *boxes)
{
  CbDataset *dataset = cb_result_get_dataset (cb_chart_data_get_result (data));
  double unit = style->font_size, cx = x, cy = y, line = unit * 1.5, row_h = line;

  if (data->level != CB_CHART_LEVEL_INDICATOR)
    return 0;

  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      g_autofree char *label = _cb_chart_label (data, cb_dataset_get_dimension_name (dataset, d), FALSE);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, CB_CHART_SMALL_SCALE, FALSE,
                                                        MAX (unit, width - unit * 1.3));
      CbColor tint = sector_tint (style, d);
      double w, h;

      if (compact)
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      _cb_chart_layout_size (layout, &w, &h);
      if (cx > x && cx + unit * 1.3 + w > x + width)
        {
          cx = x;
          cy += row_h;
          row_h = line;
        }
      row_h = MAX (row_h, h + unit * 0.3);
      if (draw)
        {
          tint.alpha *= 1.6;
          _cb_chart_set_colour (cr, &tint, 1.0);
          cairo_rectangle (cr, cx, cy + line / 2 - unit * 0.45, unit * 0.9, unit * 0.9);
          cairo_fill (cr);
          _cb_chart_show (cr, layout, cx + unit * 1.3, cy + line / 2 - MIN (h, line) / 2, CB_ALIGN_START,
                          CB_ALIGN_START, &style->muted, boxes);
        }
      cx += unit * 1.3 + w + unit;
    }
  return cy - y + row_h;
}

/* Where the parts of a radar chart go. */
typedef struct
{
  gboolean side;     /* the legend beside the radars, else below them */
  gboolean compact;  /* the legend's entries cut to a line each */
  double w;          /* the room for the radars */
  double h;
  guint columns;     /* small multiples: 0 for one radar with every case */
  double title_h;    /* small multiples: the tallest case name */
  Fit fit;           /* of one radar */
} Layout;

/* The small multiples in a grid of columns in w × h: the fit of each
 * radar and the height of the case names above them. */
static void
fit_grid (cairo_t            *cr,
          const CbChartData  *data,
          const CbChartStyle *style,
          GPtrArray          *cache,
          Layout             *layout)
{
  double unit = style->font_size;
  guint n = data->cases->len, rows = (n + layout->columns - 1) / layout->columns;
  double cell_w = layout->w / layout->columns, cell_h = layout->h / rows;

  layout->title_h = 0;
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *label = _cb_chart_case_label (data, g_array_index (data->cases, guint, k));
      g_autoptr(PangoLayout) title = _cb_chart_layout (cr, style, label, 0.95, TRUE, MAX (unit, cell_w - unit));
      double th;

      _cb_chart_layout_size (title, NULL, &th);
      layout->title_h = MAX (layout->title_h, th);
    }
  fit_radar (cr, data, style, cache, cell_w - unit * 0.6, cell_h - layout->title_h - unit * 0.6, 0.72,
             &layout->fit);
}

/* The best layout for one way of drawing the legend (compact or not):
 * the legend beside or below, whichever leaves the larger radar; small
 * multiples in the number of columns that makes them largest, or, if
 * they would be too small to label, one radar. FALSE if there is no
 * room for a radar. */
static gboolean
choose_layout (cairo_t            *cr,
               const CbChartData  *data,
               const CbChartStyle *style,
               GPtrArray          *cache,
               double              w,
               double              h,
               gboolean            compact,
               Layout             *best)
{
  double unit = style->font_size;
  guint n = data->cases->len;
  gboolean prefer_side = w > h * 1.25, found = FALSE;

  for (int side = 0; side < 2; side++)
    {
      double legend_w = side ? MAX (unit * 12, w * 0.26) : w;
      double legend_h = _cb_chart_legend (cr, data, style, 0, 0, legend_w, TRUE, compact, FALSE, NULL);
      double key_h = dimension_key (cr, data, style, 0, 0, legend_w, compact, FALSE, NULL);
      Layout layout = { .side = side, .compact = compact };

      if (side)
        {
          /* Beside, the legend must fit the height. */
          if (legend_h + (key_h > 0 ? key_h + unit * 0.6 : 0) > h)
            continue;
          layout.w = w - legend_w - unit;
          layout.h = h;
        }
      else
        {
          layout.w = w;
          layout.h = h - legend_h - (key_h > 0 ? key_h + unit * 0.4 : 0) - unit;
        }
      if (layout.w < unit * 4 || layout.h < unit * 4)
        continue;

      fit_radar (cr, data, style, cache, layout.w, layout.h, CB_CHART_SMALL_SCALE, &layout.fit);
      if (layout.fit.radius <= unit * 1.5)
        continue;
      if (data->small_multiples && n > 1)
        {
          Layout grid = layout;

          for (guint columns = 1; columns <= n; columns++)
            {
              grid.columns = columns;
              fit_grid (cr, data, style, cache, &grid);
              if (grid.fit.scale > 0 && grid.fit.radius > unit * 2.5 &&
                  (layout.columns == 0 || grid.fit.radius > layout.fit.radius))
                layout = grid;
            }
        }

      /* Small multiples beat one radar however small they are; a
       * tenth larger decides between legend beside and below. */
      if (!found || (layout.columns > 0) > (best->columns > 0) ||
          ((layout.columns > 0) == (best->columns > 0) &&
           layout.fit.radius > best->fit.radius * (side == prefer_side ? 0.9 : 1.1)))
        *best = layout;
      found = TRUE;
    }
  return found;
}

static void
radar_chart (cairo_t            *cr,
             const CbChartData  *data,
             const CbChartStyle *style,
             double              width,
             double              height,
             Capture            *capture,
             GArray             *boxes)
{
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  const char *title = data->level == CB_CHART_LEVEL_DIMENSION ? _("Scores by dimension")
                                                               : _("Scores by indicator");
  double top = _cb_chart_begin (cr, data, style, width, height, title, boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  guint n = data->cases->len;
  g_autofree guint *series = g_new (guint, MAX (1, n));
  Layout layout;

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

  if (_cb_chart_legend_cannot_fit (style, n + 1, w, h))
    {
      _cb_chart_message (cr, style, x, y, w, h,
                         _("Too many cases for one radar: check fewer, or make the chart larger."), boxes);
      return;
    }

  /* Legend entries cut to a line if that is what it takes to give the
   * radar room, or room to label its axes. */
  {
    g_autoptr(GPtrArray) cache = g_ptr_array_new_with_free_func (label_sizes_free);
    Layout compact;
    gboolean normal_ok = choose_layout (cr, data, style, cache, w, h, FALSE, &layout);
    gboolean compact_ok = choose_layout (cr, data, style, cache, w, h, TRUE, &compact);

    if (compact_ok && (!normal_ok || (layout.fit.scale == 0 && compact.fit.scale > 0) ||
                       compact.fit.radius > layout.fit.radius * 1.5))
      layout = compact;
    else if (!normal_ok)
      {
        _cb_chart_message (cr, style, x, y, w, h, _("Make the chart larger to see the radar."), boxes);
        return;
      }
  }
  if (layout.side)
    {
      double legend_w = w - layout.w - unit;
      double legend_h = _cb_chart_legend (cr, data, style, x + w - legend_w, y, legend_w, TRUE, layout.compact,
                                          TRUE, boxes);

      dimension_key (cr, data, style, x + w - legend_w, y + legend_h + unit * 0.6, legend_w, layout.compact, TRUE,
                     boxes);
    }
  else
    {
      double key_h = dimension_key (cr, data, style, 0, 0, w, layout.compact, FALSE, NULL);
      double legend_h = _cb_chart_legend (cr, data, style, 0, 0, w, TRUE, layout.compact, FALSE, NULL);
      double below = legend_h + (key_h > 0 ? key_h + unit * 0.4 : 0);

      _cb_chart_legend (cr, data, style, x, y + h - below, w, TRUE, layout.compact, TRUE, boxes);
      dimension_key (cr, data, style, x, y + h - key_h, w, layout.compact, TRUE, boxes);
    }

  if (layout.columns == 0)
    {
      draw_radar (cr, data, style, x, y, layout.w, layout.h, series, n, &layout.fit, capture, boxes);
      return;
    }

  /* Small multiples: a grid of radars of one size on one scale, each
   * titled. */
  {
    guint rows = (n + layout.columns - 1) / layout.columns;
    double cell_w = layout.w / layout.columns, cell_h = layout.h / rows;

    for (guint k = 0; k < n; k++)
      {
        double cx = x + (k % layout.columns) * cell_w, cy = y + (k / layout.columns) * cell_h;
        g_autofree char *label = _cb_chart_case_label (data, g_array_index (data->cases, guint, k));
        g_autoptr(PangoLayout) name = _cb_chart_layout (cr, style, label, 0.95, TRUE, MAX (unit, cell_w - unit));
        CbColor colour = _cb_chart_series_colour (data, style, k);

        _cb_chart_show (cr, name, cx + cell_w / 2, cy, CB_ALIGN_CENTER, CB_ALIGN_START, &colour, boxes);
        draw_radar (cr, data, style, cx + unit * 0.3, cy + layout.title_h + unit * 0.2, cell_w - unit * 0.6,
                    cell_h - layout.title_h - unit * 0.6, &series[k], 1, &layout.fit, capture, boxes);
      }
  }
}

void
cb_radar_chart_draw (cairo_t            *cr,
                     const CbChartData  *data,
                     const CbChartStyle *style,
                     double              width,
                     double              height,
                     GArray             *boxes)
{
  radar_chart (cr, data, style, width, height, NULL, boxes);
}

/* Where the radar that shows the k-th case would be drawn at this size,
 * found by drawing into a group that is thrown away; FALSE if the chart
 * has no radar for it (too small, too few axes). For tests. */
gboolean
_cb_radar_chart_geometry (cairo_t            *cr,
                          const CbChartData  *data,
                          const CbChartStyle *style,
                          double              width,
                          double              height,
                          guint               k,
                          CbRadarGeometry    *geometry)
{
  Capture capture = { k, geometry, FALSE };

  g_return_val_if_fail (k < data->cases->len, FALSE);

  cairo_save (cr);
  cairo_push_group (cr);
  radar_chart (cr, data, style, width, height, &capture, NULL);
  cairo_pattern_destroy (cairo_pop_group (cr));
  cairo_restore (cr);
  return capture.found;
}
