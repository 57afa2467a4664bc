/* test-chart-helpers.c: data and pixels for the chart tests
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cb-chart-private.h"
#include "cb-workbook.h"
#include "test-chart-helpers.h"

Rgb
cb_test_rgb_from_colour (const CbColor *colour)
{
  return (Rgb) { (int) round (colour->red * 255), (int) round (colour->green * 255),
                 (int) round (colour->blue * 255) };
}

Rgb
cb_test_rgb_from_hex (const char *hex)
{
  guint value = (guint) g_ascii_strtoull (hex + 1, NULL, 16);

  return (Rgb) { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
}

int
cb_test_rgb_distance (Rgb a,
                      Rgb b)
{
  return MAX (MAX (ABS (a.r - b.r), ABS (a.g - b.g)), ABS (a.b - b.b));
}

/* The pixel of an opaque ARGB32 image. */
Rgb
cb_test_pixel (cairo_surface_t *surface,
               int              x,
               int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  p = *(const guint32 *) (data + (gsize) y * stride + (gsize) x * 4);
  return (Rgb) { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };
}

double
cb_test_luminance (Rgb colour)
{
  CbColor c = { colour.r / 255.0, colour.g / 255.0, colour.b / 255.0, 1 };

  return _cb_chart_luminance (&c);
}

/* The default workbook (six city models and the national baseline,
 * three dimensions of ten indicators) analysed with equal weights. */
CbResult *
cb_test_default_result (CbNormalisation normalisation,
                        CbAggregation   aggregation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbDataset) dataset = NULL;
  g_autoptr(CbWeights) weights = NULL;
  CbResult *result;

  g_assert_no_error (error);
  dataset = cb_dataset_new_from_workbook (workbook);
  weights = cb_weights_new_equal (dataset);
  result = cb_analyse (dataset, weights, normalisation, aggregation, &error);
  g_assert_no_error (error);
  return result;
}

CbChartData *
cb_test_chart_data (CbResult      *result,
                    CbChartLabels  labels,
                    CbChartLevel   level,
                    gboolean       small_multiples)
{
  CbChartData *data = cb_chart_data_new (result);

  cb_chart_data_set_labels (data, labels);
  cb_chart_data_set_level (data, level);
  cb_chart_data_set_small_multiples (data, small_multiples);
  cb_chart_data_set_weight_set_name (data, labels == CB_CHART_LABELS_ZH ? "等权"
                                           : (labels == CB_CHART_LABELS_BOTH ? "Equal weights 等权"
                                                                             : "Equal weights"));
  return data;
}

/* A dataset built by hand: n_dimensions × per_dimension indicators on a
 * 0–100 scale with target 60, values row by row (case by case). */
CbDataset *
cb_test_make_dataset (guint         n_cases,
                      guint         n_dimensions,
                      guint         per_dimension,
                      const double *values,
                      const char   *long_name)
{
  guint n_indicators = n_dimensions * per_dimension;
  CbDataset *dataset = cb_dataset_new (n_cases, n_indicators, n_dimensions);

  for (guint d = 0; d < n_dimensions; d++)
    {
      g_autofree char *code = g_strdup_printf ("d%u", d);
      g_autofree char *en = g_strdup_printf ("%sDimension %u", long_name != NULL ? long_name : "", d + 1);
      g_autofree char *zh = g_strdup_printf ("维度%u", d + 1);
      g_autoptr(CbText) name = cb_text_new (en, zh);

      cb_dataset_set_dimension (dataset, d, d + 1, code, name);
    }
  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *code = g_strdup_printf ("i%u", i);
      g_autofree char *en = g_strdup_printf ("%sIndicator %u", long_name != NULL ? long_name : "", i + 1);
      g_autofree char *zh = g_strdup_printf ("指标%u", i + 1);
      g_autoptr(CbText) name = cb_text_new (en, zh);

      cb_dataset_set_indicator (dataset, i, i + 1, code, name, i / per_dimension, 0.0, 100.0, 60.0, 1);
    }
  for (guint c = 0; c < n_cases; c++)
    {
      g_autofree char *code = g_strdup_printf ("c%u", c);
      g_autofree char *en = g_strdup_printf ("%sCase %u", long_name != NULL ? long_name : "", c + 1);
      g_autofree char *zh = g_strdup_printf ("案例%u", c + 1);
      g_autoptr(CbText) name = cb_text_new (en, zh);

      cb_dataset_set_case (dataset, c, c + 1, code, name, FALSE);
      for (guint i = 0; i < n_indicators; i++)
        cb_dataset_set_value (dataset, c, i, values != NULL ? values[c * n_indicators + i]
                                                            : 20.0 + (c * 37 + i * 13) % 80);
    }
  return dataset;
}

CbResult *
cb_test_analyse (CbDataset       *dataset,
                 CbNormalisation  normalisation)
{
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(GError) error = NULL;
  CbResult *result = cb_analyse (dataset, weights, normalisation, CB_AGGREGATION_ARITHMETIC, &error);

  g_assert_no_error (error);
  return result;
}

void
cb_test_assert_no_problems (GString *problems)
{
  if (problems->len > 0)
    {
      g_auto(GStrv) lines = g_strsplit (problems->str, "\n", -1);

      /* All of them, not only the first: a layout bug shows as many. */
      g_test_message ("%s", problems->str);
      g_test_fail_printf ("%u problems, the first: %s", g_strv_length (lines) - 1, lines[0]);
    }
}
