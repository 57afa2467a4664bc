/* test-app-data.c: CSV import previewed in the app, and the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: the test suite runs under xvfb-run.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cb-import-dialog.h"
#include "test-app-helpers.h"

static GFile *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
close_window (GtkWidget *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (window);
}

/* A file saved by LibreOffice Calc (BOM, CRLF) is previewed, then
 * imported; a broken one lists its problems by line and column and
 * cannot be imported; the report is written as a PDF. */
void
check_import_and_report (CbWindow *window)
{
  CbWorkbook *workbook = cb_window_get_workbook (window);
  GListModel *cases = cb_workbook_get_cases (workbook);
  g_autoptr(CbIndicator) first = g_list_model_get_item (cb_workbook_get_indicators (workbook), 0);
  const char *code = cb_indicator_get_code (first);
  double high = cb_indicator_get_scale_max (first);
  guint n_cases = g_list_model_get_n_items (cases);
  g_autofree char *good_text = g_strdup_printf ("\xEF\xBB\xBF" "case,name_en,name_zh,%s\r\n"
                                                "new-town,\"New Town, East\",新城,%g\r\n", code, high);
  g_autofree char *bad_text = g_strdup_printf ("case,name_en,%s,no-such-indicator\n"
                                               "karamay,Karamay,%g,1\n"
                                               "atlantis,,1,1\n", code, high + 1);
  g_autoptr(GFile) good = write_temp ("casebench-app-import.csv", good_text);
  g_autoptr(GFile) bad = write_temp ("casebench-app-broken.csv", bad_text);
  g_autofree char *pdf_path = g_build_filename (g_get_tmp_dir (), "casebench-app-report.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  CbImportDialog *dialog;
  g_autofree char *summary = NULL;
  g_autofree char *contents = NULL;
  GListModel *problems;
  CbCase *made;
  gsize length;

  /* Broken: every problem by line and column, nothing imported. */
  dialog = CB_IMPORT_DIALOG (cb_window_import_file (window, bad));
  g_assert_nonnull (dialog);
  g_assert_false (cb_import_dialog_can_import (dialog));
  problems = cb_import_get_problems (cb_import_dialog_get_import (dialog));
  /* The unknown column, the value out of scale, the new case without a name. */
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 3);
  for (guint k = 0; k < g_list_model_get_n_items (problems); k++)
    {
      g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, k);
      g_autofree char *text = cb_import_problem_dup_text (problem);

      g_test_message ("%s", text);
      g_assert_cmpuint (cb_import_problem_get_line (problem), >=, 1);
      g_assert_cmpuint (cb_import_problem_get_column (problem), >=, 1);
    }
  {
    g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, 0);

    /* The unknown indicator's head, after "case,name_en,CODE,". */
    g_assert_cmpint (cb_import_problem_get_code (problem), ==, CB_IMPORT_ERROR_UNKNOWN_INDICATOR);
    g_assert_cmpuint (cb_import_problem_get_line (problem), ==, 1);
    g_assert_cmpuint (cb_import_problem_get_column (problem), ==, strlen ("case,name_en,,") + strlen (code) + 1);
  }
  {
    g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, 2);

    g_assert_cmpint (cb_import_problem_get_code (problem), ==, CB_IMPORT_ERROR_MISSING_NAME);
    g_assert_cmpuint (cb_import_problem_get_line (problem), ==, 3);
    g_assert_cmpuint (cb_import_problem_get_column (problem), ==, 1);
  }
  g_assert_false (cb_import_dialog_commit (dialog));
  close_window (GTK_WIDGET (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, n_cases);

  /* Good: previewed, then imported. */
  dialog = CB_IMPORT_DIALOG (cb_window_import_file (window, good));
  g_assert_true (cb_import_dialog_can_import (dialog));
  summary = cb_import_dialog_dup_summary (dialog);
  g_assert_cmpstr (summary, ==, _("Wide format: one row per case. Nothing changes until you import."));
  g_assert_cmpuint (cb_import_get_n_new_cases (cb_import_dialog_get_import (dialog)), ==, 1);
  g_assert_null (cb_workbook_find_case (workbook, "new-town"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (cb_import_dialog_commit (dialog));
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (dialog);
  made = cb_workbook_find_case (workbook, "new-town");
  g_assert_nonnull (made);
  g_assert_cmpstr (cb_text_get_en (cb_case_get_name (made)), ==, "New Town, East");
  g_assert_cmpstr (cb_text_get_zh (cb_case_get_name (made)), ==, "新城");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, n_cases + 1);

  /* Undone from the window, and redone. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_null (cb_workbook_find_case (workbook, "new-town"));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, n_cases);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  made = cb_workbook_find_case (workbook, "new-town");
  g_assert_nonnull (made);

  /* The report: a PDF with the new case in it. */
  g_assert_true (cb_window_report_file (window, pdf));
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_unlink (pdf_path);
  g_file_delete (good, NULL, NULL);
  g_file_delete (bad, NULL, NULL);
}
