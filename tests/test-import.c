/* test-import.c: cases and scores from CSV files, and back out again
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "cb-csv-export.h"
#include "cb-csv.h"
#include "cb-import.h"

static char *tmp_dir;

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
remove_workbook (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static CbImport *
import_text (CbWorkbook *workbook,
             const char *text,
             gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return cb_import_new_from_bytes (workbook, bytes, "in.csv");
}

static CbWorkbook *
new_workbook (CbWorkbookContent content)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *workbook = cb_workbook_new_in_memory (content, &error);

  g_assert_no_error (error);
  return workbook;
}

/* Everything an import may set, one line per case and per score, by code. */
static char *
dump_workbook (CbWorkbook *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < g_list_model_get_n_items (cases); c++)
    {
      g_autoptr(CbCase) a_case = g_list_model_get_item (cases, c);
      CbText *name = cb_case_get_name (a_case);

      g_string_append_printf (out, "case %s [%s] [%s] %s\n", cb_case_get_code (a_case),
                              cb_text_get_en (name), cb_text_get_zh (name),
                              cb_case_get_is_reference (a_case) ? "reference" : "case");
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
          CbScore *score = cb_workbook_get_score (workbook, cb_case_get_id (a_case),
                                                  cb_indicator_get_id (indicator));
          CbText *evidence;

          if (score == NULL)
            continue;
          evidence = cb_score_get_evidence (score);
          g_string_append_printf (out, "  %s %s%.17g [%s] [%s] [%s] %s\n",
                                  cb_indicator_get_code (indicator),
                                  cb_score_get_has_value (score) ? "" : "missing ",
                                  cb_score_get_has_value (score) ? cb_score_get_value (score) : 0,
                                  cb_text_get_en (evidence), cb_text_get_zh (evidence),
                                  cb_score_get_source (score),
                                  cb_confidence_to_string (cb_score_get_confidence (score)));
        }
    }
  return g_string_free (out, FALSE);
}

static void
set_score (CbWorkbook   *workbook,
           const char   *case_code,
           const char   *indicator_code,
           double        value,
           const char   *evidence_en,
           const char   *evidence_zh,
           const char   *source,
           CbConfidence  confidence)
{
  g_autoptr(CbScore) score = cb_score_new ();
  g_autoptr(CbText) evidence = cb_text_new (evidence_en, evidence_zh);
  g_autoptr(GError) error = NULL;

  cb_score_set_case_id (score, cb_case_get_id (cb_workbook_find_case (workbook, case_code)));
  cb_score_set_indicator_id (score,
                             cb_indicator_get_id (cb_workbook_find_indicator (workbook, indicator_code)));
  cb_score_set_has_value (score, !isnan (value));
  cb_score_set_value (score, isnan (value) ? 0 : value);
  cb_score_set_evidence (score, evidence);
  cb_score_set_source (score, source);
  cb_score_set_confidence (score, confidence);
  g_assert_true (cb_workbook_set_score (workbook, score, &error));
  g_assert_no_error (error);
}

/* The default data, plus what is hard to get through a CSV file intact. */
static CbWorkbook *
tricky_workbook (void)
{
  CbWorkbook *workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(CbCase) c = cb_case_new ();
  g_autoptr(CbText) name = cb_text_new ("Quote \"and\", comma", "  引号，逗号  ");
  g_autoptr(GError) error = NULL;

  cb_case_set_code (c, "tricky-1");
  cb_case_set_name (c, name);
  g_assert_cmpint (cb_workbook_add_case (workbook, c, &error), >, 0);
  g_assert_no_error (error);

  set_score (workbook, "tricky-1", "institutions", 1.0 / 3.0, "two\nlines, \"quoted\"",
             "第一行\n第二行", " leading space", CB_CONFIDENCE_HIGH);
  set_score (workbook, "tricky-1", "platform", NAN, "missing, with evidence", "", "", CB_CONFIDENCE_LOW);
  set_score (workbook, "tricky-1", "participants", NAN, "", "", "", CB_CONFIDENCE_MEDIUM);
  set_score (workbook, "tricky-1", "linkage", 0, "=1+2", "", "", CB_CONFIDENCE_MEDIUM);
  set_score (workbook, "tricky-1", "services", 4.999999999999999, "", "", "", CB_CONFIDENCE_MEDIUM);
  return workbook;
}

static void
test_round_trip (void)
{
  g_autoptr(CbWorkbook) source = tricky_workbook ();
  g_autofree char *expected = dump_workbook (source);

  for (CbCsvLayout layout = CB_CSV_LAYOUT_WIDE; layout <= CB_CSV_LAYOUT_LONG; layout++)
    {
      g_autoptr(CbWorkbook) target = new_workbook (CB_WORKBOOK_CONTENT_FRAMEWORK);
      g_autofree char *text = cb_csv_export_scores (source, layout);
      g_autofree char *again = NULL;
      g_autofree char *actual = NULL;
      g_autoptr(CbImport) import = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("layout: %s", cb_csv_layout_to_string (layout));
      import = import_text (target, text, -1);
      g_assert_true (cb_import_is_valid (import));
      g_assert_cmpint (cb_import_get_layout (import), ==, layout);
      g_assert_cmpuint (cb_import_get_n_new_cases (import), ==, 8);
      g_assert_cmpuint (cb_import_get_n_updated_cases (import), ==, 0);
      g_assert_cmpuint (cb_import_get_n_scores (import), ==, 75);
      g_assert_true (cb_import_commit (import, &error));
      g_assert_no_error (error);

      actual = dump_workbook (target);
      g_assert_cmpstr (actual, ==, expected);

      /* And the export of the copy is the same file. */
      again = cb_csv_export_scores (target, layout);
      g_assert_cmpstr (again, ==, text);
    }
}

static void
test_wide_file_needs_few_columns (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autofree char *text = cb_csv_export_scores (workbook, CB_CSV_LAYOUT_WIDE);
  g_autofree char *header = g_strndup (text, strcspn (text, "\r"));

  /* The default data has evidence in both languages, sources and
   * confidences, but no score that only its confidence column keeps. */
  g_assert_true (g_str_has_prefix (header, "case,name_en,name_zh,reference,institutions,"
                                           "institutions_evidence_en,institutions_evidence_zh,"
                                           "institutions_source,institutions_confidence,platform,"));
}

typedef struct
{
  const char    *name;
  const char    *input;
  CbImportError  code;
  guint          line;
  guint          column;
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty file", "", CB_IMPORT_ERROR_EMPTY, 1, 1 },
  { "byte order mark only", "\xef\xbb\xbf", CB_IMPORT_ERROR_EMPTY, 1, 1 },
  { "header only", "case,institutions\r\n", CB_IMPORT_ERROR_EMPTY, 2, 1 },
  { "invalid UTF-8", "case,institutions\nkaramay,\xff\n", CB_IMPORT_ERROR_INVALID_UTF8, 2, 9 },
  { "GBK text", "case,name_zh\n\xb3\xc7,x\n", CB_IMPORT_ERROR_INVALID_UTF8, 2, 1 },
  { "unterminated quote", "case,institutions\nkaramay,\"3\nchangchun,4\n",
    CB_IMPORT_ERROR_UNTERMINATED_QUOTE, 2, 9 },
  { "stray quote", "case,institutions\nkara\"may,3\n", CB_IMPORT_ERROR_STRAY_QUOTE, 2, 5 },
  { "missing case column", "institutions,platform\n3,4\n", CB_IMPORT_ERROR_MISSING_COLUMN, 1, 1 },
  { "long without value", "case,indicator\nkaramay,institutions\n",
    CB_IMPORT_ERROR_MISSING_COLUMN, 1, 1 },
  { "unknown indicator column", "case,institutions,nonsense\nkaramay,3,4\n",
    CB_IMPORT_ERROR_UNKNOWN_INDICATOR, 1, 19 },
  { "unknown evidence column", "case,nonsense_evidence\nkaramay,x\n",
    CB_IMPORT_ERROR_UNKNOWN_INDICATOR, 1, 6 },
  { "unknown indicator in a long file", "case,indicator,value\nkaramay,nonsense,3\n",
    CB_IMPORT_ERROR_UNKNOWN_INDICATOR, 2, 9 },
  { "long score without indicator", "case,indicator,value\nkaramay,,3\n",
    CB_IMPORT_ERROR_UNKNOWN_INDICATOR, 2, 9 },
  { "unknown long column", "case,indicator,value,colour\nkaramay,institutions,3,red\n",
    CB_IMPORT_ERROR_UNKNOWN_COLUMN, 1, 22 },
  { "unnamed column with data", "case,institutions,\nkaramay,3,x\n",
    CB_IMPORT_ERROR_UNKNOWN_COLUMN, 1, 19 },
  { "duplicate column", "case,institutions,Institutions\nkaramay,3,3\n",
    CB_IMPORT_ERROR_DUPLICATE_COLUMN, 1, 19 },
  { "evidence twice", "case,indicator,value,evidence,evidence_en\nkaramay,institutions,3,a,b\n",
    CB_IMPORT_ERROR_DUPLICATE_COLUMN, 1, 31 },
  { "too many fields", "case,institutions\nkaramay,3,4\n", CB_IMPORT_ERROR_COLUMN_COUNT, 2, 11 },
  { "too few fields", "case,institutions,platform\nkaramay,3\n", CB_IMPORT_ERROR_COLUMN_COUNT, 2, 9 },
  { "empty case code", "case,institutions\n,3\n", CB_IMPORT_ERROR_INVALID_CODE, 2, 1 },
  { "invalid case code", "case,institutions\nKaramay,3\n", CB_IMPORT_ERROR_INVALID_CODE, 2, 1 },
  { "duplicate case", "case,institutions\nkaramay,3\r\nchangchun,2\r\nkaramay,4\r\n",
    CB_IMPORT_ERROR_DUPLICATE_CASE, 4, 1 },
  { "duplicate score", "case,indicator,value\nkaramay,institutions,3\nkaramay,institutions,4\n",
    CB_IMPORT_ERROR_DUPLICATE_SCORE, 3, 9 },
  { "not a number", "case,institutions\nkaramay,high\n", CB_IMPORT_ERROR_NOT_NUMBER, 2, 9 },
  { "decimal comma", "case,institutions\nkaramay,\"3,5\"\n", CB_IMPORT_ERROR_NOT_NUMBER, 2, 9 },
  { "hexadecimal", "case,institutions\nkaramay,0x3\n", CB_IMPORT_ERROR_NOT_NUMBER, 2, 9 },
  { "infinity", "case,institutions\nkaramay,inf\n", CB_IMPORT_ERROR_NOT_NUMBER, 2, 9 },
  { "above the scale", "case,institutions\nkaramay,5.5\n", CB_IMPORT_ERROR_OUT_OF_SCALE, 2, 9 },
  { "below the scale", "case,indicator,value\nkaramay,platform,-1\n",
    CB_IMPORT_ERROR_OUT_OF_SCALE, 2, 18 },
  { "overflowing number", "case,institutions\nkaramay,1e999\n", CB_IMPORT_ERROR_OUT_OF_SCALE, 2, 9 },
  { "out of scale after Chinese text", "case,name_zh,institutions\nnew-case,新案例,9\n",
    CB_IMPORT_ERROR_OUT_OF_SCALE, 2, 14 },
  { "out of scale after a quoted line end", "case,name_en,institutions\nnew-case,\"a\nb\",9\n",
    CB_IMPORT_ERROR_OUT_OF_SCALE, 3, 4 },
  { "invalid confidence", "case,institutions,institutions_confidence\nkaramay,3,sure\n",
    CB_IMPORT_ERROR_INVALID_VALUE, 2, 11 },
  { "invalid reference", "case,reference\nkaramay,maybe\n", CB_IMPORT_ERROR_INVALID_VALUE, 2, 9 },
  { "new case without a name", "case,institutions\nnew-case,3\n", CB_IMPORT_ERROR_MISSING_NAME, 2, 1 },
  { "names that disagree",
    "case,indicator,value,name_en\nnew-case,institutions,3,A\nnew-case,platform,2,B\n",
    CB_IMPORT_ERROR_CONFLICT, 3, 21 },
};

/* Each bad input gives its own code at its place, and a failed commit
 * leaves the workbook file as it was, byte for byte. */
static void
test_bad_inputs (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "bad-inputs.casebench", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CbWorkbook) made = cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, &error);

    g_assert_no_error (error);
  }
  before = checksum (path);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      const BadInput *bad = &bad_inputs[i];
      g_autoptr(CbWorkbook) workbook = cb_workbook_open (path, &error);
      g_autoptr(CbImport) import = NULL;
      g_autoptr(CbImportProblem) problem = NULL;
      g_autofree char *text = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *after = NULL;
      guint n_scores;

      g_test_message ("case: %s", bad->name);
      g_assert_no_error (error);
      n_scores = g_list_model_get_n_items (cb_workbook_get_scores (workbook));

      import = import_text (workbook, bad->input, -1);
      g_assert_false (cb_import_is_valid (import));
      g_assert_cmpuint (g_list_model_get_n_items (cb_import_get_problems (import)), >=, 1);
      problem = g_list_model_get_item (cb_import_get_problems (import), 0);
      text = cb_import_problem_dup_text (problem);
      g_test_message ("problem: %s", text);
      g_assert_cmpint (cb_import_problem_get_code (problem), ==, bad->code);
      g_assert_cmpuint (cb_import_problem_get_line (problem), ==, bad->line);
      g_assert_cmpuint (cb_import_problem_get_column (problem), ==, bad->column);
      g_assert_cmpstr (cb_import_problem_get_path (problem), ==, "in.csv");
      prefix = g_strdup_printf ("in.csv:%u:%u: ", bad->line, bad->column);
      g_assert_true (g_str_has_prefix (text, prefix));
      g_assert_cmpuint (strlen (text), >, strlen (prefix) + 10);
      /* The message does not repeat the place. */
      g_assert_null (strstr (text + strlen (prefix), "in.csv"));

      g_assert_false (cb_import_commit (import, &error));
      g_assert_error (error, CB_IMPORT_ERROR, (int) bad->code);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_clear_error (&error);
      g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_scores (workbook)), ==, n_scores);
      g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (workbook)), ==, 7);

      g_clear_object (&workbook);
      after = checksum (path);
      g_assert_cmpstr (after, ==, before);
    }
  remove_workbook (path);
}

static void
test_many_problems (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(GString) text = g_string_new ("case,indicator,value,nonsense\n");
  g_autoptr(CbImport) import = NULL;
  g_autoptr(CbImportProblem) last = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *problems;

  for (guint k = 0; k < 100; k++)
    g_string_append_printf (text, "karamay,institutions,%u,\n", 10 + k);
  import = import_text (workbook, text->str, -1);
  problems = cb_import_get_problems (import);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, CB_IMPORT_MAX_PROBLEMS);
  g_assert_true (cb_import_get_problems_truncated (import));
  last = g_list_model_get_item (problems, CB_IMPORT_MAX_PROBLEMS - 1);
  /* The unknown column first, then one row after the other; the repeated
   * pair of the second row does not hide its value. */
  g_assert_cmpint (cb_import_problem_get_code (last), ==, CB_IMPORT_ERROR_DUPLICATE_SCORE);

  g_assert_false (cb_import_commit (import, &error));
  g_assert_error (error, CB_IMPORT_ERROR, CB_IMPORT_ERROR_UNKNOWN_COLUMN);
  g_assert_nonnull (strstr (error->message, "(and more than 49 other problems)"));
}

static void
test_several_problems_in_order (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(CbImport) import = import_text (workbook,
                                            "case,institutions,platform\n"
                                            "new-case,3,2\n"
                                            "karamay,9,x\n"
                                            "changchun,1\n", -1);
  GListModel *problems = cb_import_get_problems (import);
  const struct { CbImportError code; guint line, column; } expected[] = {
    { CB_IMPORT_ERROR_MISSING_NAME, 2, 1 },
    { CB_IMPORT_ERROR_OUT_OF_SCALE, 3, 9 },
    { CB_IMPORT_ERROR_NOT_NUMBER, 3, 11 },
    { CB_IMPORT_ERROR_COLUMN_COUNT, 4, 11 },
  };

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (expected));
  g_assert_false (cb_import_get_problems_truncated (import));
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, k);

      g_assert_cmpint (cb_import_problem_get_code (problem), ==, expected[k].code);
      g_assert_cmpuint (cb_import_problem_get_line (problem), ==, expected[k].line);
      g_assert_cmpuint (cb_import_problem_get_column (problem), ==, expected[k].column);
    }
}

static void
test_missing_file (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autofree char *path = g_build_filename (tmp_dir, "no-such.csv", NULL);
  g_autoptr(CbImport) import = cb_import_new_from_file (workbook, path);
  g_autoptr(CbImportProblem) problem = g_list_model_get_item (cb_import_get_problems (import), 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (cb_import_is_valid (import));
  g_assert_cmpint (cb_import_problem_get_code (problem), ==, CB_IMPORT_ERROR_IO);
  g_assert_cmpuint (cb_import_problem_get_line (problem), ==, 0);
  g_assert_false (cb_import_commit (import, &error));
  g_assert_error (error, CB_IMPORT_ERROR, CB_IMPORT_ERROR_IO);
}

/* What LibreOffice Calc writes with "Save as CSV, UTF-8": a byte order
 * mark, CRLF, quotes only where needed, line ends inside a cell as LF. */
static void
test_libreoffice_file (void)
{
  const char *text =
    "\xef\xbb\xbf" "Case,Name_EN,name_zh,institutions,institutions_evidence,platform,Platform_Source\r\n"
    "new-town,\"New Town, East\",新城,3.5,\"Street committee, \"\"grid\"\" teams\nsince 2019\",2,"
    "https://example.org/a\r\n"
    "karamay,,,4,,,\r\n"
    "\r\n";
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autofree char *path = g_build_filename (tmp_dir, "calc.csv", NULL);
  g_autoptr(CbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) new_codes = NULL;
  g_auto(GStrv) updated_codes = NULL;
  CbCase *town, *karamay;
  CbScore *score;
  gint64 institutions, platform;
  double karamay_platform;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  karamay = cb_workbook_find_case (workbook, "karamay");
  platform = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "platform"));
  institutions = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "institutions"));
  karamay_platform = cb_score_get_value (cb_workbook_get_score (workbook, cb_case_get_id (karamay),
                                                                platform));

  import = cb_import_new_from_file (workbook, path);
  g_assert_true (cb_import_is_valid (import));
  g_assert_cmpstr (cb_import_get_path (import), ==, path);
  g_assert_cmpint (cb_import_get_layout (import), ==, CB_CSV_LAYOUT_WIDE);
  g_assert_cmpuint (cb_import_get_n_new_cases (import), ==, 1);
  g_assert_cmpuint (cb_import_get_n_updated_cases (import), ==, 1);
  g_assert_cmpuint (cb_import_get_n_scores (import), ==, 3);
  new_codes = cb_import_dup_new_case_codes (import);
  updated_codes = cb_import_dup_updated_case_codes (import);
  g_assert_cmpstrv (new_codes, ((const char *[]) { "new-town", NULL }));
  g_assert_cmpstrv (updated_codes, ((const char *[]) { "karamay", NULL }));

  /* The preview wrote nothing. */
  g_assert_null (cb_workbook_find_case (workbook, "new-town"));

  g_assert_true (cb_import_commit (import, &error));
  g_assert_no_error (error);

  town = cb_workbook_find_case (workbook, "new-town");
  g_assert_nonnull (town);
  g_assert_cmpstr (cb_text_get_en (cb_case_get_name (town)), ==, "New Town, East");
  g_assert_cmpstr (cb_text_get_zh (cb_case_get_name (town)), ==, "新城");
  g_assert_false (cb_case_get_is_reference (town));
  score = cb_workbook_get_score (workbook, cb_case_get_id (town), institutions);
  g_assert_cmpfloat (cb_score_get_value (score), ==, 3.5);
  g_assert_cmpstr (cb_text_get_en (cb_score_get_evidence (score)), ==,
                   "Street committee, \"grid\" teams\nsince 2019");
  g_assert_cmpint (cb_score_get_confidence (score), ==, CB_CONFIDENCE_MEDIUM);
  score = cb_workbook_get_score (workbook, cb_case_get_id (town), platform);
  g_assert_cmpstr (cb_score_get_source (score), ==, "https://example.org/a");

  /* Karamay: the new value, its evidence emptied (the column is there),
   * and its platform score, all empty in the file, untouched. */
  karamay = cb_workbook_find_case (workbook, "karamay");
  g_assert_cmpstr (cb_text_get_en (cb_case_get_name (karamay)), ==, "Karamay");
  score = cb_workbook_get_score (workbook, cb_case_get_id (karamay), institutions);
  g_assert_cmpfloat (cb_score_get_value (score), ==, 4);
  g_assert_cmpstr (cb_text_get_en (cb_score_get_evidence (score)), ==, "");
  g_assert_cmpstr (cb_text_get_zh (cb_score_get_evidence (score)), !=, "");
  g_assert_cmpstr (cb_score_get_source (score), !=, "");
  score = cb_workbook_get_score (workbook, cb_case_get_id (karamay), platform);
  g_assert_cmpfloat (cb_score_get_value (score), ==, karamay_platform);

  g_unlink (path);
}

/* Long files: a row per score; an empty value makes the score missing,
 * columns the file lacks keep what is stored. */
static void
test_long_updates (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(CbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  CbCase *karamay = cb_workbook_find_case (workbook, "karamay");
  gint64 institutions = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "institutions"));
  gint64 platform = cb_indicator_get_id (cb_workbook_find_indicator (workbook, "platform"));
  g_autoptr(CbScore) old = g_object_ref (cb_workbook_get_score (workbook, cb_case_get_id (karamay),
                                                                institutions));
  CbScore *score;
  CbCase *baseline, *added;

  import = import_text (workbook,
                        "value,confidence,CASE,indicator,reference,name_zh\n"
                        ",high,karamay,institutions,,\n"
                        "2, Low ,karamay,platform,,\n"
                        ",,national-baseline,,false,\n"
                        ",,added,,,新增\n", -1);
  g_assert_true (cb_import_is_valid (import));
  g_assert_cmpint (cb_import_get_layout (import), ==, CB_CSV_LAYOUT_LONG);
  g_assert_cmpuint (cb_import_get_n_scores (import), ==, 2);
  g_assert_cmpuint (cb_import_get_n_new_cases (import), ==, 1);
  g_assert_cmpuint (cb_import_get_n_updated_cases (import), ==, 2);
  g_assert_true (cb_import_commit (import, &error));
  g_assert_no_error (error);

  score = cb_workbook_get_score (workbook, cb_case_get_id (karamay), institutions);
  g_assert_false (cb_score_get_has_value (score));
  g_assert_cmpint (cb_score_get_confidence (score), ==, CB_CONFIDENCE_HIGH);
  g_assert_true (cb_text_equal (cb_score_get_evidence (score), cb_score_get_evidence (old)));
  g_assert_cmpstr (cb_score_get_source (score), ==, cb_score_get_source (old));
  score = cb_workbook_get_score (workbook, cb_case_get_id (karamay), platform);
  g_assert_cmpfloat (cb_score_get_value (score), ==, 2);
  g_assert_cmpint (cb_score_get_confidence (score), ==, CB_CONFIDENCE_LOW);

  baseline = cb_workbook_find_case (workbook, "national-baseline");
  g_assert_false (cb_case_get_is_reference (baseline));
  added = cb_workbook_find_case (workbook, "added");
  g_assert_cmpstr (cb_text_get_en (cb_case_get_name (added)), ==, "新增");
  g_assert_cmpstr (cb_text_get_zh (cb_case_get_name (added)), ==, "新增");
  /* Added after the others. */
  g_assert_true (g_list_model_get_item (cb_workbook_get_cases (workbook), 7) == (gpointer) added);
  g_object_unref (added);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* The preview follows the workbook when asked, and commit checks again. */
static void
test_refresh (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(CbImport) import = import_text (workbook, "case,institutions\nfresh,3\n", -1);
  g_autoptr(CbCase) c = cb_case_new ();
  g_autoptr(CbText) name = cb_text_new ("Fresh", "新");
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (import, "notify::valid", G_CALLBACK (count_cb), &notified);
  /* A new case without a name. */
  g_assert_false (cb_import_is_valid (import));
  g_assert_cmpuint (cb_import_get_n_new_cases (import), ==, 1);

  cb_case_set_code (c, "fresh");
  cb_case_set_name (c, name);
  g_assert_cmpint (cb_workbook_add_case (workbook, c, &error), >, 0);
  g_assert_no_error (error);
  cb_import_refresh (import);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (cb_import_is_valid (import));
  g_assert_cmpuint (g_list_model_get_n_items (cb_import_get_problems (import)), ==, 0);
  g_assert_cmpuint (cb_import_get_n_new_cases (import), ==, 0);
  g_assert_cmpuint (cb_import_get_n_updated_cases (import), ==, 1);

  g_assert_true (cb_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpfloat (cb_score_get_value (cb_workbook_get_score (
                       workbook, cb_case_get_id (cb_workbook_find_case (workbook, "fresh")),
                       cb_indicator_get_id (cb_workbook_find_indicator (workbook, "institutions")))),
                     ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cb_workbook_get_cases (workbook)), ==, 8);
}

static void
test_read_only (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "read-only.casebench", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(CbImport) import = NULL;

  {
    g_autoptr(CbWorkbook) made = cb_workbook_create (path, CB_WORKBOOK_CONTENT_DEFAULT, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = checksum (path);

  workbook = cb_workbook_open (path, &error);
  g_assert_no_error (error);
  import = import_text (workbook, "case,institutions\nkaramay,1\n", -1);
  g_assert_true (cb_import_is_valid (import));
  g_assert_false (cb_import_commit (import, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_READ_ONLY);

  g_clear_object (&workbook);
  after = checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_chmod (path, 0644);
  remove_workbook (path);
}

static void
test_export_results (void)
{
  g_autoptr(CbWorkbook) workbook = new_workbook (CB_WORKBOOK_CONTENT_DEFAULT);
  g_autoptr(CbDataset) dataset = cb_dataset_new_from_workbook (workbook);
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(CbResult) result = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS,
                                           CB_AGGREGATION_GEOMETRIC, NULL);
  g_autofree char *wide = cb_csv_export_results (result, "equal", CB_CSV_LAYOUT_WIDE);
  g_autofree char *long_text = cb_csv_export_results (result, "equal", CB_CSV_LAYOUT_LONG);
  g_autoptr(GBytes) wide_bytes = g_bytes_new_static (wide, strlen (wide));
  g_autoptr(GBytes) long_bytes = g_bytes_new_static (long_text, strlen (long_text));
  g_autoptr(CbCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  guint n_cases = cb_dataset_get_n_cases (dataset);
  guint n_rows, gap_rows = 0;

  table = cb_csv_read_bytes (wide_bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cb_csv_table_get_n_rows (table), ==, n_cases + 1);
  g_assert_cmpuint (cb_csv_table_get_n_fields (table, 0), ==, 10 + 3 + 2 * 10);
  g_assert_cmpstr (cb_csv_table_get (table, 0, 7), ==, "rank");
  g_assert_cmpstr (cb_csv_table_get (table, 0, 13), ==, "institutions_gap");
  for (guint row = 1; row <= n_cases; row++)
    {
      int c = cb_dataset_find_case (dataset, cb_csv_table_get (table, row, 0));

      g_assert_cmpint (c, >=, 0);
      g_assert_cmpstr (cb_csv_table_get (table, row, 4), ==, "equal");
      g_assert_cmpstr (cb_csv_table_get (table, row, 5), ==, "geometric");
      g_assert_cmpstr (cb_csv_table_get (table, row, 6), ==, "goalposts");
      if (cb_result_get_rank (result, c) > 0)
        g_assert_cmpuint (atoi (cb_csv_table_get (table, row, 7)), ==, cb_result_get_rank (result, c));
      else
        g_assert_cmpstr (cb_csv_table_get (table, row, 7), ==, "");
      /* Every digit it takes. */
      g_assert_cmpfloat (g_ascii_strtod (cb_csv_table_get (table, row, 8), NULL), ==,
                         cb_result_get_composite (result, c));
      g_assert_cmpfloat (g_ascii_strtod (cb_csv_table_get (table, row, 12), NULL), ==,
                         cb_result_get_dimension_score (result, c, 2));
      g_assert_cmpfloat (g_ascii_strtod (cb_csv_table_get (table, row, 23), NULL), ==,
                         cb_result_get_weighted_gap (result, c, 0));
    }
  /* Ranked first. */
  g_assert_cmpstr (cb_csv_table_get (table, 1, 7), ==, "1");
  g_clear_pointer (&table, cb_csv_table_unref);

  table = cb_csv_read_bytes (long_bytes, NULL, &error);
  g_assert_no_error (error);
  n_rows = cb_csv_table_get_n_rows (table);
  g_assert_cmpuint (n_rows, ==, 1 + n_cases * (3 + 3 + 2 * 10));
  g_assert_cmpstr (cb_csv_table_get (table, 0, 7), ==, "measure");
  for (guint row = 1; row < n_rows; row++)
    {
      g_assert_cmpuint (cb_csv_table_get_n_fields (table, row), ==, 11);
      if (g_str_equal (cb_csv_table_get (table, row, 7), "gap"))
        gap_rows++;
    }
  g_assert_cmpuint (gap_rows, ==, n_cases * 10);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("casebench-import-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/import/round-trip", test_round_trip);
  g_test_add_func ("/import/wide-columns", test_wide_file_needs_few_columns);
  g_test_add_func ("/import/bad-inputs", test_bad_inputs);
  g_test_add_func ("/import/many-problems", test_many_problems);
  g_test_add_func ("/import/problems-in-order", test_several_problems_in_order);
  g_test_add_func ("/import/missing-file", test_missing_file);
  g_test_add_func ("/import/libreoffice", test_libreoffice_file);
  g_test_add_func ("/import/long-updates", test_long_updates);
  g_test_add_func ("/import/refresh", test_refresh);
  g_test_add_func ("/import/read-only", test_read_only);
  g_test_add_func ("/export/results", test_export_results);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  return status;
}
