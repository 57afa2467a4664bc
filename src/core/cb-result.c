/* cb-result.c: the result of an analysis
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Immutable once cb_analyse () has filled it.
 */

#define G_LOG_DOMAIN "cb-result"

#include "config.h"

#include <math.h>

#include "cb-analysis-private.h"

G_DEFINE_BOXED_TYPE (CbResult, cb_result, cb_result_ref, cb_result_unref)

static void
result_clear (gpointer data)
{
  CbResult *self = data;

  g_clear_pointer (&self->dataset, cb_dataset_unref);
  g_clear_pointer (&self->weights, cb_weights_unref);
  g_free (self->normalised);
  g_free (self->target);
  g_free (self->case_weights);
  g_free (self->dimension_score);
  g_free (self->composite);
  g_free (self->target_composite);
  g_free (self->rank);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
}

CbResult *
_cb_result_new (const CbDataset *dataset,
                const CbWeights *weights,
                CbNormalisation  normalisation,
                CbAggregation    aggregation)
{
  CbResult *self = g_atomic_rc_box_new0 (CbResult);
  gsize cells;

  self->dataset = cb_dataset_ref ((CbDataset *) dataset);
  self->weights = cb_weights_ref ((CbWeights *) weights);
  self->normalisation = normalisation;
  self->aggregation = aggregation;
  self->n_cases = cb_dataset_get_n_cases (dataset);
  self->n_indicators = cb_dataset_get_n_indicators (dataset);
  self->n_dimensions = cb_dataset_get_n_dimensions (dataset);

  cells = MAX (1, (gsize) self->n_cases * self->n_indicators);
  self->normalised = g_new (double, cells);
  self->case_weights = g_new0 (double, cells);
  self->target = g_new (double, MAX (1, self->n_indicators));
  self->dimension_score = g_new (double, MAX (1, (gsize) self->n_cases * self->n_dimensions));
  self->composite = g_new (double, MAX (1, self->n_cases));
  self->target_composite = g_new (double, MAX (1, self->n_cases));
  self->rank = g_new0 (guint, MAX (1, self->n_cases));
  self->notes = g_ptr_array_new_with_free_func (g_free);
  return self;
}

CbResult *
cb_result_ref (CbResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_result_unref (CbResult *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, result_clear);
}

CbDataset *
cb_result_get_dataset (const CbResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dataset;
}

CbWeights *
cb_result_get_weights (const CbResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->weights;
}

CbNormalisation
cb_result_get_normalisation (const CbResult *self)
{
  g_return_val_if_fail (self != NULL, CB_NORMALISATION_GOALPOSTS);

  return self->normalisation;
}

CbAggregation
cb_result_get_aggregation (const CbResult *self)
{
  g_return_val_if_fail (self != NULL, CB_AGGREGATION_ARITHMETIC);

  return self->aggregation;
}

/* The normalised score (0–100, or a z-score), NAN where it is missing. */
double
cb_result_get_normalised (const CbResult *self,
                          guint           c,
                          guint           indicator)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases && indicator < self->n_indicators, NAN);

  return self->normalised[(gsize) c * self->n_indicators + indicator];
}

/* The target (expected level) on the normalised scale. */
double
cb_result_get_normalised_target (const CbResult *self,
                                 guint           indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, NAN);

  return self->target[indicator];
}

/* The effective weight the indicator had in the case's composite: its
 * dimension's × its own, spread over the scores the case has. */
double
cb_result_get_case_weight (const CbResult *self,
                           guint           c,
                           guint           indicator)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases && indicator < self->n_indicators, 0.0);

  return self->case_weights[(gsize) c * self->n_indicators + indicator];
}

/* NAN when the case has no score in the dimension. */
double
cb_result_get_dimension_score (const CbResult *self,
                               guint           c,
                               guint           dimension)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases && dimension < self->n_dimensions, NAN);

  return self->dimension_score[(gsize) c * self->n_dimensions + dimension];
}

/* NAN when the case has no score at all. */
double
cb_result_get_composite (const CbResult *self,
                         guint           c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NAN);

  return self->composite[c];
}

/* The composite the case would have at every target, with its weights. */
double
cb_result_get_target_composite (const CbResult *self,
                                guint           c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NAN);

  return self->target_composite[c];
}

/* 1 for the best; ties share the lower rank; 0 for a reference profile or
 * a case without scores. */
guint
cb_result_get_rank (const CbResult *self,
                    guint           c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, 0);

  return self->rank[c];
}

guint
cb_result_get_n_ranked (const CbResult *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint c = 0; c < self->n_cases; c++)
    n += self->rank[c] > 0;
  return n;
}

/* Target − actual on the normalised scale; NAN where the score is missing. */
double
cb_result_get_gap (const CbResult *self,
                   guint           c,
                   guint           indicator)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases && indicator < self->n_indicators, NAN);

  return self->target[indicator] - self->normalised[(gsize) c * self->n_indicators + indicator];
}

/* The gap times the case's effective weight of the indicator; 0 where the
 * score is missing. */
double
cb_result_get_weighted_gap (const CbResult *self,
                            guint           c,
                            guint           indicator)
{
  double gap;

  g_return_val_if_fail (self != NULL && c < self->n_cases && indicator < self->n_indicators, NAN);

  gap = cb_result_get_gap (self, c, indicator);
  return isnan (gap) ? 0.0 : cb_result_get_case_weight (self, c, indicator) * gap;
}

/* What the reader of the numbers should know (missing scores, constant
 * indicators, floors, filled-in weights), as sentences. */
const char * const *
cb_result_get_notes (const CbResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->notes->pdata;
}
