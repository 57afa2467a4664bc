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

const char *cb_confidence_to_string   (CbConfidence  confidence);
gboolean    cb_confidence_from_string (const char   *text,
                                       CbConfidence *confidence);
CbLanguage  cb_language_from_locale   (void);

G_END_DECLS

#include "cb-enum-types.h"
