/* cb-model-private.h: what the workbook store shares with the model types
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-case.h"
#include "cb-dimension.h"
#include "cb-indicator.h"
#include "cb-score.h"
#include "cb-text.h"
#include "cb-weight-set.h"

G_BEGIN_DECLS

gboolean _cb_text_set          (CbText     **field,
                                CbText      *value);

/* g_set_str () arrived in GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
_cb_set_str (char       **field,
             const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}

void     _cb_case_seal         (CbCase      *self);
void     _cb_dimension_seal    (CbDimension *self);
void     _cb_indicator_seal    (CbIndicator *self);
void     _cb_score_seal        (CbScore     *self);
void     _cb_weight_set_seal   (CbWeightSet *self);

G_END_DECLS
