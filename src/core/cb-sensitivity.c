/* cb-sensitivity.c: Monte Carlo uncertainty of the ranking
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After COINr's get_noisy_weights and Saisana, Saltelli & Tarantola
 * (2005), methods.md B5: each sample moves every dimension and indicator
 * weight to w' = w + (2u − 1)·φ·w (or, with the Dirichlet option, draws
 * each group of weights uniformly on the simplex, e = −ln u), optionally
 * draws the aggregation, rebuilds the composites and ranks the cases. The
 * normalisation does not depend on the weights, so it is done once.
 *
 * Draws come from GLib's Mersenne Twister seeded with the settings' seed,
 * in a fixed order (dimensions, indicators, then the aggregation), so a
 * run is the same on every machine. Ranks are kept as counts per case and
 * rank, from which the rank-acceptability probabilities and the quantiles
 * (R's type 7, as COINr reports them) are read exactly.
 */

#define G_LOG_DOMAIN "cb-sensitivity"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-analysis-private.h"
#include "cb-sensitivity.h"

struct _CbSensitivity
{
  CbSensitivitySettings settings;
  CbResult *nominal;
  guint n_cases;
  guint n_ranked;
  guint *counts;   /* n_cases × (n_ranked + 1): how often case c had rank r */
  double *mean;    /* n_cases */
};

G_DEFINE_BOXED_TYPE (CbSensitivity, cb_sensitivity, cb_sensitivity_ref, cb_sensitivity_unref)

static void
sensitivity_clear (gpointer data)
{
  CbSensitivity *self = data;

  g_clear_pointer (&self->nominal, cb_result_unref);
  g_free (self->counts);
  g_free (self->mean);
}

/* 1,000 samples, ±25 % noise, seed 1, goalposts, arithmetic. */
void
cb_sensitivity_settings_init (CbSensitivitySettings *settings)
{
  g_return_if_fail (settings != NULL);

  *settings = (CbSensitivitySettings) {
    .samples = 1000,
    .noise = 0.25,
    .seed = 1,
    .dirichlet = FALSE,
    .vary_aggregation = FALSE,
    .normalisation = CB_NORMALISATION_GOALPOSTS,
    .aggregation = CB_AGGREGATION_ARITHMETIC,
  };
}

static void
draw_weights (GRand        *rand,
              const double *nominal,
              guint         n,
              double        noise,
              gboolean      dirichlet,
              double       *out)
{
  for (guint k = 0; k < n; k++)
    {
      if (dirichlet)
        /* 1 − u is in (0, 1], so the logarithm is finite. */
        out[k] = nominal[k] > 0.0 ? -log (1.0 - g_rand_double (rand)) : 0.0;
      else
        out[k] = nominal[k] * (1.0 + (2.0 * g_rand_double (rand) - 1.0) * noise);
    }
}

CbSensitivity *
cb_sensitivity_run (const CbDataset              *dataset,
                    const CbWeights              *weights,
                    const CbSensitivitySettings  *settings,
                    CbProgressFunc                progress,
                    gpointer                      user_data,
                    GCancellable                 *cancellable,
                    GError                      **error)
{
  g_autoptr(CbSensitivity) self = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree guint *dimension_of = NULL;
  g_autofree double *nominal_dimensions = NULL;
  g_autofree double *nominal_indicators = NULL;
  g_autofree double *dimensions = NULL;
  g_autofree double *indicators = NULL;
  g_autofree double *composites = NULL;
  g_autofree gboolean *ranked = NULL;
  g_autofree guint *ranks = NULL;
  guint n_indicators, n_dimensions, n_cases, step;
  CbResult *nominal;

  g_return_val_if_fail (dataset != NULL && weights != NULL && settings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (settings->samples < 1 || !isfinite (settings->noise) || settings->noise < 0.0 ||
      settings->noise > 1.0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A sensitivity run needs at least 1 sample and a noise between 0 and 1 "
                     "(100 %%); it was given %u samples and noise %g."),
                   settings->samples, settings->noise);
      return NULL;
    }
  if (settings->vary_aggregation && settings->normalisation == CB_NORMALISATION_ZSCORE)
    {
      g_set_error_literal (error, CB_ANALYSIS_ERROR, CB_ANALYSIS_ERROR_GEOMETRIC_NEEDS_POSITIVE,
                           _("The geometric mean needs positive values, and z-scores are not: "
                             "the aggregation cannot vary with z-scores."));
      return NULL;
    }

  nominal = cb_analyse (dataset, weights, settings->normalisation, settings->aggregation, error);
  if (nominal == NULL)
    return NULL;

  self = g_atomic_rc_box_new0 (CbSensitivity);
  self->settings = *settings;
  self->nominal = nominal;
  n_cases = self->n_cases = cb_dataset_get_n_cases (dataset);
  n_indicators = cb_dataset_get_n_indicators (dataset);
  n_dimensions = cb_dataset_get_n_dimensions (dataset);
  self->n_ranked = cb_result_get_n_ranked (nominal);
  self->counts = g_new0 (guint, MAX (1, (gsize) n_cases * (self->n_ranked + 1)));
  self->mean = g_new0 (double, MAX (1, n_cases));

  dimension_of = g_new (guint, MAX (1, n_indicators));
  nominal_indicators = g_new (double, MAX (1, n_indicators));
  indicators = g_new (double, MAX (1, n_indicators));
  nominal_dimensions = g_new (double, n_dimensions);
  dimensions = g_new (double, n_dimensions);
  composites = g_new (double, MAX (1, n_cases));
  ranked = g_new (gboolean, MAX (1, n_cases));
  ranks = g_new (guint, MAX (1, n_cases));

  for (guint i = 0; i < n_indicators; i++)
    {
      dimension_of[i] = cb_dataset_get_indicator_dimension (dataset, i);
      nominal_indicators[i] = cb_weights_get_indicator (weights, i);
    }
  for (guint d = 0; d < n_dimensions; d++)
    nominal_dimensions[d] = cb_weights_get_dimension (weights, d);
  /* Rank among the cases the nominal run ranked. */
  for (guint c = 0; c < n_cases; c++)
    ranked[c] = cb_result_get_rank (nominal, c) > 0;

  rand = g_rand_new_with_seed (settings->seed);
  step = MAX (1, settings->samples / 100);
  for (guint s = 0; s < settings->samples; s++)
    {
      CbAggregation aggregation = settings->aggregation;

      if (s % step == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            progress ((double) s / settings->samples, user_data);
        }

      draw_weights (rand, nominal_dimensions, n_dimensions, settings->noise, settings->dirichlet,
                    dimensions);
      draw_weights (rand, nominal_indicators, n_indicators, settings->noise, settings->dirichlet,
                    indicators);
      if (settings->vary_aggregation)
        aggregation = g_rand_double (rand) < 0.5 ? CB_AGGREGATION_ARITHMETIC : CB_AGGREGATION_GEOMETRIC;

      for (guint c = 0; c < n_cases; c++)
        composites[c] = ranked[c]
                        ? _cb_aggregate_case (&nominal->normalised[(gsize) c * n_indicators],
                                              dimension_of, n_indicators, n_dimensions, dimensions,
                                              indicators, aggregation, NULL, NULL)
                        : NAN;

      _cb_rank_min (composites, ranked, n_cases, ranks);
      for (guint c = 0; c < n_cases; c++)
        if (ranks[c] > 0)
          {
            self->counts[(gsize) c * (self->n_ranked + 1) + ranks[c]]++;
            self->mean[c] += ranks[c];
          }
    }

  for (guint c = 0; c < n_cases; c++)
    self->mean[c] = ranked[c] ? self->mean[c] / settings->samples : NAN;
  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&self);
}

CbSensitivity *
cb_sensitivity_ref (CbSensitivity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_sensitivity_unref (CbSensitivity *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, sensitivity_clear);
}

/* The settings of the run, to report with its results. */
const CbSensitivitySettings *
cb_sensitivity_get_settings (const CbSensitivity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->settings;
}

/* The analysis with the nominal weights and method. */
CbResult *
cb_sensitivity_get_nominal (const CbSensitivity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->nominal;
}

guint
cb_sensitivity_get_n_ranked (const CbSensitivity *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_ranked;
}

/* 0 for a case that is not ranked. */
guint
cb_sensitivity_get_nominal_rank (const CbSensitivity *self,
                                 guint                c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, 0);

  return cb_result_get_rank (self->nominal, c);
}

double
cb_sensitivity_get_mean_rank (const CbSensitivity *self,
                              guint                c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NAN);

  return self->mean[c];
}

/* The k-th smallest rank (0-based) the case had over the samples. */
static guint
order_statistic (const CbSensitivity *self,
                 guint                c,
                 guint                k)
{
  const guint *counts = &self->counts[(gsize) c * (self->n_ranked + 1)];
  guint seen = 0;

  for (guint r = 1; r <= self->n_ranked; r++)
    {
      seen += counts[r];
      if (k < seen)
        return r;
    }
  return self->n_ranked;
}

/**
 * cb_sensitivity_get_quantile:
 * @p: 0 to 1; 0.5 is the median, 0.05 and 0.95 the usual interval
 *
 * The p-quantile of the case's rank over the samples, interpolated as R's
 * quantile (type = 7); NAN for a case that is not ranked.
 */
double
cb_sensitivity_get_quantile (const CbSensitivity *self,
                             guint                c,
                             double               p)
{
  double h;
  guint lo;
  guint x_lo, x_hi;

  g_return_val_if_fail (self != NULL && c < self->n_cases, NAN);
  g_return_val_if_fail (p >= 0.0 && p <= 1.0, NAN);

  if (cb_result_get_rank (self->nominal, c) == 0)
    return NAN;

  h = (self->settings.samples - 1) * p;
  lo = (guint) floor (h);
  x_lo = order_statistic (self, c, lo);
  x_hi = order_statistic (self, c, MIN (lo + 1, self->settings.samples - 1));
  return x_lo + (h - lo) * ((double) x_hi - x_lo);
}

/* The share of samples in which the case had this rank (1 to n ranked):
 * the rank-acceptability index. */
double
cb_sensitivity_get_probability (const CbSensitivity *self,
                                guint                c,
                                guint                rank)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, 0.0);
  g_return_val_if_fail (rank >= 1 && rank <= self->n_ranked, 0.0);

  return (double) self->counts[(gsize) c * (self->n_ranked + 1) + rank] / self->settings.samples;
}
