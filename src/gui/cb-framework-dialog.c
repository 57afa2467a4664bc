/* cb-framework-dialog.c: the indicators of each dimension, to change
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One group per dimension: its indicators with their scale and target
 * (the target can be changed here), a button to delete each (after
 * saying what goes with it), and one to add an indicator. Every change
 * goes through the undo stack.
 */

#define G_LOG_DOMAIN "cb-framework-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-framework-dialog.h"

struct _CbFrameworkDialog
{
  AdwWindow parent_instance;

  CbWorkbook *workbook;
  CbUndoStack *undo_stack;

  AdwToastOverlay *toasts;
  AdwPreferencesPage *page;
  GPtrArray *groups;
};

G_DEFINE_FINAL_TYPE (CbFrameworkDialog, cb_framework_dialog, ADW_TYPE_WINDOW)

static void rebuild (CbFrameworkDialog *self);

static void
show_error (CbFrameworkDialog *self,
            const char        *message)
{
  gtk_widget_error_bell (GTK_WIDGET (self));
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* Adds an indicator at the end of a dimension, on the rubric's 0–5 scale
 * with target 4 (as the default framework's). */
gboolean
cb_framework_dialog_add_indicator (CbFrameworkDialog  *self,
                                   gint64              dimension_id,
                                   const char         *code,
                                   const char         *name_en,
                                   const char         *name_zh,
                                   GError            **error)
{
  g_autoptr(CbIndicator) indicator = cb_indicator_new ();
  g_autoptr(CbText) name = cb_text_new (name_en, name_zh);
  g_autoptr(GPtrArray) members = NULL;

  g_return_val_if_fail (CB_IS_FRAMEWORK_DIALOG (self), FALSE);

  members = cb_workbook_list_indicators_of (self->workbook, dimension_id);
  cb_indicator_set_dimension_id (indicator, dimension_id);
  cb_indicator_set_code (indicator, code);
  cb_indicator_set_name (indicator, name);
  cb_indicator_set_position (indicator, members->len > 0
                             ? cb_indicator_get_position (g_ptr_array_index (members, members->len - 1)) + 1
                             : 0);
  return cb_undo_stack_add_indicator (self->undo_stack, indicator, error) != 0;
}

static void
add_response_cb (AdwMessageDialog  *dialog,
                 const char        *response,
                 CbFrameworkDialog *self)
{
  GtkWidget **entries = g_object_get_data (G_OBJECT (dialog), "entries");
  gint64 dimension_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "dimension-id"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add"))
    return;
  if (!cb_framework_dialog_add_indicator (self, dimension_id,
                                          gtk_editable_get_text (GTK_EDITABLE (entries[0])),
                                          gtk_editable_get_text (GTK_EDITABLE (entries[1])),
                                          gtk_editable_get_text (GTK_EDITABLE (entries[2])), &error))
    show_error (self, error->message);
}

static void
add_clicked_cb (GtkButton         *button,
                CbFrameworkDialog *self)
{
  gint64 dimension_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "dimension-id"));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add Indicator"),
                                              _("On the rubric’s scale, 0 to 5, with target 4; every case "
                                                "starts without a score on it."));
  const char *titles[] = { N_("Code (letters, digits, dashes)"), N_("Name in English"), N_("Name in Chinese") };
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget **entries = g_new0 (GtkWidget *, G_N_ELEMENTS (titles));

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      entries[k] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entries[k]), _(titles[k]));
      gtk_list_box_append (GTK_LIST_BOX (list), entries[k]);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "entries", entries, g_free);
  g_object_set_data (G_OBJECT (dialog), "dimension-id", GSIZE_TO_POINTER (dimension_id));
  g_signal_connect (dialog, "response", G_CALLBACK (add_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    CbFrameworkDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "indicator-id"));
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "delete") && !cb_undo_stack_delete_indicator (self->undo_stack, id, &error))
    show_error (self, error->message);
}

static guint
count_scores (CbWorkbook *workbook,
              gint64      indicator_id)
{
  GListModel *scores = cb_workbook_get_scores (workbook);
  guint n = 0;

  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, k);

      n += cb_score_get_indicator_id (score) == indicator_id;
    }
  return n;
}

/* Asks before deleting an indicator, saying how many scores go with it. */
GtkWidget *
cb_framework_dialog_ask_delete (CbFrameworkDialog *self,
                                gint64             indicator_id)
{
  CbIndicator *indicator = cb_workbook_lookup_indicator (self->workbook, indicator_id);
  guint n = count_scores (self->workbook, indicator_id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (indicator != NULL, NULL);

  heading = g_strdup_printf (_("Delete “%s”?"), cb_text_get (cb_indicator_get_name (indicator),
                                                             cb_language_from_locale ()));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u score and the indicator’s weights are deleted with it. "
                                       "Undo brings them back.",
                                       "%u scores and the indicator’s weights are deleted with it. "
                                       "Undo brings them back.", n), n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "indicator-id", GSIZE_TO_POINTER (indicator_id));
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
delete_clicked_cb (GtkButton         *button,
                   CbFrameworkDialog *self)
{
  cb_framework_dialog_ask_delete (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "indicator-id")));
}

static void
target_changed_cb (GtkSpinButton     *spin,
                   CbFrameworkDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (spin), "indicator-id"));
  CbIndicator *stored = cb_workbook_lookup_indicator (self->workbook, id);
  g_autoptr(CbIndicator) changed = NULL;
  g_autoptr(GError) error = NULL;

  if (stored == NULL || cb_indicator_get_target (stored) == gtk_spin_button_get_value (spin))
    return;
  changed = cb_indicator_copy (stored);
  cb_indicator_set_target (changed, gtk_spin_button_get_value (spin));
  if (!cb_undo_stack_update_indicator (self->undo_stack, changed, &error))
    show_error (self, error->message);
}

static GtkWidget *
indicator_row (CbFrameworkDialog *self,
               CbIndicator       *indicator)
{
  CbLanguage language = cb_language_from_locale ();
  gint64 id = cb_indicator_get_id (indicator);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *target = gtk_spin_button_new_with_range (cb_indicator_get_scale_min (indicator),
                                                      cb_indicator_get_scale_max (indicator), 0.5);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = g_strdup_printf (_("%s · scale %g–%g · target"), cb_indicator_get_code (indicator),
                                               cb_indicator_get_scale_min (indicator),
                                               cb_indicator_get_scale_max (indicator));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cb_text_get (cb_indicator_get_name (indicator), language));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (target), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (target), cb_indicator_get_target (indicator));
  gtk_widget_set_valign (target, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (target, _("Target (expected level)"));
  g_object_set_data (G_OBJECT (target), "indicator-id", GSIZE_TO_POINTER (id));
  g_signal_connect (target, "value-changed", G_CALLBACK (target_changed_cb), self);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Delete Indicator"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Indicator"), -1);
  g_object_set_data (G_OBJECT (remove), "indicator-id", GSIZE_TO_POINTER (id));
  g_signal_connect (remove, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild (CbFrameworkDialog *self)
{
  GListModel *dimensions = cb_workbook_get_dimensions (self->workbook);
  CbLanguage language = cb_language_from_locale ();

  for (guint k = 0; k < self->groups->len; k++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, k));
  g_ptr_array_set_size (self->groups, 0);

  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, d);
      g_autoptr(GPtrArray) indicators = cb_workbook_list_indicators_of (self->workbook,
                                                                        cb_dimension_get_id (dimension));
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       cb_text_get (cb_dimension_get_name (dimension), language));
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, _("Add Indicator"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Indicator"), -1);
      g_object_set_data (G_OBJECT (add), "dimension-id", GSIZE_TO_POINTER (cb_dimension_get_id (dimension)));
      g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
      for (guint i = 0; i < indicators->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), indicator_row (self, g_ptr_array_index (indicators, i)));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
    }
}

static void
framework_changed_cb (GListModel        *model,
                      guint              position,
                      guint              removed,
                      guint              added,
                      CbFrameworkDialog *self)
{
  rebuild (self);
}

GtkWidget *
cb_framework_dialog_new (GtkWindow   *parent,
                         CbWorkbook  *workbook,
                         CbUndoStack *undo_stack)
{
  CbFrameworkDialog *self;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (CB_IS_UNDO_STACK (undo_stack), NULL);

  self = g_object_new (CB_TYPE_FRAMEWORK_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Framework"),
                       "default-width", 560,
                       "default-height", 640,
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->undo_stack = g_object_ref (undo_stack);
  g_signal_connect_object (cb_workbook_get_indicators (workbook), "items-changed",
                           G_CALLBACK (framework_changed_cb), self, 0);
  rebuild (self);
  return GTK_WIDGET (self);
}

static void
cb_framework_dialog_dispose (GObject *object)
{
  CbFrameworkDialog *self = CB_FRAMEWORK_DIALOG (object);

  g_clear_object (&self->workbook);
  g_clear_object (&self->undo_stack);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (cb_framework_dialog_parent_class)->dispose (object);
}

static void
cb_framework_dialog_class_init (CbFrameworkDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cb_framework_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_framework_dialog_init (CbFrameworkDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->groups = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->page));
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}
