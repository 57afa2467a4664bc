/* cb-framework-dialog.h: the indicators of each dimension, to change
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_FRAMEWORK_DIALOG (cb_framework_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbFrameworkDialog, cb_framework_dialog, CB, FRAMEWORK_DIALOG, AdwWindow)

GtkWidget *cb_framework_dialog_new           (GtkWindow         *parent,
                                              CbWorkbook        *workbook,
                                              CbUndoStack       *undo_stack);
gboolean   cb_framework_dialog_add_indicator (CbFrameworkDialog *self,
                                              gint64             dimension_id,
                                              const char        *code,
                                              const char        *name_en,
                                              const char        *name_zh,
                                              GError           **error);
GtkWidget *cb_framework_dialog_ask_delete    (CbFrameworkDialog *self,
                                              gint64             indicator_id);

G_END_DECLS
