/* cb-compare-view.h: the four charts of the checked cases
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-chart-view.h"
#include "cb-session.h"

G_BEGIN_DECLS

#define CB_TYPE_COMPARE_VIEW (cb_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (CbCompareView, cb_compare_view, CB, COMPARE_VIEW, GtkWidget)

CbSession   *cb_compare_view_get_session (CbCompareView *self);
void         cb_compare_view_set_session (CbCompareView *self,
                                          CbSession     *session);
CbChartView *cb_compare_view_get_chart   (CbCompareView *self,
                                          CbChartKind    kind);

G_END_DECLS
