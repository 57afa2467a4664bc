/* cb-cli-workbook.c: casebench-cli info and init
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cb-cli-commands.h"
#include "cb-workbook.h"

static const char * const meta_keys[] = {
  "title_en", "title_zh", "dataset_note_en", "dataset_note_zh", "data_licence",
  "created", "app_version",
};

static guint
count_scores (CbWorkbook *workbook,
              gint64      case_id)
{
  GListModel *scores = cb_workbook_get_scores (workbook);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, i);

      if (cb_score_get_case_id (score) == case_id && cb_score_get_has_value (score))
        count++;
    }
  return count;
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          CbText      *text)
{
  g_autofree char *en = g_strconcat (member, "_en", NULL);
  g_autofree char *zh = g_strconcat (member, "_zh", NULL);

  json_builder_set_member_name (builder, en);
  json_builder_add_string_value (builder, cb_text_get_en (text));
  json_builder_set_member_name (builder, zh);
  json_builder_add_string_value (builder, cb_text_get_zh (text));
}

static void
add_int_or_null (JsonBuilder *builder,
                 const char  *member,
                 int          value)
{
  json_builder_set_member_name (builder, member);
  if (value > 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
build_cases (JsonBuilder *builder,
             CbWorkbook  *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);

  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CbCase) c = g_list_model_get_item (cases, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, cb_case_get_code (c));
      add_text (builder, "name", cb_case_get_name (c));
      json_builder_set_member_name (builder, "reference");
      json_builder_add_boolean_value (builder, cb_case_get_is_reference (c));
      add_text (builder, "city", cb_case_get_city (c));
      add_text (builder, "district", cb_case_get_district (c));
      add_text (builder, "province", cb_case_get_province (c));
      add_text (builder, "model", cb_case_get_model (c));
      add_int_or_null (builder, "pilot_batch", cb_case_get_pilot_batch (c));
      add_int_or_null (builder, "pilot_year", cb_case_get_pilot_year (c));
      json_builder_set_member_name (builder, "colour");
      if (cb_case_get_colour (c) != NULL)
        json_builder_add_string_value (builder, cb_case_get_colour (c));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "scores");
      json_builder_add_int_value (builder, count_scores (workbook, cb_case_get_id (c)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_dimensions (JsonBuilder *builder,
                  CbWorkbook  *workbook)
{
  GListModel *dimensions = cb_workbook_get_dimensions (workbook);

  json_builder_set_member_name (builder, "dimensions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, i);
      g_autoptr(GPtrArray) indicators =
        cb_workbook_list_indicators_of (workbook, cb_dimension_get_id (dimension));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, cb_dimension_get_code (dimension));
      add_text (builder, "name", cb_dimension_get_name (dimension));
      json_builder_set_member_name (builder, "indicators");
      json_builder_begin_array (builder);
      for (guint j = 0; j < indicators->len; j++)
        {
          CbIndicator *indicator = g_ptr_array_index (indicators, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, cb_indicator_get_code (indicator));
          add_text (builder, "name", cb_indicator_get_name (indicator));
          json_builder_set_member_name (builder, "scale_min");
          json_builder_add_double_value (builder, cb_indicator_get_scale_min (indicator));
          json_builder_set_member_name (builder, "scale_max");
          json_builder_add_double_value (builder, cb_indicator_get_scale_max (indicator));
          json_builder_set_member_name (builder, "target");
          json_builder_add_double_value (builder, cb_indicator_get_target (indicator));
          json_builder_set_member_name (builder, "direction");
          json_builder_add_int_value (builder, cb_indicator_get_direction (indicator));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_weight_sets (JsonBuilder *builder,
                   CbWorkbook  *workbook)
{
  GListModel *sets = cb_workbook_get_weight_sets (workbook);
  CbWeightSet *default_set = cb_workbook_get_default_weight_set (workbook);

  json_builder_set_member_name (builder, "weight_sets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(CbWeightSet) set = g_list_model_get_item (sets, i);

      json_builder_begin_object (builder);
      /* "name" is what --weights and the other commands take. */
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, cb_weight_set_get_code (set));
      add_text (builder, "name", cb_weight_set_get_name (set));
      add_text (builder, "note", cb_weight_set_get_note (set));
      json_builder_set_member_name (builder, "default");
      json_builder_add_boolean_value (builder, set == default_set);
      json_builder_set_member_name (builder, "judgements");
      json_builder_add_int_value (builder, cb_weight_set_get_judgements (set)->len);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (CbWorkbook *workbook)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  if (cb_workbook_get_path (workbook) != NULL)
    json_builder_add_string_value (builder, cb_workbook_get_path (workbook));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "read_only");
  json_builder_add_boolean_value (builder, cb_workbook_is_read_only (workbook));
  json_builder_set_member_name (builder, "meta");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (meta_keys); i++)
    {
      g_autofree char *value = cb_workbook_dup_meta (workbook, meta_keys[i]);

      json_builder_set_member_name (builder, meta_keys[i]);
      if (value != NULL)
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  build_cases (builder, workbook);
  build_dimensions (builder, workbook);
  build_weight_sets (builder, workbook);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_text (CbWorkbook *workbook)
{
  GListModel *cases = cb_workbook_get_cases (workbook);
  GListModel *dimensions = cb_workbook_get_dimensions (workbook);
  GListModel *indicators = cb_workbook_get_indicators (workbook);
  GListModel *sets = cb_workbook_get_weight_sets (workbook);
  CbWeightSet *default_set = cb_workbook_get_default_weight_set (workbook);
  g_autofree char *title_en = cb_workbook_dup_meta (workbook, "title_en");
  g_autofree char *title_zh = cb_workbook_dup_meta (workbook, "title_zh");
  g_autofree char *note = cb_workbook_dup_meta (workbook, "dataset_note_en");
  guint n_cases = 0, n_references = 0;

  g_print (_("Workbook: %s\n"), cb_workbook_get_path (workbook));
  if (cb_workbook_is_read_only (workbook))
    g_print (_("Read-only: %s\n"), cb_workbook_get_read_only_reason (workbook));
  if (title_en != NULL)
    g_print (_("Title: %s / %s\n"), title_en, title_zh != NULL ? title_zh : "");

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CbCase) c = g_list_model_get_item (cases, i);

      if (cb_case_get_is_reference (c))
        n_references++;
      else
        n_cases++;
    }
  g_print ("\n");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n_cases), n_cases);
  g_print (g_dngettext (GETTEXT_PACKAGE, " and %u reference profile:\n",
                        " and %u reference profiles:\n", n_references), n_references);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CbCase) c = g_list_model_get_item (cases, i);
      CbText *name = cb_case_get_name (c);
      guint n_scores = count_scores (workbook, cb_case_get_id (c));

      g_print ("  %-20s %s / %s", cb_case_get_code (c), cb_text_get_en (name),
               cb_text_get_zh (name));
      g_print (cb_case_get_is_reference (c) ? _(" (reference, %u scores)\n")
                                            : _(" (%u scores)\n"), n_scores);
    }

  g_print ("\n");
  g_print (_("Framework: %u dimensions, %u indicators\n"),
           g_list_model_get_n_items (dimensions), g_list_model_get_n_items (indicators));
  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, i);
      g_autoptr(GPtrArray) members =
        cb_workbook_list_indicators_of (workbook, cb_dimension_get_id (dimension));
      CbText *name = cb_dimension_get_name (dimension);

      g_print ("  %-20s %s / %s\n", cb_dimension_get_code (dimension),
               cb_text_get_en (name), cb_text_get_zh (name));
      for (guint j = 0; j < members->len; j++)
        {
          CbIndicator *indicator = g_ptr_array_index (members, j);
          CbText *iname = cb_indicator_get_name (indicator);

          g_print ("    %-18s %s / %s ", cb_indicator_get_code (indicator),
                   cb_text_get_en (iname), cb_text_get_zh (iname));
          g_print (_("(scale %g–%g, target %g)\n"), cb_indicator_get_scale_min (indicator),
                   cb_indicator_get_scale_max (indicator), cb_indicator_get_target (indicator));
        }
    }

  g_print ("\n");
  g_print (_("Weight sets: %u\n"), g_list_model_get_n_items (sets));
  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(CbWeightSet) set = g_list_model_get_item (sets, i);
      CbText *name = cb_weight_set_get_name (set);

      g_print ("  %-20s %s / %s%s\n", cb_weight_set_get_code (set), cb_text_get_en (name),
               cb_text_get_zh (name), set == default_set ? _(" (default)") : "");
    }

  if (note != NULL)
    g_print ("\n%s\n", note);
}

int
cb_cli_info (CbCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command ("", _("Summarise the workbook: its cases, framework and weight sets."),
                      entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc > 1)
    return cb_cli_usage_error (_("Unexpected argument “%s”."), argv[1]);
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return cb_cli_usage_error (_("Unknown format “%s”: use text or json."), format);

  workbook = cb_cli_open_workbook (globals, &error);
  if (workbook == NULL)
    return cb_cli_fail (error);

  if (format != NULL && g_str_equal (format, "json"))
    print_json (workbook);
  else
    print_text (workbook);
  return CB_CLI_EXIT_OK;
}

int
cb_cli_init (CbCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;
  const GOptionEntry entries[] = {
    { "empty", 0, 0, G_OPTION_ARG_NONE, &empty,
      N_("Only the framework and weight sets, without the six cases"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!cb_cli_parse_command (_("FILE"), _("Create a new workbook from the default data. "
                                   "An existing file is never overwritten."),
                      entries, &argc, &argv))
    return CB_CLI_EXIT_USAGE;
  if (argc != 2)
    return cb_cli_usage_error (_("init needs exactly one FILE."));

  workbook = cb_workbook_create (argv[1],
                                 empty ? CB_WORKBOOK_CONTENT_FRAMEWORK : CB_WORKBOOK_CONTENT_DEFAULT,
                                 &error);
  if (workbook == NULL)
    return cb_cli_fail (error);

  g_print (_("Created %s\n"), cb_workbook_get_path (workbook));
  return CB_CLI_EXIT_OK;
}
