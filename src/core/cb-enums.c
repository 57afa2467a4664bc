/* cb-enums.c: enumerations of the core model
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-enums"

#include "config.h"

#include "cb-enums.h"

static const char * const confidence_names[] = {
  [CB_CONFIDENCE_LOW] = "low",
  [CB_CONFIDENCE_MEDIUM] = "medium",
  [CB_CONFIDENCE_HIGH] = "high",
};

/* The name used in workbooks and files: "low", "medium" or "high". */
const char *
cb_confidence_to_string (CbConfidence confidence)
{
  g_return_val_if_fail (confidence <= CB_CONFIDENCE_HIGH, NULL);

  return confidence_names[confidence];
}

gboolean
cb_confidence_from_string (const char   *text,
                           CbConfidence *confidence)
{
  g_return_val_if_fail (confidence != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (confidence_names); i++)
    {
      if (g_ascii_strcasecmp (text, confidence_names[i]) == 0)
        {
          *confidence = (CbConfidence) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The language of data labels that follows the user interface: Chinese
 * when the first language the user asked for is, else English. */
CbLanguage
cb_language_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        continue;
      return g_str_has_prefix (names[i], "zh") ? CB_LANGUAGE_ZH : CB_LANGUAGE_EN;
    }
  return CB_LANGUAGE_EN;
}
