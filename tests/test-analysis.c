/* test-analysis.c: normalisation, weights, aggregation, ranks and gaps
 * against hand-worked numbers
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cb-analysis-private.h"
#include "cb-workbook.h"

#define EPS 1e-9

/* One indicator on the 0–5 rubric, target 4; values per case (NAN =
 * missing); the last `n_references` cases are reference profiles. */
static CbDataset *
one_indicator (const double *values,
               guint         n,
               guint         n_references,
               int           direction)
{
  CbDataset *dataset = cb_dataset_new (n, 1, 1);
  g_autoptr(CbText) name = cb_text_new ("x", "x");

  cb_dataset_set_dimension (dataset, 0, 1, "d", name);
  cb_dataset_set_indicator (dataset, 0, 1, "i", name, 0, 0.0, 5.0, 4.0, direction);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *code = g_strdup_printf ("c%u", c);

      cb_dataset_set_case (dataset, c, c + 1, code, name, c >= n - n_references);
      cb_dataset_set_value (dataset, c, 0, values[c]);
    }
  return dataset;
}

static void
assert_close (double actual,
              double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, EPS);
}

static void
test_normalisation (void)
{
  const struct {
    const char *what;
    double values[4];
    guint n;
    guint n_references;
    int direction;
    CbNormalisation normalisation;
    double expected[4];
    double target;
  } cases[] = {
    /* Values 1, 3, 5 on 0–5, target 4: worked by hand. */
    { "goalposts", { 1, 3, 5 }, 3, 0, 1, CB_NORMALISATION_GOALPOSTS, { 20, 60, 100 }, 80 },
    { "minmax", { 1, 3, 5 }, 3, 0, 1, CB_NORMALISATION_MINMAX, { 0, 50, 100 }, 75 },
    /* mean 3, sample sd sqrt ((4 + 0 + 4) / 2) = 2 */
    { "zscore", { 1, 3, 5 }, 3, 0, 1, CB_NORMALISATION_ZSCORE, { -1, 0, 1 }, 0.5 },
    /* (rank − 1) / (n − 1); the target beats both 1 and 3 of the other two */
    { "rank", { 1, 3, 5 }, 3, 0, 1, CB_NORMALISATION_RANK, { 0, 50, 100 }, 100 },
    /* x / 4, capped at the target */
    { "target", { 1, 3, 5 }, 3, 0, 1, CB_NORMALISATION_TARGET, { 25, 75, 100 }, 100 },
    /* lower is better */
    { "goalposts, lower is better", { 1, 3, 5 }, 3, 0, -1, CB_NORMALISATION_GOALPOSTS, { 80, 40, 0 }, 20 },
    { "minmax, lower is better", { 1, 3, 5 }, 3, 0, -1, CB_NORMALISATION_MINMAX, { 100, 50, 0 }, 25 },
    { "zscore, lower is better", { 1, 3, 5 }, 3, 0, -1, CB_NORMALISATION_ZSCORE, { 1, 0, -1 }, -0.5 },
    { "rank, lower is better", { 1, 3, 5 }, 3, 0, -1, CB_NORMALISATION_RANK, { 100, 50, 0 }, 50 },
    /* (5 − x) / (5 − 4), capped */
    { "target, lower is better", { 1, 3, 5 }, 3, 0, -1, CB_NORMALISATION_TARGET, { 100, 100, 0 }, 100 },
    /* all equal: no spread to scale by */
    { "minmax, all equal", { 2, 2, 2 }, 3, 0, 1, CB_NORMALISATION_MINMAX, { 50, 50, 50 }, 100 },
    { "zscore, all equal", { 2, 2, 2 }, 3, 0, 1, CB_NORMALISATION_ZSCORE, { 0, 0, 0 }, 0 },
    { "rank, all equal", { 2, 2, 2 }, 3, 0, 1, CB_NORMALISATION_RANK, { 50, 50, 50 }, 100 },
    { "minmax, one case", { 3 }, 1, 0, 1, CB_NORMALISATION_MINMAX, { 50 }, 100 },
    { "zscore, one case", { 3 }, 1, 0, 1, CB_NORMALISATION_ZSCORE, { 0 }, 0 },
    /* missing values stay missing and do not shape the scale */
    { "minmax, missing", { 1, NAN, 5 }, 3, 0, 1, CB_NORMALISATION_MINMAX, { 0, NAN, 100 }, 75 },
    { "goalposts, missing", { NAN, 5 }, 2, 0, 1, CB_NORMALISATION_GOALPOSTS, { NAN, 100 }, 80 },
    /* a reference profile is placed on the cases' scale, not part of it */
    { "minmax, reference", { 1, 5, 0 }, 3, 1, 1, CB_NORMALISATION_MINMAX, { 0, 100, -25 }, 75 },
    { "zscore, reference", { 1, 5, 3 }, 3, 1, 1, CB_NORMALISATION_ZSCORE,
      { -M_SQRT2 / 2, M_SQRT2 / 2, 0 }, 0.5 * M_SQRT2 / 2 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(CbDataset) dataset = one_indicator (cases[k].values, cases[k].n, cases[k].n_references,
                                                    cases[k].direction);
      g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
      g_autoptr(GError) error = NULL;
      g_autoptr(CbResult) result = NULL;

      g_test_message ("%s", cases[k].what);
      result = cb_analyse (dataset, weights, cases[k].normalisation, CB_AGGREGATION_ARITHMETIC, &error);
      g_assert_no_error (error);
      for (guint c = 0; c < cases[k].n; c++)
        assert_close (cb_result_get_normalised (result, c, 0), cases[k].expected[c]);
      assert_close (cb_result_get_normalised_target (result, 0), cases[k].target);
      for (guint c = 0; c < cases[k].n; c++)
        if (!isnan (cases[k].values[c]))
          g_assert_false (isnan (cb_result_get_composite (result, c)));
    }
}

static void
test_constant_indicator_note (void)
{
  const double values[] = { 2, 2, 2 };
  g_autoptr(CbDataset) dataset = one_indicator (values, 3, 0, 1);
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(CbResult) result = cb_analyse (dataset, weights, CB_NORMALISATION_MINMAX,
                                           CB_AGGREGATION_ARITHMETIC, NULL);
  const char * const *notes = cb_result_get_notes (result);

  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "same value for every case"));
  g_assert_nonnull (strstr (notes[0], ": i."));
  /* All three tie for the top. */
  for (guint c = 0; c < 3; c++)
    g_assert_cmpuint (cb_result_get_rank (result, c), ==, 1);
}

/* Two dimensions: d0 = {i0, i1}, d1 = {i2}; rubric 0–5, target 4. */
static CbDataset *
two_dimensions (guint n_cases)
{
  CbDataset *dataset = cb_dataset_new (n_cases, 3, 2);
  g_autoptr(CbText) name = cb_text_new ("x", "x");

  cb_dataset_set_dimension (dataset, 0, 10, "d0", name);
  cb_dataset_set_dimension (dataset, 1, 11, "d1", name);
  cb_dataset_set_indicator (dataset, 0, 20, "i0", name, 0, 0, 5, 4, 1);
  cb_dataset_set_indicator (dataset, 1, 21, "i1", name, 0, 0, 5, 4, 1);
  cb_dataset_set_indicator (dataset, 2, 22, "i2", name, 1, 0, 5, 4, 1);
  for (guint c = 0; c < n_cases; c++)
    {
      g_autofree char *code = g_strdup_printf ("c%u", c);

      cb_dataset_set_case (dataset, c, c + 1, code, name, FALSE);
    }
  return dataset;
}

static void
test_hierarchical_weights (void)
{
  g_autoptr(CbDataset) dataset = two_dimensions (2);
  const double dimensions[] = { 3, 1 };
  const double indicators[] = { 1, 3, 7 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWeights) weights = cb_weights_new (dataset, dimensions, indicators, &error);
  g_autoptr(CbResult) result = NULL;
  double sum = 0.0;

  g_assert_no_error (error);
  assert_close (cb_weights_get_dimension (weights, 0), 0.75);
  assert_close (cb_weights_get_dimension (weights, 1), 0.25);
  assert_close (cb_weights_get_indicator (weights, 0), 0.25);
  assert_close (cb_weights_get_indicator (weights, 1), 0.75);
  assert_close (cb_weights_get_indicator (weights, 2), 1.0);
  assert_close (cb_weights_get_effective (weights, 0), 0.1875);
  assert_close (cb_weights_get_effective (weights, 1), 0.5625);
  assert_close (cb_weights_get_effective (weights, 2), 0.25);

  /* Case 0: 5, 1, 4 → 100, 20, 80: d0 = .25·100 + .75·20 = 40, d1 = 80,
   * composite = .75·40 + .25·80 = 50. Case 1 misses i1: d0 = 100 and
   * composite = .75·100 + .25·80 = 95. */
  cb_dataset_set_value (dataset, 0, 0, 5);
  cb_dataset_set_value (dataset, 0, 1, 1);
  cb_dataset_set_value (dataset, 0, 2, 4);
  cb_dataset_set_value (dataset, 1, 0, 5);
  cb_dataset_set_value (dataset, 1, 2, 4);
  result = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC, &error);
  g_assert_no_error (error);
  assert_close (cb_result_get_dimension_score (result, 0, 0), 40);
  assert_close (cb_result_get_dimension_score (result, 0, 1), 80);
  assert_close (cb_result_get_composite (result, 0), 50);
  assert_close (cb_result_get_dimension_score (result, 1, 0), 100);
  assert_close (cb_result_get_composite (result, 1), 95);
  assert_close (cb_result_get_case_weight (result, 1, 0), 0.75);
  assert_close (cb_result_get_case_weight (result, 1, 1), 0.0);
  assert_close (cb_result_get_case_weight (result, 1, 2), 0.25);
  g_assert_cmpuint (cb_result_get_rank (result, 1), ==, 1);
  g_assert_cmpuint (cb_result_get_rank (result, 0), ==, 2);
  g_assert_nonnull (strstr (cb_result_get_notes (result)[0], "missing"));
  g_assert_nonnull (strstr (cb_result_get_notes (result)[0], "c1"));

  for (guint i = 0; i < 3; i++)
    sum += cb_result_get_case_weight (result, 0, i);
  assert_close (sum, 1.0);
}

/* Σ weighted gap = composite(target) − composite(actual), arithmetic. */
static void
test_gap_identity (void)
{
  g_autoptr(CbDataset) dataset = two_dimensions (3);
  const double dimensions[] = { 3, 1 };
  const double indicators[] = { 1, 3, 7 };
  g_autoptr(CbWeights) weights = cb_weights_new (dataset, dimensions, indicators, NULL);
  const double values[3][3] = { { 5, 1, 4 }, { 2, 2, 0 }, { 3, NAN, 5 } };
  const CbNormalisation normalisations[] = {
    CB_NORMALISATION_GOALPOSTS, CB_NORMALISATION_MINMAX, CB_NORMALISATION_ZSCORE,
    CB_NORMALISATION_RANK, CB_NORMALISATION_TARGET,
  };

  for (guint c = 0; c < 3; c++)
    for (guint i = 0; i < 3; i++)
      cb_dataset_set_value (dataset, c, i, values[c][i]);

  for (guint n = 0; n < G_N_ELEMENTS (normalisations); n++)
    {
      g_autoptr(CbResult) result = cb_analyse (dataset, weights, normalisations[n],
                                               CB_AGGREGATION_ARITHMETIC, NULL);

      for (guint c = 0; c < 3; c++)
        {
          double sum = 0.0;

          for (guint i = 0; i < 3; i++)
            sum += cb_result_get_weighted_gap (result, c, i);
          assert_close (sum, cb_result_get_target_composite (result, c) - cb_result_get_composite (result, c));
        }
    }

  /* By hand for case 0 under goalposts: gaps −20, 60, 0 with effective
   * weights .1875, .5625, .25 → 30 = 80 − 50. */
  {
    g_autoptr(CbResult) result = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS,
                                             CB_AGGREGATION_ARITHMETIC, NULL);

    assert_close (cb_result_get_gap (result, 0, 0), -20);
    assert_close (cb_result_get_gap (result, 0, 1), 60);
    assert_close (cb_result_get_weighted_gap (result, 0, 0), -3.75);
    assert_close (cb_result_get_weighted_gap (result, 0, 1), 33.75);
    assert_close (cb_result_get_target_composite (result, 0), 80);
    g_assert_true (isnan (cb_result_get_gap (result, 2, 1)));
    assert_close (cb_result_get_weighted_gap (result, 2, 1), 0.0);
  }
}

/* Two cases, two indicators of one dimension, equal weights:
 * A = (5, 0) → (100, 0), B = (2.5, 2.5) → (50, 50).
 * Arithmetic: 50 and 50, a tie. Geometric: A = √(100 · 1) = 10 (0 is
 * raised to the floor 1), B = 50. */
static void
test_arithmetic_vs_geometric (void)
{
  g_autoptr(CbDataset) dataset = cb_dataset_new (2, 2, 1);
  g_autoptr(CbText) name = cb_text_new ("x", "x");
  g_autoptr(CbWeights) weights = NULL;
  g_autoptr(CbResult) arithmetic = NULL;
  g_autoptr(CbResult) geometric = NULL;
  g_autoptr(GError) error = NULL;

  cb_dataset_set_dimension (dataset, 0, 1, "d", name);
  cb_dataset_set_indicator (dataset, 0, 1, "i0", name, 0, 0, 5, 4, 1);
  cb_dataset_set_indicator (dataset, 1, 2, "i1", name, 0, 0, 5, 4, 1);
  cb_dataset_set_case (dataset, 0, 1, "a", name, FALSE);
  cb_dataset_set_case (dataset, 1, 2, "b", name, FALSE);
  cb_dataset_set_value (dataset, 0, 0, 5);
  cb_dataset_set_value (dataset, 0, 1, 0);
  cb_dataset_set_value (dataset, 1, 0, 2.5);
  cb_dataset_set_value (dataset, 1, 1, 2.5);
  weights = cb_weights_new_equal (dataset);

  arithmetic = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC, &error);
  g_assert_no_error (error);
  assert_close (cb_result_get_composite (arithmetic, 0), 50);
  assert_close (cb_result_get_composite (arithmetic, 1), 50);
  g_assert_cmpuint (cb_result_get_rank (arithmetic, 0), ==, 1);
  g_assert_cmpuint (cb_result_get_rank (arithmetic, 1), ==, 1);

  geometric = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_GEOMETRIC, &error);
  g_assert_no_error (error);
  assert_close (cb_result_get_composite (geometric, 0), 10);
  assert_close (cb_result_get_composite (geometric, 1), 50);
  g_assert_cmpuint (cb_result_get_rank (geometric, 0), ==, 2);
  g_assert_cmpuint (cb_result_get_rank (geometric, 1), ==, 1);
  g_assert_nonnull (strstr (cb_result_get_notes (geometric)[0], "raised to 1"));

  /* z-scores cannot be multiplied. */
  g_clear_pointer (&geometric, cb_result_unref);
  geometric = cb_analyse (dataset, weights, CB_NORMALISATION_ZSCORE, CB_AGGREGATION_GEOMETRIC, &error);
  g_assert_null (geometric);
  g_assert_error (error, CB_ANALYSIS_ERROR, CB_ANALYSIS_ERROR_GEOMETRIC_NEEDS_POSITIVE);
}

static void
test_ties (void)
{
  const struct {
    double values[5];
    gboolean ranked[5];
    guint expected[5];
  } cases[] = {
    { { 50, 70, 50, 90, 10 }, { TRUE, TRUE, TRUE, TRUE, TRUE }, { 3, 2, 3, 1, 5 } },
    /* not ranked: a reference, and a case without a composite */
    { { 50, 99, NAN, 40, 50 }, { TRUE, FALSE, TRUE, TRUE, TRUE }, { 1, 0, 0, 3, 1 } },
    /* 0.1 + 0.2 and 0.3 differ only by rounding: a tie */
    { { 0.1 + 0.2, 0.3, 0.2, 0.5, 0.30001 }, { TRUE, TRUE, TRUE, TRUE, TRUE }, { 3, 3, 5, 1, 2 } },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      guint ranks[5];

      _cb_rank_min (cases[k].values, cases[k].ranked, 5, ranks);
      for (guint c = 0; c < 5; c++)
        g_assert_cmpuint (ranks[c], ==, cases[k].expected[c]);
    }
}

static void
test_bad_weights (void)
{
  g_autoptr(CbDataset) dataset = two_dimensions (1);
  const struct {
    double dimensions[2];
    double indicators[3];
    int code;
    const char *message;
  } cases[] = {
    { { 1, 1 }, { 1, -1, 1 }, CB_WEIGHTS_ERROR_NEGATIVE, "“i1” is negative" },
    { { -0.5, 1 }, { 1, 1, 1 }, CB_WEIGHTS_ERROR_NEGATIVE, "“d0” is negative" },
    { { 1, 1 }, { NAN, 1, 1 }, CB_WEIGHTS_ERROR_NOT_FINITE, "“i0” is not a number" },
    { { 1, INFINITY }, { 1, 1, 1 }, CB_WEIGHTS_ERROR_NOT_FINITE, "“d1” is not a number" },
    { { 1, 1 }, { 0, 0, 1 }, CB_WEIGHTS_ERROR_ALL_ZERO, "Every indicator of “d0”" },
    { { 0, 0 }, { 1, 1, 1 }, CB_WEIGHTS_ERROR_ALL_ZERO, "Every dimension" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbWeights) weights = cb_weights_new (dataset, cases[k].dimensions, cases[k].indicators, &error);

      g_test_message ("%s", cases[k].message);
      g_assert_null (weights);
      g_assert_error (error, CB_WEIGHTS_ERROR, cases[k].code);
      g_assert_nonnull (strstr (error->message, cases[k].message));
    }
}

/* The default workbook, worked out independently of this code (a SQL
 * query over the dataset: score / 5, weights normalised per group). */
static void
test_default_workbook (void)
{
  const struct {
    const char *weight_set;
    const char *codes[6];
    double composites[6];
  } cases[] = {
    { "equal",
      { "karamay", "changchun", "chengdu-qingyang", "baotou-qingshan", "shanghai-jingan", "nanjing-qinhuai" },
      { 71.11111111, 64.44444444, 60.55555556, 58.88888889, 56.11111111, 51.11111111 } },
    { "co-enjoyment-first",
      { "changchun", "karamay", "chengdu-qingyang", "shanghai-jingan", "baotou-qingshan", "nanjing-qinhuai" },
      { 68.25, 66.75, 59.25, 56.0, 55.25, 47.5 } },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbDataset) dataset = cb_dataset_new_from_workbook (workbook);

  g_assert_no_error (error);
  g_assert_cmpuint (cb_dataset_get_n_cases (dataset), ==, 7);
  g_assert_cmpuint (cb_dataset_get_n_indicators (dataset), ==, 10);

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      CbWeightSet *set = cb_workbook_find_weight_set (workbook, cases[k].weight_set);
      g_autoptr(CbWeights) weights = cb_weights_new_from_weight_set (dataset, set, &error);
      g_autoptr(CbResult) result = NULL;
      int baseline = cb_dataset_find_case (dataset, "national-baseline");

      g_assert_no_error (error);
      g_assert_null (cb_weights_get_note (weights));
      result = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC, &error);
      g_assert_no_error (error);
      g_assert_null (cb_result_get_notes (result)[0]);
      g_assert_cmpuint (cb_result_get_n_ranked (result), ==, 6);

      for (guint r = 0; r < 6; r++)
        {
          int c = cb_dataset_find_case (dataset, cases[k].codes[r]);

          g_assert_cmpint (c, >=, 0);
          g_assert_cmpfloat_with_epsilon (cb_result_get_composite (result, c), cases[k].composites[r], 1e-6);
          g_assert_cmpuint (cb_result_get_rank (result, c), ==, r + 1);
        }

      /* The baseline is scored, not ranked. */
      g_assert_cmpuint (cb_result_get_rank (result, baseline), ==, 0);
      g_assert_false (isnan (cb_result_get_composite (result, baseline)));
    }
}

/* Moving one weight of a group, by hand: the others follow in proportion,
 * locked ones stay, and the group sums to 1. */
static void
test_rebalance (void)
{
  double w[3] = { 0.5, 0.3, 0.2 };
  gboolean locked[3] = { FALSE, FALSE, TRUE };

  /* Unlocked: 0.5 -> 0.2 leaves 0.8 for 0.3 : 0.2 = 0.48 : 0.32. */
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, NULL, 3, 0, 0.2), 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.48, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[2], 0.32, 1e-12);

  /* The third locked at 0.32: the first to 0.6 leaves 0.08 to the second. */
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, 0.6), 0.6, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.08, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[2], 0.32, 1e-12);

  /* It cannot take more than the lock leaves: 0.95 is held to 0.68. */
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, 0.95), 0.68, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.0, 1e-12);

  /* The second was 0: when the first gives up weight, the rest goes to it. */
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, 0.18), 0.18, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[0] + w[1] + w[2], 1.0, 1e-12);

  /* With every other weight locked, a weight cannot move. */
  locked[1] = TRUE;
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, 0.9), 0.18, 1e-12);

  /* Nonsense is refused, the weight kept. */
  locked[1] = FALSE;
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, NAN), 0.18, 1e-12);
  g_assert_cmpfloat_with_epsilon (cb_weights_rebalance (w, locked, 3, 0, -1), 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.68, 1e-12);

  /* Equal shares of what the lock leaves: (1 - 0.32) / 2. */
  cb_weights_equalise (w, locked, 3);
  g_assert_cmpfloat_with_epsilon (w[0], 0.34, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[1], 0.34, 1e-12);
  g_assert_cmpfloat_with_epsilon (w[2], 0.32, 1e-12);
  cb_weights_equalise (w, NULL, 3);
  g_assert_cmpfloat_with_epsilon (w[2], 1.0 / 3, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/normalisation", test_normalisation);
  g_test_add_func ("/analysis/constant-indicator-note", test_constant_indicator_note);
  g_test_add_func ("/analysis/hierarchical-weights", test_hierarchical_weights);
  g_test_add_func ("/analysis/gap-identity", test_gap_identity);
  g_test_add_func ("/analysis/arithmetic-vs-geometric", test_arithmetic_vs_geometric);
  g_test_add_func ("/analysis/ties", test_ties);
  g_test_add_func ("/analysis/bad-weights", test_bad_weights);
  g_test_add_func ("/analysis/default-workbook", test_default_workbook);
  g_test_add_func ("/analysis/rebalance", test_rebalance);

  return g_test_run ();
}
