/* cb-text.c: a text in English and Chinese
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An immutable, reference-counted pair. Names, descriptions, summaries and
 * evidence are bilingual in the workbook; a view asks for one language and
 * gets the other when the one it asked for is empty.
 */

#define G_LOG_DOMAIN "cb-text"

#include "config.h"

#include <math.h>

#include "cb-text.h"
#include "cb-model-private.h"

struct _CbText
{
  char *en;
  char *zh;
};

G_DEFINE_BOXED_TYPE (CbText, cb_text, cb_text_ref, cb_text_unref)

static void
text_clear (gpointer data)
{
  CbText *self = data;

  g_free (self->en);
  g_free (self->zh);
}

/* NULL is taken as the empty string. */
CbText *
cb_text_new (const char *en,
             const char *zh)
{
  CbText *self = g_atomic_rc_box_new0 (CbText);

  self->en = g_strdup (en != NULL ? en : "");
  self->zh = g_strdup (zh != NULL ? zh : "");
  return self;
}

CbText *
cb_text_ref (CbText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_text_unref (CbText *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, text_clear);
}

const char *
cb_text_get_en (const CbText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->en;
}

const char *
cb_text_get_zh (const CbText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->zh;
}

/* The text in the given language, or in the other one if that is empty. */
const char *
cb_text_get (const CbText *self,
             CbLanguage    language)
{
  const char *first, *second;

  g_return_val_if_fail (self != NULL, NULL);

  first = language == CB_LANGUAGE_ZH ? self->zh : self->en;
  second = language == CB_LANGUAGE_ZH ? self->en : self->zh;
  return first[0] != '\0' ? first : second;
}

/* "English 中文", or whichever is not empty. */
char *
cb_text_dup_both (const CbText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->en[0] == '\0' || self->zh[0] == '\0' || g_str_equal (self->en, self->zh))
    return g_strdup (cb_text_get (self, CB_LANGUAGE_EN));

  return g_strdup_printf ("%s %s", self->en, self->zh);
}

gboolean
cb_text_is_empty (const CbText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->en[0] == '\0' && self->zh[0] == '\0';
}

gboolean
cb_text_equal (const CbText *a,
               const CbText *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_str_equal (a->en, b->en) && g_str_equal (a->zh, b->zh);
}

/* Replaces *field by a reference to value (NULL: the empty text); TRUE if
 * the content changed. */
gboolean
_cb_text_set (CbText **field,
              CbText  *value)
{
  g_autoptr(CbText) old = NULL;

  g_assert (field != NULL);

  if (value == NULL)
    value = cb_text_new ("", "");
  else
    cb_text_ref (value);

  old = g_steal_pointer (field);
  *field = value;
  return !cb_text_equal (old, value);
}

/**
 * cb_format_number:
 * @missing: what to write for NAN
 *
 * A number with a fixed count of decimals in the C locale (a dot, whatever
 * the user's locale), as files and charts want it; −0.0 is written 0.0.
 */
char *
cb_format_number (double      value,
                  int         decimals,
                  const char *missing)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_return_val_if_fail (decimals >= 0 && decimals <= 17, NULL);

  if (isnan (value))
    return g_strdup (missing);
  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0.0;
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}
