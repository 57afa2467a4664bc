/* cb-indicator.c: an indicator of the framework, within one dimension
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain record. The copies a CbWorkbook hands out are sealed: they show
 * what is stored and cannot be changed; change a copy (cb_indicator_copy ())
 * and give it back to the workbook instead.
 */

#define G_LOG_DOMAIN "cb-indicator"

#include "config.h"

#include "cb-indicator.h"
#include "cb-model-private.h"

struct _CbIndicator
{
  GObject parent_instance;

  gboolean sealed;

  gint64 id;
  gint64 dimension_id;
  char *code;
  CbText *name;
  CbText *description;
  double scale_min;
  double scale_max;
  double target;
  int direction;
  int position;
};

G_DEFINE_FINAL_TYPE (CbIndicator, cb_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DIMENSION_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_SCALE_MIN,
  PROP_SCALE_MAX,
  PROP_TARGET,
  PROP_DIRECTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbIndicator *
cb_indicator_new (void)
{
  return g_object_new (CB_TYPE_INDICATOR, NULL);
}

/* An unsealed copy, with the same id. */
CbIndicator *
cb_indicator_copy (CbIndicator *self)
{
  CbIndicator *copy;

  g_return_val_if_fail (CB_IS_INDICATOR (self), NULL);

  copy = cb_indicator_new ();
  copy->id = self->id;
  copy->dimension_id = self->dimension_id;
  _cb_set_str (&copy->code, self->code);
  _cb_text_set (&copy->name, self->name);
  _cb_text_set (&copy->description, self->description);
  copy->scale_min = self->scale_min;
  copy->scale_max = self->scale_max;
  copy->target = self->target;
  copy->direction = self->direction;
  copy->position = self->position;
  return copy;
}

gboolean
cb_indicator_is_sealed (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), FALSE);

  return self->sealed;
}

void
_cb_indicator_seal (CbIndicator *self)
{
  g_return_if_fail (CB_IS_INDICATOR (self));

  self->sealed = TRUE;
}

gint64
cb_indicator_get_id (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->id;
}

gint64
cb_indicator_get_dimension_id (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->dimension_id;
}

const char *
cb_indicator_get_code (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), NULL);

  return self->code;
}

CbText *
cb_indicator_get_name (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), NULL);

  return self->name;
}

CbText *
cb_indicator_get_description (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), NULL);

  return self->description;
}

double
cb_indicator_get_scale_min (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->scale_min;
}

double
cb_indicator_get_scale_max (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->scale_max;
}

double
cb_indicator_get_target (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->target;
}

int
cb_indicator_get_direction (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->direction;
}

int
cb_indicator_get_position (CbIndicator *self)
{
  g_return_val_if_fail (CB_IS_INDICATOR (self), 0);

  return self->position;
}

void
cb_indicator_set_id (CbIndicator *self,
                     gint64 id)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
cb_indicator_set_dimension_id (CbIndicator *self,
                               gint64 dimension_id)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->dimension_id != dimension_id)
    {
      self->dimension_id = dimension_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMENSION_ID]);
    }
}

void
cb_indicator_set_code (CbIndicator *self,
                       const char *code)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->code, code != NULL ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

void
cb_indicator_set_name (CbIndicator *self,
                       CbText *name)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
cb_indicator_set_description (CbIndicator *self,
                              CbText *description)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
cb_indicator_set_scale_min (CbIndicator *self,
                            double scale_min)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->scale_min != scale_min)
    {
      self->scale_min = scale_min;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MIN]);
    }
}

void
cb_indicator_set_scale_max (CbIndicator *self,
                            double scale_max)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->scale_max != scale_max)
    {
      self->scale_max = scale_max;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
    }
}

void
cb_indicator_set_target (CbIndicator *self,
                         double target)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->target != target)
    {
      self->target = target;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
    }
}

void
cb_indicator_set_direction (CbIndicator *self,
                            int direction)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->direction != direction)
    {
      self->direction = direction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
    }
}

void
cb_indicator_set_position (CbIndicator *self,
                           int position)
{
  g_return_if_fail (CB_IS_INDICATOR (self));
  g_return_if_fail (!self->sealed);

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

static void
cb_indicator_finalize (GObject *object)
{
  CbIndicator *self = CB_INDICATOR (object);

  g_free (self->code);
  g_clear_pointer (&self->name, cb_text_unref);
  g_clear_pointer (&self->description, cb_text_unref);

  G_OBJECT_CLASS (cb_indicator_parent_class)->finalize (object);
}

static void
cb_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CbIndicator *self = CB_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, cb_indicator_get_id (self));
      break;

    case PROP_DIMENSION_ID:
      g_value_set_int64 (value, cb_indicator_get_dimension_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cb_indicator_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_boxed (value, cb_indicator_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_boxed (value, cb_indicator_get_description (self));
      break;

    case PROP_SCALE_MIN:
      g_value_set_double (value, cb_indicator_get_scale_min (self));
      break;

    case PROP_SCALE_MAX:
      g_value_set_double (value, cb_indicator_get_scale_max (self));
      break;

    case PROP_TARGET:
      g_value_set_double (value, cb_indicator_get_target (self));
      break;

    case PROP_DIRECTION:
      g_value_set_int (value, cb_indicator_get_direction (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, cb_indicator_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CbIndicator *self = CB_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      cb_indicator_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DIMENSION_ID:
      cb_indicator_set_dimension_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      cb_indicator_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      cb_indicator_set_name (self, g_value_get_boxed (value));
      break;

    case PROP_DESCRIPTION:
      cb_indicator_set_description (self, g_value_get_boxed (value));
      break;

    case PROP_SCALE_MIN:
      cb_indicator_set_scale_min (self, g_value_get_double (value));
      break;

    case PROP_SCALE_MAX:
      cb_indicator_set_scale_max (self, g_value_get_double (value));
      break;

    case PROP_TARGET:
      cb_indicator_set_target (self, g_value_get_double (value));
      break;

    case PROP_DIRECTION:
      cb_indicator_set_direction (self, g_value_get_int (value));
      break;

    case PROP_POSITION:
      cb_indicator_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_indicator_class_init (CbIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_indicator_finalize;
  object_class->get_property = cb_indicator_get_property;
  object_class->set_property = cb_indicator_set_property;

  /* The row id in the workbook; 0 until stored. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The id of the dimension the indicator belongs to. */
  properties[PROP_DIMENSION_ID] =
    g_param_spec_int64 ("dimension-id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Stable short code, e.g. “platform”. */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                          "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Name in English and Chinese. */
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Description in English and Chinese. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_boxed ("description", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Lowest value of the scale. */
  properties[PROP_SCALE_MIN] =
    g_param_spec_double ("scale-min", NULL, NULL,
                           -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Highest value of the scale. */
  properties[PROP_SCALE_MAX] =
    g_param_spec_double ("scale-max", NULL, NULL,
                           -G_MAXDOUBLE, G_MAXDOUBLE, 5.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The expected level, on the scale. */
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL,
                           -G_MAXDOUBLE, G_MAXDOUBLE, 4.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* +1 if higher is better, -1 if lower is better. */
  properties[PROP_DIRECTION] =
    g_param_spec_int ("direction", NULL, NULL,
                        -1, 1, 1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Sort position within the dimension. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                        G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_indicator_init (CbIndicator *self)
{
  self->code = g_strdup ("");
  self->name = cb_text_new ("", "");
  self->description = cb_text_new ("", "");
  self->scale_max = 5.0;
  self->target = 4.0;
  self->direction = 1;
}
