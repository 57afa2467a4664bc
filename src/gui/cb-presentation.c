/* cb-presentation.c: the charts full screen, one per slide, for a classroom
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full-screen window with no editing chrome: the checked cases' radar,
 * ranking and heat map, then each ranked case's gap chart, one per slide
 * (or only the chart enlarged in the compare view),
 * drawn black on white with text sized for the back of a room
 * (cb_chart_style_init_projection ()), and a slide counter. The arrow
 * keys, Page Up/Down, Space and Backspace step, Home and End jump, and
 * Escape leaves; the main window is left as it was.
 */

#define G_LOG_DOMAIN "cb-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-presentation.h"

struct _CbPresentation
{
  AdwWindow parent_instance;

  GtkWidget *stack;
  GtkWidget *counter;
  GPtrArray *charts;     /* CbChartView *, one per slide */
  guint slide;
  char *counter_text;
};

G_DEFINE_FINAL_TYPE (CbPresentation, cb_presentation, ADW_TYPE_WINDOW)

static void
add_slide (CbPresentation *self,
           CbChartKind     kind,
           CbChartData    *data)
{
  CbChartView *chart = CB_CHART_VIEW (cb_chart_view_new (kind));

  cb_chart_view_set_presenting (chart, TRUE);
  cb_chart_view_set_data (chart, data);
  gtk_stack_add_child (GTK_STACK (self->stack), GTK_WIDGET (chart));
  g_ptr_array_add (self->charts, chart);
}

guint
cb_presentation_get_n_slides (CbPresentation *self)
{
  g_return_val_if_fail (CB_IS_PRESENTATION (self), 0);
  return self->charts->len;
}

guint
cb_presentation_get_slide (CbPresentation *self)
{
  g_return_val_if_fail (CB_IS_PRESENTATION (self), 0);
  return self->slide;
}

/* Shows slide @slide (0-based; clamped to the last). */
void
cb_presentation_set_slide (CbPresentation *self,
                           guint           slide)
{
  g_return_if_fail (CB_IS_PRESENTATION (self));

  if (self->charts->len == 0)
    return;
  self->slide = MIN (slide, self->charts->len - 1);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), g_ptr_array_index (self->charts, self->slide));
  g_free (self->counter_text);
  /* Translators: the slide counter, e.g. "3 / 9" */
  self->counter_text = g_strdup_printf (_("%u / %u"), self->slide + 1, self->charts->len);
  gtk_label_set_text (GTK_LABEL (self->counter), self->counter_text);
}

CbChartView *
cb_presentation_get_chart (CbPresentation *self,
                           guint           slide)
{
  g_return_val_if_fail (CB_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (slide < self->charts->len, NULL);
  return g_ptr_array_index (self->charts, slide);
}

const char *
cb_presentation_get_counter (CbPresentation *self)
{
  g_return_val_if_fail (CB_IS_PRESENTATION (self), NULL);
  return self->counter_text != NULL ? self->counter_text : "";
}

/* What a key does: step, jump or leave. Returns whether it was one. */
gboolean
cb_presentation_press_key (CbPresentation  *self,
                           guint            keyval,
                           GdkModifierType  state)
{
  g_return_val_if_fail (CB_IS_PRESENTATION (self), FALSE);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      cb_presentation_set_slide (self, self->slide + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      cb_presentation_set_slide (self, self->slide > 0 ? self->slide - 1 : 0);
      return TRUE;
    case GDK_KEY_Home:
      cb_presentation_set_slide (self, 0);
      return TRUE;
    case GDK_KEY_End:
      cb_presentation_set_slide (self, G_MAXUINT);
      return TRUE;
    case GDK_KEY_Escape:
    case GDK_KEY_F5:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CbPresentation        *self)
{
  return cb_presentation_press_key (self, keyval, state);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             CbPresentation  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    cb_presentation_set_slide (self, self->slide > 0 ? self->slide - 1 : 0);
  else
    cb_presentation_set_slide (self, self->slide + 1);
}

/**
 * cb_presentation_new:
 * @parent: the main window
 * @session: what to show: the checked cases, weights and method
 * @only: whether to show one kind of chart only
 * @kind: that kind (the gap chart: one slide per ranked case)
 * @error: set if the analysis fails
 *
 * Makes the slides (all the charts, or the one chosen) and shows them
 * full screen.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL with @error
 */
GtkWidget *
cb_presentation_new (GtkWindow    *parent,
                     CbSession    *session,
                     gboolean      only,
                     CbChartKind   kind,
                     GError      **error)
{
  const CbChartKind overview[] = { CB_CHART_RADAR, CB_CHART_RANKING, CB_CHART_HEATMAP };
  g_autoptr(CbChartData) data = NULL;
  CbPresentation *self;
  CbResult *result;

  g_return_val_if_fail (CB_IS_SESSION (session), NULL);

  data = cb_session_dup_chart_data (session, error);
  if (data == NULL)
    return NULL;
  result = cb_chart_data_get_result (data);

  self = g_object_new (CB_TYPE_PRESENTATION, NULL);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  for (guint k = 0; k < G_N_ELEMENTS (overview); k++)
    if (!only || kind == overview[k])
      add_slide (self, overview[k], data);
  /* Each ranked case's gaps, best first (ranks count every case). */
  for (guint rank = 1; (!only || kind == CB_CHART_GAP) && rank <= cb_result_get_n_ranked (result); rank++)
    for (guint k = 0; k < cb_chart_data_get_n_cases (data); k++)
      {
        guint c = cb_chart_data_get_case (data, k);
        g_autoptr(CbChartData) one = NULL;

        if (cb_result_get_rank (result, c) != rank)
          continue;
        one = cb_chart_data_copy (data);
        cb_chart_data_set_cases (one, &c, 1);
        cb_chart_data_set_sort_by_gap (one, TRUE);
        add_slide (self, CB_CHART_GAP, one);
      }
  cb_presentation_set_slide (self, 0);
  /* The monitor's size, for a desktop that does not honour full screen. */
  if (parent != NULL && gtk_native_get_surface (GTK_NATIVE (parent)) != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
      GdkRectangle area;

      if (monitor != NULL)
        {
          gdk_monitor_get_geometry (monitor, &area);
          gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
        }
    }
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}

static void
cb_presentation_finalize (GObject *object)
{
  CbPresentation *self = CB_PRESENTATION (object);

  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->counter_text, g_free);

  G_OBJECT_CLASS (cb_presentation_parent_class)->finalize (object);
}

static void
cb_presentation_class_init (CbPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_presentation_finalize;
}

static void
cb_presentation_init (CbPresentation *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *overlay = gtk_overlay_new ();

  self->charts = g_ptr_array_new ();
  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_set_transition_duration (GTK_STACK (self->stack), 150);
  self->counter = gtk_label_new (NULL);
  gtk_widget_set_halign (self->counter, GTK_ALIGN_END);
  gtk_widget_set_valign (self->counter, GTK_ALIGN_END);
  gtk_widget_set_margin_end (self->counter, 24);
  gtk_widget_set_margin_bottom (self->counter, 16);
  gtk_widget_add_css_class (self->counter, "title-1");
  gtk_widget_add_css_class (self->counter, "cb-slide-counter");
  gtk_widget_set_can_target (self->counter, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->stack);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->counter);
  adw_window_set_content (ADW_WINDOW (self), overlay);
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "cb-presentation");
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
