/* cb-enums.h: enumerations of the core model
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How well the evidence supports a score (see the rubric). */
typedef enum
{
  CB_CONFIDENCE_LOW,
  CB_CONFIDENCE_MEDIUM,
  CB_CONFIDENCE_HIGH,
} CbConfidence;

/* The language of data labels (names of cases and indicators, evidence). */
typedef enum
{
  CB_LANGUAGE_EN,
  CB_LANGUAGE_ZH,
} CbLanguage;

/* What an AHP judgement compares: two dimensions, or two indicators of
 * one dimension. */
typedef enum
{
  CB_JUDGEMENT_DIMENSIONS,
  CB_JUDGEMENT_INDICATORS,
} CbJudgementKind;

/* How raw scores are put on a common scale (see methods.md B1). */
typedef enum
{
  CB_NORMALISATION_GOALPOSTS, /* the indicator's own scale: 0 at its floor, 100 at its top */
  CB_NORMALISATION_MINMAX,    /* 0 at the lowest case, 100 at the highest */
  CB_NORMALISATION_ZSCORE,    /* (x − mean) / sample sd over the cases */
  CB_NORMALISATION_RANK,      /* percentile rank over the cases, 0 to 100 */
  CB_NORMALISATION_TARGET,    /* distance to target: 100 at or beyond the target */
} CbNormalisation;

/* How normalised scores are combined with weights (methods.md B2). */
typedef enum
{
  CB_AGGREGATION_ARITHMETIC,
  CB_AGGREGATION_GEOMETRIC,
} CbAggregation;

/* How a CSV file of scores or results is laid out (see cb-import.c). */
typedef enum
{
  CB_CSV_LAYOUT_WIDE, /* one row per case, one column per indicator */
  CB_CSV_LAYOUT_LONG, /* one row per case and indicator (tidy data) */
} CbCsvLayout;

const char *cb_confidence_to_string   (CbConfidence  confidence);
gboolean    cb_confidence_from_string (const char   *text,
                                       CbConfidence *confidence);
CbLanguage  cb_language_from_locale   (void);

const char *cb_normalisation_to_string   (CbNormalisation  normalisation);
gboolean    cb_normalisation_from_string (const char      *text,
                                          CbNormalisation *normalisation);
const char *cb_aggregation_to_string     (CbAggregation    aggregation);
gboolean    cb_aggregation_from_string   (const char      *text,
                                          CbAggregation   *aggregation);
const char *cb_csv_layout_to_string      (CbCsvLayout      layout);
gboolean    cb_csv_layout_from_string    (const char      *text,
                                          CbCsvLayout     *layout);

G_END_DECLS

#include "cb-enum-types.h"
