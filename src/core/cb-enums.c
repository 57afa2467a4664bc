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

static gboolean name_to_value (const char * const *names,
                               guint               n_names,
                               const char         *text,
                               int                *value);

gboolean
cb_confidence_from_string (const char   *text,
                           CbConfidence *confidence)
{
  int value;

  g_return_val_if_fail (confidence != NULL, FALSE);

  if (!name_to_value (confidence_names, G_N_ELEMENTS (confidence_names), text, &value))
    return FALSE;
  *confidence = (CbConfidence) value;
  return TRUE;
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

static const char * const normalisation_names[] = {
  [CB_NORMALISATION_GOALPOSTS] = "goalposts",
  [CB_NORMALISATION_MINMAX] = "minmax",
  [CB_NORMALISATION_ZSCORE] = "zscore",
  [CB_NORMALISATION_RANK] = "rank",
  [CB_NORMALISATION_TARGET] = "target",
};

static const char * const aggregation_names[] = {
  [CB_AGGREGATION_ARITHMETIC] = "arithmetic",
  [CB_AGGREGATION_GEOMETRIC] = "geometric",
};

static const char * const csv_layout_names[] = {
  [CB_CSV_LAYOUT_WIDE] = "wide",
  [CB_CSV_LAYOUT_LONG] = "long",
};

static gboolean
name_to_value (const char * const *names,
               guint               n_names,
               const char         *text,
               int                *value)
{
  for (guint i = 0; text != NULL && i < n_names; i++)
    {
      if (g_ascii_strcasecmp (text, names[i]) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The names used on the command line and in files. */
const char *
cb_normalisation_to_string (CbNormalisation normalisation)
{
  g_return_val_if_fail (normalisation <= CB_NORMALISATION_TARGET, NULL);

  return normalisation_names[normalisation];
}

gboolean
cb_normalisation_from_string (const char      *text,
                              CbNormalisation *normalisation)
{
  int value;

  g_return_val_if_fail (normalisation != NULL, FALSE);

  if (!name_to_value (normalisation_names, G_N_ELEMENTS (normalisation_names), text, &value))
    return FALSE;
  *normalisation = (CbNormalisation) value;
  return TRUE;
}

const char *
cb_aggregation_to_string (CbAggregation aggregation)
{
  g_return_val_if_fail (aggregation <= CB_AGGREGATION_GEOMETRIC, NULL);

  return aggregation_names[aggregation];
}

gboolean
cb_aggregation_from_string (const char    *text,
                            CbAggregation *aggregation)
{
  int value;

  g_return_val_if_fail (aggregation != NULL, FALSE);

  if (!name_to_value (aggregation_names, G_N_ELEMENTS (aggregation_names), text, &value))
    return FALSE;
  *aggregation = (CbAggregation) value;
  return TRUE;
}

/* "wide" or "long", as the command line takes them. */
const char *
cb_csv_layout_to_string (CbCsvLayout layout)
{
  g_return_val_if_fail (layout <= CB_CSV_LAYOUT_LONG, NULL);

  return csv_layout_names[layout];
}

gboolean
cb_csv_layout_from_string (const char  *text,
                           CbCsvLayout *layout)
{
  int value;

  g_return_val_if_fail (layout != NULL, FALSE);

  if (!name_to_value (csv_layout_names, G_N_ELEMENTS (csv_layout_names), text, &value))
    return FALSE;
  *layout = (CbCsvLayout) value;
  return TRUE;
}
