/* cb-csv-export.c: scores and results as CSV
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180 text: CRLF line ends, fields quoted only when they must be,
 * numbers in the C locale with as many digits as it takes to read back
 * the same double, a missing number as an empty field.
 *
 * Scores are written in the layouts cb-import.c reads, so that a file
 * imported into a workbook with the same framework gives the same cases
 * (code, names, reference flag) and scores (value, evidence in both
 * languages, source, confidence). Wide files have the evidence, source and
 * confidence columns of an indicator only when one of its scores needs
 * them; long files have all of them, and a case without scores as one row
 * with an empty indicator.
 *
 * Results: one row per case in order of rank (references and unranked
 * cases last), or one row per number in the long layout; the weight set,
 * method and normalisation are on every row, so that the files of several
 * runs can be put together.
 */

#define G_LOG_DOMAIN "cb-csv-export"

#include "config.h"

#include <math.h>

#include "cb-csv-export.h"
#include "cb-csv.h"

static void
append_number (GString  *out,
               double    value,
               gboolean  first)
{
  g_autofree char *text = cb_csv_format_number (value);

  cb_csv_append_field (out, text, first);
}

static void
append_case (GString *out,
             CbCase  *c)
{
  CbText *name = cb_case_get_name (c);

  cb_csv_append_field (out, cb_case_get_code (c), TRUE);
  cb_csv_append_field (out, cb_text_get_en (name), FALSE);
  cb_csv_append_field (out, cb_text_get_zh (name), FALSE);
  cb_csv_append_field (out, cb_case_get_is_reference (c) ? "true" : "false", FALSE);
}

/* Scores */

typedef struct
{
  gboolean evidence_en;
  gboolean evidence_zh;
  gboolean source;
  gboolean confidence;
} ExtraColumns;

/* Which columns each indicator needs beside its value, so that no score
 * is lost. A score without value, evidence and source is kept by its
 * confidence cell. */
static ExtraColumns *
extra_columns (CbWorkbook *workbook)
{
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  GListModel *scores = cb_workbook_get_scores (workbook);
  guint n_indicators = g_list_model_get_n_items (indicators);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ExtraColumns *extra = g_new0 (ExtraColumns, MAX (1, n_indicators));

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
      gint64 id = cb_indicator_get_id (indicator);

      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }

  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, k);
      gint64 id = cb_score_get_indicator_id (score);
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (index, &id));
      CbText *evidence = cb_score_get_evidence (score);
      gboolean en, zh, source;

      if (i == 0)
        continue;
      en = cb_text_get_en (evidence)[0] != '\0';
      zh = cb_text_get_zh (evidence)[0] != '\0';
      source = cb_score_get_source (score)[0] != '\0';
      extra[i - 1].evidence_en |= en;
      extra[i - 1].evidence_zh |= zh;
      extra[i - 1].source |= source;
      extra[i - 1].confidence |= cb_score_get_confidence (score) != CB_CONFIDENCE_MEDIUM ||
                                 (!cb_score_get_has_value (score) && !en && !zh && !source);
    }
  return extra;
}

static void
append_score_parts (GString    *out,
                    CbScore    *score,
                    ExtraColumns extra)
{
  CbText *evidence = score != NULL ? cb_score_get_evidence (score) : NULL;

  if (extra.evidence_en)
    cb_csv_append_field (out, evidence != NULL ? cb_text_get_en (evidence) : "", FALSE);
  if (extra.evidence_zh)
    cb_csv_append_field (out, evidence != NULL ? cb_text_get_zh (evidence) : "", FALSE);
  if (extra.source)
    cb_csv_append_field (out, score != NULL ? cb_score_get_source (score) : "", FALSE);
  if (extra.confidence)
    cb_csv_append_field (out, score != NULL ? cb_confidence_to_string (cb_score_get_confidence (score))
                                            : "", FALSE);
}

static void
append_value (GString *out,
              CbScore *score)
{
  if (score != NULL && cb_score_get_has_value (score))
    append_number (out, cb_score_get_value (score), FALSE);
  else
    cb_csv_append_field (out, "", FALSE);
}

static void
append_header_column (GString    *out,
                      const char *code,
                      const char *suffix)
{
  g_autofree char *name = g_strconcat (code, suffix, NULL);

  cb_csv_append_field (out, name, FALSE);
}

static char *
export_scores_wide (CbWorkbook *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  guint n_indicators = g_list_model_get_n_items (indicators);
  g_autofree ExtraColumns *extra = extra_columns (workbook);
  GString *out = g_string_new ("case,name_en,name_zh,reference");

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *code = cb_indicator_get_code (indicator);

      append_header_column (out, code, "");
      if (extra[i].evidence_en)
        append_header_column (out, code, "_evidence_en");
      if (extra[i].evidence_zh)
        append_header_column (out, code, "_evidence_zh");
      if (extra[i].source)
        append_header_column (out, code, "_source");
      if (extra[i].confidence)
        append_header_column (out, code, "_confidence");
    }
  cb_csv_append_row_end (out);

  for (guint c = 0; c < g_list_model_get_n_items (cases); c++)
    {
      g_autoptr(CbCase) a_case = g_list_model_get_item (cases, c);

      append_case (out, a_case);
      for (guint i = 0; i < n_indicators; i++)
        {
          g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
          CbScore *score = cb_workbook_get_score (workbook, cb_case_get_id (a_case),
                                                  cb_indicator_get_id (indicator));

          append_value (out, score);
          append_score_parts (out, score, extra[i]);
        }
      cb_csv_append_row_end (out);
    }
  return g_string_free (out, FALSE);
}

static char *
export_scores_long (CbWorkbook *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  ExtraColumns all = { TRUE, TRUE, TRUE, TRUE };
  GString *out = g_string_new ("case,name_en,name_zh,reference,indicator,value,"
                               "evidence_en,evidence_zh,source,confidence");

  cb_csv_append_row_end (out);
  for (guint c = 0; c < g_list_model_get_n_items (cases); c++)
    {
      g_autoptr(CbCase) a_case = g_list_model_get_item (cases, c);
      gboolean any = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
          CbScore *score = cb_workbook_get_score (workbook, cb_case_get_id (a_case),
                                                  cb_indicator_get_id (indicator));

          if (score == NULL)
            continue;
          any = TRUE;
          append_case (out, a_case);
          cb_csv_append_field (out, cb_indicator_get_code (indicator), FALSE);
          append_value (out, score);
          append_score_parts (out, score, all);
          cb_csv_append_row_end (out);
        }
      if (!any)
        {
          append_case (out, a_case);
          g_string_append (out, ",,,,,,");
          cb_csv_append_row_end (out);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * cb_csv_export_scores:
 * @workbook: a workbook
 * @layout: wide or long
 *
 * Returns: (transfer full): every case with its scores, as CSV that
 *   cb_import_new_from_bytes () reads back
 */
char *
cb_csv_export_scores (CbWorkbook  *workbook,
                      CbCsvLayout  layout)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);

  return layout == CB_CSV_LAYOUT_LONG ? export_scores_long (workbook)
                                      : export_scores_wide (workbook);
}

/* Results */

static GArray *
case_order (const CbResult *result)
{
  guint n = cb_dataset_get_n_cases (cb_result_get_dataset (result));
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint rank = 1; rank <= n; rank++)
    for (guint c = 0; c < n; c++)
      if (cb_result_get_rank (result, c) == rank)
        g_array_append_val (order, c);
  for (guint c = 0; c < n; c++)
    if (cb_result_get_rank (result, c) == 0)
      g_array_append_val (order, c);
  return order;
}

static void
append_result_case (GString        *out,
                    const CbResult *result,
                    const char     *weight_set_code,
                    guint           c)
{
  const CbDataset *dataset = cb_result_get_dataset (result);
  CbText *name = cb_dataset_get_case_name (dataset, c);

  cb_csv_append_field (out, cb_dataset_get_case_code (dataset, c), TRUE);
  cb_csv_append_field (out, cb_text_get_en (name), FALSE);
  cb_csv_append_field (out, cb_text_get_zh (name), FALSE);
  cb_csv_append_field (out, cb_dataset_get_case_is_reference (dataset, c) ? "true" : "false", FALSE);
  cb_csv_append_field (out, weight_set_code, FALSE);
  cb_csv_append_field (out, cb_aggregation_to_string (cb_result_get_aggregation (result)), FALSE);
  cb_csv_append_field (out, cb_normalisation_to_string (cb_result_get_normalisation (result)), FALSE);
}

static void
append_rank (GString        *out,
             const CbResult *result,
             guint           c)
{
  guint rank = cb_result_get_rank (result, c);
  g_autofree char *text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("");

  cb_csv_append_field (out, text, FALSE);
}

#define RESULT_COLUMNS "case,name_en,name_zh,reference,weights,method,normalisation"

static char *
export_results_wide (const CbResult *result,
                     const char     *weight_set_code)
{
  const CbDataset *dataset = cb_result_get_dataset (result);
  guint n_dimensions = cb_dataset_get_n_dimensions (dataset);
  guint n_indicators = cb_dataset_get_n_indicators (dataset);
  g_autoptr(GArray) order = case_order (result);
  GString *out = g_string_new (RESULT_COLUMNS ",rank,composite,target_composite");

  for (guint d = 0; d < n_dimensions; d++)
    cb_csv_append_field (out, cb_dataset_get_dimension_code (dataset, d), FALSE);
  for (guint i = 0; i < n_indicators; i++)
    append_header_column (out, cb_dataset_get_indicator_code (dataset, i), "_gap");
  for (guint i = 0; i < n_indicators; i++)
    append_header_column (out, cb_dataset_get_indicator_code (dataset, i), "_weighted_gap");
  cb_csv_append_row_end (out);

  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);

      append_result_case (out, result, weight_set_code, c);
      append_rank (out, result, c);
      append_number (out, cb_result_get_composite (result, c), FALSE);
      append_number (out, cb_result_get_target_composite (result, c), FALSE);
      for (guint d = 0; d < n_dimensions; d++)
        append_number (out, cb_result_get_dimension_score (result, c, d), FALSE);
      for (guint i = 0; i < n_indicators; i++)
        append_number (out, cb_result_get_gap (result, c, i), FALSE);
      for (guint i = 0; i < n_indicators; i++)
        append_number (out, cb_result_get_weighted_gap (result, c, i), FALSE);
      cb_csv_append_row_end (out);
    }
  return g_string_free (out, FALSE);
}

static void
append_measure (GString        *out,
                const CbResult *result,
                const char     *weight_set_code,
                guint           c,
                const char     *measure,
                const char     *dimension,
                const char     *indicator,
                double          value)
{
  append_result_case (out, result, weight_set_code, c);
  cb_csv_append_field (out, measure, FALSE);
  cb_csv_append_field (out, dimension, FALSE);
  cb_csv_append_field (out, indicator, FALSE);
  append_number (out, value, FALSE);
  cb_csv_append_row_end (out);
}

static char *
export_results_long (const CbResult *result,
                     const char     *weight_set_code)
{
  const CbDataset *dataset = cb_result_get_dataset (result);
  guint n_dimensions = cb_dataset_get_n_dimensions (dataset);
  guint n_indicators = cb_dataset_get_n_indicators (dataset);
  g_autoptr(GArray) order = case_order (result);
  GString *out = g_string_new (RESULT_COLUMNS ",measure,dimension,indicator,value");

  cb_csv_append_row_end (out);
  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      guint rank = cb_result_get_rank (result, c);

      append_measure (out, result, weight_set_code, c, "rank", NULL, NULL,
                      rank > 0 ? (double) rank : NAN);
      append_measure (out, result, weight_set_code, c, "composite", NULL, NULL,
                      cb_result_get_composite (result, c));
      append_measure (out, result, weight_set_code, c, "target_composite", NULL, NULL,
                      cb_result_get_target_composite (result, c));
      for (guint d = 0; d < n_dimensions; d++)
        append_measure (out, result, weight_set_code, c, "dimension_score",
                        cb_dataset_get_dimension_code (dataset, d), NULL,
                        cb_result_get_dimension_score (result, c, d));
      for (guint i = 0; i < n_indicators; i++)
        {
          const char *dimension =
            cb_dataset_get_dimension_code (dataset, cb_dataset_get_indicator_dimension (dataset, i));
          const char *indicator = cb_dataset_get_indicator_code (dataset, i);

          append_measure (out, result, weight_set_code, c, "gap", dimension, indicator,
                          cb_result_get_gap (result, c, i));
          append_measure (out, result, weight_set_code, c, "weighted_gap", dimension, indicator,
                          cb_result_get_weighted_gap (result, c, i));
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * cb_csv_export_results:
 * @result: an analysis
 * @weight_set_code: the code of the weight set it used, written on every row
 * @layout: wide (one row per case) or long (one row per number)
 *
 * The composite, target composite, rank, dimension scores, gaps and
 * weighted gaps of every case (see the top of this file).
 *
 * Returns: (transfer full): the CSV text
 */
char *
cb_csv_export_results (const CbResult *result,
                       const char     *weight_set_code,
                       CbCsvLayout     layout)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (weight_set_code != NULL, NULL);

  return layout == CB_CSV_LAYOUT_LONG ? export_results_long (result, weight_set_code)
                                      : export_results_wide (result, weight_set_code);
}

/**
 * cb_csv_write_file:
 * @path: the file to write; one already there is replaced
 * @text: CSV text
 *
 * Writes the text after a UTF-8 byte order mark, which spreadsheets take
 * as the sign of UTF-8 (without it, some show Chinese text garbled);
 * cb_csv_read_file () skips it. The file is replaced in one step: it is
 * either the old or the new one, never half of it.
 */
gboolean
cb_csv_write_file (const char  *path,
                   const char  *text,
                   GError     **error)
{
  g_autofree char *contents = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  contents = g_strconcat ("\xef\xbb\xbf", text, NULL);
  return g_file_set_contents (path, contents, -1, error);
}
