/* cb-compare-view.c: the four charts of the checked cases
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The radar, ranking, gap and heat map of the session's checked cases,
 * with the choices of level, weight set, method and scale above them.
 * The charts follow the session: each change redraws them once.
 */

#define G_LOG_DOMAIN "cb-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-compare-view.h"
#include "cb-weight-set-dropdown.h"

struct _CbCompareView
{
  GtkWidget parent_instance;

  CbSession *session;
  gulong changed_handler;

  GtkDropDown *level_dropdown;
  GtkDropDown *weights_dropdown;
  GtkDropDown *method_dropdown;
  GtkDropDown *normalisation_dropdown;
  GtkLabel *error_label;
  CbChartView *radar_view;
  CbChartView *ranking_view;
  CbChartView *gap_view;
  CbChartView *heatmap_view;
};

G_DEFINE_FINAL_TYPE (CbCompareView, cb_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbSession *
cb_compare_view_get_session (CbCompareView *self)
{
  g_return_val_if_fail (CB_IS_COMPARE_VIEW (self), NULL);

  return self->session;
}

CbChartView *
cb_compare_view_get_chart (CbCompareView *self,
                           CbChartKind    kind)
{
  CbChartView *views[] = { self->radar_view, self->gap_view, self->ranking_view, self->heatmap_view };

  g_return_val_if_fail (CB_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (kind <= CB_CHART_HEATMAP, NULL);

  return views[kind];
}

static void
refresh (CbCompareView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(CbChartData) gap_data = NULL;

  if (self->session == NULL)
    return;

  /* What the analysis refuses (weights all zero, say) is said above the
   * charts, which then show nothing rather than stale numbers. */
  data = cb_session_dup_chart_data (self->session, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), data == NULL);
  if (data == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      for (CbChartKind kind = CB_CHART_RADAR; kind <= CB_CHART_HEATMAP; kind++)
        cb_chart_view_set_data (cb_compare_view_get_chart (self, kind), NULL);
      return;
    }

  cb_chart_view_set_data (self->radar_view, data);
  cb_chart_view_set_data (self->ranking_view, data);
  cb_chart_view_set_data (self->heatmap_view, data);

  /* The gap chart: the case chosen in the sidebar, largest gap first. */
  gap_data = cb_session_dup_chart_data (self->session, NULL);
  {
    CbDataset *dataset = cb_result_get_dataset (cb_chart_data_get_result (gap_data));
    gint64 current = cb_session_get_current_case (self->session);

    for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
      if (cb_dataset_get_case_id (dataset, c) == current)
        cb_chart_data_set_cases (gap_data, &c, 1);
  }
  cb_chart_data_set_sort_by_gap (gap_data, TRUE);
  cb_chart_view_set_data (self->gap_view, gap_data);
}

/* One chart enlarged: the others step aside until it is restored. */
static void
enlarged_cb (CbChartView   *view,
             GParamSpec    *pspec,
             CbCompareView *self)
{
  gboolean enlarged = cb_chart_view_get_enlarged (view);

  for (CbChartKind kind = CB_CHART_RADAR; kind <= CB_CHART_HEATMAP; kind++)
    {
      CbChartView *other = cb_compare_view_get_chart (self, kind);

      if (other == view)
        continue;
      if (enlarged)
        cb_chart_view_set_enlarged (other, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (other), !enlarged);
    }
  gtk_widget_set_visible (GTK_WIDGET (view), TRUE);
}

static void
session_changed_cb (CbSession     *session,
                    CbCompareView *self)
{
  refresh (self);
}

static void
sync_controls (CbCompareView *self)
{
  cb_weight_set_dropdown_sync (self->weights_dropdown, cb_session_get_workbook (self->session),
                               cb_session_get_weight_set (self->session));
  gtk_drop_down_set_selected (self->level_dropdown, cb_session_get_level (self->session));
  gtk_drop_down_set_selected (self->method_dropdown, cb_session_get_aggregation (self->session));
  gtk_drop_down_set_selected (self->normalisation_dropdown, cb_session_get_normalisation (self->session));
}

void
cb_compare_view_set_session (CbCompareView *self,
                             CbSession     *session)
{
  g_return_if_fail (CB_IS_COMPARE_VIEW (self));
  g_return_if_fail (session == NULL || CB_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      self->changed_handler = g_signal_connect (session, "changed", G_CALLBACK (session_changed_cb), self);
      sync_controls (self);
    }
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
dropdown_changed_cb (GtkDropDown   *dropdown,
                     GParamSpec    *pspec,
                     CbCompareView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->session == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (dropdown == self->level_dropdown)
    cb_session_set_level (self->session, selected);
  else if (dropdown == self->method_dropdown)
    {
      /* z-scores cannot be multiplied: the method goes back to arithmetic. */
      if (selected == CB_AGGREGATION_GEOMETRIC &&
          cb_session_get_normalisation (self->session) == CB_NORMALISATION_ZSCORE)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          gtk_drop_down_set_selected (dropdown, CB_AGGREGATION_ARITHMETIC);
          return;
        }
      cb_session_set_aggregation (self->session, selected);
    }
  else if (dropdown == self->normalisation_dropdown)
    {
      if (selected == CB_NORMALISATION_ZSCORE &&
          cb_session_get_aggregation (self->session) == CB_AGGREGATION_GEOMETRIC)
        gtk_drop_down_set_selected (self->method_dropdown, CB_AGGREGATION_ARITHMETIC);
      cb_session_set_normalisation (self->session, selected);
    }
  else if (dropdown == self->weights_dropdown)
    {
      CbWeightSet *set = gtk_drop_down_get_selected_item (dropdown);

      if (set != NULL && !cb_weight_set_dropdown_is_settling (dropdown))
        cb_session_set_weight_set (self->session, set);
    }
}

static void
cb_compare_view_dispose (GObject *object)
{
  CbCompareView *self = CB_COMPARE_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_COMPARE_VIEW);
  /* The template's root box is not bound to a field: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cb_compare_view_parent_class)->dispose (object);
}

static void
cb_compare_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CbCompareView *self = CB_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, cb_compare_view_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CbCompareView *self = CB_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      cb_compare_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_compare_view_class_init (CbCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_compare_view_dispose;
  object_class->get_property = cb_compare_view_get_property;
  object_class->set_property = cb_compare_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/cb-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, weights_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, normalisation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, radar_view);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, ranking_view);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, gap_view);
  gtk_widget_class_bind_template_child (widget_class, CbCompareView, heatmap_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");
}

static void
cb_compare_view_init (CbCompareView *self)
{
  GtkDropDown *dropdowns[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  cb_weight_set_dropdown_setup (self->weights_dropdown);

  dropdowns[0] = self->level_dropdown;
  dropdowns[1] = self->weights_dropdown;
  dropdowns[2] = self->method_dropdown;
  dropdowns[3] = self->normalisation_dropdown;
  for (guint k = 0; k < G_N_ELEMENTS (dropdowns); k++)
    g_signal_connect (dropdowns[k], "notify::selected", G_CALLBACK (dropdown_changed_cb), self);
  for (CbChartKind kind = CB_CHART_RADAR; kind <= CB_CHART_HEATMAP; kind++)
    g_signal_connect (cb_compare_view_get_chart (self, kind), "notify::enlarged", G_CALLBACK (enlarged_cb), self);
}
