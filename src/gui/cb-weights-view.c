/* cb-weights-view.c: the weights of the chosen weight set, moved live
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dimension weights and, within each dimension, the indicator
 * weights, each with a slider, an exact percentage and a lock. Moving one
 * rescales the unlocked others of its group (cb_weights_rebalance ()),
 * the edited copy goes to the session as a draft so the ranking and radar
 * beside follow in the same frame, and the draft is stored, as one
 * undoable edit, once the weights have been still for a moment, or at
 * once when the view, the weight set or the workbook goes away.
 */

#define G_LOG_DOMAIN "cb-weights-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-page.h"
#include "cb-ahp.h"
#include "cb-weight-set-dropdown.h"
#include "cb-weights-view-private.h"

/* How long the weights must be still before they are stored. */
#define COMMIT_DELAY_MS 400

typedef struct
{
  CbWeightsView *view;
  gboolean dimension;
  guint index;          /* in the dataset's dimensions or indicators */
  GtkWidget *row;
  GtkWidget *scale;
  GtkWidget *spin;
  GtkWidget *lock;
} WeightRow;

struct _CbWeightsView
{
  GtkWidget parent_instance;

  CbSession *session;
  CbUndoStack *undo_stack;
  gulong changed_handler;

  CbDataset *dataset;       /* the framework the rows were built for */
  gint64 set_id;            /* the weight set shown */
  double *dimension;        /* normalised, per dimension */
  double *indicator;        /* normalised within its dimension */
  GPtrArray *rows;          /* WeightRow *: dimensions first */
  GHashTable *locked;       /* "d<id>" / "i<id>" of the locked weights */
  GHashTable *baseline;     /* case id → rank when the set was chosen */
  CbWeightSet *draft;       /* moved but not yet stored */
  guint commit_source;
  gboolean updating;

  GtkWidget *paned;
  GtkWidget *sets;
  GtkWidget *error_label;
  GtkWidget *groups;
  GtkWidget *moves;
  CbChartView *ranking;
  CbChartView *radar;
};

G_DEFINE_FINAL_TYPE (CbWeightsView, cb_weights_view, GTK_TYPE_WIDGET)

static char *
lock_key (gboolean dimension,
          gint64   id)
{
  return g_strdup_printf ("%c%" G_GINT64_FORMAT, dimension ? 'd' : 'i', id);
}

static gint64
row_id (WeightRow *row)
{
  CbDataset *dataset = row->view->dataset;

  return row->dimension ? cb_dataset_get_dimension_id (dataset, row->index)
                        : cb_dataset_get_indicator_id (dataset, row->index);
}

static double *
row_weight (WeightRow *row)
{
  return row->dimension ? &row->view->dimension[row->index] : &row->view->indicator[row->index];
}

static WeightRow *
find_row (CbWeightsView *self,
          gboolean       dimension,
          gint64         id)
{
  for (guint k = 0; self->rows != NULL && k < self->rows->len; k++)
    {
      WeightRow *row = g_ptr_array_index (self->rows, k);

      if (row->dimension == dimension && row_id (row) == id)
        return row;
    }
  return NULL;
}

static gboolean
is_locked (CbWeightsView *self,
           WeightRow     *row)
{
  g_autofree char *key = lock_key (row->dimension, row_id (row));

  return g_hash_table_contains (self->locked, key);
}

/* The rows of a weight's group: all dimensions, or the indicators of one. */
static GPtrArray *
group_of (CbWeightsView *self,
          WeightRow     *member)
{
  GPtrArray *group = g_ptr_array_new ();

  for (guint k = 0; k < self->rows->len; k++)
    {
      WeightRow *row = g_ptr_array_index (self->rows, k);

      if (row->dimension != member->dimension)
        continue;
      if (!row->dimension &&
          cb_dataset_get_indicator_dimension (self->dataset, row->index) !=
          cb_dataset_get_indicator_dimension (self->dataset, member->index))
        continue;
      g_ptr_array_add (group, row);
    }
  return group;
}

static void
show_values (CbWeightsView *self)
{
  self->updating = TRUE;
  for (guint k = 0; k < self->rows->len; k++)
    {
      WeightRow *row = g_ptr_array_index (self->rows, k);
      double w = *row_weight (row);

      gtk_range_set_value (GTK_RANGE (row->scale), 100 * w);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->spin), 100 * w);
      if (!row->dimension)
        {
          guint d = cb_dataset_get_indicator_dimension (self->dataset, row->index);
          g_autofree char *effective = cb_format_number (100 * w * self->dimension[d], 1, "");
          /* Translators: the weight of an indicator in the composite:
           * its dimension's weight times its own, in percent */
          g_autofree char *text = g_strdup_printf (_("Effective weight %s %%"), effective);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), text);
        }
    }
  self->updating = FALSE;
}

/* The ranks now against the ranks when the weight set was chosen. */
static void
show_moves (CbWeightsView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CbResult *result;
  CbDataset *dataset;

  result = self->session != NULL ? cb_session_get_result (self->session, NULL) : NULL;
  if (result == NULL || self->baseline == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->moves), "");
      return;
    }
  dataset = cb_result_get_dataset (result);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      gint64 id = cb_dataset_get_case_id (dataset, c);
      gpointer was;
      int moved;
      g_autofree char *item = NULL;

      if (cb_result_get_rank (result, c) == 0 ||
          !g_hash_table_lookup_extended (self->baseline, &id, NULL, &was))
        continue;
      moved = GPOINTER_TO_INT (was) - (int) cb_result_get_rank (result, c);
      if (moved == 0)
        continue;
      /* Translators: a case and how many places it moved, e.g. "Karamay ↑2" */
      item = g_strdup_printf (moved > 0 ? _("%s ↑%d") : _("%s ↓%d"),
                              cb_text_get (cb_dataset_get_case_name (dataset, c), cb_language_from_locale ()),
                              ABS (moved));
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append (text, item);
    }
  if (text->len == 0)
    gtk_label_set_text (GTK_LABEL (self->moves), _("No case has moved in the ranking since this weight set was chosen."));
  else
    {
      /* Translators: %s lists the cases that moved, e.g. "Karamay ↓1, Changchun ↑1" */
      g_autofree char *line = g_strdup_printf (_("Moved since this weight set was chosen: %s"), text->str);

      gtk_label_set_text (GTK_LABEL (self->moves), line);
    }
}

static void
take_baseline (CbWeightsView *self)
{
  CbResult *result = cb_session_get_result (self->session, NULL);
  CbDataset *dataset;

  g_clear_pointer (&self->baseline, g_hash_table_unref);
  if (result == NULL)
    return;
  dataset = cb_result_get_dataset (result);
  self->baseline = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    if (cb_result_get_rank (result, c) > 0)
      g_hash_table_insert (self->baseline, g_memdup2 (&(gint64) { cb_dataset_get_case_id (dataset, c) }, sizeof (gint64)),
                           GINT_TO_POINTER ((int) cb_result_get_rank (result, c)));
}

static void
refresh_charts (CbWeightsView *self)
{
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(GError) error = NULL;

  if (self->session != NULL)
    data = cb_session_dup_chart_data (self->session, &error);
  cb_chart_view_set_data (self->ranking, data);
  cb_chart_view_set_data (self->radar, data);
  gtk_widget_set_visible (self->error_label, error != NULL);
  if (error != NULL)
    gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
  show_moves (self);
}

static gboolean
commit_timeout_cb (gpointer data)
{
  CbWeightsView *self = data;

  self->commit_source = 0;
  cb_weights_view_commit (self);
  return G_SOURCE_REMOVE;
}

/* Puts the moved weights into the draft and the session, and stores them
 * once they have been still for a moment. */
static void
weights_moved (CbWeightsView *self,
               WeightRow     *member)
{
  g_autoptr(GPtrArray) group = group_of (self, member);

  if (self->draft == NULL)
    self->draft = cb_weight_set_copy (cb_session_get_weight_set (self->session));
  for (guint k = 0; k < group->len; k++)
    {
      WeightRow *row = g_ptr_array_index (group, k);

      if (row->dimension)
        cb_weight_set_set_dimension_weight (self->draft, row_id (row), *row_weight (row));
      else
        cb_weight_set_set_indicator_weight (self->draft, row_id (row), *row_weight (row));
    }
  show_values (self);
  cb_session_set_draft (self->session, self->draft);

  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->commit_source = g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, self);
}

static void
set_weight (WeightRow *member,
            double     value)
{
  CbWeightsView *self = member->view;
  g_autoptr(GPtrArray) group = NULL;
  g_autofree double *w = NULL;
  g_autofree gboolean *locked = NULL;
  guint changed = 0;

  if (self->updating || self->session == NULL)
    return;

  group = group_of (self, member);
  w = g_new (double, group->len);
  locked = g_new (gboolean, group->len);
  for (guint k = 0; k < group->len; k++)
    {
      WeightRow *row = g_ptr_array_index (group, k);

      w[k] = *row_weight (row);
      locked[k] = is_locked (self, row);
      if (row == member)
        changed = k;
    }
  cb_weights_rebalance (w, locked, group->len, changed, value);
  for (guint k = 0; k < group->len; k++)
    *row_weight (g_ptr_array_index (group, k)) = w[k];
  weights_moved (self, member);
}

static void
scale_changed_cb (GtkRange  *range,
                  WeightRow *row)
{
  set_weight (row, gtk_range_get_value (range) / 100);
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 WeightRow     *row)
{
  set_weight (row, gtk_spin_button_get_value (spin) / 100);
}

static void
lock_toggled_cb (GtkToggleButton *button,
                 WeightRow       *row)
{
  CbWeightsView *self = row->view;
  char *key = lock_key (row->dimension, row_id (row));
  gboolean active = gtk_toggle_button_get_active (button);

  if (active)
    g_hash_table_add (self->locked, key);
  else
    {
      g_hash_table_remove (self->locked, key);
      g_free (key);
    }
  gtk_button_set_icon_name (GTK_BUTTON (button), active ? "changes-prevent-symbolic" : "changes-allow-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), active ? _("Unlock this weight") : _("Lock this weight"));
  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (button), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (button), "dim-label");
  gtk_widget_set_sensitive (row->scale, !active);
  gtk_widget_set_sensitive (row->spin, !active);
}

/* Shares each group equally among its unlocked weights. */
static void
equalise (CbWeightsView *self,
          WeightRow     *member)
{
  g_autoptr(GPtrArray) group = group_of (self, member);
  g_autofree double *w = g_new (double, group->len);
  g_autofree gboolean *locked = g_new (gboolean, group->len);

  for (guint k = 0; k < group->len; k++)
    {
      w[k] = *row_weight (g_ptr_array_index (group, k));
      locked[k] = is_locked (self, g_ptr_array_index (group, k));
    }
  cb_weights_equalise (w, locked, group->len);
  for (guint k = 0; k < group->len; k++)
    *row_weight (g_ptr_array_index (group, k)) = w[k];
  weights_moved (self, member);
}

static void
equal_group_cb (GtkButton *button,
                WeightRow *first)
{
  equalise (first->view, first);
}

static void
equal_all_cb (GtkButton     *button,
              CbWeightsView *self)
{
  guint last_dimension = G_MAXUINT;

  for (guint k = 0; k < self->rows->len; k++)
    {
      WeightRow *row = g_ptr_array_index (self->rows, k);
      guint d = row->dimension ? G_MAXUINT - 1 : cb_dataset_get_indicator_dimension (self->dataset, row->index);

      if (d != last_dimension)
        equalise (self, row);
      last_dimension = d;
    }
}

static const char *
label_of (CbText *text)
{
  return cb_text_get (text, cb_language_from_locale ());
}

static WeightRow *
add_row (CbWeightsView *self,
         GtkWidget     *group,
         gboolean       dimension,
         guint          index,
         CbText        *name)
{
  WeightRow *row = g_new0 (WeightRow, 1);
  GtkWidget *percent;

  row->view = self;
  row->dimension = dimension;
  row->index = index;
  row->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label_of (name));

  row->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 1);
  gtk_scale_set_draw_value (GTK_SCALE (row->scale), FALSE);
  gtk_widget_set_size_request (row->scale, 96, -1);
  gtk_widget_set_valign (row->scale, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label_of (name), -1);
  row->spin = gtk_spin_button_new_with_range (0, 100, 0.5);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (row->spin), 1);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->spin), 4);
  gtk_widget_set_valign (row->spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label_of (name), -1);
  percent = gtk_label_new ("%");
  gtk_widget_add_css_class (percent, "dim-label");
  row->lock = gtk_toggle_button_new ();
  gtk_widget_set_valign (row->lock, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->lock, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Lock"), -1);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->scale);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), percent);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->lock);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row->row);

  g_signal_connect (row->scale, "value-changed", G_CALLBACK (scale_changed_cb), row);
  g_signal_connect (row->spin, "value-changed", G_CALLBACK (spin_changed_cb), row);
  g_signal_connect (row->lock, "toggled", G_CALLBACK (lock_toggled_cb), row);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (row->lock), is_locked (self, row));
  lock_toggled_cb (GTK_TOGGLE_BUTTON (row->lock), row);

  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
add_group (CbWeightsView *self,
           const char    *title,
           const char    *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self->groups), group);
  return group;
}

static void
pairwise_cb (GtkButton *button,
             WeightRow *first)
{
  int dimension = first->dimension ? -1 : (int) cb_dataset_get_indicator_dimension (first->view->dataset, first->index);

  cb_weights_view_open_pairwise (first->view, dimension);
}

/* "Pairwise…" (for two or more weights) and "Equal" beside the group's title. */
static void
add_group_buttons (GtkWidget *group,
                   WeightRow *first,
                   guint      n)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;

  if (n >= 2 && n <= CB_AHP_MAX_N)
    {
      button = gtk_button_new_with_mnemonic (_("_Pairwise…"));
      gtk_widget_set_tooltip_text (button, _("Derive this group’s weights from pairwise judgements (AHP)"));
      gtk_widget_add_css_class (button, "flat");
      gtk_box_append (GTK_BOX (box), button);
      g_signal_connect (button, "clicked", G_CALLBACK (pairwise_cb), first);
    }
  button = gtk_button_new_with_label (_("Equal"));
  gtk_widget_set_tooltip_text (button, _("Share this group’s unlocked weights equally"));
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), button);
  g_signal_connect (button, "clicked", G_CALLBACK (equal_group_cb), first);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);
}

/* Builds a row per dimension and per indicator for the framework. */
static void
build_rows (CbWeightsView *self)
{
  GtkWidget *group;
  WeightRow *first = NULL;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (self->groups)) != NULL;)
    gtk_box_remove (GTK_BOX (self->groups), child);
  g_ptr_array_set_size (self->rows, 0);
  if (self->dataset == NULL)
    return;

  group = add_group (self, _("Dimensions"),
                     _("Moving one weight shares the rest among the unlocked others."));
  for (guint d = 0; d < cb_dataset_get_n_dimensions (self->dataset); d++)
    {
      WeightRow *row = add_row (self, group, TRUE, d, cb_dataset_get_dimension_name (self->dataset, d));

      first = first != NULL ? first : row;
    }
  if (first != NULL)
    add_group_buttons (group, first, cb_dataset_get_n_dimensions (self->dataset));

  for (guint d = 0; d < cb_dataset_get_n_dimensions (self->dataset); d++)
    {
      g_autofree char *title = NULL;

      guint n = 0;

      first = NULL;
      /* Translators: %s is a dimension, e.g. "Indicators of Co-governance" */
      title = g_strdup_printf (_("Indicators of %s"), label_of (cb_dataset_get_dimension_name (self->dataset, d)));
      group = add_group (self, title, NULL);
      for (guint i = 0; i < cb_dataset_get_n_indicators (self->dataset); i++)
        if (cb_dataset_get_indicator_dimension (self->dataset, i) == d)
          {
            WeightRow *row = add_row (self, group, FALSE, i, cb_dataset_get_indicator_name (self->dataset, i));

            first = first != NULL ? first : row;
            n++;
          }
      if (first != NULL)
        add_group_buttons (group, first, n);
      else
        gtk_box_remove (GTK_BOX (self->groups), group);
    }
}

static gboolean
same_framework (CbDataset *a,
                CbDataset *b)
{
  if (a == NULL || b == NULL ||
      cb_dataset_get_n_dimensions (a) != cb_dataset_get_n_dimensions (b) ||
      cb_dataset_get_n_indicators (a) != cb_dataset_get_n_indicators (b))
    return FALSE;
  for (guint d = 0; d < cb_dataset_get_n_dimensions (a); d++)
    if (cb_dataset_get_dimension_id (a, d) != cb_dataset_get_dimension_id (b, d) ||
        !cb_text_equal (cb_dataset_get_dimension_name (a, d), cb_dataset_get_dimension_name (b, d)))
      return FALSE;
  for (guint i = 0; i < cb_dataset_get_n_indicators (a); i++)
    if (cb_dataset_get_indicator_id (a, i) != cb_dataset_get_indicator_id (b, i) ||
        cb_dataset_get_indicator_dimension (a, i) != cb_dataset_get_indicator_dimension (b, i) ||
        !cb_text_equal (cb_dataset_get_indicator_name (a, i), cb_dataset_get_indicator_name (b, i)))
      return FALSE;
  return TRUE;
}

/* Shows the stored weights of the session's weight set, rebuilding the
 * rows only when the framework changed. */
static void
reload (CbWeightsView *self)
{
  g_autoptr(CbWeights) weights = NULL;
  CbResult *result;
  CbWeightSet *set;
  CbDataset *dataset;

  result = self->session != NULL ? cb_session_get_result (self->session, NULL) : NULL;
  if (result == NULL)
    {
      g_clear_pointer (&self->dataset, cb_dataset_unref);
      build_rows (self);
      return;
    }
  dataset = cb_result_get_dataset (result);
  set = cb_session_get_weight_set (self->session);
  weights = set != NULL ? cb_weights_new_from_weight_set (dataset, set, NULL) : NULL;
  if (weights == NULL)
    weights = cb_weights_new_equal (dataset);

  if (!same_framework (self->dataset, dataset))
    {
      g_clear_pointer (&self->dataset, cb_dataset_unref);
      self->dataset = cb_dataset_ref (dataset);
      build_rows (self);
    }
  g_free (self->dimension);
  g_free (self->indicator);
  self->dimension = g_new0 (double, MAX (1, cb_dataset_get_n_dimensions (dataset)));
  self->indicator = g_new0 (double, MAX (1, cb_dataset_get_n_indicators (dataset)));
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    self->dimension[d] = cb_weights_get_dimension (weights, d);
  for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
    self->indicator[i] = cb_weights_get_indicator (weights, i);
  show_values (self);

  if ((set != NULL ? cb_weight_set_get_id (set) : 0) != self->set_id)
    {
      self->set_id = set != NULL ? cb_weight_set_get_id (set) : 0;
      take_baseline (self);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "weights.delete-set",
                                 g_list_model_get_n_items (cb_workbook_get_weight_sets (cb_session_get_workbook (self->session))) > 1);
  cb_weight_set_dropdown_sync (GTK_DROP_DOWN (self->sets), cb_session_get_workbook (self->session), set);
}

static void
session_changed_cb (CbSession     *session,
                    CbWeightsView *self)
{
  /* Another weight set was chosen with weights still moving: store them
   * in the set they were moved in. */
  if (self->draft != NULL && cb_session_get_draft (session) != self->draft)
    cb_weights_view_commit (self);
  if (self->draft == NULL)
    reload (self);
  refresh_charts (self);
}

/* Stores the moved weights now, as one undoable edit; returns FALSE and
 * shows why if they could not be stored (the stored weights come back). */
gboolean
cb_weights_view_commit (CbWeightsView *self)
{
  g_autoptr(CbWeightSet) draft = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), FALSE);

  g_clear_handle_id (&self->commit_source, g_source_remove);
  if (self->draft == NULL)
    return TRUE;
  /* Stored, the session drops the draft and reports one change. */
  draft = g_steal_pointer (&self->draft);
  ok = cb_undo_stack_update_weight_set (self->undo_stack, draft, &error);
  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("The weights could not be stored: %s"), error->message);

      /* Back to the stored weights. */
      if (cb_session_get_draft (self->session) == draft)
        cb_session_set_draft (self->session, NULL);
      else
        session_changed_cb (self->session, self);
      _cb_weights_view_show_error (self, message);
    }
  return ok;
}

void
cb_weights_view_set_session (CbWeightsView *self,
                             CbSession     *session,
                             CbUndoStack   *undo_stack)
{
  g_return_if_fail (CB_IS_WEIGHTS_VIEW (self));

  if (self->session != NULL)
    {
      cb_weights_view_commit (self);
      g_clear_signal_handler (&self->changed_handler, self->session);
    }
  if (self->session != session)
    _cb_weights_view_close_compare (self);
  g_set_object (&self->session, session);
  g_set_object (&self->undo_stack, undo_stack);
  self->set_id = 0;
  g_clear_pointer (&self->dataset, cb_dataset_unref);
  if (session != NULL)
    self->changed_handler = g_signal_connect (session, "changed", G_CALLBACK (session_changed_cb), self);
  reload (self);
  refresh_charts (self);
}

CbSession *
_cb_weights_view_get_session (CbWeightsView *self)
{
  return self->session;
}

CbDataset *
_cb_weights_view_get_dataset (CbWeightsView *self)
{
  return self->dataset;
}

CbUndoStack *
_cb_weights_view_get_undo_stack (CbWeightsView *self)
{
  return self->undo_stack;
}

void
_cb_weights_view_show_error (CbWeightsView *self,
                             const char    *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

GtkRange *
cb_weights_view_find_scale (CbWeightsView *self,
                            gboolean       dimension,
                            gint64         id)
{
  WeightRow *row;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), NULL);

  row = find_row (self, dimension, id);
  return row != NULL ? GTK_RANGE (row->scale) : NULL;
}

GtkToggleButton *
cb_weights_view_find_lock (CbWeightsView *self,
                           gboolean       dimension,
                           gint64         id)
{
  WeightRow *row;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), NULL);

  row = find_row (self, dimension, id);
  return row != NULL ? GTK_TOGGLE_BUTTON (row->lock) : NULL;
}

CbChartView *
cb_weights_view_get_ranking (CbWeightsView *self)
{
  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), NULL);

  return self->ranking;
}

/* The rank moves line as shown. */
char *
cb_weights_view_dup_rank_moves (CbWeightsView *self)
{
  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), NULL);

  return g_strdup (gtk_label_get_text (GTK_LABEL (self->moves)));
}

static void
cb_weights_view_dispose (GObject *object)
{
  CbWeightsView *self = CB_WEIGHTS_VIEW (object);

  if (self->session != NULL)
    {
      cb_weights_view_commit (self);
      g_clear_signal_handler (&self->changed_handler, self->session);
    }
  g_clear_handle_id (&self->commit_source, g_source_remove);
  _cb_weights_view_close_compare (self);
  g_clear_object (&self->session);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->paned, gtk_widget_unparent);

  G_OBJECT_CLASS (cb_weights_view_parent_class)->dispose (object);
}

static void
cb_weights_view_finalize (GObject *object)
{
  CbWeightsView *self = CB_WEIGHTS_VIEW (object);

  g_clear_pointer (&self->dataset, cb_dataset_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->locked, g_hash_table_unref);
  g_clear_pointer (&self->baseline, g_hash_table_unref);
  g_free (self->dimension);
  g_free (self->indicator);

  G_OBJECT_CLASS (cb_weights_view_parent_class)->finalize (object);
}

static void
cb_weights_view_class_init (CbWeightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_weights_view_dispose;
  object_class->finalize = cb_weights_view_finalize;

  gtk_widget_class_install_action (widget_class, "weights.new-set", NULL, _cb_weights_view_new_set_action);
  gtk_widget_class_install_action (widget_class, "weights.duplicate-set", NULL, _cb_weights_view_duplicate_set_action);
  gtk_widget_class_install_action (widget_class, "weights.rename-set", NULL, _cb_weights_view_rename_set_action);
  gtk_widget_class_install_action (widget_class, "weights.compare-sets", NULL, _cb_weights_view_compare_sets_action);
  gtk_widget_class_install_action (widget_class, "weights.delete-set", NULL, _cb_weights_view_delete_set_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cbweightsview");
}

static void
cb_weights_view_init (CbWeightsView *self)
{
  GtkWidget *scrolled, *header, *button, *charts, *sets;
  g_autoptr(GMenuModel) menu = _cb_weights_view_new_set_menu ();

  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->locked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->sets = gtk_drop_down_new (NULL, NULL);
  cb_weight_set_dropdown_setup (GTK_DROP_DOWN (self->sets));
  gtk_widget_set_tooltip_text (self->sets, _("Weight set shown and changed here"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sets), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weight Set"), -1);
  gtk_widget_set_valign (self->sets, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (self->sets, TRUE);
  gtk_widget_set_halign (self->sets, GTK_ALIGN_START);
  g_signal_connect (self->sets, "notify::selected", G_CALLBACK (_cb_weights_view_set_chosen_cb), self);
  button = gtk_button_new_with_mnemonic (_("_Equal Weights for All"));
  gtk_widget_set_tooltip_text (button, _("Share every group’s unlocked weights equally"));
  g_signal_connect (button, "clicked", G_CALLBACK (equal_all_cb), self);
  sets = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (sets), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (sets), menu);
  gtk_widget_set_tooltip_text (sets, _("Weight Set"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sets), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weight Set"), -1);
  gtk_widget_set_valign (sets, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (header), self->sets);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (header), sets);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);

  self->groups = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  scrolled = cb_page_new (640, header, self->error_label, self->groups, NULL);
  gtk_widget_set_size_request (scrolled, 300, -1);

  self->moves = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->moves), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->moves), 0);
  gtk_widget_set_margin_start (self->moves, 12);
  gtk_widget_set_margin_end (self->moves, 12);
  gtk_widget_set_margin_top (self->moves, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->moves), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Rank changes"), -1);
  self->ranking = CB_CHART_VIEW (cb_chart_view_new (CB_CHART_RANKING));
  self->radar = CB_CHART_VIEW (cb_chart_view_new (CB_CHART_RADAR));
  gtk_widget_set_vexpand (GTK_WIDGET (self->ranking), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->radar), TRUE);
  charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (charts, 280, -1);
  gtk_box_append (GTK_BOX (charts), self->moves);
  gtk_box_append (GTK_BOX (charts), GTK_WIDGET (self->ranking));
  gtk_box_append (GTK_BOX (charts), GTK_WIDGET (self->radar));

  self->paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (self->paned), scrolled);
  gtk_paned_set_end_child (GTK_PANED (self->paned), charts);
  gtk_paned_set_shrink_start_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_position (GTK_PANED (self->paned), 500);
  gtk_widget_set_parent (self->paned, GTK_WIDGET (self));
}
