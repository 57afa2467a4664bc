/* cb-chart-export.h: charts to PNG, SVG and PDF files
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-chart.h"

G_BEGIN_DECLS

#define CB_CHART_EXPORT_ERROR (cb_chart_export_error_quark ())

typedef enum
{
  CB_CHART_EXPORT_ERROR_FORMAT, /* the file's extension names no format */
  CB_CHART_EXPORT_ERROR_SIZE,   /* a size out of bounds */
  CB_CHART_EXPORT_ERROR_WRITE,  /* the file could not be written */
} CbChartExportError;

typedef enum
{
  CB_CHART_FORMAT_PNG,
  CB_CHART_FORMAT_SVG,
  CB_CHART_FORMAT_PDF,
} CbChartFormat;

GQuark   cb_chart_export_error_quark (void);
gboolean cb_chart_format_from_path   (const char          *path,
                                      CbChartFormat       *format);
gboolean cb_chart_export             (CbChartKind          kind,
                                      const CbChartData   *data,
                                      const CbChartStyle  *style,
                                      double               width,
                                      double               height,
                                      double               scale,
                                      const char          *path,
                                      GError             **error);

G_END_DECLS
