/* cb-preferences-window.h: the preferences
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CB_TYPE_PREFERENCES_WINDOW (cb_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CbPreferencesWindow, cb_preferences_window, CB, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *cb_preferences_window_new (GtkWindow *parent);

/* The choices of each string setting, in the order of its combo row. */
extern const char * const cb_label_language_choices[];
extern const char * const cb_color_scheme_choices[];
extern const char * const cb_method_choices[];
extern const char * const cb_normalisation_choices[];

guint cb_preferences_choice_index (const char * const *choices,
                                   const char         *value);

G_END_DECLS
