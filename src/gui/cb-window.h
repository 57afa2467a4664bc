/* cb-window.h: the Casebench main window
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-application.h"
#include "cb-case-list.h"
#include "cb-case-view.h"
#include "cb-compare-view.h"
#include "cb-sensitivity-view.h"
#include "cb-weights-view.h"
#include "cb-session.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

#define CB_TYPE_WINDOW (cb_window_get_type ())

G_DECLARE_FINAL_TYPE (CbWindow, cb_window, CB, WINDOW, AdwApplicationWindow)

CbWindow          *cb_window_new                  (CbApplication *application,
                                                   CbWorkbook    *workbook,
                                                   const char    *load_error);
CbWorkbook        *cb_window_get_workbook         (CbWindow      *self);
CbSession         *cb_window_get_session          (CbWindow      *self);
CbCaseList        *cb_window_get_case_list        (CbWindow      *self);
CbCompareView     *cb_window_get_compare_view     (CbWindow      *self);
CbWeightsView     *cb_window_get_weights_view     (CbWindow      *self);
CbSensitivityView *cb_window_get_sensitivity_view (CbWindow      *self);
CbCaseView        *cb_window_get_case_view        (CbWindow      *self);
CbUndoStack       *cb_window_get_undo_stack       (CbWindow      *self);
GMenuModel        *cb_window_get_recent_menu      (CbWindow      *self);
void               cb_window_show_message         (CbWindow      *self,
                                                   const char    *message);
void               cb_window_set_workbook         (CbWindow      *self,
                                                   CbWorkbook    *workbook);
gboolean           cb_window_open_file            (CbWindow      *self,
                                                   GFile         *file);
gboolean           cb_window_save_as_file         (CbWindow      *self,
                                                   GFile         *file);
GtkWidget         *cb_window_import_file          (CbWindow      *self,
                                                   GFile         *file);
gboolean           cb_window_report_file          (CbWindow      *self,
                                                   GFile         *file);
gboolean           cb_window_new_file             (CbWindow          *self,
                                                   GFile             *file,
                                                   CbWorkbookContent  content);

G_END_DECLS
