/* cb-session.c: an open workbook and what is being compared
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one context object the views share: the workbook, the cases
 * checked for comparison, the weight set, method, normalisation, level
 * and label language. It follows the workbook's models and says
 * "changed" once per change; the analysis is recomputed only when asked
 * for after something it depends on changed.
 */

#define G_LOG_DOMAIN "cb-session"

#include "config.h"

#include "cb-session.h"

struct _CbSession
{
  GObject parent_instance;

  CbWorkbook *workbook;
  char *weight_set_code;
  CbWeightSet *draft;      /* weights being moved, not yet stored */
  CbAggregation aggregation;
  CbNormalisation normalisation;
  CbChartLevel level;
  CbChartLabels labels;
  GHashTable *unchecked;   /* case ids left out of the comparison */
  gint64 current_case;     /* the case looked at closely; 0: the first */

  CbResult *result;        /* NULL when it must be recomputed */
};

G_DEFINE_FINAL_TYPE (CbSession, cb_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKBOOK,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

CbSession *
cb_session_new (CbWorkbook *workbook)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);

  return g_object_new (CB_TYPE_SESSION, "workbook", workbook, NULL);
}

CbWorkbook *
cb_session_get_workbook (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), NULL);

  return self->workbook;
}

/* Something the analysis depends on changed. */
static void
invalidate (CbSession *self)
{
  g_clear_pointer (&self->result, cb_result_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
data_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 CbSession  *self)
{
  invalidate (self);
}

/* A weight set was stored: a draft of it is now in the store, or stale. */
static void
weight_sets_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        CbSession  *self)
{
  g_clear_object (&self->draft);
  invalidate (self);
}

/* The weight set in use: the one chosen, else the workbook's default. */
CbWeightSet *
cb_session_get_weight_set (CbSession *self)
{
  CbWeightSet *set = NULL;

  g_return_val_if_fail (CB_IS_SESSION (self), NULL);

  if (self->weight_set_code != NULL)
    set = cb_workbook_find_weight_set (self->workbook, self->weight_set_code);
  if (set == NULL)
    set = cb_workbook_get_default_weight_set (self->workbook);
  if (self->draft != NULL && set != NULL && cb_weight_set_get_id (self->draft) == cb_weight_set_get_id (set))
    return self->draft;
  return set;
}

/* Weights being edited, used in place of the stored weight set of the same
 * id until they are dropped (NULL) or any weight set is stored, so that
 * charts can follow a slider without a write per step. */
void
cb_session_set_draft (CbSession   *self,
                      CbWeightSet *draft)
{
  g_return_if_fail (CB_IS_SESSION (self));
  g_return_if_fail (draft == NULL || CB_IS_WEIGHT_SET (draft));

  if (draft == NULL && self->draft == NULL)
    return;
  g_set_object (&self->draft, draft);
  invalidate (self);
}

CbWeightSet *
cb_session_get_draft (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), NULL);

  return self->draft;
}

void
cb_session_set_weight_set (CbSession   *self,
                           CbWeightSet *weight_set)
{
  g_return_if_fail (CB_IS_SESSION (self));
  g_return_if_fail (CB_IS_WEIGHT_SET (weight_set));

  if (g_strcmp0 (self->weight_set_code, cb_weight_set_get_code (weight_set)) == 0)
    return;
  g_free (self->weight_set_code);
  self->weight_set_code = g_strdup (cb_weight_set_get_code (weight_set));
  g_clear_object (&self->draft);
  invalidate (self);
}

CbAggregation
cb_session_get_aggregation (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), CB_AGGREGATION_ARITHMETIC);

  return self->aggregation;
}

void
cb_session_set_aggregation (CbSession     *self,
                            CbAggregation  aggregation)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (self->aggregation == aggregation)
    return;
  self->aggregation = aggregation;
  invalidate (self);
}

CbNormalisation
cb_session_get_normalisation (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), CB_NORMALISATION_GOALPOSTS);

  return self->normalisation;
}

void
cb_session_set_normalisation (CbSession       *self,
                              CbNormalisation  normalisation)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (self->normalisation == normalisation)
    return;
  self->normalisation = normalisation;
  invalidate (self);
}

CbChartLevel
cb_session_get_level (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), CB_CHART_LEVEL_DIMENSION);

  return self->level;
}

/* The level and labels change only the charts, not the analysis. */
void
cb_session_set_level (CbSession    *self,
                      CbChartLevel  level)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (self->level == level)
    return;
  self->level = level;
  g_signal_emit (self, signals[CHANGED], 0);
}

CbChartLabels
cb_session_get_labels (CbSession *self)
{
  g_return_val_if_fail (CB_IS_SESSION (self), CB_CHART_LABELS_EN);

  return self->labels;
}

void
cb_session_set_labels (CbSession     *self,
                       CbChartLabels  labels)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (self->labels == labels)
    return;
  self->labels = labels;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Every case is compared until it is unchecked. */
gboolean
cb_session_get_case_checked (CbSession *self,
                             gint64     case_id)
{
  g_return_val_if_fail (CB_IS_SESSION (self), FALSE);

  return !g_hash_table_contains (self->unchecked, &case_id);
}

void
cb_session_set_case_checked (CbSession *self,
                             gint64     case_id,
                             gboolean   checked)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (cb_session_get_case_checked (self, case_id) == !!checked)
    return;
  if (checked)
    g_hash_table_remove (self->unchecked, &case_id);
  else
    g_hash_table_add (self->unchecked, g_memdup2 (&case_id, sizeof case_id));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The case looked at closely (its gaps, its scores): the one chosen if
 * it is still in the workbook, else the first case. 0 if there is none. */
gint64
cb_session_get_current_case (CbSession *self)
{
  g_autoptr(CbCase) first = NULL;

  g_return_val_if_fail (CB_IS_SESSION (self), 0);

  if (self->current_case != 0 && cb_workbook_lookup_case (self->workbook, self->current_case) != NULL)
    return self->current_case;
  first = g_list_model_get_item (cb_workbook_get_cases (self->workbook), 0);
  return first != NULL ? cb_case_get_id (first) : 0;
}

void
cb_session_set_current_case (CbSession *self,
                             gint64     case_id)
{
  g_return_if_fail (CB_IS_SESSION (self));

  if (self->current_case == case_id)
    return;
  self->current_case = case_id;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The analysis of the whole workbook with the current choices, computed
 * when first asked for after a change. */
CbResult *
cb_session_get_result (CbSession  *self,
                       GError    **error)
{
  g_autoptr(CbDataset) dataset = NULL;
  g_autoptr(CbWeights) weights = NULL;
  CbWeightSet *set;

  g_return_val_if_fail (CB_IS_SESSION (self), NULL);

  if (self->result != NULL)
    return self->result;

  dataset = cb_dataset_new_from_workbook (self->workbook);
  set = cb_session_get_weight_set (self);
  weights = set != NULL ? cb_weights_new_from_weight_set (dataset, set, error)
                        : cb_weights_new_equal (dataset);
  if (weights == NULL)
    return NULL;
  self->result = cb_analyse (dataset, weights, self->normalisation, self->aggregation, error);
  return self->result;
}

/* What the charts show: the checked cases, in the workbook's order. */
CbChartData *
cb_session_dup_chart_data (CbSession  *self,
                           GError    **error)
{
  CbResult *result;
  CbChartData *data;
  CbDataset *dataset;
  CbWeightSet *set;
  g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (CB_IS_SESSION (self), NULL);

  result = cb_session_get_result (self, error);
  if (result == NULL)
    return NULL;

  dataset = cb_result_get_dataset (result);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    if (cb_session_get_case_checked (self, cb_dataset_get_case_id (dataset, c)))
      g_array_append_val (cases, c);

  data = cb_chart_data_new (result);
  cb_chart_data_set_cases (data, (const guint *) cases->data, cases->len);
  cb_chart_data_set_level (data, self->level);
  cb_chart_data_set_labels (data, self->labels);
  set = cb_session_get_weight_set (self);
  if (set != NULL)
    {
      CbText *name = cb_weight_set_get_name (set);
      g_autofree char *label = self->labels == CB_CHART_LABELS_BOTH
                               ? cb_text_dup_both (name)
                               : g_strdup (cb_text_get (name, self->labels == CB_CHART_LABELS_ZH
                                                                ? CB_LANGUAGE_ZH : CB_LANGUAGE_EN));

      cb_chart_data_set_weight_set_name (data, label);
    }
  return data;
}

static void
cb_session_constructed (GObject *object)
{
  CbSession *self = CB_SESSION (object);
  GListModel *models[] = {
    cb_workbook_get_cases (self->workbook),
    cb_workbook_get_dimensions (self->workbook),
    cb_workbook_get_indicators (self->workbook),
    cb_workbook_get_scores (self->workbook),
  };

  G_OBJECT_CLASS (cb_session_parent_class)->constructed (object);

  /* After the other handlers: views that list a model (a drop-down's
   * selection, say) have taken the change in before the session reports
   * it and they look at the model again. */
  for (guint k = 0; k < G_N_ELEMENTS (models); k++)
    g_signal_connect_object (models[k], "items-changed", G_CALLBACK (data_changed_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (cb_workbook_get_weight_sets (self->workbook), "items-changed",
                           G_CALLBACK (weight_sets_changed_cb), self, G_CONNECT_AFTER);
}

static void
cb_session_finalize (GObject *object)
{
  CbSession *self = CB_SESSION (object);

  g_clear_pointer (&self->result, cb_result_unref);
  g_clear_pointer (&self->unchecked, g_hash_table_unref);
  g_clear_pointer (&self->weight_set_code, g_free);
  g_clear_object (&self->draft);
  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (cb_session_parent_class)->finalize (object);
}

static void
cb_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CbSession *self = CB_SESSION (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CbSession *self = CB_SESSION (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_session_class_init (CbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cb_session_constructed;
  object_class->finalize = cb_session_finalize;
  object_class->get_property = cb_session_get_property;
  object_class->set_property = cb_session_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL,
                         CB_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once for each change of the data or of a choice. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cb_session_init (CbSession *self)
{
  self->unchecked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->labels = cb_language_from_locale () == CB_LANGUAGE_ZH ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
}
