/* cb-presentation.h: the charts full screen, one per slide, for a classroom
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-chart-view.h"
#include "cb-session.h"

G_BEGIN_DECLS

#define CB_TYPE_PRESENTATION (cb_presentation_get_type ())

G_DECLARE_FINAL_TYPE (CbPresentation, cb_presentation, CB, PRESENTATION, AdwWindow)

GtkWidget   *cb_presentation_new         (GtkWindow      *parent,
                                          CbSession      *session,
                                          gboolean        only,
                                          CbChartKind     kind,
                                          GError        **error);
guint        cb_presentation_get_n_slides (CbPresentation *self);
guint        cb_presentation_get_slide    (CbPresentation *self);
void         cb_presentation_set_slide    (CbPresentation *self,
                                           guint           slide);
CbChartView *cb_presentation_get_chart    (CbPresentation *self,
                                           guint           slide);
const char  *cb_presentation_get_counter  (CbPresentation *self);
gboolean     cb_presentation_press_key    (CbPresentation *self,
                                           guint           keyval,
                                           GdkModifierType state);

G_END_DECLS
