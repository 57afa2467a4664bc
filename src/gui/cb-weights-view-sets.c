/* cb-weights-view-sets.c: weight sets made, renamed and deleted
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new weight set starts from the weights shown, under a name given in
 * English and Chinese and an optional note; renaming changes the names
 * and note of the set shown; deleting removes it (not the last one). Each
 * is one undoable edit, and the view follows the set it leaves behind.
 */

#define G_LOG_DOMAIN "cb-weights-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cb-weight-set-compare.h"
#include "cb-weight-set-dropdown.h"
#include "cb-weights-view-private.h"

enum { NAME_EN, NAME_ZH, NOTE_EN, NOTE_ZH, N_FIELDS };

/* A code not yet used in the workbook: "scenario-1", "scenario-2", … */
static char *
free_code (CbWorkbook *workbook)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *code = g_strdup_printf ("scenario-%u", n);

      if (cb_workbook_find_weight_set (workbook, code) == NULL)
        return g_steal_pointer (&code);
    }
}

/* Makes a weight set of the weights shown, names it and chooses it;
 * returns its id, or 0. */
gint64
cb_weights_view_add_set (CbWeightsView  *self,
                         CbText         *name,
                         CbText         *note,
                         GError        **error)
{
  CbSession *session = _cb_weights_view_get_session (self);
  g_autoptr(CbWeightSet) set = NULL;
  g_autofree char *code = NULL;
  gint64 id;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self) && session != NULL, 0);

  cb_weights_view_commit (self);
  set = cb_weight_set_copy (cb_session_get_weight_set (session));
  code = free_code (cb_session_get_workbook (session));
  cb_weight_set_set_id (set, 0);
  cb_weight_set_set_code (set, code);
  cb_weight_set_set_name (set, name);
  cb_weight_set_set_note (set, note);
  cb_weight_set_set_position (set, (int) g_list_model_get_n_items (cb_workbook_get_weight_sets (cb_session_get_workbook (session))));
  id = cb_undo_stack_add_weight_set (_cb_weights_view_get_undo_stack (self), set, error);
  if (id != 0)
    cb_session_set_weight_set (session, cb_workbook_lookup_weight_set (cb_session_get_workbook (session), id));
  return id;
}

/* Makes a copy of the weight set shown, weights, judgements and note,
 * named "… (copy)", and chooses it. */
gint64
cb_weights_view_duplicate_set (CbWeightsView  *self,
                               GError        **error)
{
  CbSession *session = _cb_weights_view_get_session (self);
  CbText *name;
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autoptr(CbText) copy_name = NULL;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self) && session != NULL, 0);

  name = cb_weight_set_get_name (cb_session_get_weight_set (session));
  /* Data, not interface text: the name in both languages. */
  en = g_strdup_printf ("%s (copy)", name != NULL && cb_text_get_en (name) != NULL ? cb_text_get_en (name) : "");
  zh = g_strdup_printf ("%s（副本）", name != NULL && cb_text_get_zh (name) != NULL ? cb_text_get_zh (name) : "");
  copy_name = cb_text_new (en, zh);
  return cb_weights_view_add_set (self, copy_name, cb_weight_set_get_note (cb_session_get_weight_set (session)),
                                  error);
}

/* Renames the weight set shown and sets its note. */
gboolean
cb_weights_view_rename_set (CbWeightsView  *self,
                            CbText         *name,
                            CbText         *note,
                            GError        **error)
{
  CbSession *session = _cb_weights_view_get_session (self);
  g_autoptr(CbWeightSet) set = NULL;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self) && session != NULL, FALSE);

  cb_weights_view_commit (self);
  set = cb_weight_set_copy (cb_session_get_weight_set (session));
  cb_weight_set_set_name (set, name);
  cb_weight_set_set_note (set, note);
  return cb_undo_stack_update_weight_set (_cb_weights_view_get_undo_stack (self), set, error);
}

/* Deletes the weight set shown; the workbook's default takes its place. */
gboolean
cb_weights_view_delete_set (CbWeightsView  *self,
                            GError        **error)
{
  CbSession *session = _cb_weights_view_get_session (self);

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self) && session != NULL, FALSE);

  cb_weights_view_commit (self);
  return cb_undo_stack_delete_weight_set (_cb_weights_view_get_undo_stack (self),
                                          cb_weight_set_get_id (cb_session_get_weight_set (session)), error);
}

static char *
field_text (GtkWidget **fields,
            guint       k)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (fields[k])));

  return g_strdup (g_strstrip (text));
}

static void
fields_changed_cb (GtkEditable      *editable,
                   AdwMessageDialog *dialog)
{
  GtkWidget **fields = g_object_get_data (G_OBJECT (dialog), "fields");
  g_autofree char *en = field_text (fields, NAME_EN);
  g_autofree char *zh = field_text (fields, NAME_ZH);

  adw_message_dialog_set_response_enabled (dialog, "save", en[0] != '\0' && zh[0] != '\0');
}

static void
names_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CbWeightsView    *self)
{
  GtkWidget **fields = g_object_get_data (G_OBJECT (dialog), "fields");
  gboolean rename = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rename"));
  g_autoptr(GError) error = NULL;
  g_autofree char *name_en = NULL, *name_zh = NULL, *note_en = NULL, *note_zh = NULL;
  g_autoptr(CbText) name = NULL;
  g_autoptr(CbText) note = NULL;
  gboolean ok;

  if (!g_str_equal (response, "save"))
    return;
  name_en = field_text (fields, NAME_EN);
  name_zh = field_text (fields, NAME_ZH);
  note_en = field_text (fields, NOTE_EN);
  note_zh = field_text (fields, NOTE_ZH);
  name = cb_text_new (name_en, name_zh);
  note = cb_text_new (note_en, note_zh);
  ok = rename ? cb_weights_view_rename_set (self, name, note, &error)
              : cb_weights_view_add_set (self, name, note, &error) != 0;
  if (!ok)
    _cb_weights_view_show_error (self, error->message);
}

/* Asks for the names and note of a new weight set, or of the one shown. */
GtkWidget *
cb_weights_view_ask_names (CbWeightsView *self,
                           gboolean       rename)
{
  const char *titles[N_FIELDS] = { N_("Name in English"), N_("Name in Chinese"),
                                   N_("Note in English (optional)"), N_("Note in Chinese (optional)") };
  CbSession *session = _cb_weights_view_get_session (self);
  CbWeightSet *current;
  GtkWidget **fields = g_new0 (GtkWidget *, N_FIELDS);
  GtkWidget *dialog, *list;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_return_val_if_fail (session != NULL, NULL);

  current = cb_session_get_weight_set (session);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   rename ? _("Rename Weight Set") : _("New Weight Set"),
                                   rename ? NULL : _("It starts with the weights shown now."));
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint k = 0; k < N_FIELDS; k++)
    {
      fields[k] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fields[k]), _(titles[k]));
      gtk_list_box_append (GTK_LIST_BOX (list), fields[k]);
    }
  if (rename && current != NULL)
    {
      CbText *name = cb_weight_set_get_name (current);
      CbText *note = cb_weight_set_get_note (current);
      const char *texts[N_FIELDS] = {
        name != NULL ? cb_text_get_en (name) : NULL, name != NULL ? cb_text_get_zh (name) : NULL,
        note != NULL ? cb_text_get_en (note) : NULL, note != NULL ? cb_text_get_zh (note) : NULL,
      };

      for (guint k = 0; k < N_FIELDS; k++)
        gtk_editable_set_text (GTK_EDITABLE (fields[k]), texts[k] != NULL ? texts[k] : "");
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", rename ? _("_Rename") : _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fields", fields, g_free);
  g_object_set_data (G_OBJECT (dialog), "rename", GINT_TO_POINTER (rename));
  for (guint k = 0; k < N_FIELDS; k++)
    g_signal_connect (fields[k], "changed", G_CALLBACK (fields_changed_cb), dialog);
  fields_changed_cb (NULL, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (names_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

void
_cb_weights_view_new_set_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  cb_weights_view_ask_names (CB_WEIGHTS_VIEW (widget), FALSE);
}

void
_cb_weights_view_duplicate_set_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (cb_weights_view_duplicate_set (CB_WEIGHTS_VIEW (widget), &error) == 0)
    _cb_weights_view_show_error (CB_WEIGHTS_VIEW (widget), error->message);
}

void
_cb_weights_view_compare_sets_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  cb_weights_view_open_compare (CB_WEIGHTS_VIEW (widget));
}

void
_cb_weights_view_rename_set_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  cb_weights_view_ask_names (CB_WEIGHTS_VIEW (widget), TRUE);
}

void
_cb_weights_view_delete_set_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!cb_weights_view_delete_set (CB_WEIGHTS_VIEW (widget), &error))
    _cb_weights_view_show_error (CB_WEIGHTS_VIEW (widget), error->message);
}

/* Another weight set chosen in the drop-down: the moved weights are
 * stored in the set they were moved in first. */
void
_cb_weights_view_set_chosen_cb (GtkDropDown   *dropdown,
                                GParamSpec    *pspec,
                                CbWeightsView *self)
{
  CbSession *session = _cb_weights_view_get_session (self);
  CbWeightSet *chosen = gtk_drop_down_get_selected_item (dropdown);
  CbWeightSet *current = session != NULL ? cb_session_get_weight_set (session) : NULL;

  if (session == NULL || chosen == NULL || cb_weight_set_dropdown_is_settling (dropdown) ||
      (current != NULL && g_str_equal (cb_weight_set_get_code (chosen), cb_weight_set_get_code (current))))
    return;
  cb_weights_view_commit (self);
  cb_session_set_weight_set (session, chosen);
}

static void
compare_destroyed_cb (GtkWidget     *window,
                      CbWeightsView *self)
{
  g_object_set_data (G_OBJECT (self), "cb-compare-window", NULL);
}

/* Closes the side-by-side, if open: it shows a session no longer shown. */
void
_cb_weights_view_close_compare (CbWeightsView *self)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (self), "cb-compare-window");

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
}

/* Opens the side-by-side of the weight set shown and another, or brings
 * the open one forward. */
GtkWidget *
cb_weights_view_open_compare (CbWeightsView *self)
{
  CbSession *session = _cb_weights_view_get_session (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *window;

  g_return_val_if_fail (CB_IS_WEIGHTS_VIEW (self) && session != NULL, NULL);

  cb_weights_view_commit (self);
  window = g_object_get_data (G_OBJECT (self), "cb-compare-window");
  if (window == NULL)
    {
      window = cb_weight_set_compare_new (session);
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
      g_object_set_data (G_OBJECT (self), "cb-compare-window", window);
      g_signal_connect_object (window, "destroy", G_CALLBACK (compare_destroyed_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The weight-set menu: make, duplicate, rename, delete; compare. */
GMenuModel *
_cb_weights_view_new_set_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) compare = g_menu_new ();

  g_menu_append (section, _("_New Weight Set from These Weights…"), "weights.new-set");
  g_menu_append (section, _("D_uplicate Weight Set"), "weights.duplicate-set");
  g_menu_append (section, _("_Rename Weight Set…"), "weights.rename-set");
  g_menu_append (section, _("_Delete Weight Set"), "weights.delete-set");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append (compare, _("_Compare Two Weight Sets…"), "weights.compare-sets");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (compare));
  return G_MENU_MODEL (menu);
}
