/* test-app-present.c: presentation mode, entered, stepped and left
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: the test suite runs under xvfb-run.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cb-presentation.h"
#include "test-app-helpers.h"

static void
send_key (const char *xdotool,
          const char *key)
{
  const char *argv[] = { xdotool, "key", key, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

typedef struct
{
  CbPresentation *presentation;
  guint slide;
} SlideWait;

static gboolean
slide_is (gpointer data)
{
  SlideWait *wait = data;

  return cb_presentation_get_slide (wait->presentation) == wait->slide;
}

static void
wait_for_slide (CbPresentation *presentation,
                guint           slide)
{
  SlideWait wait = { presentation, slide };

  wait_until (slide_is, &wait);
}

/* F5's action shows the checked cases' charts one per slide, large; the
 * keys step through them; Escape leaves and the window is as it was. */
void
check_presentation (CbWindow *window)
{
  CbSession *session = cb_window_get_session (window);
  CbPresentation *presentation;
  g_autoptr(CbChartData) data = cb_session_dup_chart_data (session, NULL);
  CbResult *result = cb_chart_data_get_result (data);
  const char *page_before;
  int width_before, height_before;
  guint ranked = 0, n;
  const struct {
    guint keyval;
    guint slide;
  } steps[] = {
    { GDK_KEY_Right, 1 }, { GDK_KEY_Page_Down, 2 }, { GDK_KEY_space, 3 }, { GDK_KEY_Left, 2 },
    { GDK_KEY_Page_Up, 1 }, { GDK_KEY_Up, 0 }, { GDK_KEY_Up, 0 }, { GDK_KEY_End, G_MAXUINT },
    { GDK_KEY_Down, G_MAXUINT }, { GDK_KEY_Home, 0 },
  };

  for (guint k = 0; k < cb_chart_data_get_n_cases (data); k++)
    ranked += cb_result_get_rank (result, cb_chart_data_get_case (data, k)) > 0;
  page_before = adw_view_stack_get_visible_child_name (
    ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (cb_window_get_compare_view (window)), ADW_TYPE_VIEW_STACK)));
  gtk_window_get_default_size (GTK_WINDOW (window), &width_before, &height_before);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  presentation = CB_PRESENTATION (find_toplevel (CB_TYPE_PRESENTATION));
  g_assert_nonnull (presentation);
  wait_until (widget_is_mapped, presentation);
  /* Radar, ranking and heat map, then a gap chart per ranked case. */
  n = cb_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n, ==, 3 + ranked);
  g_assert_cmpint (cb_chart_view_get_kind (cb_presentation_get_chart (presentation, 0)), ==, CB_CHART_RADAR);
  g_assert_cmpint (cb_chart_view_get_kind (cb_presentation_get_chart (presentation, n - 1)), ==, CB_CHART_GAP);
  {
    g_autofree char *counter = g_strdup_printf (_("%u / %u"), 1, n);

    g_assert_cmpstr (cb_presentation_get_counter (presentation), ==, counter);
  }

  for (guint k = 0; k < G_N_ELEMENTS (steps); k++)
    {
      guint expected = steps[k].slide == G_MAXUINT ? n - 1 : steps[k].slide;

      g_assert_true (cb_presentation_press_key (presentation, steps[k].keyval, 0));
      g_assert_cmpuint (cb_presentation_get_slide (presentation), ==, expected);
    }
  /* Real key presses through the display server, where xdotool is
   * installed (build-aux/deps.sh installs it for the tests). */
  {
    g_autofree char *xdotool = g_find_program_in_path ("xdotool");

    if (xdotool != NULL && g_getenv ("DISPLAY") != NULL)
      {
        cb_presentation_set_slide (presentation, 0);
        send_key (xdotool, "Right");
        wait_for_slide (presentation, 1);
        send_key (xdotool, "Next");
        wait_for_slide (presentation, 2);
        send_key (xdotool, "BackSpace");
        wait_for_slide (presentation, 1);
        send_key (xdotool, "End");
        wait_for_slide (presentation, n - 1);
        send_key (xdotool, "Home");
        wait_for_slide (presentation, 0);
      }
    else
      g_test_message ("no xdotool or display: keys are fed to the handler only");
  }

  /* Editing keys do nothing here. */
  g_assert_false (cb_presentation_press_key (presentation, GDK_KEY_z, GDK_CONTROL_MASK));

  /* Text for the back of a room: at 1920 × 1080 the smallest chart text
   * (0.72 of the body) is at least 24 px. */
  {
    CbChartStyle style;

    cb_chart_style_init_projection (&style, 1920, 1080);
    g_assert_cmpfloat (style.font_size * 0.72, >=, 24.0);
    g_assert_true (style.high_contrast);
  }

  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  {
    g_autofree char *xdotool = g_find_program_in_path ("xdotool");

    if (xdotool != NULL && g_getenv ("DISPLAY") != NULL)
      send_key (xdotool, "Escape");
    else
      g_assert_true (cb_presentation_press_key (presentation, GDK_KEY_Escape, 0));
  }
  wait_until_destroyed ((gpointer *) &presentation);

  /* Only the first and the last checked: both get their gap slide. */
  {
    CbWorkbook *workbook = cb_window_get_workbook (window);
    GListModel *all = cb_workbook_get_cases (workbook);
    gint64 first = cb_case_get_id (cb_workbook_find_case (workbook, "karamay"));
    gint64 last = cb_case_get_id (cb_workbook_find_case (workbook, "nanjing-qinhuai"));

    for (guint k = 0; k < g_list_model_get_n_items (all); k++)
      {
        g_autoptr(CbCase) c = g_list_model_get_item (all, k);

        cb_session_set_case_checked (session, cb_case_get_id (c),
                                     cb_case_get_id (c) == first || cb_case_get_id (c) == last);
      }
    gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
    presentation = CB_PRESENTATION (find_toplevel (CB_TYPE_PRESENTATION));
    g_assert_nonnull (presentation);
    g_assert_cmpuint (cb_presentation_get_n_slides (presentation), ==, 3 + 2);
    g_assert_cmpint (cb_chart_view_get_kind (cb_presentation_get_chart (presentation, 4)), ==, CB_CHART_GAP);
    for (guint k = 0; k < g_list_model_get_n_items (all); k++)
      {
        g_autoptr(CbCase) c = g_list_model_get_item (all, k);

        cb_session_set_case_checked (session, cb_case_get_id (c), TRUE);
      }
    g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
    g_assert_true (cb_presentation_press_key (presentation, GDK_KEY_Escape, 0));
    wait_until_destroyed ((gpointer *) &presentation);
  }

  /* A chart enlarged in the compare view is the one presented. */
  {
    CbChartView *ranking = cb_compare_view_get_chart (cb_window_get_compare_view (window), CB_CHART_RANKING);

    cb_chart_view_set_enlarged (ranking, TRUE);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
    presentation = CB_PRESENTATION (find_toplevel (CB_TYPE_PRESENTATION));
    g_assert_nonnull (presentation);
    g_assert_cmpuint (cb_presentation_get_n_slides (presentation), ==, 1);
    g_assert_cmpint (cb_chart_view_get_kind (cb_presentation_get_chart (presentation, 0)), ==, CB_CHART_RANKING);
    g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
    g_assert_true (cb_presentation_press_key (presentation, GDK_KEY_Escape, 0));
    cb_chart_view_set_enlarged (ranking, FALSE);
  }
  wait_until_destroyed ((gpointer *) &presentation);
  g_assert_null (presentation);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (cb_window_get_compare_view (window)),
                                                              ADW_TYPE_VIEW_STACK))), ==, page_before);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, width_before);
    g_assert_cmpint (height, ==, height_before);
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
}
