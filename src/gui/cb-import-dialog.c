/* cb-import-dialog.c: a CSV file's cases and scores previewed, then imported
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and checking the file changes nothing (CbImport). The dialog
 * shows what an import would do: the format found, the cases it would
 * add and update, the scores it would set; or every problem found, each
 * with its line and column. "Import" writes it all in one transaction
 * as one undoable edit, and emits ::imported; a file with problems cannot
 * be imported.
 */

#define G_LOG_DOMAIN "cb-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-page.h"
#include "cb-import-dialog.h"

struct _CbImportDialog
{
  AdwWindow parent_instance;

  CbImport *import;
  CbUndoStack *undo_stack;
  GtkWidget *title;
  GtkWidget *import_button;
  GtkWidget *status;
  GtkWidget *summary;
  GtkWidget *problems;
  GtkWidget *error_label;
};

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CbImportDialog, cb_import_dialog, ADW_TYPE_WINDOW)

/* "karamay, changchun, …" with at most a few codes. */
static char *
join_codes (GStrv codes)
{
  guint n = codes != NULL ? g_strv_length (codes) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < MIN (n, 6); k++)
    g_string_append_printf (text, "%s%s", k > 0 ? ", " : "", codes[k]);
  if (n > 6)
    g_string_append (text, ", …");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_summary_row (GtkWidget  *group,
                 const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
show_preview (CbImportDialog *self)
{
  GListModel *problems = cb_import_get_problems (self->import);
  guint n_problems = g_list_model_get_n_items (problems);
  gboolean valid = cb_import_is_valid (self->import);
  g_auto(GStrv) new_codes = cb_import_dup_new_case_codes (self->import);
  g_auto(GStrv) updated_codes = cb_import_dup_updated_case_codes (self->import);
  g_autofree char *new_list = join_codes (new_codes);
  g_autofree char *updated_list = join_codes (updated_codes);
  g_autofree char *new_title = NULL, *updated_title = NULL, *scores_title = NULL, *status = NULL;
  guint n_new = cb_import_get_n_new_cases (self->import);
  guint n_updated = cb_import_get_n_updated_cases (self->import);
  guint n_scores = cb_import_get_n_scores (self->import);

  gtk_widget_set_sensitive (self->import_button, valid);
  gtk_widget_set_visible (self->summary, valid);
  gtk_widget_set_visible (self->problems, !valid);
  if (valid)
    {
      status = g_strdup (cb_import_get_layout (self->import) == CB_CSV_LAYOUT_LONG
                         ? _("Long format: one row per case and indicator. Nothing changes until you import.")
                         : _("Wide format: one row per case. Nothing changes until you import."));
      new_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new case", "%u new cases", n_new), n_new);
      updated_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case updated", "%u cases updated",
                                                    n_updated), n_updated);
      scores_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score set", "%u scores set", n_scores),
                                      n_scores);
      add_summary_row (self->summary, new_title, new_list);
      add_summary_row (self->summary, updated_title, updated_list);
      add_summary_row (self->summary, scores_title, NULL);
    }
  else
    {
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The file has %u problem. Fix it and import again; nothing was changed.",
                                             "The file has %u problems. Fix them and import again; nothing was changed.",
                                             n_problems), n_problems);
      for (guint k = 0; k < n_problems; k++)
        {
          g_autoptr(CbImportProblem) problem = g_list_model_get_item (problems, k);
          guint line = cb_import_problem_get_line (problem), column = cb_import_problem_get_column (problem);
          g_autofree char *where = line == 0 ? g_strdup (_("The whole file"))
                                   : column == 0 ? g_strdup_printf (_("Line %u"), line)
                                   : g_strdup_printf (_("Line %u, column %u"), line, column);
          GtkWidget *row = adw_action_row_new ();

          /* The message quotes the file's cells: text, not markup. */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cb_import_problem_get_message (problem));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->problems), row);
        }
      if (cb_import_get_problems_truncated (self->import))
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->problems),
                                               _("Only the first problems are listed."));
    }
  gtk_label_set_text (GTK_LABEL (self->status), status);
}

/* What the preview says, as text (for tests and the clipboard). */
char *
cb_import_dialog_dup_summary (CbImportDialog *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_DIALOG (self), NULL);
  return g_strdup (gtk_label_get_text (GTK_LABEL (self->status)));
}

CbImport *
cb_import_dialog_get_import (CbImportDialog *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_DIALOG (self), NULL);
  return self->import;
}

gboolean
cb_import_dialog_can_import (CbImportDialog *self)
{
  g_return_val_if_fail (CB_IS_IMPORT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->import_button);
}

/* Imports (undoably), emits ::imported and closes; or says why not and
 * stays. */
gboolean
cb_import_dialog_commit (CbImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CB_IS_IMPORT_DIALOG (self), FALSE);

  if (!cb_import_is_valid (self->import))
    return FALSE;
  if (!cb_undo_stack_import (self->undo_stack, self->import, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was imported: %s"), error->message);

      gtk_label_set_text (GTK_LABEL (self->error_label), message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[IMPORTED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (GtkButton      *button,
                   CbImportDialog *self)
{
  cb_import_dialog_commit (self);
}

/**
 * cb_import_dialog_new:
 * @undo_stack: the undo stack of the workbook to import into
 * @path: the CSV file
 *
 * Reads and checks @path against the workbook and shows the preview.
 */
GtkWidget *
cb_import_dialog_new (GtkWindow   *parent,
                      CbUndoStack *undo_stack,
                      const char  *path)
{
  CbWorkbook *workbook;
  CbImportDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CB_IS_UNDO_STACK (undo_stack), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  workbook = cb_undo_stack_get_workbook (undo_stack);
  self = g_object_new (CB_TYPE_IMPORT_DIALOG, NULL);
  self->undo_stack = g_object_ref (undo_stack);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->import = cb_import_new_from_file (workbook, path);
  name = g_path_get_basename (path);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title), name);
  show_preview (self);
  return GTK_WIDGET (self);
}

static void
cb_import_dialog_dispose (GObject *object)
{
  CbImportDialog *self = CB_IMPORT_DIALOG (object);

  g_clear_object (&self->import);
  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (cb_import_dialog_parent_class)->dispose (object);
}

static void
cb_import_dialog_class_init (CbImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_import_dialog_dispose;

  /**
   * CbImportDialog::imported:
   *
   * The file's cases and scores are in the workbook.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_import_dialog_init (CbImportDialog *self)
{
  GtkWidget *content, *header, *cancel, *scrolled;

  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->title = adw_window_title_new (_("Import Cases and Scores"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), self->title);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  g_signal_connect (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);

  self->status = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_selectable (GTK_LABEL (self->status), TRUE);
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  self->summary = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->summary), _("What the Import Will Do"));
  self->problems = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->problems), _("Problems"));
  gtk_widget_add_css_class (self->problems, "error");

  scrolled = cb_page_new (640, self->status, self->error_label, self->summary, self->problems, NULL);
  gtk_widget_set_vexpand (scrolled, TRUE);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_title (GTK_WINDOW (self), _("Import Cases and Scores"));
  gtk_window_set_default_size (GTK_WINDOW (self), 620, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}
