/* cb-import.h: cases and scores from a CSV file into a workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cb-enums.h"
#include "cb-import-problem.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

/* Problems listed at most; the check stops after as many. */
#define CB_IMPORT_MAX_PROBLEMS 50

#define CB_TYPE_IMPORT (cb_import_get_type ())

G_DECLARE_FINAL_TYPE (CbImport, cb_import, CB, IMPORT, GObject)

CbImport           *cb_import_new_from_file          (CbWorkbook  *workbook,
                                                      const char  *path);
CbImport           *cb_import_new_from_bytes         (CbWorkbook  *workbook,
                                                      GBytes      *bytes,
                                                      const char  *path);

CbWorkbook         *cb_import_get_workbook           (CbImport    *self);
const char         *cb_import_get_path               (CbImport    *self);
CbCsvLayout         cb_import_get_layout             (CbImport    *self);
gboolean            cb_import_is_valid               (CbImport    *self);
GListModel         *cb_import_get_problems           (CbImport    *self);
gboolean            cb_import_get_problems_truncated (CbImport    *self);
guint               cb_import_get_n_new_cases        (CbImport    *self);
guint               cb_import_get_n_updated_cases    (CbImport    *self);
guint               cb_import_get_n_scores           (CbImport    *self);
GStrv               cb_import_dup_new_case_codes     (CbImport    *self);
GStrv               cb_import_dup_updated_case_codes (CbImport    *self);

void                cb_import_refresh                (CbImport    *self);
gboolean            cb_import_commit                 (CbImport    *self,
                                                      GError     **error);

G_END_DECLS
