/* cb-report.h: the workbook's analysis as a multi-page PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cb-sensitivity.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

#define CB_REPORT_ERROR (cb_report_error_quark ())

typedef enum
{
  CB_REPORT_ERROR_WRITE,    /* the file could not be written */
  CB_REPORT_ERROR_NO_CASES, /* the workbook has no case or no indicator to report on */
} CbReportError;

typedef enum
{
  CB_REPORT_PAPER_A4,     /* 210 × 297 mm */
  CB_REPORT_PAPER_LETTER, /* 8.5 × 11 in */
} CbReportPaper;

/* What a report shows and how. Headings and other text of the report's
 * own follow the language of the interface (gettext), as the charts'
 * do; names, evidence and other data come from the workbook in the
 * language asked for here. */
typedef struct
{
  CbReportPaper          paper;
  CbLanguage             language;
  CbWeightSet           *weight_set;          /* NULL: the workbook's default */
  CbNormalisation        normalisation;
  CbAggregation          aggregation;
  gboolean               include_sensitivity;
  CbSensitivitySettings  sensitivity;         /* its normalisation and aggregation are
                                               * taken from the fields above */
  GDateTime             *date;                /* the date on the title page; NULL: today */
} CbReportOptions;

GQuark      cb_report_error_quark       (void);

void        cb_report_options_init      (CbReportOptions       *options);
const char *cb_report_paper_to_string   (CbReportPaper          paper);
gboolean    cb_report_paper_from_string (const char            *text,
                                         CbReportPaper         *paper);
void        cb_report_paper_get_size    (CbReportPaper          paper,
                                         double                *width,
                                         double                *height);
gboolean    cb_report_write             (CbWorkbook            *workbook,
                                         const CbReportOptions *options,
                                         const char            *path,
                                         GCancellable          *cancellable,
                                         GError               **error);

G_END_DECLS
