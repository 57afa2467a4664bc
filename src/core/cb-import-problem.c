/* cb-import-problem.c: one thing wrong with a CSV file to import, and where
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An immutable record, a GObject so that a list of them is a GListModel
 * the app can show as it is.
 */

#define G_LOG_DOMAIN "cb-import"

#include "config.h"

#include "cb-csv.h"
#include "cb-import-problem.h"

struct _CbImportProblem
{
  GObject parent_instance;

  CbImportError code;
  char *path;
  guint line;
  guint column;
  char *message;
};

G_DEFINE_FINAL_TYPE (CbImportProblem, cb_import_problem, G_TYPE_OBJECT)
G_DEFINE_QUARK (cb-import-error-quark, cb_import_error)

/**
 * cb_import_problem_new:
 * @code: what is wrong
 * @path: (nullable): the file
 * @line: the line, from 1; 0 when the problem is with the whole file
 * @column: the column in characters, from 1
 * @message: a sentence a user can read, without the location
 */
CbImportProblem *
cb_import_problem_new (CbImportError  code,
                       const char    *path,
                       guint          line,
                       guint          column,
                       const char    *message)
{
  CbImportProblem *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (CB_TYPE_IMPORT_PROBLEM, NULL);
  self->code = code;
  self->path = g_strdup (path);
  self->line = line;
  self->column = column;
  self->message = g_strdup (message);
  return self;
}

CbImportError
cb_import_problem_get_code (CbImportProblem *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), CB_IMPORT_ERROR_IO);

  return self->code;
}

/* The file, or NULL when the text did not come from one. */
const char *
cb_import_problem_get_path (CbImportProblem *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), NULL);

  return self->path;
}

guint
cb_import_problem_get_line (CbImportProblem *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), 0);

  return self->line;
}

guint
cb_import_problem_get_column (CbImportProblem *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), 0);

  return self->column;
}

const char *
cb_import_problem_get_message (CbImportProblem *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), NULL);

  return self->message;
}

/* "FILE:LINE:COLUMN: message", as compilers write it; "FILE: message"
 * for the whole file. */
char *
cb_import_problem_dup_text (CbImportProblem *self)
{
  g_autofree char *location = NULL;

  g_return_val_if_fail (CB_IS_IMPORT_PROBLEM (self), NULL);

  if (self->line == 0)
    {
      g_autofree char *display = self->path != NULL ? g_filename_display_name (self->path) : NULL;

      if (display == NULL)
        return g_strdup (self->message);
      return g_strdup_printf ("%s: %s", display, self->message);
    }

  location = cb_csv_format_location (self->path, self->line, self->column);
  return g_strdup_printf ("%s: %s", location, self->message);
}

static void
cb_import_problem_finalize (GObject *object)
{
  CbImportProblem *self = CB_IMPORT_PROBLEM (object);

  g_free (self->path);
  g_free (self->message);

  G_OBJECT_CLASS (cb_import_problem_parent_class)->finalize (object);
}

static void
cb_import_problem_class_init (CbImportProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_import_problem_finalize;
}

static void
cb_import_problem_init (CbImportProblem *self)
{
}
