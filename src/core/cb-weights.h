/* cb-weights.h: hierarchical weights, validated and normalised
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-dataset.h"
#include "cb-weight-set.h"

G_BEGIN_DECLS

#define CB_WEIGHTS_ERROR (cb_weights_error_quark ())

typedef enum
{
  CB_WEIGHTS_ERROR_NEGATIVE,   /* a weight below zero */
  CB_WEIGHTS_ERROR_NOT_FINITE, /* NaN or infinite */
  CB_WEIGHTS_ERROR_ALL_ZERO,   /* nothing left to weight in a group */
} CbWeightsError;

#define CB_TYPE_WEIGHTS (cb_weights_get_type ())

typedef struct _CbWeights CbWeights;

GType       cb_weights_get_type           (void) G_GNUC_CONST;
GQuark      cb_weights_error_quark        (void);

CbWeights  *cb_weights_new                (const CbDataset  *dataset,
                                           const double     *dimension_weights,
                                           const double     *indicator_weights,
                                           GError          **error);
CbWeights  *cb_weights_new_equal          (const CbDataset  *dataset);
CbWeights  *cb_weights_new_from_weight_set (const CbDataset *dataset,
                                           CbWeightSet      *weight_set,
                                           GError          **error);
CbWeights  *cb_weights_ref                (CbWeights        *self);
void        cb_weights_unref              (CbWeights        *self);

guint       cb_weights_get_n_dimensions   (const CbWeights  *self);
guint       cb_weights_get_n_indicators   (const CbWeights  *self);
double      cb_weights_get_dimension      (const CbWeights  *self,
                                           guint             dimension);
double      cb_weights_get_indicator      (const CbWeights  *self,
                                           guint             indicator);
double      cb_weights_get_effective      (const CbWeights  *self,
                                           guint             indicator);
const char *cb_weights_get_note           (const CbWeights  *self);

double      cb_weights_rebalance          (double           *weights,
                                           const gboolean   *locked,
                                           guint             n,
                                           guint             changed,
                                           double            value);
void        cb_weights_equalise           (double           *weights,
                                           const gboolean   *locked,
                                           guint             n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbWeights, cb_weights_unref)

G_END_DECLS
