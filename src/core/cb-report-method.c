/* cb-report-method.c: the method page of the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the numbers were made, in plain words, for the normalisation,
 * weights, aggregation and Monte Carlo settings of this report, with the
 * command lines that give the same numbers again.
 */

#define G_LOG_DOMAIN "cb-report"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-report-private.h"

static const char *
normalisation_text (CbNormalisation normalisation)
{
  switch (normalisation)
    {
    case CB_NORMALISATION_MINMAX:
      return _("Normalisation: min–max over the cases. On each indicator the lowest case scores 0 and the "
               "highest 100, the others in proportion (reversed where lower is better). Reference profiles "
               "are placed on the same scale but do not set it. An indicator on which every case has the "
               "same value cannot tell them apart and gives each case 50.");
    case CB_NORMALISATION_ZSCORE:
      return _("Normalisation: z-scores. On each indicator, a case’s value minus the mean of the cases, "
               "divided by their sample standard deviation (n − 1), with the sign reversed where lower is "
               "better. An indicator on which every case has the same value gives each case 0.");
    case CB_NORMALISATION_RANK:
      return _("Normalisation: percentile ranks. On each indicator, 100 × the number of cases with a worse "
               "value ÷ (the number of cases − 1); equal values share the lower rank.");
    case CB_NORMALISATION_TARGET:
      return _("Normalisation: distance to target. On each indicator, 100 × (value − bottom of the scale) ÷ "
               "(target − bottom of the scale), capped at 100, so that a case at or beyond the target "
               "scores 100 (measured from the top of the scale where lower is better).");
    case CB_NORMALISATION_GOALPOSTS:
    default:
      return _("Normalisation: the rubric scale (goalposts). Each score is mapped to 0–100 on its "
               "indicator’s own scale: the bottom of the scale gives 0 and the top gives 100 (the other way "
               "round where lower is better). A case’s normalised scores therefore do not change when "
               "cases are added or removed.");
    }
}

static const char *
aggregation_text (CbAggregation aggregation)
{
  if (aggregation == CB_AGGREGATION_GEOMETRIC)
    return _("Aggregation: the weighted geometric mean, first of the indicators within each dimension "
             "(the dimension scores), then of the dimension scores (the composite score). Normalised "
             "scores below 1 are raised to 1 first, so that a single zero does not wipe out a score. The "
             "geometric mean is only partly compensatory: a weak indicator pulls a score down more than "
             "under the arithmetic mean.");
  return _("Aggregation: the weighted arithmetic mean, first of the indicators within each dimension (the "
           "dimension scores), then of the dimension scores (the composite score). It is fully "
           "compensatory: a high score on one indicator makes up for a low one on another.");
}

/* The shell command that gives the same numbers, an option a line. */
static char *
command_line (CbReport *report,
              gboolean  sensitivity)
{
  const CbReportOptions *options = report->options;
  const CbSensitivitySettings *settings = &options->sensitivity;
  const char *path = cb_workbook_get_path (report->workbook);
  g_autofree char *base = path != NULL ? g_path_get_basename (path) : g_strdup ("WORKBOOK");
  g_autofree char *quoted = g_shell_quote (base);
  GString *line = g_string_new ("casebench-cli -w ");

  g_string_append (line, quoted);
  g_string_append (line, sensitivity ? " sensitivity" : " rank");
  if (report->weight_set != NULL && cb_weight_set_get_code (report->weight_set) != NULL)
    g_string_append_printf (line, " \\\n    --weights %s", cb_weight_set_get_code (report->weight_set));
  g_string_append_printf (line, " \\\n    --method %s \\\n    --normalisation %s",
                          cb_aggregation_to_string (options->aggregation),
                          cb_normalisation_to_string (options->normalisation));
  if (sensitivity)
    {
      g_autofree char *noise = cb_format_number (settings->noise, 2, "");

      g_string_append_printf (line, " \\\n    --samples %u \\\n    --noise %s \\\n    --seed %u",
                              settings->samples, noise, settings->seed);
      if (settings->dirichlet)
        g_string_append (line, " \\\n    --dirichlet");
      if (settings->vary_aggregation)
        g_string_append (line, " \\\n    --vary-method");
    }
  return g_string_free (line, FALSE);
}

static void
code_block (CbReportPage *page,
            const char   *code)
{
  g_autofree char *markup = g_markup_printf_escaped ("<span font_family=\"Monospace\">%s</span>", code);

  _cb_report_paragraph (page, markup, CB_REPORT_SMALL_SIZE, 12, CB_REPORT_BODY_SIZE * 0.6);
}

gboolean
_cb_report_write_method (CbReport  *report,
                         GError   **error)
{
  CbReportPage *page = &report->page;
  const CbReportOptions *options = report->options;
  const char * const *notes = cb_result_get_notes (report->result);
  g_autofree char *weights = NULL;
  g_autofree char *rank = NULL;
  double space = CB_REPORT_BODY_SIZE * 0.7;

  if (!_cb_report_section (report, _("Method"), 0, error))
    return FALSE;
  _cb_report_title (report, _("Method"), NULL);
  _cb_report_text (page, _("The numbers in this report are computed from the scores in the workbook in four "
                           "steps, each described here so that a reader can repeat them."),
                   CB_REPORT_BODY_SIZE, space);
  _cb_report_text (page, normalisation_text (options->normalisation), CB_REPORT_BODY_SIZE, space);
  weights = g_strdup_printf (_("Weights: the weight set “%s”. The dimension weights are scaled to sum to 1, and "
                               "so are the indicator weights within each dimension; an indicator’s effective "
                               "weight is its weight within its dimension times its dimension’s weight (see "
                               "Weights). Where a case has no score on an indicator, the weights of the other "
                               "indicators of that dimension are scaled up to make up for it."),
                             report->weight_set_name);
  _cb_report_text (page, weights, CB_REPORT_BODY_SIZE, space);
  _cb_report_text (page, aggregation_text (options->aggregation), CB_REPORT_BODY_SIZE, space);
  _cb_report_text (page, _("Ranking and gaps: the cases are ranked by composite score, 1 being the highest; "
                           "equal scores share the better rank. Reference profiles are scored the same way "
                           "but not ranked. The gap on an indicator is the target minus the case’s normalised "
                           "score; the weighted gap is the gap times the indicator’s effective weight."),
                   CB_REPORT_BODY_SIZE, space);

  if (report->sensitivity != NULL)
    {
      const CbSensitivitySettings *settings = &options->sensitivity;
      g_autofree char *lo = cb_format_number (1.0 - settings->noise, 2, "");
      g_autofree char *hi = cb_format_number (1.0 + settings->noise, 2, "");
      g_autofree char *text = NULL;
      g_autofree char *draw = NULL;

      if (settings->dirichlet)
        draw = g_strdup (_("the weights of each group were drawn uniformly from all weightings that sum "
                           "to 1, regardless of the weight set"));
      else
        draw = g_strdup_printf (_("each weight of the weight set was multiplied by a factor drawn uniformly "
                                  "between %s and %s, and the weights were scaled to sum to 1 again"), lo, hi);
      text = g_strdup_printf (_("Robustness: the ranking was computed again %u times with random weights, "
                                "from the random seed %u (GLib’s Mersenne Twister). In each draw %s%s. For "
                                "each case the report gives its median rank, the interval from the 5th to "
                                "the 95th percentile of its ranks (R’s quantile type 7) and the share of "
                                "draws that kept its rank."),
                              settings->samples, settings->seed, draw,
                              settings->vary_aggregation ? _(", and the aggregation was drawn too, arithmetic "
                                                             "or geometric with equal chance") : "");
      _cb_report_text (page, text, CB_REPORT_BODY_SIZE, space);
    }
  else
    _cb_report_text (page, _("Robustness: this report includes no Monte Carlo run over the weights."),
                     CB_REPORT_BODY_SIZE, space);

  if (notes != NULL && notes[0] != NULL)
    {
      _cb_report_heading (page, _("Notes on the data"), CB_REPORT_H2_SIZE, CB_REPORT_BODY_SIZE * 3);
      for (guint k = 0; notes[k] != NULL; k++)
        _cb_report_text (page, notes[k], CB_REPORT_BODY_SIZE, space);
    }

  _cb_report_heading (page, _("To reproduce"), CB_REPORT_H2_SIZE, CB_REPORT_BODY_SIZE * 4);
  _cb_report_text (page, _("With the same workbook, the command-line tool gives the same numbers:"),
                   CB_REPORT_BODY_SIZE, space * 0.6);
  rank = command_line (report, FALSE);
  code_block (page, rank);
  if (report->sensitivity != NULL)
    {
      g_autofree char *sensitivity = command_line (report, TRUE);

      code_block (page, sensitivity);
    }
  return TRUE;
}
