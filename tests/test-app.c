/* test-app.c: the application starts, presents its window, and cleans up
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: the test suite runs under xvfb-run.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gstdio.h>

#include "cb-application.h"
#include "cb-case-editor.h"
#include "cb-export-dialog.h"
#include "cb-framework-dialog.h"
#include "cb-window.h"
#include "test-app-helpers.h"

static gboolean
about_is_shown (gpointer data)
{
  GtkWindow *about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);

  return about != NULL && gtk_widget_get_mapped (GTK_WIDGET (about));
}

static guint
count_chart_cases (CbChartView *view,
                   const char  *code)
{
  CbChartData *data = cb_chart_view_get_data (view);
  CbDataset *dataset;
  guint found = 0;

  g_assert_nonnull (data);
  dataset = cb_result_get_dataset (cb_chart_data_get_result (data));
  for (guint k = 0; k < cb_chart_data_get_n_cases (data); k++)
    found += g_str_equal (cb_dataset_get_case_code (dataset, cb_chart_data_get_case (data, k)), code);
  return found;
}

/* The workbench: the sidebar's checks and the compare view's choices
 * reach the charts. */
static void
check_workbench (CbWindow *window)
{
  CbCaseList *list = cb_window_get_case_list (window);
  CbCompareView *compare = cb_window_get_compare_view (window);
  CbChartView *radar = cb_compare_view_get_chart (compare, CB_CHART_RADAR);
  CbChartView *ranking = cb_compare_view_get_chart (compare, CB_CHART_RANKING);
  GtkListBox *list_box = cb_case_list_get_list_box (list);
  GtkListBoxRow *row = NULL;
  GtkWidget *check;
  g_autofree char *summary = NULL;
  guint n_rows = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (child), "case-id")) ==
          (gsize) cb_case_get_id (cb_workbook_find_case (cb_window_get_workbook (window), "karamay")))
        row = GTK_LIST_BOX_ROW (child);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 7);
  g_assert_nonnull (row);

  /* Every case is compared to begin with; Karamay leads. */
  g_assert_cmpuint (count_chart_cases (radar, "karamay"), ==, 1);
  g_assert_cmpuint (rank_of (ranking, "karamay"), ==, 1);
  summary = cb_chart_view_dup_summary (ranking);
  g_assert_nonnull (strstr (summary, "1. Karamay 71.1"));

  /* Unchecking Karamay takes it out of the charts. */
  check = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_false (cb_session_get_case_checked (cb_window_get_session (window),
                                               cb_case_get_id (cb_workbook_find_case (cb_window_get_workbook (window),
                                                                                      "karamay"))));
  g_assert_cmpuint (count_chart_cases (radar, "karamay"), ==, 0);
  g_assert_cmpuint (count_chart_cases (radar, "changchun"), ==, 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (count_chart_cases (radar, "karamay"), ==, 1);

  /* Another weight set: Changchun leads, as the engine says. */
  cb_session_set_weight_set (cb_window_get_session (window),
                             cb_workbook_find_weight_set (cb_window_get_workbook (window), "co-enjoyment-first"));
  g_assert_cmpuint (rank_of (ranking, "changchun"), ==, 1);
  g_assert_cmpuint (rank_of (ranking, "karamay"), ==, 2);

  /* Editing a score in the case view goes to the store, the ranking
   * follows as the engine says, and undo and redo work on the store. */
  {
    CbWorkbook *workbook = cb_window_get_workbook (window);
    CbSession *session = cb_window_get_session (window);
    gint64 karamay = cb_case_get_id (cb_workbook_find_case (workbook, "karamay"));
    gint64 results = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "results"));
    CbScoreRow *row_widget;
    GtkSpinButton *spin;
    CbResult *result;
    double before;

    cb_session_set_current_case (session, karamay);
    row_widget = cb_case_view_find_row (cb_window_get_case_view (window), results);
    g_assert_nonnull (row_widget);
    spin = cb_score_row_get_spin (row_widget);
    g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 2.0);
    result = cb_chart_data_get_result (cb_chart_view_get_data (ranking));
    before = cb_result_get_composite (result, cb_dataset_find_case (cb_result_get_dataset (result), "karamay"));

    gtk_spin_button_set_value (spin, 4.5);
    g_assert_cmpfloat (cb_score_get_value (cb_workbook_get_score (workbook, karamay, results)), ==, 4.5);
    result = cb_chart_data_get_result (cb_chart_view_get_data (ranking));
    /* Under co-enjoyment first, results weighs 1/2 × 2/5: +2.5 of 5 is
     * +0.5 × 0.2 × 100 = +10 points. */
    g_assert_cmpfloat_with_epsilon (cb_result_get_composite (result, cb_dataset_find_case (cb_result_get_dataset (result), "karamay")),
                                    before + 10.0, 1e-9);
    g_assert_cmpuint (rank_of (ranking, "karamay"), ==, 1);

    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_cmpfloat (cb_score_get_value (cb_workbook_get_score (workbook, karamay, results)), ==, 2.0);
    g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 2.0);
    g_assert_cmpuint (rank_of (ranking, "karamay"), ==, 2);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
    g_assert_cmpfloat (cb_score_get_value (cb_workbook_get_score (workbook, karamay, results)), ==, 4.5);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

    /* Typed off the scale: refused, with a message, and nothing stored. */
    g_test_expect_message ("cb-score-row", G_LOG_LEVEL_MESSAGE, "*between 0 and 5*7*not saved*");
    gtk_editable_set_text (GTK_EDITABLE (spin), "7");
    gtk_spin_button_update (spin);
    g_test_assert_expected_messages ();
    g_assert_cmpfloat (cb_score_get_value (cb_workbook_get_score (workbook, karamay, results)), ==, 2.0);
    g_assert_false (cb_undo_stack_get_can_undo (cb_window_get_undo_stack (window)));
  }

  /* A chart can be enlarged, copied and exported. */
  {
    CbChartView *heatmap = cb_compare_view_get_chart (compare, CB_CHART_HEATMAP);
    g_autofree char *dir = g_dir_make_tmp ("casebench-app-export-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "heatmap.svg", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GdkTexture) texture = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;

    gtk_widget_activate_action (GTK_WIDGET (heatmap), "chart.enlarge", NULL);
    g_assert_true (cb_chart_view_get_enlarged (heatmap));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (radar)));
    gtk_widget_activate_action (GTK_WIDGET (heatmap), "chart.enlarge", NULL);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (radar)));

    texture = cb_chart_view_render_texture (heatmap);
    g_assert_cmpint (gdk_texture_get_width (texture), >=, 960);

    /* The export dialog's options reach the file; the extension follows
     * the format. */
    {
      GtkWidget *dialog = g_object_ref_sink (cb_export_dialog_new (GTK_WINDOW (window), CB_CHART_HEATMAP,
                                                                   cb_chart_view_get_data (heatmap), FALSE));
      g_autofree char *png = g_build_filename (dir, "heatmap-2x.png", NULL);
      g_autoptr(GFile) png_file = g_file_new_for_path (png);
      g_autoptr(GdkTexture) image = NULL;

      cb_export_dialog_set_options (CB_EXPORT_DIALOG (dialog), CB_EXPORT_SVG, 800, 600, 1, CB_CHART_LABELS_ZH, TRUE);
      g_assert_true (cb_export_dialog_export_to (CB_EXPORT_DIALOG (dialog), file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "<?xml"));
      g_assert_nonnull (strstr (contents, "width=\"800px\""));

      cb_export_dialog_set_options (CB_EXPORT_DIALOG (dialog), CB_EXPORT_PNG, 800, 600, 2, CB_CHART_LABELS_EN, FALSE);
      g_assert_true (cb_export_dialog_export_to (CB_EXPORT_DIALOG (dialog), png_file, &error));
      image = gdk_texture_new_from_filename (png, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (image), ==, 1600);
      g_assert_cmpint (gdk_texture_get_height (image), ==, 1200);
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_object_unref (dialog);
      g_unlink (png);
    }
    g_unlink (path);
    g_rmdir (dir);
  }

  /* The preferences reach the charts and the style. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_string (settings, "label-language", "both");
    g_assert_cmpint (cb_session_get_labels (cb_window_get_session (window)), ==, CB_CHART_LABELS_BOTH);
    g_assert_cmpint (cb_chart_data_get_labels (cb_chart_view_get_data (radar)), ==, CB_CHART_LABELS_BOTH);
    g_settings_set_string (settings, "label-language", "interface");
    g_assert_cmpint (cb_session_get_labels (cb_window_get_session (window)), ==, CB_CHART_LABELS_EN);

    g_settings_set_string (settings, "color-scheme", "dark");
    g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
    g_settings_set_string (settings, "color-scheme", "default");
  }

  /* Adding a case through the editor: refused while the code is bad,
   * then added, then undone. */
  {
    CbWorkbook *workbook = cb_window_get_workbook (window);
    GtkWidget *editor = cb_case_editor_new (GTK_WINDOW (window), workbook, cb_window_get_undo_stack (window), NULL);
    g_autoptr(GError) error = NULL;
    guint n = g_list_model_get_n_items (cb_workbook_get_cases (workbook));

    g_object_ref_sink (editor);
    cb_case_editor_set_text (CB_CASE_EDITOR (editor), "code", "Hangzhou!");
    cb_case_editor_set_text (CB_CASE_EDITOR (editor), "name-en", "Hangzhou Shangcheng");
    cb_case_editor_set_text (CB_CASE_EDITOR (editor), "name-zh", "杭州上城");
    cb_case_editor_set_text (CB_CASE_EDITOR (editor), "summary-en", "A case of my own.");
    g_assert_false (cb_case_editor_save (CB_CASE_EDITOR (editor), &error));
    g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (workbook)), ==, n);

    cb_case_editor_set_text (CB_CASE_EDITOR (editor), "code", "hangzhou-shangcheng");
    g_assert_true (cb_case_editor_save (CB_CASE_EDITOR (editor), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (workbook)), ==, n + 1);
    g_assert_cmpstr (cb_text_get_en (cb_case_get_summary (cb_workbook_find_case (workbook, "hangzhou-shangcheng"))),
                     ==, "A case of my own.");
    gtk_window_destroy (GTK_WINDOW (editor));
    g_object_unref (editor);

    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_null (cb_workbook_find_case (workbook, "hangzhou-shangcheng"));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
    g_assert_nonnull (cb_workbook_find_case (workbook, "hangzhou-shangcheng"));
  }

  /* The framework: add an indicator, then delete one after the question. */
  {
    CbWorkbook *workbook = cb_window_get_workbook (window);
    GtkWidget *framework = g_object_ref_sink (cb_framework_dialog_new (GTK_WINDOW (window), workbook,
                                                                       cb_window_get_undo_stack (window)));
    gint64 enjoyment = cb_dimension_get_id (cb_workbook_find_dimension (workbook, "co-enjoyment"));
    gint64 spirit = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "public-spirit"));
    g_autoptr(GError) error = NULL;
    g_autofree char *body = NULL;
    GtkWidget *question;

    g_assert_true (cb_framework_dialog_add_indicator (CB_FRAMEWORK_DIALOG (framework), enjoyment, "digital-inclusion",
                                                      "Digital inclusion", "数字包容", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_indicators (workbook)), ==, 11);
    g_assert_nonnull (cb_case_view_find_row (cb_window_get_case_view (window),
                                             cb_indicator_get_id (cb_workbook_find_indicator (workbook, "digital-inclusion"))));

    question = cb_framework_dialog_ask_delete (CB_FRAMEWORK_DIALOG (framework), spirit);
    g_object_get (question, "body", &body, NULL);
    /* Seven profiles are scored on it; the case added above is not. */
    g_assert_nonnull (strstr (body, "7 scores"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "delete");
    g_assert_null (cb_workbook_find_indicator (workbook, "public-spirit"));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_cmpint (cb_indicator_get_id (cb_workbook_find_indicator (workbook, "public-spirit")), ==, spirit);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_assert_null (cb_workbook_find_indicator (workbook, "digital-inclusion"));

    gtk_window_destroy (GTK_WINDOW (framework));
    g_object_unref (framework);
  }

  /* Searching in Chinese finds the case. */
  gtk_editable_set_text (GTK_EDITABLE (cb_case_list_get_search_entry (list)), "克拉玛依");
  g_signal_emit_by_name (cb_case_list_get_search_entry (list), "search-changed");
  n_rows = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 1);
}

static gboolean
dialog_is_shown (gpointer data)
{
  GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
has_recent (gpointer data)
{
  return g_menu_model_get_n_items (data) >= 2;
}

/* Open, with a damaged file and a good one, and Save As. */
static void
check_files (CbWindow *window)
{
  g_autofree char *dir = g_dir_make_tmp ("casebench-app-files-XXXXXX", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged.casebench", NULL);
  g_autofree char *good = g_build_filename (dir, "good.casebench", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.casebench", NULL);
  g_autoptr(GFile) damaged_file = g_file_new_for_path (damaged);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(CbWorkbook) made = NULL;
  CbWorkbook *before = cb_window_get_workbook (window);
  GtkWindow *dialog;
  g_autofree char *body = NULL;

  g_assert_true (g_file_set_contents (damaged, "SQLite format 3\0garbage", 24, NULL));
  g_assert_false (cb_window_open_file (window, damaged_file));
  g_assert_true (cb_window_get_workbook (window) == before);
  wait_until (dialog_is_shown, NULL);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_object_get (dialog, "body", &body, NULL);
  g_assert_nonnull (strstr (body, "damaged.casebench"));
  gtk_window_destroy (dialog);

  made = cb_workbook_create (good, CB_WORKBOOK_CONTENT_FRAMEWORK, NULL);
  g_assert_nonnull (made);
  g_clear_object (&made);
  g_assert_true (cb_window_open_file (window, good_file));
  g_assert_cmpstr (cb_workbook_get_path (cb_window_get_workbook (window)), ==, good);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (cb_window_get_workbook (window))), ==, 0);
  g_assert_false (cb_undo_stack_get_can_undo (cb_window_get_undo_stack (window)));

  g_assert_true (cb_window_save_as_file (window, copy_file));
  g_assert_cmpstr (cb_workbook_get_path (cb_window_get_workbook (window)), ==, copy);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  /* The files opened and saved are offered under Open Recent. */
  wait_until (has_recent, cb_window_get_recent_menu (window));

  /* New over an existing file replaces it only once the new one is whole. */
  g_assert_true (cb_window_new_file (window, good_file, CB_WORKBOOK_CONTENT_DEFAULT));
  g_assert_cmpstr (cb_workbook_get_path (cb_window_get_workbook (window)), ==, good);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (cb_window_get_workbook (window))), ==, 7);
}

static void
check_action (GActionGroup *group,
              const char   *name)
{
  g_test_message ("action %s", name);
  g_assert_true (g_action_group_has_action (group, name));
  g_assert_true (g_action_group_get_action_enabled (group, name));
}

static void
activated_cb (GApplication *app,
              gpointer      user_data)
{
  GtkWindow **out_window = user_data;
  GtkWindow *window;
  GtkWindow *about;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *version = NULL;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CB_IS_WINDOW (window));
  wait_until (widget_is_mapped, window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Casebench");

  /* The first start creates the user's workbook from the default data. */
  {
    CbWorkbook *workbook = cb_window_get_workbook (CB_WINDOW (window));
    g_autofree char *path = cb_workbook_dup_user_path ();

    g_autofree char *load_error = NULL;

    g_object_get (window, "load-error", &load_error, NULL);
    g_assert_cmpstr (load_error, ==, NULL);
    g_assert_nonnull (workbook);
    g_assert_cmpstr (cb_workbook_get_path (workbook), ==, path);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (workbook)), ==, 7);
  }
  check_workbench (CB_WINDOW (window));
  check_weights (CB_WINDOW (window));
  check_pairwise (CB_WINDOW (window));
  check_compare_sets (CB_WINDOW (window));
  check_sensitivity (CB_WINDOW (window));
  check_presentation (CB_WINDOW (window));
  check_files (CB_WINDOW (window));
  check_import_and_report (CB_WINDOW (window));

  check_action (G_ACTION_GROUP (app), "quit");
  check_action (G_ACTION_GROUP (app), "about");
  check_action (G_ACTION_GROUP (app), "preferences");
  check_action (G_ACTION_GROUP (window), "show-help-overlay");
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstr (accels[0], ==, "<Control>q");

  /* The About window names the version and licence. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  wait_until (about_is_shown, NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_object_get (about, "version", &version, NULL);
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)),
                   ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  /* The window size is saved when the window closes. */
  gtk_window_set_default_size (window, 820, 610);
  *out_window = g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  settings = g_settings_new (APP_ID);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_app_starts_and_quits (void)
{
  g_autoptr(CbApplication) app = cb_application_new ();
  GtkWindow *window = NULL;
  int status;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), &window);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (window);
  g_assert_finalize_object (window);
}

static void
broken_activated_cb (GApplication *app,
                     gpointer      user_data)
{
  GtkWindow **out_window = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_null (cb_window_get_workbook (CB_WINDOW (window)));
  *out_window = g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/* A damaged user workbook: the window says so, and the file is left alone.
 * One GApplication per process: this runs in a subprocess. */
static void
test_app_damaged_workbook (void)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  {
    g_autoptr(CbApplication) app = cb_application_new ();
    g_autofree char *path = cb_workbook_dup_user_path ();
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *contents = NULL;
    GtkWindow *window = NULL;
    g_autofree char *load_error = NULL;

    g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
    g_assert_true (g_file_set_contents (path, "not a workbook", -1, NULL));

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
    g_signal_connect_after (app, "activate", G_CALLBACK (broken_activated_cb), &window);
    g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

    g_object_get (window, "load-error", &load_error, NULL);
    g_assert_nonnull (strstr (load_error, "not an SQLite database"));
    g_assert_nonnull (strstr (load_error, "workbook.casebench"));
    g_assert_finalize_object (window);

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "not a workbook");
  }
}

static void
test_window_restores_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(CbApplication) app = cb_application_new ();
  CbWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = g_object_ref_sink (cb_window_new (app, NULL, "test"));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
chinese_activated_cb (GApplication *app,
                      gpointer      user_data)
{
  GtkWindow **out_window = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  CbCompareView *compare = cb_window_get_compare_view (CB_WINDOW (window));
  GtkListBox *list_box = cb_case_list_get_list_box (cb_window_get_case_list (CB_WINDOW (window)));
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list_box));
  GtkWidget *labels = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  g_autofree char *summary = cb_chart_view_dup_summary (cb_compare_view_get_chart (compare, CB_CHART_RANKING));

  /* The interface, the names in the sidebar and the charts are Chinese. */
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Casebench 案例工作台");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (labels))), ==, "南京秦淮");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (labels))), ==, "Nanjing Qinhuai");
  g_assert_true (g_str_has_prefix (summary, "按综合得分排名"));
  g_assert_nonnull (strstr (summary, "1. 克拉玛依 71.1"));

  *out_window = g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/* Run as its own test with LANGUAGE=zh_CN (see tests/meson.build). */
static void
test_app_chinese (void)
{
  g_autoptr(CbApplication) app = cb_application_new ();
  GtkWindow *window = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (chinese_activated_cb), &window);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("casebench-app-XXXXXX", &error);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* The app opens the user's workbook: keep it away from the real one.
   * (gtk_test_init () does not pass G_TEST_OPTION_ISOLATE_DIRS on.) */
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init () puts the C locale in place; the app runs in the
   * environment's (C.UTF-8, with LANGUAGE for the Chinese run). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CASEBENCH_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data);

  if (g_str_has_prefix (g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "", "zh"))
    {
      /* One application per process: the Chinese run is only this. */
      g_test_add_func ("/app/chinese", test_app_chinese);
      status = g_test_run ();
      goto out;
    }
  g_test_add_func ("/app/starts-and-quits", test_app_starts_and_quits);
  g_test_add_func ("/app/window-restores-size", test_window_restores_size);
  g_test_add_func ("/app/damaged-workbook", test_app_damaged_workbook);
  status = g_test_run ();

out:
  {
    const char *rm[] = { "rm", "-rf", home, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return status;
}
