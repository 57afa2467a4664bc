/* cb-export-dialog.h: export a chart for a thesis or a slide
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cb-chart.h"

G_BEGIN_DECLS

#define CB_TYPE_EXPORT_DIALOG (cb_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CbExportDialog, cb_export_dialog, CB, EXPORT_DIALOG, AdwWindow)

typedef enum
{
  CB_EXPORT_PNG,
  CB_EXPORT_SVG,
  CB_EXPORT_PDF,
} CbExportFormat;

GtkWidget *cb_export_dialog_new         (GtkWindow      *parent,
                                         CbChartKind     kind,
                                         CbChartData    *data,
                                         gboolean        dark);
void       cb_export_dialog_set_options (CbExportDialog *self,
                                         CbExportFormat  format,
                                         int             width,
                                         int             height,
                                         double          scale,
                                         CbChartLabels   labels,
                                         gboolean        dark);
gboolean   cb_export_dialog_export_to   (CbExportDialog *self,
                                         GFile          *file,
                                         GError        **error);

G_END_DECLS
