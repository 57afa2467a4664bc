/* test-cli-ahp.c: casebench-cli ahp, run as a separate process
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-cli-helpers.h"

/* Wikipedia, "Analytic hierarchy process – leader example": the criteria
 * Experience, Education, Charisma and Age, with a header, fractions, a
 * rounded decimal, CRLF and a byte order mark. Weights and CR (T1) as in
 * test-ahp.c, computed independently. */
static const char leader_csv[] =
  "\xef\xbb\xbf" ",Experience,Education,Charisma,Age\r\n"
  "Experience,1,4,3,7\r\n"
  "Education,1/4,1,1/3,3\r\n"
  "Charisma,0.333,3,1,5\r\n"
  "Age,1/7,1/3,1/5,1\r\n";
static const double leader_w[] = {
  0.547569238961830, 0.126555284373419, 0.269949922452203, 0.055925554212549,
};
static const double leader_rgmm_w[] = {
  0.546240297655846, 0.127584794000301, 0.269808989655805, 0.056365918688048,
};

typedef struct
{
  char *dir;
  GPtrArray *files;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("casebench-cli-ahp-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->files = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < fixture->files->len; i++)
    g_unlink (g_ptr_array_index (fixture->files, i));
  g_rmdir (fixture->dir);
  g_ptr_array_unref (fixture->files);
  g_free (fixture->dir);
}

static const char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_ptr_array_add (fixture->files, path);
  return path;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

static void
test_ahp_json (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const keys[] = {
    "weights", "labels", "lambda_max", "ci", "cr", "ri", "ri_table", "n", "method",
    "consistent", "iterations",
  };
  static const char * const labels[] = { "Experience", "Education", "Charisma", "Age" };
  const char *path = write_file (fixture, "leader.csv", leader_csv);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GList) members = NULL;
  JsonArray *weights, *names;
  double sum = 0;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", path, "--format", "json", NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  object = parse_object (out);

  members = json_object_get_members (object);
  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (object, keys[i]));

  weights = json_object_get_array_member (object, "weights");
  names = json_object_get_array_member (object, "labels");
  g_assert_cmpuint (json_array_get_length (weights), ==, 4);
  g_assert_cmpuint (json_array_get_length (names), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      double w = json_array_get_double_element (weights, i);

      g_assert_cmpfloat_with_epsilon (w, leader_w[i], 1e-9);
      g_assert_cmpstr (json_array_get_string_element (names, i), ==, labels[i]);
      sum += w;
    }
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);

  g_assert_cmpint (json_object_get_int_member (object, "n"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (object, "method"), ==, "eigen");
  g_assert_cmpstr (json_object_get_string_member (object, "ri_table"), ==, "saaty1980");
  g_assert_cmpfloat (json_object_get_double_member (object, "ri"), ==, 0.90);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "lambda_max"),
                                  4.118418024313367, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "ci"),
                                  0.039472674771122, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "cr"),
                                  0.043858527523469, 1e-9);
  g_assert_true (json_object_get_boolean_member (object, "consistent"));
  g_assert_cmpint (json_object_get_int_member (object, "iterations"), >, 1);
  g_assert_cmpint (json_object_get_int_member (object, "iterations"), <, 1000);
}

static void
test_ahp_json_options (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *path = write_file (fixture, "leader.csv", leader_csv);
  const char *plain = write_file (fixture, "plain.csv", "1,3\n1/3,1\n");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonObject) two = NULL;
  JsonArray *weights;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", "--method", "geometric",
                                    "--ri", "saaty2008", "-f", "json", path, NULL), ==, 0);
  object = parse_object (out);
  g_assert_cmpstr (json_object_get_string_member (object, "method"), ==, "geometric");
  g_assert_cmpstr (json_object_get_string_member (object, "ri_table"), ==, "saaty2008");
  g_assert_cmpfloat (json_object_get_double_member (object, "ri"), ==, 0.89);
  g_assert_cmpint (json_object_get_int_member (object, "iterations"), ==, 0);
  weights = json_object_get_array_member (object, "weights");
  for (guint i = 0; i < 4; i++)
    g_assert_cmpfloat_with_epsilon (json_array_get_double_element (weights, i),
                                    leader_rgmm_w[i], 1e-9);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* No labels in the file: "labels" is null. */
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", plain, "--format=json", NULL), ==, 0);
  two = parse_object (out);
  g_assert_true (json_object_get_null_member (two, "labels"));
  weights = json_object_get_array_member (two, "weights");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (weights, 0), 0.75, 1e-12);
  g_assert_cmpfloat (json_object_get_double_member (two, "cr"), ==, 0);
}

static void
test_ahp_text (Fixture       *fixture,
               gconstpointer  data)
{
  const char *path = write_file (fixture, "leader.csv", leader_csv);
  const char *cycle = write_file (fixture, "cycle.csv", "1,9,1/9\n1/9,1,9\n9,1/9,1\n");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", path, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "Experience"));
  g_assert_nonnull (strstr (out, "54.76 %"));
  g_assert_nonnull (strstr (out, " 5.59 %"));
  g_assert_nonnull (strstr (out, "λmax = 4.1184"));
  g_assert_nonnull (strstr (out, "RI   = 0.90 (Saaty 1980)"));
  g_assert_nonnull (strstr (out, "CR   = 0.0439"));
  g_assert_nonnull (strstr (out, "Consistent: CR ≤ 0.10."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", cycle, "--ri", "saaty2008", NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "33.33 %"));
  g_assert_nonnull (strstr (out, "(Saaty 2008)"));
  g_assert_nonnull (strstr (out, "Not consistent: CR > 0.10."));
}

/* A bad cell: exit 1, FILE:LINE:COLUMN: on stderr, nothing on stdout. */
static void
test_ahp_input_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  const struct {
    const char *name;
    const char *csv;
    const char *position;
    const char *fragment;
  } cases[] = {
    { "text.csv", ",A,B\nA,1,two\nB,1/2,1\n", ":2:5: ", "“two” is not a number" },
    { "zero.csv", "1,2\n0,1\n", ":2:1: ", "not greater than 0" },
    { "square.csv", "1,2\n1/2,1,3\n", ":2:7: ", "Row 2 has 3 values" },
    { "reciprocal.csv", "1,2\n2,1\n", ":2:1: ", "not the reciprocal" },
    { "empty.csv", "", ":1:1: ", "empty" },
    { "quote.csv", "1,\"2\n1,1\n", ":1:3: ", "closing quote" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *path = write_file (fixture, cases[i].name, cases[i].csv);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *prefix = g_strconcat (path, cases[i].position, NULL);

      g_test_message ("case: %s", cases[i].name);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", path, NULL), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_test_message ("stderr: %s", err);
      g_assert_true (g_str_has_prefix (err, prefix));
      g_assert_nonnull (strstr (err, cases[i].fragment));
    }
}

static void
test_ahp_missing_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "ahp", path, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
}

static void
test_ahp_usage_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *path = write_file (fixture, "plain.csv", "1,3\n1/3,1\n");
  const struct {
    const char *args[4];
    const char *message;
  } cases[] = {
    { { "--method", "power", path, NULL }, "Unknown method “power”" },
    { { "--ri", "saaty1977", path, NULL }, "Unknown random-index table “saaty1977”" },
    { { "--format", "xml", path, NULL }, "Unknown format “xml”" },
    { { "--no-such-option", path, NULL }, "Unknown option --no-such-option" },
    { { NULL }, "ahp needs exactly one MATRIX.csv" },
    { { path, path, NULL }, "ahp needs exactly one MATRIX.csv" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      g_test_message ("expecting: %s", cases[i].message);
      status = cb_test_run_cli (NULL, &out, &err, "ahp", cases[i].args[0], cases[i].args[1],
                                cases[i].args[2], cases[i].args[3], NULL);
      g_assert_cmpint (status, ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_nonnull (strstr (err, "--help"));
    }
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/cli/ahp/json", test_ahp_json);
  add_test ("/cli/ahp/json-options", test_ahp_json_options);
  add_test ("/cli/ahp/text", test_ahp_text);
  add_test ("/cli/ahp/input-errors", test_ahp_input_errors);
  add_test ("/cli/ahp/missing-file", test_ahp_missing_file);
  add_test ("/cli/ahp/usage-errors", test_ahp_usage_errors);

  return g_test_run ();
}
