/* cb-workbook-weights.c: weight sets, their weights and AHP judgements
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-workbook-private.h"

#define WEIGHT_SET_COLUMNS "id, code, name_en, name_zh, note_en, note_zh, position"

/* Judgements on Saaty's scale: 1/9 to 9, with room for rounding. */
#define JUDGEMENT_MIN (1.0 / 9.0 - 1e-9)
#define JUDGEMENT_MAX (9.0 + 1e-9)

static int
compare_weight_sets (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  CbWeightSet *x = (CbWeightSet *) a, *y = (CbWeightSet *) b;
  int px = cb_weight_set_get_position (x), py = cb_weight_set_get_position (y);
  gint64 ix = cb_weight_set_get_id (x), iy = cb_weight_set_get_id (y);

  return px != py ? (px < py ? -1 : 1) : (ix < iy ? -1 : ix > iy);
}

/* Reads the weights and judgements of one set into it. */
static gboolean
read_weights (CbWorkbook   *self,
              CbWeightSet  *set,
              GError      **error)
{
  static const struct {
    const char *sql;
    int kind; /* -1: a dimension weight, -2: an indicator weight, else a CbJudgementKind */
  } queries[] = {
    { "SELECT dimension_id, weight FROM dimension_weights WHERE weight_set_id = ?", -1 },
    { "SELECT indicator_id, weight FROM indicator_weights WHERE weight_set_id = ?", -2 },
    { "SELECT dimension_a, dimension_b, value, rater FROM dimension_judgements "
      "WHERE weight_set_id = ?", CB_JUDGEMENT_DIMENSIONS },
    { "SELECT indicator_a, indicator_b, value, rater FROM indicator_judgements "
      "WHERE weight_set_id = ?", CB_JUDGEMENT_INDICATORS },
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = _cb_workbook_prepare (self, queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cb_weight_set_get_id (set));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          if (queries[q].kind == -1)
            cb_weight_set_set_dimension_weight (set, id, sqlite3_column_double (stmt, 1));
          else if (queries[q].kind == -2)
            cb_weight_set_set_indicator_weight (set, id, sqlite3_column_double (stmt, 1));
          else
            {
              g_autoptr(CbJudgement) judgement =
                cb_judgement_new (queries[q].kind, _cb_column_text (stmt, 3), id,
                                  sqlite3_column_int64 (stmt, 1), sqlite3_column_double (stmt, 2));

              cb_weight_set_set_judgement (set, judgement);
            }
        }
      if (rc != SQLITE_DONE)
        {
          _cb_workbook_set_error (self, error, rc);
          return FALSE;
        }
    }
  return TRUE;
}

static CbWeightSet *
read_weight_set (CbWorkbook    *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(CbWeightSet) set = cb_weight_set_new ();
  g_autoptr(CbText) name = _cb_column_pair (stmt, 2);
  g_autoptr(CbText) note = _cb_column_pair (stmt, 4);

  cb_weight_set_set_id (set, sqlite3_column_int64 (stmt, 0));
  cb_weight_set_set_code (set, _cb_column_text (stmt, 1));
  cb_weight_set_set_name (set, name);
  cb_weight_set_set_note (set, note);
  cb_weight_set_set_position (set, sqlite3_column_int (stmt, 6));
  if (!read_weights (self, set, error))
    return NULL;
  _cb_weight_set_seal (set);
  return g_steal_pointer (&set);
}

gboolean
_cb_workbook_load_weight_sets (CbWorkbook  *self,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _cb_workbook_prepare (self, "SELECT " WEIGHT_SET_COLUMNS " FROM weight_sets "
                                     "ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CbWeightSet *set = read_weight_set (self, stmt, error);

      if (set == NULL)
        return FALSE;
      g_ptr_array_add (items, set);
    }
  if (rc != SQLITE_DONE)
    {
      _cb_workbook_set_error (self, error, rc);
      return FALSE;
    }

  g_list_store_splice (self->weight_sets,
                       0, g_list_model_get_n_items (G_LIST_MODEL (self->weight_sets)),
                       items->pdata, items->len);
  return TRUE;
}

GListModel *
cb_workbook_get_weight_sets (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return G_LIST_MODEL (self->weight_sets);
}

CbWeightSet *
cb_workbook_find_weight_set (CbWorkbook *self,
                             const char *code)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _cb_store_find (self->weight_sets, code, 0);
}

CbWeightSet *
cb_workbook_lookup_weight_set (CbWorkbook *self,
                               gint64      id)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return _cb_store_find (self->weight_sets, NULL, id);
}

/* The set named by the workbook's "default_weight_set", else the first. */
CbWeightSet *
cb_workbook_get_default_weight_set (CbWorkbook *self)
{
  g_autofree char *code = NULL;
  CbWeightSet *set = NULL;
  g_autoptr(CbWeightSet) first = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  code = cb_workbook_dup_meta (self, "default_weight_set");
  if (code != NULL)
    set = cb_workbook_find_weight_set (self, code);
  if (set != NULL)
    return set;

  first = g_list_model_get_item (G_LIST_MODEL (self->weight_sets), 0);
  return first;
}

static gboolean
check_weight (CbWeightSet  *set,
              double        weight,
              const char   *code,
              GError      **error)
{
  if (isfinite (weight) && weight >= 0.0 && weight <= 1e9)
    return TRUE;

  g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
               _("The weight of “%s” in “%s” must be a number of 0 or more (it is %g)."),
               code, cb_weight_set_get_code (set), weight);
  return FALSE;
}

static gboolean
check_weight_set (CbWorkbook   *self,
                  CbWeightSet  *set,
                  GError      **error)
{
  const char *code = cb_weight_set_get_code (set);
  g_autoptr(GArray) dimension_ids = cb_weight_set_list_dimension_ids (set);
  g_autoptr(GArray) indicator_ids = cb_weight_set_list_indicator_ids (set);
  GPtrArray *judgements = cb_weight_set_get_judgements (set);

  if (!_cb_check_code (code, error) || !_cb_check_name (cb_weight_set_get_name (set), code, error))
    return FALSE;

  for (guint i = 0; i < dimension_ids->len; i++)
    {
      gint64 id = g_array_index (dimension_ids, gint64, i);
      CbDimension *dimension = cb_workbook_lookup_dimension (self, id);
      double weight = 0.0;

      if (dimension == NULL)
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                       _("“%s” weights a dimension that is not in the workbook."), code);
          return FALSE;
        }
      cb_weight_set_get_dimension_weight (set, id, &weight);
      if (!check_weight (set, weight, cb_dimension_get_code (dimension), error))
        return FALSE;
    }

  for (guint i = 0; i < indicator_ids->len; i++)
    {
      gint64 id = g_array_index (indicator_ids, gint64, i);
      CbIndicator *indicator = cb_workbook_lookup_indicator (self, id);
      double weight = 0.0;

      if (indicator == NULL)
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                       _("“%s” weights an indicator that is not in the workbook."), code);
          return FALSE;
        }
      cb_weight_set_get_indicator_weight (set, id, &weight);
      if (!check_weight (set, weight, cb_indicator_get_code (indicator), error))
        return FALSE;
    }

  for (guint i = 0; i < judgements->len; i++)
    {
      CbJudgement *judgement = g_ptr_array_index (judgements, i);
      gint64 a = cb_judgement_get_a_id (judgement), b = cb_judgement_get_b_id (judgement);
      double value = cb_judgement_get_value (judgement);
      gboolean known;

      if (cb_judgement_get_kind (judgement) == CB_JUDGEMENT_DIMENSIONS)
        known = cb_workbook_lookup_dimension (self, a) != NULL &&
                cb_workbook_lookup_dimension (self, b) != NULL;
      else
        {
          CbIndicator *ia = cb_workbook_lookup_indicator (self, a);
          CbIndicator *ib = cb_workbook_lookup_indicator (self, b);

          known = ia != NULL && ib != NULL &&
                  cb_indicator_get_dimension_id (ia) == cb_indicator_get_dimension_id (ib);
        }

      if (!known)
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                       _("“%s” holds a pairwise judgement of items that are not in the workbook "
                         "or not in one dimension."), code);
          return FALSE;
        }
      if (!(value >= JUDGEMENT_MIN && value <= JUDGEMENT_MAX))
        {
          g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                       _("A pairwise judgement in “%s” must lie between 1/9 and 9 (it is %g)."),
                       code, value);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
run_with_id (CbWorkbook  *self,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _cb_workbook_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _cb_workbook_step_done (self, stmt, error);
}

static gboolean
insert_weights (CbWorkbook   *self,
                CbWeightSet  *set,
                gboolean      dimensions,
                GError      **error)
{
  g_autoptr(GArray) ids = dimensions ? cb_weight_set_list_dimension_ids (set)
                                     : cb_weight_set_list_indicator_ids (set);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _cb_workbook_prepare (self,
                               dimensions
                               ? "INSERT INTO dimension_weights (weight_set_id, dimension_id, weight) "
                                 "VALUES (?, ?, ?)"
                               : "INSERT INTO indicator_weights (weight_set_id, indicator_id, weight) "
                                 "VALUES (?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      double weight = 0.0;

      if (dimensions)
        cb_weight_set_get_dimension_weight (set, id, &weight);
      else
        cb_weight_set_get_indicator_weight (set, id, &weight);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, cb_weight_set_get_id (set));
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_double (stmt, 3, weight);
      if (!_cb_workbook_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_judgements (CbWorkbook   *self,
                   CbWeightSet  *set,
                   GError      **error)
{
  GPtrArray *judgements = cb_weight_set_get_judgements (set);

  for (guint i = 0; i < judgements->len; i++)
    {
      CbJudgement *judgement = g_ptr_array_index (judgements, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = _cb_workbook_prepare (self,
                                   cb_judgement_get_kind (judgement) == CB_JUDGEMENT_DIMENSIONS
                                   ? "INSERT INTO dimension_judgements (weight_set_id, rater, "
                                     "dimension_a, dimension_b, value) VALUES (?, ?, ?, ?, ?)"
                                   : "INSERT INTO indicator_judgements (weight_set_id, rater, "
                                     "indicator_a, indicator_b, value) VALUES (?, ?, ?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cb_weight_set_get_id (set));
      _cb_bind_text (stmt, 2, cb_judgement_get_rater (judgement));
      sqlite3_bind_int64 (stmt, 3, cb_judgement_get_a_id (judgement));
      sqlite3_bind_int64 (stmt, 4, cb_judgement_get_b_id (judgement));
      sqlite3_bind_double (stmt, 5, cb_judgement_get_value (judgement));
      if (!_cb_workbook_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
reload_weight_set (CbWorkbook  *self,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbWeightSet) set = NULL;

  stmt = _cb_workbook_prepare (self, "SELECT " WEIGHT_SET_COLUMNS " FROM weight_sets WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  set = read_weight_set (self, stmt, error);
  if (set == NULL)
    return FALSE;
  _cb_store_put (self->weight_sets, set, compare_weight_sets);
  return TRUE;
}

/* Replaces all the weights and judgements of a stored set, inside the
 * caller's transaction. */
gboolean
_cb_workbook_write_weights (CbWorkbook   *self,
                            CbWeightSet  *set,
                            GError      **error)
{
  gint64 id = cb_weight_set_get_id (set);

  return run_with_id (self, "DELETE FROM dimension_weights WHERE weight_set_id = ?", id, error) &&
         run_with_id (self, "DELETE FROM indicator_weights WHERE weight_set_id = ?", id, error) &&
         run_with_id (self, "DELETE FROM dimension_judgements WHERE weight_set_id = ?", id, error) &&
         run_with_id (self, "DELETE FROM indicator_judgements WHERE weight_set_id = ?", id, error) &&
         insert_weights (self, set, TRUE, error) &&
         insert_weights (self, set, FALSE, error) &&
         insert_judgements (self, set, error);
}

/* Writes the set's row, then replaces all its weights and judgements. */
static gboolean
write_weight_set (CbWorkbook   *self,
                  CbWeightSet  *set,
                  gboolean      insert,
                  gboolean      keep_id,
                  gint64       *id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbWeightSet) stored = NULL;
  g_autofree char *default_code = NULL;
  CbText *name = cb_weight_set_get_name (set);
  CbText *note = cb_weight_set_get_note (set);

  if (!check_weight_set (self, set, error) || !_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self,
                               insert
                               ? "INSERT INTO weight_sets (code, name_en, name_zh, note_en, note_zh, "
                                 "position, id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                               : "UPDATE weight_sets SET code = ?, name_en = ?, name_zh = ?, "
                                 "note_en = ?, note_zh = ?, position = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    goto failed;
  _cb_bind_text (stmt, 1, cb_weight_set_get_code (set));
  _cb_bind_text (stmt, 2, cb_text_get_en (name));
  _cb_bind_text (stmt, 3, cb_text_get_zh (name));
  _cb_bind_text (stmt, 4, cb_text_get_en (note));
  _cb_bind_text (stmt, 5, cb_text_get_zh (note));
  sqlite3_bind_int (stmt, 6, cb_weight_set_get_position (set));
  if (!insert || keep_id)
    sqlite3_bind_int64 (stmt, 7, cb_weight_set_get_id (set));
  else
    sqlite3_bind_null (stmt, 7);
  if (!_cb_workbook_step_done (self, stmt, error))
    goto failed;
  if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The weight set “%s” is not in the workbook."), cb_weight_set_get_code (set));
      goto failed;
    }

  *id = insert ? sqlite3_last_insert_rowid (self->db) : cb_weight_set_get_id (set);

  /* Write the weights under the stored id. */
  stored = cb_weight_set_copy (set);
  cb_weight_set_set_id (stored, *id);
  if (!_cb_workbook_write_weights (self, stored, error))
    goto failed;

  /* A renamed default stays the default. */
  default_code = cb_workbook_dup_meta (self, "default_weight_set");
  if (!insert && default_code != NULL)
    {
      CbWeightSet *old = cb_workbook_lookup_weight_set (self, *id);

      if (old != NULL && g_str_equal (default_code, cb_weight_set_get_code (old)))
        {
          g_autoptr(sqlite3_stmt) meta = NULL;

          meta = _cb_workbook_prepare (self, "UPDATE meta SET value = ? "
                                             "WHERE key = 'default_weight_set'", error);
          if (meta == NULL)
            goto failed;
          _cb_bind_text (meta, 1, cb_weight_set_get_code (set));
          if (!_cb_workbook_step_done (self, meta, error))
            goto failed;
        }
    }

  if (!_cb_workbook_commit (self, error))
    return FALSE;
  return reload_weight_set (self, *id, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}

/* Adds a weight set with its weights and judgements (its id is ignored);
 * returns the new id, or 0. */
gint64
cb_workbook_add_weight_set (CbWorkbook   *self,
                            CbWeightSet  *weight_set,
                            GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), 0);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), 0);

  return write_weight_set (self, weight_set, TRUE, FALSE, &id, error) ? id : 0;
}

/* Puts a deleted weight set back under its own id, as undo does. */
gboolean
cb_workbook_restore_weight_set (CbWorkbook   *self,
                                CbWeightSet  *weight_set,
                                GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), FALSE);
  g_return_val_if_fail (cb_weight_set_get_id (weight_set) > 0, FALSE);

  return write_weight_set (self, weight_set, TRUE, TRUE, &id, error);
}

/* Replaces a weight set, its weights and judgements, in one transaction. */
gboolean
cb_workbook_update_weight_set (CbWorkbook   *self,
                               CbWeightSet  *weight_set,
                               GError      **error)
{
  gint64 id;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_WEIGHT_SET (weight_set), FALSE);

  return write_weight_set (self, weight_set, FALSE, FALSE, &id, error);
}

/* Deletes a weight set; the last one cannot be deleted. */
gboolean
cb_workbook_delete_weight_set (CbWorkbook  *self,
                               gint64       id,
                               GError     **error)
{
  guint position;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->weight_sets)) <= 1 &&
      cb_workbook_lookup_weight_set (self, id) != NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                           _("A workbook keeps at least one weight set."));
      return FALSE;
    }

  if (!_cb_workbook_delete_row (self, "DELETE FROM weight_sets WHERE id = ?", id,
                                _("The weight set is not in the workbook."), error))
    return FALSE;

  position = _cb_store_find_id (self->weight_sets, id);
  if (position != G_MAXUINT)
    g_list_store_remove (self->weight_sets, position);
  return TRUE;
}
