/* test-app-sensitivity.c: the Sensitivity view runs off the main thread
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: the test suite runs under xvfb-run.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "test-app-helpers.h"

static gboolean
is_idle (gpointer data)
{
  return !cb_sensitivity_view_get_running (data);
}

/* `casebench-cli sensitivity` on the same workbook, as JSON. */
static JsonNode *
cli_sensitivity (CbWindow                    *window,
                 const CbSensitivitySettings *settings)
{
  CbSession *session = cb_window_get_session (window);
  const char *workbook = cb_workbook_get_path (cb_window_get_workbook (window));
  const char *weights = cb_weight_set_get_code (cb_session_get_weight_set (session));
  g_autofree char *samples = g_strdup_printf ("%u", settings->samples);
  g_autofree char *seed = g_strdup_printf ("%u", settings->seed);
  char noise[G_ASCII_DTOSTR_BUF_SIZE];
  const char *argv[] = { g_getenv ("CASEBENCH_CLI"), "--workbook", workbook, "sensitivity", "--weights", weights,
                         "--method", cb_aggregation_to_string (cb_session_get_aggregation (session)),
                         "--normalisation", cb_normalisation_to_string (cb_session_get_normalisation (session)),
                         "--samples", samples, "--seed", seed, "--noise",
                         g_ascii_dtostr (noise, sizeof noise, settings->noise), "--format", "json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return json_from_string (out, &error);
}

/* A fixed seed gives the CLI's intervals; a long run can be cancelled
 * and the view goes back to idle with the last results kept. */
void
check_sensitivity (CbWindow *window)
{
  CbSensitivityView *view = cb_window_get_sensitivity_view (window);
  CbSensitivitySettings settings, shown;
  CbSensitivity *sensitivity;
  CbDataset *dataset;
  g_autoptr(JsonNode) cli = NULL;
  JsonArray *cases;
  g_autofree char *summary = NULL;

  g_assert_false (cb_sensitivity_view_get_running (view));
  g_assert_null (cb_sensitivity_view_get_sensitivity (view));

  cb_sensitivity_settings_init (&settings);
  settings.samples = 700;
  settings.noise = 0.4;
  settings.seed = 20261125;
  cb_sensitivity_view_set_settings (view, &settings);
  cb_sensitivity_view_get_settings (view, &shown);
  g_assert_cmpuint (shown.samples, ==, 700);
  g_assert_cmpuint (shown.seed, ==, 20261125);
  g_assert_cmpfloat_with_epsilon (shown.noise, 0.4, 1e-12);

  cb_sensitivity_view_run (view);
  g_assert_true (cb_sensitivity_view_get_running (view));
  wait_until (is_idle, view);
  sensitivity = cb_sensitivity_view_get_sensitivity (view);
  g_test_message ("%s", cb_sensitivity_view_get_status (view));
  g_assert_nonnull (sensitivity);
  g_assert_cmpuint (cb_sensitivity_get_settings (sensitivity)->seed, ==, 20261125);

  cli = cli_sensitivity (window, &settings);
  g_assert_nonnull (cli);
  cases = json_object_get_array_member (json_node_get_object (cli), "cases");
  dataset = cb_result_get_dataset (cb_sensitivity_get_nominal (sensitivity));
  g_assert_cmpuint (json_array_get_length (cases), ==, cb_sensitivity_get_n_ranked (sensitivity));
  for (guint k = 0; k < json_array_get_length (cases); k++)
    {
      JsonObject *item = json_array_get_object_element (cases, k);
      guint c = cb_dataset_find_case (dataset, json_object_get_string_member (item, "code"));

      g_test_message ("%s: %g–%g", json_object_get_string_member (item, "code"),
                      json_object_get_double_member (item, "p05"), json_object_get_double_member (item, "p95"));
      g_assert_cmpfloat (json_object_get_double_member (item, "p05"), ==, cb_sensitivity_get_quantile (sensitivity, c, 0.05));
      g_assert_cmpfloat (json_object_get_double_member (item, "p95"), ==, cb_sensitivity_get_quantile (sensitivity, c, 0.95));
      g_assert_cmpfloat (json_object_get_double_member (item, "mean_rank"), ==, cb_sensitivity_get_mean_rank (sensitivity, c));
    }

  /* The charts show this run. */
  summary = cb_chart_view_dup_summary (cb_sensitivity_view_get_chart (view, CB_CHART_RANKING));
  g_assert_nonnull (strstr (summary, g_dgettext (GETTEXT_PACKAGE, "5–95 % rank interval")));
  g_clear_pointer (&summary, g_free);
  summary = cb_chart_view_dup_summary (cb_sensitivity_view_get_chart (view, CB_CHART_ACCEPTABILITY));
  g_assert_null (strstr (summary, g_dgettext (GETTEXT_PACKAGE, "No sensitivity analysis has been run.")));

  /* A long run, cancelled at once: back to idle, the last results kept. */
  settings.samples = 1000000;
  cb_sensitivity_view_set_settings (view, &settings);
  cb_sensitivity_view_run (view);
  g_assert_true (cb_sensitivity_view_get_running (view));
  cb_sensitivity_view_cancel (view);
  wait_until (is_idle, view);
  g_test_message ("%s", cb_sensitivity_view_get_status (view));
  g_assert_true (cb_sensitivity_view_get_sensitivity (view) == sensitivity);
  g_assert_cmpstr (cb_sensitivity_view_get_status (view), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Cancelled. The results shown are from the last finished run."));

  /* Another workbook (here the same session again) while a run goes on:
   * the run is dropped and the view is idle, with no results. */
  cb_sensitivity_view_run (view);
  g_assert_true (cb_sensitivity_view_get_running (view));
  cb_sensitivity_view_set_session (view, cb_window_get_session (window));
  wait_until (is_idle, view);
  g_assert_null (cb_sensitivity_view_get_sensitivity (view));
  g_assert_cmpstr (cb_sensitivity_view_get_status (view), ==, "");
}
