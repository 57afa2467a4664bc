/* cb-csv.c: an RFC 4180 CSV reader that remembers where each field was,
 * and what a writer needs
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole input is read into an immutable, reference-counted table of
 * rows of fields. Each field keeps the line and column where it starts, so
 * that whoever interprets the values can say where a bad one is, as
 * FILE:LINE:COLUMN (columns count characters, not bytes).
 *
 * The dialect is RFC 4180 with the usual leniencies of spreadsheet exports:
 * - a UTF-8 byte order mark at the start is skipped; any other invalid
 *   UTF-8 (or a NUL byte) is an error;
 * - lines end with CRLF, LF or a lone CR; inside a quoted field each of
 *   them becomes "\n";
 * - the last line needs no line end;
 * - a line with no characters at all is skipped (it does not become a row
 *   with one empty field), but still counts for line numbers; a line with
 *   only "" or spaces is a row;
 * - rows may have different numbers of fields: the caller decides.
 * A quote inside an unquoted field, or anything but a comma or a line end
 * after a closing quote, is an error rather than a guess.
 *
 * For writing there are the few helpers RFC 4180 needs: a field quoted
 * when it must be, CRLF at the end of a row, and numbers that read back
 * exactly.
 */

#define G_LOG_DOMAIN "cb-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "cb-csv.h"

typedef struct
{
  char  *text;
  guint  line;
  guint  column;
} Field;

struct _CbCsvTable
{
  char   *path;
  GArray *fields;      /* Field, row after row */
  GArray *row_starts;  /* guint: the index in fields of each row's first field */
};

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
  guint       column;  /* 1-based, in characters, of the byte at p */
  guint       error_line;
  guint       error_column;
} Reader;

G_DEFINE_BOXED_TYPE (CbCsvTable, cb_csv_table, cb_csv_table_ref, cb_csv_table_unref)
G_DEFINE_QUARK (cb-csv-error-quark, cb_csv_error)

/* "PATH:LINE:COLUMN", or "LINE:COLUMN" without a path. */
char *
cb_csv_format_location (const char *path,
                        guint       line,
                        guint       column)
{
  g_autofree char *display = NULL;

  if (path == NULL)
    return g_strdup_printf ("%u:%u", line, column);

  display = g_filename_display_name (path);
  return g_strdup_printf ("%s:%u:%u", display, line, column);
}

static void
set_error_at (GError     **error,
              Reader      *reader,
              const char  *path,
              guint        line,
              guint        column,
              CbCsvError   code,
              const char  *message)
{
  g_autofree char *location = cb_csv_format_location (path, line, column);

  reader->error_line = line;
  reader->error_column = column;

  g_set_error (error, CB_CSV_ERROR, code, "%s: %s", location, message);
}

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_free (field->text);
}

static void
table_clear (gpointer data)
{
  CbCsvTable *self = data;

  g_free (self->path);
  g_array_unref (self->fields);
  g_array_unref (self->row_starts);
}

static CbCsvTable *
table_new (const char *path)
{
  CbCsvTable *self = g_atomic_rc_box_new0 (CbCsvTable);

  self->path = g_strdup (path);
  self->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  g_array_set_clear_func (self->fields, field_clear);
  self->row_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

static gboolean
reader_at_line_end (const Reader *reader)
{
  return reader->p < reader->end && (*reader->p == '\n' || *reader->p == '\r');
}

/* Steps over one byte that is not a line end. Only the first byte of a
 * character moves the column, so it is right at every character boundary. */
static void
reader_advance (Reader *reader)
{
  if (((guchar) *reader->p & 0xc0) != 0x80)
    reader->column++;
  reader->p++;
}

/* Steps over CRLF, LF or CR. */
static void
reader_skip_line_end (Reader *reader)
{
  g_assert (reader_at_line_end (reader));

  if (reader->p[0] == '\r' && reader->p + 1 < reader->end && reader->p[1] == '\n')
    reader->p++;
  reader->p++;
  reader->line++;
  reader->column = 1;
}

/* The line and column of pos, counted as the reader counts them. */
static void
locate (const char *start,
        const char *pos,
        guint      *line,
        guint      *column)
{
  Reader reader = { start, pos, 1, 1, 0, 0 };

  while (reader.p < reader.end)
    {
      if (reader_at_line_end (&reader))
        reader_skip_line_end (&reader);
      else
        reader_advance (&reader);
    }
  *line = reader.line;
  *column = reader.column;
}

static void
add_field (CbCsvTable *self,
           char       *text,
           guint       line,
           guint       column)
{
  Field field = { text, line, column };

  g_array_append_val (self->fields, field);
}

static gboolean
read_quoted (Reader      *reader,
             const char  *path,
             char       **text,
             GError     **error)
{
  g_autoptr(GString) value = g_string_new (NULL);
  guint quote_line = reader->line;
  guint quote_column = reader->column;

  reader_advance (reader);
  for (;;)
    {
      if (reader->p >= reader->end)
        {
          set_error_at (error, reader, path, quote_line, quote_column,
                        CB_CSV_ERROR_UNTERMINATED_QUOTE,
                        _("This quoted field is never closed: a closing quote (\") is missing."));
          return FALSE;
        }

      if (*reader->p == '"')
        {
          if (reader->p + 1 < reader->end && reader->p[1] == '"')
            {
              g_string_append_c (value, '"');
              reader_advance (reader);
              reader_advance (reader);
              continue;
            }
          reader_advance (reader);
          break;
        }

      if (reader_at_line_end (reader))
        {
          g_string_append_c (value, '\n');
          reader_skip_line_end (reader);
          continue;
        }

      g_string_append_c (value, *reader->p);
      reader_advance (reader);
    }

  if (reader->p < reader->end && *reader->p != ',' && !reader_at_line_end (reader))
    {
      set_error_at (error, reader, path, reader->line, reader->column, CB_CSV_ERROR_STRAY_QUOTE,
                    _("Unexpected text after a closing quote; a comma or the end of the line "
                      "was expected."));
      return FALSE;
    }

  *text = g_string_free (g_steal_pointer (&value), FALSE);
  return TRUE;
}

static gboolean
read_unquoted (Reader      *reader,
               const char  *path,
               char       **text,
               GError     **error)
{
  const char *start = reader->p;

  while (reader->p < reader->end && *reader->p != ',' && !reader_at_line_end (reader))
    {
      if (*reader->p == '"')
        {
          set_error_at (error, reader, path, reader->line, reader->column, CB_CSV_ERROR_STRAY_QUOTE,
                        _("A quote inside a field that does not start with a quote. "
                          "Put the whole field in quotes and double the quote (\"\")."));
          return FALSE;
        }
      reader_advance (reader);
    }

  *text = g_strndup (start, reader->p - start);
  return TRUE;
}

static gboolean
parse (CbCsvTable  *self,
       Reader      *where,
       const char  *data,
       gsize        length,
       GError     **error)
{
  Reader reader = { data, data + length, 1, 1, 0, 0 };

  while (reader.p < reader.end)
    {
      guint row_start = self->fields->len;

      if (reader_at_line_end (&reader))
        {
          reader_skip_line_end (&reader);
          continue;
        }

      g_array_append_val (self->row_starts, row_start);
      for (;;)
        {
          guint line = reader.line;
          guint column = reader.column;
          char *text = NULL;
          gboolean ok;

          if (reader.p < reader.end && *reader.p == '"')
            ok = read_quoted (&reader, self->path, &text, error);
          else
            ok = read_unquoted (&reader, self->path, &text, error);
          if (!ok)
            {
              *where = reader;
              return FALSE;
            }

          add_field (self, text, line, column);

          if (reader.p >= reader.end)
            break;
          if (*reader.p == ',')
            {
              reader_advance (&reader);
              continue;
            }
          reader_skip_line_end (&reader);
          break;
        }
    }

  if (self->row_starts->len == 0)
    {
      set_error_at (error, where, self->path, 1, 1, CB_CSV_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }

  return TRUE;
}

/**
 * cb_csv_read_bytes_full:
 * @bytes: the CSV text
 * @path: (nullable): the file it came from, used in messages
 * @error_line: (out) (optional): where the error is, if there is one
 * @error_column: (out) (optional): where the error is, if there is one
 * @error: return location for a #CbCsvError
 *
 * As cb_csv_read_bytes(), and on error also gives the line and column (1
 * and up) that the message names, for callers that list problems.
 *
 * Returns: (transfer full): the table, or %NULL with @error set.
 */
CbCsvTable *
cb_csv_read_bytes_full (GBytes      *bytes,
                        const char  *path,
                        guint       *error_line,
                        guint       *error_column,
                        GError     **error)
{
  g_autoptr(CbCsvTable) self = NULL;
  Reader where = { NULL, NULL, 1, 1, 0, 0 };
  const char *data;
  const char *valid_end = NULL;
  gsize length = 0;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &valid_end))
    {
      guint line, column;

      locate (data, valid_end, &line, &column);
      if (*valid_end == '\0')
        set_error_at (error, &where, path, line, column, CB_CSV_ERROR_INVALID_UTF8,
                      _("The file contains a NUL character; it is not CSV text."));
      else
        set_error_at (error, &where, path, line, column, CB_CSV_ERROR_INVALID_UTF8,
                      _("The text is not valid UTF-8. Save the file as “CSV UTF-8”."));
      ok = FALSE;
    }
  else
    {
      self = table_new (path);
      ok = parse (self, &where, data, length, error);
    }

  if (!ok)
    {
      if (error_line != NULL)
        *error_line = where.error_line;
      if (error_column != NULL)
        *error_column = where.error_column;
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * cb_csv_read_bytes:
 * @bytes: the CSV text
 * @path: (nullable): the file it came from, used in messages
 * @error: return location for a #CbCsvError
 *
 * Returns: (transfer full): the table, or %NULL with @error set; the
 *   message of @error starts with "PATH:LINE:COLUMN: ".
 */
CbCsvTable *
cb_csv_read_bytes (GBytes      *bytes,
                   const char  *path,
                   GError     **error)
{
  return cb_csv_read_bytes_full (bytes, path, NULL, NULL, error);
}

/**
 * cb_csv_read_file:
 * @path: a file name
 * @error: return location for a #CbCsvError
 *
 * Returns: (transfer full): the table, or %NULL with @error set.
 */
CbCsvTable *
cb_csv_read_file (const char  *path,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error_literal (error, CB_CSV_ERROR, CB_CSV_ERROR_IO, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return cb_csv_read_bytes (bytes, path, error);
}

CbCsvTable *
cb_csv_table_ref (CbCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
cb_csv_table_unref (CbCsvTable *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, table_clear);
}

/* The path given when the table was read, or NULL. */
const char *
cb_csv_table_get_path (const CbCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/* Never 0: an input without rows is an error. */
guint
cb_csv_table_get_n_rows (const CbCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_starts->len;
}

static guint
row_start (const CbCsvTable *self,
           guint             row)
{
  return g_array_index (self->row_starts, guint, row);
}

static guint
row_end (const CbCsvTable *self,
         guint             row)
{
  if (row + 1 < self->row_starts->len)
    return row_start (self, row + 1);
  return self->fields->len;
}

/* At least 1: a row holds at least one (maybe empty) field. */
guint
cb_csv_table_get_n_fields (const CbCsvTable *self,
                           guint             row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->row_starts->len, 0);

  return row_end (self, row) - row_start (self, row);
}

static const Field *
get_field (const CbCsvTable *self,
           guint             row,
           guint             field)
{
  return &g_array_index (self->fields, Field, row_start (self, row) + field);
}

static gboolean
is_valid_field (const CbCsvTable *self,
                guint             row,
                guint             field)
{
  return row < self->row_starts->len && field < row_end (self, row) - row_start (self, row);
}

/* The text of a field, unquoted; never NULL for a valid row and field. */
const char *
cb_csv_table_get (const CbCsvTable *self,
                  guint             row,
                  guint             field)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (is_valid_field (self, row, field), NULL);

  return get_field (self, row, field)->text;
}

/* The 1-based line and column (in characters) where the field starts: its
 * opening quote if it is quoted. */
void
cb_csv_table_get_position (const CbCsvTable *self,
                           guint             row,
                           guint             field,
                           guint            *line,
                           guint            *column)
{
  const Field *f;

  g_return_if_fail (self != NULL);
  g_return_if_fail (is_valid_field (self, row, field));

  f = get_field (self, row, field);
  if (line != NULL)
    *line = f->line;
  if (column != NULL)
    *column = f->column;
}

/* "PATH:LINE:COLUMN" of a field. */
char *
cb_csv_table_dup_location (const CbCsvTable *self,
                           guint             row,
                           guint             field)
{
  const Field *f;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (is_valid_field (self, row, field), NULL);

  f = get_field (self, row, field);
  return cb_csv_format_location (self->path, f->line, f->column);
}

/* Sets error to "PATH:LINE:COLUMN: message" for a field, so that a reader
 * of the table can report a bad value where it is. */
void
cb_csv_table_set_field_error (const CbCsvTable  *self,
                              guint              row,
                              guint              field,
                              GError           **error,
                              GQuark             domain,
                              int                code,
                              const char        *format,
                              ...)
{
  g_autofree char *location = NULL;
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (self != NULL);
  g_return_if_fail (is_valid_field (self, row, field));
  g_return_if_fail (format != NULL);

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  location = cb_csv_table_dup_location (self, row, field);
  g_set_error (error, domain, code, "%s: %s", location, message);
}

/* Writing */

/* Appends one field, quoted when it holds a comma, a quote, a line end or
 * white space at either end (which some readers would trim), with its
 * quotes doubled; a field before it on the row needs first = FALSE. */
void
cb_csv_append_field (GString    *out,
                     const char *text,
                     gboolean    first)
{
  gsize length;

  g_return_if_fail (out != NULL);

  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || text[0] == '\0')
    return;

  length = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL &&
      !g_ascii_isspace (text[0]) && !g_ascii_isspace (text[length - 1]))
    {
      g_string_append_len (out, text, length);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Ends a row as RFC 4180 does, with CRLF. */
void
cb_csv_append_row_end (GString *out)
{
  g_return_if_fail (out != NULL);

  g_string_append (out, "\r\n");
}

/* A number that reads back as exactly the same double, in the C locale
 * ("2.5", never "2,5"); NaN (a missing value) is the empty string. */
char *
cb_csv_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");

  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}
