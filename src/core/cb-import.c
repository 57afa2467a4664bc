/* cb-import.c: cases and scores from a CSV file into a workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CbImport reads a file once (RFC 4180, UTF-8 with or without a byte
 * order mark, CRLF or LF; see cb-csv.c) and checks it against its
 * workbook: the result is a preview (cases new and updated, scores set)
 * and a list of problems, each with its line and column. Nothing is
 * written until cb_import_commit (), which checks again against the
 * workbook as it is then and writes everything in one transaction, or
 * nothing at all.
 *
 * The header row names the columns (in any order, case-insensitively) and
 * tells the layout: a file with an "indicator" column is long, any other
 * is wide.
 *
 * Wide: one row per case.
 *   case                        the case code (required)
 *   name_en, name_zh            the case's name
 *   reference                   true or false: a reference profile
 *   CODE                        the score on the indicator CODE
 *   CODE_evidence_en (or CODE_evidence), CODE_evidence_zh, CODE_source,
 *   CODE_confidence             the rest of that score
 * A case may appear once. Cells of one indicator that are all empty set
 * nothing: the stored score, if any, stays as it is.
 *
 * Long: one row per score.
 *   case, indicator, value      required
 *   evidence_en (or evidence), evidence_zh, source, confidence,
 *   name_en, name_zh, reference optional
 * A case and indicator may appear once; an empty value is a missing
 * score. A row with an empty indicator and no score only names a case.
 * The names and reference flag may be given on any row of the case, but
 * rows that give them must agree.
 *
 * Both: values are decimal numbers with a point (2.5) within the
 * indicator's scale; confidence is low, medium or high (medium when not
 * given). A score's parts the file has columns for replace the stored
 * ones; the others are kept, or take their defaults (empty, medium) for
 * a new score. A case that is in the workbook is updated: its scores as
 * above, and its names and reference flag where the file gives them. A
 * new case is added after the others and needs a name: given in one
 * language only, it serves for both. Other details of a case (city,
 * summary, colour, …) are edited in the app.
 */

#define G_LOG_DOMAIN "cb-import"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-import-private.h"
#include "cb-workbook-private.h"

struct _CbImport
{
  GObject parent_instance;

  CbWorkbook   *workbook;
  char         *path;
  CbCsvTable   *table;     /* NULL when the file could not be read as CSV */
  GListStore   *problems;  /* CbImportProblem */
  CbImportPlan *plan;      /* NULL without a table */
  gboolean      truncated;
};

G_DEFINE_FINAL_TYPE (CbImport, cb_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PATH,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CbImportError
import_code_of (const GError *error)
{
  if (error->domain != CB_CSV_ERROR)
    return CB_IMPORT_ERROR_IO;

  switch ((CbCsvError) error->code)
    {
    case CB_CSV_ERROR_EMPTY:
      return CB_IMPORT_ERROR_EMPTY;
    case CB_CSV_ERROR_INVALID_UTF8:
      return CB_IMPORT_ERROR_INVALID_UTF8;
    case CB_CSV_ERROR_UNTERMINATED_QUOTE:
      return CB_IMPORT_ERROR_UNTERMINATED_QUOTE;
    case CB_CSV_ERROR_STRAY_QUOTE:
      return CB_IMPORT_ERROR_STRAY_QUOTE;
    case CB_CSV_ERROR_IO:
    default:
      return CB_IMPORT_ERROR_IO;
    }
}

/* The reader's message without the "PATH:LINE:COLUMN: " it starts with:
 * the problem keeps its place apart. */
static const char *
strip_location (const char *message,
                const char *path,
                guint       line,
                guint       column)
{
  g_autofree char *location = NULL;

  if (line == 0)
    return message;
  location = cb_csv_format_location (path, line, column);
  if (g_str_has_prefix (message, location) && g_str_has_prefix (message + strlen (location), ": "))
    return message + strlen (location) + 2;
  return message;
}

static void
set_problems (CbImport *self)
{
  GPtrArray *list = self->plan != NULL ? self->plan->problems : NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->problems));

  if (list != NULL)
    {
      g_list_store_splice (self->problems, 0, n_old, list->pdata, list->len);
      self->truncated = self->plan->truncated;
    }
}

static void
read_table (CbImport *self,
            GBytes   *bytes)
{
  g_autoptr(GError) error = NULL;
  guint line = 0, column = 0;

  self->table = cb_csv_read_bytes_full (bytes, self->path, &line, &column, &error);
  if (self->table == NULL)
    {
      g_autoptr(CbImportProblem) problem =
        cb_import_problem_new (import_code_of (error), self->path, line, column,
                               strip_location (error->message, self->path, line, column));

      g_list_store_append (self->problems, problem);
      return;
    }
  cb_import_refresh (self);
}

/**
 * cb_import_new_from_bytes:
 * @workbook: the workbook to import into
 * @bytes: the CSV text
 * @path: (nullable): the file it came from, for messages
 *
 * Reads and checks the text; see cb_import_is_valid () and
 * cb_import_get_problems ().
 *
 * Returns: (transfer full): the import, not yet written
 */
CbImport *
cb_import_new_from_bytes (CbWorkbook *workbook,
                          GBytes     *bytes,
                          const char *path)
{
  CbImport *self;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (CB_TYPE_IMPORT, "workbook", workbook, NULL);
  self->path = g_strdup (path);
  read_table (self, bytes);
  return self;
}

/**
 * cb_import_new_from_file:
 * @workbook: the workbook to import into
 * @path: a CSV file
 *
 * Reads and checks the file; a file that cannot be read gives a problem
 * of code %CB_IMPORT_ERROR_IO.
 *
 * Returns: (transfer full): the import, not yet written
 */
CbImport *
cb_import_new_from_file (CbWorkbook *workbook,
                         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  CbImport *self;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_get_contents (path, &contents, &length, &error))
    {
      bytes = g_bytes_new_take (contents, length);
      return cb_import_new_from_bytes (workbook, bytes, path);
    }

  self = g_object_new (CB_TYPE_IMPORT, "workbook", workbook, NULL);
  self->path = g_strdup (path);
  {
    g_autoptr(CbImportProblem) problem =
      cb_import_problem_new (CB_IMPORT_ERROR_IO, NULL, 0, 0, error->message);

    g_list_store_append (self->problems, problem);
  }
  return self;
}

CbWorkbook *
cb_import_get_workbook (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), NULL);

  return self->workbook;
}

/* The file, or NULL. */
const char *
cb_import_get_path (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), NULL);

  return self->path;
}

/* The layout its header shows; wide when the file could not be read. */
CbCsvLayout
cb_import_get_layout (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), CB_CSV_LAYOUT_WIDE);

  return self->plan != NULL ? self->plan->layout : CB_CSV_LAYOUT_WIDE;
}

/* Whether the file can be imported: it has no problems. */
gboolean
cb_import_is_valid (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), FALSE);

  return self->plan != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->problems)) == 0;
}

/**
 * cb_import_get_problems:
 *
 * Returns: (transfer none): a list of #CbImportProblem in the order of
 *   the file, at most %CB_IMPORT_MAX_PROBLEMS; the same list for the
 *   life of the import, updated by cb_import_refresh ().
 */
GListModel *
cb_import_get_problems (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/* Whether the file has more problems than the list holds. */
gboolean
cb_import_get_problems_truncated (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), FALSE);

  return self->truncated;
}

/* Cases the import adds to the workbook. */
guint
cb_import_get_n_new_cases (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), 0);

  return self->plan != NULL ? self->plan->n_new : 0;
}

/* Cases of the workbook the file has rows for. */
guint
cb_import_get_n_updated_cases (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), 0);

  return self->plan != NULL ? self->plan->n_updated : 0;
}

/* Scores the import adds or replaces (with a value or as missing). */
guint
cb_import_get_n_scores (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), 0);

  return self->plan != NULL ? self->plan->n_scores : 0;
}

static GStrv
dup_codes (CbImport *self,
           gboolean  existing)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint k = 0; self->plan != NULL && k < self->plan->cases->len; k++)
    {
      CbImportCase *ic = g_ptr_array_index (self->plan->cases, k);

      if ((ic->existing != NULL) == existing)
        g_strv_builder_add (builder, ic->code);
    }
  return g_strv_builder_end (builder);
}

/* The codes of the new cases, in the order of the file. */
GStrv
cb_import_dup_new_case_codes (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), NULL);

  return dup_codes (self, FALSE);
}

/* The codes of the cases updated, in the order of the file. */
GStrv
cb_import_dup_updated_case_codes (CbImport *self)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), NULL);

  return dup_codes (self, TRUE);
}

/**
 * cb_import_refresh:
 *
 * Checks the file again against the workbook as it is now (after the
 * workbook changed while the preview was shown). A file that could not be
 * read stays so.
 */
void
cb_import_refresh (CbImport *self)
{
  gboolean was_valid;

  g_return_if_fail (CB_IS_IMPORT (self));

  if (self->table == NULL)
    return;

  was_valid = cb_import_is_valid (self);
  g_clear_pointer (&self->plan, _cb_import_plan_free);
  self->plan = _cb_import_plan_new (self->workbook, self->table);
  set_problems (self);
  if (was_valid != cb_import_is_valid (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
set_error_from_problems (CbImport  *self,
                         GError   **error)
{
  GListModel *problems = G_LIST_MODEL (self->problems);
  guint n = g_list_model_get_n_items (problems);
  g_autoptr(CbImportProblem) first = g_list_model_get_item (problems, 0);
  g_autofree char *text = cb_import_problem_dup_text (first);

  if (n == 1 && !self->truncated)
    g_set_error_literal (error, CB_IMPORT_ERROR, cb_import_problem_get_code (first), text);
  else if (self->truncated)
    g_set_error (error, CB_IMPORT_ERROR, cb_import_problem_get_code (first),
                 _("%s (and more than %u other problems)"), text, n - 1);
  else
    g_set_error (error, CB_IMPORT_ERROR, cb_import_problem_get_code (first),
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)",
                              "%s (and %u more problems)", n - 1),
                 text, n - 1);
}

static int
next_position (CbWorkbook *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);
  int position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CbCase) c = g_list_model_get_item (cases, i);

      position = MAX (position, cb_case_get_position (c) + 1);
    }
  return position;
}

static gboolean
write_case (CbWorkbook    *workbook,
            sqlite3_stmt  *insert,
            sqlite3_stmt  *update,
            CbImportCase  *ic,
            int           *position,
            GError       **error)
{
  gint64 id;

  if (ic->existing == NULL)
    {
      sqlite3_reset (insert);
      _cb_bind_text (insert, 1, ic->code);
      _cb_bind_text (insert, 2, ic->name_en);
      _cb_bind_text (insert, 3, ic->name_zh);
      sqlite3_bind_int (insert, 4, ic->reference > 0 ? 1 : 0);
      sqlite3_bind_int (insert, 5, (*position)++);
      if (!_cb_workbook_step_done (workbook, insert, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (workbook->db);
    }
  else
    {
      id = cb_case_get_id (ic->existing);
      if (ic->name_en != NULL || ic->name_zh != NULL || ic->reference >= 0)
        {
          sqlite3_reset (update);
          sqlite3_clear_bindings (update);
          _cb_bind_text (update, 1, ic->name_en);
          _cb_bind_text (update, 2, ic->name_zh);
          if (ic->reference >= 0)
            sqlite3_bind_int (update, 3, ic->reference);
          sqlite3_bind_int64 (update, 4, id);
          if (!_cb_workbook_step_done (workbook, update, error))
            return FALSE;
        }
    }

  for (guint k = 0; k < ic->scores->len; k++)
    cb_score_set_case_id (g_ptr_array_index (ic->scores, k), id);
  return TRUE;
}

static gboolean
write_plan (CbWorkbook    *workbook,
            CbImportPlan  *plan,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) upsert = NULL;
  int position = next_position (workbook);

  insert = _cb_workbook_prepare (workbook,
                                 "INSERT INTO cases (code, name_en, name_zh, is_reference, position) "
                                 "VALUES (?, ?, ?, ?, ?)", error);
  if (insert == NULL)
    return FALSE;
  update = _cb_workbook_prepare (workbook,
                                 "UPDATE cases SET name_en = coalesce (?1, name_en), "
                                 "name_zh = coalesce (?2, name_zh), "
                                 "is_reference = coalesce (?3, is_reference) WHERE id = ?4", error);
  if (update == NULL)
    return FALSE;
  upsert = _cb_workbook_prepare_score_upsert (workbook, error);
  if (upsert == NULL)
    return FALSE;

  for (guint k = 0; k < plan->cases->len; k++)
    {
      CbImportCase *ic = g_ptr_array_index (plan->cases, k);

      if (!write_case (workbook, insert, update, ic, &position, error))
        return FALSE;
      for (guint j = 0; j < ic->scores->len; j++)
        if (!_cb_workbook_upsert_score (workbook, upsert, g_ptr_array_index (ic->scores, j), error))
          return FALSE;
    }
  return TRUE;
}

/**
 * cb_import_commit:
 * @error: return location for a #CbImportError (the file has problems:
 *   the code and place of the first one) or a #CbWorkbookError
 *
 * Checks the file again against the workbook as it is now and, if it has
 * no problems, writes it in one transaction; on any failure the workbook
 * is left exactly as it was. The workbook's lists of cases and scores
 * are reloaded afterwards.
 *
 * Returns: %TRUE if the file was imported
 */
gboolean
cb_import_commit (CbImport  *self,
                  GError   **error)
{
  g_return_val_if_fail (CB_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cb_import_refresh (self);
  if (!cb_import_is_valid (self))
    {
      set_error_from_problems (self, error);
      return FALSE;
    }

  if (!_cb_workbook_begin (self->workbook, error))
    return FALSE;
  if (!write_plan (self->workbook, self->plan, error))
    {
      _cb_workbook_rollback (self->workbook);
      return FALSE;
    }
  if (!_cb_workbook_commit (self->workbook, error))
    return FALSE;

  return _cb_workbook_load_cases (self->workbook, error) &&
         _cb_workbook_load_scores (self->workbook, error);
}

static void
cb_import_finalize (GObject *object)
{
  CbImport *self = CB_IMPORT (object);

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->table, cb_csv_table_unref);
  g_clear_pointer (&self->plan, _cb_import_plan_free);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (cb_import_parent_class)->finalize (object);
}

static void
cb_import_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CbImport *self = CB_IMPORT (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, cb_import_get_workbook (self));
      break;

    case PROP_PATH:
      g_value_set_string (value, cb_import_get_path (self));
      break;

    case PROP_VALID:
      g_value_set_boolean (value, cb_import_is_valid (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_import_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CbImport *self = CB_IMPORT (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_import_class_init (CbImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_import_finalize;
  object_class->get_property = cb_import_get_property;
  object_class->set_property = cb_import_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL,
                         CB_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_import_init (CbImport *self)
{
  self->problems = g_list_store_new (CB_TYPE_IMPORT_PROBLEM);
}
