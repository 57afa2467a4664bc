/* cb-case.h: a case (a city model) or a reference profile
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_CASE (cb_case_get_type ())

G_DECLARE_FINAL_TYPE (CbCase, cb_case, CB, CASE, GObject)

CbCase *cb_case_new  (void);
CbCase *cb_case_copy (CbCase *self);
gboolean cb_case_is_sealed (CbCase *self);

gint64 cb_case_get_id (CbCase *self);
const char *cb_case_get_code (CbCase *self);
CbText *cb_case_get_name (CbCase *self);
CbText *cb_case_get_city (CbCase *self);
CbText *cb_case_get_district (CbCase *self);
CbText *cb_case_get_model (CbCase *self);
CbText *cb_case_get_province (CbCase *self);
int cb_case_get_pilot_batch (CbCase *self);
int cb_case_get_pilot_year (CbCase *self);
CbText *cb_case_get_summary (CbCase *self);
const char *cb_case_get_sources (CbCase *self);
CbText *cb_case_get_data_note (CbCase *self);
const char *cb_case_get_colour (CbCase *self);
gboolean cb_case_get_is_reference (CbCase *self);
int cb_case_get_position (CbCase *self);

void cb_case_set_id (CbCase *self,
                     gint64 id);
void cb_case_set_code (CbCase *self,
                       const char *code);
void cb_case_set_name (CbCase *self,
                       CbText *name);
void cb_case_set_city (CbCase *self,
                       CbText *city);
void cb_case_set_district (CbCase *self,
                           CbText *district);
void cb_case_set_model (CbCase *self,
                        CbText *model);
void cb_case_set_province (CbCase *self,
                           CbText *province);
void cb_case_set_pilot_batch (CbCase *self,
                              int pilot_batch);
void cb_case_set_pilot_year (CbCase *self,
                             int pilot_year);
void cb_case_set_summary (CbCase *self,
                          CbText *summary);
void cb_case_set_sources (CbCase *self,
                          const char *sources);
void cb_case_set_data_note (CbCase *self,
                            CbText *data_note);
void cb_case_set_colour (CbCase *self,
                         const char *colour);
void cb_case_set_is_reference (CbCase *self,
                               gboolean is_reference);
void cb_case_set_position (CbCase *self,
                           int position);

G_END_DECLS
