/* test-cli-analysis.c: casebench-cli rank and sensitivity
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "test-cli-helpers.h"

static char *tmp_dir;
static char *workbook;

static JsonObject *
run_json (JsonParser *parser,
          const char *first_arg,
          ...)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[14] = { "-w", workbook };
  guint n = 2;
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL && n < 11; arg = va_arg (ap, const char *))
    args[n++] = arg;
  va_end (ap);
  args[n++] = "--format";
  args[n++] = "json";

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, args[0], args[1], args[2], args[3], args[4],
                                    args[5], args[6], args[7], args[8], args[9], args[10], args[11],
                                    args[12], NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_rank_json (void)
{
  const struct {
    const char *weights;
    const char *first;
    double composite;
    const char *second;
  } cases[] = {
    /* Worked out in test-analysis.c from the default data. */
    { "equal", "karamay", 640.0 / 9.0, "changchun" },
    { "co-enjoyment-first", "changchun", 68.25, "karamay" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root = run_json (parser, "rank", "--weights", cases[k].weights, NULL);
      JsonArray *list = json_object_get_array_member (root, "cases");
      JsonObject *top = json_array_get_object_element (list, 0);
      JsonObject *last = json_array_get_object_element (list, 6);

      g_assert_cmpstr (json_object_get_string_member (root, "weights"), ==, cases[k].weights);
      g_assert_cmpstr (json_object_get_string_member (root, "method"), ==, "arithmetic");
      g_assert_cmpstr (json_object_get_string_member (root, "normalisation"), ==, "goalposts");
      g_assert_cmpuint (json_array_get_length (list), ==, 7);
      g_assert_cmpstr (json_object_get_string_member (top, "code"), ==, cases[k].first);
      g_assert_cmpint (json_object_get_int_member (top, "rank"), ==, 1);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (top, "composite"),
                                      cases[k].composite, 1e-9);
      g_assert_false (json_object_get_boolean_member (top, "reference"));
      g_assert_true (json_object_has_member (json_object_get_object_member (top, "dimensions"),
                                             "co-enjoyment"));
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 1), "code"),
                       ==, cases[k].second);

      /* The reference profile: scored, not ranked, listed last. */
      g_assert_cmpstr (json_object_get_string_member (last, "code"), ==, "national-baseline");
      g_assert_true (json_object_get_boolean_member (last, "reference"));
      g_assert_true (json_object_get_null_member (last, "rank"));
      g_assert_cmpfloat (json_object_get_double_member (last, "composite"), >, 0.0);
    }
}

static void
test_rank_geometric_and_csv (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (parser, "rank", "--method", "geometric", "--normalisation", "minmax", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpstr (json_object_get_string_member (root, "method"), ==, "geometric");
  g_assert_cmpstr (json_object_get_string_member (root, "normalisation"), ==, "minmax");
  /* Min-max puts a 0 somewhere, which the geometric mean floors: a note. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "notes")), >, 0);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "rank", "--format", "csv", NULL), ==, 0);
  lines = g_strsplit (out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "code,name_en,name_zh,reference,rank,composite,co-construction,co-governance,co-enjoyment");
  g_assert_true (g_str_has_prefix (lines[1], "karamay,\"Karamay\",\"克拉玛依\",false,1,71.1111111111,80.0000000000,"));
  g_assert_true (g_str_has_prefix (lines[7], "national-baseline,"));
  g_assert_cmpstr (lines[8], ==, "");
  g_assert_null (lines[9]);
}

static void
test_sensitivity_json (void)
{
  g_autoptr(JsonParser) a = json_parser_new ();
  g_autoptr(JsonParser) b = json_parser_new ();
  JsonObject *first = run_json (a, "sensitivity", "--samples", "3000", "--noise", "0.5", "--seed", "42", NULL);
  JsonObject *second = run_json (b, "sensitivity", "--samples", "3000", "--noise", "0.5", "--seed", "42", NULL);
  JsonArray *cases = json_object_get_array_member (first, "cases");
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  g_assert_cmpint (json_object_get_int_member (first, "samples"), ==, 3000);
  g_assert_cmpint (json_object_get_int_member (first, "seed"), ==, 42);
  g_assert_cmpfloat (json_object_get_double_member (first, "noise"), ==, 0.5);
  g_assert_cmpuint (json_array_get_length (cases), ==, 6);
  for (guint k = 0; k < 6; k++)
    {
      JsonObject *c = json_array_get_object_element (cases, k);
      JsonArray *p = json_object_get_array_member (c, "rank_probabilities");
      double nominal = json_object_get_int_member (c, "nominal_rank");
      double sum = 0.0;

      g_assert_cmpfloat (json_object_get_double_member (c, "p05"), <=, nominal);
      g_assert_cmpfloat (json_object_get_double_member (c, "p95"), >=, nominal);
      g_assert_cmpuint (json_array_get_length (p), ==, 6);
      for (guint r = 0; r < 6; r++)
        sum += json_array_get_double_element (p, r);
      g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-9);
    }

  /* The same seed, the same output. */
  json_generator_set_root (generator, json_parser_get_root (a));
  text_a = json_generator_to_data (generator, NULL);
  json_generator_set_root (generator, json_parser_get_root (b));
  text_b = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (text_a, ==, text_b);
  (void) second;
}

static void
test_errors (void)
{
  const struct {
    const char *args[5];
    int status;
    const char *message;
  } cases[] = {
    { { "rank", "--weights", "nope" }, 1, "no weight set “nope”" },
    { { "rank", "--method", "median" }, 2, "Unknown method “median”" },
    { { "rank", "--normalisation", "log" }, 2, "Unknown normalisation “log”" },
    { { "rank", "--format", "xml" }, 2, "Unknown format “xml”: use table, csv, json." },
    { { "rank", "--method", "geometric", "--normalisation", "zscore" }, 1, "z-scores" },
    { { "sensitivity", "--samples", "0" }, 2, "--samples must be" },
    { { "sensitivity", "--noise", "2" }, 2, "--noise must be" },
    { { "sensitivity", "--format", "csv" }, 2, "Unknown format “csv”: use table, json." },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("%s", cases[k].message);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, cases[k].args[0], cases[k].args[1],
                                        cases[k].args[2], cases[k].args[3], cases[k].args[4], NULL),
                       ==, cases[k].status);
      g_assert_nonnull (strstr (err, cases[k].message));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("casebench-cli-XXXXXX", &error);
  g_assert_no_error (error);
  workbook = g_build_filename (tmp_dir, "default.casebench", NULL);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, NULL, "init", workbook, NULL), ==, 0);

  g_test_add_func ("/cli/rank-json", test_rank_json);
  g_test_add_func ("/cli/rank-geometric-and-csv", test_rank_geometric_and_csv);
  g_test_add_func ("/cli/sensitivity-json", test_sensitivity_json);
  g_test_add_func ("/cli/analysis-errors", test_errors);

  status = g_test_run ();
  {
    const char *rm[] = { "rm", "-rf", tmp_dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (workbook);
  g_free (tmp_dir);
  return status;
}
