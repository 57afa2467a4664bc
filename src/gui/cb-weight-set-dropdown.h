/* cb-weight-set-dropdown.h: a drop-down of a workbook's weight sets
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-workbook.h"

G_BEGIN_DECLS

void         cb_weight_set_dropdown_setup (GtkDropDown *dropdown);
gboolean     cb_weight_set_dropdown_is_settling (GtkDropDown *dropdown);
void         cb_weight_set_dropdown_sync  (GtkDropDown *dropdown,
                                           CbWorkbook  *workbook,
                                           CbWeightSet *current);

G_END_DECLS
