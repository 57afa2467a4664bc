/* cb-import-dialog.h: a CSV file's cases and scores previewed, then imported
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-import.h"
#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_IMPORT_DIALOG (cb_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbImportDialog, cb_import_dialog, CB, IMPORT_DIALOG, AdwWindow)

GtkWidget  *cb_import_dialog_new         (GtkWindow      *parent,
                                          CbUndoStack    *undo_stack,
                                          const char     *path);
CbImport   *cb_import_dialog_get_import  (CbImportDialog *self);
gboolean    cb_import_dialog_can_import  (CbImportDialog *self);
char       *cb_import_dialog_dup_summary (CbImportDialog *self);
gboolean    cb_import_dialog_commit      (CbImportDialog *self);

G_END_DECLS
