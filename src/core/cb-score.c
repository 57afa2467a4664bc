/* cb-score.c: the score of one case on one indicator, with its evidence
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain record. The copies a CbWorkbook hands out are sealed: they show
 * what is stored and cannot be changed; change a copy (cb_score_copy ())
 * and give it back to the workbook instead.
 */

#define G_LOG_DOMAIN "cb-score"

#include "config.h"

#include "cb-score.h"
#include "cb-model-private.h"

struct _CbScore
{
  GObject parent_instance;

  gboolean sealed;

  gint64 case_id;
  gint64 indicator_id;
  gboolean has_value;
  double value;
  CbText *evidence;
  char *source;
  CbConfidence confidence;
};

G_DEFINE_FINAL_TYPE (CbScore, cb_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_INDICATOR_ID,
  PROP_HAS_VALUE,
  PROP_VALUE,
  PROP_EVIDENCE,
  PROP_SOURCE,
  PROP_CONFIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbScore *
cb_score_new (void)
{
  return g_object_new (CB_TYPE_SCORE, NULL);
}

/* An unsealed copy, with the same id. */
CbScore *
cb_score_copy (CbScore *self)
{
  CbScore *copy;

  g_return_val_if_fail (CB_IS_SCORE (self), NULL);

  copy = cb_score_new ();
  copy->case_id = self->case_id;
  copy->indicator_id = self->indicator_id;
  copy->has_value = self->has_value;
  copy->value = self->value;
  _cb_text_set (&copy->evidence, self->evidence);
  _cb_set_str (&copy->source, self->source);
  copy->confidence = self->confidence;
  return copy;
}

gboolean
cb_score_is_sealed (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), FALSE);

  return self->sealed;
}

void
_cb_score_seal (CbScore *self)
{
  g_return_if_fail (CB_IS_SCORE (self));

  self->sealed = TRUE;
}

gint64
cb_score_get_case_id (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), 0);

  return self->case_id;
}

gint64
cb_score_get_indicator_id (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), 0);

  return self->indicator_id;
}

gboolean
cb_score_get_has_value (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), FALSE);

  return self->has_value;
}

double
cb_score_get_value (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), 0);

  return self->value;
}

CbText *
cb_score_get_evidence (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), NULL);

  return self->evidence;
}

const char *
cb_score_get_source (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), NULL);

  return self->source;
}

CbConfidence
cb_score_get_confidence (CbScore *self)
{
  g_return_val_if_fail (CB_IS_SCORE (self), CB_CONFIDENCE_MEDIUM);

  return self->confidence;
}

void
cb_score_set_case_id (CbScore *self,
                      gint64 case_id)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (self->case_id != case_id)
    {
      self->case_id = case_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
    }
}

void
cb_score_set_indicator_id (CbScore *self,
                           gint64 indicator_id)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (self->indicator_id != indicator_id)
    {
      self->indicator_id = indicator_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR_ID]);
    }
}

void
cb_score_set_has_value (CbScore *self,
                        gboolean has_value)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  has_value = !!has_value;
  if (self->has_value != has_value)
    {
      self->has_value = has_value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALUE]);
    }
}

void
cb_score_set_value (CbScore *self,
                    double value)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (self->value != value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
}

void
cb_score_set_evidence (CbScore *self,
                       CbText *evidence)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->evidence, evidence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

void
cb_score_set_source (CbScore *self,
                     const char *source)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->source, source != NULL ? source : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

void
cb_score_set_confidence (CbScore *self,
                         CbConfidence confidence)
{
  g_return_if_fail (CB_IS_SCORE (self));
  g_return_if_fail (!self->sealed);

  if (self->confidence != confidence)
    {
      self->confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
    }
}

static void
cb_score_finalize (GObject *object)
{
  CbScore *self = CB_SCORE (object);

  g_clear_pointer (&self->evidence, cb_text_unref);
  g_free (self->source);

  G_OBJECT_CLASS (cb_score_parent_class)->finalize (object);
}

static void
cb_score_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CbScore *self = CB_SCORE (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      g_value_set_int64 (value, cb_score_get_case_id (self));
      break;

    case PROP_INDICATOR_ID:
      g_value_set_int64 (value, cb_score_get_indicator_id (self));
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, cb_score_get_has_value (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, cb_score_get_value (self));
      break;

    case PROP_EVIDENCE:
      g_value_set_boxed (value, cb_score_get_evidence (self));
      break;

    case PROP_SOURCE:
      g_value_set_string (value, cb_score_get_source (self));
      break;

    case PROP_CONFIDENCE:
      g_value_set_enum (value, cb_score_get_confidence (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_score_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CbScore *self = CB_SCORE (object);

  switch (prop_id)
    {
    case PROP_CASE_ID:
      cb_score_set_case_id (self, g_value_get_int64 (value));
      break;

    case PROP_INDICATOR_ID:
      cb_score_set_indicator_id (self, g_value_get_int64 (value));
      break;

    case PROP_HAS_VALUE:
      cb_score_set_has_value (self, g_value_get_boolean (value));
      break;

    case PROP_VALUE:
      cb_score_set_value (self, g_value_get_double (value));
      break;

    case PROP_EVIDENCE:
      cb_score_set_evidence (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCE:
      cb_score_set_source (self, g_value_get_string (value));
      break;

    case PROP_CONFIDENCE:
      cb_score_set_confidence (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_score_class_init (CbScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_score_finalize;
  object_class->get_property = cb_score_get_property;
  object_class->set_property = cb_score_set_property;

  /* The id of the case. */
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The id of the indicator. */
  properties[PROP_INDICATOR_ID] =
    g_param_spec_int64 ("indicator-id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether the score has a value (FALSE: missing). */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL,
                            FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The value on the indicator’s scale; meaningful only if has-value. */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                           -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Evidence for the score. */
  properties[PROP_EVIDENCE] =
    g_param_spec_boxed ("evidence", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Source of the evidence. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                          "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Confidence in the score. */
  properties[PROP_CONFIDENCE] =
    g_param_spec_enum ("confidence", NULL, NULL,
                         CB_TYPE_CONFIDENCE, CB_CONFIDENCE_MEDIUM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_score_init (CbScore *self)
{
  self->evidence = cb_text_new ("", "");
  self->source = g_strdup ("");
  self->confidence = CB_CONFIDENCE_MEDIUM;
}
