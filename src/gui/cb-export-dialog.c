/* cb-export-dialog.c: export a chart for a thesis or a slide
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format, size, pixel scale, language of the names and theme of the
 * file, then a file chooser; the drawing is the core's, as for the
 * command line's export.
 */

#define G_LOG_DOMAIN "cb-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-chart-export.h"
#include "cb-export-dialog.h"

struct _CbExportDialog
{
  AdwWindow parent_instance;

  CbChartKind kind;
  CbChartData *data;

  AdwComboRow *format_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  GtkSpinButton *scale_spin;
  AdwComboRow *labels_row;
  AdwComboRow *theme_row;
};

G_DEFINE_FINAL_TYPE (CbExportDialog, cb_export_dialog, ADW_TYPE_WINDOW)

static const char * const extensions[] = { "png", "svg", "pdf" };

void
cb_export_dialog_set_options (CbExportDialog *self,
                              CbExportFormat  format,
                              int             width,
                              int             height,
                              double          scale,
                              CbChartLabels   labels,
                              gboolean        dark)
{
  g_return_if_fail (CB_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format);
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  gtk_spin_button_set_value (self->scale_spin, scale);
  adw_combo_row_set_selected (self->labels_row, labels);
  adw_combo_row_set_selected (self->theme_row, dark ? 1 : 0);
}

/* Writes the file with the options chosen; a file name without the
 * format's extension gets it. */
gboolean
cb_export_dialog_export_to (CbExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  const char *extension = extensions[MIN (adw_combo_row_get_selected (self->format_row), 2)];
  g_autoptr(CbChartData) data = cb_chart_data_copy (self->data);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *suffix = g_strconcat (".", extension, NULL);
  g_autofree char *lower = NULL;
  CbChartStyle style;

  g_return_val_if_fail (CB_IS_EXPORT_DIALOG (self), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be written."));
      return FALSE;
    }
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, suffix))
    {
      char *with = g_strconcat (path, suffix, NULL);

      g_free (path);
      path = with;
    }

  cb_chart_data_set_labels (data, adw_combo_row_get_selected (self->labels_row));
  cb_chart_style_init (&style, adw_combo_row_get_selected (self->theme_row) == 1);
  return cb_chart_export (self->kind, data, &style,
                          gtk_spin_button_get_value (self->width_spin),
                          gtk_spin_button_get_value (self->height_spin),
                          gtk_spin_button_get_value (self->scale_spin), path, error);
}

static void
exported (CbExportDialog *self,
          GFile          *file)
{
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;
  if (!cb_export_dialog_export_to (self, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Chart Could Not Be Exported"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
save_dialog_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CbExportDialog) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  exported (self, file);
}
#else
static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CbExportDialog  *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                          ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  exported (self, file);
  g_object_unref (chooser);
}
#endif

static void
choose_file_cb (CbExportDialog *self)
{
  /* Translators: a file name: the chart's kind and the format's extension */
  g_autofree char *name = g_strdup_printf (_("%s-chart.%s"), cb_chart_kind_to_string (self->kind),
                                           extensions[MIN (adw_combo_row_get_selected (self->format_row), 2)]);

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, _("Export Chart"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_dialog_cb, g_object_ref (self));
#else
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
#endif
}

static AdwComboRow *
combo_row (AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *items)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint k = 0; items[k] != NULL; k++)
    gtk_string_list_append (model, _(items[k]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static GtkSpinButton *
spin_row (AdwPreferencesGroup *group,
          const char          *title,
          double               lo,
          double               hi,
          double               step,
          int                  digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lo, hi, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static void
format_changed_cb (CbExportDialog *self)
{
  /* Pixels per pixel matter to PNG only. */
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (self->scale_spin), ADW_TYPE_ACTION_ROW),
                            adw_combo_row_get_selected (self->format_row) == CB_EXPORT_PNG);
}

static void
build (CbExportDialog *self)
{
  static const char * const formats[] = { N_("PNG image"), N_("SVG vector image"), N_("PDF document"), NULL };
  static const char * const languages[] = { N_("English"), N_("Chinese"), N_("English and Chinese"), NULL };
  static const char * const themes[] = { N_("Light"), N_("Dark"), NULL };
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (export, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (choose_file_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), export);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Vector files (SVG, PDF) suit a thesis; set the size for a slide."));
  self->format_row = combo_row (ADW_PREFERENCES_GROUP (group), _("Format"), formats);
  self->width_spin = spin_row (ADW_PREFERENCES_GROUP (group), _("Width in pixels"), 480, 8000, 10, 0);
  self->height_spin = spin_row (ADW_PREFERENCES_GROUP (group), _("Height in pixels"), 360, 8000, 10, 0);
  self->scale_spin = spin_row (ADW_PREFERENCES_GROUP (group), _("Pixels per pixel (PNG)"), 1, 4, 0.5, 1);
  self->labels_row = combo_row (ADW_PREFERENCES_GROUP (group), _("Names"), languages);
  self->theme_row = combo_row (ADW_PREFERENCES_GROUP (group), _("Theme"), themes);
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (format_changed_cb), self);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), page);
  adw_window_set_content (ADW_WINDOW (self), content);
}

/* The chart's data as shown; the file gets its own size, names and theme. */
GtkWidget *
cb_export_dialog_new (GtkWindow   *parent,
                      CbChartKind  kind,
                      CbChartData *data,
                      gboolean     dark)
{
  CbExportDialog *self;

  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (CB_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Export Chart"),
                       "default-width", 460,
                       "default-height", 520,
                       NULL);
  self->kind = kind;
  self->data = cb_chart_data_ref (data);
  cb_export_dialog_set_options (self, CB_EXPORT_PDF, 1600, 1200, 2, cb_chart_data_get_labels (data), dark);
  format_changed_cb (self);
  return GTK_WIDGET (self);
}

static void
cb_export_dialog_dispose (GObject *object)
{
  CbExportDialog *self = CB_EXPORT_DIALOG (object);

  g_clear_pointer (&self->data, cb_chart_data_unref);

  G_OBJECT_CLASS (cb_export_dialog_parent_class)->dispose (object);
}

static void
cb_export_dialog_class_init (CbExportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cb_export_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_export_dialog_init (CbExportDialog *self)
{
  build (self);
}
