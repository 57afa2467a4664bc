/* cb-window-files.c: New, Open and Save As for the window
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file choosers go through the portal where there is one
 * (GtkFileChooserNative on GTK 4.8, GtkFileDialog from 4.10). The store
 * does the work; errors are shown with the store's message and the open
 * workbook stays as it was.
 */

#define G_LOG_DOMAIN "cb-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cb-case-editor.h"
#include "cb-framework-dialog.h"
#include "cb-import-dialog.h"
#include "cb-report.h"
#include "cb-window-private.h"

typedef enum
{
  FILE_OPEN,
  FILE_NEW,
  FILE_SAVE_AS,
  FILE_IMPORT,
  FILE_REPORT,
} FileOperation;

static void
show_error (CbWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  /* Owned by the infos. */
  GDateTime *ta = gtk_recent_info_get_modified (a);
  GDateTime *tb = gtk_recent_info_get_modified (b);

  return -g_date_time_compare (ta, tb);
}

static void
remember (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/**
 * cb_window_open_file:
 *
 * Opens a workbook in this window. If it cannot be opened, says why in a
 * dialog and keeps the workbook that was open.
 */
gboolean
cb_window_open_file (CbWindow *self,
                     GFile    *file)
{
  g_autofree char *path = NULL;
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  workbook = path != NULL ? cb_workbook_open (path, &error) : NULL;
  if (workbook == NULL)
    {
      show_error (self, _("The Workbook Could Not Be Opened"),
                  error != NULL ? error->message : _("Only local files can be opened."));
      return FALSE;
    }
  cb_window_set_workbook (self, workbook);
  if (cb_workbook_is_read_only (workbook))
    {
      g_autofree char *message = g_strdup_printf (_("Opened read-only: %s"),
                                                  cb_workbook_get_read_only_reason (workbook));

      cb_window_show_message (self, message);
    }
  remember (file);
  return TRUE;
}

/* Saves a copy of the workbook there and goes on working in the copy. */
gboolean
cb_window_save_as_file (CbWindow *self,
                        GFile    *file)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  CbWorkbook *workbook;

  g_return_val_if_fail (CB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Weights still moving go into the copy too. */
  cb_weights_view_commit (cb_window_get_weights_view (self));
  workbook = cb_window_get_workbook (self);
  path = g_file_get_path (file);
  if (workbook == NULL || path == NULL || !cb_workbook_save_as (workbook, path, &error))
    {
      show_error (self, _("The Workbook Could Not Be Saved"),
                  error != NULL ? error->message : _("Only local files can be written."));
      return FALSE;
    }
  _cb_window_workbook_moved (self);
  remember (file);
  return TRUE;
}

/**
 * cb_window_new_file:
 * @content: the six city models, or the framework only
 *
 * Makes a new workbook in the file and opens it. It is built in memory
 * and saved whole, replacing a file of that name (the chooser asked)
 * only once it is complete.
 */
gboolean
cb_window_new_file (CbWindow          *self,
                    GFile             *file,
                    CbWorkbookContent  content)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(CbWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CB_IS_WINDOW (self), FALSE);

  workbook = cb_workbook_new_in_memory (content, &error);
  if (workbook == NULL || path == NULL || !cb_workbook_save_as (workbook, path, &error))
    {
      show_error (self, _("The Workbook Could Not Be Created"),
                  error != NULL ? error->message : _("Only local files can be written."));
      return FALSE;
    }
  cb_window_set_workbook (self, workbook);
  remember (file);
  return TRUE;
}

static void
imported_cb (CbImportDialog *dialog,
             CbWindow       *self)
{
  CbImport *import = cb_import_dialog_get_import (dialog);
  guint n_new = cb_import_get_n_new_cases (import);
  guint n_updated = cb_import_get_n_updated_cases (import);
  g_autofree char *message = NULL;

  /* Translators: after a CSV import, e.g. "Imported: 3 new cases, 6 updated" */
  message = g_strdup_printf (_("Imported: %u new, %u updated"), n_new, n_updated);
  cb_window_show_message (self, message);
}

/**
 * cb_window_import_file:
 *
 * Previews a CSV file of cases and scores in a dialog, from which it can
 * be imported into the open workbook (undoably).
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
cb_window_import_file (CbWindow *self,
                       GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *dialog;

  g_return_val_if_fail (CB_IS_WINDOW (self), NULL);

  if (path == NULL || cb_window_get_workbook (self) == NULL)
    return NULL;
  cb_weights_view_commit (cb_window_get_weights_view (self));
  dialog = cb_import_dialog_new (GTK_WINDOW (self), cb_window_get_undo_stack (self), path);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * cb_window_report_file:
 *
 * Writes the PDF report of the open workbook, with the weights and
 * method chosen and, after a sensitivity run, its settings, in the
 * interface's language.
 */
gboolean
cb_window_report_file (CbWindow *self,
                       GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  CbSession *session = cb_window_get_session (self);
  CbSensitivity *sensitivity;
  g_autoptr(GError) error = NULL;
  CbReportOptions options;

  g_return_val_if_fail (CB_IS_WINDOW (self), FALSE);

  if (path == NULL || session == NULL)
    return FALSE;
  cb_weights_view_commit (cb_window_get_weights_view (self));
  cb_report_options_init (&options);
  options.language = cb_language_from_locale ();
  options.weight_set = cb_session_get_weight_set (session);
  options.normalisation = cb_session_get_normalisation (session);
  options.aggregation = cb_session_get_aggregation (session);
  sensitivity = cb_sensitivity_view_get_sensitivity (cb_window_get_sensitivity_view (self));
  if (sensitivity != NULL)
    {
      options.include_sensitivity = TRUE;
      options.sensitivity = *cb_sensitivity_get_settings (sensitivity);
    }
  if (!cb_report_write (cb_window_get_workbook (self), &options, path, NULL, &error))
    {
      show_error (self, _("The report could not be written"), error->message);
      return FALSE;
    }
  cb_window_show_message (self, _("Report saved"));
  return TRUE;
}

static void
finish (CbWindow      *self,
        FileOperation  operation,
        GFile         *file)
{
  if (file == NULL)
    return;
  switch (operation)
    {
    case FILE_OPEN:
      cb_window_open_file (self, file);
      break;
    case FILE_NEW:
      cb_window_new_file (self, file, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "new-content")));
      break;
    case FILE_IMPORT:
      cb_window_import_file (self, file);
      break;
    case FILE_REPORT:
      cb_window_report_file (self, file);
      break;
    case FILE_SAVE_AS:
    default:
      cb_window_save_as_file (self, file);
      break;
    }
}

static GtkFileFilter *
file_filter (FileOperation operation)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  switch (operation)
    {
    case FILE_IMPORT:
      gtk_file_filter_set_name (filter, _("CSV Files"));
      gtk_file_filter_add_pattern (filter, "*.csv");
      gtk_file_filter_add_pattern (filter, "*.CSV");
      gtk_file_filter_add_mime_type (filter, "text/csv");
      break;
    case FILE_REPORT:
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_pattern (filter, "*.pdf");
      break;
    case FILE_OPEN:
    case FILE_NEW:
    case FILE_SAVE_AS:
    default:
      gtk_file_filter_set_name (filter, _("Casebench Workbooks"));
      gtk_file_filter_add_pattern (filter, "*" CB_WORKBOOK_SUFFIX);
      break;
    }
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
dialog_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CbWindow) self = user_data;
  FileOperation operation = GPOINTER_TO_INT (g_object_get_data (source, "operation"));
  g_autoptr(GFile) file = NULL;

  if (operation == FILE_OPEN || operation == FILE_IMPORT)
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  else
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  finish (self, operation, file);
}
#else
static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CbWindow        *self)
{
  FileOperation operation = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "operation"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  finish (self, operation, file);
  g_object_unref (chooser);
}
#endif

static void
choose_file (CbWindow      *self,
             FileOperation  operation)
{
  const char *titles[] = { N_("Open Workbook"), N_("New Workbook"), N_("Save Workbook As"),
                           N_("Import Cases and Scores"), N_("Save Report") };
  g_autoptr(GtkFileFilter) filter = file_filter (operation);
  g_autofree char *suggestion = NULL;
  gboolean open = operation == FILE_OPEN || operation == FILE_IMPORT;

  if (operation == FILE_REPORT)
    {
      const char *path = cb_window_get_workbook (self) != NULL ? cb_workbook_get_path (cb_window_get_workbook (self))
                                                              : NULL;
      g_autofree char *base = path != NULL ? g_path_get_basename (path) : g_strdup (_("Comparison"));

      if (g_str_has_suffix (base, CB_WORKBOOK_SUFFIX))
        base[strlen (base) - strlen (CB_WORKBOOK_SUFFIX)] = '\0';
      /* Translators: the suggested file name of a report, e.g. "class-report.pdf" */
      suggestion = g_strdup_printf (_("%s-report.pdf"), base);
    }
  else if (operation == FILE_NEW)
    suggestion = g_strconcat (_("Comparison"), CB_WORKBOOK_SUFFIX, NULL);
  else if (operation == FILE_SAVE_AS && cb_window_get_workbook (self) != NULL &&
           cb_workbook_get_path (cb_window_get_workbook (self)) != NULL)
    suggestion = g_path_get_basename (cb_workbook_get_path (cb_window_get_workbook (self)));

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    g_list_store_append (filters, filter);
    gtk_file_dialog_set_title (dialog, _(titles[operation]));
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_set_modal (dialog, TRUE);
    g_object_set_data (G_OBJECT (dialog), "operation", GINT_TO_POINTER (operation));
    if (open)
      gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, g_object_ref (self));
    else
      {
        gtk_file_dialog_set_initial_name (dialog, suggestion);
        gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, g_object_ref (self));
      }
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_(titles[operation]), GTK_WINDOW (self),
                                   open ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
                                   open ? _("_Open") : _("_Save"), _("_Cancel"));

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    if (suggestion != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggestion);
    g_object_set_data (G_OBJECT (chooser), "operation", GINT_TO_POINTER (operation));
    g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

void
_cb_window_open_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_file (CB_WINDOW (widget), FILE_OPEN);
}

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 CbWindow         *self)
{
  if (g_str_equal (response, "cancel"))
    return;
  g_object_set_data (G_OBJECT (self), "new-content",
                     GINT_TO_POINTER (g_str_equal (response, "framework") ? CB_WORKBOOK_CONTENT_FRAMEWORK
                                                                          : CB_WORKBOOK_CONTENT_DEFAULT));
  choose_file (self, FILE_NEW);
}

/* Asks what the new workbook starts with, then where it goes. */
void
_cb_window_new_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (widget), _("New Workbook"),
                                              _("Start from the six city models, or from the framework "
                                                "and weight sets only, to score cases of your own?"));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "framework", _("_Framework Only"),
                                    "default", _("_Six City Models"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "default", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "default");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (new_response_cb), widget);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_cb_window_import_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  choose_file (CB_WINDOW (widget), FILE_IMPORT);
}

void
_cb_window_report_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  choose_file (CB_WINDOW (widget), FILE_REPORT);
}

void
_cb_window_save_as_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  choose_file (CB_WINDOW (widget), FILE_SAVE_AS);
}

void
_cb_window_new_case_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);

  if (cb_window_get_workbook (self) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cb_case_editor_new (GTK_WINDOW (self), cb_window_get_workbook (self),
                                                      cb_window_get_undo_stack (self), NULL)));
}

void
_cb_window_edit_case_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);
  CbSession *session = cb_window_get_session (self);
  CbCase *c;

  if (session == NULL)
    return;
  c = cb_workbook_lookup_case (cb_window_get_workbook (self), cb_session_get_current_case (session));
  if (c != NULL)
    gtk_window_present (GTK_WINDOW (cb_case_editor_new (GTK_WINDOW (self), cb_window_get_workbook (self),
                                                        cb_window_get_undo_stack (self), c)));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CbWindow         *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "case-id"));
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "delete") &&
      !cb_undo_stack_delete_case (cb_window_get_undo_stack (self), id, &error))
    cb_window_show_message (self, error->message);
}

/* Deletes the selected case after asking; undo brings it back. */
void
_cb_window_delete_case_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);
  CbSession *session = cb_window_get_session (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  CbCase *c;

  if (session == NULL)
    return;
  c = cb_workbook_lookup_case (cb_window_get_workbook (self), cb_session_get_current_case (session));
  if (c == NULL)
    return;

  heading = g_strdup_printf (_("Delete %s?"), cb_text_get (cb_case_get_name (c), cb_language_from_locale ()));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Its scores and evidence are deleted with it. Undo brings them back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "case-id", GSIZE_TO_POINTER (cb_case_get_id (c)));
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The workbooks opened or saved lately that still exist, newest first. */
void
_cb_window_update_recent (CbWindow *self,
                          GMenu    *menu)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint shown = 0;

  g_menu_remove_all (menu);
  items = g_list_sort (items, (GCompareFunc) compare_recent);
  for (GList *l = items; l != NULL && shown < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (!g_str_has_suffix (uri, CB_WORKBOOK_SUFFIX) || !gtk_recent_info_exists (info))
        continue;
      label = gtk_recent_info_get_short_name (info);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (menu, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_cb_window_open_recent_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  cb_window_open_file (CB_WINDOW (widget), file);
}

void
_cb_window_framework_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CbWindow *self = CB_WINDOW (widget);

  if (cb_window_get_workbook (self) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cb_framework_dialog_new (GTK_WINDOW (self), cb_window_get_workbook (self),
                                                           cb_window_get_undo_stack (self))));
}
