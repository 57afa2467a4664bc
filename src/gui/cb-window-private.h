/* cb-window-private.h: what the files of CbWindow share
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-window.h"

G_BEGIN_DECLS

/* cb-window.c */
void _cb_window_workbook_moved  (CbWindow   *self);

/* cb-window-files.c */
void _cb_window_open_action     (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter);
void _cb_window_new_action      (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter);
void _cb_window_save_as_action  (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter);

void _cb_window_new_case_action    (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);
void _cb_window_edit_case_action   (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);
void _cb_window_delete_case_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);

void _cb_window_open_recent_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);
void _cb_window_update_recent      (CbWindow   *self,
                                   GMenu      *menu);

void _cb_window_import_action      (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);
void _cb_window_report_action      (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);
void _cb_window_framework_action   (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);

G_END_DECLS
