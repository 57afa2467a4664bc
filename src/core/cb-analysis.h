/* cb-analysis.h: normalise, weight, aggregate, rank and measure gaps
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-dataset.h"
#include "cb-enums.h"
#include "cb-weights.h"

G_BEGIN_DECLS

#define CB_ANALYSIS_ERROR (cb_analysis_error_quark ())

typedef enum
{
  CB_ANALYSIS_ERROR_GEOMETRIC_NEEDS_POSITIVE, /* z-scores cannot be multiplied */
  CB_ANALYSIS_ERROR_MISMATCH,                 /* weights made for other data */
} CbAnalysisError;

#define CB_TYPE_RESULT (cb_result_get_type ())

typedef struct _CbResult CbResult;

GQuark              cb_analysis_error_quark         (void);

CbResult           *cb_analyse                      (const CbDataset  *dataset,
                                                     const CbWeights  *weights,
                                                     CbNormalisation   normalisation,
                                                     CbAggregation     aggregation,
                                                     GError          **error);

GType               cb_result_get_type              (void) G_GNUC_CONST;
CbResult           *cb_result_ref                   (CbResult         *self);
void                cb_result_unref                 (CbResult         *self);

CbDataset          *cb_result_get_dataset           (const CbResult   *self);
CbWeights          *cb_result_get_weights           (const CbResult   *self);
CbNormalisation     cb_result_get_normalisation     (const CbResult   *self);
CbAggregation       cb_result_get_aggregation       (const CbResult   *self);
double              cb_result_get_normalised        (const CbResult   *self,
                                                     guint             c,
                                                     guint             indicator);
double              cb_result_get_normalised_target (const CbResult   *self,
                                                     guint             indicator);
double              cb_result_get_case_weight       (const CbResult   *self,
                                                     guint             c,
                                                     guint             indicator);
double              cb_result_get_dimension_score   (const CbResult   *self,
                                                     guint             c,
                                                     guint             dimension);
double              cb_result_get_composite         (const CbResult   *self,
                                                     guint             c);
double              cb_result_get_target_composite  (const CbResult   *self,
                                                     guint             c);
guint               cb_result_get_rank              (const CbResult   *self,
                                                     guint             c);
guint               cb_result_get_n_ranked          (const CbResult   *self);
double              cb_result_get_gap               (const CbResult   *self,
                                                     guint             c,
                                                     guint             indicator);
double              cb_result_get_weighted_gap      (const CbResult   *self,
                                                     guint             c,
                                                     guint             indicator);
const char * const *cb_result_get_notes             (const CbResult   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbResult, cb_result_unref)

G_END_DECLS
