/* test-cli-workbook.c: casebench-cli init and info
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-cli-helpers.h"

static char *tmp_dir;

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_init_and_info (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "class.casebench", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *cases, *dimensions, *sets;
  guint n_references = 0, n_indicators = 0;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "init", path, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "Created "));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "--workbook", path, "info", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "6 cases and 1 reference profile:"));
  g_assert_nonnull (strstr (out, "karamay"));
  g_assert_nonnull (strstr (out, "克拉玛依"));
  g_assert_nonnull (strstr (out, "Framework: 3 dimensions, 10 indicators"));
  g_assert_nonnull (strstr (out, "Weight sets: 2"));
  g_assert_nonnull (strstr (out, "illustrative coding"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", path, "info", "--format", "json", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  cases = json_object_get_array_member (root, "cases");
  g_assert_cmpuint (json_array_get_length (cases), ==, 7);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);

      g_assert_true (json_object_has_member (c, "code"));
      g_assert_cmpstr (json_object_get_string_member (c, "name_en"), !=, "");
      g_assert_cmpstr (json_object_get_string_member (c, "name_zh"), !=, "");
      g_assert_cmpint (json_object_get_int_member (c, "scores"), ==, 10);
      if (json_object_get_boolean_member (c, "reference"))
        {
          n_references++;
          g_assert_cmpstr (json_object_get_string_member (c, "code"), ==, "national-baseline");
        }
    }
  g_assert_cmpuint (n_references, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (cases, 5), "code"),
                   ==, "karamay");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (cases, 5), "name_zh"),
                   ==, "克拉玛依");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (cases, 5), "pilot_year"),
                   ==, 2015);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (cases, 1), "pilot_batch"));

  dimensions = json_object_get_array_member (root, "dimensions");
  g_assert_cmpuint (json_array_get_length (dimensions), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (dimensions, 2), "name_zh"),
                   ==, "共享");
  for (guint i = 0; i < json_array_get_length (dimensions); i++)
    n_indicators += json_array_get_length (
      json_object_get_array_member (json_array_get_object_element (dimensions, i), "indicators"));
  g_assert_cmpuint (n_indicators, ==, 10);

  sets = json_object_get_array_member (root, "weight_sets");
  g_assert_cmpuint (json_array_get_length (sets), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sets, 0), "name"), ==, "equal");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (sets, 0), "default"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sets, 1), "name"),
                   ==, "co-enjoyment-first");

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "meta"), "app_version"),
                   ==, PACKAGE_VERSION);
}

static void
test_init_refuses_existing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "thesis.casebench", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (path, "my notes", -1, NULL));
  before = file_checksum (path);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "init", path, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
  g_assert_nonnull (strstr (err, "already exists"));
  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_info_errors (void)
{
  g_autofree char *text = g_build_filename (tmp_dir, "notes.casebench", NULL);
  const struct {
    const char *args[5];
    int status;
    const char *message;
  } cases[] = {
    { { "-w", NULL, "info", NULL }, 1, "not an SQLite database" },
    { { "-w", "/nonexistent/x.casebench", "info", NULL }, 1, "There is no file" },
    { { "-w", NULL, "info", "--format", "xml" }, 2, "Unknown format “xml”" },
    { { "-w", NULL, "info", "extra", NULL }, 2, "Unexpected argument “extra”" },
    { { "init", NULL }, 2, "init needs exactly one FILE." },
  };

  g_assert_true (g_file_set_contents (text, "case,value\nkaramay,4\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[5];
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      for (guint j = 0; j < 5; j++)
        args[j] = (j == 1 && cases[i].args[0] != NULL && g_str_equal (cases[i].args[0], "-w") &&
                   cases[i].args[1] == NULL) ? text : cases[i].args[j];
      g_test_message ("case %u: %s", i, cases[i].message);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, args[0], args[1], args[2], args[3], args[4], NULL),
                       ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("casebench-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/init-and-info", test_init_and_info);
  g_test_add_func ("/cli/init-refuses-existing", test_init_refuses_existing);
  g_test_add_func ("/cli/info-errors", test_info_errors);

  status = g_test_run ();
  {
    const char *argv_rm[] = { "rm", "-rf", tmp_dir, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (tmp_dir);
  return status;
}
