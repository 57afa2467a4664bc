/* cb-dimension.h: a dimension of the framework (co-construction, …)
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_DIMENSION (cb_dimension_get_type ())

G_DECLARE_FINAL_TYPE (CbDimension, cb_dimension, CB, DIMENSION, GObject)

CbDimension *cb_dimension_new  (void);
CbDimension *cb_dimension_copy (CbDimension *self);
gboolean cb_dimension_is_sealed (CbDimension *self);

gint64 cb_dimension_get_id (CbDimension *self);
const char *cb_dimension_get_code (CbDimension *self);
CbText *cb_dimension_get_name (CbDimension *self);
CbText *cb_dimension_get_description (CbDimension *self);
int cb_dimension_get_position (CbDimension *self);

void cb_dimension_set_id (CbDimension *self,
                          gint64 id);
void cb_dimension_set_code (CbDimension *self,
                            const char *code);
void cb_dimension_set_name (CbDimension *self,
                            CbText *name);
void cb_dimension_set_description (CbDimension *self,
                                   CbText *description);
void cb_dimension_set_position (CbDimension *self,
                                int position);

G_END_DECLS
