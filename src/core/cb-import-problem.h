/* cb-import-problem.h: one thing wrong with a CSV file to import, and where
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CB_IMPORT_ERROR (cb_import_error_quark ())

/* What is wrong; a problem's code and, for cb_import_commit (), the code
 * of the first problem. */
typedef enum
{
  CB_IMPORT_ERROR_IO,                 /* the file could not be read */
  CB_IMPORT_ERROR_EMPTY,              /* no header, or no rows under it */
  CB_IMPORT_ERROR_INVALID_UTF8,       /* not UTF-8 text */
  CB_IMPORT_ERROR_UNTERMINATED_QUOTE, /* a quoted field never closed */
  CB_IMPORT_ERROR_STRAY_QUOTE,        /* a quote where none can be */
  CB_IMPORT_ERROR_MISSING_COLUMN,     /* the header lacks a required column */
  CB_IMPORT_ERROR_UNKNOWN_COLUMN,     /* a column the format does not know, or without a name */
  CB_IMPORT_ERROR_DUPLICATE_COLUMN,   /* two columns for the same thing */
  CB_IMPORT_ERROR_COLUMN_COUNT,       /* a row with more or fewer fields than the header */
  CB_IMPORT_ERROR_INVALID_CODE,       /* a case code that is empty or not a code */
  CB_IMPORT_ERROR_UNKNOWN_INDICATOR,  /* an indicator code the workbook does not have */
  CB_IMPORT_ERROR_DUPLICATE_CASE,     /* a case twice in a wide file */
  CB_IMPORT_ERROR_DUPLICATE_SCORE,    /* a case and indicator twice in a long file */
  CB_IMPORT_ERROR_NOT_NUMBER,         /* a score that is not a number */
  CB_IMPORT_ERROR_OUT_OF_SCALE,       /* a score outside its indicator's scale */
  CB_IMPORT_ERROR_INVALID_VALUE,      /* a confidence or reference cell it cannot read */
  CB_IMPORT_ERROR_MISSING_NAME,       /* a new case without a name */
  CB_IMPORT_ERROR_CONFLICT,           /* rows of one case that disagree on its name */
} CbImportError;

#define CB_TYPE_IMPORT_PROBLEM (cb_import_problem_get_type ())

G_DECLARE_FINAL_TYPE (CbImportProblem, cb_import_problem, CB, IMPORT_PROBLEM, GObject)

GQuark           cb_import_error_quark          (void);

CbImportProblem *cb_import_problem_new          (CbImportError    code,
                                                 const char      *path,
                                                 guint            line,
                                                 guint            column,
                                                 const char      *message);

CbImportError    cb_import_problem_get_code     (CbImportProblem *self);
const char      *cb_import_problem_get_path     (CbImportProblem *self);
guint            cb_import_problem_get_line     (CbImportProblem *self);
guint            cb_import_problem_get_column   (CbImportProblem *self);
const char      *cb_import_problem_get_message  (CbImportProblem *self);
char            *cb_import_problem_dup_text     (CbImportProblem *self);

G_END_DECLS
