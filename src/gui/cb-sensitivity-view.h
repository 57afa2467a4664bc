/* cb-sensitivity-view.h: how robust the ranking is, run off the main thread
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-chart-view.h"
#include "cb-session.h"
#include "cb-sensitivity.h"

G_BEGIN_DECLS

#define CB_TYPE_SENSITIVITY_VIEW (cb_sensitivity_view_get_type ())

G_DECLARE_FINAL_TYPE (CbSensitivityView, cb_sensitivity_view, CB, SENSITIVITY_VIEW, GtkWidget)

void           cb_sensitivity_view_set_session     (CbSensitivityView           *self,
                                                    CbSession                   *session);
void           cb_sensitivity_view_set_settings    (CbSensitivityView           *self,
                                                    const CbSensitivitySettings *settings);
void           cb_sensitivity_view_get_settings    (CbSensitivityView           *self,
                                                    CbSensitivitySettings       *settings);
void           cb_sensitivity_view_run             (CbSensitivityView           *self);
void           cb_sensitivity_view_cancel          (CbSensitivityView           *self);
gboolean       cb_sensitivity_view_get_running     (CbSensitivityView           *self);
CbSensitivity *cb_sensitivity_view_get_sensitivity (CbSensitivityView           *self);
const char    *cb_sensitivity_view_get_status      (CbSensitivityView           *self);
CbChartView   *cb_sensitivity_view_get_chart       (CbSensitivityView           *self,
                                                    CbChartKind                  kind);

G_END_DECLS
