/* cb-indicator.h: an indicator of the framework, within one dimension
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_INDICATOR (cb_indicator_get_type ())

G_DECLARE_FINAL_TYPE (CbIndicator, cb_indicator, CB, INDICATOR, GObject)

CbIndicator *cb_indicator_new  (void);
CbIndicator *cb_indicator_copy (CbIndicator *self);
gboolean cb_indicator_is_sealed (CbIndicator *self);

gint64 cb_indicator_get_id (CbIndicator *self);
gint64 cb_indicator_get_dimension_id (CbIndicator *self);
const char *cb_indicator_get_code (CbIndicator *self);
CbText *cb_indicator_get_name (CbIndicator *self);
CbText *cb_indicator_get_description (CbIndicator *self);
double cb_indicator_get_scale_min (CbIndicator *self);
double cb_indicator_get_scale_max (CbIndicator *self);
double cb_indicator_get_target (CbIndicator *self);
int cb_indicator_get_direction (CbIndicator *self);
int cb_indicator_get_position (CbIndicator *self);

void cb_indicator_set_id (CbIndicator *self,
                          gint64 id);
void cb_indicator_set_dimension_id (CbIndicator *self,
                                    gint64 dimension_id);
void cb_indicator_set_code (CbIndicator *self,
                            const char *code);
void cb_indicator_set_name (CbIndicator *self,
                            CbText *name);
void cb_indicator_set_description (CbIndicator *self,
                                   CbText *description);
void cb_indicator_set_scale_min (CbIndicator *self,
                                 double scale_min);
void cb_indicator_set_scale_max (CbIndicator *self,
                                 double scale_max);
void cb_indicator_set_target (CbIndicator *self,
                              double target);
void cb_indicator_set_direction (CbIndicator *self,
                                 int direction);
void cb_indicator_set_position (CbIndicator *self,
                                int position);

G_END_DECLS
