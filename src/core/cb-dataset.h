/* cb-dataset.h: the numbers the analysis works on, taken from a workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cb-text.h"

G_BEGIN_DECLS

#define CB_TYPE_DATASET (cb_dataset_get_type ())

typedef struct _CbDataset CbDataset;
typedef struct _CbWorkbook CbWorkbook;

GType       cb_dataset_get_type              (void) G_GNUC_CONST;

CbDataset  *cb_dataset_new                   (guint            n_cases,
                                              guint            n_indicators,
                                              guint            n_dimensions);
CbDataset  *cb_dataset_new_from_workbook     (CbWorkbook      *workbook);
CbDataset  *cb_dataset_ref                   (CbDataset       *self);
void        cb_dataset_unref                 (CbDataset       *self);

void        cb_dataset_set_dimension         (CbDataset       *self,
                                              guint            dimension,
                                              gint64           id,
                                              const char      *code,
                                              CbText          *name);
void        cb_dataset_set_indicator         (CbDataset       *self,
                                              guint            indicator,
                                              gint64           id,
                                              const char      *code,
                                              CbText          *name,
                                              guint            dimension,
                                              double           scale_min,
                                              double           scale_max,
                                              double           target,
                                              int              direction);
void        cb_dataset_set_case              (CbDataset       *self,
                                              guint            c,
                                              gint64           id,
                                              const char      *code,
                                              CbText          *name,
                                              gboolean         is_reference);
void        cb_dataset_set_case_colour       (CbDataset       *self,
                                              guint            c,
                                              const char      *colour);
const char *cb_dataset_get_case_colour       (const CbDataset *self,
                                              guint            c);
void        cb_dataset_set_value             (CbDataset       *self,
                                              guint            c,
                                              guint            indicator,
                                              double           value);

guint       cb_dataset_get_n_cases           (const CbDataset *self);
guint       cb_dataset_get_n_indicators      (const CbDataset *self);
guint       cb_dataset_get_n_dimensions      (const CbDataset *self);

gint64      cb_dataset_get_dimension_id      (const CbDataset *self,
                                              guint            dimension);
const char *cb_dataset_get_dimension_code    (const CbDataset *self,
                                              guint            dimension);
CbText     *cb_dataset_get_dimension_name    (const CbDataset *self,
                                              guint            dimension);

gint64      cb_dataset_get_indicator_id      (const CbDataset *self,
                                              guint            indicator);
const char *cb_dataset_get_indicator_code    (const CbDataset *self,
                                              guint            indicator);
CbText     *cb_dataset_get_indicator_name    (const CbDataset *self,
                                              guint            indicator);
guint       cb_dataset_get_indicator_dimension (const CbDataset *self,
                                              guint            indicator);
double      cb_dataset_get_scale_min         (const CbDataset *self,
                                              guint            indicator);
double      cb_dataset_get_scale_max         (const CbDataset *self,
                                              guint            indicator);
double      cb_dataset_get_target            (const CbDataset *self,
                                              guint            indicator);
int         cb_dataset_get_direction         (const CbDataset *self,
                                              guint            indicator);

gint64      cb_dataset_get_case_id           (const CbDataset *self,
                                              guint            c);
const char *cb_dataset_get_case_code         (const CbDataset *self,
                                              guint            c);
CbText     *cb_dataset_get_case_name         (const CbDataset *self,
                                              guint            c);
gboolean    cb_dataset_get_case_is_reference (const CbDataset *self,
                                              guint            c);
int         cb_dataset_find_case             (const CbDataset *self,
                                              const char      *code);
int         cb_dataset_find_indicator        (const CbDataset *self,
                                              const char      *code);

double      cb_dataset_get_value             (const CbDataset *self,
                                              guint            c,
                                              guint            indicator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbDataset, cb_dataset_unref)

G_END_DECLS
