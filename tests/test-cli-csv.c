/* test-cli-csv.c: casebench-cli import and export-csv
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "test-cli-helpers.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static char *
read_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&contents);
}

static void
init_workbook (const char *path,
               gboolean    empty)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_unlink (path);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "init", path, empty ? "--empty" : NULL, NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
}

/* Export the scores, import them into a workbook without cases, export
 * again: the same file, in both layouts. */
static void
test_round_trip (void)
{
  g_autofree char *source = tmp_path ("source.casebench");
  g_autofree char *target = tmp_path ("target.casebench");
  const char *formats[] = { "wide", "long" };

  init_workbook (source, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
    {
      g_autofree char *name = g_strdup_printf ("scores-%s.csv", formats[k]);
      g_autofree char *again_name = g_strdup_printf ("again-%s.csv", formats[k]);
      g_autofree char *csv = tmp_path (name);
      g_autofree char *again = tmp_path (again_name);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      g_test_message ("format: %s", formats[k]);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", source, "export-csv", "--what", "scores",
                                        "--format", formats[k], "-o", csv, NULL), ==, 0);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, "");
      first = read_file (csv);
      /* A byte order mark, for spreadsheets. */
      g_assert_true (g_str_has_prefix (first, "\xef\xbb\xbf" "case,name_en,name_zh,reference,"));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      init_workbook (target, TRUE);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", target, "import", csv, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_nonnull (strstr (out, "7 new cases, 0 cases updated, 70 scores set"));
      g_assert_nonnull (strstr (out, "New: nanjing-qinhuai, shanghai-jingan,"));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", target, "export-csv", "--what", "scores",
                                        "-f", formats[k], "-o", again, NULL), ==, 0);
      second = read_file (again);
      g_assert_cmpstr (second, ==, first);
    }
}

static void
test_dry_run (void)
{
  g_autofree char *workbook = tmp_path ("dry.casebench");
  g_autofree char *csv = tmp_path ("dry.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  init_workbook (workbook, FALSE);
  g_assert_true (g_file_set_contents (csv, "case,name_en,institutions\r\nnew-one,New one,3\r\n"
                                           "karamay,,1\r\n", -1, NULL));
  before = file_checksum (workbook);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "import", "--dry-run", csv, NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "(wide layout) would import:"));
  g_assert_nonnull (strstr (out, "1 new case, 1 case updated, 2 scores set"));
  g_assert_nonnull (strstr (out, "New: new-one"));
  g_assert_nonnull (strstr (out, "Updated: karamay"));
  g_assert_nonnull (strstr (out, "Dry run: nothing was written."));
  after = file_checksum (workbook);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "info", NULL), ==, 0);
  g_assert_null (strstr (out, "new-one"));
}

/* Every problem on a line of its own as FILE:LINE:COLUMN: message, exit
 * status 1, and the workbook file unchanged. */
static void
test_bad_file (void)
{
  g_autofree char *workbook = tmp_path ("bad.casebench");
  g_autofree char *csv = tmp_path ("bad.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;

  init_workbook (workbook, FALSE);
  g_assert_true (g_file_set_contents (csv,
                                      "case,institutions,nonsense\n"
                                      "karamay,9,\n"
                                      "changchun,high,\n"
                                      "karamay,1,\n"
                                      "changchun,1\n", -1, NULL));
  before = file_checksum (workbook);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "import", csv, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  lines = g_strsplit (err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  expected = g_strdup_printf ("%s:1:19: The column “nonsense” is not an indicator", csv);
  g_assert_true (g_str_has_prefix (lines[0], expected));
  g_free (expected);
  expected = g_strdup_printf ("%s:2:9: 9 is outside the scale of “institutions”, which runs from 0 to 5.",
                              csv);
  g_assert_cmpstr (lines[1], ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s:3:11: “high” is not a number", csv);
  g_assert_true (g_str_has_prefix (lines[2], expected));
  g_free (expected);
  expected = g_strdup_printf ("%s:4:1: The case “karamay” is already on line 2.", csv);
  g_assert_cmpstr (lines[3], ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s:5:11: This row has 2 fields, but the header row has 3.", csv);
  g_assert_cmpstr (lines[4], ==, expected);
  g_assert_cmpstr (lines[5], ==, "casebench-cli: nothing was imported; the workbook is unchanged.");
  g_assert_cmpstr (lines[6], ==, "");

  after = file_checksum (workbook);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A file that is not there. */
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "import", "no-such.csv", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no-such.csv"));
  after = file_checksum (workbook);
  g_assert_cmpstr (after, ==, before);
}

static void
test_export_results (void)
{
  g_autofree char *workbook = tmp_path ("results.casebench");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  init_workbook (workbook, FALSE);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "export-csv", "--what", "results",
                                    "--weights", "co-enjoyment-first", "--method", "geometric",
                                    "-o", "-", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\r\n", -1);
  /* The header, seven cases and the end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 9);
  g_assert_true (g_str_has_prefix (lines[0], "case,name_en,name_zh,reference,weights,method,normalisation,"
                                             "rank,composite,target_composite,co-construction,"
                                             "co-governance,co-enjoyment,institutions_gap,"));
  g_assert_nonnull (strstr (lines[1], ",false,co-enjoyment-first,geometric,goalposts,1,"));
  g_assert_nonnull (strstr (lines[7], "national-baseline,National baseline,全国基线,true,"
                                      "co-enjoyment-first,geometric,goalposts,,"));
  g_assert_cmpstr (lines[8], ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&lines, g_strfreev);

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "export-csv", "--what", "results",
                                    "-f", "long", "-n", "minmax", "-o", "-", NULL), ==, 0);
  lines = g_strsplit (out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "case,name_en,name_zh,reference,weights,method,normalisation,"
                                 "measure,dimension,indicator,value");
  g_assert_true (g_str_has_suffix (lines[1], ",equal,arithmetic,minmax,rank,,,1"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 * 26 + 1);
}

static void
test_usage_errors (void)
{
  g_autofree char *workbook = tmp_path ("usage.casebench");
  const struct {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "export-csv", "-o", "-", NULL }, "Give --what scores or --what results." },
    { { "export-csv", "--what", "charts", "-o", "-", NULL }, "Give --what scores or --what results." },
    { { "export-csv", "--what", "scores", NULL }, "Give the file to write with -o FILE." },
    { { "export-csv", "--what", "scores", "-f", "tall", "-o", "-", NULL }, "Unknown format “tall”" },
    { { "export-csv", "--what", "results", "-f", "tall", "-o", "-", NULL }, "Unknown format “tall”" },
    { { "export-csv", "--what", "scores", "--weights", "equal", "-o", "-", NULL },
      "apply to --what results only" },
    { { "export-csv", "--what", "results", "-m", "median", "-o", "-", NULL }, "Unknown method" },
    { { "import", NULL }, "import needs exactly one FILE.csv." },
    { { "import", "a.csv", "b.csv", NULL }, "import needs exactly one FILE.csv." },
  };

  init_workbook (workbook, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                          G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;

      g_ptr_array_add (argv, (gpointer) g_getenv ("CASEBENCH_CLI"));
      g_ptr_array_add (argv, (gpointer) "-w");
      g_ptr_array_add (argv, workbook);
      for (guint k = 0; cases[i].args[k] != NULL; k++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[k]);
      g_ptr_array_add (argv, NULL);

      g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
      g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
      process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
      g_assert_no_error (error);
      g_test_message ("stderr: %s", err);
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);
      g_assert_nonnull (strstr (err, cases[i].message));
    }
}

static void
test_help_lists_commands (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "export-csv"));
  g_assert_nonnull (strstr (out, "import "));
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("casebench-cli-csv-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/csv/round-trip", test_round_trip);
  g_test_add_func ("/cli/csv/dry-run", test_dry_run);
  g_test_add_func ("/cli/csv/bad-file", test_bad_file);
  g_test_add_func ("/cli/csv/export-results", test_export_results);
  g_test_add_func ("/cli/csv/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/csv/help", test_help_lists_commands);

  status = g_test_run ();
  remove_tree (tmp_dir);
  return status;
}
