/* cb-undo-stack.c: undo and redo of workbook changes
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit is a reversible store operation: the stack keeps the record
 * as it was before and as it is after, and undoing writes the one before
 * back through the same store call (one transaction each). A change that
 * the store refuses is not recorded; an undo the store refuses stays on
 * the stack, so nothing is lost.
 */

#define G_LOG_DOMAIN "cb-undo-stack"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-undo-stack.h"

typedef enum
{
  EDIT_SCORE,
  EDIT_CASE,         /* added (before NULL), changed, or deleted (after NULL) */
  EDIT_INDICATOR,    /* the same, for an indicator */
  EDIT_WEIGHT_SET,   /* a weight set added, changed or deleted */
  EDIT_IMPORT,       /* cases and scores imported from a CSV file */
} EditKind;

typedef struct
{
  EditKind kind;
  char *label;
  gint64 case_id;
  gint64 indicator_id;
  CbScore *before;   /* NULL: there was no score */
  CbScore *after;
  CbCase *case_before;
  CbCase *case_after;
  GPtrArray *case_scores; /* the scores a deleted case or indicator had */
  CbIndicator *indicator_before;
  CbIndicator *indicator_after;
  GPtrArray *weight_sets; /* the weight sets as they were before a deletion */
  CbWeightSet *set_before;
  CbWeightSet *set_after;
  CbImport *import;        /* to import again on redo */
  GStrv new_codes;         /* the cases an import added */
  GPtrArray *cases_before; /* the cases it updated, as they were */
  GPtrArray *scores_before; /* GPtrArray of CbScore per case of cases_before */
} Edit;

struct _CbUndoStack
{
  GObject parent_instance;

  CbWorkbook *workbook;
  GQueue undo;   /* Edit *, newest first */
  GQueue redo;
};

G_DEFINE_FINAL_TYPE (CbUndoStack, cb_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Enough for a working session; the oldest edits fall off. */
#define MAX_EDITS 500

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->label);
  g_clear_object (&edit->before);
  g_clear_object (&edit->after);
  g_clear_object (&edit->case_before);
  g_clear_object (&edit->case_after);
  g_clear_pointer (&edit->case_scores, g_ptr_array_unref);
  g_clear_object (&edit->indicator_before);
  g_clear_object (&edit->indicator_after);
  g_clear_pointer (&edit->weight_sets, g_ptr_array_unref);
  g_clear_object (&edit->set_before);
  g_clear_object (&edit->set_after);
  g_clear_object (&edit->import);
  g_clear_pointer (&edit->new_codes, g_strfreev);
  g_clear_pointer (&edit->cases_before, g_ptr_array_unref);
  g_clear_pointer (&edit->scores_before, g_ptr_array_unref);
  g_free (edit);
}

CbUndoStack *
cb_undo_stack_new (CbWorkbook *workbook)
{
  CbUndoStack *self;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (CB_TYPE_UNDO_STACK, NULL);
  self->workbook = g_object_ref (workbook);
  return self;
}

gboolean
cb_undo_stack_get_can_undo (CbUndoStack *self)
{
  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
cb_undo_stack_get_can_redo (CbUndoStack *self)
{
  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

/* What undo would undo, e.g. "Edit score of Karamay on Platform". */
const char *
cb_undo_stack_get_undo_label (CbUndoStack *self)
{
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), NULL);

  edit = g_queue_peek_head (&self->undo);
  return edit != NULL ? edit->label : NULL;
}

const char *
cb_undo_stack_get_redo_label (CbUndoStack *self)
{
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), NULL);

  edit = g_queue_peek_head (&self->redo);
  return edit != NULL ? edit->label : NULL;
}

/* The workbook the edits are made in. */
CbWorkbook *
cb_undo_stack_get_workbook (CbUndoStack *self)
{
  g_return_val_if_fail (CB_IS_UNDO_STACK (self), NULL);

  return self->workbook;
}

static void
notify_state (CbUndoStack *self,
              gboolean     could_undo,
              gboolean     could_redo)
{
  if (could_undo != cb_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != cb_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Writes a score as it was: back in, or removed if there was none. */
static gboolean
write_score (CbUndoStack  *self,
             gint64        case_id,
             gint64        indicator_id,
             CbScore      *score,
             GError      **error)
{
  if (score == NULL)
    return cb_workbook_delete_score (self->workbook, case_id, indicator_id, error);
  return cb_workbook_set_score (self->workbook, score, error);
}

/* Puts a case as it was: back with its scores, changed back, or away. */
static gboolean
write_case (CbUndoStack  *self,
            Edit         *edit,
            CbCase       *from,
            CbCase       *to,
            GError      **error)
{
  if (to == NULL)
    return cb_workbook_delete_case (self->workbook, edit->case_id, error);
  if (from == NULL)
    return cb_workbook_restore_case (self->workbook, to, edit->case_scores, error);
  return cb_workbook_update_case (self->workbook, to, error);
}

/* Puts an indicator as it was: back with its scores and weights, changed
 * back, or away. */
static gboolean
write_indicator (CbUndoStack  *self,
                 Edit         *edit,
                 CbIndicator  *from,
                 CbIndicator  *to,
                 GError      **error)
{
  if (to == NULL)
    return cb_workbook_delete_indicator (self->workbook, edit->indicator_id, error);
  if (from == NULL)
    return cb_workbook_restore_indicator (self->workbook, to, edit->case_scores, edit->weight_sets, error);
  return cb_workbook_update_indicator (self->workbook, to, error);
}

static void
push (CbUndoStack *self,
      Edit        *edit)
{
  gboolean could_undo = cb_undo_stack_get_can_undo (self);
  gboolean could_redo = cb_undo_stack_get_can_redo (self);

  g_queue_push_head (&self->undo, edit);
  while (g_queue_get_length (&self->undo) > MAX_EDITS)
    edit_free (g_queue_pop_tail (&self->undo));
  g_queue_clear_full (&self->redo, edit_free);
  notify_state (self, could_undo, could_redo);
}

static char *
case_label (CbCase *c)
{
  return g_strdup (cb_text_get (cb_case_get_name (c), cb_language_from_locale ()));
}

/* Adds a case, as cb_workbook_add_case () does, and records it; returns
 * its id, or 0. */
gint64
cb_undo_stack_add_case (CbUndoStack  *self,
                        CbCase       *a_case,
                        GError      **error)
{
  g_autofree char *name = NULL;
  gint64 id;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), 0);
  g_return_val_if_fail (CB_IS_CASE (a_case), 0);

  id = cb_workbook_add_case (self->workbook, a_case, error);
  if (id == 0)
    return 0;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_CASE;
  edit->case_id = id;
  edit->case_after = g_object_ref (cb_workbook_lookup_case (self->workbook, id));
  edit->case_scores = g_ptr_array_new_with_free_func (g_object_unref);
  name = case_label (edit->case_after);
  /* Translators: what Undo undoes, e.g. "adding Hangzhou Shangcheng" */
  edit->label = g_strdup_printf (_("adding %s"), name);
  push (self, edit);
  return id;
}

gboolean
cb_undo_stack_update_case (CbUndoStack  *self,
                           CbCase       *a_case,
                           GError      **error)
{
  g_autofree char *name = NULL;
  CbCase *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (CB_IS_CASE (a_case), FALSE);

  stored = cb_workbook_lookup_case (self->workbook, cb_case_get_id (a_case));
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_CASE;
  edit->case_id = cb_case_get_id (a_case);
  edit->case_before = stored != NULL ? g_object_ref (stored) : NULL;
  if (stored == NULL || !cb_workbook_update_case (self->workbook, a_case, error))
    {
      if (stored == NULL)
        g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                             _("The case is not in the workbook."));
      edit_free (edit);
      return FALSE;
    }
  edit->case_after = g_object_ref (cb_workbook_lookup_case (self->workbook, edit->case_id));
  name = case_label (edit->case_after);
  /* Translators: what Undo undoes, e.g. "changing Karamay" */
  edit->label = g_strdup_printf (_("changing %s"), name);
  push (self, edit);
  return TRUE;
}

/* Deletes a case and its scores, as cb_workbook_delete_case () does, and
 * records them so that undo puts them back. */
gboolean
cb_undo_stack_delete_case (CbUndoStack  *self,
                           gint64        case_id,
                           GError      **error)
{
  g_autofree char *name = NULL;
  GListModel *scores;
  CbCase *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  stored = cb_workbook_lookup_case (self->workbook, case_id);
  if (stored == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("The case is not in the workbook."));
      return FALSE;
    }

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_CASE;
  edit->case_id = case_id;
  edit->case_before = g_object_ref (stored);
  edit->case_scores = g_ptr_array_new_with_free_func (g_object_unref);
  scores = cb_workbook_get_scores (self->workbook);
  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      CbScore *score = g_list_model_get_item (scores, k);

      if (cb_score_get_case_id (score) == case_id)
        g_ptr_array_add (edit->case_scores, score);
      else
        g_object_unref (score);
    }
  name = case_label (stored);
  if (!cb_workbook_delete_case (self->workbook, case_id, error))
    {
      edit_free (edit);
      return FALSE;
    }
  /* Translators: what Undo undoes, e.g. "deleting Karamay" */
  edit->label = g_strdup_printf (_("deleting %s"), name);
  push (self, edit);
  return TRUE;
}

static char *
indicator_label (CbIndicator *indicator)
{
  return g_strdup (cb_text_get (cb_indicator_get_name (indicator), cb_language_from_locale ()));
}

/* Adds an indicator to its dimension and records it; returns its id, or 0. */
gint64
cb_undo_stack_add_indicator (CbUndoStack  *self,
                             CbIndicator  *indicator,
                             GError      **error)
{
  g_autofree char *name = NULL;
  gint64 id;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), 0);
  g_return_val_if_fail (CB_IS_INDICATOR (indicator), 0);

  id = cb_workbook_add_indicator (self->workbook, indicator, error);
  if (id == 0)
    return 0;

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INDICATOR;
  edit->indicator_id = id;
  edit->indicator_after = g_object_ref (cb_workbook_lookup_indicator (self->workbook, id));
  name = indicator_label (edit->indicator_after);
  edit->label = g_strdup_printf (_("adding %s"), name);
  push (self, edit);
  return id;
}

gboolean
cb_undo_stack_update_indicator (CbUndoStack  *self,
                                CbIndicator  *indicator,
                                GError      **error)
{
  g_autofree char *name = NULL;
  CbIndicator *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (CB_IS_INDICATOR (indicator), FALSE);

  stored = cb_workbook_lookup_indicator (self->workbook, cb_indicator_get_id (indicator));
  if (stored == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("The indicator is not in the workbook."));
      return FALSE;
    }
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INDICATOR;
  edit->indicator_id = cb_indicator_get_id (indicator);
  edit->indicator_before = g_object_ref (stored);
  if (!cb_workbook_update_indicator (self->workbook, indicator, error))
    {
      edit_free (edit);
      return FALSE;
    }
  edit->indicator_after = g_object_ref (cb_workbook_lookup_indicator (self->workbook, edit->indicator_id));
  name = indicator_label (edit->indicator_after);
  edit->label = g_strdup_printf (_("changing %s"), name);
  push (self, edit);
  return TRUE;
}

/* Deletes an indicator with its scores, weights and judgements, and
 * records them all so that undo puts them back. */
gboolean
cb_undo_stack_delete_indicator (CbUndoStack  *self,
                                gint64        indicator_id,
                                GError      **error)
{
  g_autofree char *name = NULL;
  GListModel *scores, *sets;
  CbIndicator *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  stored = cb_workbook_lookup_indicator (self->workbook, indicator_id);
  if (stored == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("The indicator is not in the workbook."));
      return FALSE;
    }

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INDICATOR;
  edit->indicator_id = indicator_id;
  edit->indicator_before = g_object_ref (stored);
  edit->case_scores = g_ptr_array_new_with_free_func (g_object_unref);
  edit->weight_sets = g_ptr_array_new_with_free_func (g_object_unref);
  scores = cb_workbook_get_scores (self->workbook);
  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      CbScore *score = g_list_model_get_item (scores, k);

      if (cb_score_get_indicator_id (score) == indicator_id)
        g_ptr_array_add (edit->case_scores, score);
      else
        g_object_unref (score);
    }
  sets = cb_workbook_get_weight_sets (self->workbook);
  for (guint k = 0; k < g_list_model_get_n_items (sets); k++)
    g_ptr_array_add (edit->weight_sets, g_list_model_get_item (sets, k));

  name = indicator_label (stored);
  if (!cb_workbook_delete_indicator (self->workbook, indicator_id, error))
    {
      edit_free (edit);
      return FALSE;
    }
  edit->label = g_strdup_printf (_("deleting %s"), name);
  push (self, edit);
  return TRUE;
}

/* Stores a score, as cb_workbook_set_score () does, and records it. */
gboolean
cb_undo_stack_set_score (CbUndoStack  *self,
                         CbScore      *score,
                         GError      **error)
{
  gint64 case_id, indicator_id;
  CbScore *stored;
  CbCase *c;
  CbIndicator *indicator;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (CB_IS_SCORE (score), FALSE);

  case_id = cb_score_get_case_id (score);
  indicator_id = cb_score_get_indicator_id (score);
  stored = cb_workbook_get_score (self->workbook, case_id, indicator_id);
  c = cb_workbook_lookup_case (self->workbook, case_id);
  indicator = cb_workbook_lookup_indicator (self->workbook, indicator_id);

  edit = g_new0 (Edit, 1);
  edit->case_id = case_id;
  edit->indicator_id = indicator_id;
  edit->before = stored != NULL ? g_object_ref (stored) : NULL;
  if (!cb_workbook_set_score (self->workbook, score, error))
    {
      edit_free (edit);
      return FALSE;
    }
  edit->after = g_object_ref (cb_workbook_get_score (self->workbook, case_id, indicator_id));
  /* Translators: e.g. "score of Karamay on Intelligent linkage platform" */
  edit->label = g_strdup_printf (_("score of %s on %s"),
                                 c != NULL ? cb_text_get (cb_case_get_name (c), cb_language_from_locale ()) : "?",
                                 indicator != NULL ? cb_text_get (cb_indicator_get_name (indicator),
                                                                  cb_language_from_locale ()) : "?");

  push (self, edit);
  return TRUE;
}

/* Puts a weight set as it was: back under its id, changed back, or away. */
static gboolean
write_weight_set (CbUndoStack  *self,
                  CbWeightSet  *from,
                  CbWeightSet  *to,
                  GError      **error)
{
  if (to == NULL)
    return cb_workbook_delete_weight_set (self->workbook, cb_weight_set_get_id (from), error);
  if (from == NULL)
    return cb_workbook_restore_weight_set (self->workbook, to, error);
  return cb_workbook_update_weight_set (self->workbook, to, error);
}

static const char *
weight_set_label (CbWeightSet *set)
{
  return cb_text_get (cb_weight_set_get_name (set), cb_language_from_locale ());
}

/* Adds a weight set, as cb_workbook_add_weight_set () does, and records
 * it; returns its id, or 0. */
gint64
cb_undo_stack_add_weight_set (CbUndoStack  *self,
                              CbWeightSet  *weight_set,
                              GError      **error)
{
  gint64 id;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), 0);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), 0);

  id = cb_workbook_add_weight_set (self->workbook, weight_set, error);
  if (id == 0)
    return 0;
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_WEIGHT_SET;
  edit->set_after = g_object_ref (cb_workbook_lookup_weight_set (self->workbook, id));
  /* Translators: what Undo undoes, e.g. "adding the weight set Scenario A" */
  edit->label = g_strdup_printf (_("adding the weight set %s"), weight_set_label (edit->set_after));
  push (self, edit);
  return id;
}

/* Deletes a weight set, as cb_workbook_delete_weight_set () does, and
 * records it so that undo puts it back. */
gboolean
cb_undo_stack_delete_weight_set (CbUndoStack  *self,
                                 gint64        id,
                                 GError      **error)
{
  CbWeightSet *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  stored = cb_workbook_lookup_weight_set (self->workbook, id);
  if (stored == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("The weight set is not in the workbook."));
      return FALSE;
    }
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_WEIGHT_SET;
  edit->set_before = g_object_ref (stored);
  if (!cb_workbook_delete_weight_set (self->workbook, id, error))
    {
      edit_free (edit);
      return FALSE;
    }
  /* Translators: what Undo undoes, e.g. "deleting the weight set Scenario A" */
  edit->label = g_strdup_printf (_("deleting the weight set %s"), weight_set_label (edit->set_before));
  push (self, edit);
  return TRUE;
}

/* Replaces a weight set, as cb_workbook_update_weight_set () does, and
 * records how it was. */
gboolean
cb_undo_stack_update_weight_set (CbUndoStack  *self,
                                 CbWeightSet  *weight_set,
                                 GError      **error)
{
  CbWeightSet *stored;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), FALSE);

  stored = cb_workbook_lookup_weight_set (self->workbook, cb_weight_set_get_id (weight_set));
  if (stored == NULL)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The weight set “%s” is not in the workbook."), cb_weight_set_get_code (weight_set));
      return FALSE;
    }
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_WEIGHT_SET;
  edit->set_before = g_object_ref (stored);
  if (!cb_workbook_update_weight_set (self->workbook, weight_set, error))
    {
      edit_free (edit);
      return FALSE;
    }
  edit->set_after = g_object_ref (cb_workbook_lookup_weight_set (self->workbook, cb_weight_set_get_id (weight_set)));
  /* Translators: what Undo undoes, e.g. "changing the weight set Equal weights" */
  edit->label = g_strdup_printf (_("changing the weight set %s"), weight_set_label (edit->set_after));
  push (self, edit);
  return TRUE;
}

/* Undoes an import (its new cases away, the updated ones as they were,
 * in one transaction), or imports the file again. */
static gboolean
write_import (CbUndoStack  *self,
              Edit         *edit,
              gboolean      undoing,
              GError      **error)
{
  if (undoing)
    return cb_workbook_put_back_cases (self->workbook, (const char * const *) edit->new_codes,
                                       edit->cases_before, edit->scores_before, error);
  /* The file as read then, checked against the workbook as it is now. */
  cb_import_refresh (edit->import);
  return cb_import_commit (edit->import, error);
}

/**
 * cb_undo_stack_import:
 * @import: a checked import into the stack's workbook
 *
 * Imports, as cb_import_commit () does, and records it: undo removes the
 * cases it added and puts the cases it updated back as they were.
 */
gboolean
cb_undo_stack_import (CbUndoStack  *self,
                      CbImport     *import,
                      GError      **error)
{
  g_auto(GStrv) updated = NULL;
  g_autoptr(GHashTable) by_case = NULL;
  g_autofree char *name = NULL;
  GListModel *scores;
  Edit *edit;

  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (CB_IS_IMPORT (import), FALSE);
  g_return_val_if_fail (cb_import_get_workbook (import) == self->workbook, FALSE);

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_IMPORT;
  edit->import = g_object_ref (import);
  edit->new_codes = cb_import_dup_new_case_codes (import);
  edit->cases_before = g_ptr_array_new_with_free_func (g_object_unref);
  edit->scores_before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  updated = cb_import_dup_updated_case_codes (import);
  /* Case id → its scores, filled in one pass over the scores. */
  by_case = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint k = 0; updated != NULL && updated[k] != NULL; k++)
    {
      CbCase *stored = cb_workbook_find_case (self->workbook, updated[k]);
      GPtrArray *case_scores;

      if (stored == NULL)
        continue;
      case_scores = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (edit->cases_before, g_object_ref (stored));
      g_ptr_array_add (edit->scores_before, case_scores);
      g_hash_table_insert (by_case, g_memdup2 (&(gint64) { cb_case_get_id (stored) }, sizeof (gint64)),
                           case_scores);
    }
  scores = cb_workbook_get_scores (self->workbook);
  for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, k);
      gint64 case_id = cb_score_get_case_id (score);
      GPtrArray *case_scores = g_hash_table_lookup (by_case, &case_id);

      if (case_scores != NULL)
        g_ptr_array_add (case_scores, g_object_ref (score));
    }

  if (!cb_import_commit (import, error))
    {
      edit_free (edit);
      return FALSE;
    }
  name = g_path_get_basename (cb_import_get_path (import) != NULL ? cb_import_get_path (import) : "");
  /* Translators: what Undo undoes, e.g. "importing scores.csv" */
  edit->label = g_strdup_printf (_("importing %s"), name);
  push (self, edit);
  return TRUE;
}

static gboolean
move (CbUndoStack  *self,
      GQueue       *from,
      GQueue       *to,
      gboolean      undoing,
      GError      **error)
{
  gboolean could_undo = cb_undo_stack_get_can_undo (self);
  gboolean could_redo = cb_undo_stack_get_can_redo (self);
  Edit *edit = g_queue_peek_head (from);

  if (edit == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           undoing ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }
  switch (edit->kind)
    {
    case EDIT_SCORE:
      if (!write_score (self, edit->case_id, edit->indicator_id, undoing ? edit->before : edit->after, error))
        return FALSE;
      break;
    case EDIT_CASE:
      if (!write_case (self, edit, undoing ? edit->case_after : edit->case_before,
                       undoing ? edit->case_before : edit->case_after, error))
        return FALSE;
      break;
    case EDIT_WEIGHT_SET:
      if (!write_weight_set (self, undoing ? edit->set_after : edit->set_before,
                             undoing ? edit->set_before : edit->set_after, error))
        return FALSE;
      break;
    case EDIT_IMPORT:
      if (!write_import (self, edit, undoing, error))
        return FALSE;
      break;
    case EDIT_INDICATOR:
    default:
      if (!write_indicator (self, edit, undoing ? edit->indicator_after : edit->indicator_before,
                            undoing ? edit->indicator_before : edit->indicator_after, error))
        return FALSE;
      break;
    }

  g_queue_push_head (to, g_queue_pop_head (from));
  notify_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
cb_undo_stack_undo (CbUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  return move (self, &self->undo, &self->redo, TRUE, error);
}

gboolean
cb_undo_stack_redo (CbUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (CB_IS_UNDO_STACK (self), FALSE);

  return move (self, &self->redo, &self->undo, FALSE, error);
}

void
cb_undo_stack_clear (CbUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (CB_IS_UNDO_STACK (self));

  could_undo = cb_undo_stack_get_can_undo (self);
  could_redo = cb_undo_stack_get_can_redo (self);
  g_queue_clear_full (&self->undo, edit_free);
  g_queue_clear_full (&self->redo, edit_free);
  notify_state (self, could_undo, could_redo);
}

static void
cb_undo_stack_finalize (GObject *object)
{
  CbUndoStack *self = CB_UNDO_STACK (object);

  g_queue_clear_full (&self->undo, edit_free);
  g_queue_clear_full (&self->redo, edit_free);
  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (cb_undo_stack_parent_class)->finalize (object);
}

static void
cb_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CbUndoStack *self = CB_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cb_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, cb_undo_stack_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_undo_stack_class_init (CbUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cb_undo_stack_finalize;
  object_class->get_property = cb_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cb_undo_stack_init (CbUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}
