/* cb-benchmark.c: how fast the analysis is on this machine
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: it reports times, it does not judge them. Run it with
 * `meson test -C build --benchmark -v` or directly from the build folder.
 * Interactive use needs a full recompute well under one frame (16 ms) at
 * 1,000 cases.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "cb-chart-export.h"
#include "cb-csv-export.h"
#include "cb-import.h"
#include "cb-report.h"
#include "cb-sensitivity.h"
#include "cb-session.h"
#include "cb-workbook.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Median and minimum wall time of `repeats` calls, in milliseconds. */
typedef void (*Work) (gpointer data);

static void
measure (const char *what,
         guint       repeats,
         Work        work,
         gpointer    data)
{
  g_autofree double *times = g_new (double, repeats);

  work (data); /* warm up */
  for (guint k = 0; k < repeats; k++)
    {
      gint64 start = g_get_monotonic_time ();

      work (data);
      times[k] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, repeats, sizeof (double), compare_doubles);
  g_print ("%-58s %6u × %10.3f ms median %10.3f ms min\n", what, repeats, times[repeats / 2], times[0]);
}

typedef struct
{
  CbWorkbook *workbook;
  CbDataset *dataset;
  CbWeights *weights;
  CbNormalisation normalisation;
  CbAggregation aggregation;
  CbSensitivitySettings settings;
} Job;

static void
analyse (gpointer data)
{
  Job *job = data;
  g_autoptr(CbResult) result = cb_analyse (job->dataset, job->weights, job->normalisation,
                                           job->aggregation, NULL);

  g_assert_nonnull (result);
}

static void
snapshot_and_analyse (gpointer data)
{
  Job *job = data;
  g_autoptr(CbDataset) dataset = cb_dataset_new_from_workbook (job->workbook);
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(CbResult) result = cb_analyse (dataset, weights, job->normalisation, job->aggregation, NULL);

  g_assert_nonnull (result);
}

static void
monte_carlo (gpointer data)
{
  Job *job = data;
  g_autoptr(CbSensitivity) result = cb_sensitivity_run (job->dataset, job->weights, &job->settings,
                                                        NULL, NULL, NULL, NULL);

  g_assert_nonnull (result);
}

typedef struct
{
  CbChartKind kind;
  CbChartData *data;
  cairo_surface_t *surface;
  const char *path;
} ChartJob;

static void
draw_chart (gpointer user_data)
{
  ChartJob *job = user_data;
  CbChartStyle style;
  cairo_t *cr = cairo_create (job->surface);

  cb_chart_style_init (&style, FALSE);
  cb_chart_draw (job->kind, cr, job->data, &style, 1600, 1200, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static void
export_chart (gpointer user_data)
{
  ChartJob *job = user_data;
  CbChartStyle style;

  cb_chart_style_init (&style, FALSE);
  g_assert_true (cb_chart_export (job->kind, job->data, &style, 1600, 1200, 1, job->path, NULL));
}

typedef struct
{
  CbWorkbook *workbook;
  CbReportOptions options;
  const char *path;
} ReportJob;

static void
write_report (gpointer user_data)
{
  ReportJob *job = user_data;

  g_assert_true (cb_report_write (job->workbook, &job->options, job->path, NULL, NULL));
}

/* What the window does when a weight slider moves: rebalance the group,
 * hand the draft to the session, analyse, and redraw the four compare
 * charts and the two beside the weights at their size in a 1100 × 720
 * window. */
typedef struct
{
  CbSession *session;
  CbWeightSet *draft;
  gint64 *dimension_ids;
  guint n_dimensions;
  cairo_surface_t *surface;
  guint step;
} WeightJob;

static void
weight_change (gpointer user_data)
{
  WeightJob *job = user_data;
  g_autofree double *w = g_new (double, job->n_dimensions);
  g_autoptr(CbChartData) data = NULL;
  CbChartKind kinds[] = { CB_CHART_RADAR, CB_CHART_RANKING, CB_CHART_GAP, CB_CHART_HEATMAP,
                          CB_CHART_RANKING, CB_CHART_RADAR };
  CbChartStyle style;

  for (guint d = 0; d < job->n_dimensions; d++)
    w[d] = 1.0 / job->n_dimensions;
  cb_weights_rebalance (w, NULL, job->n_dimensions, 0, 0.2 + 0.01 * (job->step++ % 40));
  for (guint d = 0; d < job->n_dimensions; d++)
    cb_weight_set_set_dimension_weight (job->draft, job->dimension_ids[d], w[d]);
  cb_session_set_draft (job->session, job->draft);
  data = cb_session_dup_chart_data (job->session, NULL);
  g_assert_nonnull (data);

  cb_chart_style_init (&style, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      cairo_t *cr = cairo_create (job->surface);

      cb_chart_draw (kinds[k], cr, data, &style, 400, 270, NULL);
      cairo_destroy (cr);
    }
}

static void
measure_weight_change (const char *what,
                       CbWorkbook *workbook,
                       guint       repeats)
{
  g_autoptr(CbSession) session = cb_session_new (workbook);
  GListModel *dimensions = cb_workbook_get_dimensions (workbook);
  guint n = g_list_model_get_n_items (dimensions);
  g_autofree gint64 *ids = g_new (gint64, n);
  g_autoptr(CbWeightSet) draft = cb_weight_set_copy (cb_session_get_weight_set (session));
  WeightJob job = { session, draft, ids, n, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 270), 0 };

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, d);

      ids[d] = cb_dimension_get_id (dimension);
    }
  measure (what, repeats, weight_change, &job);
  cairo_surface_destroy (job.surface);
}

/* The default framework with n_cases random cases, in memory. */
static CbWorkbook *
generate_workbook (guint n_cases)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_FRAMEWORK, &error);
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  GRand *rand = g_rand_new_with_seed (7);

  g_assert_no_error (error);
  for (guint c = 0; c < n_cases; c++)
    {
      g_autoptr(CbCase) a_case = cb_case_new ();
      g_autofree char *code = g_strdup_printf ("case-%04u", c);
      g_autofree char *name = g_strdup_printf ("Case %u", c);
      g_autofree char *name_zh = g_strdup_printf ("案例 %u", c);
      g_autoptr(CbText) text = cb_text_new (name, name_zh);
      gint64 id;

      cb_case_set_code (a_case, code);
      cb_case_set_name (a_case, text);
      id = cb_workbook_add_case (workbook, a_case, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
          g_autoptr(CbScore) score = cb_score_new ();

          cb_score_set_case_id (score, id);
          cb_score_set_indicator_id (score, cb_indicator_get_id (indicator));
          cb_score_set_has_value (score, TRUE);
          cb_score_set_value (score, g_rand_int_range (rand, 0, 11) / 2.0);
          g_assert_true (cb_workbook_set_score (workbook, score, &error));
        }
    }
  g_rand_free (rand);
  return workbook;
}

/* n_cases × (n_dimensions × per_dimension) random rubric scores, 2 %
 * missing, from a fixed seed. */
static CbDataset *
generate (guint n_cases,
          guint n_dimensions,
          guint per_dimension)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12345);
  g_autoptr(CbText) name = cb_text_new ("generated", "生成");
  guint n_indicators = n_dimensions * per_dimension;
  CbDataset *dataset = cb_dataset_new (n_cases, n_indicators, n_dimensions);

  for (guint d = 0; d < n_dimensions; d++)
    {
      g_autofree char *code = g_strdup_printf ("d%u", d);

      cb_dataset_set_dimension (dataset, d, d + 1, code, name);
    }
  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *code = g_strdup_printf ("i%u", i);

      cb_dataset_set_indicator (dataset, i, i + 1, code, name, i / per_dimension, 0, 5, 4,
                                i % 7 == 0 ? -1 : 1);
    }
  for (guint c = 0; c < n_cases; c++)
    {
      g_autofree char *code = g_strdup_printf ("c%u", c);

      cb_dataset_set_case (dataset, c, c + 1, code, name, FALSE);
      for (guint i = 0; i < n_indicators; i++)
        cb_dataset_set_value (dataset, c, i,
                              g_rand_double (rand) < 0.02 ? NAN : (double) g_rand_int_range (rand, 0, 11) / 2.0);
    }
  return dataset;
}

/* The default framework grown to n_indicators (the new ones spread over
 * its dimensions, scale 0 to 5), without cases, in memory. */
static CbWorkbook *
generate_framework (guint n_indicators)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_FRAMEWORK, &error);
  GListModel *dimensions = cb_workbook_get_dimensions (workbook);
  guint n_dimensions = g_list_model_get_n_items (dimensions);

  g_assert_no_error (error);
  for (guint i = g_list_model_get_n_items (cb_workbook_get_indicators (workbook)); i < n_indicators; i++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, i % n_dimensions);
      g_autoptr(CbIndicator) indicator = cb_indicator_new ();
      g_autofree char *code = g_strdup_printf ("extra-%03u", i);
      g_autoptr(CbText) name = cb_text_new (code, code);

      cb_indicator_set_code (indicator, code);
      cb_indicator_set_name (indicator, name);
      cb_indicator_set_dimension_id (indicator, cb_dimension_get_id (dimension));
      cb_indicator_set_scale_min (indicator, 0);
      cb_indicator_set_scale_max (indicator, 5);
      cb_indicator_set_target (indicator, 4);
      cb_indicator_set_direction (indicator, 1);
      cb_indicator_set_position (indicator, (int) i);
      g_assert_cmpint (cb_workbook_add_indicator (workbook, indicator, &error), >, 0);
      g_assert_no_error (error);
    }
  return workbook;
}

/* A wide CSV file of n_cases new cases with a random rubric score (in
 * halves, 2 % missing) on every indicator of the workbook. */
static GBytes *
generate_csv (CbWorkbook *workbook,
              guint       n_cases)
{
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  guint n_indicators = g_list_model_get_n_items (indicators);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  GString *out = g_string_new ("\xef\xbb\xbf" "case,name_en,name_zh");

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);

      g_string_append_printf (out, ",%s", cb_indicator_get_code (indicator));
    }
  g_string_append (out, "\r\n");
  for (guint c = 0; c < n_cases; c++)
    {
      g_string_append_printf (out, "case-%04u,\"Case %u, generated\",案例 %u", c, c, c);
      for (guint i = 0; i < n_indicators; i++)
        {
          if (g_rand_double (rand) < 0.02)
            g_string_append_c (out, ',');
          else
            g_string_append_printf (out, ",%g", g_rand_int_range (rand, 0, 11) / 2.0);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

typedef struct
{
  CbWorkbook *workbook;
  GBytes *csv;
} ImportJob;

static void
preview_import (gpointer data)
{
  ImportJob *job = data;
  g_autoptr(CbImport) import = cb_import_new_from_bytes (job->workbook, job->csv, "bench.csv");

  g_assert_true (cb_import_is_valid (import));
}

/* Read, check and write in one transaction, into a workbook without
 * cases each time (made outside the time taken). */
static void
measure_import (const char *what,
                guint       n_indicators,
                GBytes     *csv,
                guint       repeats)
{
  g_autofree double *times = g_new (double, repeats);

  for (guint k = 0; k < repeats; k++)
    {
      g_autoptr(CbWorkbook) workbook = generate_framework (n_indicators);
      g_autoptr(CbImport) import = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      import = cb_import_new_from_bytes (workbook, csv, "bench.csv");
      g_assert_true (cb_import_commit (import, &error));
      g_assert_no_error (error);
      times[k] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (workbook)), >, 0);
    }
  qsort (times, repeats, sizeof (double), compare_doubles);
  g_print ("%-58s %6u × %10.3f ms median %10.3f ms min\n", what, repeats, times[repeats / 2], times[0]);
}

static void
export_scores (gpointer data)
{
  ImportJob *job = data;
  g_autofree char *text = cb_csv_export_scores (job->workbook, CB_CSV_LAYOUT_WIDE);

  g_assert_nonnull (text);
}

static void
measure_csv (void)
{
  g_autoptr(CbWorkbook) framework = generate_framework (100);
  g_autoptr(GBytes) csv = generate_csv (framework, 1000);
  g_autoptr(CbWorkbook) filled = generate_framework (100);
  g_autoptr(CbImport) import = cb_import_new_from_bytes (filled, csv, "bench.csv");
  g_autoptr(GBytes) long_csv = NULL;
  g_autoptr(GError) error = NULL;
  ImportJob job = { framework, csv };

  g_assert_true (cb_import_commit (import, &error));
  g_assert_no_error (error);
  {
    char *text = cb_csv_export_scores (filled, CB_CSV_LAYOUT_LONG);

    long_csv = g_bytes_new_take (text, strlen (text));
  }

  g_print ("\n");
  g_print ("CSV of 1000 cases × 100 indicators: %.1f MB wide, %.1f MB long\n",
           g_bytes_get_size (csv) / 1e6, g_bytes_get_size (long_csv) / 1e6);
  measure ("import preview (read + check), 1000 × 100, wide", 10, preview_import, &job);
  measure_import ("import 1000 cases × 100 indicators, wide, one transaction", 100, csv, 5);
  measure_import ("import 1000 cases × 100 indicators, long, one transaction", 100, long_csv, 5);
  job.workbook = filled;
  measure ("export scores, 1000 × 100, wide", 10, export_scores, &job);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbDataset) small = NULL;
  g_autoptr(CbDataset) large = NULL;
  g_autoptr(CbWeights) small_weights = NULL;
  g_autoptr(CbWeights) large_weights = NULL;
  const CbNormalisation normalisations[] = {
    CB_NORMALISATION_GOALPOSTS, CB_NORMALISATION_MINMAX, CB_NORMALISATION_ZSCORE,
    CB_NORMALISATION_RANK, CB_NORMALISATION_TARGET,
  };
  Job job = { 0 };

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  small = cb_dataset_new_from_workbook (workbook);
  small_weights = cb_weights_new_equal (small);
  large = generate (1000, 10, 10);
  large_weights = cb_weights_new_equal (large);

  g_print ("Casebench %s analysis benchmark (GLib %u.%u.%u)\n\n", PACKAGE_VERSION,
           glib_major_version, glib_minor_version, glib_micro_version);

  job = (Job) { workbook, small, small_weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC };
  measure ("default 6 cases × 10: composite + ranks", 2000, analyse, &job);
  measure ("default 6 cases × 10: snapshot of the workbook + analysis", 2000, snapshot_and_analyse, &job);

  for (guint k = 0; k < G_N_ELEMENTS (normalisations); k++)
    {
      g_autofree char *what = g_strdup_printf ("generated 1000 cases × 100: %s, arithmetic",
                                               cb_normalisation_to_string (normalisations[k]));

      job = (Job) { NULL, large, large_weights, normalisations[k], CB_AGGREGATION_ARITHMETIC };
      measure (what, 50, analyse, &job);
    }
  job = (Job) { NULL, large, large_weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_GEOMETRIC };
  measure ("generated 1000 cases × 100: goalposts, geometric", 50, analyse, &job);

  job = (Job) { NULL, small, small_weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC };
  cb_sensitivity_settings_init (&job.settings);
  job.settings.samples = 10000;
  measure ("Monte Carlo, default, 10,000 samples", 20, monte_carlo, &job);
  job.settings.vary_aggregation = TRUE;
  measure ("Monte Carlo, default, 10,000 samples, method varied", 20, monte_carlo, &job);

  job = (Job) { NULL, large, large_weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC };
  cb_sensitivity_settings_init (&job.settings);
  job.settings.samples = 1000;
  measure ("Monte Carlo, generated 1000 × 100, 1,000 samples", 3, monte_carlo, &job);

  /* Charts, drawn into a 1600 × 1200 image (fonts already loaded). */
  {
    g_autoptr(CbResult) small_result = cb_analyse (small, small_weights, CB_NORMALISATION_GOALPOSTS,
                                                   CB_AGGREGATION_ARITHMETIC, NULL);
    g_autoptr(CbDataset) wide = generate (100, 5, 10);
    g_autoptr(CbWeights) wide_weights = cb_weights_new_equal (wide);
    g_autoptr(CbResult) wide_result = cb_analyse (wide, wide_weights, CB_NORMALISATION_GOALPOSTS,
                                                  CB_AGGREGATION_ARITHMETIC, NULL);
    g_autoptr(CbChartData) small_data = cb_chart_data_new (small_result);
    g_autoptr(CbChartData) wide_data = cb_chart_data_new (wide_result);
    g_autofree char *dir = g_dir_make_tmp ("casebench-benchmark-XXXXXX", NULL);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 1200);
    const char *formats[] = { "png", "svg", "pdf" };

    g_print ("\n");
    cb_chart_data_set_level (wide_data, CB_CHART_LEVEL_INDICATOR);
    for (CbChartKind kind = CB_CHART_RADAR; kind <= CB_CHART_HEATMAP; kind++)
      {
        ChartJob chart = { kind, small_data, surface, NULL };
        g_autofree char *what = g_strdup_printf ("draw %s, default data, 1600 × 1200", cb_chart_kind_to_string (kind));

        measure (what, 50, draw_chart, &chart);
      }
    cb_chart_data_set_level (small_data, CB_CHART_LEVEL_INDICATOR);
    {
      ChartJob chart = { CB_CHART_RADAR, small_data, surface, NULL };

      measure ("draw radar, default data by indicator, 1600 × 1200", 50, draw_chart, &chart);
    }
    for (CbChartKind kind = CB_CHART_RANKING; kind <= CB_CHART_HEATMAP; kind++)
      {
        ChartJob chart = { kind, wide_data, surface, NULL };
        g_autofree char *what = g_strdup_printf ("draw %s, 100 cases × 50 indicators, 1600 × 1200",
                                                 cb_chart_kind_to_string (kind));

        measure (what, 20, draw_chart, &chart);
      }
    cb_chart_data_set_level (small_data, CB_CHART_LEVEL_DIMENSION);
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *path = g_strdup_printf ("%s/radar.%s", dir, formats[f]);
        ChartJob chart = { CB_CHART_RADAR, small_data, NULL, path };
        g_autofree char *what = g_strdup_printf ("export radar to %s, default data, 1600 × 1200", formats[f]);

        measure (what, 20, export_chart, &chart);
        g_unlink (path);
      }
    cairo_surface_destroy (surface);
    g_rmdir (dir);
  }

  /* The PDF report of the default workbook: 22 pages, laid out twice. */
  {
    g_autofree char *dir = g_dir_make_tmp ("casebench-benchmark-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
    ReportJob report = { workbook, { 0 }, path };

    g_print ("\n");
    cb_report_options_init (&report.options);
    measure ("report to PDF, default workbook, A4", 10, write_report, &report);
    report.options.include_sensitivity = TRUE;
    measure ("report to PDF, default workbook, A4, 1,000 MC samples", 10, write_report, &report);
    g_unlink (path);
    g_rmdir (dir);
  }

  /* A weight slider moved: from the change to six redrawn charts. */
  {
    g_autoptr(CbWorkbook) thousand = generate_workbook (1000);

    g_print ("\n");
    measure_weight_change ("weight moved → analysis + 6 charts redrawn, 6 cases", workbook, 200);
    measure_weight_change ("weight moved → analysis + 6 charts redrawn, 1000 cases", thousand, 10);
  }

  measure_csv ();

  return 0;
}
