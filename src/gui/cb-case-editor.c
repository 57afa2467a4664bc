/* cb-case-editor.c: a dialog to add or change a case
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of a case, both languages side by side. Saving goes through
 * the undo stack; what the store refuses is shown in the dialog, which
 * stays open with what was typed.
 */

#define G_LOG_DOMAIN "cb-case-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-case-editor.h"

/* The text fields: the name of a row, its title and the case's text
 * (both languages) it edits. */
typedef enum
{
  FIELD_CODE,
  FIELD_NAME_EN, FIELD_NAME_ZH,
  FIELD_CITY_EN, FIELD_CITY_ZH,
  FIELD_DISTRICT_EN, FIELD_DISTRICT_ZH,
  FIELD_PROVINCE_EN, FIELD_PROVINCE_ZH,
  FIELD_MODEL_EN, FIELD_MODEL_ZH,
  FIELD_COLOUR,
  N_ENTRY_FIELDS
} Field;

static const struct {
  const char *name;
  const char *title;
} fields[N_ENTRY_FIELDS] = {
  { "code", N_("Code (letters, digits, dashes)") },
  { "name-en", N_("Name in English") },
  { "name-zh", N_("Name in Chinese") },
  { "city-en", N_("City in English") },
  { "city-zh", N_("City in Chinese") },
  { "district-en", N_("District in English") },
  { "district-zh", N_("District in Chinese") },
  { "province-en", N_("Province in English") },
  { "province-zh", N_("Province in Chinese") },
  { "model-en", N_("Model in English") },
  { "model-zh", N_("Model in Chinese") },
  { "colour", N_("Colour (#rrggbb, or empty for the palette)") },
};

struct _CbCaseEditor
{
  AdwWindow parent_instance;

  CbWorkbook *workbook;
  CbUndoStack *undo_stack;
  CbCase *original;   /* NULL when adding */

  GtkWidget *entries[N_ENTRY_FIELDS];
  GtkSpinButton *batch_spin;
  GtkSpinButton *year_spin;
  GtkSwitch *reference_switch;
  GtkTextView *summary_en;
  GtkTextView *summary_zh;
  GtkTextView *sources;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (CbCaseEditor, cb_case_editor, ADW_TYPE_WINDOW)

static const char *
entry_text (CbCaseEditor *self,
            Field         field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Sets a field by its name ("name-en", "summary-zh", …); for tests and
 * for filling the dialog. */
void
cb_case_editor_set_text (CbCaseEditor *self,
                         const char   *field,
                         const char   *text)
{
  g_return_if_fail (CB_IS_CASE_EDITOR (self));

  for (guint k = 0; k < N_ENTRY_FIELDS; k++)
    if (g_str_equal (fields[k].name, field))
      {
        gtk_editable_set_text (GTK_EDITABLE (self->entries[k]), text != NULL ? text : "");
        return;
      }
  if (g_str_equal (field, "summary-en"))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_en), text != NULL ? text : "", -1);
  else if (g_str_equal (field, "summary-zh"))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_zh), text != NULL ? text : "", -1);
  else if (g_str_equal (field, "sources"))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->sources), text != NULL ? text : "", -1);
  else
    g_return_if_reached ();
}

/* Saves the case (added or changed, through the undo stack); FALSE with
 * the store's message shown in the dialog if it refuses. */
gboolean
cb_case_editor_save (CbCaseEditor  *self,
                     GError       **error)
{
  g_autoptr(CbCase) c = self->original != NULL ? cb_case_copy (self->original) : cb_case_new ();
  g_autofree char *summary_en = view_text (self->summary_en);
  g_autofree char *summary_zh = view_text (self->summary_zh);
  g_autofree char *sources = view_text (self->sources);
  g_autoptr(CbText) name = cb_text_new (entry_text (self, FIELD_NAME_EN), entry_text (self, FIELD_NAME_ZH));
  g_autoptr(CbText) city = cb_text_new (entry_text (self, FIELD_CITY_EN), entry_text (self, FIELD_CITY_ZH));
  g_autoptr(CbText) district = cb_text_new (entry_text (self, FIELD_DISTRICT_EN), entry_text (self, FIELD_DISTRICT_ZH));
  g_autoptr(CbText) province = cb_text_new (entry_text (self, FIELD_PROVINCE_EN), entry_text (self, FIELD_PROVINCE_ZH));
  g_autoptr(CbText) model = cb_text_new (entry_text (self, FIELD_MODEL_EN), entry_text (self, FIELD_MODEL_ZH));
  g_autoptr(CbText) summary = cb_text_new (summary_en, summary_zh);
  g_autoptr(GError) local_error = NULL;
  const char *colour = entry_text (self, FIELD_COLOUR);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  gboolean ok;

  g_return_val_if_fail (CB_IS_CASE_EDITOR (self), FALSE);

  cb_case_set_code (c, g_strstrip (g_strdup (entry_text (self, FIELD_CODE))));
  cb_case_set_name (c, name);
  cb_case_set_city (c, city);
  cb_case_set_district (c, district);
  cb_case_set_province (c, province);
  cb_case_set_model (c, model);
  cb_case_set_summary (c, summary);
  cb_case_set_sources (c, sources);
  cb_case_set_colour (c, colour[0] != '\0' ? colour : NULL);
  cb_case_set_pilot_batch (c, gtk_spin_button_get_value_as_int (self->batch_spin));
  cb_case_set_pilot_year (c, year < 1949 ? 0 : year);
  cb_case_set_is_reference (c, gtk_switch_get_active (self->reference_switch));
  if (self->original == NULL)
    {
      GListModel *cases = cb_workbook_get_cases (self->workbook);

      cb_case_set_position (c, (int) g_list_model_get_n_items (cases));
      ok = cb_undo_stack_add_case (self->undo_stack, c, &local_error) != 0;
    }
  else
    ok = cb_undo_stack_update_case (self->undo_stack, c, &local_error);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok);
  if (!ok)
    {
      gtk_label_set_text (self->error_label, local_error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return ok;
}

static void
save_clicked_cb (CbCaseEditor *self)
{
  if (cb_case_editor_save (self, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
text_row (const char   *title,
          GtkTextView **view_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  *view_out = GTK_TEXT_VIEW (view);
  return box;
}

static GtkWidget *
spin_row (const char     *title,
          const char     *subtitle,
          double          lo,
          double          hi,
          GtkSpinButton **spin_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lo, hi, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  *spin_out = GTK_SPIN_BUTTON (spin);
  return row;
}

static void
build (CbCaseEditor *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *groups[3];
  const char *group_titles[] = { N_("Case"), N_("Place and Model"), N_("Pilot Zone and Display") };
  GtkWidget *reference_row = adw_action_row_new ();

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      groups[g] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (groups[g]), _(group_titles[g]));
      gtk_box_append (GTK_BOX (box), groups[g]);
    }
  for (guint k = 0; k < N_ENTRY_FIELDS; k++)
    {
      self->entries[k] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entries[k]), _(fields[k].title));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[k <= FIELD_NAME_ZH ? 0 : (k == FIELD_COLOUR ? 2 : 1)]),
                                 self->entries[k]);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[2]),
                             spin_row (_("Pilot Batch"), _("0 if not known"), 0, 99, &self->batch_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[2]),
                             spin_row (_("Pilot Year"), _("0 if not known"), 0, 2100, &self->year_spin));
  self->reference_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->reference_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reference_row), _("Reference Profile"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (reference_row),
                               _("Scored on the cases’ scale, not ranked among them"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (reference_row), GTK_WIDGET (self->reference_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (reference_row), GTK_WIDGET (self->reference_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[2]), reference_row);

  gtk_box_append (GTK_BOX (box), text_row (_("Summary in English"), &self->summary_en));
  gtk_box_append (GTK_BOX (box), text_row (_("Summary in Chinese"), &self->summary_zh));
  gtk_box_append (GTK_BOX (box), text_row (_("Sources, one per line"), &self->sources));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

static void
fill (CbCaseEditor *self)
{
  CbCase *c = self->original;
  CbText *texts[] = {
    cb_case_get_name (c), cb_case_get_city (c), cb_case_get_district (c),
    cb_case_get_province (c), cb_case_get_model (c),
  };

  cb_case_editor_set_text (self, "code", cb_case_get_code (c));
  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entries[FIELD_NAME_EN + 2 * k]), cb_text_get_en (texts[k]));
      gtk_editable_set_text (GTK_EDITABLE (self->entries[FIELD_NAME_ZH + 2 * k]), cb_text_get_zh (texts[k]));
    }
  cb_case_editor_set_text (self, "colour", cb_case_get_colour (c));
  cb_case_editor_set_text (self, "summary-en", cb_text_get_en (cb_case_get_summary (c)));
  cb_case_editor_set_text (self, "summary-zh", cb_text_get_zh (cb_case_get_summary (c)));
  cb_case_editor_set_text (self, "sources", cb_case_get_sources (c));
  gtk_spin_button_set_value (self->batch_spin, cb_case_get_pilot_batch (c));
  gtk_spin_button_set_value (self->year_spin, cb_case_get_pilot_year (c));
  gtk_switch_set_active (self->reference_switch, cb_case_get_is_reference (c));
}

/**
 * cb_case_editor_new:
 * @a_case: (nullable): the case to change, or NULL to add one
 */
GtkWidget *
cb_case_editor_new (GtkWindow   *parent,
                    CbWorkbook  *workbook,
                    CbUndoStack *undo_stack,
                    CbCase      *a_case)
{
  CbCaseEditor *self;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (CB_IS_UNDO_STACK (undo_stack), NULL);

  self = g_object_new (CB_TYPE_CASE_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 640,
                       "default-height", 720,
                       "title", a_case != NULL ? _("Edit Case") : _("New Case"),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->undo_stack = g_object_ref (undo_stack);
  self->original = a_case != NULL ? g_object_ref (a_case) : NULL;
  if (a_case != NULL)
    fill (self);
  return GTK_WIDGET (self);
}

static void
cb_case_editor_dispose (GObject *object)
{
  CbCaseEditor *self = CB_CASE_EDITOR (object);

  g_clear_object (&self->workbook);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (cb_case_editor_parent_class)->dispose (object);
}

static void
cb_case_editor_class_init (CbCaseEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cb_case_editor_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_case_editor_init (CbCaseEditor *self)
{
  build (self);
}
