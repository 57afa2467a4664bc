/* test-report.c: the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "cb-report.h"
#include "test-pdf-helpers.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static CbWorkbook *
default_workbook (void)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);

  g_assert_no_error (error);
  return workbook;
}

static void
options_init (CbReportOptions *options)
{
  cb_report_options_init (options);
  options->language = CB_LANGUAGE_EN;
  options->date = g_date_time_new_utc (2026, 3, 14, 12, 0, 0);
}

/* The pages the structure asks for: the title page, the framework, the
 * method, the weights, four of results (ranking, radar, gaps, heat
 * map), one of robustness if asked, and two per case. */
static guint
expected_pages (CbWorkbook *workbook,
                gboolean    sensitivity)
{
  guint n_cases = g_list_model_get_n_items (cb_workbook_get_cases (workbook));

  return 1 + 1 + 1 + 1 + 4 + (sensitivity ? 1 : 0) + 2 * n_cases;
}

static void
write_report (CbWorkbook            *workbook,
              const CbReportOptions *options,
              const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  g_assert_true (cb_report_write (workbook, options, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
}

/* No word lies outside its page or in the bottom margin below the
 * footer (nothing is cut off), and no two words on a page overlap
 * (nothing is drawn over). */
static void
assert_words_on_pages (const char *path)
{
  g_autoptr(GArray) boxes = cb_test_pdf_word_boxes (path);

  g_assert_cmpuint (boxes->len, >, 100);
  for (guint k = 0; k < boxes->len; k++)
    {
      CbTestWordBox *box = &g_array_index (boxes, CbTestWordBox, k);

      g_assert_cmpfloat (box->x_min, >=, 20);
      g_assert_cmpfloat (box->y_min, >=, 20);
      g_assert_cmpfloat (box->x_max, <=, box->page_width - 20);
      g_assert_cmpfloat (box->y_max, <=, box->page_height - 30);
      for (guint j = k + 1; j < boxes->len; j++)
        {
          CbTestWordBox *other = &g_array_index (boxes, CbTestWordBox, j);
          double w, h;

          if (other->page != box->page)
            break;
          w = MIN (box->x_max, other->x_max) - MAX (box->x_min, other->x_min);
          h = MIN (box->y_max, other->y_max) - MAX (box->y_min, other->y_min);
          if (w > 1.0 && h > 1.0)
            g_error ("On page %u, “%s” (%.1f, %.1f) overlaps “%s” (%.1f, %.1f)", box->page, box->word,
                     box->x_min, box->y_min, other->word, other->x_min, other->y_min);
        }
    }
}

/* The number of pages and their size, for both papers, with and
 * without a robustness section. */
static void
test_structure (void)
{
  g_autoptr(CbWorkbook) workbook = default_workbook ();
  const struct {
    CbReportPaper paper;
    gboolean sensitivity;
    double width;
    double height;
  } cases[] = {
    { CB_REPORT_PAPER_A4, FALSE, 595.276, 841.89 },
    { CB_REPORT_PAPER_LETTER, FALSE, 612, 792 },
    { CB_REPORT_PAPER_A4, TRUE, 595.276, 841.89 },
    { CB_REPORT_PAPER_LETTER, TRUE, 612, 792 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *path = tmp_path ("structure.pdf");
      CbReportOptions options;
      double width = 0, height = 0;

      options_init (&options);
      options.paper = cases[k].paper;
      options.include_sensitivity = cases[k].sensitivity;
      options.sensitivity.samples = 200;
      write_report (workbook, &options, path);

      g_test_message ("%s, sensitivity %d", cb_report_paper_to_string (cases[k].paper), cases[k].sensitivity);
      g_assert_cmpuint (cb_test_pdf_count_pages (path), ==, expected_pages (workbook, cases[k].sensitivity));
      g_assert_true (cb_test_pdf_page_size (path, &width, &height));
      g_assert_cmpfloat_with_epsilon (width, cases[k].width, 0.01);
      g_assert_cmpfloat_with_epsilon (height, cases[k].height, 0.01);
      if (cb_test_pdf_have_poppler ())
        {
          g_assert_cmpuint (cb_test_pdf_info_pages (path), ==, expected_pages (workbook, cases[k].sensitivity));
          assert_words_on_pages (path);
        }
      g_date_time_unref (options.date);
      g_remove (path);
    }
}

/* Where the sections start, read back from the text of the pages. */
static void
test_text (void)
{
  g_autoptr(CbWorkbook) workbook = default_workbook ();
  g_autofree char *path = tmp_path ("text.pdf");
  GListModel *cases = cb_workbook_get_cases (workbook);
  g_autofree char *all = NULL;
  g_autofree char *title = NULL;
  CbReportOptions options;
  guint n_pages;

  if (!cb_test_pdf_have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  options_init (&options);
  write_report (workbook, &options, path);
  n_pages = cb_test_pdf_count_pages (path);

  title = cb_test_pdf_text (path, 1, 1);
  g_assert_nonnull (strstr (title, "Six urban community"));
  g_assert_nonnull (strstr (title, "14 March 2026"));
  g_assert_nonnull (strstr (title, "Casebench " PACKAGE_VERSION));
  g_assert_nonnull (strstr (title, "Contents"));
  g_assert_nonnull (strstr (title, "Equal weights"));

  /* Each case's profile starts on its own pair of pages, in order,
   * after the 8 pages before them. */
  for (guint c = 0; c < g_list_model_get_n_items (cases); c++)
    {
      g_autoptr(CbCase) a_case = g_list_model_get_item (cases, c);
      const char *name = cb_text_get_en (cb_case_get_name (a_case));
      g_autofree char *first = cb_test_pdf_text (path, 9 + 2 * c, 9 + 2 * c);
      g_autofree char *second = cb_test_pdf_text (path, 10 + 2 * c, 10 + 2 * c);
      g_autofree char *heading = g_strdup_printf ("Scores and evidence: %s", name);

      g_test_message ("%s", name);
      g_assert_nonnull (strstr (first, name));
      g_assert_nonnull (strstr (first, "Composite score"));
      g_assert_nonnull (strstr (second, heading));
    }

  all = cb_test_pdf_text (path, 1, 0);
  for (const char *heading = "Framework\nMethod\nWeights\nResults"; heading != NULL; heading = NULL)
    {
      g_auto(GStrv) names = g_strsplit (heading, "\n", -1);

      for (guint k = 0; names[k] != NULL; k++)
        g_assert_nonnull (strstr (all, names[k]));
    }
  g_assert_nonnull (strstr (all, "casebench-cli -w"));
  g_assert_nonnull (strstr (all, "--normalisation goalposts"));
  {
    g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    g_assert_nonnull (strstr (all, footer));
  }
  g_date_time_unref (options.date);
  g_remove (path);
}

/* Evidence longer than a page is split over pages, not cut off. */
static void
test_long_evidence (void)
{
  g_autoptr(CbWorkbook) workbook = default_workbook ();
  g_autofree char *path = tmp_path ("long.pdf");
  g_autoptr(GString) evidence = g_string_new (NULL);
  g_autoptr(CbCase) first = g_list_model_get_item (cb_workbook_get_cases (workbook), 0);
  g_autoptr(CbIndicator) indicator = g_list_model_get_item (cb_workbook_get_indicators (workbook), 4);
  g_autoptr(CbScore) score = NULL;
  g_autoptr(CbText) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  CbReportOptions options;

  for (guint k = 0; k < 120; k++)
    g_string_append_printf (evidence, "Sentence %u of a very long piece of evidence that goes on and on. ", k);
  g_string_append (evidence, "Lastword.");
  score = cb_score_copy (cb_workbook_get_score (workbook, cb_case_get_id (first), cb_indicator_get_id (indicator)));
  text = cb_text_new (evidence->str, "很长的评分依据。");
  cb_score_set_evidence (score, text);
  g_assert_true (cb_workbook_set_score (workbook, score, &error));
  g_assert_no_error (error);

  options_init (&options);
  write_report (workbook, &options, path);
  g_assert_cmpuint (cb_test_pdf_count_pages (path), >=, expected_pages (workbook, FALSE) + 1);
  if (cb_test_pdf_have_poppler ())
    {
      g_autofree char *after = NULL;
      guint n_pages = cb_test_pdf_count_pages (path);

      assert_words_on_pages (path);
      all = cb_test_pdf_text (path, 1, 0);
      g_assert_nonnull (strstr (all, "Sentence 119 of"));
      g_assert_nonnull (strstr (all, "Lastword."));
      /* The table's header is repeated on the page it runs onto; the
       * last case still ends the report on its own two pages. */
      after = cb_test_pdf_text (path, 11, 11);
      g_assert_nonnull (strstr (after, "Evidence"));
      g_assert_nonnull (strstr (after, "of a very long piece of evidence"));
      g_assert_null (strstr (after, "Scores and evidence"));
      g_free (after);
      after = cb_test_pdf_text (path, n_pages - 1, n_pages - 1);
      g_assert_nonnull (strstr (after, "National baseline"));
    }
  g_date_time_unref (options.date);
  g_remove (path);
}

/* A weight set with pairwise judgements gets their consistency. */
static void
test_ahp (void)
{
  g_autoptr(CbWorkbook) workbook = default_workbook ();
  g_autofree char *path = tmp_path ("ahp.pdf");
  g_autoptr(CbWeightSet) set = cb_weight_set_copy (cb_workbook_get_default_weight_set (workbook));
  GListModel *dimensions = cb_workbook_get_dimensions (workbook);
  gint64 ids[3];
  /* Saaty's example of a consistent-enough 3 × 3 matrix: 1 3 5 / 1/3 1 3 / 1/5 1/3 1. */
  const double upper[3] = { 3, 5, 3 };
  guint k = 0;
  CbReportOptions options;

  for (guint d = 0; d < 3; d++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, d);

      ids[d] = cb_dimension_get_id (dimension);
    }
  for (guint a = 0; a < 3; a++)
    for (guint b = a + 1; b < 3; b++)
      {
        g_autoptr(CbJudgement) judgement = cb_judgement_new (CB_JUDGEMENT_DIMENSIONS, "", MIN (ids[a], ids[b]),
                                                             MAX (ids[a], ids[b]),
                                                             ids[a] < ids[b] ? upper[k] : 1.0 / upper[k]);

        cb_weight_set_set_judgement (set, judgement);
        k++;
      }

  options_init (&options);
  options.weight_set = set;
  write_report (workbook, &options, path);
  g_assert_cmpuint (cb_test_pdf_count_pages (path), ==, expected_pages (workbook, FALSE));
  if (cb_test_pdf_have_poppler ())
    {
      g_autofree char *weights = cb_test_pdf_text (path, 4, 4);

      g_assert_nonnull (strstr (weights, "Consistency of the pairwise judgements (AHP)"));
      g_assert_nonnull (strstr (weights, "λmax"));
      /* λmax = 3.039, CI = 0.019, CR = 0.033 */
      g_assert_nonnull (strstr (weights, "3.039"));
      g_assert_nonnull (strstr (weights, "0.033"));
      g_assert_nonnull (strstr (weights, "consistent"));
    }
  g_date_time_unref (options.date);
  g_remove (path);
}

/* A failure leaves nothing behind, and an older file untouched. */
static void
test_errors (void)
{
  g_autoptr(CbWorkbook) workbook = default_workbook ();
  g_autoptr(CbWorkbook) empty = NULL;
  g_autofree char *missing = tmp_path ("no-such-folder/report.pdf");
  g_autofree char *missing_partial = g_strconcat (missing, ".partial", NULL);
  g_autofree char *existing = tmp_path ("existing.pdf");
  g_autofree char *existing_partial = g_strconcat (existing, ".partial", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  CbReportOptions options;

  options_init (&options);
  g_assert_false (cb_report_write (workbook, &options, missing, NULL, &error));
  g_assert_error (error, CB_REPORT_ERROR, CB_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing_partial, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (cb_report_write (workbook, &options, existing, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_false (g_file_test (existing_partial, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  empty = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_FRAMEWORK, &error);
  g_assert_no_error (error);
  g_assert_false (cb_report_write (empty, &options, existing, NULL, &error));
  g_assert_error (error, CB_REPORT_ERROR, CB_REPORT_ERROR_NO_CASES);
  g_clear_error (&error);

  g_remove (existing);
  g_date_time_unref (options.date);
}

static void
test_paper_names (void)
{
  CbReportPaper paper = CB_REPORT_PAPER_A4;
  double width, height;

  g_assert_true (cb_report_paper_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, CB_REPORT_PAPER_LETTER);
  g_assert_true (cb_report_paper_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, CB_REPORT_PAPER_A4);
  g_assert_false (cb_report_paper_from_string ("a5", &paper));
  g_assert_false (cb_report_paper_from_string (NULL, &paper));
  g_assert_cmpstr (cb_report_paper_to_string (CB_REPORT_PAPER_LETTER), ==, "letter");
  cb_report_paper_get_size (CB_REPORT_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("casebench-report-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/report/paper-names", test_paper_names);
  g_test_add_func ("/report/structure", test_structure);
  g_test_add_func ("/report/text", test_text);
  g_test_add_func ("/report/long-evidence", test_long_evidence);
  g_test_add_func ("/report/ahp", test_ahp);
  g_test_add_func ("/report/errors", test_errors);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
