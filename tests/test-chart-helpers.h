/* test-chart-helpers.h: data and pixels for the chart tests
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "cb-analysis.h"
#include "cb-chart.h"

G_BEGIN_DECLS

/* Colours are compared in 0–255 per channel. */
typedef struct
{
  int r;
  int g;
  int b;
} Rgb;

Rgb          cb_test_rgb_from_colour   (const CbColor   *colour);
Rgb          cb_test_rgb_from_hex      (const char      *hex);
int          cb_test_rgb_distance      (Rgb              a,
                                        Rgb              b);
Rgb          cb_test_pixel             (cairo_surface_t *surface,
                                        int              x,
                                        int              y);
double       cb_test_luminance         (Rgb              colour);

CbResult    *cb_test_default_result    (CbNormalisation  normalisation,
                                        CbAggregation    aggregation);
CbResult    *cb_test_analyse           (CbDataset       *dataset,
                                        CbNormalisation  normalisation);
CbDataset   *cb_test_make_dataset      (guint            n_cases,
                                        guint            n_dimensions,
                                        guint            per_dimension,
                                        const double    *values,
                                        const char      *long_name);
CbChartData *cb_test_chart_data        (CbResult        *result,
                                        CbChartLabels    labels,
                                        CbChartLevel     level,
                                        gboolean         small_multiples);
void         cb_test_assert_no_problems (GString        *problems);

G_END_DECLS
