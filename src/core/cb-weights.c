/* cb-weights.c: hierarchical weights, validated and normalised
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dimension weights sum to 1; within each dimension, indicator weights
 * sum to 1; the effective weight of an indicator is the product of the
 * two (methods.md B2, DESIGN.md "Analysis").
 */

#define G_LOG_DOMAIN "cb-weights"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-weights.h"

struct _CbWeights
{
  guint n_dimensions;
  guint n_indicators;
  double *dimension;  /* sums to 1 */
  double *indicator;  /* sums to 1 within each dimension */
  double *effective;  /* dimension × indicator; sums to 1 */
  char *note;         /* what was filled in, or NULL */
};

G_DEFINE_BOXED_TYPE (CbWeights, cb_weights, cb_weights_ref, cb_weights_unref)
G_DEFINE_QUARK (cb-weights-error-quark, cb_weights_error)

static void
weights_clear (gpointer data)
{
  CbWeights *self = data;

  g_free (self->dimension);
  g_free (self->indicator);
  g_free (self->effective);
  g_free (self->note);
}

static gboolean
check_weight (double       weight,
              const char  *code,
              GError     **error)
{
  if (!isfinite (weight))
    {
      g_set_error (error, CB_WEIGHTS_ERROR, CB_WEIGHTS_ERROR_NOT_FINITE,
                   _("The weight of “%s” is not a number."), code);
      return FALSE;
    }
  if (weight < 0.0)
    {
      g_set_error (error, CB_WEIGHTS_ERROR, CB_WEIGHTS_ERROR_NEGATIVE,
                   _("The weight of “%s” is negative (%g); weights must be 0 or more."),
                   code, weight);
      return FALSE;
    }
  return TRUE;
}

/**
 * cb_weights_new:
 * @dimension_weights: raw weights, one per dimension of @dataset
 * @indicator_weights: raw weights, one per indicator of @dataset
 *
 * Validates and normalises raw weights. A dimension without indicators
 * gets no weight.
 */
CbWeights *
cb_weights_new (const CbDataset  *dataset,
                const double     *dimension_weights,
                const double     *indicator_weights,
                GError          **error)
{
  g_autoptr(CbWeights) self = NULL;
  guint n_dimensions, n_indicators;
  double total = 0.0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (dimension_weights != NULL && indicator_weights != NULL, NULL);

  n_dimensions = cb_dataset_get_n_dimensions (dataset);
  n_indicators = cb_dataset_get_n_indicators (dataset);
  self = g_atomic_rc_box_new0 (CbWeights);
  self->n_dimensions = n_dimensions;
  self->n_indicators = n_indicators;
  self->dimension = g_new0 (double, n_dimensions);
  self->indicator = g_new0 (double, n_indicators);
  self->effective = g_new0 (double, n_indicators);

  for (guint i = 0; i < n_indicators; i++)
    if (!check_weight (indicator_weights[i], cb_dataset_get_indicator_code (dataset, i), error))
      return NULL;

  for (guint d = 0; d < n_dimensions; d++)
    {
      const char *code = cb_dataset_get_dimension_code (dataset, d);
      double sum = 0.0;
      guint members = 0;

      if (!check_weight (dimension_weights[d], code, error))
        return NULL;

      for (guint i = 0; i < n_indicators; i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d)
          {
            sum += indicator_weights[i];
            members++;
          }

      if (members == 0)
        continue;
      if (sum <= 0.0)
        {
          g_set_error (error, CB_WEIGHTS_ERROR, CB_WEIGHTS_ERROR_ALL_ZERO,
                       _("Every indicator of “%s” has weight 0; give at least one a weight."),
                       code);
          return NULL;
        }
      for (guint i = 0; i < n_indicators; i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d)
          self->indicator[i] = indicator_weights[i] / sum;

      self->dimension[d] = dimension_weights[d];
      total += dimension_weights[d];
    }

  if (total <= 0.0)
    {
      g_set_error_literal (error, CB_WEIGHTS_ERROR, CB_WEIGHTS_ERROR_ALL_ZERO,
                           _("Every dimension has weight 0; give at least one a weight."));
      return NULL;
    }
  for (guint d = 0; d < n_dimensions; d++)
    self->dimension[d] /= total;
  for (guint i = 0; i < n_indicators; i++)
    self->effective[i] = self->dimension[cb_dataset_get_indicator_dimension (dataset, i)] *
                         self->indicator[i];

  return g_steal_pointer (&self);
}

/* Equal weights for the dimensions, and for the indicators within each. */
CbWeights *
cb_weights_new_equal (const CbDataset *dataset)
{
  g_autofree double *dimensions = NULL;
  g_autofree double *indicators = NULL;
  g_autoptr(GError) error = NULL;
  CbWeights *self;

  g_return_val_if_fail (dataset != NULL, NULL);

  dimensions = g_new (double, cb_dataset_get_n_dimensions (dataset));
  indicators = g_new (double, MAX (1, cb_dataset_get_n_indicators (dataset)));
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    dimensions[d] = 1.0;
  for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
    indicators[i] = 1.0;

  self = cb_weights_new (dataset, dimensions, indicators, &error);
  if (self == NULL)
    {
      /* Only a dataset without indicators has nothing to weight. */
      self = g_atomic_rc_box_new0 (CbWeights);
      self->n_dimensions = cb_dataset_get_n_dimensions (dataset);
      self->dimension = g_new0 (double, self->n_dimensions);
      self->indicator = g_new0 (double, 1);
      self->effective = g_new0 (double, 1);
    }
  return self;
}

/* The weights of a stored weight set for this dataset. A dimension or
 * indicator the set does not weight (added after the set was made) gets
 * the mean weight of its group, and the note says so. */
CbWeights *
cb_weights_new_from_weight_set (const CbDataset  *dataset,
                                CbWeightSet      *weight_set,
                                GError          **error)
{
  guint n_dimensions, n_indicators;
  g_autofree double *dimensions = NULL;
  g_autofree double *indicators = NULL;
  g_autofree gboolean *dimension_set = NULL;
  g_autofree gboolean *indicator_set = NULL;
  g_autoptr(GString) filled = g_string_new (NULL);
  double sum = 0.0;
  guint count = 0;
  CbWeights *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), NULL);

  n_dimensions = cb_dataset_get_n_dimensions (dataset);
  n_indicators = cb_dataset_get_n_indicators (dataset);
  dimensions = g_new0 (double, n_dimensions);
  indicators = g_new0 (double, MAX (1, n_indicators));
  dimension_set = g_new0 (gboolean, n_dimensions);
  indicator_set = g_new0 (gboolean, MAX (1, n_indicators));

  for (guint d = 0; d < n_dimensions; d++)
    if ((dimension_set[d] = cb_weight_set_get_dimension_weight (weight_set,
                                                                cb_dataset_get_dimension_id (dataset, d),
                                                                &dimensions[d])))
      {
        sum += dimensions[d];
        count++;
      }
  for (guint d = 0; d < n_dimensions; d++)
    if (!dimension_set[d])
      {
        dimensions[d] = count > 0 ? sum / count : 1.0;
        g_string_append_printf (filled, "%s%s", filled->len ? ", " : "",
                                cb_dataset_get_dimension_code (dataset, d));
      }

  for (guint d = 0; d < n_dimensions; d++)
    {
      sum = 0.0;
      count = 0;
      for (guint i = 0; i < n_indicators; i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d &&
            (indicator_set[i] = cb_weight_set_get_indicator_weight (weight_set,
                                                                    cb_dataset_get_indicator_id (dataset, i),
                                                                    &indicators[i])))
          {
            sum += indicators[i];
            count++;
          }
      for (guint i = 0; i < n_indicators; i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d && !indicator_set[i])
          {
            indicators[i] = count > 0 ? sum / count : 1.0;
            g_string_append_printf (filled, "%s%s", filled->len ? ", " : "",
                                    cb_dataset_get_indicator_code (dataset, i));
          }
    }

  self = cb_weights_new (dataset, dimensions, indicators, error);
  if (self != NULL && filled->len > 0)
    self->note = g_strdup_printf (_("“%s” has no weight for %s; each was given the mean weight "
                                    "of its group."),
                                  cb_weight_set_get_code (weight_set), filled->str);
  return self;
}

CbWeights *
cb_weights_ref (CbWeights *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_weights_unref (CbWeights *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, weights_clear);
}

guint
cb_weights_get_n_dimensions (const CbWeights *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_dimensions;
}

guint
cb_weights_get_n_indicators (const CbWeights *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_indicators;
}

/* The normalised weight of a dimension. */
double
cb_weights_get_dimension (const CbWeights *self,
                          guint            dimension)
{
  g_return_val_if_fail (self != NULL && dimension < self->n_dimensions, 0.0);

  return self->dimension[dimension];
}

/* The weight of an indicator within its dimension. */
double
cb_weights_get_indicator (const CbWeights *self,
                          guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0.0);

  return self->indicator[indicator];
}

/* Dimension weight × indicator weight. */
double
cb_weights_get_effective (const CbWeights *self,
                          guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0.0);

  return self->effective[indicator];
}

/* What had to be filled in, as a sentence, or NULL. */
const char *
cb_weights_get_note (const CbWeights *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->note;
}

/* Sets weights[changed] to @value and rescales the other unlocked weights
 * of the group in proportion, so that the group still sums to 1 and the
 * locked ones stay. The value is held to what the locked weights leave;
 * if every other weight is locked it cannot move at all. Others that were
 * all zero share the rest equally. Returns the value actually set. */
double
cb_weights_rebalance (double         *weights,
                      const gboolean *locked,
                      guint           n,
                      guint           changed,
                      double          value)
{
  double held = 0.0, others = 0.0, rest;
  guint n_free = 0;

  g_return_val_if_fail (weights != NULL && changed < n, 0.0);

  for (guint i = 0; i < n; i++)
    {
      if (i == changed)
        continue;
      if (locked != NULL && locked[i])
        held += weights[i];
      else
        {
          others += weights[i];
          n_free++;
        }
    }

  if (!isfinite (value))
    value = weights[changed];
  value = CLAMP (value, 0.0, MAX (0.0, 1.0 - held));
  if (n_free == 0)
    value = MAX (0.0, 1.0 - held);
  weights[changed] = value;

  rest = MAX (0.0, 1.0 - held - value);
  for (guint i = 0; i < n; i++)
    {
      if (i == changed || (locked != NULL && locked[i]))
        continue;
      weights[i] = others > 1e-12 ? weights[i] * rest / others : rest / n_free;
    }
  return value;
}

/* Shares what the locked weights of a group leave equally among the
 * unlocked ones; with none locked every weight becomes 1/n. */
void
cb_weights_equalise (double         *weights,
                     const gboolean *locked,
                     guint           n)
{
  double held = 0.0;
  guint n_free = 0;

  g_return_if_fail (weights != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    {
      if (locked != NULL && locked[i])
        held += weights[i];
      else
        n_free++;
    }
  for (guint i = 0; i < n && n_free > 0; i++)
    if (locked == NULL || !locked[i])
      weights[i] = MAX (0.0, 1.0 - held) / n_free;
}
