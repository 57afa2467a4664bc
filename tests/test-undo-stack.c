/* test-undo-stack.c: undo and redo of score edits, through the store
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cb-session.h"
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

static guint
count_scores_of (CbWorkbook *wb,
                 gint64      case_id)
{
  GListModel *scores = cb_workbook_get_scores (wb);
  guint n = 0;

  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, k);

      n += cb_score_get_case_id (score) == case_id;
    }
  return n;
}

/* Deleting, adding and changing cases undo and redo with their ids and
 * scores intact, so later edits stay valid. */
static void
test_cases (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  gint64 karamay = cb_case_get_id (cb_workbook_find_case (wb, "karamay"));
  g_autoptr(CbCase) fresh = cb_case_new ();
  g_autoptr(CbText) name = cb_text_new ("Hangzhou Shangcheng", "杭州上城");
  g_autoptr(CbCase) renamed = NULL;
  g_autoptr(CbText) new_name = cb_text_new ("Karamay District", "克拉玛依区");
  gint64 id;

  g_assert_true (cb_undo_stack_delete_case (stack, karamay, &error));
  g_assert_no_error (error);
  g_assert_null (cb_workbook_find_case (wb, "karamay"));
  g_assert_cmpuint (count_scores_of (wb, karamay), ==, 0);
  g_assert_nonnull (strstr (cb_undo_stack_get_undo_label (stack), "Karamay"));
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_case_get_id (cb_workbook_find_case (wb, "karamay")), ==, karamay);
  g_assert_cmpuint (count_scores_of (wb, karamay), ==, 10);
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_null (cb_workbook_find_case (wb, "karamay"));
  g_assert_true (cb_undo_stack_undo (stack, &error));

  cb_case_set_code (fresh, "hangzhou-shangcheng");
  cb_case_set_name (fresh, name);
  id = cb_undo_stack_add_case (stack, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_null (cb_workbook_find_case (wb, "hangzhou-shangcheng"));
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_cmpint (cb_case_get_id (cb_workbook_find_case (wb, "hangzhou-shangcheng")), ==, id);

  renamed = cb_case_copy (cb_workbook_find_case (wb, "karamay"));
  cb_case_set_name (renamed, new_name);
  g_assert_true (cb_undo_stack_update_case (stack, renamed, &error));
  g_assert_true (cb_text_equal (cb_case_get_name (cb_workbook_find_case (wb, "karamay")), new_name));
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_cmpstr (cb_text_get_en (cb_case_get_name (cb_workbook_find_case (wb, "karamay"))), ==, "Karamay");

  /* A refused change is not recorded. */
  cb_case_set_code (renamed, "Not A Code");
  g_assert_false (cb_undo_stack_update_case (stack, renamed, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
  g_assert_true (cb_undo_stack_get_can_redo (stack));
}

/* Deleting an indicator takes its scores and weights; undo brings all
 * of them back, with its id; adding one undoes too. */
static void
test_indicators (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  CbIndicator *results = cb_workbook_find_indicator (wb, "results");
  gint64 id = cb_indicator_get_id (results);
  gint64 dimension = cb_indicator_get_dimension_id (results);
  CbWeightSet *set = cb_workbook_find_weight_set (wb, "co-enjoyment-first");
  g_autoptr(CbIndicator) fresh = cb_indicator_new ();
  g_autoptr(CbText) name = cb_text_new ("Digital inclusion", "数字包容");
  double weight = 0;
  gint64 added;

  g_assert_true (cb_weight_set_get_indicator_weight (set, id, &weight));
  g_assert_cmpfloat (weight, ==, 2.0);

  g_assert_true (cb_undo_stack_delete_indicator (stack, id, &error));
  g_assert_no_error (error);
  g_assert_null (cb_workbook_find_indicator (wb, "results"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (wb)), ==, 63);

  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cb_indicator_get_id (cb_workbook_find_indicator (wb, "results")), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (wb)), ==, 70);
  g_assert_true (cb_weight_set_get_indicator_weight (cb_workbook_find_weight_set (wb, "co-enjoyment-first"),
                                                     id, &weight));
  g_assert_cmpfloat (weight, ==, 2.0);

  cb_indicator_set_dimension_id (fresh, dimension);
  cb_indicator_set_code (fresh, "digital-inclusion");
  cb_indicator_set_name (fresh, name);
  cb_indicator_set_position (fresh, 9);
  added = cb_undo_stack_add_indicator (stack, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_indicators (wb)), ==, 11);
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_indicators (wb)), ==, 10);
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_cmpint (cb_indicator_get_id (cb_workbook_find_indicator (wb, "digital-inclusion")), ==, added);
}

static void
count_changed (CbSession *session,
               guint     *count)
{
  (*count)++;
}

/* A draft is analysed in place of its stored set, then stored with undo. */
static void
test_weight_set (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  g_autoptr(CbSession) session = cb_session_new (wb);
  CbWeightSet *stored = cb_session_get_weight_set (session);
  g_autoptr(CbWeightSet) draft = cb_weight_set_copy (stored);
  gint64 enjoyment = cb_dimension_get_id (cb_workbook_find_dimension (wb, "co-enjoyment"));
  int karamay;
  double before, after, w;
  guint changed = 0;

  g_assert_no_error (error);
  g_signal_connect (session, "changed", G_CALLBACK (count_changed), &changed);
  karamay = cb_dataset_find_case (cb_result_get_dataset (cb_session_get_result (session, NULL)), "karamay");
  before = cb_result_get_composite (cb_session_get_result (session, NULL), karamay);

  /* Karamay's co-enjoyment (60) is its lowest dimension: more weight on it
   * lowers its composite. */
  cb_weight_set_set_dimension_weight (draft, enjoyment, 4.0);
  cb_session_set_draft (session, draft);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (cb_session_get_weight_set (session) == draft);
  after = cb_result_get_composite (cb_session_get_result (session, NULL), karamay);
  g_assert_cmpfloat (after, <, before - 1);
  g_assert_false (cb_weight_set_get_dimension_weight (stored, enjoyment, &w) && w == 4.0);

  /* Stored: one edit, the draft dropped by the session with one change,
   * the same analysis. */
  changed = 0;
  g_assert_true (cb_undo_stack_update_weight_set (stack, draft, &error));
  g_assert_no_error (error);
  g_assert_null (cb_session_get_draft (session));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (cb_weight_set_get_dimension_weight (cb_session_get_weight_set (session), enjoyment, &w));
  g_assert_cmpfloat (w, ==, 4.0);
  g_assert_cmpfloat_with_epsilon (cb_result_get_composite (cb_session_get_result (session, NULL), karamay),
                                  after, 1e-9);
  g_assert_nonnull (strstr (cb_undo_stack_get_undo_label (stack), "weights"));

  /* Undo puts the stored weights back, redo again. */
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_cmpfloat_with_epsilon (cb_result_get_composite (cb_session_get_result (session, NULL), karamay),
                                  before, 1e-9);
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_true (cb_weight_set_get_dimension_weight (cb_session_get_weight_set (session), enjoyment, &w));
  g_assert_cmpfloat (w, ==, 4.0);

  /* A set no longer in the workbook is refused. */
  cb_weight_set_set_id (draft, 9999);
  g_assert_false (cb_undo_stack_update_weight_set (stack, draft, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND);
}

/* Weight sets added and deleted come back under their own ids. */
static void
test_weight_set_add_delete (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  g_autoptr(CbWeightSet) copy = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "co-enjoyment-first"));
  g_autoptr(CbText) name = cb_text_new ("Scenario A", "方案 A");
  gint64 enjoyment = cb_dimension_get_id (cb_workbook_find_dimension (wb, "co-enjoyment"));
  gint64 id;
  double w, original;

  g_assert_true (cb_weight_set_get_dimension_weight (copy, enjoyment, &original));
  cb_weight_set_set_code (copy, "scenario-a");
  cb_weight_set_set_name (copy, name);
  id = cb_undo_stack_add_weight_set (stack, copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_weight_sets (wb)), ==, 3);

  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_null (cb_workbook_find_weight_set (wb, "scenario-a"));
  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_cmpint (cb_weight_set_get_id (cb_workbook_find_weight_set (wb, "scenario-a")), ==, id);

  /* Deleted with its weights; undo brings both back under the same id. */
  g_assert_true (cb_undo_stack_delete_weight_set (stack, id, &error));
  g_assert_null (cb_workbook_lookup_weight_set (wb, id));
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_true (cb_weight_set_get_dimension_weight (cb_workbook_lookup_weight_set (wb, id), enjoyment, &w));
  g_assert_cmpfloat (w, ==, original);
  g_assert_cmpstr (cb_text_get_zh (cb_weight_set_get_name (cb_workbook_lookup_weight_set (wb, id))), ==, "方案 A");

  /* Not there: refused, nothing recorded. */
  g_assert_false (cb_undo_stack_delete_weight_set (stack, 9999, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The last weight set stays. */
  g_assert_true (cb_undo_stack_delete_weight_set (stack, id, &error));
  g_assert_true (cb_undo_stack_delete_weight_set (stack, cb_weight_set_get_id (cb_workbook_find_weight_set (wb, "co-enjoyment-first")), &error));
  g_assert_false (cb_undo_stack_delete_weight_set (stack, cb_weight_set_get_id (cb_workbook_find_weight_set (wb, "equal")), &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_weight_sets (wb)), ==, 1);
}

/* An import, undone: the new case goes, Karamay's scores are as they
 * were (a changed one back, a deleted one back with its evidence);
 * redone: the file's values again. */
static void
test_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  g_autoptr(CbUndoStack) stack = cb_undo_stack_new (wb);
  gint64 c = cb_case_get_id (cb_workbook_find_case (wb, "karamay"));
  gint64 results = cb_indicator_get_id (cb_workbook_find_indicator (wb, "results"));
  gint64 institutions = cb_indicator_get_id (cb_workbook_find_indicator (wb, "institutions"));
  g_autofree char *evidence = g_strdup (cb_text_get_en (cb_score_get_evidence (cb_workbook_get_score (wb, c, institutions))));
  guint n_cases = g_list_model_get_n_items (cb_workbook_get_cases (wb));
  guint n_scores = g_list_model_get_n_items (cb_workbook_get_scores (wb));
  double institutions_before = stored_value (wb, c, institutions);
  /* Karamay: results to 4.5, institutions emptied (a missing score). */
  const char *csv = "case,indicator,value,evidence\n"
                    "karamay,results,4.5,A new survey\n"
                    "karamay,institutions,,\n"
                    "new-town,,,\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(CbImport) import = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (wb, c, results), ==, 2.0);
  g_assert_nonnull (evidence);

  /* A new case needs a name: this one is refused, and nothing recorded. */
  import = cb_import_new_from_bytes (wb, bytes, "karamay.csv");
  g_assert_false (cb_import_is_valid (import));
  g_assert_false (cb_undo_stack_import (stack, import, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (cb_undo_stack_get_can_undo (stack));
  g_clear_object (&import);

  {
    const char *named = "case,indicator,value,evidence,name_en\n"
                        "karamay,results,4.5,A new survey,\n"
                        "karamay,institutions,,,\n"
                        "new-town,,,,New Town\n";
    g_autoptr(GBytes) named_bytes = g_bytes_new_static (named, strlen (named));

    import = cb_import_new_from_bytes (wb, named_bytes, "karamay.csv");
  }
  g_assert_true (cb_import_is_valid (import));
  g_assert_true (cb_undo_stack_import (stack, import, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (wb, c, results), ==, 4.5);
  g_assert_cmpfloat (stored_value (wb, c, institutions), ==, -1);
  g_assert_nonnull (cb_workbook_find_case (wb, "new-town"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (wb)), ==, n_cases + 1);
  g_assert_cmpstr (cb_undo_stack_get_undo_label (stack), ==, "importing karamay.csv");

  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_null (cb_workbook_find_case (wb, "new-town"));
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (wb)), ==, n_cases);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (wb)), ==, n_scores);
  g_assert_cmpfloat (stored_value (wb, c, results), ==, 2.0);
  g_assert_cmpfloat (stored_value (wb, c, institutions), ==, institutions_before);
  g_assert_cmpstr (cb_text_get_en (cb_score_get_evidence (cb_workbook_get_score (wb, c, institutions))), ==, evidence);
  g_assert_cmpint (cb_case_get_id (cb_workbook_find_case (wb, "karamay")), ==, c);

  g_assert_true (cb_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (wb, c, results), ==, 4.5);
  g_assert_nonnull (cb_workbook_find_case (wb, "new-town"));
  g_assert_true (cb_undo_stack_undo (stack, &error));
  g_assert_null (cb_workbook_find_case (wb, "new-town"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo-stack/undo-redo", test_undo_redo);
  g_test_add_func ("/undo-stack/undo-new-score", test_undo_new_score);
  g_test_add_func ("/undo-stack/cases", test_cases);
  g_test_add_func ("/undo-stack/indicators", test_indicators);
  g_test_add_func ("/undo-stack/weight-set", test_weight_set);
  g_test_add_func ("/undo-stack/weight-set-add-delete", test_weight_set_add_delete);
  g_test_add_func ("/undo-stack/import", test_import);

  return g_test_run ();
}
