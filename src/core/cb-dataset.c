/* cb-dataset.c: the numbers the analysis works on, taken from a workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A flat snapshot: cases × indicators values (NAN where a score is missing)
 * and what the analysis needs to know about each indicator. Built once per
 * change of the workbook, it lets the analysis and the Monte Carlo runs
 * work on plain arrays, and lets tests and the benchmark build data
 * without a workbook.
 */

#define G_LOG_DOMAIN "cb-dataset"

#include "config.h"

#include <math.h>

#include "cb-dataset.h"
#include "cb-workbook.h"

typedef struct
{
  gint64 id;
  char *code;
  CbText *name;
} Item;

typedef struct
{
  guint dimension;
  double scale_min;
  double scale_max;
  double target;
  int direction;
} IndicatorInfo;

struct _CbDataset
{
  guint n_cases;
  guint n_indicators;
  guint n_dimensions;

  Item *cases;
  gboolean *is_reference;
  char **colours;  /* "#rrggbb" or NULL */
  Item *indicators;
  IndicatorInfo *info;
  Item *dimensions;
  double *values; /* n_cases × n_indicators, row-major */
};

G_DEFINE_BOXED_TYPE (CbDataset, cb_dataset, cb_dataset_ref, cb_dataset_unref)

static void
items_init (Item  *items,
            guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      items[i].code = g_strdup ("");
      items[i].name = cb_text_new ("", "");
    }
}

static void
items_clear (Item  *items,
             guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_free (items[i].code);
      g_clear_pointer (&items[i].name, cb_text_unref);
    }
  g_free (items);
}

static void
item_set (Item       *item,
          gint64      id,
          const char *code,
          CbText     *name)
{
  item->id = id;
  g_free (item->code);
  item->code = g_strdup (code != NULL ? code : "");
  g_clear_pointer (&item->name, cb_text_unref);
  item->name = name != NULL ? cb_text_ref (name) : cb_text_new ("", "");
}

static void
dataset_clear (gpointer data)
{
  CbDataset *self = data;

  items_clear (self->cases, self->n_cases);
  items_clear (self->indicators, self->n_indicators);
  items_clear (self->dimensions, self->n_dimensions);
  g_free (self->is_reference);
  for (guint c = 0; c < self->n_cases; c++)
    g_free (self->colours[c]);
  g_free (self->colours);
  g_free (self->info);
  g_free (self->values);
}

/* An empty dataset: every value missing, every indicator on a 0–5 scale
 * with target 4 in dimension 0. */
CbDataset *
cb_dataset_new (guint n_cases,
                guint n_indicators,
                guint n_dimensions)
{
  CbDataset *self;

  g_return_val_if_fail (n_dimensions > 0 || n_indicators == 0, NULL);

  self = g_atomic_rc_box_new0 (CbDataset);
  self->n_cases = n_cases;
  self->n_indicators = n_indicators;
  self->n_dimensions = n_dimensions;
  self->cases = g_new0 (Item, n_cases);
  self->is_reference = g_new0 (gboolean, n_cases);
  self->colours = g_new0 (char *, MAX (1, n_cases));
  self->indicators = g_new0 (Item, n_indicators);
  self->info = g_new0 (IndicatorInfo, n_indicators);
  self->dimensions = g_new0 (Item, n_dimensions);
  self->values = g_new (double, (gsize) n_cases * n_indicators);
  items_init (self->cases, n_cases);
  items_init (self->indicators, n_indicators);
  items_init (self->dimensions, n_dimensions);
  for (guint i = 0; i < n_indicators; i++)
    self->info[i] = (IndicatorInfo) { 0, 0.0, 5.0, 4.0, 1 };
  for (gsize k = 0; k < (gsize) n_cases * n_indicators; k++)
    self->values[k] = NAN;
  return self;
}

/* The workbook as it is now: its cases (references included, in order),
 * its indicators in the order of their dimensions, and their scores. */
CbDataset *
cb_dataset_new_from_workbook (CbWorkbook *workbook)
{
  GListModel *cases, *indicators, *dimensions, *scores;
  g_autoptr(GHashTable) case_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) indicator_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) dimension_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  CbDataset *self;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);

  cases = cb_workbook_get_cases (workbook);
  indicators = cb_workbook_get_indicators (workbook);
  dimensions = cb_workbook_get_dimensions (workbook);
  scores = cb_workbook_get_scores (workbook);
  self = cb_dataset_new (g_list_model_get_n_items (cases), g_list_model_get_n_items (indicators),
                         MAX (1, g_list_model_get_n_items (dimensions)));

  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, d);
      gint64 id = cb_dimension_get_id (dimension);

      cb_dataset_set_dimension (self, d, id, cb_dimension_get_code (dimension),
                                cb_dimension_get_name (dimension));
      g_hash_table_insert (dimension_index, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (d));
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(CbIndicator) indicator = g_list_model_get_item (indicators, i);
      gint64 id = cb_indicator_get_id (indicator);
      gint64 dimension_id = cb_indicator_get_dimension_id (indicator);

      cb_dataset_set_indicator (self, i, id, cb_indicator_get_code (indicator),
                                cb_indicator_get_name (indicator),
                                GPOINTER_TO_UINT (g_hash_table_lookup (dimension_index, &dimension_id)),
                                cb_indicator_get_scale_min (indicator),
                                cb_indicator_get_scale_max (indicator),
                                cb_indicator_get_target (indicator),
                                cb_indicator_get_direction (indicator));
      g_hash_table_insert (indicator_index, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }

  for (guint c = 0; c < g_list_model_get_n_items (cases); c++)
    {
      g_autoptr(CbCase) a_case = g_list_model_get_item (cases, c);
      gint64 id = cb_case_get_id (a_case);

      cb_dataset_set_case (self, c, id, cb_case_get_code (a_case), cb_case_get_name (a_case),
                           cb_case_get_is_reference (a_case));
      cb_dataset_set_case_colour (self, c, cb_case_get_colour (a_case));
      g_hash_table_insert (case_index, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (c + 1));
    }

  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, k);
      gint64 case_id = cb_score_get_case_id (score);
      gint64 indicator_id = cb_score_get_indicator_id (score);
      guint c = GPOINTER_TO_UINT (g_hash_table_lookup (case_index, &case_id));
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (indicator_index, &indicator_id));

      if (c > 0 && i > 0 && cb_score_get_has_value (score))
        cb_dataset_set_value (self, c - 1, i - 1, cb_score_get_value (score));
    }

  return self;
}

CbDataset *
cb_dataset_ref (CbDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_dataset_unref (CbDataset *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, dataset_clear);
}

void
cb_dataset_set_dimension (CbDataset  *self,
                          guint       dimension,
                          gint64      id,
                          const char *code,
                          CbText     *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (dimension < self->n_dimensions);

  item_set (&self->dimensions[dimension], id, code, name);
}

void
cb_dataset_set_indicator (CbDataset  *self,
                          guint       indicator,
                          gint64      id,
                          const char *code,
                          CbText     *name,
                          guint       dimension,
                          double      scale_min,
                          double      scale_max,
                          double      target,
                          int         direction)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (indicator < self->n_indicators);
  g_return_if_fail (dimension < self->n_dimensions);
  g_return_if_fail (scale_min < scale_max);
  g_return_if_fail (direction == 1 || direction == -1);

  item_set (&self->indicators[indicator], id, code, name);
  self->info[indicator] = (IndicatorInfo) { dimension, scale_min, scale_max, target, direction };
}

void
cb_dataset_set_case (CbDataset  *self,
                     guint       c,
                     gint64      id,
                     const char *code,
                     CbText     *name,
                     gboolean    is_reference)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (c < self->n_cases);

  item_set (&self->cases[c], id, code, name);
  self->is_reference[c] = !!is_reference;
}

/* The case's own colour ("#rrggbb"), or NULL for the palette's. */
void
cb_dataset_set_case_colour (CbDataset  *self,
                            guint       c,
                            const char *colour)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (c < self->n_cases);

  g_free (self->colours[c]);
  self->colours[c] = g_strdup (colour);
}

const char *
cb_dataset_get_case_colour (const CbDataset *self,
                            guint            c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NULL);

  return self->colours[c];
}

/* NAN marks a missing score. */
void
cb_dataset_set_value (CbDataset *self,
                      guint      c,
                      guint      indicator,
                      double     value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (c < self->n_cases && indicator < self->n_indicators);
  g_return_if_fail (!isinf (value));

  self->values[(gsize) c * self->n_indicators + indicator] = value;
}

guint
cb_dataset_get_n_cases (const CbDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cases;
}

guint
cb_dataset_get_n_indicators (const CbDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_indicators;
}

guint
cb_dataset_get_n_dimensions (const CbDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_dimensions;
}

gint64
cb_dataset_get_dimension_id (const CbDataset *self,
                             guint            dimension)
{
  g_return_val_if_fail (self != NULL && dimension < self->n_dimensions, 0);

  return self->dimensions[dimension].id;
}

const char *
cb_dataset_get_dimension_code (const CbDataset *self,
                               guint            dimension)
{
  g_return_val_if_fail (self != NULL && dimension < self->n_dimensions, NULL);

  return self->dimensions[dimension].code;
}

CbText *
cb_dataset_get_dimension_name (const CbDataset *self,
                               guint            dimension)
{
  g_return_val_if_fail (self != NULL && dimension < self->n_dimensions, NULL);

  return self->dimensions[dimension].name;
}

gint64
cb_dataset_get_indicator_id (const CbDataset *self,
                             guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0);

  return self->indicators[indicator].id;
}

const char *
cb_dataset_get_indicator_code (const CbDataset *self,
                               guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, NULL);

  return self->indicators[indicator].code;
}

CbText *
cb_dataset_get_indicator_name (const CbDataset *self,
                               guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, NULL);

  return self->indicators[indicator].name;
}

guint
cb_dataset_get_indicator_dimension (const CbDataset *self,
                                    guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0);

  return self->info[indicator].dimension;
}

double
cb_dataset_get_scale_min (const CbDataset *self,
                          guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0.0);

  return self->info[indicator].scale_min;
}

double
cb_dataset_get_scale_max (const CbDataset *self,
                          guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0.0);

  return self->info[indicator].scale_max;
}

double
cb_dataset_get_target (const CbDataset *self,
                       guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 0.0);

  return self->info[indicator].target;
}

int
cb_dataset_get_direction (const CbDataset *self,
                          guint            indicator)
{
  g_return_val_if_fail (self != NULL && indicator < self->n_indicators, 1);

  return self->info[indicator].direction;
}

gint64
cb_dataset_get_case_id (const CbDataset *self,
                        guint            c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, 0);

  return self->cases[c].id;
}

const char *
cb_dataset_get_case_code (const CbDataset *self,
                          guint            c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NULL);

  return self->cases[c].code;
}

CbText *
cb_dataset_get_case_name (const CbDataset *self,
                          guint            c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, NULL);

  return self->cases[c].name;
}

gboolean
cb_dataset_get_case_is_reference (const CbDataset *self,
                                  guint            c)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases, FALSE);

  return self->is_reference[c];
}

static int
find_code (const Item *items,
           guint       n,
           const char *code)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (items[i].code, code))
      return (int) i;
  return -1;
}

/* The index of the case with this code, or -1. */
int
cb_dataset_find_case (const CbDataset *self,
                      const char      *code)
{
  g_return_val_if_fail (self != NULL && code != NULL, -1);

  return find_code (self->cases, self->n_cases, code);
}

int
cb_dataset_find_indicator (const CbDataset *self,
                           const char      *code)
{
  g_return_val_if_fail (self != NULL && code != NULL, -1);

  return find_code (self->indicators, self->n_indicators, code);
}

/* The raw score, or NAN when it is missing. */
double
cb_dataset_get_value (const CbDataset *self,
                      guint            c,
                      guint            indicator)
{
  g_return_val_if_fail (self != NULL && c < self->n_cases && indicator < self->n_indicators, NAN);

  return self->values[(gsize) c * self->n_indicators + indicator];
}
