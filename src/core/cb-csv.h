/* cb-csv.h: an RFC 4180 CSV reader that remembers where each field was,
 * and what a writer needs
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CB_CSV_ERROR (cb_csv_error_quark ())

typedef enum
{
  CB_CSV_ERROR_IO,                 /* the file could not be read */
  CB_CSV_ERROR_EMPTY,              /* no rows at all */
  CB_CSV_ERROR_INVALID_UTF8,       /* not UTF-8 text, or a NUL byte */
  CB_CSV_ERROR_UNTERMINATED_QUOTE, /* a quoted field runs to the end of the input */
  CB_CSV_ERROR_STRAY_QUOTE,        /* a quote inside an unquoted field, or text after a closing quote */
} CbCsvError;

#define CB_TYPE_CSV_TABLE (cb_csv_table_get_type ())

typedef struct _CbCsvTable CbCsvTable;

GQuark      cb_csv_error_quark           (void);
GType       cb_csv_table_get_type        (void) G_GNUC_CONST;

CbCsvTable *cb_csv_read_file             (const char        *path,
                                          GError           **error);
CbCsvTable *cb_csv_read_bytes            (GBytes            *bytes,
                                          const char        *path,
                                          GError           **error);
CbCsvTable *cb_csv_read_bytes_full       (GBytes            *bytes,
                                          const char        *path,
                                          guint             *error_line,
                                          guint             *error_column,
                                          GError           **error);

CbCsvTable *cb_csv_table_ref             (CbCsvTable        *self);
void        cb_csv_table_unref           (CbCsvTable        *self);

const char *cb_csv_table_get_path        (const CbCsvTable  *self);
guint       cb_csv_table_get_n_rows      (const CbCsvTable  *self);
guint       cb_csv_table_get_n_fields    (const CbCsvTable  *self,
                                          guint              row);
const char *cb_csv_table_get             (const CbCsvTable  *self,
                                          guint              row,
                                          guint              field);
void        cb_csv_table_get_position    (const CbCsvTable  *self,
                                          guint              row,
                                          guint              field,
                                          guint             *line,
                                          guint             *column);
char       *cb_csv_table_dup_location    (const CbCsvTable  *self,
                                          guint              row,
                                          guint              field);
void        cb_csv_table_set_field_error (const CbCsvTable  *self,
                                          guint              row,
                                          guint              field,
                                          GError           **error,
                                          GQuark             domain,
                                          int                code,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (7, 8);

char       *cb_csv_format_location       (const char        *path,
                                          guint              line,
                                          guint              column);

void        cb_csv_append_field          (GString           *out,
                                          const char        *text,
                                          gboolean           first);
void        cb_csv_append_row_end        (GString           *out);
char       *cb_csv_format_number         (double             value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CbCsvTable, cb_csv_table_unref)

G_END_DECLS
