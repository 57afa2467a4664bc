/* cb-workbook.h: the workbook store, one SQLite file
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cb-case.h"
#include "cb-dimension.h"
#include "cb-indicator.h"
#include "cb-score.h"
#include "cb-weight-set.h"

G_BEGIN_DECLS

#define CB_WORKBOOK_ERROR (cb_workbook_error_quark ())

typedef enum
{
  CB_WORKBOOK_ERROR_NOT_SQLITE,   /* the file is not an SQLite database */
  CB_WORKBOOK_ERROR_NOT_WORKBOOK, /* an SQLite database, but not a workbook */
  CB_WORKBOOK_ERROR_DAMAGED,      /* the file is damaged */
  CB_WORKBOOK_ERROR_TOO_NEW,      /* written by a newer Casebench */
  CB_WORKBOOK_ERROR_BUSY,         /* locked by another program */
  CB_WORKBOOK_ERROR_READ_ONLY,    /* a change was asked of a read-only workbook */
  CB_WORKBOOK_ERROR_NOT_FOUND,    /* no such file, or no such record */
  CB_WORKBOOK_ERROR_EXISTS,       /* the file exists and will not be overwritten */
  CB_WORKBOOK_ERROR_INVALID,      /* a value breaks a rule of the workbook */
  CB_WORKBOOK_ERROR_DUPLICATE,    /* a code is already taken */
  CB_WORKBOOK_ERROR_MIGRATION,    /* an older workbook could not be upgraded */
  CB_WORKBOOK_ERROR_IO,           /* any other failure to read or write */
} CbWorkbookError;

/* What a new workbook holds. */
typedef enum
{
  CB_WORKBOOK_CONTENT_DEFAULT,    /* the six city models, framework and weights */
  CB_WORKBOOK_CONTENT_FRAMEWORK,  /* the framework and weight sets, no cases */
} CbWorkbookContent;

/* The PRAGMA application_id of a workbook: "CBWB". */
#define CB_WORKBOOK_APPLICATION_ID 0x43425742
#define CB_WORKBOOK_SCHEMA_VERSION 1
#define CB_WORKBOOK_SUFFIX ".casebench"

#define CB_TYPE_WORKBOOK (cb_workbook_get_type ())

G_DECLARE_FINAL_TYPE (CbWorkbook, cb_workbook, CB, WORKBOOK, GObject)

GQuark       cb_workbook_error_quark        (void);

CbWorkbook  *cb_workbook_new_in_memory      (CbWorkbookContent   content,
                                             GError            **error);
CbWorkbook  *cb_workbook_create             (const char         *path,
                                             CbWorkbookContent   content,
                                             GError            **error);
CbWorkbook  *cb_workbook_open               (const char         *path,
                                             GError            **error);
CbWorkbook  *cb_workbook_open_user          (GError            **error);
char        *cb_workbook_dup_user_path      (void);
gboolean     cb_workbook_save_as            (CbWorkbook         *self,
                                             const char         *path,
                                             GError            **error);
void         cb_workbook_close              (CbWorkbook         *self);

const char  *cb_workbook_get_path           (CbWorkbook         *self);
gboolean     cb_workbook_is_read_only       (CbWorkbook         *self);
const char  *cb_workbook_get_read_only_reason (CbWorkbook       *self);
const char  *cb_workbook_get_backup_path    (CbWorkbook         *self);

char        *cb_workbook_dup_meta           (CbWorkbook         *self,
                                             const char         *key);
gboolean     cb_workbook_set_meta           (CbWorkbook         *self,
                                             const char         *key,
                                             const char         *value,
                                             GError            **error);

/* The framework */
GListModel  *cb_workbook_get_dimensions     (CbWorkbook         *self);
GListModel  *cb_workbook_get_indicators     (CbWorkbook         *self);
CbDimension *cb_workbook_find_dimension     (CbWorkbook         *self,
                                             const char         *code);
CbDimension *cb_workbook_lookup_dimension   (CbWorkbook         *self,
                                             gint64              id);
CbIndicator *cb_workbook_find_indicator     (CbWorkbook         *self,
                                             const char         *code);
CbIndicator *cb_workbook_lookup_indicator   (CbWorkbook         *self,
                                             gint64              id);
GPtrArray   *cb_workbook_list_indicators_of (CbWorkbook         *self,
                                             gint64              dimension_id);
gint64       cb_workbook_add_dimension      (CbWorkbook         *self,
                                             CbDimension        *dimension,
                                             GError            **error);
gboolean     cb_workbook_update_dimension   (CbWorkbook         *self,
                                             CbDimension        *dimension,
                                             GError            **error);
gboolean     cb_workbook_delete_dimension   (CbWorkbook         *self,
                                             gint64              id,
                                             GError            **error);
gint64       cb_workbook_add_indicator      (CbWorkbook         *self,
                                             CbIndicator        *indicator,
                                             GError            **error);
gboolean     cb_workbook_update_indicator   (CbWorkbook         *self,
                                             CbIndicator        *indicator,
                                             GError            **error);
gboolean     cb_workbook_set_target         (CbWorkbook         *self,
                                             gint64              indicator_id,
                                             double              target,
                                             GError            **error);
gboolean     cb_workbook_restore_indicator  (CbWorkbook         *self,
                                             CbIndicator        *indicator,
                                             GPtrArray          *scores,
                                             GPtrArray          *weight_sets,
                                             GError            **error);
gboolean     cb_workbook_delete_indicator   (CbWorkbook         *self,
                                             gint64              id,
                                             GError            **error);

/* Cases and their scores */
GListModel  *cb_workbook_get_cases          (CbWorkbook         *self);
CbCase      *cb_workbook_find_case          (CbWorkbook         *self,
                                             const char         *code);
CbCase      *cb_workbook_lookup_case        (CbWorkbook         *self,
                                             gint64              id);
gint64       cb_workbook_add_case           (CbWorkbook         *self,
                                             CbCase             *a_case,
                                             GError            **error);
gboolean     cb_workbook_update_case        (CbWorkbook         *self,
                                             CbCase             *a_case,
                                             GError            **error);
gboolean     cb_workbook_restore_case       (CbWorkbook         *self,
                                             CbCase             *a_case,
                                             GPtrArray          *scores,
                                             GError            **error);
gboolean     cb_workbook_put_back_cases     (CbWorkbook         *self,
                                            const char * const *remove_codes,
                                            GPtrArray          *cases,
                                            GPtrArray          *scores,
                                            GError            **error);
gboolean     cb_workbook_delete_case        (CbWorkbook         *self,
                                             gint64              id,
                                             GError            **error);
GListModel  *cb_workbook_get_scores         (CbWorkbook         *self);
CbScore     *cb_workbook_get_score          (CbWorkbook         *self,
                                             gint64              case_id,
                                             gint64              indicator_id);
gboolean     cb_workbook_set_score          (CbWorkbook         *self,
                                             CbScore            *score,
                                             GError            **error);
gboolean     cb_workbook_delete_score       (CbWorkbook         *self,
                                             gint64              case_id,
                                             gint64              indicator_id,
                                             GError            **error);

/* Weight sets, with their weights and AHP judgements */
GListModel  *cb_workbook_get_weight_sets    (CbWorkbook         *self);
CbWeightSet *cb_workbook_find_weight_set    (CbWorkbook         *self,
                                             const char         *code);
CbWeightSet *cb_workbook_lookup_weight_set  (CbWorkbook         *self,
                                             gint64              id);
CbWeightSet *cb_workbook_get_default_weight_set (CbWorkbook     *self);
gint64       cb_workbook_add_weight_set     (CbWorkbook         *self,
                                             CbWeightSet        *weight_set,
                                             GError            **error);
gboolean     cb_workbook_restore_weight_set (CbWorkbook         *self,
                                             CbWeightSet        *weight_set,
                                             GError            **error);
gboolean     cb_workbook_update_weight_set  (CbWorkbook         *self,
                                             CbWeightSet        *weight_set,
                                             GError            **error);
gboolean     cb_workbook_delete_weight_set  (CbWorkbook         *self,
                                             gint64              id,
                                             GError            **error);

G_END_DECLS
