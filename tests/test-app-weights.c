/* test-app-weights.c: the Weights view driven through its widgets
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: the test suite runs under xvfb-run.
 */

#include "config.h"

#include <string.h>

#include "cb-pairwise-dialog.h"
#include "cb-weight-set-compare.h"
#include "test-app-helpers.h"

static double
dimension_weight (CbWeightSet *set,
                  CbDataset   *dataset,
                  guint        d)
{
  g_autoptr(CbWeights) weights = cb_weights_new_from_weight_set (dataset, set, NULL);

  g_assert_nonnull (weights);
  return cb_weights_get_dimension (weights, d);
}

/* The weights view: a slider moves its group around a lock, the ranking
 * follows as the engine says, rank moves are named, and the moves are
 * stored as one edit that undo takes back. */
void
check_weights (CbWindow *window)
{
  CbWorkbook *workbook = cb_window_get_workbook (window);
  CbSession *session = cb_window_get_session (window);
  CbWeightsView *view = cb_window_get_weights_view (window);
  CbChartView *ranking = cb_weights_view_get_ranking (view);
  g_autoptr(CbDataset) dataset = NULL;
  const char *codes[] = { "co-construction", "co-governance", "co-enjoyment" };
  gint64 ids[3];
  guint index[3];
  g_autoptr(CbWeights) engine_weights = NULL;
  g_autoptr(CbResult) engine = NULL;
  g_autofree char *moves = NULL;
  CbLanguage language = cb_language_from_locale ();

  cb_session_set_weight_set (session, cb_workbook_find_weight_set (workbook, "equal"));
  dataset = cb_dataset_ref (cb_result_get_dataset (cb_session_get_result (session, NULL)));
  for (guint k = 0; k < 3; k++)
    {
      ids[k] = cb_dimension_get_id (cb_workbook_find_dimension (workbook, codes[k]));
      for (index[k] = 0; cb_dataset_get_dimension_id (dataset, index[k]) != ids[k]; index[k]++)
        ;
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (cb_weights_view_find_scale (view, TRUE, ids[k])),
                                      100.0 / 3, 1e-9);
    }

  /* Co-construction locked, co-enjoyment to 60 %: co-governance gets the
   * 1 − 1/3 − 0.6 left. */
  gtk_toggle_button_set_active (cb_weights_view_find_lock (view, TRUE, ids[0]), TRUE);
  gtk_range_set_value (cb_weights_view_find_scale (view, TRUE, ids[2]), 60);
  g_assert_nonnull (cb_session_get_draft (session));
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_session_get_weight_set (session), dataset, index[0]), 1.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_session_get_weight_set (session), dataset, index[1]),
                                  1 - 1.0 / 3 - 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_session_get_weight_set (session), dataset, index[2]), 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (cb_weights_view_find_scale (view, TRUE, ids[1])),
                                  100 * (1 - 1.0 / 3 - 0.6), 1e-6);
  /* The workbook still has the stored weights. */
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_workbook_find_weight_set (workbook, "equal"), dataset, index[2]),
                                  1.0 / 3, 1e-9);

  /* Unlocked, co-enjoyment to 100 %: only it counts; the ranks are the
   * engine's for those weights, and the moves are named. */
  gtk_toggle_button_set_active (cb_weights_view_find_lock (view, TRUE, ids[0]), FALSE);
  gtk_range_set_value (cb_weights_view_find_scale (view, TRUE, ids[2]), 100);
  {
    double dims[3] = { 0 };
    g_autofree double *indicators = g_new (double, cb_dataset_get_n_indicators (dataset));

    for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
      indicators[i] = 1;
    dims[index[2]] = 1;
    engine_weights = cb_weights_new (dataset, dims, indicators, NULL);
  }
  engine = cb_analyse (dataset, engine_weights, cb_session_get_normalisation (session),
                       cb_session_get_aggregation (session), NULL);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    g_assert_cmpuint (rank_of (ranking, cb_dataset_get_case_code (dataset, c)), ==, cb_result_get_rank (engine, c));
  /* By co-enjoyment alone Changchun ties Karamay (60), Jing'an ties
   * Qingyang (55) and Baotou (50) falls behind them. */
  g_assert_cmpuint (rank_of (ranking, "changchun"), ==, 1);
  g_assert_cmpuint (rank_of (ranking, "shanghai-jingan"), ==, 3);
  moves = cb_weights_view_dup_rank_moves (view);
  {
    const char *expected[][2] = { { "changchun", "↑1" }, { "shanghai-jingan", "↑2" }, { "baotou-qingshan", "↓1" } };

    for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
      {
        CbCase *c = cb_workbook_find_case (workbook, expected[k][0]);
        g_autofree char *item = g_strdup_printf ("%s %s", cb_text_get (cb_case_get_name (c), language), expected[k][1]);

        g_test_message ("moves: %s; looking for %s", moves, item);
        g_assert_nonnull (strstr (moves, item));
      }
  }

  /* Stored as one edit; undo brings the equal weights back, in the
   * workbook and on the sliders. */
  g_assert_true (cb_weights_view_commit (view));
  g_assert_null (cb_session_get_draft (session));
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_workbook_find_weight_set (workbook, "equal"), dataset, index[2]),
                                  1.0, 1e-9);
  g_assert_true (cb_undo_stack_get_can_undo (cb_window_get_undo_stack (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpfloat_with_epsilon (dimension_weight (cb_workbook_find_weight_set (workbook, "equal"), dataset, index[2]),
                                  1.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (cb_weights_view_find_scale (view, TRUE, ids[2])), 100.0 / 3, 1e-6);
  g_assert_cmpuint (rank_of (ranking, "karamay"), ==, 1);
  g_assert_true (cb_undo_stack_get_can_redo (cb_window_get_undo_stack (window)));

  /* A new weight set from the weights shown, through its dialog: it can
   * be made only with both names, and is chosen once made. */
  {
    GListModel *sets = cb_workbook_get_weight_sets (workbook);
    GtkWidget *dialog = cb_weights_view_ask_names (view, FALSE);
    GtkWidget **fields = g_object_get_data (G_OBJECT (dialog), "fields");
    CbWeightSet *made;
    gint64 made_id;

    g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
    gtk_editable_set_text (GTK_EDITABLE (fields[0]), "Scenario A");
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
    gtk_editable_set_text (GTK_EDITABLE (fields[1]), " 方案甲 ");
    gtk_editable_set_text (GTK_EDITABLE (fields[2]), "Co-enjoyment first, for the seminar");
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
    if (dialog != NULL)
      gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_null (dialog);
    g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 3);
    made = cb_session_get_weight_set (session);
    made_id = cb_weight_set_get_id (made);
    g_assert_cmpstr (cb_text_get_en (cb_weight_set_get_name (made)), ==, "Scenario A");
    g_assert_cmpstr (cb_text_get_zh (cb_weight_set_get_name (made)), ==, "方案甲");
    g_assert_cmpstr (cb_text_get_en (cb_weight_set_get_note (made)), ==, "Co-enjoyment first, for the seminar");
    g_assert_cmpfloat_with_epsilon (dimension_weight (made, dataset, index[2]), 1.0 / 3, 1e-9);

    /* Renamed: the dialog starts from the names it has. */
    dialog = cb_weights_view_ask_names (view, TRUE);
    fields = g_object_get_data (G_OBJECT (dialog), "fields");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fields[1])), ==, "方案甲");
    gtk_editable_set_text (GTK_EDITABLE (fields[0]), "Scenario B");
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
    if (dialog != NULL)
      gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_null (dialog);
    g_assert_cmpstr (cb_text_get_en (cb_weight_set_get_name (cb_workbook_lookup_weight_set (workbook, made_id))),
                     ==, "Scenario B");

    /* Deleted: the default comes back in its place; undo restores it. */
    gtk_widget_activate_action (GTK_WIDGET (view), "weights.delete-set", NULL);
    g_assert_null (cb_workbook_lookup_weight_set (workbook, made_id));
    g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);
    g_assert_true (cb_session_get_weight_set (session) == cb_workbook_get_default_weight_set (workbook));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_cmpstr (cb_text_get_en (cb_weight_set_get_name (cb_workbook_lookup_weight_set (workbook, made_id))),
                     ==, "Scenario B");
    /* Undo the rename and the making too. */
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_null (cb_workbook_lookup_weight_set (workbook, made_id));
    g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);
  }
}

static guint
n_judgements (CbWeightSet     *set,
              CbJudgementKind  kind)
{
  GPtrArray *judgements = cb_weight_set_get_judgements (set);
  guint n = 0;

  for (guint k = 0; k < judgements->len; k++)
    n += cb_judgement_get_kind (g_ptr_array_index (judgements, k)) == kind;
  return n;
}

static void
close_dialog (GtkWidget *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (dialog);
}

/* The pairwise editor: a consistent 3 × 3 matrix gives CR 0 and its exact
 * weights, an inconsistent one CR above 0.10 with the expected judgement
 * pointed out; applied, the weights and judgements are stored as one
 * edit, reopen as they were, and undo takes them back. */
void
check_pairwise (CbWindow *window)
{
  CbWorkbook *workbook = cb_window_get_workbook (window);
  CbSession *session = cb_window_get_session (window);
  CbWeightsView *view = cb_window_get_weights_view (window);
  const char *codes[] = { "co-construction", "co-governance", "co-enjoyment" };
  g_autoptr(CbDataset) dataset = NULL;
  CbPairwiseDialog *dialog;
  CbAhpRevision revision;
  CbAhpResult *result;
  CbWeightSet *set;
  guint index[3];

  cb_session_set_weight_set (session, cb_workbook_find_weight_set (workbook, "equal"));
  dataset = cb_dataset_ref (cb_result_get_dataset (cb_session_get_result (session, NULL)));
  for (guint k = 0; k < 3; k++)
    {
      gint64 id = cb_dimension_get_id (cb_workbook_find_dimension (workbook, codes[k]));

      for (index[k] = 0; cb_dataset_get_dimension_id (dataset, index[k]) != id; index[k]++)
        ;
    }
  g_assert_cmpuint (n_judgements (cb_session_get_weight_set (session), CB_JUDGEMENT_DIMENSIONS), ==, 0);

  dialog = CB_PAIRWISE_DIALOG (cb_weights_view_open_pairwise (view, -1));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (cb_pairwise_dialog_get_n (dialog), ==, 3);
  /* Nothing judged yet: all equal. */
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (cb_pairwise_dialog_get_result (dialog), 0), 1.0 / 3, 1e-12);

  /* Consistent, 4 : 2 : 1. The first judgement through its slider:
   * two steps towards co-construction is "3×"; one step back is 2×. */
  {
    GtkRange *scale = cb_pairwise_dialog_get_scale (dialog, MIN (index[0], index[1]), MAX (index[0], index[1]));
    double towards = index[0] < index[1] ? -1 : 1;

    gtk_range_set_value (scale, 2 * towards);
    g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[0], index[1]), 3, 1e-12);
    gtk_range_set_value (scale, towards);
    g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[0], index[1]), 2, 1e-12);
    g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[1], index[0]), 0.5, 1e-12);
  }
  cb_pairwise_dialog_set_judgement (dialog, index[0], index[2], 4);
  cb_pairwise_dialog_set_judgement (dialog, index[2], index[1], 0.5);
  result = cb_pairwise_dialog_get_result (dialog);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_cr (result), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, index[0]), 4.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, index[1]), 2.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cb_ahp_result_get_weight (result, index[2]), 1.0 / 7, 1e-9);
  g_assert_false (cb_pairwise_dialog_get_revision (dialog, NULL));

  /* Inconsistent: 5× over co-governance, which is 3× over co-enjoyment,
   * yet co-enjoyment 2× over co-construction. The weakest judgement, the
   * last, is pointed out, with 9 (as near 15 as the scale goes). */
  cb_pairwise_dialog_set_judgement (dialog, index[0], index[1], 5);
  cb_pairwise_dialog_set_judgement (dialog, index[1], index[2], 3);
  cb_pairwise_dialog_set_judgement (dialog, index[0], index[2], 0.5);
  result = cb_pairwise_dialog_get_result (dialog);
  g_test_message ("%s", cb_pairwise_dialog_get_summary (dialog));
  g_assert_cmpfloat (cb_ahp_result_get_cr (result), >, 0.10);
  g_assert_true (cb_pairwise_dialog_get_revision (dialog, &revision));
  g_assert_cmpuint (revision.row, ==, MIN (index[0], index[2]));
  g_assert_cmpuint (revision.column, ==, MAX (index[0], index[2]));
  g_assert_cmpfloat_with_epsilon (index[0] < index[2] ? revision.suggested : 1 / revision.suggested, 9, 1e-9);
  cb_pairwise_dialog_use_revision (dialog);
  g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[0], index[2]), 9, 1e-9);
  g_assert_cmpfloat (cb_ahp_result_get_cr (cb_pairwise_dialog_get_result (dialog)), <=, 0.10);
  g_assert_false (cb_pairwise_dialog_get_revision (dialog, NULL));

  /* Back to 4 : 2 : 1 and applied: one edit with weights and judgements. */
  cb_pairwise_dialog_set_judgement (dialog, index[0], index[1], 2);
  cb_pairwise_dialog_set_judgement (dialog, index[1], index[2], 2);
  cb_pairwise_dialog_set_judgement (dialog, index[0], index[2], 4);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  cb_pairwise_dialog_apply (dialog);
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (dialog);
  set = cb_workbook_find_weight_set (workbook, "equal");
  g_assert_cmpfloat_with_epsilon (dimension_weight (set, dataset, index[0]), 4.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (dimension_weight (set, dataset, index[2]), 1.0 / 7, 1e-9);
  g_assert_cmpuint (n_judgements (set, CB_JUDGEMENT_DIMENSIONS), ==, 3);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (cb_weights_view_find_scale (view, TRUE, cb_dataset_get_dimension_id (dataset, index[0]))),
                                  400.0 / 7, 1e-6);

  /* Reopened, the judgements are as they were. */
  dialog = CB_PAIRWISE_DIALOG (cb_weights_view_open_pairwise (view, -1));
  g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[0], index[1]), 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (cb_pairwise_dialog_get_judgement (dialog, index[2], index[0]), 0.25, 1e-9);
  close_dialog (GTK_WIDGET (dialog));
  /* Cancelled, nothing changed. */
  g_assert_cmpuint (n_judgements (cb_workbook_find_weight_set (workbook, "equal"), CB_JUDGEMENT_DIMENSIONS), ==, 3);

  /* The indicators of a dimension have their own editor. */
  dialog = CB_PAIRWISE_DIALOG (cb_weights_view_open_pairwise (view, (int) index[1]));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (cb_pairwise_dialog_get_n (dialog), >=, 2);
  close_dialog (GTK_WIDGET (dialog));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  set = cb_workbook_find_weight_set (workbook, "equal");
  g_assert_cmpfloat_with_epsilon (dimension_weight (set, dataset, index[0]), 1.0 / 3, 1e-9);
  g_assert_cmpuint (n_judgements (set, CB_JUDGEMENT_DIMENSIONS), ==, 0);
}

/* Weight sets chosen in the weights view, duplicated, and two compared
 * side by side: their weights, and the ranks the engine gives under each. */
void
check_compare_sets (CbWindow *window)
{
  CbWorkbook *workbook = cb_window_get_workbook (window);
  CbSession *session = cb_window_get_session (window);
  CbWeightsView *view = cb_window_get_weights_view (window);
  CbWeightSet *equal = cb_workbook_find_weight_set (workbook, "equal");
  CbWeightSet *enjoyment = cb_workbook_find_weight_set (workbook, "co-enjoyment-first");
  GListModel *sets = cb_workbook_get_weight_sets (workbook);
  g_autoptr(GError) error = NULL;
  g_autofree char *table = NULL;
  g_autofree char *summary = NULL;
  CbWeightSetCompare *compare;
  CbChartData *data;
  gint64 copy_id;

  g_assert_nonnull (equal);
  g_assert_nonnull (enjoyment);
  cb_session_set_weight_set (session, enjoyment);

  /* Duplicated: a copy with the same weights, chosen; undo removes it. */
  copy_id = cb_weights_view_duplicate_set (view, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 3);
  g_assert_cmpint (cb_weight_set_get_id (cb_session_get_weight_set (session)), ==, copy_id);
  g_assert_cmpstr (cb_text_get_en (cb_weight_set_get_name (cb_session_get_weight_set (session))), ==,
                   g_strconcat (cb_text_get_en (cb_weight_set_get_name (enjoyment)), " (copy)", NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_null (cb_workbook_lookup_weight_set (workbook, copy_id));
  g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);

  /* Side by side: equal (A) against co-enjoyment first (B). */
  cb_session_set_weight_set (session, equal);
  compare = CB_WEIGHT_SET_COMPARE (cb_weights_view_open_compare (view));
  g_assert_nonnull (compare);
  cb_weight_set_compare_set_sets (compare, equal, enjoyment);
  data = cb_chart_view_get_data (cb_weight_set_compare_get_chart (compare));
  g_assert_nonnull (data);
  summary = cb_chart_view_dup_summary (cb_weight_set_compare_get_chart (compare));
  g_test_message ("%s", summary);
  /* A's and B's ranks are the engine's for their weights. */
  {
    CbDataset *dataset = cb_result_get_dataset (cb_chart_data_get_result (data));
    g_autoptr(CbWeights) weights_a = cb_weights_new_from_weight_set (dataset, equal, &error);
    g_autoptr(CbWeights) weights_b = cb_weights_new_from_weight_set (dataset, enjoyment, &error);
    g_autoptr(CbResult) a = cb_analyse (dataset, weights_a, cb_session_get_normalisation (session),
                                        cb_session_get_aggregation (session), &error);
    g_autoptr(CbResult) b = cb_analyse (dataset, weights_b, cb_session_get_normalisation (session),
                                        cb_session_get_aggregation (session), &error);
    guint moved = 0;

    g_assert_no_error (error);
    for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
      if (cb_result_get_rank (a, c) > 0)
        {
          g_autofree char *line = g_strdup_printf ("%s: %u → %u",
                                                   cb_text_get (cb_dataset_get_case_name (dataset, c),
                                                                cb_language_from_locale ()),
                                                   cb_result_get_rank (a, c), cb_result_get_rank (b, c));

          g_assert_nonnull (strstr (summary, line));
          moved += cb_result_get_rank (a, c) != cb_result_get_rank (b, c);
        }
    g_assert_cmpuint (moved, >, 0);
  }
  /* The table: co-enjoyment's weight under each, and B minus A. */
  table = cb_weight_set_compare_dup_table (compare);
  g_test_message ("%s", table);
  g_assert_nonnull (strstr (table, "\t33.3\t"));
  close_dialog (GTK_WIDGET (compare));
  cb_session_set_weight_set (session, equal);
}
