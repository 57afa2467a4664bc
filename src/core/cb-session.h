/* cb-session.h: an open workbook and what is being compared
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-chart.h"
#include "cb-workbook.h"

G_BEGIN_DECLS

#define CB_TYPE_SESSION (cb_session_get_type ())

G_DECLARE_FINAL_TYPE (CbSession, cb_session, CB, SESSION, GObject)

CbSession       *cb_session_new                (CbWorkbook      *workbook);
CbWorkbook      *cb_session_get_workbook       (CbSession       *self);

CbWeightSet     *cb_session_get_weight_set     (CbSession       *self);
void             cb_session_set_weight_set     (CbSession       *self,
                                                CbWeightSet     *weight_set);
void             cb_session_set_draft          (CbSession       *self,
                                                CbWeightSet     *draft);
CbWeightSet     *cb_session_get_draft          (CbSession       *self);
CbAggregation    cb_session_get_aggregation    (CbSession       *self);
void             cb_session_set_aggregation    (CbSession       *self,
                                                CbAggregation    aggregation);
CbNormalisation  cb_session_get_normalisation  (CbSession       *self);
void             cb_session_set_normalisation  (CbSession       *self,
                                                CbNormalisation  normalisation);
CbChartLevel     cb_session_get_level          (CbSession       *self);
void             cb_session_set_level          (CbSession       *self,
                                                CbChartLevel     level);
CbChartLabels    cb_session_get_labels         (CbSession       *self);
void             cb_session_set_labels         (CbSession       *self,
                                                CbChartLabels    labels);

gboolean         cb_session_get_case_checked   (CbSession       *self,
                                                gint64           case_id);
void             cb_session_set_case_checked   (CbSession       *self,
                                                gint64           case_id,
                                                gboolean         checked);

gint64           cb_session_get_current_case   (CbSession       *self);
void             cb_session_set_current_case   (CbSession       *self,
                                                gint64           case_id);

CbResult        *cb_session_get_result         (CbSession       *self,
                                                GError         **error);
CbChartData     *cb_session_dup_chart_data     (CbSession       *self,
                                                GError         **error);

G_END_DECLS
