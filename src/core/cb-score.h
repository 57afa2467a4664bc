/* cb-score.h: the score of one case on one indicator, with its evidence
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-enums.h"
#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_SCORE (cb_score_get_type ())

G_DECLARE_FINAL_TYPE (CbScore, cb_score, CB, SCORE, GObject)

CbScore *cb_score_new  (void);
CbScore *cb_score_copy (CbScore *self);
gboolean cb_score_is_sealed (CbScore *self);

gint64 cb_score_get_case_id (CbScore *self);
gint64 cb_score_get_indicator_id (CbScore *self);
gboolean cb_score_get_has_value (CbScore *self);
double cb_score_get_value (CbScore *self);
CbText *cb_score_get_evidence (CbScore *self);
const char *cb_score_get_source (CbScore *self);
CbConfidence cb_score_get_confidence (CbScore *self);

void cb_score_set_case_id (CbScore *self,
                           gint64 case_id);
void cb_score_set_indicator_id (CbScore *self,
                                gint64 indicator_id);
void cb_score_set_has_value (CbScore *self,
                             gboolean has_value);
void cb_score_set_value (CbScore *self,
                         double value);
void cb_score_set_evidence (CbScore *self,
                            CbText *evidence);
void cb_score_set_source (CbScore *self,
                          const char *source);
void cb_score_set_confidence (CbScore *self,
                              CbConfidence confidence);

G_END_DECLS
