/* cb-cli-csv.c: casebench-cli import and export-csv
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-cli-analysis.h"
#include "cb-cli-commands.h"
#include "cb-csv-export.h"
#include "cb-import.h"

/* Each problem as FILE:LINE:COLUMN: message, as compilers write them, so
 * that editors can jump to them. */
static void
print_problems (CbImport *import)
{
  GListModel *problems = cb_import_get_problems (import);
  guint n = g_list_model_get_n_items (problems);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, k);
      g_autofree char *text = cb_import_problem_dup_text (problem);

      g_printerr ("%s\n", text);
    }
  if (cb_import_get_problems_truncated (import))
    g_printerr (_("casebench-cli: stopped after %u problems; fix these and try again.\n"), n);
  g_printerr (_("casebench-cli: nothing was imported; the workbook is unchanged.\n"));
}

static void
print_codes (const char         *label,
             const char * const *codes)
{
  g_autofree char *list = NULL;

  if (codes[0] == NULL)
    return;
  list = g_strjoinv (", ", (char **) codes);
  g_print ("  %s %s\n", label, list);
}

static void
print_summary (CbImport *import,
               gboolean  dry_run)
{
  g_autofree char *display = g_filename_display_name (cb_import_get_path (import));
  g_auto(GStrv) new_codes = cb_import_dup_new_case_codes (import);
  g_auto(GStrv) updated_codes = cb_import_dup_updated_case_codes (import);
  guint n_new = cb_import_get_n_new_cases (import);
  guint n_updated = cb_import_get_n_updated_cases (import);
  guint n_scores = cb_import_get_n_scores (import);

  g_print (dry_run ? _("%s (%s layout) would import:\n") : _("%s (%s layout) imported:\n"),
           display, cb_csv_layout_to_string (cb_import_get_layout (import)));
  g_print ("  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u new case", "%u new cases", n_new), n_new);
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u case updated", "%u cases updated", n_updated), n_updated);
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u score set", "%u scores set", n_scores), n_scores);
  g_print ("\n");
  print_codes (_("New:"), (const char * const *) new_codes);
  print_codes (_("Updated:"), (const char * const *) updated_codes);
  if (dry_run)
    g_print (_("Dry run: nothing was written.\n"));
}

int
cb_cli_import (CbCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(CbImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and show what it would change, without writing"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command (_("FILE.csv"),
                             _("Import cases and scores from a CSV file, wide (one row per case, "
                               "one column per indicator) or long (columns case, indicator, "
                               "value). Everything is imported, or nothing."),
                             entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc != 2)
    return cb_cli_usage_error (_("import needs exactly one FILE.csv."));

  workbook = cb_cli_open_workbook (globals, &error);
  if (workbook == NULL)
    return cb_cli_fail (error);

  import = cb_import_new_from_file (workbook, argv[1]);
  if (!cb_import_is_valid (import))
    {
      print_problems (import);
      return CB_CLI_EXIT_FAILURE;
    }

  if (!dry_run && !cb_import_commit (import, &error))
    {
      /* The workbook changed since the file was checked. */
      if (error->domain == CB_IMPORT_ERROR)
        {
          print_problems (import);
          return CB_CLI_EXIT_FAILURE;
        }
      return cb_cli_fail (error);
    }

  print_summary (import, dry_run);
  return CB_CLI_EXIT_OK;
}

static gboolean
write_output (const char  *output,
              const char  *text,
              GError     **error)
{
  if (g_str_equal (output, "-"))
    {
      g_print ("%s", text);
      return TRUE;
    }
  return cb_csv_write_file (output, text, error);
}

int
cb_cli_export_csv (CbCliGlobals  *globals,
                   int            argc,
                   char         **argv)
{
  g_auto(CbCliAnalysisOptions) options = { 0 };
  g_auto(CbCliAnalysis) analysis = { 0 };
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(CbResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  CbCsvLayout layout = CB_CSV_LAYOUT_WIDE;
  int status = CB_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what,
      N_("What to write: scores (re-importable) or results"), N_("WHAT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format,
      N_("Layout: wide (one row per case, the default) or long (one row per value)"),
      N_("FORMAT") },
    CB_CLI_ANALYSIS_ENTRIES (options),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write (- for standard output)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("Write the scores or the results as a CSV file."),
                             entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (what == NULL || (!g_str_equal (what, "scores") && !g_str_equal (what, "results")))
    return cb_cli_usage_error (_("Give --what scores or --what results."));
  if (output == NULL)
    return cb_cli_usage_error (_("Give the file to write with -o FILE."));

  if (g_str_equal (what, "scores"))
    {
      if (options.weights != NULL || options.method != NULL || options.normalisation != NULL)
        return cb_cli_usage_error (_("--weights, --method and --normalisation apply to "
                                     "--what results only."));
      if (options.format != NULL && !cb_csv_layout_from_string (options.format, &layout))
        return cb_cli_usage_error (_("Unknown format “%s”: use %s."), options.format, "wide, long");

      workbook = cb_cli_open_workbook (globals, &error);
      if (workbook == NULL)
        return cb_cli_fail (error);
      text = cb_csv_export_scores (workbook, layout);
    }
  else
    {
      if (!cb_cli_analysis_prepare (globals, &options, "wide|long", &analysis, &status))
        return status;
      if (options.format != NULL)
        cb_csv_layout_from_string (options.format, &layout);

      result = cb_analyse (analysis.dataset, analysis.weights, analysis.normalisation,
                           analysis.aggregation, &error);
      if (result == NULL)
        return cb_cli_fail (error);
      text = cb_csv_export_results (result, cb_weight_set_get_code (analysis.weight_set), layout);
    }

  if (!write_output (output, text, &error))
    return cb_cli_fail (error);
  return CB_CLI_EXIT_OK;
}
