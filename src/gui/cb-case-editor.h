/* cb-case-editor.h: a dialog to add or change a case
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_CASE_EDITOR (cb_case_editor_get_type ())

G_DECLARE_FINAL_TYPE (CbCaseEditor, cb_case_editor, CB, CASE_EDITOR, AdwWindow)

GtkWidget *cb_case_editor_new      (GtkWindow    *parent,
                                    CbWorkbook   *workbook,
                                    CbUndoStack  *undo_stack,
                                    CbCase       *a_case);
gboolean   cb_case_editor_save     (CbCaseEditor *self,
                                    GError      **error);
void       cb_case_editor_set_text (CbCaseEditor *self,
                                    const char   *field,
                                    const char   *text);

G_END_DECLS
