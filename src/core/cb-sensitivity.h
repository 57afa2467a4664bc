/* cb-sensitivity.h: Monte Carlo uncertainty of the ranking
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cb-analysis.h"

G_BEGIN_DECLS

typedef struct
{
  guint           samples;          /* number of draws, ≥ 1 */
  double          noise;            /* φ: each weight moves by up to ±φ of itself */
  guint32         seed;             /* the same seed gives the same draws */
  gboolean        dirichlet;        /* draw weights uniformly on the simplex instead */
  gboolean        vary_aggregation; /* draw arithmetic or geometric per sample */
  CbNormalisation normalisation;
  CbAggregation   aggregation;      /* the nominal one */
} CbSensitivitySettings;

/* Called now and then with the share of samples done, 0 to 1. */
typedef void (*CbProgressFunc) (double   fraction,
                                gpointer user_data);

#define CB_TYPE_SENSITIVITY (cb_sensitivity_get_type ())

typedef struct _CbSensitivity CbSensitivity;

void                         cb_sensitivity_settings_init (CbSensitivitySettings       *settings);

GType                        cb_sensitivity_get_type      (void) G_GNUC_CONST;
CbSensitivity               *cb_sensitivity_run           (const CbDataset             *dataset,
                                                           const CbWeights             *weights,
                                                           const CbSensitivitySettings *settings,
                                                           CbProgressFunc               progress,
                                                           gpointer                     user_data,
                                                           GCancellable                *cancellable,
                                                           GError                     **error);
CbSensitivity               *cb_sensitivity_ref           (CbSensitivity               *self);
void                         cb_sensitivity_unref         (CbSensitivity               *self);

const CbSensitivitySettings *cb_sensitivity_get_settings  (const CbSensitivity         *self);
CbResult                    *cb_sensitivity_get_nominal   (const CbSensitivity         *self);
guint                        cb_sensitivity_get_n_ranked  (const CbSensitivity         *self);
guint                        cb_sensitivity_get_nominal_rank (const CbSensitivity      *self,
                                                           guint                        c);
double                       cb_sensitivity_get_mean_rank (const CbSensitivity         *self,
                                                           guint                        c);
double                       cb_sensitivity_get_quantile  (const CbSensitivity         *self,
                                                           guint                        c,
                                                           double                       p);
double                       cb_sensitivity_get_probability (const CbSensitivity       *self,
                                                           guint                        c,
                                                           guint                        rank);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbSensitivity, cb_sensitivity_unref)

G_END_DECLS
