/* test-app-helpers.c: what the app tests share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-app-helpers.h"

void
wait_until (gboolean (*condition) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

guint
rank_of (CbChartView *view,
         const char  *code)
{
  CbResult *result = cb_chart_data_get_result (cb_chart_view_get_data (view));

  return cb_result_get_rank (result, cb_dataset_find_case (cb_result_get_dataset (result), code));
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Waits until a weak pointer is cleared. */
void
wait_until_destroyed (gpointer *pointer)
{
  wait_until (is_gone, pointer);
}
