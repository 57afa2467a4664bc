/* cb-ahp.c: AHP weights from pairwise comparison matrices
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas and both random-index tables follow docs methods.md B3:
 * Saaty (1977, 1980, 2008); the row geometric mean after Crawford &
 * Williams (1985); group judgements aggregated by the element-wise weighted
 * geometric mean (AIJ), which keeps the matrix reciprocal (Aczél & Saaty
 * 1983). Matrices and results are immutable, reference-counted records.
 */

#define G_LOG_DOMAIN "cb-ahp"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-ahp-private.h"

struct _CbAhpMatrix
{
  guint   n;
  double *values;  /* n × n, row-major */
};

struct _CbAhpResult
{
  guint             n;
  double           *weights;
  double            lambda_max;
  double            ci;
  double            ri;
  double            cr;
  guint             iterations;
  CbAhpMethod       method;
  CbAhpRandomIndex  ri_table;
};

G_DEFINE_BOXED_TYPE (CbAhpMatrix, cb_ahp_matrix, cb_ahp_matrix_ref, cb_ahp_matrix_unref)
G_DEFINE_BOXED_TYPE (CbAhpResult, cb_ahp_result, cb_ahp_result_ref, cb_ahp_result_unref)
G_DEFINE_QUARK (cb-ahp-error-quark, cb_ahp_error)

/* Random indices by n (index 0 unused). T1: Saaty (1980); T2: Saaty (2008)
 * for n ≤ 10, Saaty & Vargas for 11–15. See methods.md B3. */
static const double random_index_t1[CB_AHP_MAX_N + 1] = {
  0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
};
static const double random_index_t2[CB_AHP_MAX_N + 1] = {
  0, 0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59,
};

/* Names, as the command line and JSON output spell them */

const char *
cb_ahp_method_to_string (CbAhpMethod method)
{
  switch (method)
    {
    case CB_AHP_METHOD_EIGENVECTOR:
      return "eigen";
    case CB_AHP_METHOD_GEOMETRIC_MEAN:
      return "geometric";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
cb_ahp_method_from_string (const char  *text,
                           CbAhpMethod *method)
{
  g_return_val_if_fail (method != NULL, FALSE);

  if (g_strcmp0 (text, "eigen") == 0)
    *method = CB_AHP_METHOD_EIGENVECTOR;
  else if (g_strcmp0 (text, "geometric") == 0)
    *method = CB_AHP_METHOD_GEOMETRIC_MEAN;
  else
    return FALSE;
  return TRUE;
}

const char *
cb_ahp_random_index_to_string (CbAhpRandomIndex table)
{
  switch (table)
    {
    case CB_AHP_RI_SAATY_1980:
      return "saaty1980";
    case CB_AHP_RI_SAATY_2008:
      return "saaty2008";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
cb_ahp_random_index_from_string (const char       *text,
                                 CbAhpRandomIndex *table)
{
  g_return_val_if_fail (table != NULL, FALSE);

  if (g_strcmp0 (text, "saaty1980") == 0)
    *table = CB_AHP_RI_SAATY_1980;
  else if (g_strcmp0 (text, "saaty2008") == 0)
    *table = CB_AHP_RI_SAATY_2008;
  else
    return FALSE;
  return TRUE;
}

/* The random index of an n × n matrix, 1 ≤ n ≤ CB_AHP_MAX_N. */
double
cb_ahp_random_index (CbAhpRandomIndex table,
                     guint            n)
{
  g_return_val_if_fail (n >= 1 && n <= CB_AHP_MAX_N, NAN);
  g_return_val_if_fail (table == CB_AHP_RI_SAATY_1980 || table == CB_AHP_RI_SAATY_2008, NAN);

  return table == CB_AHP_RI_SAATY_2008 ? random_index_t2[n] : random_index_t1[n];
}

/* Checks shared with the CSV reader. Rows and columns are 0-based here and
 * 1-based in messages; text is the entry as the user wrote it, or NULL. */

static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

gboolean
_cb_ahp_check_entry (guint        row,
                     guint        column,
                     double       value,
                     const char  *text,
                     GError     **error)
{
  g_autofree char *formatted = text == NULL ? format_value (value) : NULL;
  const char *shown = text != NULL ? text : formatted;

  if (!isfinite (value))
    {
      g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_FINITE,
                   _("Row %u, column %u: “%s” is not a finite number."),
                   row + 1, column + 1, shown);
      return FALSE;
    }

  if (value <= 0)
    {
      g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_POSITIVE,
                   _("Row %u, column %u: “%s” is not greater than 0. A comparison is a ratio "
                     "of importance and must be positive."),
                   row + 1, column + 1, shown);
      return FALSE;
    }

  if (row == column && fabs (value - 1.0) > CB_AHP_RECIPROCAL_TOLERANCE)
    {
      g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_DIAGONAL,
                   _("Row %u, column %u: “%s” is on the diagonal, which must be 1 "
                     "(an element compared with itself)."),
                   row + 1, column + 1, shown);
      return FALSE;
    }

  return TRUE;
}

void
_cb_ahp_set_not_square (GError **error,
                        guint    n_rows,
                        guint    n_columns)
{
  g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_SQUARE,
               _("The matrix has %u rows and %u columns; it must be square."),
               n_rows, n_columns);
}

/* The entry at (row, column) does not match the one at (column, row). */
void
_cb_ahp_set_not_reciprocal (GError     **error,
                            guint        row,
                            guint        column,
                            const char  *text,
                            const char  *other_text)
{
  g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_RECIPROCAL,
               _("Row %u, column %u: “%s” is not the reciprocal of “%s” at row %u, column %u."),
               row + 1, column + 1, text, other_text, column + 1, row + 1);
}

/* Matrices */

static void
matrix_clear (gpointer data)
{
  CbAhpMatrix *self = data;

  g_free (self->values);
}

static CbAhpMatrix *
matrix_alloc (guint n)
{
  CbAhpMatrix *self = g_atomic_rc_box_new0 (CbAhpMatrix);

  self->n = n;
  self->values = g_new0 (double, (gsize) n * n);
  return self;
}

static inline double
entry (const CbAhpMatrix *self,
       guint              row,
       guint              column)
{
  return self->values[(gsize) row * self->n + column];
}

static inline void
set_entry (CbAhpMatrix *self,
           guint        row,
           guint        column,
           double       value)
{
  self->values[(gsize) row * self->n + column] = value;
}

/**
 * cb_ahp_matrix_new:
 * @n_rows: the number of rows
 * @n_columns: the number of columns
 * @values: (array) (nullable): @n_rows × @n_columns entries, row-major
 * @input: whether to check every entry, or to read only the upper triangle
 * @error: return location for a #CbAhpError
 *
 * Makes a pairwise comparison matrix, with a_ij the importance of element
 * i relative to element j. With %CB_AHP_MATRIX_FULL every entry must be
 * finite and > 0, the diagonal 1 and |a_ij · a_ji − 1| ≤ 1e-6; the entries
 * are kept as given. With %CB_AHP_MATRIX_UPPER_TRIANGLE only the entries
 * above the diagonal are read (the others may hold anything): the diagonal
 * becomes 1 and a_ji = 1 / a_ij.
 *
 * Returns: (transfer full): the matrix, or %NULL with @error set to a
 *   message that names the row and column at fault.
 */
CbAhpMatrix *
cb_ahp_matrix_new (guint              n_rows,
                   guint              n_columns,
                   const double      *values,
                   CbAhpMatrixInput   input,
                   GError           **error)
{
  g_autoptr(CbAhpMatrix) self = NULL;
  guint n = n_rows;

  g_return_val_if_fail (values != NULL || n_rows == 0 || n_columns == 0, NULL);
  g_return_val_if_fail (input == CB_AHP_MATRIX_FULL || input == CB_AHP_MATRIX_UPPER_TRIANGLE,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_rows == 0 || n_columns == 0)
    {
      g_set_error_literal (error, CB_AHP_ERROR, CB_AHP_ERROR_EMPTY, _("The matrix is empty."));
      return NULL;
    }
  if (n_rows != n_columns)
    {
      _cb_ahp_set_not_square (error, n_rows, n_columns);
      return NULL;
    }

  self = matrix_alloc (n);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        double value = values[(gsize) i * n + j];

        if (input == CB_AHP_MATRIX_UPPER_TRIANGLE && j <= i)
          continue;
        if (!_cb_ahp_check_entry (i, j, value, NULL, error))
          return NULL;
        set_entry (self, i, j, value);
      }

  if (input == CB_AHP_MATRIX_UPPER_TRIANGLE)
    {
      for (guint i = 0; i < n; i++)
        {
          set_entry (self, i, i, 1.0);
          for (guint j = i + 1; j < n; j++)
            set_entry (self, j, i, 1.0 / entry (self, i, j));
        }
      return g_steal_pointer (&self);
    }

  /* The lower entry is named: it is the one usually typed as a fraction. */
  for (guint i = 1; i < n; i++)
    for (guint j = 0; j < i; j++)
      if (fabs (entry (self, i, j) * entry (self, j, i) - 1.0) > CB_AHP_RECIPROCAL_TOLERANCE)
        {
          g_autofree char *text = format_value (entry (self, i, j));
          g_autofree char *other = format_value (entry (self, j, i));

          _cb_ahp_set_not_reciprocal (error, i, j, text, other);
          return NULL;
        }

  return g_steal_pointer (&self);
}

/**
 * cb_ahp_matrix_aggregate:
 * @matrices: (array length=n_matrices): the raters' matrices, all n × n
 * @n_matrices: how many
 * @weights: (array length=n_matrices) (nullable): each rater's weight, > 0;
 *   %NULL for equal weights. They are normalised to sum 1.
 * @error: return location for a #CbAhpError
 *
 * Aggregates individual judgements (AIJ): a_ij = Π_k a_ij(k)^α_k. The
 * weighted geometric mean of reciprocal matrices is reciprocal; the lower
 * triangle is set to the exact reciprocals of the upper one.
 *
 * Returns: (transfer full): the group matrix, or %NULL with @error set.
 */
CbAhpMatrix *
cb_ahp_matrix_aggregate (CbAhpMatrix * const  *matrices,
                         guint                 n_matrices,
                         const double         *weights,
                         GError              **error)
{
  g_autofree double *alpha = NULL;
  g_autofree double *values = NULL;
  double total = 0;
  guint n;

  g_return_val_if_fail (matrices != NULL || n_matrices == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_matrices == 0)
    {
      g_set_error_literal (error, CB_AHP_ERROR, CB_AHP_ERROR_EMPTY,
                           _("There are no matrices to aggregate."));
      return NULL;
    }

  n = matrices[0]->n;
  alpha = g_new (double, n_matrices);
  for (guint k = 0; k < n_matrices; k++)
    {
      double weight = weights != NULL ? weights[k] : 1.0;

      if (matrices[k]->n != n)
        {
          g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_SIZE_MISMATCH,
                       _("Rater %u’s matrix is %u×%u, but rater 1’s is %u×%u."),
                       k + 1, matrices[k]->n, matrices[k]->n, n, n);
          return NULL;
        }
      if (!isfinite (weight) || weight <= 0)
        {
          g_autofree char *text = format_value (weight);

          g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_INVALID_WEIGHT,
                       _("Rater %u: the weight “%s” is not a positive number."), k + 1, text);
          return NULL;
        }
      alpha[k] = weight;
      total += weight;
    }

  values = g_new0 (double, (gsize) n * n);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double log_sum = 0;

        for (guint k = 0; k < n_matrices; k++)
          log_sum += alpha[k] / total * log (entry (matrices[k], i, j));
        values[(gsize) i * n + j] = exp (log_sum);
      }

  return cb_ahp_matrix_new (n, n, values, CB_AHP_MATRIX_UPPER_TRIANGLE, error);
}

CbAhpMatrix *
cb_ahp_matrix_ref (CbAhpMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_ahp_matrix_unref (CbAhpMatrix *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, matrix_clear);
}

guint
cb_ahp_matrix_get_n (const CbAhpMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

/* a_ij, 0-based. */
double
cb_ahp_matrix_get (const CbAhpMatrix *self,
                   guint              row,
                   guint              column)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (row < self->n && column < self->n, NAN);

  return entry (self, row, column);
}

/* n × n entries, row-major. */
const double *
cb_ahp_matrix_get_values (const CbAhpMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->values;
}

/* Solving */

static void
multiply (const CbAhpMatrix *matrix,
          const double      *w,
          double            *result)
{
  for (guint i = 0; i < matrix->n; i++)
    {
      double sum = 0;

      for (guint j = 0; j < matrix->n; j++)
        sum += entry (matrix, i, j) * w[j];
      result[i] = sum;
    }
}

/* Power iteration from w = 1/n: v = A w, w = v / Σ v, until no weight moves
 * by CB_AHP_EIGEN_TOLERANCE. A positive matrix has a simple, dominant Perron
 * root, so this converges; the cap only guards against the unforeseen. */
static gboolean
power_iteration (const CbAhpMatrix *matrix,
                 guint              max_iterations,
                 double            *w,
                 guint             *iterations)
{
  guint n = matrix->n;
  g_autofree double *v = g_new (double, n);

  for (guint i = 0; i < n; i++)
    w[i] = 1.0 / n;

  for (guint k = 1; k <= max_iterations; k++)
    {
      double sum = 0, delta = 0;

      multiply (matrix, w, v);
      for (guint i = 0; i < n; i++)
        sum += v[i];
      for (guint i = 0; i < n; i++)
        {
          double next = v[i] / sum;

          delta = MAX (delta, fabs (next - w[i]));
          w[i] = next;
        }
      if (delta < CB_AHP_EIGEN_TOLERANCE)
        {
          *iterations = k;
          return TRUE;
        }
    }

  *iterations = max_iterations;
  return FALSE;
}

/* w_i = (Π_j a_ij)^(1/n) / Σ_k (Π_j a_kj)^(1/n), through logarithms so that
 * large matrices of 9s do not overflow. */
static void
row_geometric_mean (const CbAhpMatrix *matrix,
                    double            *w)
{
  guint n = matrix->n;
  double sum = 0;

  for (guint i = 0; i < n; i++)
    {
      double log_sum = 0;

      for (guint j = 0; j < n; j++)
        log_sum += log (entry (matrix, i, j));
      w[i] = exp (log_sum / n);
      sum += w[i];
    }
  for (guint i = 0; i < n; i++)
    w[i] /= sum;
}

static void
result_clear (gpointer data)
{
  CbAhpResult *self = data;

  g_free (self->weights);
}

CbAhpResult *
_cb_ahp_solve_full (const CbAhpMatrix  *matrix,
                    CbAhpMethod         method,
                    CbAhpRandomIndex    ri_table,
                    guint               max_iterations,
                    GError            **error)
{
  g_autoptr(CbAhpResult) self = NULL;
  g_autofree double *aw = NULL;
  guint n;

  g_assert (matrix != NULL);

  n = matrix->n;
  if (n > CB_AHP_MAX_N)
    {
      g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_TOO_LARGE,
                   _("The matrix compares %u elements, but the random index is known only "
                     "up to %u."), n, CB_AHP_MAX_N);
      return NULL;
    }

  self = g_atomic_rc_box_new0 (CbAhpResult);
  self->n = n;
  self->method = method;
  self->ri_table = ri_table;
  self->weights = g_new0 (double, n);

  if (method == CB_AHP_METHOD_EIGENVECTOR)
    {
      if (!power_iteration (matrix, max_iterations, self->weights, &self->iterations))
        {
          g_set_error (error, CB_AHP_ERROR, CB_AHP_ERROR_NOT_CONVERGED,
                       _("The principal eigenvector did not converge in %u iterations."),
                       max_iterations);
          return NULL;
        }
    }
  else
    {
      row_geometric_mean (matrix, self->weights);
      self->iterations = 0;
    }

  /* λmax = Σ_i (A w)_i, which holds because Σ w = 1. For the geometric
   * mean the same formula is applied to its w: an estimate of λmax that
   * equals the eigenvalue whenever the two methods agree (n ≤ 3, or a
   * consistent matrix). */
  aw = g_new (double, n);
  multiply (matrix, self->weights, aw);
  self->lambda_max = 0;
  for (guint i = 0; i < n; i++)
    self->lambda_max += aw[i];

  /* λmax ≥ n for a positive reciprocal matrix (Saaty 1977): a negative CI
   * can only be rounding, and is reported as 0. */
  self->ci = n <= 2 ? 0.0 : MAX (0.0, (self->lambda_max - n) / (n - 1));
  self->ri = cb_ahp_random_index (ri_table, n);
  self->cr = self->ri > 0 ? self->ci / self->ri : 0.0;

  return g_steal_pointer (&self);
}

/**
 * cb_ahp_solve:
 * @matrix: a pairwise comparison matrix, at most %CB_AHP_MAX_N × %CB_AHP_MAX_N
 * @method: how to derive the weights
 * @ri_table: which random-index table to use for CR
 * @error: return location for a #CbAhpError
 *
 * Derives the weights (summing to 1, in matrix order), λmax, CI = (λmax − n)
 * / (n − 1) (0 for n ≤ 2), RI and CR = CI / RI (0 when RI is 0).
 *
 * Returns: (transfer full): the result, or %NULL with @error set.
 */
CbAhpResult *
cb_ahp_solve (const CbAhpMatrix  *matrix,
              CbAhpMethod         method,
              CbAhpRandomIndex    ri_table,
              GError            **error)
{
  g_return_val_if_fail (matrix != NULL, NULL);
  g_return_val_if_fail (method == CB_AHP_METHOD_EIGENVECTOR ||
                        method == CB_AHP_METHOD_GEOMETRIC_MEAN, NULL);
  g_return_val_if_fail (ri_table == CB_AHP_RI_SAATY_1980 ||
                        ri_table == CB_AHP_RI_SAATY_2008, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _cb_ahp_solve_full (matrix, method, ri_table, CB_AHP_EIGEN_MAX_ITERATIONS, error);
}

CbAhpResult *
cb_ahp_result_ref (CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_ahp_result_unref (CbAhpResult *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, result_clear);
}

guint
cb_ahp_result_get_n (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

/* n weights summing to 1, in matrix order. */
const double *
cb_ahp_result_get_weights (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->weights;
}

double
cb_ahp_result_get_weight (const CbAhpResult *self,
                          guint              index)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (index < self->n, NAN);

  return self->weights[index];
}

double
cb_ahp_result_get_lambda_max (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->lambda_max;
}

double
cb_ahp_result_get_ci (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->ci;
}

double
cb_ahp_result_get_ri (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->ri;
}

double
cb_ahp_result_get_cr (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->cr;
}

/* CR ≤ 0.10. */
gboolean
cb_ahp_result_is_consistent (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->cr <= CB_AHP_CR_LIMIT;
}

/* Power iterations used; 0 for the geometric mean, which needs none. */
guint
cb_ahp_result_get_iterations (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->iterations;
}

CbAhpMethod
cb_ahp_result_get_method (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, CB_AHP_METHOD_EIGENVECTOR);

  return self->method;
}

CbAhpRandomIndex
cb_ahp_result_get_ri_table (const CbAhpResult *self)
{
  g_return_val_if_fail (self != NULL, CB_AHP_RI_SAATY_1980);

  return self->ri_table;
}
