/* cb-workbook.c: the workbook store, one SQLite file
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CbWorkbook owns the sqlite3 handle. It loads the whole workbook into list
 * models of sealed records when it opens (a workbook is small), and every
 * change is one transaction: the store is written first, and the models
 * follow only once the transaction has committed.
 */

#define G_LOG_DOMAIN "cb-workbook"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cb-workbook-private.h"

G_DEFINE_FINAL_TYPE (CbWorkbook, cb_workbook, G_TYPE_OBJECT)
G_DEFINE_QUARK (cb-workbook-error-quark, cb_workbook_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Statements and transactions */

sqlite3_stmt *
_cb_workbook_prepare (CbWorkbook  *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert (self->db != NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cb_workbook_set_error (self, error, rc);
      return NULL;
    }
  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
_cb_workbook_step_done (CbWorkbook    *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  _cb_workbook_set_error (self, error, rc);
  return FALSE;
}

static gboolean
exec_sql (CbWorkbook  *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;

  _cb_workbook_set_error (self, error, rc);
  return FALSE;
}

/* Starts a write. IMMEDIATE takes the write lock now, so that waiting for
 * another program happens here (up to the busy timeout) and not halfway. */
gboolean
_cb_workbook_begin (CbWorkbook  *self,
                    GError     **error)
{
  if (self->db == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                           _("The workbook is closed."));
      return FALSE;
    }

  if (self->read_only_reason != NULL)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_READ_ONLY,
                   _("The workbook is read-only: %s Save a copy to make changes."),
                   self->read_only_reason);
      return FALSE;
    }

  return exec_sql (self, "BEGIN IMMEDIATE", error);
}

gboolean
_cb_workbook_commit (CbWorkbook  *self,
                     GError     **error)
{
  if (exec_sql (self, "COMMIT", error))
    return TRUE;

  _cb_workbook_rollback (self);
  return FALSE;
}

void
_cb_workbook_rollback (CbWorkbook *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
_cb_workbook_set_error (CbWorkbook  *self,
                        GError     **error,
                        int          rc)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_BUSY,
                           _("The workbook is in use by another program. "
                             "Close it there and try again."));
      break;

    case SQLITE_READONLY:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_READ_ONLY,
                   _("The workbook cannot be written (%s)."), detail);
      break;

    case SQLITE_CORRUPT:
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_DAMAGED,
                           _("The workbook is damaged."));
      break;

    case SQLITE_NOTADB:
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_SQLITE,
                           _("The file is not a Casebench workbook (not an SQLite database)."));
      break;

    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_DUPLICATE,
                     _("The workbook already holds this entry (%s)."), detail);
      else
        g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                     _("The workbook refused the change: %s."), detail);
      break;

    default:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("The workbook could not be read or written: %s."), detail);
      break;
    }
}

void
_cb_bind_text (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
_cb_column_text (sqlite3_stmt *stmt,
                 int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

/* The columns index and index + 1 (English, Chinese) as one text. */
CbText *
_cb_column_pair (sqlite3_stmt *stmt,
                 int           index)
{
  return cb_text_new (_cb_column_text (stmt, index), _cb_column_text (stmt, index + 1));
}

/* Codes are what files and the command line refer to: lower-case ASCII
 * letters, digits and dashes, 1 to 64 of them. */
gboolean
_cb_check_code (const char  *code,
                GError     **error)
{
  gsize length = code != NULL ? strlen (code) : 0;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_islower (code[i]) && !g_ascii_isdigit (code[i]) && code[i] != '-')
        {
          length = 0;
          break;
        }
    }

  if (length < 1 || length > 64)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The code “%s” is not valid: use 1 to 64 lower-case letters, digits "
                     "and dashes."), code != NULL ? code : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
_cb_check_name (CbText      *name,
                const char  *code,
                GError     **error)
{
  g_autofree char *en = g_strstrip (g_strdup (cb_text_get_en (name)));
  g_autofree char *zh = g_strstrip (g_strdup (cb_text_get_zh (name)));

  if (en[0] == '\0' || zh[0] == '\0')
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("“%s” needs a name in both English and Chinese."), code);
      return FALSE;
    }
  return TRUE;
}

/* Models */

static gint64
item_id (gpointer item)
{
  gint64 id = 0;

  g_object_get (item, "id", &id, NULL);
  return id;
}

/* The stored item with this code (or, when code is NULL, this id), or
 * NULL; the store keeps a reference as long as the item is unchanged. */
gpointer
_cb_store_find (GListStore *store,
                const char *code,
                gint64      id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *item_code = NULL;
      gint64 item_id;

      g_object_get (item, "code", &item_code, "id", &item_id, NULL);
      if (code != NULL ? g_str_equal (code, item_code) : item_id == id)
        return item;
    }
  return NULL;
}

/* The position of the item with this id, or G_MAXUINT. */
guint
_cb_store_find_id (GListStore *store,
                   gint64      id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (item_id (item) == id)
        return i;
    }
  return G_MAXUINT;
}

/* Puts a sealed item in its sorted place, replacing the one of the same id:
 * in place when its position in the order has not changed, so that views
 * see one changed row. */
void
_cb_store_put (GListStore       *store,
               gpointer          item,
               GCompareDataFunc  compare)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  guint old = _cb_store_find_id (store, item_id (item));

  if (old != G_MAXUINT)
    {
      g_autoptr(GObject) before = old > 0 ? g_list_model_get_item (model, old - 1) : NULL;
      g_autoptr(GObject) after = old + 1 < n ? g_list_model_get_item (model, old + 1) : NULL;

      if ((before == NULL || compare (before, item, NULL) <= 0) &&
          (after == NULL || compare (item, after, NULL) <= 0))
        {
          g_list_store_splice (store, old, 1, &item, 1);
          return;
        }
      g_list_store_remove (store, old);
    }

  g_list_store_insert_sorted (store, item, compare, NULL);
}

/* Opening and creating */

static gboolean
is_writable (const char *path,
             gboolean    is_dir)
{
  GStatBuf buf;

  /* A file without any write permission is read-only even for root. */
  if (g_stat (path, &buf) != 0 || (buf.st_mode & 0222) == 0)
    return FALSE;
  return g_access (path, is_dir ? W_OK | X_OK : W_OK) == 0;
}

static sqlite3 *
open_connection (const char  *path,
                 gboolean     read_only,
                 gboolean     immutable,
                 int          busy_timeout_ms,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc;

  if (path == NULL)
    uri = g_strdup ("file::memory:");
  else
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

      uri = g_strconcat ("file:", escaped, immutable ? "?immutable=1" : NULL, NULL);
    }

  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (path == NULL)
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (uri, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("Could not open “%s”: %s."), path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, busy_timeout_ms);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return db;
}

static gboolean
load_models (CbWorkbook  *self,
             GError     **error)
{
  return _cb_workbook_load_framework (self, error) &&
         _cb_workbook_load_cases (self, error) &&
         _cb_workbook_load_scores (self, error) &&
         _cb_workbook_load_weight_sets (self, error);
}

static gboolean
set_write_pragmas (CbWorkbook  *self,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* journal_mode answers with a row. */
  stmt = _cb_workbook_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL || !_cb_workbook_step_done (self, stmt, error))
    return FALSE;

  return exec_sql (self, "PRAGMA synchronous = FULL", error);
}

CbWorkbook *
_cb_workbook_open_full (const char      *path,
                        const CbSchema  *schema,
                        int              busy_timeout_ms,
                        GError         **error)
{
  g_autoptr(CbWorkbook) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *display = NULL;
  gboolean file_writable, dir_writable;
  guint version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("There is no file “%s”."), display);
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_SQLITE,
                   _("“%s” is not a file."), display);
      return NULL;
    }

  self = g_object_new (CB_TYPE_WORKBOOK, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  dir = g_path_get_dirname (self->path);
  file_writable = is_writable (self->path, FALSE);
  dir_writable = is_writable (dir, TRUE);
  if (!file_writable)
    self->read_only_reason = g_strdup_printf (_("the file “%s” is read-only."), display);
  else if (!dir_writable)
    self->read_only_reason = g_strdup_printf (_("its folder is read-only."));

  /* Nothing is written before the file is known to be a workbook of a
   * schema we understand. A read-only workbook is opened as immutable, so
   * that SQLite leaves no journal or lock files beside it either. */
  self->db = open_connection (self->path, self->read_only_reason != NULL,
                              self->read_only_reason != NULL, busy_timeout_ms, error);
  if (self->db == NULL)
    return NULL;

  if (!_cb_workbook_check_schema (self->db, self->path, schema, &version, error))
    return NULL;

  if (self->read_only_reason == NULL && !set_write_pragmas (self, error))
    return NULL;

  if (version < schema->version)
    {
      if (self->read_only_reason != NULL)
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_MIGRATION,
                       _("“%s” was written by an older Casebench and must be upgraded, "
                         "but %s"), display, self->read_only_reason);
          return NULL;
        }
      if (!_cb_workbook_migrate (self, schema, version, error))
        return NULL;
    }

  if (!load_models (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * cb_workbook_open:
 * @path: a workbook file
 *
 * Opens a workbook. A file that is not a workbook, is damaged, or comes
 * from a newer Casebench gives an error and is left as it was. A workbook
 * of an older schema is first copied beside itself (see
 * cb_workbook_get_backup_path()) and then upgraded in one transaction. A
 * file or folder without write permission opens read-only.
 */
CbWorkbook *
cb_workbook_open (const char  *path,
                  GError     **error)
{
  return _cb_workbook_open_full (path, &_cb_workbook_schema, CB_WORKBOOK_BUSY_TIMEOUT_MS, error);
}

static CbWorkbook *
new_with_content (const char         *path,
                  CbWorkbookContent   content,
                  GError            **error)
{
  g_autoptr(CbWorkbook) self = g_object_new (CB_TYPE_WORKBOOK, NULL);

  self->db = open_connection (path, FALSE, FALSE, CB_WORKBOOK_BUSY_TIMEOUT_MS, error);
  if (self->db == NULL)
    return NULL;

  if (!_cb_workbook_create_schema (self->db, &_cb_workbook_schema, content, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A workbook in memory only (for tests and the command line). */
CbWorkbook *
cb_workbook_new_in_memory (CbWorkbookContent   content,
                           GError            **error)
{
  g_autoptr(CbWorkbook) self = new_with_content (NULL, content, error);

  if (self == NULL || !load_models (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * cb_workbook_create:
 * @path: where to create the workbook; must not exist
 * @content: what the workbook starts with
 *
 * Creates a workbook file, written completely beside @path first and then
 * moved into place, and opens it.
 */
CbWorkbook *
cb_workbook_create (const char         *path,
                    CbWorkbookContent   content,
                    GError            **error)
{
  g_autoptr(CbWorkbook) memory = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_EXISTS,
                   _("“%s” already exists; it was left as it is."), display);
      return NULL;
    }

  memory = new_with_content (NULL, content, error);
  if (memory == NULL || !_cb_workbook_copy_to (memory->db, path, error))
    return NULL;

  return cb_workbook_open (path, error);
}

/* Where the user's own workbook lives: $XDG_DATA_HOME/casebench/. */
char *
cb_workbook_dup_user_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "casebench",
                           "workbook" CB_WORKBOOK_SUFFIX, NULL);
}

/* Opens the user's own workbook, creating it from the default data on the
 * first start. */
CbWorkbook *
cb_workbook_open_user (GError **error)
{
  g_autofree char *path = cb_workbook_dup_user_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return cb_workbook_open (path, error);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("Could not create the folder “%s”: %s."), display, g_strerror (saved_errno));
      return NULL;
    }

  return cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, error);
}

/**
 * cb_workbook_save_as:
 * @path: where to save; an existing file there is replaced
 *
 * Writes a consistent copy of the workbook (SQLite's backup API) to @path
 * and goes on with the copy, which is writable when its folder is. On
 * failure the workbook stays where it was and @path is untouched.
 */
gboolean
cb_workbook_save_as (CbWorkbook  *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(CbWorkbook) copy = NULL;
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  canonical = g_canonicalize_filename (path, NULL);
  if (self->path != NULL && g_str_equal (canonical, self->path))
    return TRUE;

  if (!_cb_workbook_copy_to (self->db, canonical, error))
    return FALSE;

  copy = cb_workbook_open (canonical, error);
  if (copy == NULL)
    return FALSE;

  /* Take over the copy's connection; the models hold the same data. */
  sqlite3_close (self->db);
  self->db = g_steal_pointer (&copy->db);
  _cb_set_str (&self->path, copy->path);
  g_clear_pointer (&self->backup_path, g_free);
  if (_cb_set_str (&self->read_only_reason, copy->read_only_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  return TRUE;
}

/* Closes the file; the models keep what they hold, but nothing more can
 * be read or written. */
void
cb_workbook_close (CbWorkbook *self)
{
  g_return_if_fail (CB_IS_WORKBOOK (self));

  g_clear_pointer (&self->db, sqlite3_close);
}

/* Properties */

/* The file, or NULL for a workbook in memory. */
const char *
cb_workbook_get_path (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return self->path;
}

gboolean
cb_workbook_is_read_only (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), TRUE);

  return self->read_only_reason != NULL;
}

/* Why the workbook is read-only (a sentence), or NULL. */
const char *
cb_workbook_get_read_only_reason (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return self->read_only_reason;
}

/* The copy written before the workbook was upgraded when it was opened,
 * or NULL. */
const char *
cb_workbook_get_backup_path (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return self->backup_path;
}

/* Metadata */

char *
cb_workbook_dup_meta (CbWorkbook *self,
                      const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (self->db == NULL)
    return NULL;

  stmt = _cb_workbook_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  _cb_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup (_cb_column_text (stmt, 0));
}

/* Sets a metadata value; NULL removes the key. */
gboolean
cb_workbook_set_meta (CbWorkbook  *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (key != NULL && key[0] != '\0', FALSE);

  if (!_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self,
                               value != NULL
                               ? "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"
                               : "DELETE FROM meta WHERE key = ?",
                               error);
  if (stmt == NULL)
    {
      _cb_workbook_rollback (self);
      return FALSE;
    }
  _cb_bind_text (stmt, 1, key);
  if (value != NULL)
    _cb_bind_text (stmt, 2, value);
  if (!_cb_workbook_step_done (self, stmt, error))
    {
      _cb_workbook_rollback (self);
      return FALSE;
    }
  return _cb_workbook_commit (self, error);
}

/* GObject */

static void
cb_workbook_finalize (GObject *object)
{
  CbWorkbook *self = CB_WORKBOOK (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->score_index, g_hash_table_unref);
  g_clear_object (&self->dimensions);
  g_clear_object (&self->indicators);
  g_clear_object (&self->cases);
  g_clear_object (&self->scores);
  g_clear_object (&self->weight_sets);

  G_OBJECT_CLASS (cb_workbook_parent_class)->finalize (object);
}

static void
cb_workbook_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CbWorkbook *self = CB_WORKBOOK (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, cb_workbook_get_path (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, cb_workbook_is_read_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_workbook_class_init (CbWorkbookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_workbook_finalize;
  object_class->get_property = cb_workbook_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_workbook_init (CbWorkbook *self)
{
  self->dimensions = g_list_store_new (CB_TYPE_DIMENSION);
  self->indicators = g_list_store_new (CB_TYPE_INDICATOR);
  self->cases = g_list_store_new (CB_TYPE_CASE);
  self->scores = g_list_store_new (CB_TYPE_SCORE);
  self->weight_sets = g_list_store_new (CB_TYPE_WEIGHT_SET);
  self->score_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
