/* cb-cli.c: the casebench-cli front end over the core library
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cb-cli.h"
#include "cb-cli-commands.h"
#include "cb-version.h"

static const CbCliCommand commands[] = {
  { "ahp", N_("AHP weights and consistency from a comparison matrix (CSV)"), cb_cli_ahp },
  { "export", N_("Draw a chart into a PNG, SVG or PDF file"), cb_cli_export },
  { "export-csv", N_("Write the scores or the results as CSV"), cb_cli_export_csv },
  { "import", N_("Import cases and scores from a CSV file"), cb_cli_import },
  { "info", N_("Summarise a workbook: cases, framework, weight sets"), cb_cli_info },
  { "init", N_("Create a new workbook FILE from the default data"), cb_cli_init },
  { "rank", N_("Rank the cases by composite score, with dimension scores"), cb_cli_rank },
  { "report", N_("Write a PDF report of the workbook"), cb_cli_report },
  { "sensitivity", N_("Monte Carlo robustness of the ranking to the weights"), cb_cli_sensitivity },
  { NULL, NULL, NULL },
};

int
cb_cli_usage_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("casebench-cli: %s\n", message);
  g_printerr (_("Try “casebench-cli --help” for more information.\n"));
  return CB_CLI_EXIT_USAGE;
}

int
cb_cli_fail (const GError *error)
{
  g_printerr ("casebench-cli: %s\n", error->message);
  return CB_CLI_EXIT_FAILURE;
}

/* Parses a command's own options; FALSE (with the usage error printed)
 * when they are wrong. */
gboolean
cb_cli_parse_command (const char          *parameters,
                      const char          *summary,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      cb_cli_usage_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* The workbook of --workbook, else the user's own. */
CbWorkbook *
cb_cli_open_workbook (CbCliGlobals  *globals,
                      GError       **error)
{
  if (globals->workbook_path != NULL)
    return cb_workbook_open (globals->workbook_path, error);
  return cb_workbook_open_user (error);
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; commands[i].name != NULL; i++)
    g_string_append_printf (text, "\n  %-14s %s", commands[i].name, _(commands[i].summary));

  g_string_append_c (text, '\n');
  g_string_append (text, _("Exit status: 0 on success, 1 on failure, 2 on a usage error."));
  return g_string_free (text, FALSE);
}

int
cb_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *workbook_path = NULL;
  g_auto(GStrv) args = NULL;
  gboolean show_version = FALSE;
  CbCliGlobals globals = { 0 };
  int n_args;
  const GOptionEntry entries[] = {
    { "workbook", 'w', 0, G_OPTION_ARG_FILENAME, &workbook_path,
      N_("Workbook to use (default: the user’s workbook)"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &show_version,
      N_("Print the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_summary (context, _("Compare cases of urban community governance "
                                           "from the command line."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* Stop at the command: its own options follow it. */
  g_option_context_set_strict_posix (context, TRUE);

  args = g_strdupv (argv);
  n_args = argc;
  if (!g_option_context_parse_strv (context, &args, &error))
    return cb_cli_usage_error ("%s", error->message);

  if (show_version)
    {
      g_autofree char *text = cb_version_describe ();

      g_print ("%s", text);
      return CB_CLI_EXIT_OK;
    }

  n_args = (int) g_strv_length (args);
  if (n_args < 2)
    return cb_cli_usage_error (_("No command given."));

  globals.workbook_path = workbook_path;
  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (commands[i].name, args[1]))
      return commands[i].run (&globals, n_args - 1, args + 1);

  return cb_cli_usage_error (_("Unknown command “%s”."), args[1]);
}
