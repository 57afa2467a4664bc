/* cb-weight-set.h: a named weighting scenario with its weights and AHP judgements
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-judgement.h"
#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_WEIGHT_SET (cb_weight_set_get_type ())

G_DECLARE_FINAL_TYPE (CbWeightSet, cb_weight_set, CB, WEIGHT_SET, GObject)

CbWeightSet *cb_weight_set_new  (void);
CbWeightSet *cb_weight_set_copy (CbWeightSet *self);
gboolean cb_weight_set_is_sealed (CbWeightSet *self);

gint64 cb_weight_set_get_id (CbWeightSet *self);
const char *cb_weight_set_get_code (CbWeightSet *self);
CbText *cb_weight_set_get_name (CbWeightSet *self);
CbText *cb_weight_set_get_note (CbWeightSet *self);
int cb_weight_set_get_position (CbWeightSet *self);

void cb_weight_set_set_id (CbWeightSet *self,
                           gint64 id);
void cb_weight_set_set_code (CbWeightSet *self,
                             const char *code);
void cb_weight_set_set_name (CbWeightSet *self,
                             CbText *name);
void cb_weight_set_set_note (CbWeightSet *self,
                             CbText *note);
void cb_weight_set_set_position (CbWeightSet *self,
                                 int position);

gboolean   cb_weight_set_get_dimension_weight (CbWeightSet     *self,
                                               gint64           dimension_id,
                                               double          *weight);
void       cb_weight_set_set_dimension_weight (CbWeightSet     *self,
                                               gint64           dimension_id,
                                               double           weight);
GArray    *cb_weight_set_list_dimension_ids   (CbWeightSet     *self);
gboolean   cb_weight_set_get_indicator_weight (CbWeightSet     *self,
                                               gint64           indicator_id,
                                               double          *weight);
void       cb_weight_set_set_indicator_weight (CbWeightSet     *self,
                                               gint64           indicator_id,
                                               double           weight);
GArray    *cb_weight_set_list_indicator_ids   (CbWeightSet     *self);
GPtrArray *cb_weight_set_get_judgements       (CbWeightSet     *self);
void       cb_weight_set_set_judgement        (CbWeightSet     *self,
                                               CbJudgement     *judgement);
void       cb_weight_set_clear_judgements     (CbWeightSet     *self,
                                               CbJudgementKind  kind,
                                               const char      *rater);

G_END_DECLS
