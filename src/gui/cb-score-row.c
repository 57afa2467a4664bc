/* cb-score-row.c: one indicator's score of a case, to read and edit
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The indicator's name, the score on its scale and the gap to the target;
 * opened, the confidence, the evidence and its source. Every change goes
 * to the store through the undo stack at once; the row shows what the
 * store holds, and a value the store refuses is put back with a message.
 */

#define G_LOG_DOMAIN "cb-score-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-score-row.h"

struct _CbScoreRow
{
  AdwExpanderRow parent_instance;

  CbWorkbook *workbook;
  CbUndoStack *undo_stack;
  gint64 case_id;
  gint64 indicator_id;
  gboolean updating;

  GtkSpinButton *spin;
  GtkLabel *gap_label;
  AdwComboRow *confidence_row;
  AdwEntryRow *evidence_row;
  AdwEntryRow *source_row;
};

G_DEFINE_FINAL_TYPE (CbScoreRow, cb_score_row, ADW_TYPE_EXPANDER_ROW)

GtkSpinButton *
cb_score_row_get_spin (CbScoreRow *self)
{
  g_return_val_if_fail (CB_IS_SCORE_ROW (self), NULL);

  return self->spin;
}

gint64
cb_score_row_get_indicator (CbScoreRow *self)
{
  g_return_val_if_fail (CB_IS_SCORE_ROW (self), 0);

  return self->indicator_id;
}

/* Shows what the store holds now, and the gap (NAN: none). */
void
cb_score_row_update (CbScoreRow *self,
                     double      gap)
{
  CbScore *score;
  CbLanguage language = cb_language_from_locale ();
  g_autofree char *gap_text = NULL;

  g_return_if_fail (CB_IS_SCORE_ROW (self));

  score = cb_workbook_get_score (self->workbook, self->case_id, self->indicator_id);
  self->updating = TRUE;
  gtk_spin_button_set_value (self->spin, score != NULL && cb_score_get_has_value (score)
                                         ? cb_score_get_value (score) : 0.0);
  adw_combo_row_set_selected (self->confidence_row, score != NULL ? cb_score_get_confidence (score)
                                                                  : CB_CONFIDENCE_MEDIUM);
  gtk_editable_set_text (GTK_EDITABLE (self->evidence_row),
                         score != NULL ? cb_text_get (cb_score_get_evidence (score), language) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), score != NULL ? cb_score_get_source (score) : "");
  self->updating = FALSE;

  if (score == NULL || !cb_score_get_has_value (score))
    gap_text = g_strdup (_("no score"));
  else if (isnan (gap))
    gap_text = g_strdup ("");
  else if (gap > 0.05)
    /* Translators: the gap to the target, on the 0–100 scale */
    gap_text = g_strdup_printf (_("%.1f below target"), gap);
  else
    gap_text = g_strdup (_("at target"));
  gtk_label_set_text (self->gap_label, gap_text);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 score != NULL ? cb_text_get (cb_score_get_evidence (score), language) : "");
}

static GtkWidget *
toast_target (CbScoreRow *self)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
}

static void
show_error (CbScoreRow *self,
            const char *message)
{
  GtkWidget *overlay = toast_target (self);

  gtk_widget_error_bell (GTK_WIDGET (self));
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  g_message ("%s", message);
}

/* Writes the row's fields to the store as one edit. */
static void
commit (CbScoreRow *self,
        gboolean    value_changed)
{
  CbScore *stored = cb_workbook_get_score (self->workbook, self->case_id, self->indicator_id);
  g_autoptr(CbScore) score = stored != NULL ? cb_score_copy (stored) : cb_score_new ();
  g_autoptr(CbText) evidence = NULL;
  g_autoptr(GError) error = NULL;
  CbLanguage language = cb_language_from_locale ();
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->evidence_row));
  CbText *old = cb_score_get_evidence (score);

  if (self->updating)
    return;

  cb_score_set_case_id (score, self->case_id);
  cb_score_set_indicator_id (score, self->indicator_id);
  if (value_changed || stored == NULL)
    {
      cb_score_set_has_value (score, TRUE);
      cb_score_set_value (score, gtk_spin_button_get_value (self->spin));
    }
  cb_score_set_confidence (score, adw_combo_row_get_selected (self->confidence_row));
  cb_score_set_source (score, gtk_editable_get_text (GTK_EDITABLE (self->source_row)));
  /* The evidence is edited in the language of the interface; the other
   * stays as it was. */
  evidence = language == CB_LANGUAGE_ZH ? cb_text_new (cb_text_get_en (old), text)
                                        : cb_text_new (text, cb_text_get_zh (old));
  cb_score_set_evidence (score, evidence);

  /* Nothing changed (the spin button re-reading its text, say): no edit. */
  if (stored != NULL &&
      cb_score_get_has_value (stored) == cb_score_get_has_value (score) &&
      cb_score_get_value (stored) == cb_score_get_value (score) &&
      cb_score_get_confidence (stored) == cb_score_get_confidence (score) &&
      g_str_equal (cb_score_get_source (stored), cb_score_get_source (score)) &&
      cb_text_equal (cb_score_get_evidence (stored), cb_score_get_evidence (score)))
    return;

  if (!cb_undo_stack_set_score (self->undo_stack, score, &error))
    show_error (self, error->message);
}

static void
value_changed_cb (GtkSpinButton *spin,
                  CbScoreRow    *self)
{
  commit (self, TRUE);
}

/* Text typed into the spin button: a value off the scale is refused
 * with a message, not silently clamped. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *value,
               CbScoreRow    *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  double lo, hi;
  char *end = NULL;
  double parsed = g_strtod (text, &end);

  gtk_spin_button_get_range (spin, &lo, &hi);
  if (end == text || (end != NULL && *g_strchug (end) != '\0') || !isfinite (parsed))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number."), text);

      show_error (self, message);
      return GTK_INPUT_ERROR;
    }
  if (parsed < lo || parsed > hi)
    {
      g_autofree char *message = g_strdup_printf (_("A score must lie between %g and %g; %g was not saved."),
                                                  lo, hi, parsed);

      show_error (self, message);
      return GTK_INPUT_ERROR;
    }
  *value = parsed;
  return TRUE;
}

static void
field_changed_cb (CbScoreRow *self)
{
  commit (self, FALSE);
}

static void
cb_score_row_dispose (GObject *object)
{
  CbScoreRow *self = CB_SCORE_ROW (object);

  g_clear_object (&self->workbook);
  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (cb_score_row_parent_class)->dispose (object);
}

static void
cb_score_row_class_init (CbScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cb_score_row_dispose;
}

static void
cb_score_row_init (CbScoreRow *self)
{
}

GtkWidget *
cb_score_row_new (CbWorkbook  *workbook,
                  CbUndoStack *undo_stack,
                  gint64       case_id,
                  gint64       indicator_id)
{
  CbIndicator *indicator = cb_workbook_lookup_indicator (workbook, indicator_id);
  CbLanguage language = cb_language_from_locale ();
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  CbScoreRow *self;
  GtkWidget *box;

  g_return_val_if_fail (indicator != NULL, NULL);

  self = g_object_new (CB_TYPE_SCORE_ROW, NULL);
  self->workbook = g_object_ref (workbook);
  self->undo_stack = g_object_ref (undo_stack);
  self->case_id = case_id;
  self->indicator_id = indicator_id;

  /* Names and evidence are data: "&" and "<" stay as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 cb_text_get (cb_indicator_get_name (indicator), language));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  self->gap_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->gap_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->gap_label), "numeric");
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (cb_indicator_get_scale_min (indicator),
                                                                cb_indicator_get_scale_max (indicator), 0.5));
  gtk_spin_button_set_digits (self->spin, 1);
  gtk_spin_button_set_update_policy (self->spin, GTK_UPDATE_IF_VALID);
  gtk_widget_set_valign (GTK_WIDGET (self->spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cb_text_get (cb_indicator_get_name (indicator), language), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->gap_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->spin));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), box);

  gtk_string_list_append (levels, _("Low"));
  gtk_string_list_append (levels, _("Medium"));
  gtk_string_list_append (levels, _("High"));
  self->confidence_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->confidence_row), _("Confidence"));
  adw_combo_row_set_model (self->confidence_row, G_LIST_MODEL (levels));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->confidence_row));

  self->evidence_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->evidence_row), _("Evidence"));
  adw_entry_row_set_show_apply_button (self->evidence_row, TRUE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->evidence_row));

  self->source_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row), _("Source"));
  adw_entry_row_set_show_apply_button (self->source_row, TRUE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->source_row));

  cb_score_row_update (self, NAN);
  g_signal_connect (self->spin, "value-changed", G_CALLBACK (value_changed_cb), self);
  g_signal_connect (self->spin, "input", G_CALLBACK (spin_input_cb), self);
  g_signal_connect_swapped (self->confidence_row, "notify::selected", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->evidence_row, "apply", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->source_row, "apply", G_CALLBACK (field_changed_cb), self);
  return GTK_WIDGET (self);
}
