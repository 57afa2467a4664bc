/* cb-ahp-csv.c: pairwise comparison matrices from CSV files
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A square table of judgements: integers (3), decimals (0.5, 0.333) or
 * fractions (1/3). If any non-empty cell of the first row is not a number,
 * the first row holds the labels of the columns and the first column those
 * of the rows (its top-left cell may hold anything, or nothing); a row label
 * may be left empty, but if it is given it must match its column's.
 *
 * People type 1/3 as 0.333 or 0.33. A pair a_ij, a_ji is taken as
 * reciprocal if |a_ij · a_ji − 1| ≤ 1e-6, or if one of them, as written,
 * is the reciprocal of the other rounded to the decimals written (0.33 to
 * within 0.005). The matrix is then built from the more precisely written
 * entry of each pair, so that it is exactly reciprocal.
 *
 * Every error names the file, line and column of the cell at fault, and the
 * matrix row and column it stands for.
 */

#define G_LOG_DOMAIN "cb-ahp"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cb-ahp-private.h"

typedef enum
{
  CELL_NUMBER,
  CELL_EMPTY,
  CELL_NOT_NUMBER,
  CELL_NOT_FINITE,
} CellKind;

typedef struct
{
  const char *text;       /* trimmed, as written */
  double      value;
  double      tolerance;  /* half a unit of the last decimal written; 0 if exact */
} Cell;

/* A copy of text without white space (Unicode too, such as the ideographic
 * space) at either end. */
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

/* A decimal number: [+-]digits[.digits][e[+-]digits], or NaN or infinity. */
static CellKind
parse_decimal (const char *text,
               double     *value,
               double     *tolerance)
{
  const char *p = text;
  guint digits = 0, decimals = 0;
  gboolean exponent = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  if (g_ascii_strcasecmp (p, "nan") == 0 || g_ascii_strcasecmp (p, "inf") == 0 ||
      g_ascii_strcasecmp (p, "infinity") == 0)
    {
      *value = NAN;
      return CELL_NOT_FINITE;
    }

  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      {
        digits++;
        decimals++;
      }
  if (digits == 0)
    return CELL_NOT_NUMBER;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return CELL_NOT_NUMBER;
      while (g_ascii_isdigit (*p))
        p++;
      exponent = TRUE;
    }
  if (*p != '\0')
    return CELL_NOT_NUMBER;

  *value = g_ascii_strtod (text, NULL);
  if (!isfinite (*value))
    return CELL_NOT_FINITE;
  *tolerance = decimals > 0 && !exponent ? 0.5 * pow (10.0, -(double) decimals) : 0.0;
  return CELL_NUMBER;
}

/* A decimal, or a fraction of two decimals such as 1/3. */
static CellKind
parse_cell (const char *text,
            double     *value,
            double     *tolerance)
{
  const char *slash = strchr (text, '/');
  g_autofree char *numerator = NULL;
  g_autofree char *denominator = NULL;
  double a = 0, b = 0, tol_a = 0, tol_b = 0;
  CellKind kind_a, kind_b;

  *value = NAN;
  *tolerance = 0;

  if (text[0] == '\0')
    return CELL_EMPTY;
  if (slash == NULL)
    return parse_decimal (text, value, tolerance);

  numerator = g_strndup (text, slash - text);
  denominator = g_strdup (slash + 1);
  kind_a = parse_decimal (g_strstrip (numerator), &a, &tol_a);
  kind_b = parse_decimal (g_strstrip (denominator), &b, &tol_b);
  if (kind_a == CELL_NOT_NUMBER || kind_b == CELL_NOT_NUMBER)
    return CELL_NOT_NUMBER;
  if (kind_a == CELL_NOT_FINITE || kind_b == CELL_NOT_FINITE || b == 0)
    return CELL_NOT_FINITE;

  *value = a / b;
  if (a != 0)
    *tolerance = fabs (*value) * (tol_a / fabs (a) + tol_b / fabs (b));
  return CELL_NUMBER;
}

static gboolean
looks_like_number (const char *text)
{
  g_autofree char *trimmed = dup_trimmed (text);
  double value, tolerance;
  CellKind kind = parse_cell (trimmed, &value, &tolerance);

  return kind == CELL_NUMBER || kind == CELL_NOT_FINITE;
}

static gboolean
first_row_is_header (const CbCsvTable *table)
{
  for (guint field = 0; field < cb_csv_table_get_n_fields (table, 0); field++)
    {
      g_autofree char *text = dup_trimmed (cb_csv_table_get (table, 0, field));

      if (text[0] != '\0' && !looks_like_number (text))
        return TRUE;
    }
  return FALSE;
}

static void
prefix_location (GError           **error,
                 const CbCsvTable  *table,
                 guint              row,
                 guint              field)
{
  g_autofree char *location = cb_csv_table_dup_location (table, row, field);

  g_prefix_error (error, "%s: ", location);
}

static gboolean
read_cell (const CbCsvTable  *table,
           guint              row,
           guint              field,
           guint              i,
           guint              j,
           GPtrArray         *texts,
           Cell              *cell,
           GError           **error)
{
  char *text = dup_trimmed (cb_csv_table_get (table, row, field));

  g_ptr_array_add (texts, text);
  cell->text = text;

  switch (parse_cell (text, &cell->value, &cell->tolerance))
    {
    case CELL_EMPTY:
      cb_csv_table_set_field_error (table, row, field, error, CB_AHP_ERROR,
                                    CB_AHP_ERROR_NOT_NUMBER,
                                    _("Row %u, column %u: the cell is empty."), i + 1, j + 1);
      return FALSE;

    case CELL_NOT_NUMBER:
      cb_csv_table_set_field_error (table, row, field, error, CB_AHP_ERROR,
                                    CB_AHP_ERROR_NOT_NUMBER,
                                    _("Row %u, column %u: “%s” is not a number. Write numbers "
                                      "such as 3 or 0.5, or fractions such as 1/3."),
                                    i + 1, j + 1, text);
      return FALSE;

    case CELL_NOT_FINITE:
    case CELL_NUMBER:
    default:
      break;
    }

  if (!_cb_ahp_check_entry (i, j, cell->value, text, error))
    {
      prefix_location (error, table, row, field);
      return FALSE;
    }
  return TRUE;
}

/* The slack covers binary rounding at the edge, as 0.15 for 1/6.67. */
static gboolean
within (double value,
        double meant,
        double tolerance)
{
  return tolerance > 0 && fabs (value - meant) <= tolerance * (1 + 1e-9);
}

static gboolean
reciprocal_enough (const Cell *a,
                   const Cell *b)
{
  return fabs (a->value * b->value - 1.0) <= CB_AHP_RECIPROCAL_TOLERANCE ||
         within (b->value, 1.0 / a->value, b->tolerance) ||
         within (a->value, 1.0 / b->value, a->tolerance);
}

/* The upper entry a_ij from the more precisely written of a_ij and a_ji. */
static double
upper_value (const Cell *upper,
             const Cell *lower)
{
  if (upper->tolerance / upper->value <= lower->tolerance / lower->value)
    return upper->value;
  return 1.0 / lower->value;
}

static gboolean
check_row_label (const CbCsvTable  *table,
                 guint              row,
                 const char        *column_label,
                 GError           **error)
{
  g_autofree char *label = dup_trimmed (cb_csv_table_get (table, row, 0));

  if (label[0] != '\0' && looks_like_number (label))
    {
      cb_csv_table_set_field_error (table, row, 0, error, CB_AHP_ERROR, CB_AHP_ERROR_LABELS,
                                    _("The first row holds labels, so the first column must "
                                      "hold them too, but “%s” is a number."), label);
      return FALSE;
    }
  if (label[0] != '\0' && !g_str_equal (label, column_label))
    {
      cb_csv_table_set_field_error (table, row, 0, error, CB_AHP_ERROR, CB_AHP_ERROR_LABELS,
                                    _("The row label “%s” does not match the column "
                                      "label “%s”."), label, column_label);
      return FALSE;
    }
  return TRUE;
}

/**
 * cb_ahp_matrix_new_from_csv:
 * @table: a CSV table
 * @labels_out: (out) (optional) (nullable) (transfer full): the n labels
 *   if the table has a header row, else %NULL
 * @error: return location for a #CbAhpError
 *
 * Reads a pairwise comparison matrix from a table; see the top of this file
 * for the format. Error messages start with "FILE:LINE:COLUMN: ".
 *
 * Returns: (transfer full): the matrix, or %NULL with @error set.
 */
CbAhpMatrix *
cb_ahp_matrix_new_from_csv (const CbCsvTable   *table,
                            char             ***labels_out,
                            GError            **error)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(CbAhpMatrix) matrix = NULL;
  g_autofree Cell *cells = NULL;
  g_autofree double *values = NULL;
  g_auto(GStrv) labels = NULL;
  guint n_rows, n, first_row, first_field;
  gboolean has_labels;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (labels_out != NULL)
    *labels_out = NULL;

  n_rows = cb_csv_table_get_n_rows (table);
  has_labels = first_row_is_header (table);
  first_row = has_labels ? 1 : 0;
  first_field = has_labels ? 1 : 0;
  n = cb_csv_table_get_n_fields (table, 0) - first_field;

  if (n == 0)
    {
      cb_csv_table_set_field_error (table, 0, 0, error, CB_AHP_ERROR, CB_AHP_ERROR_EMPTY,
                                    "%s", _("The matrix is empty."));
      return NULL;
    }

  if (has_labels)
    {
      labels = g_new0 (char *, n + 1);
      for (guint j = 0; j < n; j++)
        {
          labels[j] = dup_trimmed (cb_csv_table_get (table, 0, j + 1));
          if (labels[j][0] == '\0')
            {
              cb_csv_table_set_field_error (table, 0, j + 1, error, CB_AHP_ERROR,
                                            CB_AHP_ERROR_LABELS,
                                            _("Column %u has no label."), j + 1);
              return NULL;
            }
        }
    }

  texts = g_ptr_array_new_with_free_func (g_free);
  cells = g_new0 (Cell, (gsize) n * n);
  for (guint row = first_row; row < n_rows; row++)
    {
      guint i = row - first_row;
      guint n_values = cb_csv_table_get_n_fields (table, row) - first_field;

      if (i >= n)
        {
          _cb_ahp_set_not_square (error, n_rows - first_row, n);
          prefix_location (error, table, row, 0);
          return NULL;
        }
      if (has_labels && !check_row_label (table, row, labels[i], error))
        return NULL;
      if (n_values != n)
        {
          /* Point at the first cell too many, or the last one there is. */
          guint field = n_values > n ? first_field + n : first_field + n_values - 1;

          cb_csv_table_set_field_error (table, row, field, error, CB_AHP_ERROR,
                                        CB_AHP_ERROR_NOT_SQUARE,
                                        _("Row %u has %u values, but the matrix has %u "
                                          "columns."), i + 1, n_values, n);
          return NULL;
        }

      for (guint j = 0; j < n; j++)
        if (!read_cell (table, row, first_field + j, i, j, texts,
                        &cells[(gsize) i * n + j], error))
          return NULL;
    }

  if (n_rows - first_row < n)
    {
      _cb_ahp_set_not_square (error, n_rows - first_row, n);
      prefix_location (error, table, n_rows - 1, 0);
      return NULL;
    }

  /* The lower entry is named: it is the one usually typed as a fraction. */
  for (guint i = 1; i < n; i++)
    for (guint j = 0; j < i; j++)
      {
        const Cell *lower = &cells[(gsize) i * n + j];
        const Cell *upper = &cells[(gsize) j * n + i];

        if (!reciprocal_enough (upper, lower))
          {
            _cb_ahp_set_not_reciprocal (error, i, j, lower->text, upper->text);
            prefix_location (error, table, first_row + i, first_field + j);
            return NULL;
          }
      }

  values = g_new0 (double, (gsize) n * n);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      values[(gsize) i * n + j] = upper_value (&cells[(gsize) i * n + j],
                                               &cells[(gsize) j * n + i]);

  matrix = cb_ahp_matrix_new (n, n, values, CB_AHP_MATRIX_UPPER_TRIANGLE, error);
  if (matrix == NULL)
    return NULL;

  if (labels_out != NULL)
    *labels_out = g_steal_pointer (&labels);
  return g_steal_pointer (&matrix);
}

/**
 * cb_ahp_matrix_read_csv:
 * @path: a CSV file
 * @labels_out: (out) (optional) (nullable) (transfer full): the labels, if
 *   the file has them, else %NULL
 * @error: return location for a #CbCsvError (the file cannot be read as
 *   CSV) or a #CbAhpError (it does not hold a valid matrix)
 *
 * Returns: (transfer full): the matrix, or %NULL with @error set.
 */
CbAhpMatrix *
cb_ahp_matrix_read_csv (const char   *path,
                        char       ***labels_out,
                        GError      **error)
{
  g_autoptr(CbCsvTable) table = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (labels_out != NULL)
    *labels_out = NULL;

  table = cb_csv_read_file (path, error);
  if (table == NULL)
    return NULL;

  return cb_ahp_matrix_new_from_csv (table, labels_out, error);
}
