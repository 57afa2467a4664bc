/* cb-report-weights.c: the weights page of the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weights of the weight set as the analysis uses them (normalised
 * within each group, and effective), and where the set holds AHP
 * pairwise judgements, their consistency: λmax, CI and CR of each
 * comparison matrix, the raters' judgements combined by their geometric
 * mean (AIJ) where there are several.
 */

#define G_LOG_DOMAIN "cb-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-ahp.h"
#include "cb-report-private.h"

/* One comparison matrix: the dimensions, or the indicators of one
 * dimension (group ≥ 0). */
typedef struct
{
  CbJudgementKind kind;
  int group;
  GArray *ids;      /* gint64, the elements compared, in framework order */
} Comparison;

static int
index_of (GArray *ids,
          gint64  id)
{
  for (guint k = 0; k < ids->len; k++)
    if (g_array_index (ids, gint64, k) == id)
      return (int) k;
  return -1;
}

/* The matrix of one rater's judgements, or NULL if some pair is not
 * judged. */
static CbAhpMatrix *
rater_matrix (GPtrArray        *judgements,
              const Comparison *comparison,
              const char       *rater)
{
  guint n = comparison->ids->len;
  g_autofree double *values = g_new0 (double, (gsize) n * n);
  guint found = 0;

  for (guint k = 0; k < judgements->len; k++)
    {
      CbJudgement *judgement = g_ptr_array_index (judgements, k);
      int a = index_of (comparison->ids, cb_judgement_get_a_id (judgement));
      int b = index_of (comparison->ids, cb_judgement_get_b_id (judgement));
      double value = cb_judgement_get_value (judgement);

      if (cb_judgement_get_kind (judgement) != comparison->kind || a < 0 || b < 0 || a == b ||
          g_strcmp0 (cb_judgement_get_rater (judgement), rater) != 0)
        continue;
      if (a < b)
        values[(gsize) a * n + b] = value;
      else
        values[(gsize) b * n + a] = 1.0 / value;
      found++;
    }
  for (guint i = 0; i < n; i++)
    {
      values[(gsize) i * n + i] = 1.0;
      for (guint j = i + 1; j < n; j++)
        if (values[(gsize) i * n + j] <= 0.0)
          return NULL;
    }
  if (found == 0)
    return NULL;
  return cb_ahp_matrix_new (n, n, values, CB_AHP_MATRIX_UPPER_TRIANGLE, NULL);
}

/* The raters who judged any pair of the comparison, in order of first
 * appearance. */
static GPtrArray *
comparison_raters (GPtrArray        *judgements,
                   const Comparison *comparison)
{
  GPtrArray *raters = g_ptr_array_new ();

  for (guint k = 0; k < judgements->len; k++)
    {
      CbJudgement *judgement = g_ptr_array_index (judgements, k);
      const char *rater = cb_judgement_get_rater (judgement);

      if (cb_judgement_get_kind (judgement) != comparison->kind ||
          index_of (comparison->ids, cb_judgement_get_a_id (judgement)) < 0 ||
          index_of (comparison->ids, cb_judgement_get_b_id (judgement)) < 0)
        continue;
      if (!g_ptr_array_find_with_equal_func (raters, rater, g_str_equal, NULL))
        g_ptr_array_add (raters, (gpointer) rater);
    }
  return raters;
}

/* A row of the consistency table for one comparison, or nothing if no
 * rater judged it. */
static void
consistency_row (CbReport         *report,
                 GPtrArray        *judgements,
                 const Comparison *comparison)
{
  CbDataset *dataset = report->dataset;
  g_autoptr(GPtrArray) raters = comparison_raters (judgements, comparison);
  g_autoptr(GPtrArray) matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) cb_ahp_matrix_unref);
  g_autoptr(CbAhpMatrix) matrix = NULL;
  g_autoptr(CbAhpResult) result = NULL;
  g_autofree char *what = NULL;
  g_autofree char *who = NULL;
  g_autofree char *n = NULL;
  g_autofree char *lambda = NULL;
  g_autofree char *ci = NULL;
  g_autofree char *cr = NULL;
  const char *verdict;
  const char *cells[7];
  guint complete = 0;

  if (raters->len == 0)
    return;

  for (guint k = 0; k < raters->len; k++)
    {
      CbAhpMatrix *one = rater_matrix (judgements, comparison, g_ptr_array_index (raters, k));

      if (one != NULL)
        {
          g_ptr_array_add (matrices, one);
          complete++;
        }
    }
  if (complete > 1)
    matrix = cb_ahp_matrix_aggregate ((CbAhpMatrix * const *) matrices->pdata, matrices->len, NULL, NULL);
  else if (complete == 1)
    matrix = cb_ahp_matrix_ref (g_ptr_array_index (matrices, 0));
  if (matrix != NULL)
    result = cb_ahp_solve (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980, NULL);

  if (comparison->kind == CB_JUDGEMENT_DIMENSIONS)
    what = g_strdup (_("Dimensions"));
  else
    /* Translators: the indicators of a dimension, compared pairwise */
    what = g_strdup_printf (_("Indicators of %s"),
                            _cb_report_get (report, cb_dataset_get_dimension_name (dataset, comparison->group)));
  if (raters->len == 1 && ((const char *) g_ptr_array_index (raters, 0))[0] == '\0')
    who = g_strdup (_("a single set"));
  else
    {
      /* Translators: how many raters judged a matrix, and how many of them judged every pair */
      who = g_strdup_printf (_("%u raters, %u complete"), raters->len, complete);
    }
  n = g_strdup_printf ("%u", comparison->ids->len);
  if (result != NULL)
    {
      lambda = cb_format_number (cb_ahp_result_get_lambda_max (result), 3, "");
      ci = cb_format_number (cb_ahp_result_get_ci (result), 3, "");
      cr = cb_format_number (cb_ahp_result_get_cr (result), 3, "");
      verdict = cb_ahp_result_is_consistent (result) ? _("consistent") : _("inconsistent: revise");
    }
  else
    {
      lambda = g_strdup ("—");
      ci = g_strdup ("—");
      cr = g_strdup ("—");
      verdict = _("incomplete: not every pair is judged");
    }
  cells[0] = what;
  cells[1] = who;
  cells[2] = n;
  cells[3] = lambda;
  cells[4] = ci;
  cells[5] = cr;
  cells[6] = verdict;
  {
    g_autofree char *escaped_what = g_markup_escape_text (what, -1);
    g_autofree char *escaped_who = g_markup_escape_text (who, -1);

    cells[0] = escaped_what;
    cells[1] = escaped_who;
    _cb_report_table_row (&report->page, cells);
  }
}

static void
write_consistency (CbReport    *report,
                   CbWeightSet *weight_set)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  GPtrArray *judgements = cb_weight_set_get_judgements (weight_set);
  const double shares[] = { 24, 16, 5, 9, 9, 9, 20 };
  const char *header[] = { _("Comparison"), _("Judgements"), _("n"), _("λmax"), _("CI"), _("CR"), _("Verdict") };
  CbReportTable table;
  Comparison comparison;

  if (judgements == NULL || judgements->len == 0)
    return;

  _cb_report_heading (page, _("Consistency of the pairwise judgements (AHP)"), CB_REPORT_H2_SIZE,
                      CB_REPORT_BODY_SIZE * 6);
  _cb_report_text (page, _("This weight set holds pairwise judgements. For each comparison matrix (the "
                           "judgements of several raters combined by their element-wise geometric mean) the "
                           "table gives the principal eigenvalue λmax, the consistency index CI = (λmax − "
                           "n) / (n − 1) and the consistency ratio CR = CI / RI, with Saaty’s (1980) random "
                           "index RI. Judgements with a CR above 0.10 contradict each other and should be "
                           "revised."), CB_REPORT_BODY_SIZE, CB_REPORT_BODY_SIZE * 0.7);

  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, G_N_ELEMENTS (shares));
  _cb_report_table_begin (page, &table);
  comparison.ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  comparison.kind = CB_JUDGEMENT_DIMENSIONS;
  comparison.group = -1;
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      gint64 id = cb_dataset_get_dimension_id (dataset, d);

      g_array_append_val (comparison.ids, id);
    }
  consistency_row (report, judgements, &comparison);
  comparison.kind = CB_JUDGEMENT_INDICATORS;
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      g_array_set_size (comparison.ids, 0);
      comparison.group = (int) d;
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d)
          {
            gint64 id = cb_dataset_get_indicator_id (dataset, i);

            g_array_append_val (comparison.ids, id);
          }
      consistency_row (report, judgements, &comparison);
    }
  g_array_unref (comparison.ids);
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);
}

gboolean
_cb_report_write_weights (CbReport  *report,
                          GError   **error)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  CbWeights *weights = report->weights;
  const double shares[] = { 52, 24, 24 };
  const char *header[] = { _("Indicator"), _("Weight in its dimension"), _("Effective weight") };
  CbReportTable table;
  g_autofree char *intro = NULL;

  if (!_cb_report_section (report, _("Weights"), 0, error))
    return FALSE;
  _cb_report_title (report, _("Weights"), NULL);

  intro = g_markup_printf_escaped (_("Weight set: <b>%s</b>"), report->weight_set_name);
  _cb_report_paragraph (page, intro, CB_REPORT_BODY_SIZE, 0, CB_REPORT_BODY_SIZE * 0.4);
  if (report->weight_set != NULL && !cb_text_is_empty (cb_weight_set_get_note (report->weight_set)))
    _cb_report_text (page, _cb_report_get (report, cb_weight_set_get_note (report->weight_set)),
                     CB_REPORT_BODY_SIZE, CB_REPORT_BODY_SIZE * 0.4);
  else if (report->weight_set == NULL)
    _cb_report_text (page, _("The workbook has no weight set: every dimension weighs the same, and so does "
                             "every indicator within its dimension."), CB_REPORT_BODY_SIZE,
                     CB_REPORT_BODY_SIZE * 0.4);
  if (cb_weights_get_note (weights) != NULL)
    _cb_report_text (page, cb_weights_get_note (weights), CB_REPORT_BODY_SIZE, CB_REPORT_BODY_SIZE * 0.4);
  _cb_report_space (page, CB_REPORT_BODY_SIZE * 0.6);

  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, G_N_ELEMENTS (shares));
  _cb_report_table_begin (page, &table);
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      CbText *name = cb_dataset_get_dimension_name (dataset, d);
      g_autofree char *weight = cb_format_number (cb_weights_get_dimension (weights, d), 3, "");
      g_autofree char *label = g_strdup_printf (_("dimension weight %s"), weight);
      g_autofree char *group = g_markup_printf_escaped ("<b>%s</b>   <span foreground=\"#5e5c64\">%s</span>",
                                                        _cb_report_get (report, name), label);

      _cb_report_table_group (page, group);
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        {
          g_autofree char *names = NULL;
          g_autofree char *within = NULL;
          g_autofree char *effective = NULL;
          g_autofree char *percent = NULL;
          g_autofree char *effective_cell = NULL;
          const char *cells[3];

          if (cb_dataset_get_indicator_dimension (dataset, i) != d)
            continue;
          names = _cb_report_bilingual (report, cb_dataset_get_indicator_name (dataset, i), NULL);
          within = cb_format_number (cb_weights_get_indicator (weights, i), 3, "");
          effective = cb_format_number (cb_weights_get_effective (weights, i), 3, "");
          percent = cb_format_number (cb_weights_get_effective (weights, i) * 100, 1, "");
          effective_cell = g_strdup_printf ("<b>%s</b>  <span foreground=\"#5e5c64\">(%s %%)</span>",
                                            effective, percent);
          cells[0] = names;
          cells[1] = within;
          cells[2] = effective_cell;
          _cb_report_table_row (page, cells);
        }
    }
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);

  if (report->weight_set != NULL)
    write_consistency (report, report->weight_set);
  return TRUE;
}
