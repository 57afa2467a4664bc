/* cb-page.h: a scrolled, clamped column of groups, as the views and dialogs show them
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *cb_page_new (int        maximum_width,
                        GtkWidget *first_child,
                        ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
