/* test-ahp.c: AHP weights, consistency, group judgements, CSV matrices
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reference numbers: where a source publishes weights and CR (to three
 * decimals), they are checked to that precision; the full-precision values
 * next to them were computed independently, in plain Python floats, by
 * Saaty's own procedure (square the matrix until the normalised row sums
 * stop changing), not by the power iteration under test.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "cb-ahp-private.h"

#define N_MAX 7

static const CbAhpMethod methods[] = {
  CB_AHP_METHOD_EIGENVECTOR,
  CB_AHP_METHOD_GEOMETRIC_MEAN,
};

static CbAhpMatrix *
matrix_new (guint         n,
            const double *values)
{
  g_autoptr(GError) error = NULL;
  CbAhpMatrix *matrix = cb_ahp_matrix_new (n, n, values, CB_AHP_MATRIX_FULL, &error);

  g_assert_no_error (error);
  return matrix;
}

static CbAhpResult *
solve (const CbAhpMatrix *matrix,
       CbAhpMethod        method,
       CbAhpRandomIndex   table)
{
  g_autoptr(GError) error = NULL;
  CbAhpResult *result = cb_ahp_solve (matrix, method, table, &error);
  double sum = 0;

  g_assert_no_error (error);
  g_assert_nonnull (result);
  for (guint i = 0; i < cb_ahp_result_get_n (result); i++)
    sum += cb_ahp_result_get_weight (result, i);
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
  return result;
}

static void
assert_reciprocal (const CbAhpMatrix *matrix)
{
  guint n = cb_ahp_matrix_get_n (matrix);

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (cb_ahp_matrix_get (matrix, i, i), ==, 1.0);
      for (guint j = 0; j < n; j++)
        g_assert_cmpfloat_with_epsilon (cb_ahp_matrix_get (matrix, i, j) *
                                        cb_ahp_matrix_get (matrix, j, i), 1.0, 1e-15);
    }
}

/* a_ij = w_i / w_j is consistent: both methods give w back, λmax = n and
 * CI = CR = 0. */
static void
test_ahp_consistent (void)
{
  const struct {
    guint n;
    double w[N_MAX];
  } cases[] = {
    { 3, { 0.5, 0.3, 0.2 } },
    { 4, { 0.4, 0.3, 0.2, 0.1 } },
    { 5, { 0.05, 0.45, 0.2, 0.1, 0.2 } },
    { 7, { 0.01, 0.09, 0.3, 0.25, 0.15, 0.12, 0.08 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = cases[c].n;
      double values[N_MAX * N_MAX];
      g_autoptr(CbAhpMatrix) matrix = NULL;

      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          values[i * n + j] = cases[c].w[i] / cases[c].w[j];
      matrix = matrix_new (n, values);

      for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
        {
          g_autoptr(CbAhpResult) result = solve (matrix, methods[m], CB_AHP_RI_SAATY_1980);

          g_test_message ("n = %u, method %s", n, cb_ahp_method_to_string (methods[m]));
          g_assert_cmpuint (cb_ahp_result_get_n (result), ==, n);
          for (guint i = 0; i < n; i++)
            g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, i),
                                            cases[c].w[i], 1e-12);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_lambda_max (result), n, 1e-12);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_ci (result), 0, 1e-12);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (result), 0, 1e-12);
          g_assert_true (cb_ahp_result_is_consistent (result));
          if (methods[m] == CB_AHP_METHOD_EIGENVECTOR)
            g_assert_cmpuint (cb_ahp_result_get_iterations (result), >=, 1);
          else
            g_assert_cmpuint (cb_ahp_result_get_iterations (result), ==, 0);
        }
    }
}

/* Published, inconsistent matrices. */
static void
test_ahp_textbook (void)
{
  const struct {
    const char *name;
    guint n;
    double a[N_MAX * N_MAX];
    CbAhpMethod method;
    CbAhpRandomIndex table;
    double published[N_MAX];  /* to three decimals */
    double published_cr;      /* to three decimals, or -1 */
    double published_tolerance;
    double w[N_MAX];          /* independently computed */
    double lambda_max;
    double ri;
    double cr;
  } cases[] = {
    /* Saaty, T.L. (2008) "Decision making with the analytic hierarchy
     * process", Int. J. Services Sciences 1(1):83–98, "Which drink is
     * consumed more in the U.S.?": derived scale .177 .019 .042 .116 .190
     * .129 .327; CR 0.022 as reproduced by AHPy's README (random_index
     * 'saaty', whose n = 7 entry is 1.35, our T2). Order: coffee, wine,
     * tea, beer, sodas, milk, water. */
    { "drinks, Saaty 2008, T2", 7,
      { 1,     9, 5,     2,     1,     1,     1.0 / 2,
        1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9,
        1.0 / 5, 3, 1,     1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9,
        1.0 / 2, 9, 3,     1,     1.0 / 2, 1,     1.0 / 3,
        1,     9, 4,     2,     1,     2,     1.0 / 2,
        1,     9, 3,     1,     1.0 / 2, 1,     1.0 / 3,
        2,     9, 9,     3,     2,     3,     1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_2008,
      { 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 }, 0.022, 5e-4,
      { 0.177456747445717, 0.019149476024354, 0.041831181662098, 0.116417031734859,
        0.189572375326176, 0.128780548538723, 0.326792639268074 },
      7.176629039330341, 1.35, 0.021806054238314 },
    { "drinks, Saaty 2008, T1", 7,
      { 1,     9, 5,     2,     1,     1,     1.0 / 2,
        1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9,
        1.0 / 5, 3, 1,     1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9,
        1.0 / 2, 9, 3,     1,     1.0 / 2, 1,     1.0 / 3,
        1,     9, 4,     2,     1,     2,     1.0 / 2,
        1,     9, 3,     1,     1.0 / 2, 1,     1.0 / 3,
        2,     9, 9,     3,     2,     3,     1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980,
      { 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 }, 0.022, 5e-4,
      { 0.177456747445717, 0.019149476024354, 0.041831181662098, 0.116417031734859,
        0.189572375326176, 0.128780548538723, 0.326792639268074 },
      7.176629039330341, 1.32, 0.022301646380094 },
    /* Wikipedia, "Analytic hierarchy process – leader example", criteria
     * Experience, Education, Charisma, Age: .547 .127 .270 .056 (the page
     * rounds an approximate online calculator, hence 1e-3; AHPy's README
     * gives 0.548 and CR 0.044 with T2). */
    { "leader criteria, T2", 4,
      { 1,       4,       3,       7,
        1.0 / 4, 1,       1.0 / 3, 3,
        1.0 / 3, 3,       1,       5,
        1.0 / 7, 1.0 / 3, 1.0 / 5, 1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_2008,
      { 0.547, 0.127, 0.270, 0.056 }, 0.044, 1e-3,
      { 0.547569238961830, 0.126555284373419, 0.269949922452203, 0.055925554212549 },
      4.118418024313367, 0.89, 0.044351319967553 },
    { "leader criteria, T1", 4,
      { 1,       4,       3,       7,
        1.0 / 4, 1,       1.0 / 3, 3,
        1.0 / 3, 3,       1,       5,
        1.0 / 7, 1.0 / 3, 1.0 / 5, 1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980,
      { 0.547, 0.127, 0.270, 0.056 }, 0.044, 1e-3,
      { 0.547569238961830, 0.126555284373419, 0.269949922452203, 0.055925554212549 },
      4.118418024313367, 0.90, 0.043858527523469 },
    /* The same criteria by the row geometric mean (no published numbers;
     * λmax from the geometric-mean weights). */
    { "leader criteria, geometric mean", 4,
      { 1,       4,       3,       7,
        1.0 / 4, 1,       1.0 / 3, 3,
        1.0 / 3, 3,       1,       5,
        1.0 / 7, 1.0 / 3, 1.0 / 5, 1 },
      CB_AHP_METHOD_GEOMETRIC_MEAN, CB_AHP_RI_SAATY_1980,
      { 0.546, 0.128, 0.270, 0.056 }, -1, 1e-3,
      { 0.546240297655846, 0.127584794000301, 0.269808989655805, 0.056365918688048 },
      4.131110201642566, 0.90, 0.048559333941691 },
    /* Same page, the candidates Tom, Dick, Harry on Experience: .217 .717
     * .066; CR 0.035 with T2 (AHPy's README). */
    { "leader experience, T2", 3,
      { 1,       1.0 / 4, 4,
        4,       1,       9,
        1.0 / 4, 1.0 / 9, 1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_2008,
      { 0.217, 0.717, 0.066 }, 0.035, 5e-4,
      { 0.217165608802806, 0.717065041228776, 0.065769349968418 },
      3.036895540778417, 0.52, 0.035476481517708 },
    { "leader experience, T1", 3,
      { 1,       1.0 / 4, 4,
        4,       1,       9,
        1.0 / 4, 1.0 / 9, 1 },
      CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980,
      { 0.217, 0.717, 0.066 }, -1, 5e-4,
      { 0.217165608802806, 0.717065041228776, 0.065769349968418 },
      3.036895540778417, 0.58, 0.031806500671049 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = cases[c].n;
      g_autoptr(CbAhpMatrix) matrix = matrix_new (n, cases[c].a);
      g_autoptr(CbAhpResult) result = solve (matrix, cases[c].method, cases[c].table);
      double ci = (cases[c].lambda_max - n) / (n - 1);

      g_test_message ("case: %s", cases[c].name);
      for (guint i = 0; i < n; i++)
        {
          double w = cb_ahp_result_get_weight (result, i);

          g_assert_cmpfloat_with_epsilon (w, cases[c].published[i],
                                          cases[c].published_tolerance);
          g_assert_cmpfloat_with_epsilon (w, cases[c].w[i], 1e-9);
        }
      g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_lambda_max (result),
                                      cases[c].lambda_max, 1e-9);
      g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_ci (result), ci, 1e-9);
      g_assert_cmpfloat (cb_ahp_result_get_ri (result), ==, cases[c].ri);
      g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (result), cases[c].cr, 1e-9);
      if (cases[c].published_cr >= 0)
        g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (result), cases[c].published_cr,
                                        5e-4);
      g_assert_true (cb_ahp_result_is_consistent (result));
      g_assert_cmpint (cb_ahp_result_get_method (result), ==, cases[c].method);
      g_assert_cmpint (cb_ahp_result_get_ri_table (result), ==, cases[c].table);
      if (cases[c].method == CB_AHP_METHOD_EIGENVECTOR)
        {
          g_assert_cmpuint (cb_ahp_result_get_iterations (result), >, 1);
          g_assert_cmpuint (cb_ahp_result_get_iterations (result), <, CB_AHP_EIGEN_MAX_ITERATIONS);
        }
    }
}

/* An inconsistent matrix beyond CR 0.10: a12 = 9, a23 = 9, but a13 = 1/9. */
static void
test_ahp_inconsistent (void)
{
  const double a[] = {
    1,       9,       1.0 / 9,
    1.0 / 9, 1,       9,
    9,       1.0 / 9, 1,
  };
  g_autoptr(CbAhpMatrix) matrix = matrix_new (3, a);
  g_autoptr(CbAhpResult) result = solve (matrix, CB_AHP_METHOD_EIGENVECTOR,
                                         CB_AHP_RI_SAATY_1980);

  /* A cycle: the weights are equal, λmax = 1 + 9 + 1/9 (hand-worked:
   * A (1/3, 1/3, 1/3) = (1 + 9 + 1/9)/3 in each row). */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, i), 1.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_lambda_max (result), 1 + 9 + 1.0 / 9, 1e-12);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_ci (result), (7 + 1.0 / 9) / 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (result), (7 + 1.0 / 9) / 2 / 0.58, 1e-12);
  g_assert_false (cb_ahp_result_is_consistent (result));
}

/* For any 3 × 3 reciprocal matrix the row geometric mean is the principal
 * eigenvector (Crawford & Williams 1985): checked over a grid of judgements
 * from Saaty's scale. */
static void
test_ahp_geometric_mean_3x3 (void)
{
  const double scale[] = { 1.0 / 9, 1.0 / 5, 1.0 / 2, 1, 3, 4, 7, 9 };

  for (guint x = 0; x < G_N_ELEMENTS (scale); x++)
    for (guint y = 0; y < G_N_ELEMENTS (scale); y++)
      for (guint z = 0; z < G_N_ELEMENTS (scale); z++)
        {
          double upper[] = { 0, scale[x], scale[y], 0, 0, scale[z], 0, 0, 0 };
          g_autoptr(GError) error = NULL;
          g_autoptr(CbAhpMatrix) matrix =
            cb_ahp_matrix_new (3, 3, upper, CB_AHP_MATRIX_UPPER_TRIANGLE, &error);
          g_autoptr(CbAhpResult) eigen = NULL;
          g_autoptr(CbAhpResult) geometric = NULL;

          g_assert_no_error (error);
          eigen = solve (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980);
          geometric = solve (matrix, CB_AHP_METHOD_GEOMETRIC_MEAN, CB_AHP_RI_SAATY_1980);
          for (guint i = 0; i < 3; i++)
            g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (eigen, i),
                                            cb_ahp_result_get_weight (geometric, i), 1e-9);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_lambda_max (eigen),
                                          cb_ahp_result_get_lambda_max (geometric), 1e-9);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (eigen),
                                          cb_ahp_result_get_cr (geometric), 1e-9);
        }
}

/* n = 1 and n = 2 cannot be inconsistent: CI = RI = CR = 0. */
static void
test_ahp_small (void)
{
  const struct {
    guint n;
    double a[4];
    double w[2];
  } cases[] = {
    { 1, { 1 }, { 1 } },
    { 2, { 1, 3, 1.0 / 3, 1 }, { 0.75, 0.25 } },
    { 2, { 1, 1.0 / 9, 9, 1 }, { 0.1, 0.9 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
      {
        guint n = cases[c].n;
        g_autoptr(CbAhpMatrix) matrix = matrix_new (n, cases[c].a);
        g_autoptr(CbAhpResult) result = solve (matrix, methods[m], CB_AHP_RI_SAATY_2008);

        for (guint i = 0; i < n; i++)
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, i), cases[c].w[i],
                                          1e-12);
        g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_lambda_max (result), n, 1e-12);
        g_assert_cmpfloat (cb_ahp_result_get_ci (result), ==, 0);
        g_assert_cmpfloat (cb_ahp_result_get_ri (result), ==, 0);
        g_assert_cmpfloat (cb_ahp_result_get_cr (result), ==, 0);
        g_assert_true (cb_ahp_result_is_consistent (result));
      }
}

/* methods.md B3, tables T1 and T2. */
static void
test_ahp_random_index (void)
{
  const struct {
    guint n;
    double t1;
    double t2;
  } cases[] = {
    { 1, 0, 0 },
    { 2, 0, 0 },
    { 3, 0.58, 0.52 },
    { 4, 0.90, 0.89 },
    { 5, 1.12, 1.11 },
    { 6, 1.24, 1.25 },
    { 7, 1.32, 1.35 },
    { 9, 1.45, 1.45 },
    { 10, 1.49, 1.49 },
    { 12, 1.48, 1.54 },
    { 15, 1.59, 1.59 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_assert_cmpfloat (cb_ahp_random_index (CB_AHP_RI_SAATY_1980, cases[c].n), ==, cases[c].t1);
      g_assert_cmpfloat (cb_ahp_random_index (CB_AHP_RI_SAATY_2008, cases[c].n), ==, cases[c].t2);
    }
}

/* 15 elements are solved; 16 have no random index. */
static void
test_ahp_too_large (void)
{
  for (guint n = 15; n <= 16; n++)
    {
      g_autofree double *ones = g_new (double, n * n);
      g_autoptr(CbAhpMatrix) matrix = NULL;
      g_autoptr(CbAhpResult) result = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < n * n; i++)
        ones[i] = 1;
      matrix = matrix_new (n, ones);
      result = cb_ahp_solve (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980, &error);
      if (n == 15)
        {
          g_assert_no_error (error);
          g_assert_cmpfloat (cb_ahp_result_get_ri (result), ==, 1.59);
          g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, 14), 1.0 / 15, 1e-12);
        }
      else
        {
          g_assert_error (error, CB_AHP_ERROR, CB_AHP_ERROR_TOO_LARGE);
          g_assert_null (result);
          g_assert_nonnull (strstr (error->message, "16"));
        }
    }
}

/* The power iteration reports that it has not converged when it reaches
 * its cap; the public cap (1000) is never near for a positive matrix. */
static void
test_ahp_iteration_cap (void)
{
  const double a[] = {
    1,       1.0 / 4, 4,
    4,       1,       9,
    1.0 / 4, 1.0 / 9, 1,
  };
  g_autoptr(CbAhpMatrix) matrix = matrix_new (3, a);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbAhpResult) capped = NULL;
  g_autoptr(CbAhpResult) result = NULL;

  capped = _cb_ahp_solve_full (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980, 2,
                               &error);
  g_assert_null (capped);
  g_assert_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_CONVERGED);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  result = _cb_ahp_solve_full (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980, 100,
                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cb_ahp_result_get_iterations (result), <=, 100);
}

/* Two raters, element-wise geometric mean, worked by hand:
 * A: a12 = 2, a13 = 4, a23 = 2;  B: a12 = 8, a13 = 1, a23 = 1/2.
 * Equal weights: a12 = √16 = 4, a13 = √4 = 2, a23 = √1 = 1.
 * Weights 3 : 1 (α = 0.75, 0.25): a12 = 2^0.75 · 8^0.25 = 2^1.5,
 * a13 = 4^0.75 · 1 = 2^1.5, a23 = 2^0.75 · 2^−0.25 = 2^0.5. */
static void
test_ahp_aggregate (void)
{
  const double a[] = {
    1,       2,       4,
    1.0 / 2, 1,       2,
    1.0 / 4, 1.0 / 2, 1,
  };
  const double b[] = {
    1,       8, 1,
    1.0 / 8, 1, 1.0 / 2,
    1,       2, 1,
  };
  const struct {
    const double *weights;
    double a12, a13, a23;
  } cases[] = {
    { NULL, 4, 2, 1 },
    { (const double[]) { 1, 1 }, 4, 2, 1 },
    { (const double[]) { 0.5, 0.5 }, 4, 2, 1 },
    { (const double[]) { 3, 1 }, M_SQRT2 * 2, M_SQRT2 * 2, M_SQRT2 },
    { (const double[]) { 0.75, 0.25 }, M_SQRT2 * 2, M_SQRT2 * 2, M_SQRT2 },
  };
  g_autoptr(CbAhpMatrix) ma = matrix_new (3, a);
  g_autoptr(CbAhpMatrix) mb = matrix_new (3, b);
  CbAhpMatrix *raters[] = { ma, mb };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbAhpMatrix) group = cb_ahp_matrix_aggregate (raters, 2, cases[c].weights, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (cb_ahp_matrix_get_n (group), ==, 3);
      g_assert_cmpfloat_with_epsilon (cb_ahp_matrix_get (group, 0, 1), cases[c].a12, 1e-12);
      g_assert_cmpfloat_with_epsilon (cb_ahp_matrix_get (group, 0, 2), cases[c].a13, 1e-12);
      g_assert_cmpfloat_with_epsilon (cb_ahp_matrix_get (group, 1, 2), cases[c].a23, 1e-12);
      assert_reciprocal (group);
    }

  /* One rater: the matrix itself. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CbAhpMatrix) alone = cb_ahp_matrix_aggregate (raters, 1, NULL, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 9; i++)
      g_assert_cmpfloat_with_epsilon (cb_ahp_matrix_get_values (alone)[i], a[i], 1e-15);
  }
}

static void
test_ahp_aggregate_errors (void)
{
  const double two[] = { 1, 2, 0.5, 1 };
  const double three[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  g_autoptr(CbAhpMatrix) m2 = matrix_new (2, two);
  g_autoptr(CbAhpMatrix) m3 = matrix_new (3, three);
  CbAhpMatrix *same[] = { m2, m2 };
  CbAhpMatrix *mixed[] = { m2, m3 };
  const struct {
    const char *name;
    CbAhpMatrix **matrices;
    guint n_matrices;
    const double *weights;
    int code;
    const char *fragment;
  } cases[] = {
    { "none", NULL, 0, NULL, CB_AHP_ERROR_EMPTY, "" },
    { "sizes differ", mixed, 2, NULL, CB_AHP_ERROR_SIZE_MISMATCH, "Rater 2" },
    { "zero weight", same, 2, (const double[]) { 1, 0 }, CB_AHP_ERROR_INVALID_WEIGHT, "Rater 2" },
    { "negative weight", same, 2, (const double[]) { -1, 1 }, CB_AHP_ERROR_INVALID_WEIGHT,
      "Rater 1" },
    { "NaN weight", same, 2, (const double[]) { 1, NAN }, CB_AHP_ERROR_INVALID_WEIGHT, "Rater 2" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbAhpMatrix) group = NULL;

      g_test_message ("case: %s", cases[c].name);
      group = cb_ahp_matrix_aggregate (cases[c].matrices, cases[c].n_matrices, cases[c].weights,
                                       &error);
      g_assert_null (group);
      g_assert_error (error, CB_AHP_ERROR, cases[c].code);
      g_assert_nonnull (strstr (error->message, cases[c].fragment));
    }
}

/* Bad matrices: each error names the row and column at fault. */
static void
test_ahp_matrix_errors (void)
{
  const struct {
    const char *name;
    guint n_rows;
    guint n_columns;
    double a[9];
    int code;
    const char *fragment;
  } cases[] = {
    { "empty", 0, 0, { 0 }, CB_AHP_ERROR_EMPTY, "empty" },
    { "not square", 2, 3, { 1, 2, 3, 1, 1, 1 }, CB_AHP_ERROR_NOT_SQUARE, "2 rows and 3 columns" },
    { "zero", 2, 2, { 1, 0, 1, 1 }, CB_AHP_ERROR_NOT_POSITIVE, "Row 1, column 2:" },
    { "negative", 3, 3, { 1, 2, 1, 0.5, 1, 1, 1, -1, 1 }, CB_AHP_ERROR_NOT_POSITIVE,
      "Row 3, column 2: “-1”" },
    { "NaN", 2, 2, { 1, NAN, 1, 1 }, CB_AHP_ERROR_NOT_FINITE, "Row 1, column 2:" },
    { "infinite", 2, 2, { 1, 1, INFINITY, 1 }, CB_AHP_ERROR_NOT_FINITE, "Row 2, column 1:" },
    { "diagonal", 2, 2, { 1, 2, 0.5, 2 }, CB_AHP_ERROR_DIAGONAL, "Row 2, column 2: “2”" },
    { "not reciprocal", 3, 3, { 1, 2, 3, 0.5, 1, 4, 1.0 / 3, 0.5, 1 },
      CB_AHP_ERROR_NOT_RECIPROCAL, "Row 3, column 2: “0.5” is not the reciprocal of “4” at row 2, column 3" },
    { "reciprocal only to 1e-3", 2, 2, { 1, 3, 0.333, 1 }, CB_AHP_ERROR_NOT_RECIPROCAL,
      "Row 2, column 1" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbAhpMatrix) matrix = NULL;

      g_test_message ("case: %s", cases[c].name);
      matrix = cb_ahp_matrix_new (cases[c].n_rows, cases[c].n_columns, cases[c].a,
                                  CB_AHP_MATRIX_FULL, &error);
      g_assert_null (matrix);
      g_assert_error (error, CB_AHP_ERROR, cases[c].code);
      g_test_message ("message: %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[c].fragment));
    }
}

/* Within 1e-6 of reciprocal is accepted and kept as given. */
static void
test_ahp_matrix_tolerance (void)
{
  const double a[] = { 1, 3, 1.0 / 3 * (1 + 5e-7), 1 };
  g_autoptr(CbAhpMatrix) matrix = matrix_new (2, a);

  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 1, 0), ==, a[2]);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 0, 1), ==, 3);
}

/* Only the entries above the diagonal are read. */
static void
test_ahp_upper_triangle (void)
{
  const double upper[] = {
    0,   5,   1.0 / 2,
    NAN, -1,  4,
    0,   0,   0,
  };
  const double bad[] = {
    1, 2, 0,
    1, 1, 1,
    1, 1, 1,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CbAhpMatrix) matrix = cb_ahp_matrix_new (3, 3, upper, CB_AHP_MATRIX_UPPER_TRIANGLE,
                                                     &error);
  g_autoptr(CbAhpMatrix) none = NULL;

  g_assert_no_error (error);
  assert_reciprocal (matrix);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 0, 1), ==, 5);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 1, 0), ==, 1.0 / 5);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 2, 0), ==, 2);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 2, 1), ==, 1.0 / 4);

  none = cb_ahp_matrix_new (3, 3, bad, CB_AHP_MATRIX_UPPER_TRIANGLE, &error);
  g_assert_null (none);
  g_assert_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_POSITIVE);
  g_assert_nonnull (strstr (error->message, "Row 1, column 3:"));
}

static void
test_ahp_names (void)
{
  CbAhpMethod method;
  CbAhpRandomIndex table;

  g_assert_cmpstr (cb_ahp_method_to_string (CB_AHP_METHOD_EIGENVECTOR), ==, "eigen");
  g_assert_cmpstr (cb_ahp_method_to_string (CB_AHP_METHOD_GEOMETRIC_MEAN), ==, "geometric");
  g_assert_true (cb_ahp_method_from_string ("geometric", &method));
  g_assert_cmpint (method, ==, CB_AHP_METHOD_GEOMETRIC_MEAN);
  g_assert_false (cb_ahp_method_from_string ("power", &method));
  g_assert_false (cb_ahp_method_from_string (NULL, &method));

  g_assert_cmpstr (cb_ahp_random_index_to_string (CB_AHP_RI_SAATY_1980), ==, "saaty1980");
  g_assert_cmpstr (cb_ahp_random_index_to_string (CB_AHP_RI_SAATY_2008), ==, "saaty2008");
  g_assert_true (cb_ahp_random_index_from_string ("saaty2008", &table));
  g_assert_cmpint (table, ==, CB_AHP_RI_SAATY_2008);
  g_assert_false (cb_ahp_random_index_from_string ("Saaty1980", &table));
}

static CbAhpMatrix *
matrix_from_csv (const char   *text,
                 char       ***labels,
                 GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(CbCsvTable) table = cb_csv_read_bytes (bytes, "m.csv", error);

  if (table == NULL)
    return NULL;
  return cb_ahp_matrix_new_from_csv (table, labels, error);
}

/* The leader criteria as people type them: a header, fractions, rounded
 * decimals, spaces, quotes, CRLF and a byte order mark. */
static void
test_ahp_csv (void)
{
  const char *leader_w[] = { "0.547569238961830", "0.126555284373419", "0.269949922452203",
                             "0.055925554212549" };
  const struct {
    const char *name;
    const char *csv;
    const char *labels;  /* joined by "|", or NULL */
  } cases[] = {
    { "plain", "1,4,3,7\n1/4,1,1/3,3\n1/3,3,1,5\n1/7,1/3,1/5,1\n", NULL },
    { "header and labels",
      "\xef\xbb\xbf" "Criterion,Experience,Education,Charisma,Age\r\n"
      "Experience,1,4,3,7\r\nEducation,1/4,1,1/3,3\r\nCharisma,1/3,3,1,5\r\nAge,1/7,1/3,1/5,1\r\n",
      "Experience|Education|Charisma|Age" },
    { "empty corner, empty row labels, rounded decimals",
      ",经验,教育,魅力,年龄\n,1,4,3,7\n,0.25,1,0.333,3\n,0.33,3,1,5\n,0.143,0.3,0.2,1\n",
      "经验|教育|魅力|年龄" },
    { "decimals above, fractions below", "1,4,0.333,7\n1/4,1,1/9.0e0,3\n3,9,1,5\n1/7,1/3,1/5,1\n",
      NULL },
    { "spaces and quotes",
      ", A , B ,C,D\nA,\" 1 \",4, 3 ,7\n B ,0.25,1,\"1/3\",3\nC , 1 / 3 ,3,1,5\nD,1/7,1/3,1/5,1.0\n",
      "A|B|C|D" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) labels = NULL;
      g_autoptr(CbAhpMatrix) matrix = NULL;
      g_autoptr(CbAhpResult) result = NULL;

      g_test_message ("case: %s", cases[c].name);
      matrix = matrix_from_csv (cases[c].csv, &labels, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (cb_ahp_matrix_get_n (matrix), ==, 4);
      assert_reciprocal (matrix);
      if (cases[c].labels == NULL)
        g_assert_null (labels);
      else
        {
          g_autofree char *joined = g_strjoinv ("|", labels);

          g_assert_cmpstr (joined, ==, cases[c].labels);
        }

      if (c == 3)
        {
          /* 0.333 over 3: the exactly written 3 wins, a_13 = 1/3. */
          g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 0, 2), ==, 1.0 / 3);
          g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 1, 2), ==, 1.0 / 9.0);
          continue;
        }

      /* Rounded decimals stand for the exact fractions. */
      g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 2, 0), ==, 1.0 / 3);
      g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 3, 0), ==, 1.0 / 7);
      result = solve (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980);
      for (guint i = 0; i < 4; i++)
        g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, i),
                                        g_ascii_strtod (leader_w[i], NULL), 1e-9);
    }

  /* n = 1; a labels argument may be NULL. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CbAhpMatrix) one = matrix_from_csv ("1\n", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cb_ahp_matrix_get_n (one), ==, 1);
  }
}

static void
test_ahp_csv_errors (void)
{
  const struct {
    const char *name;
    const char *csv;
    GQuark domain;
    int code;
    const char *prefix;    /* m.csv:LINE:COLUMN: */
    const char *fragment;  /* names the matrix row and column */
  } cases[] = {
    { "row too short", "1,2,3\n1/2,1\n1/3,1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
      "m.csv:2:5: ", "Row 2 has 2 values, but the matrix has 3 columns" },
    { "row too long", "1,2\n1/2,1,7\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
      "m.csv:2:7: ", "Row 2 has 3 values" },
    { "too many rows", "1,2\n1/2,1\n1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
      "m.csv:3:1: ", "3 rows and 2 columns" },
    { "too few rows", "1,2,3\n1/2,1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
      "m.csv:2:1: ", "2 rows and 3 columns" },
    { "too few rows, labels", ",A,B\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
      "m.csv:1:1: ", "0 rows and 2 columns" },
    { "zero", "1,0\n1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_POSITIVE,
      "m.csv:1:3: ", "Row 1, column 2: “0”" },
    { "zero fraction", "1,2\n0/2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_POSITIVE,
      "m.csv:2:1: ", "Row 2, column 1: “0/2”" },
    { "negative", ",A,B\nA,1,-2\nB,-1/2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_POSITIVE,
      "m.csv:2:5: ", "Row 1, column 2: “-2”" },
    { "text", "1,2\n1/2,abc\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_NUMBER,
      "m.csv:2:5: ", "Row 2, column 2: “abc” is not a number" },
    { "hexadecimal", "1,2\n0x2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_NUMBER,
      "m.csv:2:1: ", "Row 2, column 1: “0x2”" },
    { "half a fraction", "1,2\n1/,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_NUMBER,
      "m.csv:2:1: ", "Row 2, column 1: “1/”" },
    { "empty cell", "1,\n1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_NUMBER,
      "m.csv:1:3: ", "Row 1, column 2: the cell is empty" },
    { "NaN", "1,NaN\n1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_FINITE,
      "m.csv:1:3: ", "Row 1, column 2: “NaN”" },
    { "infinity", "1,2\n-inf,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_FINITE,
      "m.csv:2:1: ", "Row 2, column 1: “-inf”" },
    { "overflow", "1,2\n1e999,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_FINITE,
      "m.csv:2:1: ", "Row 2, column 1: “1e999”" },
    { "division by zero", "1,1/0\n1,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_FINITE,
      "m.csv:1:3: ", "Row 1, column 2: “1/0”" },
    { "diagonal", "1,2\n1/2,3\n", CB_AHP_ERROR, CB_AHP_ERROR_DIAGONAL,
      "m.csv:2:5: ", "Row 2, column 2: “3”" },
    { "not reciprocal", "1,3,5\n1/3,1,2\n1/5,2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_RECIPROCAL,
      "m.csv:3:5: ", "Row 3, column 2: “2” is not the reciprocal of “2” at row 2, column 3" },
    { "rounded too far", "1,3\n0.2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_NOT_RECIPROCAL,
      "m.csv:2:1: ", "Row 2, column 1: “0.2”" },
    { "column without label", ",A,\nA,1,2\n,1/2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_LABELS,
      "m.csv:1:4: ", "Column 2" },
    { "labels differ", ",A,B\nA,1,2\nC,1/2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_LABELS,
      "m.csv:3:1: ", "“C” does not match the column label “B”" },
    { "number for a row label", ",A,B\n1,1,2\n2,1/2,1\n", CB_AHP_ERROR, CB_AHP_ERROR_LABELS,
      "m.csv:2:1: ", "“1” is a number" },
    { "only a corner", "x\n", CB_AHP_ERROR, CB_AHP_ERROR_EMPTY, "m.csv:1:1: ", "empty" },
    { "empty file", "", CB_CSV_ERROR, CB_CSV_ERROR_EMPTY, "m.csv:1:1: ", "empty" },
    { "unterminated quote", "1,\"2\n", CB_CSV_ERROR, CB_CSV_ERROR_UNTERMINATED_QUOTE,
      "m.csv:1:3: ", "" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) labels = NULL;
      g_autoptr(CbAhpMatrix) matrix = NULL;

      g_test_message ("case: %s", cases[c].name);
      matrix = matrix_from_csv (cases[c].csv, &labels, &error);
      g_assert_null (matrix);
      g_assert_null (labels);
      g_assert_error (error, cases[c].domain, cases[c].code);
      g_test_message ("message: %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[c].prefix));
      g_assert_nonnull (strstr (error->message, cases[c].fragment));
    }
}

static void
test_ahp_csv_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("casebench-ahp-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) labels = NULL;
  g_autoptr(CbAhpMatrix) matrix = NULL;
  g_autoptr(CbAhpMatrix) bad = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "matrix.csv", NULL);
  g_file_set_contents (path, ",a,b\na,1,2\nb,1/2,1\n", -1, &error);
  g_assert_no_error (error);
  matrix = cb_ahp_matrix_read_csv (path, &labels, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (labels), ==, 2);
  g_assert_cmpfloat (cb_ahp_matrix_get (matrix, 1, 0), ==, 0.5);
  g_clear_pointer (&labels, g_strfreev);

  g_file_set_contents (path, ",a,b\na,1,2\nb,1/2,one\n", -1, &error);
  g_assert_no_error (error);
  bad = cb_ahp_matrix_read_csv (path, &labels, &error);
  g_assert_null (bad);
  g_assert_null (labels);
  g_assert_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_NUMBER);
  prefix = g_strdup_printf ("%s:3:7: ", path);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_clear_error (&error);

  g_unlink (path);
  bad = cb_ahp_matrix_read_csv (path, &labels, &error);
  g_assert_null (bad);
  g_assert_error (error, CB_CSV_ERROR, CB_CSV_ERROR_IO);
  g_rmdir (dir);
}

/* The judgement furthest from its indirect readings is flagged, with the
 * value of Saaty's scale that agrees with the others. */
static void
test_ahp_revision (void)
{
  /* Weights 8 : 4 : 2 : 1, judged exactly, except a_14 turned round. */
  const double chain[16] = {
    1,     2,    4,   1.0 / 8,
    1.0 / 2, 1,    2,   4,
    1.0 / 4, 1.0 / 2, 1, 2,
    8,     1.0 / 4, 1.0 / 2, 1,
  };
  /* A/B 5, B/C 3 but A/C 1/2: every judgement is as far from its one
   * indirect reading; A/C needs the smallest change (to 9, as near 15 as
   * the scale goes), A/B (to 1/6) and B/C (to 1/9) more. */
  const double cycle[9] = {
    1,       5,       1.0 / 2,
    1.0 / 5, 1,       3,
    2,       1.0 / 3, 1,
  };
  const double consistent[9] = {
    1,       2,       4,
    1.0 / 2, 1,       2,
    1.0 / 4, 1.0 / 2, 1,
  };
  const double pair[4] = { 1, 7, 1.0 / 7, 1 };
  g_autoptr(CbAhpMatrix) m_chain = matrix_new (4, chain);
  g_autoptr(CbAhpMatrix) m_cycle = matrix_new (3, cycle);
  g_autoptr(CbAhpMatrix) m_consistent = matrix_new (3, consistent);
  g_autoptr(CbAhpMatrix) m_pair = matrix_new (2, pair);
  g_autoptr(CbAhpResult) before = solve (m_chain, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980);
  CbAhpRevision revision;

  g_assert_cmpfloat (cb_ahp_result_get_cr (before), >, CB_AHP_CR_LIMIT);
  g_assert_true (cb_ahp_matrix_suggest_revision (m_chain, CB_AHP_METHOD_EIGENVECTOR,
                                                 CB_AHP_RI_SAATY_1980, &revision));
  g_assert_cmpuint (revision.row, ==, 0);
  g_assert_cmpuint (revision.column, ==, 3);
  g_assert_cmpfloat_with_epsilon (revision.value, 1.0 / 8, 1e-12);
  g_assert_cmpfloat_with_epsilon (revision.suggested, 8, 1e-12);
  g_assert_cmpfloat_with_epsilon (revision.cr, 0, 1e-9);

  g_assert_true (cb_ahp_matrix_suggest_revision (m_cycle, CB_AHP_METHOD_EIGENVECTOR,
                                                 CB_AHP_RI_SAATY_1980, &revision));
  g_assert_cmpuint (revision.row, ==, 0);
  g_assert_cmpuint (revision.column, ==, 2);
  g_assert_cmpfloat_with_epsilon (revision.value, 1.0 / 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (revision.suggested, 9, 1e-12);
  g_assert_cmpfloat (revision.cr, >, 0);
  g_assert_cmpfloat (revision.cr, <, CB_AHP_CR_LIMIT);

  /* Nothing to revise: every judgement agrees with the others. */
  g_assert_false (cb_ahp_matrix_suggest_revision (m_consistent, CB_AHP_METHOD_EIGENVECTOR,
                                                  CB_AHP_RI_SAATY_1980, &revision));
  /* 9, 9 and 9: A/C is already as near 81 as the scale goes, so one of
   * the others is pointed out, never a move to the value it has. */
  {
    const double extreme[9] = { 1, 9, 9, 1.0 / 9, 1, 9, 1.0 / 9, 1.0 / 9, 1 };
    g_autoptr(CbAhpMatrix) m_extreme = matrix_new (3, extreme);

    g_assert_true (cb_ahp_matrix_suggest_revision (m_extreme, CB_AHP_METHOD_EIGENVECTOR,
                                                   CB_AHP_RI_SAATY_1980, &revision));
    g_assert_cmpfloat (fabs (revision.suggested - revision.value), >, 1);
    g_assert_false (revision.row == 0 && revision.column == 2);
    g_assert_cmpfloat_with_epsilon (revision.suggested, 1, 1e-12);
  }
  g_assert_false (cb_ahp_matrix_suggest_revision (m_pair, CB_AHP_METHOD_EIGENVECTOR,
                                                  CB_AHP_RI_SAATY_1980, &revision));

  g_assert_cmpfloat (cb_ahp_nearest_scale_value (15), ==, 9);
  g_assert_cmpfloat (cb_ahp_nearest_scale_value (0.01), ==, 1.0 / 9);
  g_assert_cmpfloat (cb_ahp_nearest_scale_value (2.4), ==, 2);
  g_assert_cmpfloat (cb_ahp_nearest_scale_value (1.45), ==, 2);
  g_assert_cmpfloat (cb_ahp_nearest_scale_value (1.0 / 2.4), ==, 1.0 / 2);
  g_assert_cmpfloat (cb_ahp_nearest_scale_value (1), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ahp/consistent", test_ahp_consistent);
  g_test_add_func ("/ahp/textbook", test_ahp_textbook);
  g_test_add_func ("/ahp/inconsistent", test_ahp_inconsistent);
  g_test_add_func ("/ahp/geometric-mean-3x3", test_ahp_geometric_mean_3x3);
  g_test_add_func ("/ahp/small", test_ahp_small);
  g_test_add_func ("/ahp/random-index", test_ahp_random_index);
  g_test_add_func ("/ahp/too-large", test_ahp_too_large);
  g_test_add_func ("/ahp/iteration-cap", test_ahp_iteration_cap);
  g_test_add_func ("/ahp/aggregate", test_ahp_aggregate);
  g_test_add_func ("/ahp/aggregate-errors", test_ahp_aggregate_errors);
  g_test_add_func ("/ahp/matrix-errors", test_ahp_matrix_errors);
  g_test_add_func ("/ahp/matrix-tolerance", test_ahp_matrix_tolerance);
  g_test_add_func ("/ahp/upper-triangle", test_ahp_upper_triangle);
  g_test_add_func ("/ahp/names", test_ahp_names);
  g_test_add_func ("/ahp/csv", test_ahp_csv);
  g_test_add_func ("/ahp/csv-errors", test_ahp_csv_errors);
  g_test_add_func ("/ahp/csv-file", test_ahp_csv_file);
  g_test_add_func ("/ahp/revision", test_ahp_revision);

  return g_test_run ();
}
