/* cb-weight-set.c: a named weighting scenario with its weights and AHP judgements
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain record. The copies a CbWorkbook hands out are sealed: they show
 * what is stored and cannot be changed; change a copy (cb_weight_set_copy ())
 * and give it back to the workbook instead.
 */

#define G_LOG_DOMAIN "cb-weight-set"

#include "config.h"

#include <math.h>

#include "cb-weight-set.h"
#include "cb-model-private.h"

struct _CbWeightSet
{
  GObject parent_instance;

  gboolean sealed;

  gint64 id;
  char *code;
  CbText *name;
  CbText *note;
  int position;

  /* gint64 id → double weight, raw (not normalised) */
  GHashTable *dimension_weights;
  GHashTable *indicator_weights;
  /* CbJudgement, at most one per pair and rater */
  GPtrArray *judgements;
};

G_DEFINE_FINAL_TYPE (CbWeightSet, cb_weight_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_NOTE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbWeightSet *
cb_weight_set_new (void)
{
  return g_object_new (CB_TYPE_WEIGHT_SET, NULL);
}

static GHashTable *
weights_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
copy_weights (GHashTable *to,
              GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to, g_memdup2 (key, sizeof (gint64)), g_memdup2 (value, sizeof (double)));
}

/* An unsealed copy, with the same id. */
CbWeightSet *
cb_weight_set_copy (CbWeightSet *self)
{
  CbWeightSet *copy;

  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  copy = cb_weight_set_new ();
  copy->id = self->id;
  _cb_set_str (&copy->code, self->code);
  _cb_text_set (&copy->name, self->name);
  _cb_text_set (&copy->note, self->note);
  copy->position = self->position;
  copy_weights (copy->dimension_weights, self->dimension_weights);
  copy_weights (copy->indicator_weights, self->indicator_weights);
  for (guint i = 0; i < self->judgements->len; i++)
    g_ptr_array_add (copy->judgements, cb_judgement_ref (g_ptr_array_index (self->judgements, i)));
  return copy;
}

gboolean
cb_weight_set_is_sealed (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), FALSE);

  return self->sealed;
}

void
_cb_weight_set_seal (CbWeightSet *self)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));

  self->sealed = TRUE;
}

gint64
cb_weight_set_get_id (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), 0);

  return self->id;
}

const char *
cb_weight_set_get_code (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return self->code;
}

CbText *
cb_weight_set_get_name (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return self->name;
}

CbText *
cb_weight_set_get_note (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return self->note;
}

int
cb_weight_set_get_position (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), 0);

  return self->position;
}

void
cb_weight_set_set_id (CbWeightSet *self,
                      gint64 id)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
cb_weight_set_set_code (CbWeightSet *self,
                        const char *code)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->code, code != NULL ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

void
cb_weight_set_set_name (CbWeightSet *self,
                        CbText *name)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
cb_weight_set_set_note (CbWeightSet *self,
                        CbText *note)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

void
cb_weight_set_set_position (CbWeightSet *self,
                            int position)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

static gboolean
lookup_weight (GHashTable *weights,
               gint64      id,
               double     *weight)
{
  double *found = g_hash_table_lookup (weights, &id);

  if (found == NULL)
    return FALSE;
  if (weight != NULL)
    *weight = *found;
  return TRUE;
}

static void
store_weight (GHashTable *weights,
              gint64      id,
              double      weight)
{
  g_hash_table_insert (weights, g_memdup2 (&id, sizeof id), g_memdup2 (&weight, sizeof weight));
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static GArray *
weight_ids (GHashTable *weights)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, weights);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_int64);
  return ids;
}

/* The raw weight of a dimension; FALSE if the set has none for it. */
gboolean
cb_weight_set_get_dimension_weight (CbWeightSet *self,
                                    gint64       dimension_id,
                                    double      *weight)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), FALSE);

  return lookup_weight (self->dimension_weights, dimension_id, weight);
}

/* Weights are raw, non-negative and finite; the analysis normalises them. */
void
cb_weight_set_set_dimension_weight (CbWeightSet *self,
                                    gint64       dimension_id,
                                    double       weight)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (weight >= 0.0 && isfinite (weight));

  store_weight (self->dimension_weights, dimension_id, weight);
}

/* The ids of the dimensions the set weights, in ascending order. */
GArray *
cb_weight_set_list_dimension_ids (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return weight_ids (self->dimension_weights);
}

gboolean
cb_weight_set_get_indicator_weight (CbWeightSet *self,
                                    gint64       indicator_id,
                                    double      *weight)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), FALSE);

  return lookup_weight (self->indicator_weights, indicator_id, weight);
}

void
cb_weight_set_set_indicator_weight (CbWeightSet *self,
                                    gint64       indicator_id,
                                    double       weight)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (weight >= 0.0 && isfinite (weight));

  store_weight (self->indicator_weights, indicator_id, weight);
}

GArray *
cb_weight_set_list_indicator_ids (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return weight_ids (self->indicator_weights);
}

/* The judgements (CbJudgement), in no particular order. */
GPtrArray *
cb_weight_set_get_judgements (CbWeightSet *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET (self), NULL);

  return self->judgements;
}

/* Adds the judgement, or replaces the one on the same pair by the same rater. */
void
cb_weight_set_set_judgement (CbWeightSet *self,
                             CbJudgement *judgement)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (judgement != NULL);

  for (guint i = 0; i < self->judgements->len; i++)
    {
      CbJudgement *old = g_ptr_array_index (self->judgements, i);

      if (cb_judgement_same_pair (old, judgement))
        {
          g_ptr_array_index (self->judgements, i) = cb_judgement_ref (judgement);
          cb_judgement_unref (old);
          return;
        }
    }

  g_ptr_array_add (self->judgements, cb_judgement_ref (judgement));
}

/* Removes every judgement of the given kind by the given rater (NULL: any). */
void
cb_weight_set_clear_judgements (CbWeightSet     *self,
                                CbJudgementKind  kind,
                                const char      *rater)
{
  g_return_if_fail (CB_IS_WEIGHT_SET (self));
  g_return_if_fail (!self->sealed);

  for (guint i = self->judgements->len; i > 0; i--)
    {
      CbJudgement *judgement = g_ptr_array_index (self->judgements, i - 1);

      if (cb_judgement_get_kind (judgement) == kind &&
          (rater == NULL || g_str_equal (rater, cb_judgement_get_rater (judgement))))
        g_ptr_array_remove_index (self->judgements, i - 1);
    }
}

static void
cb_weight_set_finalize (GObject *object)
{
  CbWeightSet *self = CB_WEIGHT_SET (object);

  g_free (self->code);
  g_clear_pointer (&self->name, cb_text_unref);
  g_clear_pointer (&self->note, cb_text_unref);
  g_clear_pointer (&self->dimension_weights, g_hash_table_unref);
  g_clear_pointer (&self->indicator_weights, g_hash_table_unref);
  g_clear_pointer (&self->judgements, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_weight_set_parent_class)->finalize (object);
}

static void
cb_weight_set_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbWeightSet *self = CB_WEIGHT_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, cb_weight_set_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cb_weight_set_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_boxed (value, cb_weight_set_get_name (self));
      break;

    case PROP_NOTE:
      g_value_set_boxed (value, cb_weight_set_get_note (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, cb_weight_set_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_weight_set_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CbWeightSet *self = CB_WEIGHT_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      cb_weight_set_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      cb_weight_set_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      cb_weight_set_set_name (self, g_value_get_boxed (value));
      break;

    case PROP_NOTE:
      cb_weight_set_set_note (self, g_value_get_boxed (value));
      break;

    case PROP_POSITION:
      cb_weight_set_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_weight_set_class_init (CbWeightSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_weight_set_finalize;
  object_class->get_property = cb_weight_set_get_property;
  object_class->set_property = cb_weight_set_set_property;

  /* The row id in the workbook; 0 until stored. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Stable short code, e.g. “equal”. */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                          "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Name. */
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Note on what the weights stand for. */
  properties[PROP_NOTE] =
    g_param_spec_boxed ("note", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Sort position. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                        G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_weight_set_init (CbWeightSet *self)
{
  self->code = g_strdup ("");
  self->name = cb_text_new ("", "");
  self->note = cb_text_new ("", "");
  self->dimension_weights = weights_new ();
  self->indicator_weights = weights_new ();
  self->judgements = g_ptr_array_new_with_free_func ((GDestroyNotify) cb_judgement_unref);
}
