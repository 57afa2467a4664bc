/* cb-chart-private.h: what the chart kinds share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "cb-chart.h"

G_BEGIN_DECLS

struct _CbChartData
{
  CbResult *result;
  CbSensitivity *sensitivity;
  CbResult *versus;         /* the same data under other weights, for the slope chart */
  char *versus_name;
  GArray *cases;            /* guint indices into the result's dataset */
  CbChartLevel level;
  CbChartLabels labels;
  char *weight_set_name;
  gboolean small_multiples;
  gboolean sort_by_gap;
};

/* Text sizes relative to the style's body size. */
#define CB_CHART_TITLE_SCALE 1.35
#define CB_CHART_SMALL_SCALE 0.85

/* The space kept free around a chart, in units of the body size. */
#define CB_CHART_MARGIN 1.2

/* Where a radar sits: its centre and outer radius, and the values at
 * its centre (lo) and on its outer gridline (hi). */
typedef struct
{
  double cx;
  double cy;
  double radius;
  double lo;
  double hi;
  guint n_axes;
} CbRadarGeometry;

typedef enum
{
  CB_ALIGN_START,
  CB_ALIGN_CENTER,
  CB_ALIGN_END,
} CbAlign;

char        *_cb_chart_label           (const CbChartData  *data,
                                        CbText             *text,
                                        gboolean            two_lines);
char        *_cb_chart_case_label      (const CbChartData  *data,
                                        guint               c);
char        *_cb_chart_subtitle        (const CbChartData  *data);
CbColor      _cb_chart_series_colour   (const CbChartData  *data,
                                        const CbChartStyle *style,
                                        guint               k);
void         _cb_chart_set_colour      (cairo_t            *cr,
                                        const CbColor      *colour,
                                        double              alpha);
void         _cb_chart_set_dash        (cairo_t            *cr,
                                        guint               k,
                                        double              unit);
void         _cb_chart_marker_path     (cairo_t            *cr,
                                        guint               k,
                                        double              x,
                                        double              y,
                                        double              size);
void         _cb_chart_marker          (cairo_t            *cr,
                                        guint               k,
                                        double              x,
                                        double              y,
                                        double              size);
PangoLayout *_cb_chart_layout          (cairo_t            *cr,
                                        const CbChartStyle *style,
                                        const char         *text,
                                        double              scale,
                                        gboolean            bold,
                                        double              max_width);
double       _cb_chart_word_width      (PangoLayout        *layout);
void         _cb_chart_layout_keep_words (PangoLayout      *layout);
void         _cb_chart_layout_size     (PangoLayout        *layout,
                                        double             *width,
                                        double             *height);
void         _cb_chart_show            (cairo_t            *cr,
                                        PangoLayout        *layout,
                                        double              x,
                                        double              y,
                                        CbAlign             xalign,
                                        CbAlign             yalign,
                                        const CbColor      *colour,
                                        GArray             *boxes);
double       _cb_chart_begin           (cairo_t            *cr,
                                        const CbChartData  *data,
                                        const CbChartStyle *style,
                                        double              width,
                                        double              height,
                                        const char         *title,
                                        GArray             *boxes);
void         _cb_chart_message         (cairo_t            *cr,
                                        const CbChartStyle *style,
                                        double              x,
                                        double              y,
                                        double              width,
                                        double              height,
                                        const char         *message,
                                        GArray             *boxes);
gboolean     _cb_chart_legend_cannot_fit (const CbChartStyle *style,
                                        guint               n_entries,
                                        double              width,
                                        double              height);
double       _cb_chart_legend          (cairo_t            *cr,
                                        const CbChartData  *data,
                                        const CbChartStyle *style,
                                        double              x,
                                        double              y,
                                        double              width,
                                        gboolean            with_target,
                                        gboolean            compact,
                                        gboolean            draw,
                                        GArray             *boxes);
void         _cb_chart_value_range     (const CbChartData  *data,
                                        double             *lo,
                                        double             *hi);
double       _cb_chart_value           (const CbChartData  *data,
                                        guint               c,
                                        guint               axis);
double       _cb_chart_target_value    (const CbChartData  *data,
                                        guint               axis);
guint        _cb_chart_n_axes          (const CbChartData  *data);
CbText      *_cb_chart_axis_name       (const CbChartData  *data,
                                        guint               axis);
double       _cb_chart_luminance       (const CbColor      *colour);

/* A case in the slope chart. */
typedef struct
{
  guint k;        /* position in data->cases */
  guint c;        /* dataset index */
  guint rank[2];  /* under the chart's weights and the versus weights */
  guint slot[2];  /* 0-based row in each column */
} CbSlopeRow;

GArray      *_cb_slope_chart_rows      (const CbChartData  *data);
char        *_cb_slope_chart_move      (guint               from,
                                        guint               to);

gboolean     _cb_radar_chart_geometry  (cairo_t            *cr,
                                        const CbChartData  *data,
                                        const CbChartStyle *style,
                                        double              width,
                                        double              height,
                                        guint               k,
                                        CbRadarGeometry    *geometry);

G_END_DECLS
