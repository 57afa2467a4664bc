/* cb-cli-analysis-common.c: what the analysis commands of casebench-cli share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-cli-analysis.h"

void
cb_cli_analysis_options_clear (CbCliAnalysisOptions *options)
{
  g_clear_pointer (&options->weights, g_free);
  g_clear_pointer (&options->method, g_free);
  g_clear_pointer (&options->normalisation, g_free);
  g_clear_pointer (&options->format, g_free);
}

void
cb_cli_analysis_clear (CbCliAnalysis *analysis)
{
  g_clear_pointer (&analysis->weights, cb_weights_unref);
  g_clear_pointer (&analysis->dataset, cb_dataset_unref);
  g_clear_object (&analysis->workbook);
}

/* Everything an analysis needs, from the options; a usage error or a
 * failure prints its message and returns FALSE with the exit status in
 * *status. formats lists the allowed --format values, "a|b|c". */
gboolean
cb_cli_analysis_prepare (CbCliGlobals         *globals,
                         CbCliAnalysisOptions *options,
                         const char           *formats,
                         CbCliAnalysis        *analysis,
                         int                  *status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) allowed = g_strsplit (formats, "|", -1);

  analysis->normalisation = CB_NORMALISATION_GOALPOSTS;
  analysis->aggregation = CB_AGGREGATION_ARITHMETIC;
  if (options->method != NULL && !cb_aggregation_from_string (options->method, &analysis->aggregation))
    {
      *status = cb_cli_usage_error (_("Unknown method “%s”: use arithmetic or geometric."),
                                    options->method);
      return FALSE;
    }
  if (options->normalisation != NULL &&
      !cb_normalisation_from_string (options->normalisation, &analysis->normalisation))
    {
      *status = cb_cli_usage_error (_("Unknown normalisation “%s”: use goalposts, minmax, "
                                      "zscore, rank or target."), options->normalisation);
      return FALSE;
    }
  if (options->format != NULL && !g_strv_contains ((const char * const *) allowed, options->format))
    {
      g_autofree char *list = g_strjoinv (", ", allowed);

      *status = cb_cli_usage_error (_("Unknown format “%s”: use %s."), options->format, list);
      return FALSE;
    }

  analysis->workbook = cb_cli_open_workbook (globals, &error);
  if (analysis->workbook == NULL)
    {
      *status = cb_cli_fail (error);
      return FALSE;
    }

  analysis->weight_set = options->weights != NULL
                         ? cb_workbook_find_weight_set (analysis->workbook, options->weights)
                         : cb_workbook_get_default_weight_set (analysis->workbook);
  if (analysis->weight_set == NULL)
    {
      g_set_error (&error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The workbook has no weight set “%s”."), options->weights);
      *status = cb_cli_fail (error);
      return FALSE;
    }

  analysis->dataset = cb_dataset_new_from_workbook (analysis->workbook);
  analysis->weights = cb_weights_new_from_weight_set (analysis->dataset, analysis->weight_set, &error);
  if (analysis->weights == NULL)
    {
      *status = cb_cli_fail (error);
      return FALSE;
    }
  return TRUE;
}

