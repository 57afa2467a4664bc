/* cb-pairwise-dialog.h: AHP judgements made pair by pair, with weights and consistency live
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-ahp.h"

G_BEGIN_DECLS

#define CB_TYPE_PAIRWISE_DIALOG (cb_pairwise_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbPairwiseDialog, cb_pairwise_dialog, CB, PAIRWISE_DIALOG, AdwWindow)

GtkWidget   *cb_pairwise_dialog_new           (const char         *title,
                                               guint               n,
                                               const char * const *names,
                                               const double       *judgements);
guint        cb_pairwise_dialog_get_n         (CbPairwiseDialog   *self);
void         cb_pairwise_dialog_set_judgement (CbPairwiseDialog   *self,
                                               guint               row,
                                               guint               column,
                                               double              value);
double       cb_pairwise_dialog_get_judgement (CbPairwiseDialog   *self,
                                               guint               row,
                                               guint               column);
GtkRange    *cb_pairwise_dialog_get_scale     (CbPairwiseDialog   *self,
                                               guint               row,
                                               guint               column);
CbAhpResult *cb_pairwise_dialog_get_result    (CbPairwiseDialog   *self);
gboolean     cb_pairwise_dialog_get_revision  (CbPairwiseDialog   *self,
                                               CbAhpRevision      *revision);
const char  *cb_pairwise_dialog_get_summary   (CbPairwiseDialog   *self);
void         cb_pairwise_dialog_use_revision  (CbPairwiseDialog   *self);
void         cb_pairwise_dialog_apply         (CbPairwiseDialog   *self);

G_END_DECLS
