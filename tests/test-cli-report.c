/* test-cli-report.c: casebench-cli report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "test-cli-helpers.h"
#include "test-pdf-helpers.h"

static char *tmp_dir;
static char *workbook;

/* The pages of the default workbook's report: title, framework, method,
 * weights, four of results and two for each of its seven profiles. */
#define DEFAULT_PAGES (1 + 1 + 1 + 1 + 4 + 2 * 7)

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
assert_written (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
}

/* The default: A4, and the language of the interface (English here). */
static void
test_default (void)
{
  g_autofree char *path = tmp_path ("report.pdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  double width = 0, height = 0;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "report", "-o", path, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  assert_written (path);
  g_assert_cmpuint (cb_test_pdf_count_pages (path), ==, DEFAULT_PAGES);
  g_assert_true (cb_test_pdf_page_size (path, &width, &height));
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  g_remove (path);
}

/* The case names in the language asked for, and the report's own
 * headings too. */
static void
test_languages (void)
{
  const struct {
    const char *lang;
    const char *paper;
    double height;
    const char *names[4];
  } cases[] = {
    { "en", "letter", 792, { "Framework", "Nanjing Qinhuai", "Karamay", "Chengdu Qingyang" } },
    { "zh", "a4", 841.89, { "指标框架", "南京秦淮", "克拉玛依", "成都青羊" } },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *path = tmp_path ("lang.pdf");
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *text = NULL;
      double width = 0, height = 0;

      g_test_message ("--lang %s --paper %s", cases[k].lang, cases[k].paper);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "-w", workbook, "report", "--lang", cases[k].lang,
                                        "--paper", cases[k].paper, "--weights", "co-enjoyment-first", "-o", path,
                                        NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      assert_written (path);
      g_assert_cmpuint (cb_test_pdf_count_pages (path), ==, DEFAULT_PAGES);
      g_assert_true (cb_test_pdf_page_size (path, &width, &height));
      g_assert_cmpfloat_with_epsilon (height, cases[k].height, 0.01);
      if (!cb_test_pdf_have_poppler ())
        {
          g_test_message ("poppler-utils are not installed: the text is not checked");
          g_remove (path);
          continue;
        }
      g_assert_cmpuint (cb_test_pdf_info_pages (path), ==, DEFAULT_PAGES);
      text = cb_test_pdf_text (path, 1, 0);
      for (guint n = 0; n < G_N_ELEMENTS (cases[k].names); n++)
        g_assert_nonnull (strstr (text, cases[k].names[n]));
      g_assert_nonnull (strstr (text, "--weights co-enjoyment-first"));
      g_remove (path);
    }
}

/* --samples adds the robustness page. */
static void
test_samples (void)
{
  g_autofree char *path = tmp_path ("samples.pdf");

  g_assert_cmpint (cb_test_run_cli (NULL, NULL, NULL, "-w", workbook, "report", "--samples", "300", "--seed", "5",
                                    "-o", path, NULL), ==, 0);
  assert_written (path);
  g_assert_cmpuint (cb_test_pdf_count_pages (path), ==, DEFAULT_PAGES + 1);
  if (cb_test_pdf_have_poppler ())
    {
      g_autofree char *text = cb_test_pdf_text (path, 1, 0);

      g_assert_nonnull (strstr (text, "Robustness of the ranking"));
      g_assert_nonnull (strstr (text, "--seed 5"));
    }
  g_remove (path);
}

static void
test_errors (void)
{
  g_autofree char *pdf = tmp_path ("error.pdf");
  g_autofree char *png = tmp_path ("error.png");
  g_autofree char *missing = tmp_path ("no-such-folder/report.pdf");
  const struct {
    const char *args[4];
    const char *output;
    int status;
    const char *message;
  } cases[] = {
    { { NULL }, NULL, 2, "Give the file to write with -o FILE." },
    { { NULL }, png, 2, "The report must be a .pdf file." },
    { { "--paper", "a5" }, pdf, 2, "Unknown paper size “a5”: use a4 or letter." },
    { { "--lang", "fr" }, pdf, 2, "Unknown language “fr”: use en or zh." },
    { { "--samples", "-3" }, pdf, 2, "--samples must be between 0 and 1000000." },
    { { "--method", "median" }, pdf, 2, "Unknown method “median”" },
    { { "--weights", "nope" }, pdf, 1, "no weight set “nope”" },
    { { "extra" }, pdf, 2, "Unexpected argument “extra”." },
    { { NULL }, missing, 1, "Could not write" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *args[10] = { "-w", workbook, "report" };
      guint n = 3;

      for (guint a = 0; a < G_N_ELEMENTS (cases[k].args) && cases[k].args[a] != NULL; a++)
        args[n++] = cases[k].args[a];
      if (cases[k].output != NULL)
        {
          args[n++] = "-o";
          args[n++] = cases[k].output;
        }

      g_test_message ("%s", cases[k].message);
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, args[0], args[1], args[2], args[3], args[4], args[5],
                                        args[6], args[7], NULL), ==, cases[k].status);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
      g_assert_nonnull (strstr (err, cases[k].message));
      /* Nothing written, not even in part. */
      if (cases[k].output != NULL)
        {
          g_autofree char *partial = g_strconcat (cases[k].output, ".partial", NULL);

          g_assert_false (g_file_test (cases[k].output, G_FILE_TEST_EXISTS));
          g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
        }
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
  tmp_dir = g_dir_make_tmp ("casebench-cli-report-XXXXXX", &error);
  g_assert_no_error (error);
  workbook = g_build_filename (tmp_dir, "default.casebench", NULL);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, NULL, "init", workbook, NULL), ==, 0);

  g_test_add_func ("/cli/report/default", test_default);
  g_test_add_func ("/cli/report/languages", test_languages);
  g_test_add_func ("/cli/report/samples", test_samples);
  g_test_add_func ("/cli/report/errors", test_errors);

  status = g_test_run ();
  {
    const char *rm[] = { "rm", "-rf", tmp_dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (workbook);
  g_free (tmp_dir);
  return status;
}
