/* cb-case-list.h: the cases of the workbook, to check for comparison
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cb-session.h"

G_BEGIN_DECLS

#define CB_TYPE_CASE_LIST (cb_case_list_get_type ())

G_DECLARE_FINAL_TYPE (CbCaseList, cb_case_list, CB, CASE_LIST, GtkWidget)

CbSession      *cb_case_list_get_session      (CbCaseList *self);
void            cb_case_list_set_session      (CbCaseList *self,
                                               CbSession  *session);
GtkSearchEntry *cb_case_list_get_search_entry (CbCaseList *self);
GtkListBox     *cb_case_list_get_list_box     (CbCaseList *self);
void            cb_case_list_set_note         (CbCaseList *self,
                                               const char *note);

G_END_DECLS
