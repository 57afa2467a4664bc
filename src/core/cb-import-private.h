/* cb-import-private.h: what the files of CbImport share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-csv.h"
#include "cb-import.h"

G_BEGIN_DECLS

/* One case of the file, as it will be written. */
typedef struct
{
  char      *code;
  CbCase    *existing;   /* the workbook's case, or NULL for a new one */
  char      *name_en;    /* NULL when the file does not name it */
  char      *name_zh;
  int        reference;  /* 1, 0, or -1 when the file does not say */
  guint      row;        /* its first row in the table */
  GPtrArray *scores;     /* CbScore, unsealed; case id 0 for a new case */
} CbImportCase;

/* What a table would do to a workbook, and what is wrong with it. */
typedef struct
{
  CbCsvLayout  layout;
  GPtrArray   *cases;     /* CbImportCase, in the order of the file */
  GPtrArray   *problems;  /* CbImportProblem */
  gboolean     truncated; /* more problems than CB_IMPORT_MAX_PROBLEMS */
  guint        n_new;
  guint        n_updated;
  guint        n_scores;
} CbImportPlan;

CbImportPlan *_cb_import_plan_new   (CbWorkbook       *workbook,
                                     const CbCsvTable *table);
void          _cb_import_plan_free  (CbImportPlan     *plan);
gboolean      _cb_import_plan_add_problem (CbImportPlan *plan,
                                     CbImportProblem  *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbImportPlan, _cb_import_plan_free)

G_END_DECLS
