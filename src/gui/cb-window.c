/* cb-window.c: the Casebench main window
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-case-list.h"
#include "cb-case-view.h"
#include "cb-compare-view.h"
#include "cb-weights-view.h"
#include "cb-preferences-window.h"
#include "cb-presentation.h"
#include "cb-window.h"
#include "cb-window-private.h"

struct _CbWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  CbWorkbook *workbook;
  CbSession *session;
  CbUndoStack *undo_stack;
  char *load_error;

  AdwViewSwitcherTitle *window_title;
  AdwToastOverlay *toast_overlay;
  CbCaseView *case_view;
  GtkStack *stack;
  CbCaseList *case_list;
  CbCompareView *compare_view;
  CbWeightsView *weights_view;
  CbSensitivityView *sensitivity_view;
  AdwStatusPage *status_page;
  GMenu *recent_menu;
};

G_DEFINE_FINAL_TYPE (CbWindow, cb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_LOAD_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * cb_window_new:
 * @workbook: (nullable): the workbook to show, or NULL if it could not be opened
 * @load_error: (nullable): why the workbook could not be opened
 */
CbWindow *
cb_window_new (CbApplication *application,
               CbWorkbook    *workbook,
               const char    *load_error)
{
  g_return_val_if_fail (CB_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (workbook == NULL || CB_IS_WORKBOOK (workbook), NULL);

  return g_object_new (CB_TYPE_WINDOW,
                       "application", application,
                       "workbook", workbook,
                       "load-error", load_error,
                       NULL);
}

CbWorkbook *
cb_window_get_workbook (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->workbook;
}

CbUndoStack *
cb_window_get_undo_stack (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->undo_stack;
}

CbCaseView *
cb_window_get_case_view (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->case_view;
}

CbCaseList *
cb_window_get_case_list (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->case_list;
}

CbCompareView *
cb_window_get_compare_view (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->compare_view;
}

CbSensitivityView *
cb_window_get_sensitivity_view (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->sensitivity_view;
}

CbWeightsView *
cb_window_get_weights_view (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->weights_view;
}

/* Open Recent: the workbooks opened or saved lately. */
GMenuModel *
cb_window_get_recent_menu (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}

/* What is being compared; NULL if no workbook is open. */
CbSession *
cb_window_get_session (CbWindow *self)
{
  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  return self->session;
}

static void
recent_changed_cb (CbWindow *self)
{
  _cb_window_update_recent (self, self->recent_menu);
}

/* The settings that follow the preferences while the window is open. */
static void
apply_settings (CbWindow *self)
{
  g_autofree char *labels = g_settings_get_string (self->settings, "label-language");
  CbChartLabels chart_labels;

  if (self->session == NULL)
    return;
  switch (cb_preferences_choice_index (cb_label_language_choices, labels))
    {
    case 1:
      chart_labels = CB_CHART_LABELS_EN;
      break;
    case 2:
      chart_labels = CB_CHART_LABELS_ZH;
      break;
    case 3:
      chart_labels = CB_CHART_LABELS_BOTH;
      break;
    default:
      chart_labels = cb_language_from_locale () == CB_LANGUAGE_ZH ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
      break;
    }
  cb_session_set_labels (self->session, chart_labels);
}

static void
update_actions (CbWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->undo_stack != NULL && cb_undo_stack_get_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->undo_stack != NULL && cb_undo_stack_get_can_redo (self->undo_stack));
}

/* A message at the bottom of the window. */
void
cb_window_show_message (CbWindow   *self,
                        const char *message)
{
  g_return_if_fail (CB_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The checked cases' charts full screen (the enlarged one only, if one
 * is); Escape brings the window back. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  gboolean only = FALSE;
  CbChartKind kind = CB_CHART_RADAR;

  if (self->session == NULL)
    return;
  cb_weights_view_commit (self->weights_view);
  /* A chart enlarged in the compare view is the one chosen to present. */
  for (CbChartKind k = CB_CHART_RADAR; k <= CB_CHART_HEATMAP && !only; k++)
    if (cb_chart_view_get_enlarged (cb_compare_view_get_chart (self->compare_view, k)))
      only = TRUE, kind = k;
  if (cb_presentation_new (GTK_WINDOW (self), self->session, only, kind, &error) == NULL)
    cb_window_show_message (self, error->message);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Weights still moving are stored first, so that undo takes them back. */
  cb_weights_view_commit (self->weights_view);
  ok = g_str_equal (action_name, "win.undo") ? cb_undo_stack_undo (self->undo_stack, &error)
                                             : cb_undo_stack_redo (self->undo_stack, &error);
  if (!ok)
    cb_window_show_message (self, error->message);
}

/* The workbench for the workbook, or why there is none. */
static void
show_workbook (CbWindow *self)
{
  CbLanguage language = cb_language_from_locale ();
  g_autofree char *basename = NULL;
  g_autofree char *note = NULL;

  if (self->workbook == NULL)
    {
      adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->status_page, _("The Workbook Could Not Be Opened"));
      adw_status_page_set_description (self->status_page, self->load_error);
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      gtk_stack_set_visible_child_name (self->stack, "message");
      return;
    }

  /* A workbook opened in place of another starts with its own session
   * and an empty undo history. */
  g_clear_object (&self->session);
  g_clear_object (&self->undo_stack);
  self->session = cb_session_new (self->workbook);
  self->undo_stack = cb_undo_stack_new (self->workbook);
  apply_settings (self);
  {
    g_autofree char *method = g_settings_get_string (self->settings, "default-method");
    g_autofree char *normalisation = g_settings_get_string (self->settings, "default-normalisation");
    CbAggregation aggregation = CB_AGGREGATION_ARITHMETIC;
    CbNormalisation scale = CB_NORMALISATION_GOALPOSTS;

    cb_aggregation_from_string (method, &aggregation);
    cb_normalisation_from_string (normalisation, &scale);
    /* z-scores cannot be multiplied: the scale wins. */
    if (scale == CB_NORMALISATION_ZSCORE)
      aggregation = CB_AGGREGATION_ARITHMETIC;
    cb_session_set_aggregation (self->session, aggregation);
    cb_session_set_normalisation (self->session, scale);
  }
  g_signal_connect_object (self->undo_stack, "notify::can-undo", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::can-redo", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  cb_case_list_set_session (self->case_list, self->session);
  cb_compare_view_set_session (self->compare_view, self->session);
  cb_case_view_set_session (self->case_view, self->session, self->undo_stack);
  cb_weights_view_set_session (self->weights_view, self->session, self->undo_stack);
  cb_sensitivity_view_set_session (self->sensitivity_view, self->session);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "workbench");

  basename = cb_workbook_get_path (self->workbook) != NULL
             ? g_filename_display_basename (cb_workbook_get_path (self->workbook))
             : g_strdup (_("Unsaved Workbook"));
  adw_view_switcher_title_set_subtitle (self->window_title, basename);

  /* Where the numbers come from, said where the cases are chosen. */
  note = cb_workbook_dup_meta (self->workbook,
                               language == CB_LANGUAGE_ZH ? "dataset_note_zh" : "dataset_note_en");
  cb_case_list_set_note (self->case_list, note);
}

/* Shows another workbook in this window (after Open or New). */
void
cb_window_set_workbook (CbWindow   *self,
                        CbWorkbook *workbook)
{
  g_return_if_fail (CB_IS_WINDOW (self));
  g_return_if_fail (CB_IS_WORKBOOK (workbook));

  if (self->workbook == workbook)
    return;
  g_set_object (&self->workbook, workbook);
  g_clear_pointer (&self->load_error, g_free);
  show_workbook (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKBOOK]);
}

/* The workbook's file moved (Save As): say where it is now. */
void
_cb_window_workbook_moved (CbWindow *self)
{
  g_autofree char *basename = NULL;

  g_return_if_fail (CB_IS_WINDOW (self) && self->workbook != NULL);

  basename = g_filename_display_basename (cb_workbook_get_path (self->workbook));
  adw_view_switcher_title_set_subtitle (self->window_title, basename);
}

static void
save_window_state (CbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
cb_window_close_request (GtkWindow *window)
{
  save_window_state (CB_WINDOW (window));

  return GTK_WINDOW_CLASS (cb_window_parent_class)->close_request (window);
}

static void
cb_window_constructed (GObject *object)
{
  CbWindow *self = CB_WINDOW (object);

  G_OBJECT_CLASS (cb_window_parent_class)->constructed (object);

  show_workbook (self);
}

static void
cb_window_dispose (GObject *object)
{
  CbWindow *self = CB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->load_error, g_free);

  G_OBJECT_CLASS (cb_window_parent_class)->dispose (object);
}

static void
cb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CbWindow *self = CB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;

    case PROP_LOAD_ERROR:
      g_value_set_string (value, self->load_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CbWindow *self = CB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;

    case PROP_LOAD_ERROR:
      self->load_error = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_window_class_init (CbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cb_window_constructed;
  object_class->dispose = cb_window_dispose;
  object_class->get_property = cb_window_get_property;
  object_class->set_property = cb_window_set_property;
  window_class->close_request = cb_window_close_request;

  /* The workbook the window shows; NULL if it could not be opened. */
  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL,
                         CB_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Why the workbook could not be opened. */
  properties[PROP_LOAD_ERROR] =
    g_param_spec_string ("load-error", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CB_TYPE_CASE_LIST);
  g_type_ensure (CB_TYPE_CASE_VIEW);
  g_type_ensure (CB_TYPE_COMPARE_VIEW);
  g_type_ensure (CB_TYPE_WEIGHTS_VIEW);
  g_type_ensure (CB_TYPE_SENSITIVITY_VIEW);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, _cb_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, _cb_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, _cb_window_save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", _cb_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.framework", NULL, _cb_window_framework_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, _cb_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, _cb_window_report_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, _cb_window_new_case_action);
  gtk_widget_class_install_action (widget_class, "win.edit-case", NULL, _cb_window_edit_case_action);
  gtk_widget_class_install_action (widget_class, "win.delete-case", NULL, _cb_window_delete_case_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-case", NULL);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/cb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CbWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, case_list);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, weights_view);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, sensitivity_view);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, case_view);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, CbWindow, recent_menu);
}

static void
cb_window_init (CbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  recent_changed_cb (self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::label-language", G_CALLBACK (apply_settings), self);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}
