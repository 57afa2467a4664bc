/* cb-weights-view.h: the weights of the chosen weight set, moved live
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-chart-view.h"
#include "cb-session.h"
#include "cb-undo-stack.h"

G_BEGIN_DECLS

#define CB_TYPE_WEIGHTS_VIEW (cb_weights_view_get_type ())

G_DECLARE_FINAL_TYPE (CbWeightsView, cb_weights_view, CB, WEIGHTS_VIEW, GtkWidget)

void             cb_weights_view_set_session    (CbWeightsView *self,
                                                 CbSession     *session,
                                                 CbUndoStack   *undo_stack);
gboolean         cb_weights_view_commit         (CbWeightsView *self);
GtkRange        *cb_weights_view_find_scale     (CbWeightsView *self,
                                                 gboolean       dimension,
                                                 gint64         id);
GtkToggleButton *cb_weights_view_find_lock      (CbWeightsView *self,
                                                 gboolean       dimension,
                                                 gint64         id);
CbChartView     *cb_weights_view_get_ranking    (CbWeightsView *self);
char            *cb_weights_view_dup_rank_moves (CbWeightsView *self);

gint64           cb_weights_view_add_set        (CbWeightsView *self,
                                                 CbText        *name,
                                                 CbText        *note,
                                                 GError       **error);
gint64           cb_weights_view_duplicate_set  (CbWeightsView *self,
                                                 GError       **error);
GtkWidget       *cb_weights_view_open_compare   (CbWeightsView *self);
gboolean         cb_weights_view_rename_set     (CbWeightsView *self,
                                                 CbText        *name,
                                                 CbText        *note,
                                                 GError       **error);
gboolean         cb_weights_view_delete_set     (CbWeightsView *self,
                                                 GError       **error);
GtkWidget       *cb_weights_view_open_pairwise  (CbWeightsView *self,
                                                 int            dimension);
GtkWidget       *cb_weights_view_ask_names      (CbWeightsView *self,
                                                 gboolean       rename);

G_END_DECLS
