/* cb-sensitivity-view.c: how robust the ranking is, run off the main thread
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The settings of a Monte Carlo run over the weights (samples, noise,
 * whether the aggregation is drawn too, the seed) on the left; "Run"
 * starts cb_sensitivity_run () in a GTask thread on a snapshot of the
 * session's data and weights, with progress and Cancel. The results are
 * the ranking with 5–95 % rank intervals and the rank-acceptability heat
 * map, under a line with the settings and seed so they can be reported.
 * When the data or weights change after a run, the results stay as they
 * were, marked as out of date.
 */

#define G_LOG_DOMAIN "cb-sensitivity-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-page.h"
#include "cb-sensitivity-view.h"

#define DEFAULT_SAMPLES 1000
#define DEFAULT_NOISE_PERCENT 25
#define PROGRESS_INTERVAL_MS 50

typedef struct
{
  guint generation;        /* of the view's session when it started */
  CbDataset *dataset;
  CbWeights *weights;
  CbSensitivitySettings settings;
  int progress;            /* per mille, written by the thread */
} RunData;

struct _CbSensitivityView
{
  GtkWidget parent_instance;

  CbSession *session;
  gulong changed_handler;
  guint generation;        /* counts the sessions shown */
  gboolean changed_while_running;

  GCancellable *cancellable;
  RunData *running;        /* owned by the task */
  guint progress_source;
  gint64 started;
  CbSensitivity *sensitivity;
  char *status;

  GtkWidget *paned;
  GtkWidget *samples;
  GtkWidget *noise;
  GtkWidget *vary;
  GtkWidget *seed;
  GtkWidget *run_button;
  GtkWidget *cancel_button;
  GtkWidget *progress;
  GtkWidget *status_label;
  GtkWidget *settings_label;
  GtkWidget *outdated;
  CbChartView *ranking;
  CbChartView *acceptability;
};

G_DEFINE_FINAL_TYPE (CbSensitivityView, cb_sensitivity_view, GTK_TYPE_WIDGET)

static void
run_data_free (RunData *data)
{
  g_clear_pointer (&data->dataset, cb_dataset_unref);
  g_clear_pointer (&data->weights, cb_weights_unref);
  g_free (data);
}

static void
set_status (CbSensitivityView *self,
            const char        *status,
            gboolean           error)
{
  g_free (self->status);
  self->status = g_strdup (status);
  gtk_label_set_text (GTK_LABEL (self->status_label), status);
  if (error)
    gtk_widget_add_css_class (self->status_label, "error");
  else
    gtk_widget_remove_css_class (self->status_label, "error");
}

static void
show_idle (CbSensitivityView *self)
{
  gboolean had_focus = gtk_widget_has_focus (self->cancel_button);

  gtk_widget_set_visible (self->run_button, TRUE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_sensitive (self->run_button, self->session != NULL);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (had_focus)
    gtk_widget_grab_focus (self->run_button);
}

/* "1,000 samples · weights ±25% · method fixed · seed 1" */
static char *
describe_settings (const CbSensitivitySettings *settings)
{
  g_autofree char *noise = cb_format_number (settings->noise * 100, 1, "–");

  /* Translators: the settings of a sensitivity run, shown with its results */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sample · weights ±%s%% · %s · seed %u",
                                       "%u samples · weights ±%s%% · %s · seed %u", settings->samples),
                          settings->samples, noise,
                          settings->vary_aggregation ? _("aggregation drawn per sample")
                                                     : _("aggregation fixed"),
                          settings->seed);
}

static void
show_results (CbSensitivityView *self,
              CbChartData       *data,
              gboolean           outdated)
{
  g_autofree char *settings = NULL;

  cb_chart_view_set_data (self->ranking, data);
  cb_chart_view_set_data (self->acceptability, data);
  gtk_widget_set_visible (self->outdated, outdated);
  if (self->sensitivity == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->settings_label),
                          _("Run the analysis to see how far each case’s rank moves when the weights are uncertain."));
      return;
    }
  settings = describe_settings (cb_sensitivity_get_settings (self->sensitivity));
  gtk_label_set_text (GTK_LABEL (self->settings_label), settings);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  RunData *data = user_data;

  g_atomic_int_set (&data->progress, (int) (fraction * 1000));
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  GError *error = NULL;
  CbSensitivity *sensitivity = cb_sensitivity_run (data->dataset, data->weights, &data->settings,
                                                   progress_cb, data, cancellable, &error);

  if (sensitivity == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, sensitivity, (GDestroyNotify) cb_sensitivity_unref);
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  CbSensitivityView *self = user_data;

  if (self->running != NULL)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                   g_atomic_int_get (&self->running->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* The run's own result with the cases checked in the session (matched by
 * code) and its labels: the run and its charts stay one dataset even if
 * cases came or went while it ran. */
static CbChartData *
results_chart_data (CbSensitivityView *self)
{
  CbResult *nominal = cb_sensitivity_get_nominal (self->sensitivity);
  CbDataset *dataset = cb_result_get_dataset (nominal);
  g_autoptr(CbChartData) shown = self->session != NULL ? cb_session_dup_chart_data (self->session, NULL) : NULL;
  g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (guint));
  CbChartData *data = cb_chart_data_new (nominal);

  if (shown != NULL)
    {
      CbDataset *shown_dataset = cb_result_get_dataset (cb_chart_data_get_result (shown));

      for (guint k = 0; k < cb_chart_data_get_n_cases (shown); k++)
        {
          guint c = cb_dataset_find_case (dataset, cb_dataset_get_case_code (shown_dataset,
                                                                             cb_chart_data_get_case (shown, k)));

          if (c < cb_dataset_get_n_cases (dataset))
            g_array_append_val (cases, c);
        }
      cb_chart_data_set_cases (data, (const guint *) (gpointer) cases->data, cases->len);
      cb_chart_data_set_labels (data, cb_chart_data_get_labels (shown));
    }
  if (self->session != NULL)
    cb_chart_data_set_weight_set_name (data, cb_text_get (cb_weight_set_get_name (cb_session_get_weight_set (self->session)),
                                                          cb_language_from_locale ()));
  cb_chart_data_set_sensitivity (data, self->sensitivity);
  return data;
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CbSensitivityView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CbSensitivity) sensitivity = g_task_propagate_pointer (G_TASK (result), &error);
  RunData *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(CbChartData) data = NULL;
  g_autofree char *status = NULL;
  g_autofree char *seconds = NULL;
  double elapsed;

  self->running = NULL;
  g_clear_object (&self->cancellable);
  /* Gone: nothing to show it in. */
  if (self->paned == NULL)
    return;
  show_idle (self);
  /* Started on another workbook. */
  if (run->generation != self->generation)
    return;
  if (sensitivity == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, _("Cancelled. The results shown are from the last finished run."), FALSE);
      else
        {
          g_autofree char *message = g_strdup_printf (_("The analysis failed: %s"), error->message);

          set_status (self, message, TRUE);
        }
      return;
    }

  g_clear_pointer (&self->sensitivity, cb_sensitivity_unref);
  self->sensitivity = g_steal_pointer (&sensitivity);
  data = results_chart_data (self);
  show_results (self, data, self->changed_while_running);
  elapsed = (g_get_monotonic_time () - self->started) / 1e6;
  seconds = cb_format_number (elapsed < 1 ? elapsed * 1000 : elapsed, elapsed < 1 ? 0 : 1, "–");
  status = elapsed < 1
    /* Translators: %s is a duration in milliseconds, e.g. "42" */
    ? g_strdup_printf (_("Finished in %s ms."), seconds)
    /* Translators: %s is a duration in seconds, e.g. "4.2" */
    : g_strdup_printf (_("Finished in %s s."), seconds);
  set_status (self, status, FALSE);
}

/**
 * cb_sensitivity_view_run:
 *
 * Starts a run with the settings shown on the session's data and
 * weights as they are now; does nothing if one is running.
 */
void
cb_sensitivity_view_run (CbSensitivityView *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RunData *data;
  CbResult *result;

  g_return_if_fail (CB_IS_SENSITIVITY_VIEW (self));

  if (self->running != NULL || self->session == NULL)
    return;
  result = cb_session_get_result (self->session, &error);
  if (result == NULL)
    {
      set_status (self, error->message, TRUE);
      return;
    }

  data = g_new0 (RunData, 1);
  data->generation = self->generation;
  data->dataset = cb_dataset_ref (cb_result_get_dataset (result));
  /* The weights behind the ranking shown, a moved weight included. */
  data->weights = cb_weights_ref (cb_result_get_weights (result));
  cb_sensitivity_view_get_settings (self, &data->settings);
  data->settings.normalisation = cb_session_get_normalisation (self->session);
  data->settings.aggregation = cb_session_get_aggregation (self->session);

  self->running = data;
  self->changed_while_running = FALSE;
  self->cancellable = g_cancellable_new ();
  self->started = g_get_monotonic_time ();
  /* No source object: the task, which may end on the worker thread, holds
   * no widget; the callback's reference keeps the view until it runs. */
  task = g_task_new (NULL, self->cancellable, run_done_cb, g_object_ref (self));
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_thread);

  gtk_widget_set_visible (self->run_button, FALSE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), 0);
  self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_timeout_cb, self);
  set_status (self, _("Running…"), FALSE);
  gtk_widget_grab_focus (self->cancel_button);
}

/* Stops the run; the view goes back to idle when the thread has noticed. */
void
cb_sensitivity_view_cancel (CbSensitivityView *self)
{
  g_return_if_fail (CB_IS_SENSITIVITY_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
cb_sensitivity_view_get_running (CbSensitivityView *self)
{
  g_return_val_if_fail (CB_IS_SENSITIVITY_VIEW (self), FALSE);
  return self->running != NULL;
}

/* The last finished run, or %NULL. */
CbSensitivity *
cb_sensitivity_view_get_sensitivity (CbSensitivityView *self)
{
  g_return_val_if_fail (CB_IS_SENSITIVITY_VIEW (self), NULL);
  return self->sensitivity;
}

const char *
cb_sensitivity_view_get_status (CbSensitivityView *self)
{
  g_return_val_if_fail (CB_IS_SENSITIVITY_VIEW (self), NULL);
  return self->status != NULL ? self->status : "";
}

CbChartView *
cb_sensitivity_view_get_chart (CbSensitivityView *self,
                               CbChartKind        kind)
{
  g_return_val_if_fail (CB_IS_SENSITIVITY_VIEW (self), NULL);
  return kind == CB_CHART_ACCEPTABILITY ? self->acceptability : self->ranking;
}

void
cb_sensitivity_view_set_settings (CbSensitivityView           *self,
                                  const CbSensitivitySettings *settings)
{
  g_return_if_fail (CB_IS_SENSITIVITY_VIEW (self));
  g_return_if_fail (settings != NULL);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->samples), settings->samples);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->noise), settings->noise * 100);
  gtk_switch_set_active (GTK_SWITCH (self->vary), settings->vary_aggregation);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->seed), settings->seed);
}

/* The settings shown (normalisation and aggregation: the defaults). */
void
cb_sensitivity_view_get_settings (CbSensitivityView     *self,
                                  CbSensitivitySettings *settings)
{
  g_return_if_fail (CB_IS_SENSITIVITY_VIEW (self));
  g_return_if_fail (settings != NULL);

  cb_sensitivity_settings_init (settings);
  settings->samples = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->samples));
  settings->noise = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->noise)) / 100;
  settings->vary_aggregation = gtk_switch_get_active (GTK_SWITCH (self->vary));
  settings->seed = (guint32) gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->seed));
}

static void
session_changed_cb (CbSession         *session,
                    CbSensitivityView *self)
{
  if (self->running != NULL)
    self->changed_while_running = TRUE;
  gtk_widget_set_visible (self->outdated, self->sensitivity != NULL);
}

void
cb_sensitivity_view_set_session (CbSensitivityView *self,
                                 CbSession         *session)
{
  g_return_if_fail (CB_IS_SENSITIVITY_VIEW (self));

  cb_sensitivity_view_cancel (self);
  self->generation++;
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->changed_handler = g_signal_connect (session, "changed", G_CALLBACK (session_changed_cb), self);
  g_clear_pointer (&self->sensitivity, cb_sensitivity_unref);
  show_results (self, NULL, FALSE);
  set_status (self, "", FALSE);
  show_idle (self);
}

static void
run_clicked_cb (GtkButton         *button,
                CbSensitivityView *self)
{
  cb_sensitivity_view_run (self);
}

static void
cancel_clicked_cb (GtkButton         *button,
                   CbSensitivityView *self)
{
  cb_sensitivity_view_cancel (self);
}

static void
new_seed_cb (GtkButton         *button,
             CbSensitivityView *self)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->seed), g_random_int_range (1, G_MAXINT32));
}

static GtkWidget *
add_spin_row (GtkWidget  *group,
              const char *title,
              const char *subtitle,
              double      lower,
              double      upper,
              double      step,
              double      value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  {
    /* The title without its mnemonic underline. */
    g_auto(GStrv) parts = g_strsplit (title, "_", -1);
    g_autofree char *name = g_strjoinv ("", parts);

    gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return spin;
}

static GtkWidget *
build_settings (CbSensitivityView *self)
{
  GtkWidget *group, *row, *button, *buttons, *scrolled;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sensitivity of the Ranking"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each sample moves every weight at random within the noise and ranks "
                                           "the cases again."));
  self->samples = add_spin_row (group, _("_Samples"), NULL, 10, 1000000, 100, DEFAULT_SAMPLES);
  self->noise = add_spin_row (group, _("_Noise (± %)"), _("How far each weight may move, as a share of itself"),
                              0, 100, 5, DEFAULT_NOISE_PERCENT);
  self->seed = add_spin_row (group, _("S_eed"), _("The same seed gives the same samples"), 0, G_MAXUINT32, 1, 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (self->noise), 1);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->seed), 10);
  button = gtk_button_new_from_icon_name ("view-refresh-symbolic");
  gtk_widget_set_tooltip_text (button, _("New Random Seed"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New Random Seed"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (new_seed_cb), self);
  row = gtk_widget_get_ancestor (self->seed, ADW_TYPE_ACTION_ROW);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Vary the Aggregation"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Draw the arithmetic or the geometric mean in each sample"));
  self->vary = gtk_switch_new ();
  gtk_widget_set_valign (self->vary, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->vary);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->vary);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  self->run_button = gtk_button_new_with_mnemonic (_("_Run"));
  gtk_widget_add_css_class (self->run_button, "suggested-action");
  gtk_widget_add_css_class (self->run_button, "pill");
  g_signal_connect (self->run_button, "clicked", G_CALLBACK (run_clicked_cb), self);
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_add_css_class (self->cancel_button, "pill");
  g_signal_connect (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), self->run_button);
  gtk_box_append (GTK_BOX (buttons), self->cancel_button);

  self->progress = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (self->progress), TRUE);
  self->status_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status_label), 0);
  gtk_widget_add_css_class (self->status_label, "dim-label");

  scrolled = cb_page_new (480, group, buttons, self->progress, self->status_label, NULL);
  gtk_widget_set_size_request (scrolled, 300, -1);
  return scrolled;
}

static GtkWidget *
build_results (CbSensitivityView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->settings_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->settings_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->settings_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->settings_label), TRUE);
  gtk_widget_set_margin_start (self->settings_label, 12);
  gtk_widget_set_margin_end (self->settings_label, 12);
  gtk_widget_set_margin_top (self->settings_label, 12);
  self->outdated = gtk_label_new (_("The data or weights have changed since this run. Run it again to update."));
  gtk_label_set_wrap (GTK_LABEL (self->outdated), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->outdated), 0);
  gtk_widget_add_css_class (self->outdated, "warning");
  gtk_widget_set_margin_start (self->outdated, 12);
  gtk_widget_set_margin_end (self->outdated, 12);
  gtk_widget_set_visible (self->outdated, FALSE);
  self->ranking = CB_CHART_VIEW (cb_chart_view_new (CB_CHART_RANKING));
  self->acceptability = CB_CHART_VIEW (cb_chart_view_new (CB_CHART_ACCEPTABILITY));
  gtk_widget_set_vexpand (GTK_WIDGET (self->ranking), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->acceptability), TRUE);
  gtk_box_append (GTK_BOX (box), self->settings_label);
  gtk_box_append (GTK_BOX (box), self->outdated);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->ranking));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->acceptability));
  gtk_widget_set_size_request (box, 320, -1);
  return box;
}

/* Out of its window (closed, say): a run has no one to show it to. */
static void
cb_sensitivity_view_unroot (GtkWidget *widget)
{
  cb_sensitivity_view_cancel (CB_SENSITIVITY_VIEW (widget));
  GTK_WIDGET_CLASS (cb_sensitivity_view_parent_class)->unroot (widget);
}

static void
cb_sensitivity_view_dispose (GObject *object)
{
  CbSensitivityView *self = CB_SENSITIVITY_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_clear_object (&self->session);
  g_clear_pointer (&self->paned, gtk_widget_unparent);

  G_OBJECT_CLASS (cb_sensitivity_view_parent_class)->dispose (object);
}

static void
cb_sensitivity_view_finalize (GObject *object)
{
  CbSensitivityView *self = CB_SENSITIVITY_VIEW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sensitivity, cb_sensitivity_unref);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (cb_sensitivity_view_parent_class)->finalize (object);
}

static void
cb_sensitivity_view_class_init (CbSensitivityViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_sensitivity_view_dispose;
  object_class->finalize = cb_sensitivity_view_finalize;
  widget_class->unroot = cb_sensitivity_view_unroot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cbsensitivityview");
}

static void
cb_sensitivity_view_init (CbSensitivityView *self)
{
  self->paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (self->paned), build_settings (self));
  gtk_paned_set_end_child (GTK_PANED (self->paned), build_results (self));
  gtk_paned_set_shrink_start_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_position (GTK_PANED (self->paned), 400);
  gtk_widget_set_parent (self->paned, GTK_WIDGET (self));
  show_results (self, NULL, FALSE);
  show_idle (self);
}
