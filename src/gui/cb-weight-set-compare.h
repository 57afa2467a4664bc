/* cb-weight-set-compare.h: two weight sets side by side, weights and ranks
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-chart-view.h"
#include "cb-session.h"

G_BEGIN_DECLS

#define CB_TYPE_WEIGHT_SET_COMPARE (cb_weight_set_compare_get_type ())

G_DECLARE_FINAL_TYPE (CbWeightSetCompare, cb_weight_set_compare, CB, WEIGHT_SET_COMPARE, AdwWindow)

GtkWidget   *cb_weight_set_compare_new       (CbSession          *session);
void         cb_weight_set_compare_set_sets  (CbWeightSetCompare *self,
                                              CbWeightSet        *a,
                                              CbWeightSet        *b);
CbChartView *cb_weight_set_compare_get_chart (CbWeightSetCompare *self);
char        *cb_weight_set_compare_dup_table (CbWeightSetCompare *self);

G_END_DECLS
