/* cb-ahp.h: AHP weights from pairwise comparison matrices
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-csv.h"

G_BEGIN_DECLS

#define CB_AHP_ERROR (cb_ahp_error_quark ())

typedef enum
{
  CB_AHP_ERROR_EMPTY,           /* no matrix, or a matrix without entries */
  CB_AHP_ERROR_NOT_SQUARE,      /* rows and columns differ, or a row is too short or long */
  CB_AHP_ERROR_NOT_NUMBER,      /* a cell is empty, or not a number or fraction */
  CB_AHP_ERROR_NOT_FINITE,      /* NaN or infinite */
  CB_AHP_ERROR_NOT_POSITIVE,    /* zero or negative */
  CB_AHP_ERROR_DIAGONAL,        /* a diagonal entry is not 1 */
  CB_AHP_ERROR_NOT_RECIPROCAL,  /* a_ji is not 1/a_ij */
  CB_AHP_ERROR_LABELS,          /* a missing label, or row and column labels differ */
  CB_AHP_ERROR_SIZE_MISMATCH,   /* raters' matrices of different sizes */
  CB_AHP_ERROR_INVALID_WEIGHT,  /* a rater weight that is not positive */
  CB_AHP_ERROR_TOO_LARGE,       /* more elements than the random-index table knows */
  CB_AHP_ERROR_NOT_CONVERGED,   /* the power iteration did not converge */
} CbAhpError;

/* How the weights are derived from the matrix. */
typedef enum
{
  CB_AHP_METHOD_EIGENVECTOR,     /* principal right eigenvector (Saaty) */
  CB_AHP_METHOD_GEOMETRIC_MEAN,  /* row geometric mean (Crawford & Williams) */
} CbAhpMethod;

/* Which table of random indices divides CI into CR. */
typedef enum
{
  CB_AHP_RI_SAATY_1980,  /* T1, Saaty (1980): the default */
  CB_AHP_RI_SAATY_2008,  /* T2, Saaty (2008) for n ≤ 10, Saaty & Vargas for 11–15 */
} CbAhpRandomIndex;

/* What cb_ahp_matrix_new () reads of its values. */
typedef enum
{
  CB_AHP_MATRIX_FULL,            /* every entry, checked for reciprocity */
  CB_AHP_MATRIX_UPPER_TRIANGLE,  /* only the entries above the diagonal */
} CbAhpMatrixInput;

/* The largest matrix with a random index (both tables stop at 15). */
#define CB_AHP_MAX_N 15
/* Judgements are accepted as consistent up to this consistency ratio. */
#define CB_AHP_CR_LIMIT 0.10
/* Largest |a_ij · a_ji − 1| accepted as reciprocal. */
#define CB_AHP_RECIPROCAL_TOLERANCE 1e-6

#define CB_TYPE_AHP_MATRIX (cb_ahp_matrix_get_type ())
#define CB_TYPE_AHP_RESULT (cb_ahp_result_get_type ())

typedef struct _CbAhpMatrix CbAhpMatrix;
typedef struct _CbAhpResult CbAhpResult;

GQuark            cb_ahp_error_quark               (void);
GType             cb_ahp_matrix_get_type           (void) G_GNUC_CONST;
GType             cb_ahp_result_get_type           (void) G_GNUC_CONST;

const char       *cb_ahp_method_to_string          (CbAhpMethod         method);
gboolean          cb_ahp_method_from_string        (const char         *text,
                                                    CbAhpMethod        *method);
const char       *cb_ahp_random_index_to_string    (CbAhpRandomIndex    table);
gboolean          cb_ahp_random_index_from_string  (const char         *text,
                                                    CbAhpRandomIndex   *table);
double            cb_ahp_random_index              (CbAhpRandomIndex    table,
                                                    guint               n);

/* Pairwise comparison matrices */
CbAhpMatrix      *cb_ahp_matrix_new                (guint               n_rows,
                                                    guint               n_columns,
                                                    const double       *values,
                                                    CbAhpMatrixInput    input,
                                                    GError            **error);
CbAhpMatrix      *cb_ahp_matrix_new_from_csv       (const CbCsvTable   *table,
                                                    char             ***labels_out,
                                                    GError            **error);
CbAhpMatrix      *cb_ahp_matrix_read_csv           (const char         *path,
                                                    char             ***labels_out,
                                                    GError            **error);
CbAhpMatrix      *cb_ahp_matrix_aggregate          (CbAhpMatrix * const *matrices,
                                                    guint               n_matrices,
                                                    const double       *weights,
                                                    GError            **error);
CbAhpMatrix      *cb_ahp_matrix_ref                (CbAhpMatrix        *self);
void              cb_ahp_matrix_unref              (CbAhpMatrix        *self);
guint             cb_ahp_matrix_get_n              (const CbAhpMatrix  *self);
double            cb_ahp_matrix_get                (const CbAhpMatrix  *self,
                                                    guint               row,
                                                    guint               column);
const double     *cb_ahp_matrix_get_values         (const CbAhpMatrix  *self);

/* Weights and consistency */
CbAhpResult      *cb_ahp_solve                     (const CbAhpMatrix  *matrix,
                                                    CbAhpMethod         method,
                                                    CbAhpRandomIndex    ri_table,
                                                    GError            **error);
CbAhpResult      *cb_ahp_result_ref                (CbAhpResult        *self);
void              cb_ahp_result_unref              (CbAhpResult        *self);
guint             cb_ahp_result_get_n              (const CbAhpResult  *self);
const double     *cb_ahp_result_get_weights        (const CbAhpResult  *self);
double            cb_ahp_result_get_weight         (const CbAhpResult  *self,
                                                    guint               index);
double            cb_ahp_result_get_lambda_max     (const CbAhpResult  *self);
double            cb_ahp_result_get_ci             (const CbAhpResult  *self);
double            cb_ahp_result_get_ri             (const CbAhpResult  *self);
double            cb_ahp_result_get_cr             (const CbAhpResult  *self);
gboolean          cb_ahp_result_is_consistent      (const CbAhpResult  *self);
guint             cb_ahp_result_get_iterations     (const CbAhpResult  *self);
CbAhpMethod       cb_ahp_result_get_method         (const CbAhpResult  *self);
CbAhpRandomIndex  cb_ahp_result_get_ri_table       (const CbAhpResult  *self);

/* Revising the most inconsistent judgement */
typedef struct
{
  guint  row;       /* the judgement a_row,column, row < column */
  guint  column;
  double value;     /* as judged now */
  double suggested; /* on Saaty's scale, agreeing with the other judgements */
  double cr;        /* the consistency ratio with the suggested value */
} CbAhpRevision;

double            cb_ahp_nearest_scale_value       (double              value);
gboolean          cb_ahp_matrix_suggest_revision   (const CbAhpMatrix  *matrix,
                                                    CbAhpMethod         method,
                                                    CbAhpRandomIndex    ri_table,
                                                    CbAhpRevision      *revision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbAhpMatrix, cb_ahp_matrix_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbAhpResult, cb_ahp_result_unref)

G_END_DECLS
