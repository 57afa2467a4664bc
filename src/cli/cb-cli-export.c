/* cb-cli-export.c: casebench-cli export
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "cb-chart-export.h"
#include "cb-cli-analysis.h"
#include "cb-cli-commands.h"

/* The dataset indices of the codes listed, or of every case when
 * codes is NULL. */
static GArray *
select_cases (const CbDataset  *dataset,
              const char       *codes,
              GError          **error)
{
  GArray *cases = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) list = NULL;

  if (codes == NULL)
    {
      for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
        g_array_append_val (cases, c);
      return cases;
    }

  list = g_strsplit (codes, ",", -1);
  for (guint k = 0; list[k] != NULL; k++)
    {
      const char *code = g_strstrip (list[k]);
      int c;

      if (code[0] == '\0')
        continue;
      c = cb_dataset_find_case (dataset, code);
      if (c < 0)
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                       _("The workbook has no case “%s”."), code);
          g_array_unref (cases);
          return NULL;
        }
      g_array_append_val (cases, c);
    }
  return cases;
}

int
cb_cli_export (CbCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_auto(CbCliAnalysisOptions) options = { 0 };
  g_auto(CbCliAnalysis) analysis = { 0 };
  g_autofree char *chart = NULL;
  g_autofree char *cases_option = NULL;
  g_autofree char *level = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GArray) cases = NULL;
  g_autoptr(CbResult) result = NULL;
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(CbSensitivity) sensitivity = NULL;
  g_autoptr(GError) error = NULL;
  CbChartStyle style;
  CbChartKind kind;
  CbChartFormat format;
  CbChartLabels labels = CB_CHART_LABELS_EN;
  gboolean small_multiples = FALSE, sort_by_gap = FALSE;
  double width = 1200, height = 900, scale = 1;
  int samples = 0, status = CB_CLI_EXIT_OK;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart,
      N_("Chart: radar, gap, ranking, heatmap or acceptability"), N_("CHART") },
    { "cases", 0, 0, G_OPTION_ARG_STRING, &cases_option,
      N_("Cases to show, by code, separated by commas (default: all)"), N_("CODE,…") },
    { "level", 'l', 0, G_OPTION_ARG_STRING, &level,
      N_("Axes: dimension (default) or indicator"), N_("LEVEL") },
    CB_CLI_ANALYSIS_ENTRIES (options),
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the chart: en, zh or both (default: that of the interface)"), N_("LANG") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme,
      N_("light (default) or dark"), N_("THEME") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels (default 1200)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in pixels (default 900)"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Pixels per pixel for PNG, e.g. 2 for HiDPI (default 1)"), N_("S") },
    { "small-multiples", 0, 0, G_OPTION_ARG_NONE, &small_multiples,
      N_("One small chart per case (radar, gap)"), NULL },
    { "sort-by-gap", 0, 0, G_OPTION_ARG_NONE, &sort_by_gap,
      N_("Gap chart: largest weighted gap first"), NULL },
    { "samples", 0, 0, G_OPTION_ARG_INT, &samples,
      N_("Ranking and acceptability charts: Monte Carlo samples (default 0: none)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the random numbers (default 1)"), N_("S") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write: .png, .svg or .pdf"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("Draw a chart into a PNG, SVG or PDF file."), entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (chart == NULL || !cb_chart_kind_from_string (chart, &kind))
    return cb_cli_usage_error (_("Give --chart radar, gap, ranking, heatmap or acceptability."));
  if (output == NULL)
    return cb_cli_usage_error (_("Give the file to write with -o FILE."));
  if (!cb_chart_format_from_path (output, &format))
    return cb_cli_usage_error (_("The file must end in .png, .svg or .pdf."));
  if (level != NULL && !g_str_equal (level, "dimension") && !g_str_equal (level, "indicator"))
    return cb_cli_usage_error (_("Unknown level “%s”: use dimension or indicator."), level);
  if (theme != NULL && !g_str_equal (theme, "light") && !g_str_equal (theme, "dark"))
    return cb_cli_usage_error (_("Unknown theme “%s”: use light or dark."), theme);
  if (samples < 0 || samples > 1000000)
    return cb_cli_usage_error (_("--samples must be between 0 and 1000000."));
  if (seed < 0 || seed > G_MAXUINT32)
    return cb_cli_usage_error (_("--seed must be between 0 and 4294967295."));
  if (kind == CB_CHART_ACCEPTABILITY && samples == 0)
    return cb_cli_usage_error (_("The acceptability chart needs a sensitivity run: give --samples N."));

  if (lang == NULL)
    labels = cb_language_from_locale () == CB_LANGUAGE_ZH ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
  else if (g_str_equal (lang, "en") || g_str_equal (lang, "zh"))
    {
      /* Titles and legends follow too: gettext reads LANGUAGE on each call. */
      labels = g_str_equal (lang, "zh") ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
      g_setenv ("LANGUAGE", g_str_equal (lang, "zh") ? "zh_CN" : "en", TRUE);
    }
  else if (g_str_equal (lang, "both"))
    labels = CB_CHART_LABELS_BOTH;
  else
    return cb_cli_usage_error (_("Unknown language “%s”: use en, zh or both."), lang);

  /* Pango loads the font configuration in a thread of its own: start it
   * now, so that it overlaps with opening the workbook. */
  pango_cairo_font_map_get_default ();

  if (!cb_cli_analysis_prepare (globals, &options, "", &analysis, &status))
    return status;

  cases = select_cases (analysis.dataset, cases_option, &error);
  if (cases == NULL)
    return cb_cli_fail (error);

  result = cb_analyse (analysis.dataset, analysis.weights, analysis.normalisation, analysis.aggregation,
                       &error);
  if (result == NULL)
    return cb_cli_fail (error);

  data = cb_chart_data_new (result);
  cb_chart_data_set_cases (data, (const guint *) cases->data, cases->len);
  cb_chart_data_set_level (data, level != NULL && g_str_equal (level, "indicator")
                                 ? CB_CHART_LEVEL_INDICATOR : CB_CHART_LEVEL_DIMENSION);
  cb_chart_data_set_labels (data, labels);
  cb_chart_data_set_small_multiples (data, small_multiples);
  cb_chart_data_set_sort_by_gap (data, sort_by_gap);
  {
    CbText *name = cb_weight_set_get_name (analysis.weight_set);
    g_autofree char *label = labels == CB_CHART_LABELS_BOTH ? cb_text_dup_both (name)
                             : g_strdup (cb_text_get (name, labels == CB_CHART_LABELS_ZH ? CB_LANGUAGE_ZH
                                                                                       : CB_LANGUAGE_EN));

    cb_chart_data_set_weight_set_name (data, label);
  }

  if (samples > 0)
    {
      CbSensitivitySettings settings;

      cb_sensitivity_settings_init (&settings);
      settings.samples = (guint) samples;
      settings.seed = (guint32) seed;
      settings.normalisation = analysis.normalisation;
      settings.aggregation = analysis.aggregation;
      sensitivity = cb_sensitivity_run (analysis.dataset, analysis.weights, &settings, NULL, NULL, NULL,
                                        &error);
      if (sensitivity == NULL)
        return cb_cli_fail (error);
      cb_chart_data_set_sensitivity (data, sensitivity);
    }

  cb_chart_style_init (&style, theme != NULL && g_str_equal (theme, "dark"));
  if (!cb_chart_export (kind, data, &style, width, height, scale, output, &error))
    return cb_cli_fail (error);
  return CB_CLI_EXIT_OK;
}
