/* cb-case-view.h: one case, its profile and its scores
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-score-row.h"
#include "cb-session.h"
#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_CASE_VIEW (cb_case_view_get_type ())

G_DECLARE_FINAL_TYPE (CbCaseView, cb_case_view, CB, CASE_VIEW, GtkWidget)

void        cb_case_view_set_session   (CbCaseView  *self,
                                        CbSession   *session,
                                        CbUndoStack *undo_stack);
CbScoreRow *cb_case_view_find_row      (CbCaseView  *self,
                                        gint64       indicator_id);

G_END_DECLS
