/* cb-chart.h: charts drawn with Cairo, for the screen, files and tests
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "cb-analysis.h"
#include "cb-sensitivity.h"

G_BEGIN_DECLS

typedef enum
{
  CB_CHART_RADAR,
  CB_CHART_GAP,
  CB_CHART_RANKING,
  CB_CHART_HEATMAP,
  CB_CHART_ACCEPTABILITY,  /* rank acceptability of a sensitivity run */
  CB_CHART_SLOPE,          /* rank shifts between two weight sets */
} CbChartKind;

typedef enum
{
  CB_CHART_LEVEL_DIMENSION,
  CB_CHART_LEVEL_INDICATOR,
} CbChartLevel;

/* The language of data labels in a chart. */
typedef enum
{
  CB_CHART_LABELS_EN,
  CB_CHART_LABELS_ZH,
  CB_CHART_LABELS_BOTH,
} CbChartLabels;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} CbColor;

/* How a chart looks: computed by the caller from its theme. */
typedef struct
{
  gboolean dark;
  gboolean high_contrast;
  double font_size;        /* body text in user-space units (px at scale 1) */
  const char *font_family; /* NULL: the system's sans-serif */
  CbColor background;
  CbColor foreground;
  CbColor muted;           /* secondary text, axes */
  CbColor grid;
  CbColor target;
} CbChartStyle;

/* A rectangle a chart drew text in, for tests and accessibility. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} CbChartBox;

#define CB_TYPE_CHART_DATA (cb_chart_data_get_type ())

typedef struct _CbChartData CbChartData;

void          cb_chart_style_init             (CbChartStyle      *style,
                                               gboolean           dark);

void          cb_chart_style_init_projection  (CbChartStyle      *style,
                                               double             width,
                                               double             height);
GType         cb_chart_data_get_type          (void) G_GNUC_CONST;
CbChartData  *cb_chart_data_new               (CbResult          *result);
CbChartData  *cb_chart_data_copy              (const CbChartData *self);
CbChartData  *cb_chart_data_ref               (CbChartData       *self);
void          cb_chart_data_unref             (CbChartData       *self);
void          cb_chart_data_set_cases         (CbChartData       *self,
                                               const guint       *cases,
                                               guint              n_cases);
void          cb_chart_data_set_level         (CbChartData       *self,
                                               CbChartLevel       level);
void          cb_chart_data_set_labels        (CbChartData       *self,
                                               CbChartLabels      labels);
void          cb_chart_data_set_sensitivity   (CbChartData       *self,
                                               CbSensitivity     *sensitivity);
void          cb_chart_data_set_versus        (CbChartData       *self,
                                               CbResult          *versus,
                                               const char        *name);
void          cb_chart_data_set_weight_set_name (CbChartData     *self,
                                               const char        *name);
void          cb_chart_data_set_small_multiples (CbChartData     *self,
                                               gboolean           small_multiples);
void          cb_chart_data_set_sort_by_gap   (CbChartData       *self,
                                               gboolean           sort_by_gap);

CbResult     *cb_chart_data_get_result        (const CbChartData *self);
guint         cb_chart_data_get_n_cases       (const CbChartData *self);
guint         cb_chart_data_get_case          (const CbChartData *self,
                                               guint              k);
CbChartLevel  cb_chart_data_get_level         (const CbChartData *self);
CbChartLabels cb_chart_data_get_labels        (const CbChartData *self);

void          cb_chart_draw                   (CbChartKind        kind,
                                               cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);
char         *cb_chart_describe               (CbChartKind        kind,
                                               const CbChartData *data);
gboolean      cb_chart_kind_from_string       (const char        *text,
                                               CbChartKind       *kind);
const char   *cb_chart_kind_to_string         (CbChartKind        kind);

void          cb_radar_chart_draw             (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);
void          cb_gap_chart_draw               (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);
void          cb_ranking_chart_draw           (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);
void          cb_heatmap_chart_draw           (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);

void          cb_acceptability_chart_draw     (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);

void          cb_slope_chart_draw             (cairo_t           *cr,
                                               const CbChartData *data,
                                               const CbChartStyle *style,
                                               double             width,
                                               double             height,
                                               GArray            *label_boxes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbChartData, cb_chart_data_unref)

G_END_DECLS
