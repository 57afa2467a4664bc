/* cb-undo-stack.h: undo and redo of workbook changes
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-import.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

#define CB_TYPE_UNDO_STACK (cb_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (CbUndoStack, cb_undo_stack, CB, UNDO_STACK, GObject)

CbUndoStack *cb_undo_stack_new            (CbWorkbook   *workbook);
CbWorkbook  *cb_undo_stack_get_workbook   (CbUndoStack  *self);
gboolean     cb_undo_stack_get_can_undo   (CbUndoStack  *self);
gboolean     cb_undo_stack_get_can_redo   (CbUndoStack  *self);
const char  *cb_undo_stack_get_undo_label (CbUndoStack  *self);
const char  *cb_undo_stack_get_redo_label (CbUndoStack  *self);
gboolean     cb_undo_stack_undo           (CbUndoStack  *self,
                                           GError      **error);
gboolean     cb_undo_stack_redo           (CbUndoStack  *self,
                                           GError      **error);
void         cb_undo_stack_clear          (CbUndoStack  *self);

gboolean     cb_undo_stack_set_score      (CbUndoStack  *self,
                                           CbScore      *score,
                                           GError      **error);
gint64       cb_undo_stack_add_case       (CbUndoStack  *self,
                                           CbCase       *a_case,
                                           GError      **error);
gboolean     cb_undo_stack_update_case    (CbUndoStack  *self,
                                           CbCase       *a_case,
                                           GError      **error);
gboolean     cb_undo_stack_delete_case    (CbUndoStack  *self,
                                           gint64        case_id,
                                           GError      **error);
gint64       cb_undo_stack_add_indicator    (CbUndoStack  *self,
                                             CbIndicator  *indicator,
                                             GError      **error);
gboolean     cb_undo_stack_update_indicator (CbUndoStack  *self,
                                             CbIndicator  *indicator,
                                             GError      **error);
gboolean     cb_undo_stack_delete_indicator (CbUndoStack  *self,
                                             gint64        indicator_id,
                                             GError      **error);

gint64       cb_undo_stack_add_weight_set    (CbUndoStack  *self,
                                              CbWeightSet  *weight_set,
                                              GError      **error);
gboolean     cb_undo_stack_delete_weight_set (CbUndoStack  *self,
                                              gint64        id,
                                              GError      **error);
gboolean     cb_undo_stack_import            (CbUndoStack  *self,
                                              CbImport     *import,
                                              GError      **error);
gboolean     cb_undo_stack_update_weight_set (CbUndoStack  *self,
                                              CbWeightSet  *weight_set,
                                              GError      **error);

G_END_DECLS
