/* cb-score-row.h: one indicator's score of a case, to read and edit
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_SCORE_ROW (cb_score_row_get_type ())

G_DECLARE_FINAL_TYPE (CbScoreRow, cb_score_row, CB, SCORE_ROW, AdwExpanderRow)

GtkWidget     *cb_score_row_new            (CbWorkbook  *workbook,
                                            CbUndoStack *undo_stack,
                                            gint64       case_id,
                                            gint64       indicator_id);
void           cb_score_row_update         (CbScoreRow  *self,
                                            double       gap);
GtkSpinButton *cb_score_row_get_spin       (CbScoreRow  *self);
gint64         cb_score_row_get_indicator  (CbScoreRow  *self);

G_END_DECLS
