/* cb-chart-data.c: what a chart shows, mapped from an analysis result
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data side of the charts (after sysprof: mapping apart from
 * drawing): which cases, at which level, in which language, and the
 * values and targets on the chart's axes.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

G_DEFINE_BOXED_TYPE (CbChartData, cb_chart_data, cb_chart_data_ref, cb_chart_data_unref)

static void
chart_data_clear (gpointer data)
{
  CbChartData *self = data;

  g_clear_pointer (&self->result, cb_result_unref);
  g_clear_pointer (&self->sensitivity, cb_sensitivity_unref);
  g_clear_pointer (&self->versus, cb_result_unref);
  g_clear_pointer (&self->versus_name, g_free);
  g_clear_pointer (&self->cases, g_array_unref);
  g_clear_pointer (&self->weight_set_name, g_free);
}

/* Every case and reference of the result, at dimension level, with
 * labels in the language of the interface. */
CbChartData *
cb_chart_data_new (CbResult *result)
{
  CbChartData *self;
  CbDataset *dataset;

  g_return_val_if_fail (result != NULL, NULL);

  self = g_atomic_rc_box_new0 (CbChartData);
  self->result = cb_result_ref (result);
  self->cases = g_array_new (FALSE, FALSE, sizeof (guint));
  self->level = CB_CHART_LEVEL_DIMENSION;
  self->labels = cb_language_from_locale () == CB_LANGUAGE_ZH ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
  dataset = cb_result_get_dataset (result);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    g_array_append_val (self->cases, c);
  return self;
}

/* An independent copy, to change (the labels of an export, say). */
CbChartData *
cb_chart_data_copy (const CbChartData *self)
{
  CbChartData *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cb_chart_data_new (self->result);
  cb_chart_data_set_cases (copy, (const guint *) self->cases->data, self->cases->len);
  copy->level = self->level;
  copy->labels = self->labels;
  copy->small_multiples = self->small_multiples;
  copy->sort_by_gap = self->sort_by_gap;
  cb_chart_data_set_sensitivity (copy, self->sensitivity);
  cb_chart_data_set_weight_set_name (copy, self->weight_set_name);
  cb_chart_data_set_versus (copy, self->versus, self->versus_name);
  return copy;
}

CbChartData *
cb_chart_data_ref (CbChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_chart_data_unref (CbChartData *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, chart_data_clear);
}

/* The cases to show, as indices into the result's dataset, in order. */
void
cb_chart_data_set_cases (CbChartData *self,
                         const guint *cases,
                         guint        n_cases)
{
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cases != NULL || n_cases == 0);

  n = cb_dataset_get_n_cases (cb_result_get_dataset (self->result));
  g_array_set_size (self->cases, 0);
  for (guint k = 0; k < n_cases; k++)
    {
      g_return_if_fail (cases[k] < n);
      g_array_append_val (self->cases, cases[k]);
    }
}

void
cb_chart_data_set_level (CbChartData  *self,
                         CbChartLevel  level)
{
  g_return_if_fail (self != NULL);

  self->level = level;
}

void
cb_chart_data_set_labels (CbChartData   *self,
                          CbChartLabels  labels)
{
  g_return_if_fail (self != NULL);

  self->labels = labels;
}

/* A Monte Carlo run on the same result, for rank intervals. */
void
cb_chart_data_set_sensitivity (CbChartData   *self,
                               CbSensitivity *sensitivity)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->sensitivity, cb_sensitivity_unref);
  if (sensitivity != NULL)
    self->sensitivity = cb_sensitivity_ref (sensitivity);
}

/* The same dataset analysed with other weights, named @name, for the
 * slope chart of rank shifts. */
void
cb_chart_data_set_versus (CbChartData *self,
                          CbResult    *versus,
                          const char  *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (versus == NULL ||
                    cb_dataset_get_n_cases (cb_result_get_dataset (versus)) ==
                    cb_dataset_get_n_cases (cb_result_get_dataset (self->result)));

  if (versus != NULL)
    cb_result_ref (versus);
  g_clear_pointer (&self->versus, cb_result_unref);
  self->versus = versus;
  g_free (self->versus_name);
  self->versus_name = g_strdup (name);
}

/* How the subtitle names the weights. */
void
cb_chart_data_set_weight_set_name (CbChartData *self,
                                   const char  *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->weight_set_name);
  self->weight_set_name = g_strdup (name);
}

/* One small chart per case instead of one with every case. */
void
cb_chart_data_set_small_multiples (CbChartData *self,
                                   gboolean     small_multiples)
{
  g_return_if_fail (self != NULL);

  self->small_multiples = !!small_multiples;
}

/* Gap chart: indicators by weighted gap instead of framework order. */
void
cb_chart_data_set_sort_by_gap (CbChartData *self,
                               gboolean     sort_by_gap)
{
  g_return_if_fail (self != NULL);

  self->sort_by_gap = !!sort_by_gap;
}

CbResult *
cb_chart_data_get_result (const CbChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->result;
}

guint
cb_chart_data_get_n_cases (const CbChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->cases->len;
}

/* The dataset index of the k-th case shown. */
guint
cb_chart_data_get_case (const CbChartData *self,
                        guint              k)
{
  g_return_val_if_fail (self != NULL && k < self->cases->len, 0);

  return g_array_index (self->cases, guint, k);
}

CbChartLevel
cb_chart_data_get_level (const CbChartData *self)
{
  g_return_val_if_fail (self != NULL, CB_CHART_LEVEL_DIMENSION);

  return self->level;
}

CbChartLabels
cb_chart_data_get_labels (const CbChartData *self)
{
  g_return_val_if_fail (self != NULL, CB_CHART_LABELS_EN);

  return self->labels;
}

/* The label of a data string in the chart's language; "both" puts the
 * Chinese after the English, on a line of its own if asked. */
char *
_cb_chart_label (const CbChartData *data,
                 CbText            *text,
                 gboolean           two_lines)
{
  const char *en = cb_text_get (text, CB_LANGUAGE_EN);
  const char *zh = cb_text_get (text, CB_LANGUAGE_ZH);

  switch (data->labels)
    {
    case CB_CHART_LABELS_EN:
      return g_strdup (en);
    case CB_CHART_LABELS_ZH:
      return g_strdup (zh);
    case CB_CHART_LABELS_BOTH:
    default:
      if (g_str_equal (en, zh))
        return g_strdup (en);
      return g_strconcat (en, two_lines ? "\n" : " ", zh, NULL);
    }
}

char *
_cb_chart_case_label (const CbChartData *data,
                      guint              c)
{
  return _cb_chart_label (data, cb_dataset_get_case_name (cb_result_get_dataset (data->result), c), FALSE);
}

/* "Weights: equal · arithmetic mean · goalposts (0–100)" */
char *
_cb_chart_subtitle (const CbChartData *data)
{
  CbResult *result = data->result;
  const char *method = cb_result_get_aggregation (result) == CB_AGGREGATION_GEOMETRIC
                       ? _("geometric mean") : _("arithmetic mean");
  const char *normalisation;

  switch (cb_result_get_normalisation (result))
    {
    case CB_NORMALISATION_MINMAX:
      normalisation = _("min–max over the cases (0–100)");
      break;
    case CB_NORMALISATION_ZSCORE:
      normalisation = _("z-scores");
      break;
    case CB_NORMALISATION_RANK:
      normalisation = _("percentile ranks (0–100)");
      break;
    case CB_NORMALISATION_TARGET:
      normalisation = _("distance to target (0–100)");
      break;
    case CB_NORMALISATION_GOALPOSTS:
    default:
      normalisation = _("rubric scale (0–100)");
      break;
    }

  if (data->weight_set_name != NULL)
    /* Translators: weight set · aggregation · normalisation */
    return g_strdup_printf (_("Weights: %s · %s · %s"), data->weight_set_name, method, normalisation);
  return g_strdup_printf ("%s · %s", method, normalisation);
}

guint
_cb_chart_n_axes (const CbChartData *data)
{
  CbDataset *dataset = cb_result_get_dataset (data->result);

  return data->level == CB_CHART_LEVEL_DIMENSION ? cb_dataset_get_n_dimensions (dataset)
                                                 : cb_dataset_get_n_indicators (dataset);
}

CbText *
_cb_chart_axis_name (const CbChartData *data,
                     guint              axis)
{
  CbDataset *dataset = cb_result_get_dataset (data->result);

  return data->level == CB_CHART_LEVEL_DIMENSION ? cb_dataset_get_dimension_name (dataset, axis)
                                                 : cb_dataset_get_indicator_name (dataset, axis);
}

/* A case's value on an axis (a dimension score or a normalised
 * indicator score); NAN where it has none. */
double
_cb_chart_value (const CbChartData *data,
                 guint              c,
                 guint              axis)
{
  return data->level == CB_CHART_LEVEL_DIMENSION ? cb_result_get_dimension_score (data->result, c, axis)
                                                 : cb_result_get_normalised (data->result, c, axis);
}

/* The target on an axis: for a dimension, its indicators' targets
 * aggregated with their weights, as a case's scores are. */
double
_cb_chart_target_value (const CbChartData *data,
                        guint              axis)
{
  CbResult *result = data->result;
  CbDataset *dataset = cb_result_get_dataset (result);
  CbWeights *weights = cb_result_get_weights (result);
  gboolean geometric = cb_result_get_aggregation (result) == CB_AGGREGATION_GEOMETRIC;
  double sum = 0.0, total = 0.0;

  if (data->level == CB_CHART_LEVEL_INDICATOR)
    return cb_result_get_normalised_target (result, axis);

  for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
    {
      double t = cb_result_get_normalised_target (result, i);
      double w = cb_weights_get_indicator (weights, i);

      if (cb_dataset_get_indicator_dimension (dataset, i) != axis || isnan (t) || w <= 0.0)
        continue;
      sum += w * (geometric ? log (MAX (t, 1.0)) : t);
      total += w;
    }
  if (total <= 0.0)
    return NAN;
  return geometric ? exp (sum / total) : sum / total;
}

/* The common scale of every axis: 0–100, or for z-scores a symmetric
 * range in whole units that holds every value and target. */
void
_cb_chart_value_range (const CbChartData *data,
                       double            *lo,
                       double            *hi)
{
  double extent = 2.0;

  if (cb_result_get_normalisation (data->result) != CB_NORMALISATION_ZSCORE)
    {
      *lo = 0.0;
      *hi = 100.0;
      return;
    }

  for (guint axis = 0; axis < _cb_chart_n_axes (data); axis++)
    {
      double t = _cb_chart_target_value (data, axis);

      if (!isnan (t))
        extent = MAX (extent, fabs (t));
      for (guint k = 0; k < data->cases->len; k++)
        {
          double v = _cb_chart_value (data, g_array_index (data->cases, guint, k), axis);

          if (!isnan (v))
            extent = MAX (extent, fabs (v));
        }
    }
  *hi = ceil (extent);
  *lo = -*hi;
}
