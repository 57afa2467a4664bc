/* cb-report-private.h: pages, text and tables of the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "cb-chart.h"
#include "cb-report.h"

G_BEGIN_DECLS

/* Type sizes in points. */
#define CB_REPORT_BODY_SIZE 9.5
#define CB_REPORT_SMALL_SIZE 8.0
#define CB_REPORT_TABLE_SIZE 8.5
#define CB_REPORT_H1_SIZE 17.0
#define CB_REPORT_H2_SIZE 12.0

/* The most columns a table can have. */
#define CB_REPORT_MAX_COLUMNS 8

typedef struct
{
  guint n_columns;
  double widths[CB_REPORT_MAX_COLUMNS];
  char *header[CB_REPORT_MAX_COLUMNS]; /* markup */
} CbReportTable;

/* The page being filled. Everything is laid out twice: once without
 * drawing, to learn on which page each section starts and how many
 * pages there are (for the contents and the footers), then for real. */
typedef struct
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean draw;
  double page_width;
  double page_height;
  double left;        /* the text area's edges */
  double right;
  double top;
  double bottom;
  double y;           /* where the next block goes */
  guint page;         /* 1-based */
  guint n_pages;      /* known on the second pass, 0 on the first */
  gboolean footer;    /* whether this page gets one */
  char *footer_text;
  CbChartStyle style;
  GArray *marks;      /* guint: the page of each mark, from the first pass */
  guint n_marks;      /* marks made on this pass */
  const CbReportTable *table; /* the table whose rows are being laid out */
} CbReportPage;

void         _cb_report_page_init      (CbReportPage        *page,
                                        cairo_surface_t     *surface,
                                        double               width,
                                        double               height,
                                        const char          *footer_text);
void         _cb_report_page_clear     (CbReportPage        *page);
void         _cb_report_page_restart   (CbReportPage        *page,
                                        gboolean             draw);
void         _cb_report_page_break     (CbReportPage        *page);
void         _cb_report_page_finish    (CbReportPage        *page);
gboolean     _cb_report_page_ensure    (CbReportPage        *page,
                                        double               height);
double       _cb_report_page_width     (const CbReportPage  *page);
guint        _cb_report_page_mark      (CbReportPage        *page);
guint        _cb_report_page_mark_page (const CbReportPage  *page,
                                        guint                mark);
int          _cb_report_page_outline   (CbReportPage        *page,
                                        int                  parent,
                                        const char          *title,
                                        gboolean             open);

PangoLayout *_cb_report_layout         (CbReportPage        *page,
                                        const char          *markup,
                                        double               size,
                                        double               width);
double       _cb_report_layout_height  (PangoLayout         *layout);
void         _cb_report_show           (CbReportPage        *page,
                                        PangoLayout         *layout,
                                        double               x,
                                        double               y,
                                        const CbColor       *colour);
void         _cb_report_paragraph      (CbReportPage        *page,
                                        const char          *markup,
                                        double               size,
                                        double               indent,
                                        double               space_after);
void         _cb_report_text           (CbReportPage        *page,
                                        const char          *text,
                                        double               size,
                                        double               space_after);
void         _cb_report_heading        (CbReportPage        *page,
                                        const char          *text,
                                        double               size,
                                        double               keep_with);
void         _cb_report_detail         (CbReportPage        *page,
                                        double               label_width,
                                        const char          *label,
                                        const char          *value);
void         _cb_report_space          (CbReportPage        *page,
                                        double               height);

void         _cb_report_table_init     (CbReportTable       *table,
                                        double               width,
                                        const double        *shares,
                                        const char * const  *header,
                                        guint                n_columns);
void         _cb_report_table_clear    (CbReportTable       *table);
void         _cb_report_table_begin    (CbReportPage        *page,
                                        const CbReportTable *table);
void         _cb_report_table_row      (CbReportPage        *page,
                                        const char * const  *cells);
void         _cb_report_table_group    (CbReportPage        *page,
                                        const char          *markup);
void         _cb_report_table_end      (CbReportPage        *page);

void         _cb_report_chart          (CbReportPage        *page,
                                        CbChartKind          kind,
                                        const CbChartData   *data,
                                        double               height);

/* What a report is written from, gathered before the first page. */
typedef struct
{
  CbWorkbook *workbook;
  const CbReportOptions *options;
  CbWeightSet *weight_set;      /* NULL: equal weights */
  CbDataset *dataset;
  CbWeights *weights;
  CbResult *result;
  CbSensitivity *sensitivity;   /* NULL unless asked for */
  CbChartData *chart_data;      /* every case, in the report's language */
  char *title;
  char *weight_set_name;
  GCancellable *cancellable;
  CbReportPage page;
  GArray *contents;             /* the sections, from the first pass */
  int outline_parent;           /* the outline entry of the current section */
} CbReport;

/* The text of data in the report's language, and in the other one. */
const char  *_cb_report_get            (const CbReport      *report,
                                        CbText              *text);
const char  *_cb_report_get_other      (const CbReport      *report,
                                        CbText              *text);
char        *_cb_report_bilingual      (const CbReport      *report,
                                        CbText              *text,
                                        const char          *code);
char        *_cb_report_number         (double               value,
                                        int                  decimals);
gboolean     _cb_report_section        (CbReport            *report,
                                        const char          *title,
                                        guint                level,
                                        GError             **error);
void         _cb_report_title          (CbReport            *report,
                                        const char          *title,
                                        const char          *subtitle);

gboolean     _cb_report_write_method   (CbReport            *report,
                                        GError             **error);
gboolean     _cb_report_write_weights  (CbReport            *report,
                                        GError             **error);
gboolean     _cb_report_write_results  (CbReport            *report,
                                        GError             **error);
gboolean     _cb_report_write_robustness (CbReport          *report,
                                        GError             **error);
gboolean     _cb_report_write_cases    (CbReport            *report,
                                        GError             **error);

G_END_DECLS
