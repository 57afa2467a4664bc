/* cb-cli-report.c: casebench-cli report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "cb-cli-analysis.h"
#include "cb-cli-commands.h"
#include "cb-report.h"

int
cb_cli_report (CbCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_auto(CbCliAnalysisOptions) options = { 0 };
  g_auto(CbCliAnalysis) analysis = { 0 };
  g_autofree char *lang = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GError) error = NULL;
  CbReportOptions report;
  int samples = 0, status = CB_CLI_EXIT_OK;
  double noise = 0.25;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    CB_CLI_ANALYSIS_ENTRIES (options),
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the report: en or zh (default: that of the interface)"), N_("LANG") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("Paper size: a4 (default) or letter"), N_("PAPER") },
    { "samples", 0, 0, G_OPTION_ARG_INT, &samples,
      N_("Monte Carlo samples for a section on the ranking’s robustness (default 0: none)"), N_("N") },
    { "noise", 0, 0, G_OPTION_ARG_DOUBLE, &noise,
      N_("How far each weight may move in the Monte Carlo run, 0 to 1 (default 0.25)"), N_("F") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the random numbers (default 1)"), N_("S") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("PDF file to write"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("Write a PDF report: framework, method, weights, charts and case "
                                   "profiles."), entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (output == NULL)
    return cb_cli_usage_error (_("Give the file to write with -o FILE."));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return cb_cli_usage_error (_("The report must be a .pdf file."));

  cb_report_options_init (&report);
  if (paper != NULL && !cb_report_paper_from_string (paper, &report.paper))
    return cb_cli_usage_error (_("Unknown paper size “%s”: use a4 or letter."), paper);
  if (samples < 0 || samples > 1000000)
    return cb_cli_usage_error (_("--samples must be between 0 and 1000000."));
  if (!(noise >= 0.0 && noise <= 1.0))
    return cb_cli_usage_error (_("--noise must be between 0 and 1."));
  if (seed < 0 || seed > G_MAXUINT32)
    return cb_cli_usage_error (_("--seed must be between 0 and 4294967295."));

  if (lang != NULL && (g_str_equal (lang, "en") || g_str_equal (lang, "zh")))
    {
      /* Headings follow too: gettext reads LANGUAGE on each call. */
      report.language = g_str_equal (lang, "zh") ? CB_LANGUAGE_ZH : CB_LANGUAGE_EN;
      g_setenv ("LANGUAGE", g_str_equal (lang, "zh") ? "zh_CN" : "en", TRUE);
    }
  else if (lang != NULL)
    return cb_cli_usage_error (_("Unknown language “%s”: use en or zh."), lang);

  /* Pango loads the font configuration in a thread of its own: start it
   * now, so that it overlaps with opening the workbook. */
  pango_cairo_font_map_get_default ();

  if (!cb_cli_analysis_prepare (globals, &options, "", &analysis, &status))
    return status;

  report.weight_set = analysis.weight_set;
  report.normalisation = analysis.normalisation;
  report.aggregation = analysis.aggregation;
  report.include_sensitivity = samples > 0;
  report.sensitivity.samples = samples > 0 ? (guint) samples : report.sensitivity.samples;
  report.sensitivity.noise = noise;
  report.sensitivity.seed = (guint32) seed;
  if (!cb_report_write (analysis.workbook, &report, output, NULL, &error))
    return cb_cli_fail (error);
  return CB_CLI_EXIT_OK;
}
