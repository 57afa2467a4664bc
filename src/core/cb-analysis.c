/* cb-analysis.c: normalise, weight, aggregate, rank and measure gaps
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas are those of ../shared/domain/methods.md (B1, B2, B7),
 * after the OECD/JRC Handbook on Constructing Composite Indicators (2008)
 * and COINr. Everything here is pure: the same data, weights and choices
 * give the same numbers on every machine.
 *
 * Scales: every normalisation but the z-score gives 0 (worst) to 100
 * (best), with the indicator's direction applied, so that gaps, dimension
 * scores and composites are all on that scale too. Data-driven
 * normalisations (min–max, z-score, rank) look at the cases only: a
 * reference profile is placed on their scale but does not shape it.
 */

#define G_LOG_DOMAIN "cb-analysis"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "cb-analysis-private.h"

G_DEFINE_QUARK (cb-analysis-error-quark, cb_analysis_error)

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (notes, g_strdup_vprintf (format, args));
  va_end (args);
}

typedef struct
{
  double min;
  double max;
  double mean;
  double sd;     /* the n − 1 sample standard deviation */
  guint n;       /* present values */
  guint distinct;
} Stats;

/* Statistics of one indicator over the cases (not the references). */
static Stats
indicator_stats (const CbDataset *dataset,
                 guint            indicator)
{
  Stats stats = { INFINITY, -INFINITY, 0.0, 0.0, 0, 0 };
  double sum = 0.0, squares = 0.0, first = NAN;

  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      double x = cb_dataset_get_value (dataset, c, indicator);

      if (isnan (x) || cb_dataset_get_case_is_reference (dataset, c))
        continue;
      stats.min = MIN (stats.min, x);
      stats.max = MAX (stats.max, x);
      sum += x;
      if (stats.n == 0)
        first = x;
      else if (x != first)
        stats.distinct = 2;
      stats.n++;
    }
  if (stats.n > 0)
    {
      stats.distinct = MAX (stats.distinct, 1);
      stats.mean = sum / stats.n;
    }
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset) && stats.n > 1; c++)
    {
      double x = cb_dataset_get_value (dataset, c, indicator);

      if (!isnan (x) && !cb_dataset_get_case_is_reference (dataset, c))
        squares += (x - stats.mean) * (x - stats.mean);
    }
  if (stats.n > 1)
    stats.sd = sqrt (squares / (stats.n - 1));
  return stats;
}

static int
compare_ascending (const void *a,
                   const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The cases' values of an indicator, direction applied (higher is
 * better), sorted ascending, for percentile ranks by binary search. */
static GArray *
sorted_goodness (const CbDataset *dataset,
                 guint            indicator)
{
  GArray *sorted = g_array_new (FALSE, FALSE, sizeof (double));
  int direction = cb_dataset_get_direction (dataset, indicator);

  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      double x = cb_dataset_get_value (dataset, c, indicator);

      if (!isnan (x) && !cb_dataset_get_case_is_reference (dataset, c))
        {
          x *= direction;
          g_array_append_val (sorted, x);
        }
    }
  /* The C library's qsort: GLib's stable merge sort is slower, and equal
   * values need no order. */
  qsort (sorted->data, sorted->len, sizeof (double), compare_ascending);
  return sorted;
}

/* Percentile rank of x among the cases: the share of the other n − 1
 * cases it is strictly better than (ties "min"). A target, not being one
 * of the values, can beat all n, and is capped at 100. */
static double
percentile_rank (const GArray *sorted,
                 double        goodness)
{
  guint lo = 0, hi = sorted->len;

  /* The number of values strictly below: the lower bound. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (sorted, double, mid) < goodness)
        lo = mid + 1;
      else
        hi = mid;
    }
  return MIN (100.0, 100.0 * lo / (sorted->len - 1));
}

/* Fills normalised (cases × indicators) and target (indicators). */
void
_cb_normalise (const CbDataset *dataset,
               CbNormalisation  normalisation,
               double          *normalised,
               double          *target,
               GPtrArray       *notes)
{
  guint n_cases = cb_dataset_get_n_cases (dataset);
  guint n_indicators = cb_dataset_get_n_indicators (dataset);
  g_autoptr(GString) constant = g_string_new (NULL);

  for (guint i = 0; i < n_indicators; i++)
    {
      double lo = cb_dataset_get_scale_min (dataset, i);
      double hi = cb_dataset_get_scale_max (dataset, i);
      double t = cb_dataset_get_target (dataset, i);
      int direction = cb_dataset_get_direction (dataset, i);
      Stats stats = { 0 };
      g_autoptr(GArray) sorted = NULL;
      gboolean degenerate = FALSE;

      if (normalisation == CB_NORMALISATION_MINMAX || normalisation == CB_NORMALISATION_ZSCORE ||
          normalisation == CB_NORMALISATION_RANK)
        {
          stats = indicator_stats (dataset, i);
          degenerate = stats.distinct < 2;
          if (normalisation == CB_NORMALISATION_RANK && !degenerate)
            sorted = sorted_goodness (dataset, i);
          if (degenerate && stats.n > 0)
            g_string_append_printf (constant, "%s%s", constant->len ? ", " : "",
                                    cb_dataset_get_indicator_code (dataset, i));
        }

      for (guint c = 0; c <= n_cases; c++)
        {
          /* c == n_cases is the target. */
          double x = c < n_cases ? cb_dataset_get_value (dataset, c, i) : t;
          double y;

          if (isnan (x))
            {
              if (c < n_cases)
                normalised[(gsize) c * n_indicators + i] = NAN;
              else
                target[i] = NAN;
              continue;
            }

          switch (normalisation)
            {
            case CB_NORMALISATION_GOALPOSTS:
              y = direction > 0 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
              y = 100.0 * CLAMP (y, 0.0, 1.0);
              break;

            case CB_NORMALISATION_MINMAX:
              if (degenerate)
                y = stats.n == 0 ? 50.0 : 50.0 + 50.0 * ((x > stats.min) - (x < stats.min)) * direction;
              else
                y = 100.0 * (direction > 0 ? (x - stats.min) / (stats.max - stats.min)
                                           : (stats.max - x) / (stats.max - stats.min));
              break;

            case CB_NORMALISATION_ZSCORE:
              y = degenerate || stats.sd == 0.0 ? 0.0 : direction * (x - stats.mean) / stats.sd;
              break;

            case CB_NORMALISATION_RANK:
              y = degenerate ? 50.0 + 50.0 * ((x > stats.min) - (x < stats.min)) * direction
                             : percentile_rank (sorted, direction * x);
              break;

            case CB_NORMALISATION_TARGET:
              /* Achievement towards the target from the scale's floor (or
               * ceiling, for lower-is-better), capped at the target. */
              if (direction > 0)
                y = t > lo ? (x - lo) / (t - lo) : 1.0;
              else
                y = t < hi ? (hi - x) / (hi - t) : 1.0;
              y = 100.0 * CLAMP (y, 0.0, 1.0);
              break;

            default:
              g_assert_not_reached ();
            }

          if (c < n_cases)
            normalised[(gsize) c * n_indicators + i] = y;
          else
            target[i] = y;
        }
    }

  if (constant->len > 0)
    {
      if (normalisation == CB_NORMALISATION_ZSCORE)
        add_note (notes, _("These indicators have the same value for every case, so they cannot "
                           "tell the cases apart; each case scores 0 on them: %s."), constant->str);
      else
        add_note (notes, _("These indicators have the same value for every case, so they cannot "
                           "tell the cases apart; each case scores 50 on them: %s."), constant->str);
    }
}

double
_cb_aggregate_case (const double  *row,
                    const guint   *dimension_of,
                    guint          n_indicators,
                    guint          n_dimensions,
                    const double  *dimension_weights,
                    const double  *indicator_weights,
                    CbAggregation  aggregation,
                    double        *dimension_scores,
                    double        *case_weights)
{
  double scores_buf[64], present_buf[64];
  double *scores = n_dimensions <= 64 ? scores_buf : g_new (double, n_dimensions);
  double *present = n_dimensions <= 64 ? present_buf : g_new (double, n_dimensions);
  double total_weight = 0.0, composite = 0.0;
  gboolean geometric = aggregation == CB_AGGREGATION_GEOMETRIC;

  for (guint d = 0; d < n_dimensions; d++)
    {
      scores[d] = 0.0;
      present[d] = 0.0;
    }

  /* Within each dimension, over the indicators that have a score. */
  for (guint i = 0; i < n_indicators; i++)
    {
      double y = row[i];
      double w = indicator_weights[i];

      if (isnan (y) || w <= 0.0)
        continue;
      if (geometric)
        scores[dimension_of[i]] += w * log (MAX (y, CB_GEOMETRIC_FLOOR));
      else
        scores[dimension_of[i]] += w * y;
      present[dimension_of[i]] += w;
    }

  for (guint d = 0; d < n_dimensions; d++)
    {
      if (present[d] > 0.0)
        {
          scores[d] /= present[d];
          if (dimension_weights[d] > 0.0)
            total_weight += dimension_weights[d];
        }
      if (dimension_scores != NULL)
        dimension_scores[d] = present[d] > 0.0 ? (geometric ? exp (scores[d]) : scores[d]) : NAN;
    }

  if (total_weight <= 0.0)
    composite = NAN;
  else
    {
      for (guint d = 0; d < n_dimensions; d++)
        if (present[d] > 0.0 && dimension_weights[d] > 0.0)
          composite += dimension_weights[d] / total_weight * scores[d];
      if (geometric)
        composite = exp (composite);
    }

  if (case_weights != NULL)
    for (guint i = 0; i < n_indicators; i++)
      {
        guint d = dimension_of[i];

        case_weights[i] = isnan (row[i]) || indicator_weights[i] <= 0.0 || present[d] <= 0.0 ||
                          dimension_weights[d] <= 0.0 || total_weight <= 0.0
                          ? 0.0
                          : dimension_weights[d] / total_weight * indicator_weights[i] / present[d];
      }

  if (scores != scores_buf)
    g_free (scores);
  if (present != present_buf)
    g_free (present);
  return composite;
}

static gboolean
ties (double a,
      double b)
{
  return fabs (a - b) <= CB_RANK_TIE_TOLERANCE * MAX (1.0, MAX (fabs (a), fabs (b)));
}

typedef struct
{
  const double *values;
} RankOrder;

static int
compare_descending (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const double *values = ((RankOrder *) user_data)->values;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (values[x] != values[y])
    return values[x] > values[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Ranks (1 = highest value) with ties sharing the lowest rank ("min");
 * entries not ranked, or NAN, get 0. */
void
_cb_rank_min (const double   *values,
              const gboolean *ranked,
              guint           n,
              guint          *ranks)
{
  g_autofree guint *order = g_new (guint, MAX (1, n));
  RankOrder data = { values };
  guint m = 0, leader = 0;

  for (guint a = 0; a < n; a++)
    {
      ranks[a] = 0;
      if (ranked[a] && !isnan (values[a]))
        order[m++] = a;
    }
  g_qsort_with_data (order, m, sizeof (guint), compare_descending, &data);

  for (guint k = 0; k < m; k++)
    {
      if (k == 0 || !ties (values[order[leader]], values[order[k]]))
        leader = k;
      ranks[order[k]] = leader + 1;
    }
}

/**
 * cb_analyse:
 *
 * Normalises the dataset, aggregates it with the weights (missing scores:
 * the weights of each case are spread over what it has), ranks the cases
 * (not the references) and measures the gap of each score to its target.
 * Under arithmetic aggregation the weighted gaps of a case add up to its
 * target composite minus its composite.
 */
CbResult *
cb_analyse (const CbDataset  *dataset,
            const CbWeights  *weights,
            CbNormalisation   normalisation,
            CbAggregation     aggregation,
            GError          **error)
{
  g_autoptr(CbResult) self = NULL;
  g_autofree guint *dimension_of = NULL;
  g_autofree double *dimension_weights = NULL;
  g_autofree double *indicator_weights = NULL;
  g_autofree gboolean *ranked = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_floored = 0, n_unscored = 0;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (cb_weights_get_n_indicators (weights) != cb_dataset_get_n_indicators (dataset) ||
      cb_weights_get_n_dimensions (weights) != cb_dataset_get_n_dimensions (dataset))
    {
      g_set_error_literal (error, CB_ANALYSIS_ERROR, CB_ANALYSIS_ERROR_MISMATCH,
                           _("The weights were made for another framework."));
      return NULL;
    }
  if (aggregation == CB_AGGREGATION_GEOMETRIC && normalisation == CB_NORMALISATION_ZSCORE)
    {
      g_set_error_literal (error, CB_ANALYSIS_ERROR, CB_ANALYSIS_ERROR_GEOMETRIC_NEEDS_POSITIVE,
                           _("The geometric mean needs positive values, and z-scores are not. "
                             "Use another normalisation, or the arithmetic mean."));
      return NULL;
    }

  self = _cb_result_new (dataset, weights, normalisation, aggregation);
  _cb_normalise (dataset, normalisation, self->normalised, self->target, self->notes);

  dimension_of = g_new (guint, MAX (1, self->n_indicators));
  indicator_weights = g_new (double, MAX (1, self->n_indicators));
  dimension_weights = g_new (double, self->n_dimensions);
  for (guint i = 0; i < self->n_indicators; i++)
    {
      dimension_of[i] = cb_dataset_get_indicator_dimension (dataset, i);
      indicator_weights[i] = cb_weights_get_indicator (weights, i);
    }
  for (guint d = 0; d < self->n_dimensions; d++)
    dimension_weights[d] = cb_weights_get_dimension (weights, d);

  ranked = g_new (gboolean, MAX (1, self->n_cases));
  for (guint c = 0; c < self->n_cases; c++)
    {
      double *row = &self->normalised[(gsize) c * self->n_indicators];
      double *case_weights = &self->case_weights[(gsize) c * self->n_indicators];
      gboolean has_missing = FALSE;

      for (guint i = 0; i < self->n_indicators; i++)
        {
          if (isnan (row[i]))
            has_missing = TRUE;
          else if (aggregation == CB_AGGREGATION_GEOMETRIC && row[i] < CB_GEOMETRIC_FLOOR)
            n_floored++;
        }
      if (has_missing)
        g_string_append_printf (missing, "%s%s", missing->len ? ", " : "",
                                cb_dataset_get_case_code (dataset, c));

      self->composite[c] = _cb_aggregate_case (row, dimension_of, self->n_indicators, self->n_dimensions,
                                               dimension_weights, indicator_weights, aggregation,
                                               &self->dimension_score[(gsize) c * self->n_dimensions],
                                               case_weights);

      /* The target profile, scored with the same (re-spread) weights. */
      if (aggregation == CB_AGGREGATION_ARITHMETIC)
        {
          double sum = 0.0;

          for (guint i = 0; i < self->n_indicators; i++)
            sum += case_weights[i] * self->target[i];
          self->target_composite[c] = isnan (self->composite[c]) ? NAN : sum;
        }
      else
        {
          double sum = 0.0;

          for (guint i = 0; i < self->n_indicators; i++)
            sum += case_weights[i] * log (MAX (self->target[i], CB_GEOMETRIC_FLOOR));
          self->target_composite[c] = isnan (self->composite[c]) ? NAN : exp (sum);
        }

      if (isnan (self->composite[c]))
        n_unscored++;
      ranked[c] = !cb_dataset_get_case_is_reference (dataset, c);
    }

  _cb_rank_min (self->composite, ranked, self->n_cases, self->rank);

  if (missing->len > 0)
    add_note (self->notes, _("Some scores are missing; each of these cases is weighted over the "
                             "scores it has: %s."), missing->str);
  if (n_unscored > 0)
    add_note (self->notes, g_dngettext (GETTEXT_PACKAGE,
                                        "%u case has no scores to weight and is not ranked.",
                                        "%u cases have no scores to weight and are not ranked.",
                                        n_unscored), n_unscored);
  if (n_floored > 0)
    add_note (self->notes, g_dngettext (GETTEXT_PACKAGE,
                                        "%u normalised score below 1 was raised to 1 for the "
                                        "geometric mean, which cannot take 0.",
                                        "%u normalised scores below 1 were raised to 1 for the "
                                        "geometric mean, which cannot take 0.",
                                        n_floored), n_floored);
  if (cb_weights_get_note (weights) != NULL)
    g_ptr_array_add (self->notes, g_strdup (cb_weights_get_note (weights)));
  g_ptr_array_add (self->notes, NULL);

  return g_steal_pointer (&self);
}
