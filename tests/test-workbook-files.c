/* test-workbook-files.c: the workbook file: bad files, read-only, locks,
 * migration, interrupted writes, save as, the user's workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cb-workbook-private.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Removes a workbook with the journal files SQLite may leave beside it. */
static void
remove_workbook (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A complete workbook file, closed, with no journal beside it. */
static char *
make_workbook (const char *name)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;

  wb = cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&wb);
  return g_steal_pointer (&path);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

typedef enum
{
  BAD_TEXT,
  BAD_EMPTY,
  BAD_OTHER_SQLITE,
  BAD_EMPTY_SQLITE,
  BAD_TRUNCATED,
  BAD_DAMAGED_PAGE,
  BAD_NEWER,
  BAD_DIRECTORY,
  BAD_MISSING,
} BadKind;

static void
test_bad_files (void)
{
  const struct {
    BadKind kind;
    const char *name;
    int code;
    const char *message;
  } cases[] = {
    { BAD_TEXT, "notes.casebench", CB_WORKBOOK_ERROR_NOT_SQLITE, "not an SQLite database" },
    { BAD_EMPTY, "empty.casebench", CB_WORKBOOK_ERROR_NOT_WORKBOOK, "empty database" },
    { BAD_OTHER_SQLITE, "other.casebench", CB_WORKBOOK_ERROR_NOT_WORKBOOK, "of another program" },
    { BAD_EMPTY_SQLITE, "blank.casebench", CB_WORKBOOK_ERROR_NOT_WORKBOOK, "empty database" },
    { BAD_TRUNCATED, "truncated.casebench", CB_WORKBOOK_ERROR_DAMAGED, "damaged" },
    { BAD_DAMAGED_PAGE, "damaged.casebench", CB_WORKBOOK_ERROR_DAMAGED, "damaged" },
    { BAD_NEWER, "newer.casebench", CB_WORKBOOK_ERROR_TOO_NEW, "newer Casebench" },
    { BAD_DIRECTORY, "folder.casebench", CB_WORKBOOK_ERROR_NOT_SQLITE, "not a file" },
    { BAD_MISSING, "missing.casebench", CB_WORKBOOK_ERROR_NOT_FOUND, "There is no file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = tmp_path (cases[i].name);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CbWorkbook) wb = NULL;

      g_test_message ("%s", cases[i].name);
      switch (cases[i].kind)
        {
        case BAD_TEXT:
          write_file (path, "case,indicator,value\nkaramay,platform,4\n", -1);
          break;

        case BAD_EMPTY:
          write_file (path, "", 0);
          break;

        case BAD_OTHER_SQLITE:
          exec_sql (path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                          "INSERT INTO notes (body) VALUES ('hello');");
          break;

        case BAD_EMPTY_SQLITE:
          exec_sql (path, "PRAGMA user_version = 0; VACUUM;");
          break;

        case BAD_TRUNCATED:
        case BAD_DAMAGED_PAGE:
          {
            g_autofree char *good = make_workbook ("good-source.casebench");
            g_autofree char *contents = NULL;
            gsize length;

            g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
            if (cases[i].kind == BAD_TRUNCATED)
              length = length / 2 + 100;
            else
              /* Scribble over the b-tree pages after the schema page. */
              for (gsize j = 4096 + 8; j < length && j < 4096 * 6; j += 7)
                contents[j] = (char) 0xA5;
            write_file (path, contents, length);
            remove_workbook (good);
          }
          break;

        case BAD_NEWER:
          {
            g_autofree char *made = make_workbook (cases[i].name);

            exec_sql (made, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
          }
          break;

        case BAD_DIRECTORY:
          g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
          break;

        case BAD_MISSING:
          break;

        default:
          g_assert_not_reached ();
        }

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        before = checksum (path);

      wb = cb_workbook_open (path, &error);
      g_assert_null (wb);
      g_assert_error (error, CB_WORKBOOK_ERROR, cases[i].code);
      g_test_message ("message: %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      if (cases[i].kind != BAD_DIRECTORY && cases[i].kind != BAD_MISSING)
        g_assert_nonnull (strstr (error->message, cases[i].name));

      if (before != NULL)
        {
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);

          after = checksum (path);
          g_assert_cmpstr (after, ==, before);
          g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
          remove_workbook (path);
        }
      else
        g_rmdir (path);
    }
}

static void
test_read_only_file (void)
{
  g_autofree char *path = make_workbook ("read-only.casebench");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  g_autoptr(CbCase) c = NULL;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = checksum (path);

  wb = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cb_workbook_is_read_only (wb));
  g_assert_nonnull (strstr (cb_workbook_get_read_only_reason (wb), "read-only"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (wb)), ==, 7);

  c = cb_case_copy (cb_workbook_find_case (wb, "karamay"));
  cb_case_set_code (c, "karamay-2");
  g_assert_cmpint (cb_workbook_add_case (wb, c, &error), ==, 0);
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "Save a copy"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (wb)), ==, 7);

  g_clear_object (&wb);
  after = checksum (path);
  g_assert_cmpstr (after, ==, before);
  /* Not even a journal beside it. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  }
  g_chmod (path, 0644);
  remove_workbook (path);
}

static void
test_read_only_folder (void)
{
  g_autofree char *folder = tmp_path ("locked-folder");
  g_autofree char *path = g_build_filename (folder, "in-folder.casebench", NULL);
  g_autofree char *copy = tmp_path ("copied-out.casebench");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  g_autoptr(CbWorkbook) made = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  made = cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&made);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  before = checksum (path);

  wb = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cb_workbook_is_read_only (wb));
  g_assert_nonnull (strstr (cb_workbook_get_read_only_reason (wb), "folder"));
  g_assert_false (cb_workbook_set_meta (wb, "author", "x", &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Save As gets the work out, and the copy is writable. */
  g_assert_true (cb_workbook_save_as (wb, copy, &error));
  g_assert_no_error (error);
  g_assert_false (cb_workbook_is_read_only (wb));
  g_assert_cmpstr (cb_workbook_get_path (wb), ==, copy);
  g_assert_true (cb_workbook_set_meta (wb, "author", "x", &error));
  g_assert_no_error (error);

  g_clear_object (&wb);
  after = checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_chmod (folder, 0700);
  remove_workbook (path);
  remove_workbook (copy);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_busy (void)
{
  g_autofree char *path = make_workbook ("busy.casebench");
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  g_autoptr(CbScore) score = NULL;
  sqlite3 *other = NULL;
  gint64 started;
  CbScore *stored;
  double before;

  /* Another program writes: our write waits, then gives up cleanly. */
  wb = _cb_workbook_open_full (path, &_cb_workbook_schema, 200, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  stored = g_list_model_get_item (cb_workbook_get_scores (wb), 0);
  g_object_unref (stored);
  before = cb_score_get_value (stored);
  score = cb_score_copy (stored);
  cb_score_set_value (score, before > 2 ? 1 : 3);
  started = g_get_monotonic_time ();
  g_assert_false (cb_workbook_set_score (wb, score, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 150 * 1000);
  g_clear_error (&error);
  stored = cb_workbook_get_score (wb, cb_score_get_case_id (score), cb_score_get_indicator_id (score));
  g_assert_cmpfloat (cb_score_get_value (stored), ==, before);

  /* Once the other program is done, the same write goes through. */
  sqlite3_exec (other, "COMMIT", NULL, NULL, NULL);
  g_assert_true (cb_workbook_set_score (wb, score, &error));
  g_assert_no_error (error);
  g_clear_object (&wb);

  /* A program holding the file exclusively: opening fails after the wait. */
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  wb = _cb_workbook_open_full (path, &_cb_workbook_schema, 200, &error);
  g_assert_null (wb);
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "busy.casebench"));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  remove_workbook (path);
}

/* A writer that dies in the middle of a transaction leaves the previous
 * state behind. */
static void
test_interrupted_transaction (void)
{
  g_autofree char *path = make_workbook ("interrupted.casebench");
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  gint64 total_before;
  int status;
  pid_t pid;

  total_before = query_int (path, "SELECT CAST (sum (value) * 100 AS INTEGER) FROM scores");
  g_assert_cmpint (total_before, >, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      sqlite3_open (path, &db);
      sqlite3_exec (db, "PRAGMA journal_mode = WAL; BEGIN; UPDATE scores SET value = 0; "
                        "DELETE FROM cases WHERE code = 'karamay';", NULL, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  wb = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cb_workbook_find_case (wb, "karamay"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (wb)), ==, 70);
  g_clear_object (&wb);
  g_assert_cmpint (query_int (path, "SELECT CAST (sum (value) * 100 AS INTEGER) FROM scores"),
                   ==, total_before);

  /* A failure halfway through one of our own multi-statement writes rolls
   * back all of it: weights are deleted, then one insert fails. */
  exec_sql (path, "CREATE TRIGGER fail_on_seven AFTER INSERT ON indicator_weights "
                  "WHEN NEW.weight = 7 BEGIN SELECT RAISE (ABORT, 'injected failure'); END;");
  wb = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CbWeightSet) set = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "equal"));
    gint64 last = cb_indicator_get_id (cb_workbook_find_indicator (wb, "public-spirit"));
    gint64 first = cb_dimension_get_id (cb_workbook_find_dimension (wb, "co-construction"));
    double weight = 0;

    cb_weight_set_set_dimension_weight (set, first, 5);
    cb_weight_set_set_indicator_weight (set, last, 7);
    g_assert_false (cb_workbook_update_weight_set (wb, set, &error));
    g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "injected failure"));
    g_assert_true (cb_weight_set_get_dimension_weight (cb_workbook_find_weight_set (wb, "equal"),
                                                       first, &weight));
    g_assert_cmpfloat (weight, ==, 1.0);
  }
  g_clear_object (&wb);
  g_assert_cmpint (query_int (path, "SELECT count (*) FROM indicator_weights"), ==, 20);
  g_assert_cmpint (query_int (path, "SELECT count (*) FROM dimension_weights WHERE weight = 1"), ==, 5);
  remove_workbook (path);
}

static const CbMigration test_migrations[] = {
  { 1, "ALTER TABLE cases ADD COLUMN population INTEGER CHECK (population IS NULL OR population >= 0);"
       "UPDATE cases SET population = 282000 WHERE code = 'karamay';"
       "INSERT INTO meta (key, value) VALUES ('migrated', 'v2');" },
};

static const CbSchema test_schema_v2 = { 2, test_migrations, G_N_ELEMENTS (test_migrations) };

static const CbMigration broken_migrations[] = {
  { 1, "ALTER TABLE cases ADD COLUMN population INTEGER;"
       "UPDATE no_such_table SET x = 1;" },
};

static const CbSchema broken_schema_v2 = { 2, broken_migrations, G_N_ELEMENTS (broken_migrations) };

static const char *row_queries[] = {
  "SELECT count (*) FROM dimensions",
  "SELECT count (*) FROM indicators",
  "SELECT count (*) FROM cases",
  "SELECT count (*) FROM scores",
  "SELECT count (*) FROM weight_sets",
  "SELECT count (*) FROM indicator_weights",
  "SELECT count (*) FROM dimension_weights",
  "SELECT count (*) FROM rubric_levels",
  "SELECT CAST (sum (value) * 1000 AS INTEGER) FROM scores",
  "SELECT sum (length (evidence_en) + length (evidence_zh)) FROM scores",
  "SELECT sum (length (summary_en) + length (summary_zh)) FROM cases",
};

static void
test_migration (void)
{
  g_autofree char *path = make_workbook ("old.casebench");
  g_autofree char *backup = g_strconcat (path, ".bak-v1", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  gint64 counts[G_N_ELEMENTS (row_queries)];

  for (guint i = 0; i < G_N_ELEMENTS (row_queries); i++)
    counts[i] = query_int (path, row_queries[i]);

  wb = _cb_workbook_open_full (path, &test_schema_v2, 200, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_workbook_get_backup_path (wb), ==, backup);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (wb)), ==, 70);
  g_clear_object (&wb);

  /* The backup is the old workbook, every row of it. */
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "PRAGMA application_id"), ==, CB_WORKBOOK_APPLICATION_ID);
  for (guint i = 0; i < G_N_ELEMENTS (row_queries); i++)
    g_assert_cmpint (query_int (backup, row_queries[i]), ==, counts[i]);

  /* The migrated file has the new schema and every row. */
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT population FROM cases WHERE code = 'karamay'"), ==, 282000);
  for (guint i = 0; i < G_N_ELEMENTS (row_queries); i++)
    g_assert_cmpint (query_int (path, row_queries[i]), ==, counts[i]);

  /* The current build refuses the now newer file and leaves it alone. */
  {
    g_autofree char *before = checksum (path);
    g_autofree char *after = NULL;

    wb = cb_workbook_open (path, &error);
    g_assert_null (wb);
    g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_TOO_NEW);
    g_clear_error (&error);
    after = checksum (path);
    g_assert_cmpstr (after, ==, before);
  }

  remove_workbook (path);
  remove_workbook (backup);
}

static void
test_failed_migration (void)
{
  g_autofree char *path = make_workbook ("old-broken.casebench");
  g_autofree char *backup = g_strconcat (path, ".bak-v1", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;
  gint64 counts[G_N_ELEMENTS (row_queries)];

  for (guint i = 0; i < G_N_ELEMENTS (row_queries); i++)
    counts[i] = query_int (path, row_queries[i]);

  wb = _cb_workbook_open_full (path, &broken_schema_v2, 200, &error);
  g_assert_null (wb);
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "bak-v1"));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count (*) FROM pragma_table_info ('cases') "
                                    "WHERE name = 'population'"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (row_queries); i++)
    g_assert_cmpint (query_int (path, row_queries[i]), ==, counts[i]);
  remove_workbook (path);
  remove_workbook (backup);
}

static void
test_save_as (void)
{
  g_autofree char *path = tmp_path ("saved.casebench");
  g_autofree char *other = tmp_path ("saved-again.casebench");
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbWorkbook) reopened = NULL;

  g_assert_no_error (error);
  g_assert_null (cb_workbook_get_path (wb));
  g_assert_true (cb_workbook_set_meta (wb, "author", "in memory", &error));

  g_assert_true (cb_workbook_save_as (wb, path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cb_workbook_get_path (wb), ==, path);
  /* Further changes go to the file. */
  g_assert_true (cb_workbook_set_meta (wb, "author", "on disk", &error));

  reopened = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (reopened)), ==, 70);
  g_assert_cmpstr (cb_workbook_dup_meta (reopened, "author"), ==, "on disk");
  g_clear_object (&reopened);

  /* Saving over an existing file replaces it whole. */
  write_file (other, "old contents", -1);
  g_assert_true (cb_workbook_save_as (wb, other, &error));
  g_assert_no_error (error);
  reopened = cb_workbook_open (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (reopened)), ==, 7);
  g_clear_object (&reopened);

  /* Into a folder that does not exist: an error, and nothing changes. */
  {
    g_autofree char *nowhere = tmp_path ("no-such-folder/x.casebench");

    g_assert_false (cb_workbook_save_as (wb, nowhere, &error));
    g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_IO);
    g_assert_cmpstr (cb_workbook_get_path (wb), ==, other);
  }

  g_clear_object (&wb);
  remove_workbook (path);
  remove_workbook (other);
}

static void
test_create_refuses_existing (void)
{
  g_autofree char *path = tmp_path ("existing.casebench");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = NULL;

  write_file (path, "precious", -1);
  before = checksum (path);
  wb = cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_assert_null (wb);
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_EXISTS);
  after = checksum (path);
  g_assert_cmpstr (after, ==, before);
  remove_workbook (path);
}

static void
test_user_workbook (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "casebench",
                                                "workbook.casebench", NULL);
  g_autofree char *path = cb_workbook_dup_user_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) first = NULL;
  g_autoptr(CbWorkbook) second = NULL;

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  first = cb_workbook_open_user (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_workbook_get_path (first), ==, path);
  g_assert_true (cb_workbook_set_meta (first, "author", "me", &error));
  g_clear_object (&first);

  /* The second start opens the same file, with the change. */
  second = cb_workbook_open_user (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_workbook_dup_meta (second, "author"), ==, "me");
}

/* The file reads in the plain sqlite3 shell and passes its integrity check. */
static void
test_sqlite3_shell (void)
{
  g_autofree char *path = make_workbook ("shell.casebench");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { "sqlite3", path,
                         "PRAGMA integrity_check; PRAGMA foreign_key_check; "
                         "SELECT count (*) FROM scores WHERE evidence_en <> '';"
                         "PRAGMA application_id; PRAGMA journal_mode;", NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    {
      /* The sqlite3 shell is a test dependency (build-aux/deps.sh). */
      g_assert_no_error (error);
    }
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "ok\n70\n1128421186\nwal\n");

  /* A plain session cannot break the rules either. */
  {
    const char *bad[] = {
      "UPDATE scores SET value = 9 WHERE case_id = 1 AND indicator_id = 1;",
      "INSERT INTO scores (case_id, indicator_id, value) VALUES (1, 9999, 1);",
      "INSERT INTO indicator_weights (weight_set_id, indicator_id, weight) VALUES (1, 1, -1);",
      "INSERT INTO cases (code, name_en, name_zh) VALUES ('karamay', 'K', 'K');",
      "UPDATE indicators SET target = 9 WHERE code = 'platform';",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *sql = g_strconcat ("PRAGMA foreign_keys = ON; ", bad[i], NULL);
        const char *args[] = { "sqlite3", "-bail", path, sql, NULL };
        g_autofree char *o = NULL;
        g_autofree char *e = NULL;

        g_test_message ("%s", bad[i]);
        g_assert_true (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                     &o, &e, &status, NULL));
        g_test_message ("sqlite3 said: %s", e);
        g_assert_false (g_spawn_check_wait_status (status, NULL));
        g_assert_true (strstr (e, "constraint failed") != NULL || strstr (e, "outside") != NULL);
      }
  }
  remove_workbook (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("casebench-files-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/workbook-files/bad-files", test_bad_files);
  g_test_add_func ("/workbook-files/read-only-file", test_read_only_file);
  g_test_add_func ("/workbook-files/read-only-folder", test_read_only_folder);
  g_test_add_func ("/workbook-files/busy", test_busy);
  g_test_add_func ("/workbook-files/interrupted-transaction", test_interrupted_transaction);
  g_test_add_func ("/workbook-files/migration", test_migration);
  g_test_add_func ("/workbook-files/failed-migration", test_failed_migration);
  g_test_add_func ("/workbook-files/save-as", test_save_as);
  g_test_add_func ("/workbook-files/create-refuses-existing", test_create_refuses_existing);
  g_test_add_func ("/workbook-files/user-workbook", test_user_workbook);
  g_test_add_func ("/workbook-files/sqlite3-shell", test_sqlite3_shell);

  status = g_test_run ();
  /* Every test removes its files. */
  g_assert_cmpint (g_rmdir (tmp_dir), ==, 0);
  g_free (tmp_dir);
  return status;
}
