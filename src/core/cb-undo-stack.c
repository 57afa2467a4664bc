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

typedef struct
{
  char *label;
  gint64 case_id;
  gint64 indicator_id;
  CbScore *before;   /* NULL: there was no score */
  CbScore *after;
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

/* Stores a score, as cb_workbook_set_score () does, and records it. */
gboolean
cb_undo_stack_set_score (CbUndoStack  *self,
                         CbScore      *score,
                         GError      **error)
{
  gboolean could_undo, could_redo;
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

  could_undo = cb_undo_stack_get_can_undo (self);
  could_redo = cb_undo_stack_get_can_redo (self);
  g_queue_push_head (&self->undo, edit);
  while (g_queue_get_length (&self->undo) > MAX_EDITS)
    edit_free (g_queue_pop_tail (&self->undo));
  g_queue_clear_full (&self->redo, edit_free);
  notify_state (self, could_undo, could_redo);
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
  if (!write_score (self, edit->case_id, edit->indicator_id, undoing ? edit->before : edit->after, error))
    return FALSE;

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
