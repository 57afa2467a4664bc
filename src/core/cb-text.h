/* cb-text.h: a text in English and Chinese
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-enums.h"

G_BEGIN_DECLS

#define CB_TYPE_TEXT (cb_text_get_type ())

typedef struct _CbText CbText;

GType       cb_text_get_type (void) G_GNUC_CONST;

CbText     *cb_text_new      (const char *en,
                              const char *zh);
CbText     *cb_text_ref      (CbText     *self);
void        cb_text_unref    (CbText     *self);

const char *cb_text_get_en   (const CbText *self);
const char *cb_text_get_zh   (const CbText *self);
const char *cb_text_get      (const CbText *self,
                              CbLanguage    language);
char       *cb_text_dup_both (const CbText *self);
gboolean    cb_text_is_empty (const CbText *self);
gboolean    cb_text_equal    (const CbText *a,
                              const CbText *b);

char       *cb_format_number (double        value,
                              int           decimals,
                              const char   *missing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbText, cb_text_unref)

G_END_DECLS
