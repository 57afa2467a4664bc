/* test-csv.c: the RFC 4180 CSV reader, its positions and its errors
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>

#include "cb-csv.h"

static CbCsvTable *
read_string (const char  *text,
             gssize       length,
             const char  *path,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return cb_csv_read_bytes (bytes, path, error);
}

/* One line per row: "LINE:COLUMN:text | LINE:COLUMN:text", with line ends
 * inside fields shown as \n. */
static char *
dump (const CbCsvTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint row = 0; row < cb_csv_table_get_n_rows (table); row++)
    {
      if (row > 0)
        g_string_append_c (out, '\n');
      for (guint field = 0; field < cb_csv_table_get_n_fields (table, row); field++)
        {
          g_autoptr(GString) text = g_string_new (cb_csv_table_get (table, row, field));
          guint line, column;

          g_string_replace (text, "\n", "\\n", 0);
          cb_csv_table_get_position (table, row, field, &line, &column);
          g_string_append_printf (out, "%s%u:%u:%s", field > 0 ? " | " : "", line, column,
                                  text->str);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_csv_parse (void)
{
  const struct {
    const char *name;
    const char *input;
    const char *expected;
  } cases[] = {
    { "plain", "a,b,c\n1,2,3\n", "1:1:a | 1:3:b | 1:5:c\n2:1:1 | 2:3:2 | 2:5:3" },
    { "no final line end", "a,b\nc,d", "1:1:a | 1:3:b\n2:1:c | 2:3:d" },
    { "CRLF", "a,b\r\nc,d\r\n", "1:1:a | 1:3:b\n2:1:c | 2:3:d" },
    { "lone CR", "a\rb\r", "1:1:a\n2:1:b" },
    { "quoted comma", "\"a,b\",c\n", "1:1:a,b | 1:7:c" },
    { "doubled quotes", "\"say \"\"hi\"\"\",x", "1:1:say \"hi\" | 1:14:x" },
    { "quoted empty", "\"\"\n", "1:1:" },
    { "quoted newline, positions after it", "id,note\n1,\"two\nlines\",after\n2,x\n",
      "1:1:id | 1:4:note\n2:1:1 | 2:3:two\\nlines | 3:8:after\n4:1:2 | 4:3:x" },
    { "quoted CRLF becomes LF", "\"a\r\nb\",c\r\n", "1:1:a\\nb | 2:4:c" },
    { "byte order mark", "\xef\xbb\xbf" "a,b\n", "1:1:a | 1:3:b" },
    { "empty fields", ",,\na,\n", "1:1: | 1:2: | 1:3:\n2:1:a | 2:3:" },
    { "blank lines skipped, still counted", "a\n\n\r\nb\n\n", "1:1:a\n4:1:b" },
    { "spaces kept", " a , b \n", "1:1: a  | 1:5: b " },
    { "columns count characters", "名称,值\n城市,\"上海\",x\n",
      "1:1:名称 | 1:4:值\n2:1:城市 | 2:4:上海 | 2:9:x" },
    { "ragged rows", "a\nb,c,d\n", "1:1:a\n2:1:b | 2:3:c | 2:5:d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbCsvTable) table = NULL;
      g_autofree char *text = NULL;

      g_test_message ("case: %s", cases[i].name);
      table = read_string (cases[i].input, -1, NULL, &error);
      g_assert_no_error (error);
      g_assert_null (cb_csv_table_get_path (table));
      text = dump (table);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_csv_errors (void)
{
  const struct {
    const char *name;
    const char *input;
    gssize length;
    int code;
    const char *prefix;
  } cases[] = {
    { "invalid UTF-8", "ok\nab,\xff\n", -1, CB_CSV_ERROR_INVALID_UTF8, "t.csv:2:4: " },
    { "truncated UTF-8 after CJK", "名\xe5\n", -1, CB_CSV_ERROR_INVALID_UTF8, "t.csv:1:2: " },
    { "GBK text", "a\r\n\xb3\xc7\xca\xd0\n", -1, CB_CSV_ERROR_INVALID_UTF8, "t.csv:2:1: " },
    { "NUL byte", "a,b\0c", 5, CB_CSV_ERROR_INVALID_UTF8, "t.csv:1:4: " },
    { "unterminated quote", "a,b\nc,\"open\nmore\n", -1, CB_CSV_ERROR_UNTERMINATED_QUOTE,
      "t.csv:2:3: " },
    { "unterminated quote after CJK", "甲,乙,\"丙", -1, CB_CSV_ERROR_UNTERMINATED_QUOTE,
      "t.csv:1:5: " },
    { "quote in unquoted field", "x\nab\"c\n", -1, CB_CSV_ERROR_STRAY_QUOTE, "t.csv:2:3: " },
    { "text after closing quote", "\"ab\"c\n", -1, CB_CSV_ERROR_STRAY_QUOTE, "t.csv:1:5: " },
    { "empty", "", -1, CB_CSV_ERROR_EMPTY, "t.csv:1:1: " },
    { "byte order mark only", "\xef\xbb\xbf", -1, CB_CSV_ERROR_EMPTY, "t.csv:1:1: " },
    { "blank lines only", "\n\r\n\n", -1, CB_CSV_ERROR_EMPTY, "t.csv:1:1: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CbCsvTable) table = NULL;

      g_test_message ("case: %s", cases[i].name);
      table = read_string (cases[i].input, cases[i].length, "t.csv", &error);
      g_assert_null (table);
      g_assert_error (error, CB_CSV_ERROR, cases[i].code);
      g_test_message ("message: %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
      g_assert_cmpuint (strlen (error->message), >, strlen (cases[i].prefix));
    }
}

static void
test_csv_no_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbCsvTable) table = read_string ("a\n\"b", -1, NULL, &error);

  g_assert_error (error, CB_CSV_ERROR, CB_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_true (g_str_has_prefix (error->message, "2:1: "));
}

static void
test_csv_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbCsvTable) table = NULL;
  g_autoptr(CbCsvTable) missing = NULL;
  g_autofree char *dir = g_dir_make_tmp ("casebench-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *nowhere = NULL;
  g_autofree char *location = NULL;
  g_autofree char *expected = NULL;
  GError *field_error = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "data.csv", NULL);
  g_file_set_contents (path, "\xef\xbb\xbf" "code,name\r\nsh,\"Shanghai, Jing'an\"\r\n", -1,
                       &error);
  g_assert_no_error (error);

  table = cb_csv_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cb_csv_table_get_path (table), ==, path);
  g_assert_cmpuint (cb_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (cb_csv_table_get_n_fields (table, 1), ==, 2);
  g_assert_cmpstr (cb_csv_table_get (table, 1, 1), ==, "Shanghai, Jing'an");

  location = cb_csv_table_dup_location (table, 1, 1);
  expected = g_strdup_printf ("%s:2:4", path);
  g_assert_cmpstr (location, ==, expected);

  /* A reader of the table reports a bad value where it is. */
  cb_csv_table_set_field_error (table, 1, 1, &field_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                "no %s here", "city");
  g_assert_error (field_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_free (expected);
  expected = g_strdup_printf ("%s:2:4: no city here", path);
  g_assert_cmpstr (field_error->message, ==, expected);
  g_clear_error (&field_error);

  /* The reference count keeps the table alive. */
  cb_csv_table_unref (cb_csv_table_ref (table));
  g_assert_cmpstr (cb_csv_table_get (table, 0, 0), ==, "code");

  nowhere = g_build_filename (dir, "missing.csv", NULL);
  missing = cb_csv_read_file (nowhere, &error);
  g_assert_null (missing);
  g_assert_error (error, CB_CSV_ERROR, CB_CSV_ERROR_IO);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_csv_error_position (void)
{
  const struct {
    const char *input;
    guint line;
    guint column;
  } cases[] = {
    { "a\n\"b", 2, 1 },
    { "ok\n名,\xff", 2, 3 },
    { "x,y\r\n\"a\"b", 2, 4 },
    { "", 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].input, strlen (cases[i].input));
      g_autoptr(GError) error = NULL;
      g_autoptr(CbCsvTable) table = NULL;
      guint line = 0, column = 0;

      table = cb_csv_read_bytes_full (bytes, "p.csv", &line, &column, &error);
      g_assert_null (table);
      g_assert_nonnull (error);
      g_assert_cmpuint (line, ==, cases[i].line);
      g_assert_cmpuint (column, ==, cases[i].column);
    }
}

static void
test_csv_write (void)
{
  const char *fields[] = {
    "plain", "", "a,b", "say \"hi\"", "two\nlines", "cr\rlf", " lead", "trail ", "中文，逗号",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CbCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    cb_csv_append_field (out, fields[i], i == 0);
  cb_csv_append_row_end (out);
  g_assert_cmpstr (out->str, ==,
                   "plain,,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\",\" lead\",\"trail \","
                   "中文，逗号\r\n");

  bytes = g_bytes_new (out->str, out->len);
  table = cb_csv_read_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cb_csv_table_get_n_fields (table, 0), ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (cb_csv_table_get (table, 0, i), ==,
                     g_str_equal (fields[i], "cr\rlf") ? "cr\nlf" : fields[i]);
}

static void
test_csv_numbers (void)
{
  const double values[] = { 0, 1, -2.5, 0.1, 1.0 / 3.0, 2.0 / 3.0 * 5, 1e-300, 4.999999999999999, 1e21 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = cb_csv_format_number (values[i]);

      g_assert_null (strchr (text, ','));
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, values[i]);
    }
  {
    g_autofree char *tenth = cb_csv_format_number (0.1);
    g_autofree char *missing = cb_csv_format_number (NAN);

    g_assert_cmpstr (tenth, ==, "0.1");
    g_assert_cmpstr (missing, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/parse", test_csv_parse);
  g_test_add_func ("/csv/errors", test_csv_errors);
  g_test_add_func ("/csv/no-path", test_csv_no_path);
  g_test_add_func ("/csv/file", test_csv_file);
  g_test_add_func ("/csv/error-position", test_csv_error_position);
  g_test_add_func ("/csv/write", test_csv_write);
  g_test_add_func ("/csv/numbers", test_csv_numbers);

  return g_test_run ();
}
