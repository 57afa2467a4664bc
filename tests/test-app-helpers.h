/* test-app-helpers.h: what the app tests share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-window.h"

void       wait_until       (gboolean  (*condition) (gpointer),
                             gpointer    data);
gboolean   widget_is_mapped (gpointer    data);
void       wait_until_destroyed (gpointer *pointer);
GtkWindow *find_toplevel    (GType       type);
guint      rank_of          (CbChartView *view,
                             const char  *code);

void       check_weights    (CbWindow   *window);
void       check_pairwise   (CbWindow   *window);
void       check_sensitivity (CbWindow  *window);
void       check_compare_sets (CbWindow *window);
void       check_presentation (CbWindow *window);
void       check_import_and_report (CbWindow *window);
