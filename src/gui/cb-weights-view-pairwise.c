/* cb-weights-view-pairwise.c: a group's weights from pairwise (AHP) judgements
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dimensions, or the indicators of one dimension, are judged pair by
 * pair in a CbPairwiseDialog that opens with the judgements stored with
 * the weight set. "Apply" writes the resulting weights and the judgements
 * into the weight set as one undoable edit.
 */

#define G_LOG_DOMAIN "cb-weights-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-pairwise-dialog.h"
#include "cb-weights-view-private.h"

typedef struct
{
  CbJudgementKind kind;
  GArray *ids;   /* gint64, the elements in the dialog's order */
} PairwiseGroup;

static void
pairwise_group_free (PairwiseGroup *group)
{
  g_array_unref (group->ids);
  g_free (group);
}

static const char *
label_of (CbText *text)
{
  return cb_text_get (text, cb_language_from_locale ());
}

/* The stored judgement of @a over @b, if the weight set has one. */
static double
stored_judgement (CbWeightSet     *set,
                  CbJudgementKind  kind,
                  gint64           a,
                  gint64           b)
{
  GPtrArray *judgements = cb_weight_set_get_judgements (set);

  for (guint k = 0; k < judgements->len; k++)
    {
      CbJudgement *judgement = g_ptr_array_index (judgements, k);

      if (cb_judgement_get_kind (judgement) != kind || g_strcmp0 (cb_judgement_get_rater (judgement), "") != 0)
        continue;
      if (cb_judgement_get_a_id (judgement) == a && cb_judgement_get_b_id (judgement) == b)
        return cb_judgement_get_value (judgement);
      if (cb_judgement_get_a_id (judgement) == b && cb_judgement_get_b_id (judgement) == a)
        return 1 / cb_judgement_get_value (judgement);
    }
  return 1.0;
}

static void
pairwise_apply_cb (CbPairwiseDialog *dialog,
                   CbWeightsView    *self)
{
  PairwiseGroup *group = g_object_get_data (G_OBJECT (dialog), "group");
  CbSession *session = _cb_weights_view_get_session (self);
  CbAhpResult *result = cb_pairwise_dialog_get_result (dialog);
  g_autoptr(CbWeightSet) set = NULL;
  g_autoptr(GError) error = NULL;
  gint64 *ids = (gint64 *) (gpointer) group->ids->data;
  guint n = group->ids->len;

  if (session == NULL || result == NULL)
    return;
  cb_weights_view_commit (self);
  set = cb_weight_set_copy (cb_session_get_weight_set (session));
  for (guint i = 0; i < n; i++)
    {
      if (group->kind == CB_JUDGEMENT_DIMENSIONS)
        cb_weight_set_set_dimension_weight (set, ids[i], cb_ahp_result_get_weight (result, i));
      else
        cb_weight_set_set_indicator_weight (set, ids[i], cb_ahp_result_get_weight (result, i));
      for (guint j = i + 1; j < n; j++)
        {
          double value = cb_pairwise_dialog_get_judgement (dialog, i, j);
          g_autoptr(CbJudgement) judgement = ids[i] < ids[j]
            ? cb_judgement_new (group->kind, "", ids[i], ids[j], value)
            : cb_judgement_new (group->kind, "", ids[j], ids[i], 1 / value);

          cb_weight_set_set_judgement (set, judgement);
        }
    }
  if (!cb_undo_stack_update_weight_set (_cb_weights_view_get_undo_stack (self), set, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The weights could not be stored: %s"), error->message);

      _cb_weights_view_show_error (self, message);
    }
}

/**
 * cb_weights_view_open_pairwise:
 * @self: a weights view showing a workbook
 * @dimension: -1 for the dimensions, else the index (in the dataset) of
 *   the dimension whose indicators are judged
 *
 * Opens the pairwise editor for a group of at least two weights.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL if the group
 *   has fewer than two elements.
 */
GtkWidget *
cb_weights_view_open_pairwise (CbWeightsView *self,
                               int            dimension)
{
  CbSession *session = _cb_weights_view_get_session (self);
  CbDataset *dataset = _cb_weights_view_get_dataset (self);
  PairwiseGroup *group;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree double *judgements = NULL;
  g_autofree char *title = NULL;
  CbWeightSet *set;
  GtkRoot *root;
  GtkWidget *dialog;
  guint n;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self), NULL);
  if (session == NULL || dataset == NULL)
    return NULL;

  group = g_new0 (PairwiseGroup, 1);
  group->kind = dimension < 0 ? CB_JUDGEMENT_DIMENSIONS : CB_JUDGEMENT_INDICATORS;
  group->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (dimension < 0)
    for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
      {
        gint64 id = cb_dataset_get_dimension_id (dataset, d);

        g_array_append_val (group->ids, id);
        g_ptr_array_add (names, (gpointer) label_of (cb_dataset_get_dimension_name (dataset, d)));
      }
  else
    for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
      if (cb_dataset_get_indicator_dimension (dataset, i) == (guint) dimension)
        {
          gint64 id = cb_dataset_get_indicator_id (dataset, i);

          g_array_append_val (group->ids, id);
          g_ptr_array_add (names, (gpointer) label_of (cb_dataset_get_indicator_name (dataset, i)));
        }
  n = group->ids->len;
  if (n < 2 || n > CB_AHP_MAX_N)
    {
      pairwise_group_free (group);
      return NULL;
    }

  cb_weights_view_commit (self);
  set = cb_session_get_weight_set (session);
  judgements = g_new0 (double, (gsize) n * n);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      judgements[(gsize) i * n + j] = stored_judgement (set, group->kind,
                                                        g_array_index (group->ids, gint64, i),
                                                        g_array_index (group->ids, gint64, j));
  if (dimension < 0)
    title = g_strdup (_("Dimensions"));
  else
    /* Translators: %s is a dimension, e.g. "Indicators of Co-governance" */
    title = g_strdup_printf (_("Indicators of %s"),
                             label_of (cb_dataset_get_dimension_name (dataset, (guint) dimension)));
  dialog = cb_pairwise_dialog_new (title, n, (const char * const *) names->pdata, judgements);
  g_object_set_data_full (G_OBJECT (dialog), "group", group, (GDestroyNotify) pairwise_group_free);
  g_signal_connect_object (dialog, "apply", G_CALLBACK (pairwise_apply_cb), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
