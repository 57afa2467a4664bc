/* cb-chart-view.c: a chart on screen
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin: it picks the light or dark chart style from libadwaita, hands the
 * core drawing function a Cairo context of its size, and tells assistive
 * technologies what the chart shows in words.
 */

#define G_LOG_DOMAIN "cb-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-chart-view.h"
#include "cb-export-dialog.h"

struct _CbChartView
{
  GtkWidget parent_instance;

  CbChartKind kind;
  CbChartData *data;
  gboolean enlarged;
  gboolean presenting;
  GtkWidget *menu;
};

G_DEFINE_FINAL_TYPE (CbChartView, cb_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATA,
  PROP_ENLARGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
cb_chart_view_new (CbChartKind kind)
{
  return g_object_new (CB_TYPE_CHART_VIEW, "kind", kind, NULL);
}

CbChartKind
cb_chart_view_get_kind (CbChartView *self)
{
  g_return_val_if_fail (CB_IS_CHART_VIEW (self), CB_CHART_RADAR);

  return self->kind;
}

CbChartData *
cb_chart_view_get_data (CbChartView *self)
{
  g_return_val_if_fail (CB_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/* The text summary of what the chart shows, or NULL without data. */
char *
cb_chart_view_dup_summary (CbChartView *self)
{
  g_return_val_if_fail (CB_IS_CHART_VIEW (self), NULL);

  return self->data != NULL ? cb_chart_describe (self->kind, self->data) : NULL;
}

/* Drawn for a projector (cb_chart_style_init_projection ()), with no
 * menu, tooltip or enlarging: a slide. */
void
cb_chart_view_set_presenting (CbChartView *self,
                              gboolean     presenting)
{
  g_return_if_fail (CB_IS_CHART_VIEW (self));

  self->presenting = !!presenting;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               presenting ? NULL : _("Double-click to enlarge; right-click for more"));
  gtk_widget_set_focusable (GTK_WIDGET (self), !presenting);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
cb_chart_view_get_enlarged (CbChartView *self)
{
  g_return_val_if_fail (CB_IS_CHART_VIEW (self), FALSE);

  return self->enlarged;
}

/* Whether the chart is shown alone, filling its view. */
void
cb_chart_view_set_enlarged (CbChartView *self,
                            gboolean     enlarged)
{
  g_return_if_fail (CB_IS_CHART_VIEW (self));

  enlarged = !!enlarged;
  if (self->enlarged == enlarged)
    return;
  self->enlarged = enlarged;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENLARGED]);
}

static void
current_style (CbChartView  *self,
               CbChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  cb_chart_style_init (style, adw_style_manager_get_dark (manager));
  style->high_contrast = adw_style_manager_get_high_contrast (manager);
}

/* The chart as an image of its size on screen, at twice the pixels. */
GdkTexture *
cb_chart_view_render_texture (CbChartView *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 480);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 360);
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  CbChartStyle style;
  cairo_t *cr;

  g_return_val_if_fail (CB_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (self->data != NULL, NULL);

  current_style (self, &style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * 2, height * 2);
  cr = cairo_create (surface);
  cairo_scale (cr, 2, 2);
  cb_chart_draw (self->kind, cr, self->data, &style, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * 2);
  texture = gdk_memory_texture_new (width * 2, height * 2, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CbChartView *self = CB_CHART_VIEW (widget);
  g_autoptr(GdkTexture) texture = NULL;

  if (self->data == NULL)
    return;
  texture = cb_chart_view_render_texture (self);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autofree char *summary = cb_chart_view_dup_summary (CB_CHART_VIEW (widget));

  if (summary != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), summary);
}

static void
enlarge_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CbChartView *self = CB_CHART_VIEW (widget);

  cb_chart_view_set_enlarged (self, !self->enlarged);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CbChartView *self = CB_CHART_VIEW (widget);
  CbChartStyle style;

  if (self->data == NULL)
    return;
  current_style (self, &style);
  gtk_window_present (GTK_WINDOW (cb_export_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                        self->kind, self->data, style.dark)));
}

static void
show_menu (CbChartView *self,
           double       x,
           double       y)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CbChartView     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->presenting)
    return;
  if (button == GDK_BUTTON_SECONDARY)
    show_menu (self, x, y);
  else if (n_press == 2)
    cb_chart_view_set_enlarged (self, !self->enlarged);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_menu (CB_CHART_VIEW (widget), gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
update_accessible (CbChartView *self)
{
  g_autofree char *summary = cb_chart_view_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary != NULL ? summary : "",
                                  -1);
}

void
cb_chart_view_set_data (CbChartView *self,
                        CbChartData *data)
{
  g_return_if_fail (CB_IS_CHART_VIEW (self));

  if (self->data == data)
    return;
  g_clear_pointer (&self->data, cb_chart_data_unref);
  if (data != NULL)
    self->data = cb_chart_data_ref (data);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

static void
cb_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CbChartView *self = CB_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CbChartStyle style;
  cairo_t *cr;

  if (self->data == NULL || width < 50 || height < 50)
    return;

  if (self->presenting)
    cb_chart_style_init_projection (&style, width, height);
  else
    {
      current_style (self, &style);
      /* Small charts keep their text legible by drawing it a little smaller. */
      style.font_size = CLAMP (MIN (width, height) / 34.0, 10.0, 15.0);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cb_chart_draw (self->kind, cr, self->data, &style, width, height, NULL);
  cairo_destroy (cr);
}

static void
style_changed_cb (CbChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cb_chart_view_dispose (GObject *object)
{
  CbChartView *self = CB_CHART_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->data, cb_chart_data_unref);

  G_OBJECT_CLASS (cb_chart_view_parent_class)->dispose (object);
}

static void
cb_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbChartView *self = CB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;

    case PROP_ENLARGED:
      g_value_set_boolean (value, self->enlarged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CbChartView *self = CB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    case PROP_DATA:
      cb_chart_view_set_data (self, g_value_get_boxed (value));
      break;

    case PROP_ENLARGED:
      cb_chart_view_set_enlarged (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_chart_view_class_init (CbChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_chart_view_dispose;
  object_class->get_property = cb_chart_view_get_property;
  object_class->set_property = cb_chart_view_set_property;
  widget_class->snapshot = cb_chart_view_snapshot;

  /* Which chart: a CbChartKind. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      CB_CHART_RADAR, CB_CHART_SLOPE, CB_CHART_RADAR,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL,
                        CB_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Shown alone, filling the compare view. */
  properties[PROP_ENLARGED] =
    g_param_spec_boolean ("enlarged", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.enlarge", NULL, enlarge_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.enlarge", NULL);
  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cb_chart_view_init (CbChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 180);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Double-click to enlarge; right-click for more"));

  g_menu_append (menu, _("_Enlarge or Restore"), "chart.enlarge");
  g_menu_append (menu, _("_Copy Image"), "chart.copy-image");
  g_menu_append (menu, _("Copy as _Text"), "chart.copy-text");
  g_menu_append (menu, _("E_xport…"), "chart.export");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
