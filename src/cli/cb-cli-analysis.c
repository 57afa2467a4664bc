/* cb-cli-analysis.c: casebench-cli rank and sensitivity
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "cb-cli-analysis.h"
#include "cb-cli-commands.h"
#include "cb-sensitivity.h"

/* Locale-independent numbers for files, "" for missing. */

static void
add_number_or_null (JsonBuilder *builder,
                    double       value)
{
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

/* Cases by rank, references and unranked cases last, then in order. */
static GArray *
case_order (const CbResult *result)
{
  CbDataset *dataset = cb_result_get_dataset (result);
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = cb_dataset_get_n_cases (dataset);

  for (guint rank = 1; rank <= n; rank++)
    for (guint c = 0; c < n; c++)
      if (cb_result_get_rank (result, c) == rank)
        g_array_append_val (order, c);
  for (guint c = 0; c < n; c++)
    if (cb_result_get_rank (result, c) == 0)
      g_array_append_val (order, c);
  return order;
}

static void
print_notes (const CbResult *result)
{
  const char * const *notes = cb_result_get_notes (result);

  for (guint k = 0; notes[k] != NULL; k++)
    g_print (_("Note: %s\n"), notes[k]);
}

static void
print_rank_table (const CbCliAnalysis *analysis,
                  const CbResult *result)
{
  CbDataset *dataset = analysis->dataset;
  CbLanguage language = cb_language_from_locale ();
  g_autoptr(GArray) order = case_order (result);
  guint n_dimensions = cb_dataset_get_n_dimensions (dataset);

  g_print (_("Weights: %s · method: %s · normalisation: %s\n\n"),
           cb_weight_set_get_code (analysis->weight_set),
           cb_aggregation_to_string (analysis->aggregation),
           cb_normalisation_to_string (analysis->normalisation));
  g_print ("%-5s %-20s %-24s %10s", _("Rank"), _("Code"), _("Name"), _("Composite"));
  for (guint d = 0; d < n_dimensions; d++)
    g_print (" %16s", cb_dataset_get_dimension_code (dataset, d));
  g_print ("\n");

  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      guint rank = cb_result_get_rank (result, c);
      g_autofree char *rank_text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("-");
      g_autofree char *composite = cb_format_number (cb_result_get_composite (result, c), 2, "");
      const char *name = cb_text_get (cb_dataset_get_case_name (dataset, c), language);
      /* Pad by characters, not bytes, so that Chinese names line up. */
      glong pad = MAX (0, 24 - g_utf8_strlen (name, -1));

      g_print ("%-5s %-20s %s%*s %10s", rank_text, cb_dataset_get_case_code (dataset, c),
               name, (int) pad, "", composite);
      for (guint d = 0; d < n_dimensions; d++)
        {
          g_autofree char *score = cb_format_number (cb_result_get_dimension_score (result, c, d), 2, "");

          g_print (" %16s", score);
        }
      if (cb_dataset_get_case_is_reference (dataset, c))
        g_print (_(" (reference)"));
      g_print ("\n");
    }
  g_print ("\n");
  print_notes (result);
}

static void
print_rank_csv (const CbCliAnalysis *analysis,
                const CbResult *result)
{
  CbDataset *dataset = analysis->dataset;
  g_autoptr(GArray) order = case_order (result);
  guint n_dimensions = cb_dataset_get_n_dimensions (dataset);

  g_print ("code,name_en,name_zh,reference,rank,composite");
  for (guint d = 0; d < n_dimensions; d++)
    g_print (",%s", cb_dataset_get_dimension_code (dataset, d));
  g_print ("\r\n");

  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      CbText *name = cb_dataset_get_case_name (dataset, c);
      g_autofree char *composite = cb_format_number (cb_result_get_composite (result, c), 10, "");
      g_autofree char *rank = cb_result_get_rank (result, c) > 0
                              ? g_strdup_printf ("%u", cb_result_get_rank (result, c)) : g_strdup ("");
      g_autoptr(GString) en = g_string_new (cb_text_get_en (name));
      g_autoptr(GString) zh = g_string_new (cb_text_get_zh (name));

      /* RFC 4180: quote every name, doubling its quotes. */
      g_string_replace (en, "\"", "\"\"", 0);
      g_string_replace (zh, "\"", "\"\"", 0);
      g_print ("%s,\"%s\",\"%s\",%s,%s,%s", cb_dataset_get_case_code (dataset, c), en->str, zh->str,
               cb_dataset_get_case_is_reference (dataset, c) ? "true" : "false", rank, composite);
      for (guint d = 0; d < n_dimensions; d++)
        {
          g_autofree char *score = cb_format_number (cb_result_get_dimension_score (result, c, d), 10, "");

          g_print (",%s", score);
        }
      g_print ("\r\n");
    }
}

static void
add_case_identity (JsonBuilder     *builder,
                   const CbDataset *dataset,
                   guint            c)
{
  CbText *name = cb_dataset_get_case_name (dataset, c);

  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, cb_dataset_get_case_code (dataset, c));
  json_builder_set_member_name (builder, "name_en");
  json_builder_add_string_value (builder, cb_text_get_en (name));
  json_builder_set_member_name (builder, "name_zh");
  json_builder_add_string_value (builder, cb_text_get_zh (name));
  json_builder_set_member_name (builder, "reference");
  json_builder_add_boolean_value (builder, cb_dataset_get_case_is_reference (dataset, c));
}

static void
add_analysis_members (JsonBuilder    *builder,
                      const CbCliAnalysis *analysis)
{
  json_builder_set_member_name (builder, "weights");
  json_builder_add_string_value (builder, cb_weight_set_get_code (analysis->weight_set));
  json_builder_set_member_name (builder, "method");
  json_builder_add_string_value (builder, cb_aggregation_to_string (analysis->aggregation));
  json_builder_set_member_name (builder, "normalisation");
  json_builder_add_string_value (builder, cb_normalisation_to_string (analysis->normalisation));
}

static void
add_notes (JsonBuilder    *builder,
           const CbResult *result)
{
  const char * const *notes = cb_result_get_notes (result);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint k = 0; notes[k] != NULL; k++)
    json_builder_add_string_value (builder, notes[k]);
  json_builder_end_array (builder);
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_rank_json (const CbCliAnalysis *analysis,
                 const CbResult *result)
{
  CbDataset *dataset = analysis->dataset;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) order = case_order (result);

  json_builder_begin_object (builder);
  add_analysis_members (builder, analysis);
  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);

      json_builder_begin_object (builder);
      add_case_identity (builder, dataset, c);
      json_builder_set_member_name (builder, "composite");
      add_number_or_null (builder, cb_result_get_composite (result, c));
      json_builder_set_member_name (builder, "rank");
      if (cb_result_get_rank (result, c) > 0)
        json_builder_add_int_value (builder, cb_result_get_rank (result, c));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "dimensions");
      json_builder_begin_object (builder);
      for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
        {
          json_builder_set_member_name (builder, cb_dataset_get_dimension_code (dataset, d));
          add_number_or_null (builder, cb_result_get_dimension_score (result, c, d));
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_notes (builder, result);
  json_builder_end_object (builder);
  print_json (builder);
}

int
cb_cli_rank (CbCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  g_auto(CbCliAnalysisOptions) options = { 0 };
  g_auto(CbCliAnalysis) analysis = { 0 };
  g_autoptr(CbResult) result = NULL;
  g_autoptr(GError) error = NULL;
  int status = CB_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    CB_CLI_ANALYSIS_ENTRIES (options),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format,
      N_("Output format: table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("Rank the cases by their composite score."), entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (!cb_cli_analysis_prepare (globals, &options, "table|csv|json", &analysis, &status))
    return status;

  result = cb_analyse (analysis.dataset, analysis.weights, analysis.normalisation,
                       analysis.aggregation, &error);
  if (result == NULL)
    return cb_cli_fail (error);

  if (options.format == NULL || g_str_equal (options.format, "table"))
    print_rank_table (&analysis, result);
  else if (g_str_equal (options.format, "csv"))
    print_rank_csv (&analysis, result);
  else
    print_rank_json (&analysis, result);
  return CB_CLI_EXIT_OK;
}

static void
print_sensitivity_table (const CbCliAnalysis      *analysis,
                         const CbSensitivity *sensitivity)
{
  const CbSensitivitySettings *settings = cb_sensitivity_get_settings (sensitivity);
  CbResult *nominal = cb_sensitivity_get_nominal (sensitivity);
  CbDataset *dataset = analysis->dataset;
  g_autoptr(GArray) order = case_order (nominal);
  guint n_ranked = cb_sensitivity_get_n_ranked (sensitivity);
  g_autofree char *noise = cb_format_number (settings->noise * 100.0, 1, "");

  g_print (_("Monte Carlo over the weights: %u samples, noise ±%s %%, seed %u%s%s\n"),
           settings->samples, noise, settings->seed,
           settings->dirichlet ? _(", weights drawn on the simplex") : "",
           settings->vary_aggregation ? _(", method drawn per sample") : "");
  g_print (_("Weights: %s · method: %s · normalisation: %s\n\n"),
           cb_weight_set_get_code (analysis->weight_set),
           cb_aggregation_to_string (analysis->aggregation),
           cb_normalisation_to_string (analysis->normalisation));

  g_print ("%-20s %7s %6s %6s %6s %6s", _("Code"), _("Nominal"), _("Mean"), _("Median"), "5%", "95%");
  for (guint r = 1; r <= n_ranked; r++)
    {
      g_autofree char *head = g_strdup_printf ("P(%u)", r);

      g_print (" %6s", head);
    }
  g_print ("\n");

  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);
      g_autofree char *mean = NULL;
      g_autofree char *median = NULL;
      g_autofree char *lo = NULL;
      g_autofree char *hi = NULL;

      if (cb_sensitivity_get_nominal_rank (sensitivity, c) == 0)
        continue;
      mean = cb_format_number (cb_sensitivity_get_mean_rank (sensitivity, c), 2, "");
      median = cb_format_number (cb_sensitivity_get_quantile (sensitivity, c, 0.5), 1, "");
      lo = cb_format_number (cb_sensitivity_get_quantile (sensitivity, c, 0.05), 1, "");
      hi = cb_format_number (cb_sensitivity_get_quantile (sensitivity, c, 0.95), 1, "");
      g_print ("%-20s %7u %6s %6s %6s %6s", cb_dataset_get_case_code (dataset, c),
               cb_sensitivity_get_nominal_rank (sensitivity, c), mean, median, lo, hi);
      for (guint r = 1; r <= n_ranked; r++)
        {
          g_autofree char *p = cb_format_number (cb_sensitivity_get_probability (sensitivity, c, r), 3, "");

          g_print (" %6s", p);
        }
      g_print ("\n");
    }
  g_print ("\n");
  print_notes (nominal);
}

static void
print_sensitivity_json (const CbCliAnalysis      *analysis,
                        const CbSensitivity *sensitivity)
{
  const CbSensitivitySettings *settings = cb_sensitivity_get_settings (sensitivity);
  CbResult *nominal = cb_sensitivity_get_nominal (sensitivity);
  CbDataset *dataset = analysis->dataset;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) order = case_order (nominal);

  json_builder_begin_object (builder);
  add_analysis_members (builder, analysis);
  json_builder_set_member_name (builder, "samples");
  json_builder_add_int_value (builder, settings->samples);
  json_builder_set_member_name (builder, "noise");
  json_builder_add_double_value (builder, settings->noise);
  json_builder_set_member_name (builder, "seed");
  json_builder_add_int_value (builder, settings->seed);
  json_builder_set_member_name (builder, "rng");
  json_builder_add_string_value (builder, "glib-mt19937");
  json_builder_set_member_name (builder, "dirichlet");
  json_builder_add_boolean_value (builder, settings->dirichlet);
  json_builder_set_member_name (builder, "vary_method");
  json_builder_add_boolean_value (builder, settings->vary_aggregation);
  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  for (guint k = 0; k < order->len; k++)
    {
      guint c = g_array_index (order, guint, k);

      if (cb_sensitivity_get_nominal_rank (sensitivity, c) == 0)
        continue;
      json_builder_begin_object (builder);
      add_case_identity (builder, dataset, c);
      json_builder_set_member_name (builder, "nominal_rank");
      json_builder_add_int_value (builder, cb_sensitivity_get_nominal_rank (sensitivity, c));
      json_builder_set_member_name (builder, "mean_rank");
      json_builder_add_double_value (builder, cb_sensitivity_get_mean_rank (sensitivity, c));
      json_builder_set_member_name (builder, "median_rank");
      json_builder_add_double_value (builder, cb_sensitivity_get_quantile (sensitivity, c, 0.5));
      json_builder_set_member_name (builder, "p05");
      json_builder_add_double_value (builder, cb_sensitivity_get_quantile (sensitivity, c, 0.05));
      json_builder_set_member_name (builder, "p95");
      json_builder_add_double_value (builder, cb_sensitivity_get_quantile (sensitivity, c, 0.95));
      json_builder_set_member_name (builder, "rank_probabilities");
      json_builder_begin_array (builder);
      for (guint r = 1; r <= cb_sensitivity_get_n_ranked (sensitivity); r++)
        json_builder_add_double_value (builder, cb_sensitivity_get_probability (sensitivity, c, r));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_notes (builder, nominal);
  json_builder_end_object (builder);
  print_json (builder);
}

int
cb_cli_sensitivity (CbCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  g_auto(CbCliAnalysisOptions) options = { 0 };
  g_auto(CbCliAnalysis) analysis = { 0 };
  g_autoptr(CbSensitivity) sensitivity = NULL;
  g_autoptr(GError) error = NULL;
  CbSensitivitySettings settings;
  int status = CB_CLI_EXIT_OK;
  int samples = 1000;
  double noise = 0.25;
  gint64 seed = 1;
  gboolean vary = FALSE, dirichlet = FALSE;
  const GOptionEntry entries[] = {
    CB_CLI_ANALYSIS_ENTRIES (options),
    { "samples", 's', 0, G_OPTION_ARG_INT, &samples,
      N_("Number of samples (default 1000)"), N_("N") },
    { "noise", 0, 0, G_OPTION_ARG_DOUBLE, &noise,
      N_("How far each weight may move, as a fraction of itself (default 0.25)"), N_("F") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Seed of the random numbers (default 1)"), N_("S") },
    { "vary-method", 0, 0, G_OPTION_ARG_NONE, &vary,
      N_("Also draw the aggregation, arithmetic or geometric, per sample"), NULL },
    { "dirichlet", 0, 0, G_OPTION_ARG_NONE, &dirichlet,
      N_("Draw weights uniformly on the simplex instead of around the nominal ones"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format,
      N_("Output format: table (default) or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("How robust is the ranking when the weights change?"),
                             entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (samples < 1 || samples > 10000000)
    return cb_cli_usage_error (_("--samples must be between 1 and 10000000."));
  if (!(noise >= 0.0 && noise <= 1.0))
    return cb_cli_usage_error (_("--noise must be between 0 and 1."));
  if (seed < 0 || seed > G_MAXUINT32)
    return cb_cli_usage_error (_("--seed must be between 0 and 4294967295."));
  if (!cb_cli_analysis_prepare (globals, &options, "table|json", &analysis, &status))
    return status;

  cb_sensitivity_settings_init (&settings);
  settings.samples = (guint) samples;
  settings.noise = noise;
  settings.seed = (guint32) seed;
  settings.vary_aggregation = vary;
  settings.dirichlet = dirichlet;
  settings.normalisation = analysis.normalisation;
  settings.aggregation = analysis.aggregation;
  sensitivity = cb_sensitivity_run (analysis.dataset, analysis.weights, &settings, NULL, NULL, NULL,
                                    &error);
  if (sensitivity == NULL)
    return cb_cli_fail (error);

  if (options.format != NULL && g_str_equal (options.format, "json"))
    print_sensitivity_json (&analysis, sensitivity);
  else
    print_sensitivity_table (&analysis, sensitivity);
  return CB_CLI_EXIT_OK;
}
