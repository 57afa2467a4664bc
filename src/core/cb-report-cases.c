/* cb-report-cases.c: results, robustness and case profiles of the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison charts are the same drawing functions as on screen,
 * drawn as vectors into the page. Each case gets two pages: its facts,
 * scores and gaps, then its scores with the evidence behind them.
 */

#define G_LOG_DOMAIN "cb-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-report-private.h"

#define MUTED "<span foreground=\"#5e5c64\">"

static void
caption (CbReportPage *page,
         const char   *text)
{
  g_autofree char *markup = g_markup_printf_escaped (MUTED "%s</span>", text);

  page->y += 4;
  _cb_report_paragraph (page, markup, CB_REPORT_SMALL_SIZE, 0, CB_REPORT_BODY_SIZE);
}

/* The dataset indices of the cases by rank, then the references. */
static GArray *
cases_by_rank (CbReport *report)
{
  CbDataset *dataset = report->dataset;
  guint n = cb_dataset_get_n_cases (dataset);
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint rank = 1; rank <= n; rank++)
    for (guint c = 0; c < n; c++)
      if (cb_result_get_rank (report->result, c) == rank)
        g_array_append_val (order, c);
  for (guint c = 0; c < n; c++)
    if (cb_result_get_rank (report->result, c) == 0)
      g_array_append_val (order, c);
  return order;
}

static void
results_table (CbReport *report)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  guint n_dimensions = MIN (cb_dataset_get_n_dimensions (dataset), CB_REPORT_MAX_COLUMNS - 3);
  g_autoptr(GArray) order = cases_by_rank (report);
  double shares[CB_REPORT_MAX_COLUMNS] = { 8, 34, 14 };
  const char *header[CB_REPORT_MAX_COLUMNS] = { _("Rank"), _("Case"), _("Composite") };
  CbReportTable table;

  for (guint d = 0; d < n_dimensions; d++)
    {
      shares[3 + d] = 44.0 / n_dimensions;
      header[3 + d] = _cb_report_get (report, cb_dataset_get_dimension_name (dataset, d));
    }
  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, 3 + n_dimensions);
  _cb_report_table_begin (page, &table);
  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      guint rank = cb_result_get_rank (report->result, c);
      g_autofree char *rank_text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("—");
      g_autofree char *name = _cb_report_bilingual (report, cb_dataset_get_case_name (dataset, c), NULL);
      g_autofree char *composite = _cb_report_number (cb_result_get_composite (report->result, c), 1);
      g_autofree char *composite_cell = g_strdup_printf ("<b>%s</b>", composite);
      char *dimensions[CB_REPORT_MAX_COLUMNS] = { NULL };
      const char *cells[CB_REPORT_MAX_COLUMNS] = { rank_text, name, composite_cell };

      for (guint d = 0; d < n_dimensions; d++)
        cells[3 + d] = dimensions[d] = _cb_report_number (cb_result_get_dimension_score (report->result, c, d), 1);
      _cb_report_table_row (page, cells);
      for (guint d = 0; d < n_dimensions; d++)
        g_free (dimensions[d]);
    }
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);
}

gboolean
_cb_report_write_results (CbReport  *report,
                          GError   **error)
{
  CbReportPage *page = &report->page;
  g_autoptr(CbChartData) radar = cb_chart_data_copy (report->chart_data);
  g_autoptr(CbChartData) gaps = cb_chart_data_copy (report->chart_data);
  g_autoptr(CbChartData) heatmap = cb_chart_data_copy (report->chart_data);
  double height;

  if (!_cb_report_section (report, _("Results"), 0, error))
    return FALSE;
  _cb_report_title (report, _("Results"), NULL);
  _cb_report_chart (page, CB_CHART_RANKING, report->chart_data, 300);
  caption (page, report->sensitivity != NULL
                 /* xgettext:no-c-format */
                 ? _("Figure 1. Composite scores, highest first, on the normalised 0–100 scale. The whiskers "
                     "span the ranks a case took in 90 % of the Monte Carlo draws (see Robustness).")
                 : _("Figure 1. Composite scores, highest first, on the normalised 0–100 scale."));
  results_table (report);

  _cb_report_page_break (page);
  cb_chart_data_set_level (radar, CB_CHART_LEVEL_DIMENSION);
  _cb_report_chart (page, CB_CHART_RADAR, radar, 540);
  caption (page, _("Figure 2. Dimension scores of every case against the target (dashed), on the normalised "
                   "0–100 scale from the centre outwards. Compare the shapes: the area of a polygon depends "
                   "on the order of the axes and is no score."));

  if (g_cancellable_set_error_if_cancelled (report->cancellable, error))
    return FALSE;
  _cb_report_page_break (page);
  cb_chart_data_set_level (gaps, CB_CHART_LEVEL_DIMENSION);
  cb_chart_data_set_small_multiples (gaps, TRUE);
  height = page->bottom - page->top - CB_REPORT_SMALL_SIZE * 6;
  _cb_report_chart (page, CB_CHART_GAP, gaps, height);
  caption (page, _("Figure 3. Gaps to the target on each dimension, case by case: the dot is the case’s "
                   "score, the diamond the target. The number on the right is the weighted gap; under the "
                   "arithmetic mean a case’s weighted gaps add up to the target’s composite score minus its "
                   "own."));

  _cb_report_page_break (page);
  cb_chart_data_set_level (heatmap, CB_CHART_LEVEL_INDICATOR);
  _cb_report_chart (page, CB_CHART_HEATMAP, heatmap, 520);
  caption (page, _("Figure 4. Every score, case by indicator: the number is the score on the indicator’s "
                   "scale, the colour its normalised value."));
  return TRUE;
}

gboolean
_cb_report_write_robustness (CbReport  *report,
                             GError   **error)
{
  CbReportPage *page = &report->page;
  CbSensitivity *sensitivity = report->sensitivity;
  CbDataset *dataset = report->dataset;
  const CbSensitivitySettings *settings = cb_sensitivity_get_settings (sensitivity);
  g_autoptr(GArray) order = cases_by_rank (report);
  guint n_ranked = cb_sensitivity_get_n_ranked (sensitivity);
  const double shares[] = { 36, 10, 14, 16, 12, 12 };
  const char *header[] = { _("Case"), _("Rank"), _("Median rank"),
                           /* xgettext:no-c-format */
                           _("5–95 % interval"),
                           _("Mean rank"), _("Kept its rank") };
  g_autofree char *intro = NULL;
  CbReportTable table;

  if (!_cb_report_section (report, _("Robustness"), 0, error))
    return FALSE;
  _cb_report_title (report, _("Robustness of the ranking"), NULL);
  intro = g_strdup_printf (_("How the ranks move when the weights are drawn at random: %u draws from the seed "
                             "%u (see Method)."), settings->samples, settings->seed);
  _cb_report_text (page, intro, CB_REPORT_BODY_SIZE, CB_REPORT_BODY_SIZE);

  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, G_N_ELEMENTS (shares));
  _cb_report_table_begin (page, &table);
  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      guint rank = cb_sensitivity_get_nominal_rank (sensitivity, c);
      g_autofree char *name = NULL;
      g_autofree char *rank_text = NULL;
      g_autofree char *median = NULL;
      g_autofree char *lo = NULL;
      g_autofree char *hi = NULL;
      g_autofree char *interval = NULL;
      g_autofree char *mean = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *share = NULL;
      const char *cells[6];

      if (rank == 0)
        continue;
      name = _cb_report_bilingual (report, cb_dataset_get_case_name (dataset, c), NULL);
      rank_text = g_strdup_printf ("%u", rank);
      median = _cb_report_number (cb_sensitivity_get_quantile (sensitivity, c, 0.5), 1);
      lo = _cb_report_number (cb_sensitivity_get_quantile (sensitivity, c, 0.05), 1);
      hi = _cb_report_number (cb_sensitivity_get_quantile (sensitivity, c, 0.95), 1);
      interval = g_strdup_printf ("%s–%s", lo, hi);
      mean = _cb_report_number (cb_sensitivity_get_mean_rank (sensitivity, c), 2);
      share = _cb_report_number (cb_sensitivity_get_probability (sensitivity, c, rank) * 100, 1);
      kept = g_strdup_printf ("%s %%", share);
      cells[0] = name;
      cells[1] = rank_text;
      cells[2] = median;
      cells[3] = interval;
      cells[4] = mean;
      cells[5] = kept;
      _cb_report_table_row (page, cells);
    }
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);

  /* The share of draws at each rank, where the ranks fit in the columns. */
  if (n_ranked >= 2 && n_ranked <= CB_REPORT_MAX_COLUMNS - 1)
    {
      double rank_shares[CB_REPORT_MAX_COLUMNS] = { 36 };
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *rank_header[CB_REPORT_MAX_COLUMNS] = { _("Case") };

      _cb_report_heading (page, _("Share of the draws at each rank"), CB_REPORT_H2_SIZE, CB_REPORT_BODY_SIZE * 6);
      for (guint r = 1; r <= n_ranked; r++)
        {
          char *label = g_strdup_printf (_("Rank %u"), r);

          g_ptr_array_add (names, label);
          rank_header[r] = label;
          rank_shares[r] = 64.0 / n_ranked;
        }
      _cb_report_table_init (&table, _cb_report_page_width (page), rank_shares, rank_header, n_ranked + 1);
      _cb_report_table_begin (page, &table);
      for (guint k = 0; k < order->len; k++)
        {
          guint c = g_array_index (order, guint, k);
          g_autofree char *name = NULL;
          char *values[CB_REPORT_MAX_COLUMNS] = { NULL };
          const char *cells[CB_REPORT_MAX_COLUMNS] = { NULL };

          if (cb_sensitivity_get_nominal_rank (sensitivity, c) == 0)
            continue;
          name = _cb_report_bilingual (report, cb_dataset_get_case_name (dataset, c), NULL);
          cells[0] = name;
          for (guint r = 1; r <= n_ranked; r++)
            {
              double p = cb_sensitivity_get_probability (sensitivity, c, r);
              g_autofree char *number = cb_format_number (p * 100, 1, "—");

              values[r] = p > 0 ? g_strdup_printf ("%s %%", number) : g_strdup (MUTED "0</span>");
              cells[r] = values[r];
            }
          _cb_report_table_row (page, cells);
          for (guint r = 1; r <= n_ranked; r++)
            g_free (values[r]);
        }
      _cb_report_table_end (page);
      _cb_report_table_clear (&table);
    }
  return TRUE;
}

static const char *
confidence_label (CbConfidence confidence)
{
  switch (confidence)
    {
    case CB_CONFIDENCE_LOW:
      return _("low confidence");
    case CB_CONFIDENCE_HIGH:
      return _("high confidence");
    case CB_CONFIDENCE_MEDIUM:
    default:
      return _("medium confidence");
    }
}

/* A fact of the case, if it has one. */
static void
fact (CbReport   *report,
      const char *label,
      CbText     *value)
{
  if (value != NULL && !cb_text_is_empty (value))
    _cb_report_detail (&report->page, 110, label, _cb_report_get (report, value));
}

static void
case_facts (CbReport *report,
            CbCase   *a_case,
            guint     c)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  guint rank = cb_result_get_rank (report->result, c);
  g_autofree char *composite = _cb_report_number (cb_result_get_composite (report->result, c), 1);
  g_autofree char *score = NULL;
  GString *dimensions = g_string_new (NULL);
  g_autofree char *dimension_text = NULL;

  if (a_case != NULL)
    {
      fact (report, _("City"), cb_case_get_city (a_case));
      fact (report, _("District"), cb_case_get_district (a_case));
      fact (report, _("Province"), cb_case_get_province (a_case));
      fact (report, _("Model"), cb_case_get_model (a_case));
      if (cb_case_get_pilot_batch (a_case) > 0)
        {
          g_autofree char *pilot = cb_case_get_pilot_year (a_case) > 0
                                   ? g_strdup_printf (_("batch %d (%d)"), cb_case_get_pilot_batch (a_case),
                                                      cb_case_get_pilot_year (a_case))
                                   : g_strdup_printf (_("batch %d"), cb_case_get_pilot_batch (a_case));

          _cb_report_detail (page, 110, _("Pilot zone"), pilot);
        }
    }

  if (rank > 0)
    /* Translators: a composite score, the case's rank and the number of ranked cases */
    score = g_strdup_printf (_("%s (rank %u of %u)"), composite, rank, cb_result_get_n_ranked (report->result));
  else
    score = g_strdup_printf (_("%s (a reference profile: not ranked)"), composite);
  _cb_report_detail (page, 110, _("Composite score"), score);
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      g_autofree char *value = _cb_report_number (cb_result_get_dimension_score (report->result, c, d), 1);

      g_string_append_printf (dimensions, "%s%s %s", d > 0 ? " · " : "",
                              _cb_report_get (report, cb_dataset_get_dimension_name (dataset, d)), value);
    }
  dimension_text = g_string_free (dimensions, FALSE);
  _cb_report_detail (page, 110, _("Dimension scores"), dimension_text);
  _cb_report_space (page, CB_REPORT_BODY_SIZE * 0.6);
}

static void
evidence_table (CbReport *report,
                guint     c)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  gint64 case_id = cb_dataset_get_case_id (dataset, c);
  const double shares[] = { 27, 11, 62 };
  const char *header[] = { _("Indicator"), _("Score"), _("Evidence") };
  CbReportTable table;

  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, G_N_ELEMENTS (shares));
  _cb_report_table_begin (page, &table);
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      g_autofree char *value = _cb_report_number (cb_result_get_dimension_score (report->result, c, d), 1);
      /* Translators: a dimension's score, in a case's table of scores */
      g_autofree char *label = g_strdup_printf (_("dimension score %s"), value);
      g_autofree char *group = g_markup_printf_escaped ("<b>%s</b>   " MUTED "%s</span>",
                                                        _cb_report_get (report,
                                                                        cb_dataset_get_dimension_name (dataset, d)),
                                                        label);

      _cb_report_table_group (page, group);
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        {
          CbScore *score;
          g_autofree char *name = NULL;
          g_autofree char *value_cell = NULL;
          g_autofree char *evidence = NULL;
          const char *cells[3];

          if (cb_dataset_get_indicator_dimension (dataset, i) != d)
            continue;
          score = cb_workbook_get_score (report->workbook, case_id, cb_dataset_get_indicator_id (dataset, i));
          name = _cb_report_bilingual (report, cb_dataset_get_indicator_name (dataset, i), NULL);
          if (score != NULL && cb_score_get_has_value (score))
            {
              g_autofree char *number = cb_format_number (cb_score_get_value (score), 1, "");
              g_autofree char *top = cb_format_number (cb_dataset_get_scale_max (dataset, i), 0, "");

              /* Whole numbers without their ".0". */
              if (g_str_has_suffix (number, ".0"))
                number[strlen (number) - 2] = '\0';
              value_cell = g_markup_printf_escaped ("<b>%s</b> / %s\n" MUTED "<small>%s</small></span>", number, top,
                                                    confidence_label (cb_score_get_confidence (score)));
            }
          else
            value_cell = g_markup_printf_escaped (MUTED "—\n<small>%s</small></span>", _("missing"));
          if (score != NULL && !cb_text_is_empty (cb_score_get_evidence (score)))
            evidence = g_markup_escape_text (_cb_report_get (report, cb_score_get_evidence (score)), -1);
          else
            evidence = g_markup_printf_escaped (MUTED "<i>%s</i></span>", _("No evidence recorded."));
          cells[0] = name;
          cells[1] = value_cell;
          cells[2] = evidence;
          _cb_report_table_row (page, cells);
        }
    }
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);
}

/* The smallest chart of a case's gaps worth drawing. */
#define CASE_CHART_MIN 250
#define CASE_CHART_MAX 360

static gboolean
write_case (CbReport  *report,
            guint      c,
            GError   **error)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  CbCase *a_case = cb_workbook_lookup_case (report->workbook, cb_dataset_get_case_id (dataset, c));
  CbText *name = cb_dataset_get_case_name (dataset, c);
  gboolean reference = cb_dataset_get_case_is_reference (dataset, c);
  g_autoptr(CbChartData) gaps = cb_chart_data_copy (report->chart_data);
  g_autofree char *kicker = g_markup_printf_escaped (MUTED "%s</span>",
                                                     reference ? _("Reference profile") : _("Case profile"));
  g_autofree char *evidence_heading = NULL;
  double height;

  if (!_cb_report_section (report, _cb_report_get (report, name), 1, error))
    return FALSE;
  _cb_report_paragraph (page, kicker, CB_REPORT_SMALL_SIZE, 0, 4);
  _cb_report_title (report, _cb_report_get (report, name), _cb_report_get_other (report, name));
  case_facts (report, a_case, c);
  if (a_case != NULL && !cb_text_is_empty (cb_case_get_summary (a_case)))
    _cb_report_text (page, _cb_report_get (report, cb_case_get_summary (a_case)), CB_REPORT_BODY_SIZE,
                     CB_REPORT_BODY_SIZE * 0.6);
  if (a_case != NULL && !cb_text_is_empty (cb_case_get_data_note (a_case)))
    {
      g_autofree char *note = g_markup_printf_escaped (MUTED "<i>%s</i></span>",
                                                       _cb_report_get (report, cb_case_get_data_note (a_case)));

      _cb_report_paragraph (page, note, CB_REPORT_SMALL_SIZE, 0, CB_REPORT_BODY_SIZE * 0.6);
    }

  /* The case's gaps fill what is left of the page. */
  cb_chart_data_set_cases (gaps, &c, 1);
  cb_chart_data_set_level (gaps, CB_CHART_LEVEL_INDICATOR);
  height = CLAMP (page->bottom - page->y, CASE_CHART_MIN, CASE_CHART_MAX);
  _cb_report_chart (page, CB_CHART_GAP, gaps, height);

  _cb_report_page_break (page);
  /* Translators: the heading of a case's table of scores and evidence */
  evidence_heading = g_strdup_printf (_("Scores and evidence: %s"), _cb_report_get (report, name));
  _cb_report_heading (page, evidence_heading, CB_REPORT_H2_SIZE, CB_REPORT_BODY_SIZE * 6);
  evidence_table (report, c);
  if (a_case != NULL && cb_case_get_sources (a_case) != NULL && cb_case_get_sources (a_case)[0] != '\0')
    {
      g_autofree char *sources = g_markup_printf_escaped ("<b>%s</b>\n" MUTED "%s</span>", _("Sources"),
                                                          cb_case_get_sources (a_case));

      _cb_report_paragraph (page, sources, CB_REPORT_SMALL_SIZE, 0, 0);
    }
  return TRUE;
}

gboolean
_cb_report_write_cases (CbReport  *report,
                        GError   **error)
{
  if (!_cb_report_section (report, _("Case profiles"), 0, error))
    return FALSE;
  for (guint c = 0; c < cb_dataset_get_n_cases (report->dataset); c++)
    if (!write_case (report, c, error))
      return FALSE;
  return TRUE;
}
