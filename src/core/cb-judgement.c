/* cb-judgement.c: one AHP pairwise judgement
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "a is value times as important as b" (Saaty's 1–9 scale and its
 * reciprocals), made by one rater ("" for the weight set's own). Kept in
 * a canonical order, a's id below b's, so that a pair has one record.
 */

#define G_LOG_DOMAIN "cb-judgement"

#include "config.h"

#include <math.h>

#include "cb-judgement.h"

struct _CbJudgement
{
  CbJudgementKind kind;
  char *rater;
  gint64 a_id;
  gint64 b_id;
  double value;
};

G_DEFINE_BOXED_TYPE (CbJudgement, cb_judgement, cb_judgement_ref, cb_judgement_unref)

static void
judgement_clear (gpointer data)
{
  CbJudgement *self = data;

  g_free (self->rater);
}

/* Swaps a and b (and inverts the value) when b's id is the lower. */
CbJudgement *
cb_judgement_new (CbJudgementKind  kind,
                  const char      *rater,
                  gint64           a_id,
                  gint64           b_id,
                  double           value)
{
  CbJudgement *self;

  g_return_val_if_fail (a_id != b_id, NULL);
  g_return_val_if_fail (value > 0.0 && isfinite (value), NULL);

  self = g_atomic_rc_box_new0 (CbJudgement);
  self->kind = kind;
  self->rater = g_strdup (rater != NULL ? rater : "");
  if (a_id < b_id)
    {
      self->a_id = a_id;
      self->b_id = b_id;
      self->value = value;
    }
  else
    {
      self->a_id = b_id;
      self->b_id = a_id;
      self->value = 1.0 / value;
    }
  return self;
}

CbJudgement *
cb_judgement_ref (CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_judgement_unref (CbJudgement *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, judgement_clear);
}

CbJudgementKind
cb_judgement_get_kind (const CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, CB_JUDGEMENT_DIMENSIONS);

  return self->kind;
}

const char *
cb_judgement_get_rater (const CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->rater;
}

gint64
cb_judgement_get_a_id (const CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->a_id;
}

gint64
cb_judgement_get_b_id (const CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->b_id;
}

double
cb_judgement_get_value (const CbJudgement *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->value;
}

/* Whether both judge the same pair, by the same rater. */
gboolean
cb_judgement_same_pair (const CbJudgement *a,
                        const CbJudgement *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind && a->a_id == b->a_id && a->b_id == b->b_id &&
         g_str_equal (a->rater, b->rater);
}
