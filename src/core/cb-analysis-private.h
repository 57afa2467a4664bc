/* cb-analysis-private.h: what the analysis, its result and the
 * sensitivity runs share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-analysis.h"

G_BEGIN_DECLS

/* Two composites closer than this (relative) share a rank: they differ
 * only by the rounding of the arithmetic. */
#define CB_RANK_TIE_TOLERANCE 1e-9

/* The geometric mean needs values above zero: normalised values below
 * this (on the 0–100 scale) are raised to it, and the notes say how many. */
#define CB_GEOMETRIC_FLOOR 1.0

struct _CbResult
{
  CbDataset *dataset;
  CbWeights *weights;
  CbNormalisation normalisation;
  CbAggregation aggregation;

  guint n_cases;
  guint n_indicators;
  guint n_dimensions;

  double *normalised;      /* cases × indicators; NAN where missing */
  double *target;          /* indicators: the target on the normalised scale */
  double *case_weights;    /* cases × indicators: effective weights after re-weighting */
  double *dimension_score; /* cases × dimensions; NAN where nothing was scored */
  double *composite;       /* cases; NAN where nothing was scored */
  double *target_composite;/* cases: the target profile with the case's weights */
  guint *rank;             /* cases; 0 for references and unscored cases */
  GPtrArray *notes;        /* char *, NULL-terminated */
};

CbResult *_cb_result_new         (const CbDataset *dataset,
                                  const CbWeights *weights,
                                  CbNormalisation  normalisation,
                                  CbAggregation    aggregation);

/* The composite of one case from its normalised row, with dimension and
 * within-dimension weights; NULL outputs are not filled. */
double    _cb_aggregate_case     (const double    *row,
                                  const guint     *dimension_of,
                                  guint            n_indicators,
                                  guint            n_dimensions,
                                  const double    *dimension_weights,
                                  const double    *indicator_weights,
                                  CbAggregation    aggregation,
                                  double          *dimension_scores,
                                  double          *case_weights);
void      _cb_rank_min           (const double    *values,
                                  const gboolean  *ranked,
                                  guint            n,
                                  guint           *ranks);
void      _cb_normalise          (const CbDataset *dataset,
                                  CbNormalisation  normalisation,
                                  double          *normalised,
                                  double          *target,
                                  GPtrArray       *notes);

G_END_DECLS
