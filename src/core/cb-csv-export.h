/* cb-csv-export.h: scores and results as CSV
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cb-analysis.h"
#include "cb-enums.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

char     *cb_csv_export_scores  (CbWorkbook      *workbook,
                                 CbCsvLayout      layout);
char     *cb_csv_export_results (const CbResult  *result,
                                 const char      *weight_set_code,
                                 CbCsvLayout      layout);
gboolean  cb_csv_write_file     (const char      *path,
                                 const char      *text,
                                 GError         **error);

G_END_DECLS
