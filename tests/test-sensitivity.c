/* test-sensitivity.c: Monte Carlo uncertainty of the ranking
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cb-sensitivity.h"
#include "cb-workbook.h"

static CbDataset *
default_dataset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);

  g_assert_no_error (error);
  return cb_dataset_new_from_workbook (workbook);
}

static CbSensitivity *
run (const CbDataset             *dataset,
     const CbSensitivitySettings *settings)
{
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(GError) error = NULL;
  CbSensitivity *result = cb_sensitivity_run (dataset, weights, settings, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return result;
}

/* The same seed gives the same numbers; another seed other numbers. */
static void
test_reproducible (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  CbSensitivitySettings settings;
  g_autoptr(CbSensitivity) a = NULL;
  g_autoptr(CbSensitivity) b = NULL;
  g_autoptr(CbSensitivity) other = NULL;
  gboolean differs = FALSE;

  cb_sensitivity_settings_init (&settings);
  settings.samples = 2000;
  settings.seed = 20261125;
  settings.vary_aggregation = TRUE;
  a = run (dataset, &settings);
  b = run (dataset, &settings);
  settings.seed = 7;
  other = run (dataset, &settings);

  g_assert_cmpuint (cb_sensitivity_get_n_ranked (a), ==, 6);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      if (cb_sensitivity_get_nominal_rank (a, c) == 0)
        continue;
      for (guint r = 1; r <= 6; r++)
        {
          g_assert_cmpfloat (cb_sensitivity_get_probability (a, c, r), ==,
                             cb_sensitivity_get_probability (b, c, r));
          differs |= cb_sensitivity_get_probability (a, c, r) != cb_sensitivity_get_probability (other, c, r);
        }
      g_assert_cmpfloat (cb_sensitivity_get_mean_rank (a, c), ==, cb_sensitivity_get_mean_rank (b, c));
    }
  g_assert_true (differs);
}

/* Every case's 5–95 % interval holds its nominal rank, and its rank
 * probabilities add up to 1. */
static void
test_intervals (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  const double noises[] = { 0.1, 0.25, 0.5 };

  for (guint k = 0; k < G_N_ELEMENTS (noises); k++)
    {
      CbSensitivitySettings settings;
      g_autoptr(CbSensitivity) result = NULL;

      cb_sensitivity_settings_init (&settings);
      settings.noise = noises[k];
      settings.samples = 5000;
      result = run (dataset, &settings);

      for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
        {
          guint nominal = cb_sensitivity_get_nominal_rank (result, c);
          double sum = 0.0;

          if (nominal == 0)
            {
              g_assert_true (cb_dataset_get_case_is_reference (dataset, c));
              g_assert_true (isnan (cb_sensitivity_get_quantile (result, c, 0.5)));
              continue;
            }
          g_test_message ("noise %g, %s: nominal %u, 5–95 %% [%g, %g]", noises[k],
                          cb_dataset_get_case_code (dataset, c), nominal,
                          cb_sensitivity_get_quantile (result, c, 0.05),
                          cb_sensitivity_get_quantile (result, c, 0.95));
          g_assert_cmpfloat (cb_sensitivity_get_quantile (result, c, 0.05), <=, nominal);
          g_assert_cmpfloat (cb_sensitivity_get_quantile (result, c, 0.95), >=, nominal);
          for (guint r = 1; r <= 6; r++)
            sum += cb_sensitivity_get_probability (result, c, r);
          g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
        }
    }
}

/* Without noise, every sample is the nominal ranking. */
static void
test_no_noise (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  CbSensitivitySettings settings;
  g_autoptr(CbSensitivity) result = NULL;

  cb_sensitivity_settings_init (&settings);
  settings.noise = 0.0;
  settings.samples = 100;
  result = run (dataset, &settings);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      guint nominal = cb_sensitivity_get_nominal_rank (result, c);

      if (nominal == 0)
        continue;
      g_assert_cmpfloat (cb_sensitivity_get_probability (result, c, nominal), ==, 1.0);
      g_assert_cmpfloat (cb_sensitivity_get_quantile (result, c, 0.05), ==, nominal);
      g_assert_cmpfloat (cb_sensitivity_get_quantile (result, c, 0.5), ==, nominal);
      g_assert_cmpfloat (cb_sensitivity_get_mean_rank (result, c), ==, nominal);
    }
}

/* A = (5, 0) and B = (0, 5) under equal, noisy weights: each wins when
 * its indicator draws the larger weight, which by symmetry is half the
 * time. Its rank is 1 or 2, so its 5 % quantile is 1 and its 95 % is 2. */
static void
test_symmetric_pair (void)
{
  g_autoptr(CbDataset) dataset = cb_dataset_new (3, 2, 1);
  g_autoptr(CbText) name = cb_text_new ("x", "x");
  CbSensitivitySettings settings;
  g_autoptr(CbSensitivity) result = NULL;
  double p;

  cb_dataset_set_dimension (dataset, 0, 1, "d", name);
  cb_dataset_set_indicator (dataset, 0, 1, "i0", name, 0, 0, 5, 4, 1);
  cb_dataset_set_indicator (dataset, 1, 2, "i1", name, 0, 0, 5, 4, 1);
  cb_dataset_set_case (dataset, 0, 1, "a", name, FALSE);
  cb_dataset_set_case (dataset, 1, 2, "b", name, FALSE);
  cb_dataset_set_case (dataset, 2, 3, "c", name, FALSE);
  cb_dataset_set_value (dataset, 0, 0, 5);
  cb_dataset_set_value (dataset, 0, 1, 0);
  cb_dataset_set_value (dataset, 1, 0, 0);
  cb_dataset_set_value (dataset, 1, 1, 5);
  /* C is below both whatever the weights: always third. */
  cb_dataset_set_value (dataset, 2, 0, 0);
  cb_dataset_set_value (dataset, 2, 1, 0);

  cb_sensitivity_settings_init (&settings);
  settings.noise = 0.5;
  settings.samples = 10000;
  result = run (dataset, &settings);

  /* Nominally they tie for first. */
  g_assert_cmpuint (cb_sensitivity_get_nominal_rank (result, 0), ==, 1);
  g_assert_cmpuint (cb_sensitivity_get_nominal_rank (result, 1), ==, 1);
  p = cb_sensitivity_get_probability (result, 0, 1);
  g_test_message ("P(A first) = %g", p);
  /* Binomial sd at n = 10,000 is 0.005; allow 4 sd. */
  g_assert_cmpfloat (fabs (p - 0.5), <, 0.02);
  g_assert_cmpfloat_with_epsilon (cb_sensitivity_get_probability (result, 1, 1), 1.0 - p, 1e-12);
  g_assert_cmpfloat (cb_sensitivity_get_quantile (result, 0, 0.05), ==, 1.0);
  g_assert_cmpfloat (cb_sensitivity_get_quantile (result, 0, 0.95), ==, 2.0);
  g_assert_cmpfloat (cb_sensitivity_get_probability (result, 2, 3), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (cb_sensitivity_get_mean_rank (result, 0), 2.0 - p, 1e-12);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
cancel_at_half (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CbSensitivity) result = NULL;
  CbSensitivitySettings settings;

  cb_sensitivity_settings_init (&settings);
  settings.samples = 1000;
  result = cb_sensitivity_run (dataset, weights, &settings, progress_cb, seen, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 101);
  for (guint k = 1; k < seen->len; k++)
    g_assert_cmpfloat (g_array_index (seen, double, k), >, g_array_index (seen, double, k - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
  g_clear_pointer (&result, cb_sensitivity_unref);

  result = cb_sensitivity_run (dataset, weights, &settings, cancel_at_half, cancellable, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_bad_settings (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  const struct {
    guint samples;
    double noise;
    gboolean vary;
    CbNormalisation normalisation;
  } cases[] = {
    { 0, 0.25, FALSE, CB_NORMALISATION_GOALPOSTS },
    { 100, -0.1, FALSE, CB_NORMALISATION_GOALPOSTS },
    { 100, NAN, FALSE, CB_NORMALISATION_GOALPOSTS },
    { 100, 1.5, FALSE, CB_NORMALISATION_GOALPOSTS },
    { 100, 0.25, TRUE, CB_NORMALISATION_ZSCORE },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      CbSensitivitySettings settings;
      g_autoptr(GError) error = NULL;
      g_autoptr(CbSensitivity) result = NULL;

      cb_sensitivity_settings_init (&settings);
      settings.samples = cases[k].samples;
      settings.noise = cases[k].noise;
      settings.vary_aggregation = cases[k].vary;
      settings.normalisation = cases[k].normalisation;
      result = cb_sensitivity_run (dataset, weights, &settings, NULL, NULL, NULL, &error);
      g_assert_null (result);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
    }
}

/* Dirichlet weights ignore the nominal ones but stay reproducible. */
static void
test_dirichlet (void)
{
  g_autoptr(CbDataset) dataset = default_dataset ();
  CbSensitivitySettings settings;
  g_autoptr(CbSensitivity) a = NULL;
  g_autoptr(CbSensitivity) b = NULL;

  cb_sensitivity_settings_init (&settings);
  settings.dirichlet = TRUE;
  settings.samples = 3000;
  a = run (dataset, &settings);
  b = run (dataset, &settings);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    if (cb_sensitivity_get_nominal_rank (a, c) > 0)
      g_assert_cmpfloat (cb_sensitivity_get_mean_rank (a, c), ==, cb_sensitivity_get_mean_rank (b, c));
  /* Karamay is strong across the board: it stays at the top most often. */
  g_assert_cmpfloat (cb_sensitivity_get_probability (a, cb_dataset_find_case (dataset, "karamay"), 1), >, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sensitivity/reproducible", test_reproducible);
  g_test_add_func ("/sensitivity/intervals", test_intervals);
  g_test_add_func ("/sensitivity/no-noise", test_no_noise);
  g_test_add_func ("/sensitivity/symmetric-pair", test_symmetric_pair);
  g_test_add_func ("/sensitivity/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/sensitivity/bad-settings", test_bad_settings);
  g_test_add_func ("/sensitivity/dirichlet", test_dirichlet);

  return g_test_run ();
}
