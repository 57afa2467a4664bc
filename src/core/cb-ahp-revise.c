/* cb-ahp-revise.c: which judgement to revise when a matrix is inconsistent
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every judgement a_ij can also be read indirectly, through each third
 * element k: a_ik · a_kj. In a consistent matrix the two readings agree.
 * The judgement contributing most to inconsistency is the one furthest,
 * in log terms, from the geometric mean of its indirect readings; that
 * mean, moved to the nearest value of Saaty's scale, is the value that
 * would make it agree with the rest. For three elements every judgement
 * is equally far from its single indirect reading, so ties go to the
 * judgement that needs the smallest change (the weakest one, which the
 * rater is likely least sure of), then to the lowest CR, then the first.
 */

#define G_LOG_DOMAIN "cb-ahp"

#include "config.h"

#include <math.h>

#include "cb-ahp.h"

/* Distances closer than this count as a tie. */
#define TIE 1e-9

/* The value of Saaty's scale (1/9 … 1 … 9) nearest to @value in log terms. */
double
cb_ahp_nearest_scale_value (double value)
{
  double best = 1.0;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (value > 0 && isfinite (value), 1.0);

  for (int k = -8; k <= 8; k++)
    {
      double candidate = k >= 0 ? k + 1.0 : 1.0 / (1 - k);
      double distance = fabs (log (candidate) - log (value));

      if (distance < best_distance - TIE)
        {
          best = candidate;
          best_distance = distance;
        }
    }
  return best;
}

static double
cr_with (const CbAhpMatrix *matrix,
         guint              row,
         guint              column,
         double             value,
         CbAhpMethod        method,
         CbAhpRandomIndex   ri_table)
{
  guint n = cb_ahp_matrix_get_n (matrix);
  g_autofree double *values = g_memdup2 (cb_ahp_matrix_get_values (matrix), sizeof (double) * n * n);
  g_autoptr(CbAhpMatrix) revised = NULL;
  g_autoptr(CbAhpResult) result = NULL;

  values[(gsize) row * n + column] = value;
  values[(gsize) column * n + row] = 1.0 / value;
  revised = cb_ahp_matrix_new (n, n, values, CB_AHP_MATRIX_UPPER_TRIANGLE, NULL);
  result = revised != NULL ? cb_ahp_solve (revised, method, ri_table, NULL) : NULL;
  return result != NULL ? cb_ahp_result_get_cr (result) : G_MAXDOUBLE;
}

/**
 * cb_ahp_matrix_suggest_revision:
 * @matrix: a pairwise comparison matrix
 * @method: how weights are derived, for the CR after the revision
 * @ri_table: the random-index table, for the CR after the revision
 * @revision: (out caller-allocates): the judgement to revise
 *
 * Finds the judgement (row < column) that contributes most to the
 * inconsistency of @matrix and the value on Saaty's scale that would make
 * it agree with the others, with the CR the matrix would then have.
 *
 * Returns: %FALSE if @matrix has fewer than three elements (every matrix
 *   that small is consistent) or no judgement can move nearer the others
 *   on the scale, else %TRUE.
 */
gboolean
cb_ahp_matrix_suggest_revision (const CbAhpMatrix *matrix,
                                CbAhpMethod        method,
                                CbAhpRandomIndex   ri_table,
                                CbAhpRevision     *revision)
{
  const double *a;
  guint n;
  double best_distance = -1;
  double best_change = G_MAXDOUBLE;

  g_return_val_if_fail (matrix != NULL, FALSE);
  g_return_val_if_fail (revision != NULL, FALSE);

  n = cb_ahp_matrix_get_n (matrix);
  *revision = (CbAhpRevision) { 0, 0, 1.0, 1.0, 0.0 };
  if (n < 3)
    return FALSE;

  a = cb_ahp_matrix_get_values (matrix);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double indirect = 0, distance, value, change, cr;

        for (guint k = 0; k < n; k++)
          if (k != i && k != j)
            indirect += log (a[(gsize) i * n + k] * a[(gsize) k * n + j]);
        indirect /= n - 2;
        distance = fabs (log (a[(gsize) i * n + j]) - indirect);
        if (distance < best_distance - TIE)
          continue;

        value = cb_ahp_nearest_scale_value (exp (indirect));
        change = fabs (log (value) - log (a[(gsize) i * n + j]));
        /* Already as near as the scale goes: nothing to suggest here. */
        if (change < TIE)
          continue;
        cr = cr_with (matrix, i, j, value, method, ri_table);
        if (distance > best_distance + TIE || change < best_change - TIE ||
            (change < best_change + TIE && cr < revision->cr - TIE))
          {
            *revision = (CbAhpRevision) { i, j, a[(gsize) i * n + j], value, cr };
            best_distance = distance;
            best_change = change;
          }
      }
  return best_distance >= 0;
}
