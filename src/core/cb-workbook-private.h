/* cb-workbook-private.h: what the files of CbWorkbook share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cb-model-private.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _CbWorkbook
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;              /* NULL when in memory */
  char *read_only_reason;  /* NULL when writable */
  char *backup_path;       /* the copy written before a migration */

  GListStore *dimensions;
  GListStore *indicators;
  GListStore *cases;
  GListStore *scores;
  GListStore *weight_sets;
  GHashTable *score_index; /* "case-id:indicator-id" → CbScore, owned by scores */
};

/* One step of the schema: from `from_version` to `from_version + 1`. */
typedef struct
{
  guint       from_version;
  const char *sql;
} CbMigration;

/* A schema: version 1 (schema-v1.sql) and the steps after it. */
typedef struct
{
  guint              version;
  const CbMigration *migrations;
  guint              n_migrations;
} CbSchema;

extern const CbSchema _cb_workbook_schema;

/* How long to wait for a lock held by another program. */
#define CB_WORKBOOK_BUSY_TIMEOUT_MS 3000

/* cb-workbook.c */
CbWorkbook   *_cb_workbook_open_full      (const char        *path,
                                           const CbSchema    *schema,
                                           int                busy_timeout_ms,
                                           GError           **error);
sqlite3_stmt *_cb_workbook_prepare        (CbWorkbook        *self,
                                           const char        *sql,
                                           GError           **error);
gboolean      _cb_workbook_step_done      (CbWorkbook        *self,
                                           sqlite3_stmt      *stmt,
                                           GError           **error);
gboolean      _cb_workbook_begin          (CbWorkbook        *self,
                                           GError           **error);
gboolean      _cb_workbook_commit         (CbWorkbook        *self,
                                           GError           **error);
void          _cb_workbook_rollback       (CbWorkbook        *self);
void          _cb_workbook_set_error      (CbWorkbook        *self,
                                           GError           **error,
                                           int                rc);
void          _cb_bind_text               (sqlite3_stmt      *stmt,
                                           int                index,
                                           const char        *text);
const char   *_cb_column_text             (sqlite3_stmt      *stmt,
                                           int                index);
CbText       *_cb_column_pair             (sqlite3_stmt      *stmt,
                                           int                index);
gboolean      _cb_check_code              (const char        *code,
                                           GError           **error);
gboolean      _cb_check_name              (CbText            *name,
                                           const char        *code,
                                           GError           **error);
gpointer      _cb_store_find              (GListStore        *store,
                                           const char        *code,
                                           gint64             id);
guint         _cb_store_find_id           (GListStore        *store,
                                           gint64             id);
void          _cb_store_put               (GListStore        *store,
                                           gpointer           item,
                                           GCompareDataFunc   compare);

gboolean      _cb_workbook_delete_row     (CbWorkbook        *self,
                                           const char        *sql,
                                           gint64             id,
                                           const char        *missing,
                                           GError           **error);

/* cb-workbook-schema.c */
gboolean      _cb_workbook_create_schema  (sqlite3           *db,
                                           const CbSchema    *schema,
                                           CbWorkbookContent  content,
                                           GError           **error);
gboolean      _cb_workbook_check_schema   (sqlite3           *db,
                                           const char        *path,
                                           const CbSchema    *schema,
                                           guint             *version,
                                           GError           **error);
gboolean      _cb_workbook_migrate        (CbWorkbook        *self,
                                           const CbSchema    *schema,
                                           guint              from_version,
                                           GError           **error);
gboolean      _cb_workbook_copy_to        (sqlite3           *db,
                                           const char        *path,
                                           GError           **error);

/* cb-workbook-framework.c, cb-workbook-cases.c, cb-workbook-weights.c */
gboolean      _cb_workbook_insert_score   (CbWorkbook        *self,
                                           CbScore           *score,
                                           GError           **error);
sqlite3_stmt *_cb_workbook_prepare_score_upsert (CbWorkbook  *self,
                                           GError           **error);
gboolean      _cb_workbook_upsert_score   (CbWorkbook        *self,
                                           sqlite3_stmt      *stmt,
                                           CbScore           *score,
                                           GError           **error);
gboolean      _cb_workbook_write_weights  (CbWorkbook        *self,
                                           CbWeightSet       *set,
                                           GError           **error);
gboolean      _cb_workbook_load_framework (CbWorkbook        *self,
                                           GError           **error);
gboolean      _cb_workbook_load_cases     (CbWorkbook        *self,
                                           GError           **error);
gboolean      _cb_workbook_load_scores    (CbWorkbook        *self,
                                           GError           **error);
gboolean      _cb_workbook_load_weight_sets (CbWorkbook      *self,
                                           GError           **error);

G_END_DECLS
