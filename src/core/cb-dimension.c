/* cb-dimension.c: a dimension of the framework (co-construction, …)
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain record. The copies a CbWorkbook hands out are sealed: they show
 * what is stored and cannot be changed; change a copy (cb_dimension_copy ())
 * and give it back to the workbook instead.
 */

#define G_LOG_DOMAIN "cb-dimension"

#include "config.h"

#include "cb-dimension.h"
#include "cb-model-private.h"

struct _CbDimension
{
  GObject parent_instance;

  gboolean sealed;

  gint64 id;
  char *code;
  CbText *name;
  CbText *description;
  int position;
};

G_DEFINE_FINAL_TYPE (CbDimension, cb_dimension, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbDimension *
cb_dimension_new (void)
{
  return g_object_new (CB_TYPE_DIMENSION, NULL);
}

/* An unsealed copy, with the same id. */
CbDimension *
cb_dimension_copy (CbDimension *self)
{
  CbDimension *copy;

  g_return_val_if_fail (CB_IS_DIMENSION (self), NULL);

  copy = cb_dimension_new ();
  copy->id = self->id;
  _cb_set_str (&copy->code, self->code);
  _cb_text_set (&copy->name, self->name);
  _cb_text_set (&copy->description, self->description);
  copy->position = self->position;
  return copy;
}

gboolean
cb_dimension_is_sealed (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), FALSE);

  return self->sealed;
}

void
_cb_dimension_seal (CbDimension *self)
{
  g_return_if_fail (CB_IS_DIMENSION (self));

  self->sealed = TRUE;
}

gint64
cb_dimension_get_id (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), 0);

  return self->id;
}

const char *
cb_dimension_get_code (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), NULL);

  return self->code;
}

CbText *
cb_dimension_get_name (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), NULL);

  return self->name;
}

CbText *
cb_dimension_get_description (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), NULL);

  return self->description;
}

int
cb_dimension_get_position (CbDimension *self)
{
  g_return_val_if_fail (CB_IS_DIMENSION (self), 0);

  return self->position;
}

void
cb_dimension_set_id (CbDimension *self,
                     gint64 id)
{
  g_return_if_fail (CB_IS_DIMENSION (self));
  g_return_if_fail (!self->sealed);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
cb_dimension_set_code (CbDimension *self,
                       const char *code)
{
  g_return_if_fail (CB_IS_DIMENSION (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->code, code != NULL ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

void
cb_dimension_set_name (CbDimension *self,
                       CbText *name)
{
  g_return_if_fail (CB_IS_DIMENSION (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
cb_dimension_set_description (CbDimension *self,
                              CbText *description)
{
  g_return_if_fail (CB_IS_DIMENSION (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
cb_dimension_set_position (CbDimension *self,
                           int position)
{
  g_return_if_fail (CB_IS_DIMENSION (self));
  g_return_if_fail (!self->sealed);

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

static void
cb_dimension_finalize (GObject *object)
{
  CbDimension *self = CB_DIMENSION (object);

  g_free (self->code);
  g_clear_pointer (&self->name, cb_text_unref);
  g_clear_pointer (&self->description, cb_text_unref);

  G_OBJECT_CLASS (cb_dimension_parent_class)->finalize (object);
}

static void
cb_dimension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CbDimension *self = CB_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, cb_dimension_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cb_dimension_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_boxed (value, cb_dimension_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_boxed (value, cb_dimension_get_description (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, cb_dimension_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_dimension_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CbDimension *self = CB_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cb_dimension_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      cb_dimension_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      cb_dimension_set_name (self, g_value_get_boxed (value));
      break;

    case PROP_DESCRIPTION:
      cb_dimension_set_description (self, g_value_get_boxed (value));
      break;

    case PROP_POSITION:
      cb_dimension_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_dimension_class_init (CbDimensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_dimension_finalize;
  object_class->get_property = cb_dimension_get_property;
  object_class->set_property = cb_dimension_set_property;

  /* The row id in the workbook; 0 until stored. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Stable short code, e.g. “co-construction”. */
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

  /* Sort position. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                        G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_dimension_init (CbDimension *self)
{
  self->code = g_strdup ("");
  self->name = cb_text_new ("", "");
  self->description = cb_text_new ("", "");
}
