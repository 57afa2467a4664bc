/* test-undo-stack.c: undo and redo of score edits, through the store
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cb-undo-stack.h"

static double
stored_value (CbWorkbook *wb,
              gint64      case_id,
              gint64      indicator_id)
{
  CbScore *score = cb_workbook_get_score (wb, case_id, indicator_id);

  return score != NULL && cb_score_get_has_value (score) ? cb_score_get_value (score) : -1;
}

static void
test_undo_redo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  gint64 c = cb_case_get_id (cb_workbook_find_case (wb, "karamay"));
  gint64 i = cb_indicator_get_id (cb_workbook_find_indicator (wb, "results"));
  double original = stored_value (wb, c, i);
  g_autoptr(CbScore) edit = cb_score_copy (cb_workbook_get_score (wb, c, i));
  g_autoptr(CbScore) bad = NULL;

  g_assert_cmpfloat (original, ==, 2.0);
  g_assert_false (cb_undo_stack_get_can_undo (stack));

  cb_score_set_value (edit, 4.5);
  g_assert_true (cb_undo_stack_set_score (stack, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (wb, c, i), ==, 4.5);
  g_assert_true (cb_undo_stack_get_can_undo (stack));
  g_assert_nonnull (strstr (cb_undo_stack_get_undo_label (stack), "Karamay"));

  /* A refused change is not recorded. */
  bad = cb_score_copy (edit);
  cb_score_set_value (bad, 9);
  g_assert_false (cb_undo_stack_set_score (stack, bad, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpfloat (stored_value (wb, c, i), ==, 4.5);

  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (wb, c, i), ==, original);
  g_assert_false (cb_undo_stack_get_can_undo (stack));
  g_assert_true (cb_undo_stack_get_can_redo (stack));

  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_cmpfloat (stored_value (wb, c, i), ==, 4.5);
  g_assert_false (cb_undo_stack_redo (stack, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A new edit after an undo drops what could be redone. */
  g_assert_true (cb_undo_stack_undo (stack, NULL));
  cb_score_set_value (edit, 1);
  g_assert_true (cb_undo_stack_set_score (stack, edit, NULL));
  g_assert_false (cb_undo_stack_get_can_redo (stack));
  g_assert_cmpfloat (stored_value (wb, c, i), ==, 1.0);
}

/* Undoing the first score of a pair removes it again. */
static void
test_undo_new_score (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  gint64 c = cb_case_get_id (cb_workbook_find_case (wb, "changchun"));
  gint64 i = cb_indicator_get_id (cb_workbook_find_indicator (wb, "platform"));
  g_autoptr(CbScore) score = cb_score_new ();

  g_assert_true (cb_workbook_delete_score (wb, c, i, NULL));
  cb_score_set_case_id (score, c);
  cb_score_set_indicator_id (score, i);
  cb_score_set_has_value (score, TRUE);
  cb_score_set_value (score, 3);
  g_assert_true (cb_undo_stack_set_score (stack, score, &error));
  g_assert_nonnull (cb_workbook_get_score (wb, c, i));
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_null (cb_workbook_get_score (wb, c, i));
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_cmpfloat (stored_value (wb, c, i), ==, 3.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo-stack/undo-redo", test_undo_redo);
  g_test_add_func ("/undo-stack/undo-new-score", test_undo_new_score);

  return g_test_run ();
}
