/* cb-workbook-schema.c: creating, checking and upgrading workbook files
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version 1 of the schema is sql/schema-v1.sql; each later version is one
 * migration step. A new workbook is made the way an old one is upgraded:
 * schema v1 and its default data, then every step, so that both paths
 * are the same code.
 */

#define G_LOG_DOMAIN "cb-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "cb-core-resources.h"
#include "cb-workbook-private.h"

/* No steps yet: version 1 is the first. */
const CbSchema _cb_workbook_schema = {
  .version = CB_WORKBOOK_SCHEMA_VERSION,
  .migrations = NULL,
  .n_migrations = 0,
};

static GBytes *
lookup_sql (const char  *name,
            GError     **error)
{
  g_autofree char *path = g_strconcat (APP_PATH "/sql/", name, NULL);

  return g_resource_lookup_data (cb_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;

  g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
               _("The workbook could not be written: %s."), message ? message : "?");
  sqlite3_free (message);
  return FALSE;
}

static gboolean
exec_resource (sqlite3     *db,
               const char  *name,
               GError     **error)
{
  g_autoptr(GBytes) bytes = lookup_sql (name, error);

  /* Resources end in a NUL byte. */
  return bytes != NULL && exec (db, g_bytes_get_data (bytes, NULL), error);
}

static gboolean
run_migrations (sqlite3         *db,
                const CbSchema  *schema,
                guint            from_version,
                GError         **error)
{
  g_autofree char *set_version = NULL;

  for (guint v = from_version; v < schema->version; v++)
    {
      const CbMigration *step = NULL;

      for (guint i = 0; i < schema->n_migrations; i++)
        if (schema->migrations[i].from_version == v)
          step = &schema->migrations[i];

      g_assert (step != NULL);
      if (!exec (db, step->sql, error))
        return FALSE;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %u", schema->version);
  return exec (db, set_version, error);
}

static gboolean
set_meta (sqlite3     *db,
          const char  *key,
          const char  *value,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return exec (db, "SELECT RAISE (ABORT, 'no meta table')", error);

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_DONE)
    return TRUE;

  g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
               _("The workbook could not be written: %s."), sqlite3_errmsg (db));
  return FALSE;
}

/* Fills an empty database, in one transaction. */
gboolean
_cb_workbook_create_schema (sqlite3            *db,
                            const CbSchema     *schema,
                            CbWorkbookContent   content,
                            GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *application_id =
    g_strdup_printf ("PRAGMA application_id = %d", CB_WORKBOOK_APPLICATION_ID);

  if (!exec (db, "BEGIN", error))
    return FALSE;

  if (!exec_resource (db, "schema-v1.sql", error) ||
      !exec_resource (db, "default-workbook.sql", error) ||
      (content == CB_WORKBOOK_CONTENT_FRAMEWORK && !exec (db, "DELETE FROM cases", error)) ||
      !exec (db, application_id, error) ||
      !exec (db, "PRAGMA user_version = 1", error) ||
      !run_migrations (db, schema, 1, error) ||
      !set_meta (db, "created", created, error) ||
      !set_meta (db, "app_version", PACKAGE_VERSION, error) ||
      !exec (db, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
set_read_error (GError     **error,
                int          rc,
                sqlite3     *db,
                const char  *display)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_SQLITE,
                   _("“%s” is not a Casebench workbook: it is not an SQLite database."), display);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be read. Open a backup copy instead."), display);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_BUSY,
                   _("“%s” is in use by another program. Close it there and try again."), display);
      break;

    default:
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("“%s” could not be read: %s."), display, sqlite3_errmsg (db));
      break;
    }
}

/* Reads one integer (or text, into *text) from a statement without
 * side effects; FALSE with the error set when the file cannot be read. */
static gboolean
query_one (sqlite3     *db,
           const char  *sql,
           const char  *display,
           gint64      *number,
           char       **text,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      set_read_error (error, rc == SQLITE_DONE ? SQLITE_CORRUPT : sqlite3_extended_errcode (db),
                      db, display);
      return FALSE;
    }

  if (number != NULL)
    *number = sqlite3_column_int64 (stmt, 0);
  if (text != NULL)
    *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

/* Checks, without writing anything, that the file is a readable workbook
 * of a version this build understands; returns the version. */
gboolean
_cb_workbook_check_schema (sqlite3         *db,
                           const char      *path,
                           const CbSchema  *schema,
                           guint           *version,
                           GError         **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *check = NULL;
  gint64 application_id = 0, user_version = 0, n_tables = 0;

  if (!query_one (db, "PRAGMA application_id", display, &application_id, NULL, error) ||
      !query_one (db, "PRAGMA user_version", display, &user_version, NULL, error) ||
      !query_one (db, "SELECT count(*) FROM sqlite_schema", display, &n_tables, NULL, error))
    return FALSE;

  if (application_id != CB_WORKBOOK_APPLICATION_ID || user_version < 1)
    {
      if (n_tables == 0)
        g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_WORKBOOK,
                     _("“%s” is an empty database, not a Casebench workbook."), display);
      else
        g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_WORKBOOK,
                     _("“%s” is an SQLite database of another program, not a Casebench workbook."),
                     display);
      return FALSE;
    }

  if (user_version > schema->version)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_TOO_NEW,
                   _("“%s” was written by a newer Casebench (workbook format %d; this version "
                     "reads up to format %u). Update Casebench to open it; the file was not "
                     "changed."), display, (int) user_version, schema->version);
      return FALSE;
    }

  if (!query_one (db, "PRAGMA quick_check", display, NULL, &check, error))
    return FALSE;
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_DAMAGED,
                   _("“%s” is damaged (%s). Open a backup copy instead."), display, check);
      return FALSE;
    }

  *version = (guint) user_version;
  return TRUE;
}

static char *
free_backup_path (const char *path,
                  guint       version)
{
  for (guint i = 1; ; i++)
    {
      g_autofree char *candidate = i == 1
        ? g_strdup_printf ("%s.bak-v%u", path, version)
        : g_strdup_printf ("%s.bak-v%u-%u", path, version, i);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
}

/* Copies the file beside itself, then upgrades it in one transaction. */
gboolean
_cb_workbook_migrate (CbWorkbook      *self,
                      const CbSchema  *schema,
                      guint            from_version,
                      GError         **error)
{
  g_autofree char *backup = free_backup_path (self->path, from_version);
  g_autofree char *display = g_filename_display_name (self->path);
  g_autoptr(GError) local_error = NULL;

  if (!_cb_workbook_copy_to (self->db, backup, error))
    return FALSE;

  if (!exec (self->db, "BEGIN IMMEDIATE", &local_error) ||
      !run_migrations (self->db, schema, from_version, &local_error) ||
      !exec (self->db, "COMMIT", &local_error))
    {
      g_autofree char *backup_display = g_filename_display_name (backup);

      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_MIGRATION,
                   _("“%s” could not be upgraded from workbook format %u: %s The file was "
                     "not changed; a copy is at “%s”."),
                   display, from_version, local_error->message, backup_display);
      return FALSE;
    }

  g_message ("Upgraded %s from workbook format %u to %u; the old file is kept as %s",
             self->path, from_version, schema->version, backup);
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

/* Writes a consistent copy of db to path through SQLite's backup API:
 * first beside path, then moved into place, so that path is either the
 * whole copy or left as it was. */
gboolean
_cb_workbook_copy_to (sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".partial-XXXXXX", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd, rc;

  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  /* The copy is a single file until it is opened as a workbook. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”: %s."), display,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (dest);

  /* A journal left by an earlier file of that name must not be replayed
   * into the copy. */
  g_unlink (wal);
  g_unlink (shm);
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}
