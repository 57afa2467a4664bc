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

struct _CbChartView
{
  GtkWidget parent_instance;

  CbChartKind kind;
  CbChartData *data;
};

G_DEFINE_FINAL_TYPE (CbChartView, cb_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATA,
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
  AdwStyleManager *manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CbChartStyle style;
  cairo_t *cr;

  if (self->data == NULL || width < 50 || height < 50)
    return;

  cb_chart_style_init (&style, adw_style_manager_get_dark (manager));
  style.high_contrast = adw_style_manager_get_high_contrast (manager);
  /* Small charts keep their text legible by drawing it a little smaller. */
  style.font_size = CLAMP (MIN (width, height) / 34.0, 10.0, 15.0);

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
                      CB_CHART_RADAR, CB_CHART_HEATMAP, CB_CHART_RADAR,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL,
                        CB_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cb_chart_view_init (CbChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 180);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
