/* cb-weights-view-private.h: what the weights view's parts share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-weights-view.h"

G_BEGIN_DECLS

CbSession   *_cb_weights_view_get_session    (CbWeightsView *self);
CbUndoStack *_cb_weights_view_get_undo_stack (CbWeightsView *self);
CbDataset   *_cb_weights_view_get_dataset    (CbWeightsView *self);
GMenuModel  *_cb_weights_view_new_set_menu   (void);
void         _cb_weights_view_close_compare  (CbWeightsView *self);
void         _cb_weights_view_set_chosen_cb  (GtkDropDown   *dropdown,
                                              GParamSpec    *pspec,
                                              CbWeightsView *self);
void         _cb_weights_view_show_error     (CbWeightsView *self,
                                              const char    *message);
void         _cb_weights_view_new_set_action    (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);
void         _cb_weights_view_duplicate_set_action (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void         _cb_weights_view_compare_sets_action  (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void         _cb_weights_view_rename_set_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);
void         _cb_weights_view_delete_set_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);

G_END_DECLS
