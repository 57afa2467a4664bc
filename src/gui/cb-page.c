/* cb-page.c: a scrolled, clamped column of groups, as the views and dialogs show them
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "cb-page.h"

/**
 * cb_page_new:
 * @maximum_width: how wide the column grows
 * @first_child: the first widget of the column, then the others, then %NULL
 *
 * A vertical column of the children, 18 px apart with the GNOME margins,
 * clamped to @maximum_width and scrolled vertically.
 *
 * Returns: (transfer floating): the scrolled window
 */
GtkWidget *
cb_page_new (int        maximum_width,
             GtkWidget *first_child,
             ...)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  va_list args;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  va_start (args, first_child);
  for (GtkWidget *child = first_child; child != NULL; child = va_arg (args, GtkWidget *))
    gtk_box_append (GTK_BOX (box), child);
  va_end (args);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), maximum_width);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}
