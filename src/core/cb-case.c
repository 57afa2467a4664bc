/* cb-case.c: a case (a city model) or a reference profile
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain record. The copies a CbWorkbook hands out are sealed: they show
 * what is stored and cannot be changed; change a copy (cb_case_copy ())
 * and give it back to the workbook instead.
 */

#define G_LOG_DOMAIN "cb-case"

#include "config.h"

#include "cb-case.h"
#include "cb-model-private.h"

struct _CbCase
{
  GObject parent_instance;

  gboolean sealed;

  gint64 id;
  char *code;
  CbText *name;
  CbText *city;
  CbText *district;
  CbText *model;
  CbText *province;
  int pilot_batch;
  int pilot_year;
  CbText *summary;
  char *sources;
  CbText *data_note;
  char *colour;
  gboolean is_reference;
  int position;
};

G_DEFINE_FINAL_TYPE (CbCase, cb_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_CITY,
  PROP_DISTRICT,
  PROP_MODEL,
  PROP_PROVINCE,
  PROP_PILOT_BATCH,
  PROP_PILOT_YEAR,
  PROP_SUMMARY,
  PROP_SOURCES,
  PROP_DATA_NOTE,
  PROP_COLOUR,
  PROP_IS_REFERENCE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbCase *
cb_case_new (void)
{
  return g_object_new (CB_TYPE_CASE, NULL);
}

/* An unsealed copy, with the same id. */
CbCase *
cb_case_copy (CbCase *self)
{
  CbCase *copy;

  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  copy = cb_case_new ();
  copy->id = self->id;
  _cb_set_str (&copy->code, self->code);
  _cb_text_set (&copy->name, self->name);
  _cb_text_set (&copy->city, self->city);
  _cb_text_set (&copy->district, self->district);
  _cb_text_set (&copy->model, self->model);
  _cb_text_set (&copy->province, self->province);
  copy->pilot_batch = self->pilot_batch;
  copy->pilot_year = self->pilot_year;
  _cb_text_set (&copy->summary, self->summary);
  _cb_set_str (&copy->sources, self->sources);
  _cb_text_set (&copy->data_note, self->data_note);
  _cb_set_str (&copy->colour, self->colour);
  copy->is_reference = self->is_reference;
  copy->position = self->position;
  return copy;
}

gboolean
cb_case_is_sealed (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), FALSE);

  return self->sealed;
}

void
_cb_case_seal (CbCase *self)
{
  g_return_if_fail (CB_IS_CASE (self));

  self->sealed = TRUE;
}

gint64
cb_case_get_id (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), 0);

  return self->id;
}

const char *
cb_case_get_code (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->code;
}

CbText *
cb_case_get_name (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->name;
}

CbText *
cb_case_get_city (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->city;
}

CbText *
cb_case_get_district (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->district;
}

CbText *
cb_case_get_model (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->model;
}

CbText *
cb_case_get_province (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->province;
}

int
cb_case_get_pilot_batch (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), 0);

  return self->pilot_batch;
}

int
cb_case_get_pilot_year (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), 0);

  return self->pilot_year;
}

CbText *
cb_case_get_summary (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->summary;
}

const char *
cb_case_get_sources (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->sources;
}

CbText *
cb_case_get_data_note (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->data_note;
}

const char *
cb_case_get_colour (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), NULL);

  return self->colour;
}

gboolean
cb_case_get_is_reference (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), FALSE);

  return self->is_reference;
}

int
cb_case_get_position (CbCase *self)
{
  g_return_val_if_fail (CB_IS_CASE (self), 0);

  return self->position;
}

void
cb_case_set_id (CbCase *self,
                gint64 id)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
cb_case_set_code (CbCase *self,
                  const char *code)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->code, code != NULL ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

void
cb_case_set_name (CbCase *self,
                  CbText *name)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
cb_case_set_city (CbCase *self,
                  CbText *city)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->city, city))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITY]);
}

void
cb_case_set_district (CbCase *self,
                      CbText *district)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->district, district))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTRICT]);
}

void
cb_case_set_model (CbCase *self,
                   CbText *model)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->model, model))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
cb_case_set_province (CbCase *self,
                      CbText *province)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->province, province))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVINCE]);
}

void
cb_case_set_pilot_batch (CbCase *self,
                         int pilot_batch)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (self->pilot_batch != pilot_batch)
    {
      self->pilot_batch = pilot_batch;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILOT_BATCH]);
    }
}

void
cb_case_set_pilot_year (CbCase *self,
                        int pilot_year)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (self->pilot_year != pilot_year)
    {
      self->pilot_year = pilot_year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILOT_YEAR]);
    }
}

void
cb_case_set_summary (CbCase *self,
                     CbText *summary)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

void
cb_case_set_sources (CbCase *self,
                     const char *sources)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->sources, sources != NULL ? sources : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCES]);
}

void
cb_case_set_data_note (CbCase *self,
                       CbText *data_note)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_text_set (&self->data_note, data_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_NOTE]);
}

void
cb_case_set_colour (CbCase *self,
                    const char *colour)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (_cb_set_str (&self->colour, colour))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

void
cb_case_set_is_reference (CbCase *self,
                          gboolean is_reference)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  is_reference = !!is_reference;
  if (self->is_reference != is_reference)
    {
      self->is_reference = is_reference;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_REFERENCE]);
    }
}

void
cb_case_set_position (CbCase *self,
                      int position)
{
  g_return_if_fail (CB_IS_CASE (self));
  g_return_if_fail (!self->sealed);

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

static void
cb_case_finalize (GObject *object)
{
  CbCase *self = CB_CASE (object);

  g_free (self->code);
  g_clear_pointer (&self->name, cb_text_unref);
  g_clear_pointer (&self->city, cb_text_unref);
  g_clear_pointer (&self->district, cb_text_unref);
  g_clear_pointer (&self->model, cb_text_unref);
  g_clear_pointer (&self->province, cb_text_unref);
  g_clear_pointer (&self->summary, cb_text_unref);
  g_free (self->sources);
  g_clear_pointer (&self->data_note, cb_text_unref);
  g_free (self->colour);

  G_OBJECT_CLASS (cb_case_parent_class)->finalize (object);
}

static void
cb_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CbCase *self = CB_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, cb_case_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cb_case_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_boxed (value, cb_case_get_name (self));
      break;

    case PROP_CITY:
      g_value_set_boxed (value, cb_case_get_city (self));
      break;

    case PROP_DISTRICT:
      g_value_set_boxed (value, cb_case_get_district (self));
      break;

    case PROP_MODEL:
      g_value_set_boxed (value, cb_case_get_model (self));
      break;

    case PROP_PROVINCE:
      g_value_set_boxed (value, cb_case_get_province (self));
      break;

    case PROP_PILOT_BATCH:
      g_value_set_int (value, cb_case_get_pilot_batch (self));
      break;

    case PROP_PILOT_YEAR:
      g_value_set_int (value, cb_case_get_pilot_year (self));
      break;

    case PROP_SUMMARY:
      g_value_set_boxed (value, cb_case_get_summary (self));
      break;

    case PROP_SOURCES:
      g_value_set_string (value, cb_case_get_sources (self));
      break;

    case PROP_DATA_NOTE:
      g_value_set_boxed (value, cb_case_get_data_note (self));
      break;

    case PROP_COLOUR:
      g_value_set_string (value, cb_case_get_colour (self));
      break;

    case PROP_IS_REFERENCE:
      g_value_set_boolean (value, cb_case_get_is_reference (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, cb_case_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CbCase *self = CB_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cb_case_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      cb_case_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      cb_case_set_name (self, g_value_get_boxed (value));
      break;

    case PROP_CITY:
      cb_case_set_city (self, g_value_get_boxed (value));
      break;

    case PROP_DISTRICT:
      cb_case_set_district (self, g_value_get_boxed (value));
      break;

    case PROP_MODEL:
      cb_case_set_model (self, g_value_get_boxed (value));
      break;

    case PROP_PROVINCE:
      cb_case_set_province (self, g_value_get_boxed (value));
      break;

    case PROP_PILOT_BATCH:
      cb_case_set_pilot_batch (self, g_value_get_int (value));
      break;

    case PROP_PILOT_YEAR:
      cb_case_set_pilot_year (self, g_value_get_int (value));
      break;

    case PROP_SUMMARY:
      cb_case_set_summary (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCES:
      cb_case_set_sources (self, g_value_get_string (value));
      break;

    case PROP_DATA_NOTE:
      cb_case_set_data_note (self, g_value_get_boxed (value));
      break;

    case PROP_COLOUR:
      cb_case_set_colour (self, g_value_get_string (value));
      break;

    case PROP_IS_REFERENCE:
      cb_case_set_is_reference (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      cb_case_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_case_class_init (CbCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_case_finalize;
  object_class->get_property = cb_case_get_property;
  object_class->set_property = cb_case_set_property;

  /* The row id in the workbook; 0 until stored. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                          0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Stable short code, e.g. “karamay”. */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                          "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Short name. */
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* City. */
  properties[PROP_CITY] =
    g_param_spec_boxed ("city", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* District. */
  properties[PROP_DISTRICT] =
    g_param_spec_boxed ("district", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Name of the governance model. */
  properties[PROP_MODEL] =
    g_param_spec_boxed ("model", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Province. */
  properties[PROP_PROVINCE] =
    g_param_spec_boxed ("province", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* National pilot-zone batch, 0 if not known. */
  properties[PROP_PILOT_BATCH] =
    g_param_spec_int ("pilot-batch", NULL, NULL,
                        0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Year the pilot zone was designated, 0 if not known. */
  properties[PROP_PILOT_YEAR] =
    g_param_spec_int ("pilot-year", NULL, NULL,
                        0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Summary. */
  properties[PROP_SUMMARY] =
    g_param_spec_boxed ("summary", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Sources, one per line. */
  properties[PROP_SOURCES] =
    g_param_spec_string ("sources", NULL, NULL,
                          "",
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* How the data of the case came about. */
  properties[PROP_DATA_NOTE] =
    g_param_spec_boxed ("data-note", NULL, NULL,
                          CB_TYPE_TEXT,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Colour as #rrggbb, or NULL for the palette’s choice. */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                          NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether this is a reference profile rather than a case. */
  properties[PROP_IS_REFERENCE] =
    g_param_spec_boolean ("is-reference", NULL, NULL,
                            FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Sort position. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                        G_MININT, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_case_init (CbCase *self)
{
  self->code = g_strdup ("");
  self->name = cb_text_new ("", "");
  self->city = cb_text_new ("", "");
  self->district = cb_text_new ("", "");
  self->model = cb_text_new ("", "");
  self->province = cb_text_new ("", "");
  self->summary = cb_text_new ("", "");
  self->sources = g_strdup ("");
  self->data_note = cb_text_new ("", "");
}
