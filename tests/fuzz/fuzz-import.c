/* fuzz-import.c: a libFuzzer target for the CSV reader and the importer
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input may be refused, but never crash, leak, warn, or give a
 * problem without a place; an input that imports cleanly goes into a
 * fresh workbook, and the scores exported from it import again without
 * a problem and without a change.
 */

#include "config.h"

#include <stdint.h>

#include "cb-csv-export.h"
#include "cb-csv.h"
#include "cb-import.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static CbWorkbook *shared_workbook;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  shared_workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, NULL);
  g_assert_nonnull (shared_workbook);
  return 0;
}

static void
check_problems (CbImport *import)
{
  GListModel *problems = cb_import_get_problems (import);
  guint n = g_list_model_get_n_items (problems);

  g_assert_cmpuint (n, <=, CB_IMPORT_MAX_PROBLEMS);
  g_assert_true (cb_import_is_valid (import) == (n == 0));
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, k);
      g_autofree char *text = cb_import_problem_dup_text (problem);

      g_assert_cmpuint (cb_import_problem_get_line (problem), >=, 1);
      g_assert_cmpuint (cb_import_problem_get_column (problem), >=, 1);
      g_assert_true (g_str_has_prefix (text, "fuzz.csv:"));
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

/* The scores of a workbook, exported in a layout, import into it again
 * without a problem and without a change. */
static void
check_round_trip (CbWorkbook  *workbook,
                  CbCsvLayout  layout)
{
  g_autofree char *text = cb_csv_export_scores (workbook, layout);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(CbImport) again = cb_import_new_from_bytes (workbook, bytes, "export.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cb_import_is_valid (again));
  g_assert_true (cb_import_commit (again, &error));
  g_assert_no_error (error);
  after = cb_csv_export_scores (workbook, layout);
  g_assert_cmpstr (after, ==, text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CbCsvTable) table = cb_csv_read_bytes (bytes, "fuzz.csv", NULL);
  g_autoptr(CbImport) import = NULL;
  g_autoptr(CbWorkbook) fresh = NULL;
  g_autoptr(CbImport) into_fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (shared_workbook == NULL)
    LLVMFuzzerInitialize (NULL, NULL);

  import = cb_import_new_from_bytes (shared_workbook, bytes, "fuzz.csv");
  check_problems (import);
  g_assert_true (table != NULL || !cb_import_is_valid (import));
  if (!cb_import_is_valid (import))
    return 0;

  /* Written into a workbook of its own, so that every input starts from
   * the same one. */
  fresh = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_assert_no_error (error);
  into_fresh = cb_import_new_from_bytes (fresh, bytes, "fuzz.csv");
  g_assert_true (cb_import_commit (into_fresh, &error));
  g_assert_no_error (error);
  check_round_trip (fresh, CB_CSV_LAYOUT_WIDE);
  check_round_trip (fresh, CB_CSV_LAYOUT_LONG);
  return 0;
}
