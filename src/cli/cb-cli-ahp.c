/* cb-cli-ahp.c: casebench-cli ahp, weights from a pairwise comparison matrix
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cb-ahp.h"
#include "cb-cli-commands.h"

/* Parses the command's own options; FALSE (with the usage message printed)
 * if they are wrong. argv is the NULL-terminated tail of the string vector
 * cb_cli_run () owns: the _strv variant frees what it removes from it. */
static gboolean
parse_options (const char          *parameters,
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
  if (!g_option_context_parse_strv (context, argv, &error))
    {
      cb_cli_usage_error ("%s", error->message);
      return FALSE;
    }
  *argc = (int) g_strv_length (*argv);
  return TRUE;
}

static const char *
describe_ri_table (CbAhpRandomIndex table)
{
  return table == CB_AHP_RI_SAATY_2008 ? _("Saaty 2008") : _("Saaty 1980");
}

/* The width of text on a terminal: CJK characters take two columns. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

static void
print_padded (const char *text,
              guint       width)
{
  guint used = display_width (text);

  g_print ("%s", text);
  for (guint i = used; i < width; i++)
    g_print (" ");
}

static void
print_text (CbAhpResult       *result,
            const char * const *labels)
{
  guint n = cb_ahp_result_get_n (result);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *element = _("Element");
  guint width = display_width (element);

  for (guint i = 0; i < n; i++)
    {
      char *name = labels != NULL ? g_strdup (labels[i]) : g_strdup_printf ("%u", i + 1);

      width = MAX (width, display_width (name));
      g_ptr_array_add (names, name);
    }

  if (cb_ahp_result_get_method (result) == CB_AHP_METHOD_EIGENVECTOR)
    g_print (_("AHP weights (principal eigenvector)\n"));
  else
    g_print (_("AHP weights (row geometric mean)\n"));
  g_print ("\n  ");
  print_padded (element, width);
  g_print ("  %s\n", _("Weight"));
  for (guint i = 0; i < n; i++)
    {
      g_print ("  ");
      print_padded (g_ptr_array_index (names, i), width);
      g_print ("  %6.2f %%\n", 100.0 * cb_ahp_result_get_weight (result, i));
    }

  g_print ("\n");
  g_print (_("λmax = %.4f\n"), cb_ahp_result_get_lambda_max (result));
  if (cb_ahp_result_get_method (result) == CB_AHP_METHOD_GEOMETRIC_MEAN)
    g_print (_("       (Σ (A w)ᵢ with the geometric-mean weights w)\n"));
  g_print (_("CI   = %.4f\n"), cb_ahp_result_get_ci (result));
  g_print (_("RI   = %.2f (%s)\n"), cb_ahp_result_get_ri (result),
           describe_ri_table (cb_ahp_result_get_ri_table (result)));
  g_print (_("CR   = %.4f\n"), cb_ahp_result_get_cr (result));
  if (n <= 2)
    g_print (_("Consistent: with two elements or fewer, judgements cannot contradict "
               "each other.\n"));
  else if (cb_ahp_result_is_consistent (result))
    g_print (_("Consistent: CR ≤ 0.10.\n"));
  else
    g_print (_("Not consistent: CR > 0.10. Revise the comparisons.\n"));
}

static void
print_json (CbAhpResult        *result,
            const char * const *labels)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint n = cb_ahp_result_get_n (result);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "weights");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_double_value (builder, cb_ahp_result_get_weight (result, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "labels");
  if (labels != NULL)
    {
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        json_builder_add_string_value (builder, labels[i]);
      json_builder_end_array (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "lambda_max");
  json_builder_add_double_value (builder, cb_ahp_result_get_lambda_max (result));
  json_builder_set_member_name (builder, "ci");
  json_builder_add_double_value (builder, cb_ahp_result_get_ci (result));
  json_builder_set_member_name (builder, "ri");
  json_builder_add_double_value (builder, cb_ahp_result_get_ri (result));
  json_builder_set_member_name (builder, "ri_table");
  json_builder_add_string_value (builder,
                                 cb_ahp_random_index_to_string (cb_ahp_result_get_ri_table (result)));
  json_builder_set_member_name (builder, "cr");
  json_builder_add_double_value (builder, cb_ahp_result_get_cr (result));
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, n);
  /* "geometric": the weights are row geometric means, and lambda_max (so
   * CI and CR) is Σ (A w)_i computed from those weights. */
  json_builder_set_member_name (builder, "method");
  json_builder_add_string_value (builder,
                                 cb_ahp_method_to_string (cb_ahp_result_get_method (result)));
  json_builder_set_member_name (builder, "consistent");
  json_builder_add_boolean_value (builder, cb_ahp_result_is_consistent (result));
  json_builder_set_member_name (builder, "iterations");
  json_builder_add_int_value (builder, cb_ahp_result_get_iterations (result));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
cb_cli_ahp (CbCliGlobals  *globals,
            int            argc,
            char         **argv)
{
  g_autoptr(CbAhpMatrix) matrix = NULL;
  g_autoptr(CbAhpResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) labels = NULL;
  g_autofree char *method_name = NULL;
  g_autofree char *ri_name = NULL;
  g_autofree char *format = NULL;
  g_autofree char *display = NULL;
  CbAhpMethod method = CB_AHP_METHOD_EIGENVECTOR;
  CbAhpRandomIndex ri_table = CB_AHP_RI_SAATY_1980;
  gboolean json;
  const GOptionEntry entries[] = {
    { "method", 'm', 0, G_OPTION_ARG_STRING, &method_name,
      N_("How to derive the weights: eigen (principal eigenvector, default) or geometric "
         "(row geometric mean)"), N_("METHOD") },
    { "ri", 0, 0, G_OPTION_ARG_STRING, &ri_name,
      N_("Random-index table for the consistency ratio: saaty1980 (default) or saaty2008"),
      N_("TABLE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  if (!parse_options (_("MATRIX.csv"),
                      _("Derive AHP weights and the consistency ratio from a pairwise "
                        "comparison matrix. The CSV file holds a square matrix of numbers "
                        "or fractions such as 1/3, optionally with labels in the first row "
                        "and column."),
                      entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc != 2)
    return cb_cli_usage_error (_("ahp needs exactly one MATRIX.csv."));
  if (method_name != NULL && !cb_ahp_method_from_string (method_name, &method))
    return cb_cli_usage_error (_("Unknown method “%s”: use eigen or geometric."), method_name);
  if (ri_name != NULL && !cb_ahp_random_index_from_string (ri_name, &ri_table))
    return cb_cli_usage_error (_("Unknown random-index table “%s”: use saaty1980 or "
                                 "saaty2008."), ri_name);
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return cb_cli_usage_error (_("Unknown format “%s”: use text or json."), format);
  json = format != NULL && g_str_equal (format, "json");

  matrix = cb_ahp_matrix_read_csv (argv[1], &labels, &error);
  if (matrix == NULL)
    {
      /* Other errors already start with FILE:LINE:COLUMN. */
      if (g_error_matches (error, CB_CSV_ERROR, CB_CSV_ERROR_IO))
        g_printerr ("casebench-cli: %s\n", error->message);
      else
        g_printerr ("%s\n", error->message);
      return CB_CLI_EXIT_FAILURE;
    }

  result = cb_ahp_solve (matrix, method, ri_table, &error);
  if (result == NULL)
    {
      display = g_filename_display_name (argv[1]);
      g_printerr ("%s: %s\n", display, error->message);
      return CB_CLI_EXIT_FAILURE;
    }

  if (json)
    print_json (result, (const char * const *) labels);
  else
    print_text (result, (const char * const *) labels);
  return CB_CLI_EXIT_OK;
}
