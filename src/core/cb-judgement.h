/* cb-judgement.h: one AHP pairwise judgement
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-enums.h"

G_BEGIN_DECLS

#define CB_TYPE_JUDGEMENT (cb_judgement_get_type ())

typedef struct _CbJudgement CbJudgement;

GType            cb_judgement_get_type  (void) G_GNUC_CONST;

CbJudgement     *cb_judgement_new       (CbJudgementKind    kind,
                                         const char        *rater,
                                         gint64             a_id,
                                         gint64             b_id,
                                         double             value);
CbJudgement     *cb_judgement_ref       (CbJudgement       *self);
void             cb_judgement_unref     (CbJudgement       *self);

CbJudgementKind  cb_judgement_get_kind  (const CbJudgement *self);
const char      *cb_judgement_get_rater (const CbJudgement *self);
gint64           cb_judgement_get_a_id  (const CbJudgement *self);
gint64           cb_judgement_get_b_id  (const CbJudgement *self);
double           cb_judgement_get_value (const CbJudgement *self);
gboolean         cb_judgement_same_pair (const CbJudgement *a,
                                         const CbJudgement *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbJudgement, cb_judgement_unref)

G_END_DECLS
