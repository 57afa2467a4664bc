/* cb-chart-view.h: a chart on screen
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-chart.h"

G_BEGIN_DECLS

#define CB_TYPE_CHART_VIEW (cb_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (CbChartView, cb_chart_view, CB, CHART_VIEW, GtkWidget)

GtkWidget   *cb_chart_view_new           (CbChartKind  kind);
CbChartKind  cb_chart_view_get_kind      (CbChartView *self);
CbChartData *cb_chart_view_get_data      (CbChartView *self);
void         cb_chart_view_set_data      (CbChartView *self,
                                          CbChartData *data);
char        *cb_chart_view_dup_summary   (CbChartView *self);
void         cb_chart_view_set_presenting (CbChartView *self,
                                          gboolean     presenting);
gboolean     cb_chart_view_get_enlarged  (CbChartView *self);
void         cb_chart_view_set_enlarged  (CbChartView *self,
                                          gboolean     enlarged);
GdkTexture  *cb_chart_view_render_texture (CbChartView *self);

G_END_DECLS
