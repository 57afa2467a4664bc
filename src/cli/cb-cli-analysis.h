/* cb-cli-analysis.h: what the analysis commands of casebench-cli share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-analysis.h"
#include "cb-cli.h"

G_BEGIN_DECLS

/* The options rank, sensitivity and export all take. */
typedef struct
{
  char *weights;
  char *method;
  char *normalisation;
  char *format;
} CbCliAnalysisOptions;

#define CB_CLI_ANALYSIS_ENTRIES(options) \
  { "weights", 'W', 0, G_OPTION_ARG_STRING, &(options).weights, \
    N_("Weight set to use (default: the workbook’s default)"), N_("NAME") }, \
  { "method", 'm', 0, G_OPTION_ARG_STRING, &(options).method, \
    N_("Aggregation: arithmetic (default) or geometric"), N_("METHOD") }, \
  { "normalisation", 'n', 0, G_OPTION_ARG_STRING, &(options).normalisation, \
    N_("Normalisation: goalposts (default), minmax, zscore, rank or target"), N_("NAME") }

typedef struct
{
  CbWorkbook *workbook;
  CbDataset *dataset;
  CbWeights *weights;
  CbWeightSet *weight_set;
  CbNormalisation normalisation;
  CbAggregation aggregation;
} CbCliAnalysis;

void     cb_cli_analysis_options_clear (CbCliAnalysisOptions *options);
void     cb_cli_analysis_clear         (CbCliAnalysis        *analysis);
gboolean cb_cli_analysis_prepare       (CbCliGlobals         *globals,
                                        CbCliAnalysisOptions *options,
                                        const char           *formats,
                                        CbCliAnalysis        *analysis,
                                        int                  *status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CbCliAnalysisOptions, cb_cli_analysis_options_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CbCliAnalysis, cb_cli_analysis_clear)

G_END_DECLS
