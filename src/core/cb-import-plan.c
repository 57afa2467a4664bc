/* cb-import-plan.c: check a CSV table of cases and scores against a workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the header to tell the layout (see cb-import.c for both), then
 * every row, and turns the table into a plan: the cases to create or
 * update and the scores to set. Nothing is written here. Every problem is
 * collected with its line and column, up to CB_IMPORT_MAX_PROBLEMS, so
 * that one pass over the file shows what needs fixing.
 */

#define G_LOG_DOMAIN "cb-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cb-import-private.h"
#include "cb-model-private.h"

/* The parts of a score a file may give, each in a column of its own. */
typedef enum
{
  PART_VALUE,
  PART_EVIDENCE_EN,
  PART_EVIDENCE_ZH,
  PART_SOURCE,
  PART_CONFIDENCE,
  N_PARTS,
} Part;

/* The column of each part, or -1. */
typedef struct
{
  CbIndicator *indicator;  /* wide: the indicator of these columns */
  int          field[N_PARTS];
} ScoreColumns;

typedef struct
{
  CbWorkbook       *workbook;
  const CbCsvTable *table;
  CbImportPlan     *plan;
  guint             n_header_fields;
  int               case_field;
  int               name_en_field;
  int               name_zh_field;
  int               reference_field;
  int               indicator_field;  /* long only */
  ScoreColumns      long_columns;     /* long only */
  GArray           *wide_columns;     /* ScoreColumns, wide only */
  GHashTable       *indicators;       /* code → CbIndicator of the workbook */
  GHashTable       *workbook_cases;   /* code → CbCase of the workbook */
  GHashTable       *cases;            /* code → CbImportCase of the plan */
  GHashTable       *pairs;            /* long: "case indicator" → row + 1 */
} Checker;

/* The names of the columns a file may have besides the indicators. */
#define COLUMN_CASE "case"
#define COLUMN_INDICATOR "indicator"

static void
import_case_free (gpointer data)
{
  CbImportCase *ic = data;

  g_free (ic->code);
  g_clear_object (&ic->existing);
  g_free (ic->name_en);
  g_free (ic->name_zh);
  g_ptr_array_unref (ic->scores);
  g_free (ic);
}

void
_cb_import_plan_free (CbImportPlan *plan)
{
  g_ptr_array_unref (plan->cases);
  g_ptr_array_unref (plan->problems);
  g_free (plan);
}

/* Adds a problem unless the list is full; FALSE when it is. */
gboolean
_cb_import_plan_add_problem (CbImportPlan    *plan,
                             CbImportProblem *problem)
{
  if (plan->problems->len >= CB_IMPORT_MAX_PROBLEMS)
    {
      plan->truncated = TRUE;
      g_object_unref (problem);
      return FALSE;
    }
  g_ptr_array_add (plan->problems, problem);
  return TRUE;
}

static gboolean
is_full (const Checker *checker)
{
  return checker->plan->truncated;
}

static void add_problem (Checker       *checker,
                         guint          row,
                         guint          field,
                         CbImportError  code,
                         const char    *format,
                         ...) G_GNUC_PRINTF (5, 6);

static void
add_problem (Checker       *checker,
             guint          row,
             guint          field,
             CbImportError  code,
             const char    *format,
             ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  cb_csv_table_get_position (checker->table, row, field, &line, &column);
  _cb_import_plan_add_problem (checker->plan,
                               cb_import_problem_new (code, cb_csv_table_get_path (checker->table),
                                                      line, column, message));
}

static guint
line_of (const Checker *checker,
         guint          row)
{
  guint line;

  cb_csv_table_get_position (checker->table, row, 0, &line, NULL);
  return line;
}

/* A copy without white space (Unicode too) at either end. */
static char *
dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static char *
dup_cell (const Checker *checker,
          guint          row,
          int            field)
{
  if (field < 0)
    return g_strdup ("");
  return dup_trimmed (cb_csv_table_get (checker->table, row, (guint) field));
}

static gboolean
is_code (const char *code)
{
  gsize length = strlen (code);

  if (length < 1 || length > 64)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (code[i]) && !g_ascii_isdigit (code[i]) && code[i] != '-')
      return FALSE;
  return TRUE;
}

/* A decimal number as spreadsheets write it in the C locale: 3, 2.5, .5,
 * -1, 1e2. Not hexadecimal, infinity or NaN, which g_ascii_strtod takes. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  const char *p = text;
  guint digits = 0;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits++;
  if (digits == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;

  *value = g_ascii_strtod (text, NULL);
  return TRUE;
}

/* Header */

static const struct
{
  const char *suffix;
  Part        part;
} wide_suffixes[] = {
  { "_evidence_en", PART_EVIDENCE_EN },
  { "_evidence_zh", PART_EVIDENCE_ZH },
  { "_evidence", PART_EVIDENCE_EN },
  { "_source", PART_SOURCE },
  { "_confidence", PART_CONFIDENCE },
};

static const struct
{
  const char *name;
  Part        part;
} long_parts[] = {
  { "value", PART_VALUE },
  { "evidence", PART_EVIDENCE_EN },
  { "evidence_en", PART_EVIDENCE_EN },
  { "evidence_zh", PART_EVIDENCE_ZH },
  { "source", PART_SOURCE },
  { "confidence", PART_CONFIDENCE },
};

/* Claims a column for something; a second column for it is a problem. */
static void
claim (Checker    *checker,
       int        *slot,
       guint       field,
       const char *name)
{
  if (*slot >= 0)
    {
      g_autofree char *first = g_ascii_strdown (cb_csv_table_get (checker->table, 0, *slot), -1);

      add_problem (checker, 0, field, CB_IMPORT_ERROR_DUPLICATE_COLUMN,
                   _("The column “%s” gives what column %d (“%s”) already gives."),
                   name, *slot + 1, g_strstrip (first));
      return;
    }
  *slot = (int) field;
}

static gboolean
claim_common (Checker    *checker,
              guint       field,
              const char *name)
{
  if (g_str_equal (name, COLUMN_CASE))
    claim (checker, &checker->case_field, field, name);
  else if (g_str_equal (name, "name_en"))
    claim (checker, &checker->name_en_field, field, name);
  else if (g_str_equal (name, "name_zh"))
    claim (checker, &checker->name_zh_field, field, name);
  else if (g_str_equal (name, "reference"))
    claim (checker, &checker->reference_field, field, name);
  else
    return FALSE;
  return TRUE;
}

static ScoreColumns *
wide_columns_for (Checker     *checker,
                  CbIndicator *indicator)
{
  ScoreColumns columns = { indicator, { -1, -1, -1, -1, -1 } };

  for (guint k = 0; k < checker->wide_columns->len; k++)
    {
      ScoreColumns *existing = &g_array_index (checker->wide_columns, ScoreColumns, k);

      if (existing->indicator == indicator)
        return existing;
    }
  g_array_append_val (checker->wide_columns, columns);
  return &g_array_index (checker->wide_columns, ScoreColumns, checker->wide_columns->len - 1);
}

static void
claim_wide (Checker    *checker,
            guint       field,
            const char *name)
{
  CbIndicator *indicator = g_hash_table_lookup (checker->indicators, name);

  if (indicator != NULL)
    {
      claim (checker, &wide_columns_for (checker, indicator)->field[PART_VALUE], field, name);
      return;
    }

  for (guint k = 0; k < G_N_ELEMENTS (wide_suffixes); k++)
    {
      g_autofree char *code = NULL;

      if (!g_str_has_suffix (name, wide_suffixes[k].suffix))
        continue;
      code = g_strndup (name, strlen (name) - strlen (wide_suffixes[k].suffix));
      indicator = g_hash_table_lookup (checker->indicators, code);
      if (indicator != NULL)
        {
          claim (checker, &wide_columns_for (checker, indicator)->field[wide_suffixes[k].part],
                 field, name);
          return;
        }
      break;
    }

  add_problem (checker, 0, field, CB_IMPORT_ERROR_UNKNOWN_INDICATOR,
               _("The column “%s” is not an indicator of this workbook, nor one of case, "
                 "name_en, name_zh or reference."), name);
}

static void
claim_long (Checker    *checker,
            guint       field,
            const char *name)
{
  if (g_str_equal (name, COLUMN_INDICATOR))
    {
      claim (checker, &checker->indicator_field, field, name);
      return;
    }
  for (guint k = 0; k < G_N_ELEMENTS (long_parts); k++)
    if (g_str_equal (name, long_parts[k].name))
      {
        claim (checker, &checker->long_columns.field[long_parts[k].part], field, name);
        return;
      }

  add_problem (checker, 0, field, CB_IMPORT_ERROR_UNKNOWN_COLUMN,
               _("Unknown column “%s”. A file with an indicator column has the columns case, "
                 "indicator and value, and may have evidence_en, evidence_zh, source, "
                 "confidence, name_en, name_zh and reference."), name);
}

/* A column without a name is left out when it is empty all the way down,
 * as spreadsheets leave trailing commas. */
static void
check_unnamed (Checker *checker,
               guint    field)
{
  guint n_rows = cb_csv_table_get_n_rows (checker->table);

  for (guint row = 1; row < n_rows; row++)
    {
      g_autofree char *text = NULL;

      if (field >= cb_csv_table_get_n_fields (checker->table, row))
        continue;
      text = dup_cell (checker, row, (int) field);
      if (text[0] != '\0')
        {
          add_problem (checker, 0, field, CB_IMPORT_ERROR_UNKNOWN_COLUMN,
                       _("Column %u has no name in the header row, but line %u has a value "
                         "in it."), field + 1, line_of (checker, row));
          return;
        }
    }
}

static gboolean
read_header (Checker *checker)
{
  const CbCsvTable *table = checker->table;
  guint n = cb_csv_table_get_n_fields (table, 0);
  gboolean is_long = FALSE;

  for (guint field = 0; field < n; field++)
    {
      g_autofree char *name = dup_cell (checker, 0, (int) field);
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_equal (lower, COLUMN_INDICATOR))
        is_long = TRUE;
    }
  checker->plan->layout = is_long ? CB_CSV_LAYOUT_LONG : CB_CSV_LAYOUT_WIDE;

  for (guint field = 0; field < n; field++)
    {
      g_autofree char *trimmed = dup_cell (checker, 0, (int) field);
      g_autofree char *name = g_ascii_strdown (trimmed, -1);

      if (name[0] == '\0')
        check_unnamed (checker, field);
      else if (claim_common (checker, field, name))
        continue;
      else if (is_long)
        claim_long (checker, field, name);
      else
        claim_wide (checker, field, name);
    }

  if (checker->case_field < 0)
    add_problem (checker, 0, 0, CB_IMPORT_ERROR_MISSING_COLUMN,
                 _("The header row has no “case” column. The first row of the file must name "
                   "the columns: case, then the indicators (or indicator and value)."));
  else if (is_long && checker->long_columns.field[PART_VALUE] < 0)
    add_problem (checker, 0, 0, CB_IMPORT_ERROR_MISSING_COLUMN,
                 _("The header row has an “indicator” column but no “value” column."));
  else if (cb_csv_table_get_n_rows (table) < 2)
    {
      guint line;

      cb_csv_table_get_position (table, 0, n - 1, &line, NULL);
      _cb_import_plan_add_problem (checker->plan,
                                   cb_import_problem_new (CB_IMPORT_ERROR_EMPTY,
                                                          cb_csv_table_get_path (table),
                                                          line + 1, 1,
                                                          _("The file has a header row but no "
                                                            "rows of data under it.")));
    }
  else
    return TRUE;
  return FALSE;
}

/* Rows */

static CbImportCase *
find_or_add_case (Checker    *checker,
                  const char *code,
                  guint       row)
{
  CbImportCase *ic = g_hash_table_lookup (checker->cases, code);
  CbCase *existing;

  if (ic != NULL)
    return ic;

  existing = g_hash_table_lookup (checker->workbook_cases, code);
  ic = g_new0 (CbImportCase, 1);
  ic->code = g_strdup (code);
  ic->existing = existing != NULL ? g_object_ref (existing) : NULL;
  ic->reference = -1;
  ic->row = row;
  ic->scores = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (checker->plan->cases, ic);
  g_hash_table_insert (checker->cases, ic->code, ic);
  return ic;
}

/* Sets *slot to the trimmed name of the cell, if it has one; a case named
 * differently on two rows is a problem. */
static void
read_name (Checker      *checker,
           CbImportCase *ic,
           guint         row,
           int           field,
           char        **slot)
{
  g_autofree char *trimmed = dup_cell (checker, row, field);
  g_autofree char *name = NULL;

  /* Kept as written, spaces and all, so that a round trip changes nothing. */
  if (trimmed[0] == '\0')
    return;
  name = g_strdup (cb_csv_table_get (checker->table, row, (guint) field));
  if (*slot == NULL)
    *slot = g_steal_pointer (&name);
  else if (!g_str_equal (*slot, name))
    add_problem (checker, row, (guint) field, CB_IMPORT_ERROR_CONFLICT,
                 _("The case “%s” is named “%s” on line %u, but “%s” here."),
                 ic->code, *slot, line_of (checker, ic->row), name);
}

static void
read_reference (Checker      *checker,
                CbImportCase *ic,
                guint         row)
{
  g_autofree char *text = dup_cell (checker, row, checker->reference_field);
  g_autofree char *lower = g_ascii_strdown (text, -1);
  int value;

  if (lower[0] == '\0')
    return;
  if (g_str_equal (lower, "true") || g_str_equal (lower, "yes") || g_str_equal (lower, "1"))
    value = 1;
  else if (g_str_equal (lower, "false") || g_str_equal (lower, "no") || g_str_equal (lower, "0"))
    value = 0;
  else
    {
      add_problem (checker, row, (guint) checker->reference_field, CB_IMPORT_ERROR_INVALID_VALUE,
                   _("“%s” is not true or false: the reference column says whether the case "
                     "is a reference profile."), text);
      return;
    }

  if (ic->reference >= 0 && ic->reference != value)
    add_problem (checker, row, (guint) checker->reference_field, CB_IMPORT_ERROR_CONFLICT,
                 _("The rows of the case “%s” disagree on whether it is a reference profile."),
                 ic->code);
  ic->reference = value;
}

/* The text of a part as written (evidence and source keep their spaces),
 * or NULL when the file has no column for it. */
static const char *
part_text (Checker            *checker,
           const ScoreColumns *columns,
           guint               row,
           Part                part)
{
  if (columns->field[part] < 0)
    return NULL;
  return cb_csv_table_get (checker->table, row, (guint) columns->field[part]);
}

static gboolean
read_value (Checker      *checker,
            CbIndicator  *indicator,
            guint         row,
            int           field,
            const char   *text,
            gboolean     *has_value,
            double       *value)
{
  g_autofree char *trimmed = dup_trimmed (text);
  double min = cb_indicator_get_scale_min (indicator);
  double max = cb_indicator_get_scale_max (indicator);

  *has_value = trimmed[0] != '\0';
  if (!*has_value)
    return TRUE;

  if (!parse_number (trimmed, value))
    {
      if (strchr (trimmed, ',') != NULL)
        add_problem (checker, row, (guint) field, CB_IMPORT_ERROR_NOT_NUMBER,
                     _("“%s” is not a number: write the decimal separator as a point "
                       "(2.5), not a comma."), trimmed);
      else
        add_problem (checker, row, (guint) field, CB_IMPORT_ERROR_NOT_NUMBER,
                     _("“%s” is not a number: a score of “%s” is a number from %g to %g, "
                       "or empty when it is missing."),
                     trimmed, cb_indicator_get_code (indicator), min, max);
      return FALSE;
    }
  if (!isfinite (*value) || *value < min || *value > max)
    {
      add_problem (checker, row, (guint) field, CB_IMPORT_ERROR_OUT_OF_SCALE,
                   _("%s is outside the scale of “%s”, which runs from %g to %g."),
                   trimmed, cb_indicator_get_code (indicator), min, max);
      return FALSE;
    }
  return TRUE;
}

/* Adds the score a row gives a case on an indicator to the plan: the
 * parts the file has columns for replace those of the stored score, the
 * others are kept (or take their defaults for a new score). When
 * skip_empty, a row whose cells for the indicator are all empty sets
 * nothing. */
static void
read_score (Checker            *checker,
            CbImportCase       *ic,
            const ScoreColumns *columns,
            CbIndicator        *indicator,
            guint               row,
            gboolean            skip_empty)
{
  const char *texts[N_PARTS];
  g_autoptr(CbScore) score = NULL;
  g_autofree char *confidence_text = NULL;
  CbScore *stored = NULL;
  CbConfidence confidence = CB_CONFIDENCE_MEDIUM;
  gboolean any = FALSE, has_value = FALSE;
  double value = NAN;

  for (Part part = 0; part < N_PARTS; part++)
    {
      texts[part] = part_text (checker, columns, row, part);
      if (texts[part] != NULL && texts[part][0] != '\0')
        any = TRUE;
    }
  if (skip_empty && !any)
    return;

  if (texts[PART_VALUE] != NULL &&
      !read_value (checker, indicator, row, columns->field[PART_VALUE], texts[PART_VALUE],
                   &has_value, &value))
    return;

  if (texts[PART_CONFIDENCE] != NULL)
    {
      confidence_text = dup_trimmed (texts[PART_CONFIDENCE]);
      if (confidence_text[0] != '\0' && !cb_confidence_from_string (confidence_text, &confidence))
        {
          add_problem (checker, row, (guint) columns->field[PART_CONFIDENCE],
                       CB_IMPORT_ERROR_INVALID_VALUE,
                       _("“%s” is not a confidence: use low, medium or high."), confidence_text);
          return;
        }
    }

  if (ic->existing != NULL)
    stored = cb_workbook_get_score (checker->workbook, cb_case_get_id (ic->existing),
                                    cb_indicator_get_id (indicator));
  if (stored != NULL)
    score = cb_score_copy (stored);
  else
    {
      score = cb_score_new ();
      cb_score_set_case_id (score, ic->existing != NULL ? cb_case_get_id (ic->existing) : 0);
      cb_score_set_indicator_id (score, cb_indicator_get_id (indicator));
      cb_score_set_confidence (score, CB_CONFIDENCE_MEDIUM);
    }

  if (texts[PART_VALUE] != NULL)
    {
      cb_score_set_has_value (score, has_value);
      cb_score_set_value (score, has_value ? value : 0);
    }
  if (texts[PART_EVIDENCE_EN] != NULL || texts[PART_EVIDENCE_ZH] != NULL)
    {
      CbText *old = cb_score_get_evidence (score);
      g_autoptr(CbText) evidence =
        cb_text_new (texts[PART_EVIDENCE_EN] != NULL ? texts[PART_EVIDENCE_EN] : cb_text_get_en (old),
                     texts[PART_EVIDENCE_ZH] != NULL ? texts[PART_EVIDENCE_ZH] : cb_text_get_zh (old));

      cb_score_set_evidence (score, evidence);
    }
  if (texts[PART_SOURCE] != NULL)
    cb_score_set_source (score, texts[PART_SOURCE]);
  if (texts[PART_CONFIDENCE] != NULL)
    cb_score_set_confidence (score, confidence);

  g_ptr_array_add (ic->scores, g_steal_pointer (&score));
  checker->plan->n_scores++;
}

static void
read_long_score (Checker      *checker,
                 CbImportCase *ic,
                 guint         row)
{
  g_autofree char *code = dup_cell (checker, row, checker->indicator_field);
  g_autofree char *pair = NULL;
  CbIndicator *indicator;
  guint first_row;

  if (code[0] == '\0')
    {
      /* A row that only names a case, without a score. */
      for (Part part = 0; part < N_PARTS; part++)
        {
          const char *text = part_text (checker, &checker->long_columns, row, part);

          if (text != NULL && text[0] != '\0')
            {
              add_problem (checker, row, (guint) checker->indicator_field,
                           CB_IMPORT_ERROR_UNKNOWN_INDICATOR,
                           _("This row gives a score but no indicator."));
              return;
            }
        }
      return;
    }

  indicator = g_hash_table_lookup (checker->indicators, code);
  if (indicator == NULL)
    {
      add_problem (checker, row, (guint) checker->indicator_field, CB_IMPORT_ERROR_UNKNOWN_INDICATOR,
                   _("“%s” is not an indicator of this workbook."), code);
      return;
    }

  pair = g_strconcat (ic->code, " ", code, NULL);
  first_row = GPOINTER_TO_UINT (g_hash_table_lookup (checker->pairs, pair));
  if (first_row > 0)
    {
      add_problem (checker, row, (guint) checker->indicator_field, CB_IMPORT_ERROR_DUPLICATE_SCORE,
                   _("The score of “%s” on “%s” is already given on line %u."),
                   ic->code, code, line_of (checker, first_row - 1));
      return;
    }
  g_hash_table_insert (checker->pairs, g_steal_pointer (&pair), GUINT_TO_POINTER (row + 1));

  read_score (checker, ic, &checker->long_columns, indicator, row, FALSE);
}

static void
read_row (Checker *checker,
          guint    row)
{
  const CbCsvTable *table = checker->table;
  guint n = cb_csv_table_get_n_fields (table, row);
  g_autofree char *code = NULL;
  CbImportCase *ic;

  if (n != checker->n_header_fields)
    {
      add_problem (checker, row, MIN (n, checker->n_header_fields + 1) - 1,
                   CB_IMPORT_ERROR_COLUMN_COUNT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This row has %u field, but the header row has %u.",
                                "This row has %u fields, but the header row has %u.", n),
                   n, checker->n_header_fields);
      return;
    }

  code = dup_cell (checker, row, checker->case_field);
  if (code[0] == '\0')
    {
      add_problem (checker, row, (guint) checker->case_field, CB_IMPORT_ERROR_INVALID_CODE,
                   _("The case code is empty."));
      return;
    }
  if (!is_code (code))
    {
      add_problem (checker, row, (guint) checker->case_field, CB_IMPORT_ERROR_INVALID_CODE,
                   _("“%s” is not a case code: use 1 to 64 lower-case letters, digits and "
                     "dashes."), code);
      return;
    }

  ic = g_hash_table_lookup (checker->cases, code);
  if (ic != NULL && checker->plan->layout == CB_CSV_LAYOUT_WIDE)
    {
      add_problem (checker, row, (guint) checker->case_field, CB_IMPORT_ERROR_DUPLICATE_CASE,
                   _("The case “%s” is already on line %u."), code, line_of (checker, ic->row));
      return;
    }
  ic = find_or_add_case (checker, code, row);

  if (checker->name_en_field >= 0)
    read_name (checker, ic, row, checker->name_en_field, &ic->name_en);
  if (checker->name_zh_field >= 0)
    read_name (checker, ic, row, checker->name_zh_field, &ic->name_zh);
  if (checker->reference_field >= 0)
    read_reference (checker, ic, row);

  if (checker->plan->layout == CB_CSV_LAYOUT_LONG)
    read_long_score (checker, ic, row);
  else
    for (guint k = 0; k < checker->wide_columns->len; k++)
      {
        const ScoreColumns *columns = &g_array_index (checker->wide_columns, ScoreColumns, k);

        read_score (checker, ic, columns, columns->indicator, row, TRUE);
      }
}

/* New cases need a name; one given in one language serves for both. */
static void
finish_cases (Checker *checker)
{
  CbImportPlan *plan = checker->plan;

  for (guint k = 0; k < plan->cases->len; k++)
    {
      CbImportCase *ic = g_ptr_array_index (plan->cases, k);

      if (ic->existing != NULL)
        {
          plan->n_updated++;
          continue;
        }
      plan->n_new++;
      if (ic->name_en == NULL && ic->name_zh == NULL)
        add_problem (checker, ic->row, (guint) checker->case_field, CB_IMPORT_ERROR_MISSING_NAME,
                     _("The case “%s” is not in the workbook yet, and a new case needs a name: "
                       "give it in a name_en or name_zh column."), ic->code);
      else if (ic->name_en == NULL)
        ic->name_en = g_strdup (ic->name_zh);
      else if (ic->name_zh == NULL)
        ic->name_zh = g_strdup (ic->name_en);
    }
}

static GHashTable *
index_indicators (CbWorkbook *workbook)
{
  GListModel *model = cb_workbook_get_indicators (workbook);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      CbIndicator *indicator = g_list_model_get_item (model, i);

      g_hash_table_insert (index, (gpointer) cb_indicator_get_code (indicator), indicator);
    }
  return index;
}

static GHashTable *
index_cases (CbWorkbook *workbook)
{
  GListModel *model = cb_workbook_get_cases (workbook);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      CbCase *c = g_list_model_get_item (model, i);

      g_hash_table_insert (index, (gpointer) cb_case_get_code (c), c);
    }
  return index;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  CbImportProblem *x = *(CbImportProblem **) a, *y = *(CbImportProblem **) b;
  guint lx = cb_import_problem_get_line (x), ly = cb_import_problem_get_line (y);
  guint cx = cb_import_problem_get_column (x), cy = cb_import_problem_get_column (y);

  if (lx != ly)
    return lx < ly ? -1 : 1;
  return cx < cy ? -1 : cx > cy;
}

/**
 * _cb_import_plan_new:
 *
 * Checks a table against the workbook as it is now.
 *
 * Returns: (transfer full): the plan, with its problems; the plan of a
 *   table with problems must not be written.
 */
CbImportPlan *
_cb_import_plan_new (CbWorkbook       *workbook,
                     const CbCsvTable *table)
{
  g_autoptr(CbImportPlan) plan = g_new0 (CbImportPlan, 1);
  Checker checker = {
    .workbook = workbook,
    .table = table,
    .plan = plan,
    .case_field = -1,
    .name_en_field = -1,
    .name_zh_field = -1,
    .reference_field = -1,
    .indicator_field = -1,
    .long_columns = { NULL, { -1, -1, -1, -1, -1 } },
  };

  plan->cases = g_ptr_array_new_with_free_func (import_case_free);
  plan->problems = g_ptr_array_new_with_free_func (g_object_unref);

  checker.n_header_fields = cb_csv_table_get_n_fields (table, 0);
  checker.wide_columns = g_array_new (FALSE, FALSE, sizeof (ScoreColumns));
  checker.indicators = index_indicators (workbook);
  checker.workbook_cases = index_cases (workbook);
  checker.cases = g_hash_table_new (g_str_hash, g_str_equal);
  checker.pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (read_header (&checker))
    {
      for (guint row = 1; row < cb_csv_table_get_n_rows (table) && !is_full (&checker); row++)
        read_row (&checker, row);
      if (!is_full (&checker))
        finish_cases (&checker);
    }

  /* In the order of the file (the sort is stable). */
  g_ptr_array_sort (plan->problems, compare_problems);

  g_array_unref (checker.wide_columns);
  g_hash_table_unref (checker.indicators);
  g_hash_table_unref (checker.workbook_cases);
  g_hash_table_unref (checker.cases);
  g_hash_table_unref (checker.pairs);
  return g_steal_pointer (&plan);
}
