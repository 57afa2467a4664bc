/* cb-workbook-framework.c: dimensions and indicators in the workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-workbook-private.h"

static int
compare_dimensions (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  CbDimension *x = (CbDimension *) a, *y = (CbDimension *) b;
  int px = cb_dimension_get_position (x), py = cb_dimension_get_position (y);
  gint64 ix = cb_dimension_get_id (x), iy = cb_dimension_get_id (y);

  return px != py ? (px < py ? -1 : 1) : (ix < iy ? -1 : ix > iy);
}

/* Indicators sort by their dimension's order, then their own. */
static int
compare_indicators (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  CbWorkbook *self = user_data;
  CbIndicator *x = (CbIndicator *) a, *y = (CbIndicator *) b;
  CbDimension *dx = cb_workbook_lookup_dimension (self, cb_indicator_get_dimension_id (x));
  CbDimension *dy = cb_workbook_lookup_dimension (self, cb_indicator_get_dimension_id (y));
  int px = cb_indicator_get_position (x), py = cb_indicator_get_position (y);
  gint64 ix = cb_indicator_get_id (x), iy = cb_indicator_get_id (y);

  if (dx != dy && dx != NULL && dy != NULL)
    return compare_dimensions (dx, dy, NULL);
  return px != py ? (px < py ? -1 : 1) : (ix < iy ? -1 : ix > iy);
}

static int
compare_indicators_indirect (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  return compare_indicators (*(gpointer *) a, *(gpointer *) b, user_data);
}

#define DIMENSION_COLUMNS "id, code, name_en, name_zh, description_en, description_zh, position"

static CbDimension *
read_dimension (sqlite3_stmt *stmt)
{
  CbDimension *dimension = cb_dimension_new ();
  g_autoptr(CbText) name = _cb_column_pair (stmt, 2);
  g_autoptr(CbText) description = _cb_column_pair (stmt, 4);

  cb_dimension_set_id (dimension, sqlite3_column_int64 (stmt, 0));
  cb_dimension_set_code (dimension, _cb_column_text (stmt, 1));
  cb_dimension_set_name (dimension, name);
  cb_dimension_set_description (dimension, description);
  cb_dimension_set_position (dimension, sqlite3_column_int (stmt, 6));
  _cb_dimension_seal (dimension);
  return dimension;
}

#define INDICATOR_COLUMNS "id, dimension_id, code, name_en, name_zh, description_en, " \
                          "description_zh, scale_min, scale_max, target, direction, position"

static CbIndicator *
read_indicator (sqlite3_stmt *stmt)
{
  CbIndicator *indicator = cb_indicator_new ();
  g_autoptr(CbText) name = _cb_column_pair (stmt, 3);
  g_autoptr(CbText) description = _cb_column_pair (stmt, 5);

  cb_indicator_set_id (indicator, sqlite3_column_int64 (stmt, 0));
  cb_indicator_set_dimension_id (indicator, sqlite3_column_int64 (stmt, 1));
  cb_indicator_set_code (indicator, _cb_column_text (stmt, 2));
  cb_indicator_set_name (indicator, name);
  cb_indicator_set_description (indicator, description);
  cb_indicator_set_scale_min (indicator, sqlite3_column_double (stmt, 7));
  cb_indicator_set_scale_max (indicator, sqlite3_column_double (stmt, 8));
  cb_indicator_set_target (indicator, sqlite3_column_double (stmt, 9));
  cb_indicator_set_direction (indicator, sqlite3_column_int (stmt, 10));
  cb_indicator_set_position (indicator, sqlite3_column_int (stmt, 11));
  _cb_indicator_seal (indicator);
  return indicator;
}

static gboolean
load_indicators (CbWorkbook  *self,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _cb_workbook_prepare (self, "SELECT " INDICATOR_COLUMNS " FROM indicators", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_indicator (stmt));
  if (rc != SQLITE_DONE)
    {
      _cb_workbook_set_error (self, error, rc);
      return FALSE;
    }

  g_ptr_array_sort_with_data (items, (GCompareDataFunc) compare_indicators_indirect, self);
  g_list_store_splice (self->indicators, 0, g_list_model_get_n_items (G_LIST_MODEL (self->indicators)),
                       items->pdata, items->len);
  return TRUE;
}

gboolean
_cb_workbook_load_framework (CbWorkbook  *self,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _cb_workbook_prepare (self, "SELECT " DIMENSION_COLUMNS " FROM dimensions "
                                     "ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_dimension (stmt));
  if (rc != SQLITE_DONE)
    {
      _cb_workbook_set_error (self, error, rc);
      return FALSE;
    }

  g_list_store_splice (self->dimensions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->dimensions)),
                       items->pdata, items->len);
  return load_indicators (self, error);
}

/* Lookups */

GListModel *
cb_workbook_get_dimensions (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return G_LIST_MODEL (self->dimensions);
}

/* Every indicator, in the order of their dimensions. */
GListModel *
cb_workbook_get_indicators (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/* The stored dimension with this code, or NULL. The store keeps a
 * reference as long as the dimension is unchanged. */
CbDimension *
cb_workbook_find_dimension (CbWorkbook *self,
                            const char *code)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _cb_store_find (self->dimensions, code, 0);
}

CbDimension *
cb_workbook_lookup_dimension (CbWorkbook *self,
                              gint64      id)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return _cb_store_find (self->dimensions, NULL, id);
}

CbIndicator *
cb_workbook_find_indicator (CbWorkbook *self,
                            const char *code)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _cb_store_find (self->indicators, code, 0);
}

CbIndicator *
cb_workbook_lookup_indicator (CbWorkbook *self,
                              gint64      id)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return _cb_store_find (self->indicators, NULL, id);
}

/* The indicators of one dimension, in order (CbIndicator, referenced). */
GPtrArray *
cb_workbook_list_indicators_of (CbWorkbook *self,
                                gint64      dimension_id)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), result);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  for (guint i = 0; i < n; i++)
    {
      CbIndicator *indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      if (cb_indicator_get_dimension_id (indicator) == dimension_id)
        g_ptr_array_add (result, indicator);
      else
        g_object_unref (indicator);
    }
  return result;
}

/* Changes */

static gboolean
reload_dimension (CbWorkbook  *self,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbDimension) dimension = NULL;

  stmt = _cb_workbook_prepare (self, "SELECT " DIMENSION_COLUMNS " FROM dimensions WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return load_indicators (self, error);

  dimension = read_dimension (stmt);
  _cb_store_put (self->dimensions, dimension, compare_dimensions);
  /* The order of the indicators follows that of the dimensions. */
  return load_indicators (self, error);
}

static gboolean
reload_indicator (CbWorkbook  *self,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbIndicator) indicator = NULL;
  guint old;

  stmt = _cb_workbook_prepare (self, "SELECT " INDICATOR_COLUMNS " FROM indicators WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  indicator = read_indicator (stmt);
  old = _cb_store_find_id (self->indicators, id);
  if (old != G_MAXUINT)
    g_list_store_splice (self->indicators, old, 1, NULL, 0);
  g_list_store_insert_sorted (self->indicators, indicator, compare_indicators, self);
  return TRUE;
}

static gboolean
check_dimension (CbDimension  *dimension,
                 GError      **error)
{
  return _cb_check_code (cb_dimension_get_code (dimension), error) &&
         _cb_check_name (cb_dimension_get_name (dimension), cb_dimension_get_code (dimension),
                         error);
}

static gboolean
write_dimension (CbWorkbook   *self,
                 CbDimension  *dimension,
                 gboolean      insert,
                 gint64       *id,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CbText *name = cb_dimension_get_name (dimension);
  CbText *description = cb_dimension_get_description (dimension);

  if (!check_dimension (dimension, error) || !_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self,
                               insert
                               ? "INSERT INTO dimensions (code, name_en, name_zh, description_en, "
                                 "description_zh, position, id) VALUES (?, ?, ?, ?, ?, ?, NULL)"
                               : "UPDATE dimensions SET code = ?, name_en = ?, name_zh = ?, "
                                 "description_en = ?, description_zh = ?, position = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    goto failed;

  _cb_bind_text (stmt, 1, cb_dimension_get_code (dimension));
  _cb_bind_text (stmt, 2, cb_text_get_en (name));
  _cb_bind_text (stmt, 3, cb_text_get_zh (name));
  _cb_bind_text (stmt, 4, cb_text_get_en (description));
  _cb_bind_text (stmt, 5, cb_text_get_zh (description));
  sqlite3_bind_int (stmt, 6, cb_dimension_get_position (dimension));
  if (!insert)
    sqlite3_bind_int64 (stmt, 7, cb_dimension_get_id (dimension));
  if (!_cb_workbook_step_done (self, stmt, error))
    goto failed;
  if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The dimension “%s” is not in the workbook."), cb_dimension_get_code (dimension));
      goto failed;
    }

  *id = insert ? sqlite3_last_insert_rowid (self->db) : cb_dimension_get_id (dimension);
  if (!_cb_workbook_commit (self, error))
    return FALSE;
  return reload_dimension (self, *id, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}

/* Adds a dimension (its id is ignored); returns the new id, or 0. */
gint64
cb_workbook_add_dimension (CbWorkbook   *self,
                           CbDimension  *dimension,
                           GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), 0);
  g_return_val_if_fail (CB_IS_DIMENSION (dimension), 0);

  return write_dimension (self, dimension, TRUE, &id, error) ? id : 0;
}

gboolean
cb_workbook_update_dimension (CbWorkbook   *self,
                              CbDimension  *dimension,
                              GError      **error)
{
  gint64 id;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_DIMENSION (dimension), FALSE);

  return write_dimension (self, dimension, FALSE, &id, error);
}

/* Deletes a row by id in one transaction; what the schema cascades to is
 * reloaded by the caller. */
gboolean
_cb_workbook_delete_row (CbWorkbook  *self,
                         const char  *sql,
                         gint64       id,
                         const char  *missing,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cb_workbook_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND, missing);
      goto failed;
    }
  return _cb_workbook_commit (self, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}

/* Deletes a dimension with its indicators and everything scored or
 * weighted on them. */
gboolean
cb_workbook_delete_dimension (CbWorkbook  *self,
                              gint64       id,
                              GError     **error)
{
  guint position;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  if (!_cb_workbook_delete_row (self, "DELETE FROM dimensions WHERE id = ?", id,
                                _("The dimension is not in the workbook."), error))
    return FALSE;

  position = _cb_store_find_id (self->dimensions, id);
  if (position != G_MAXUINT)
    g_list_store_remove (self->dimensions, position);
  return load_indicators (self, error) &&
         _cb_workbook_load_scores (self, error) &&
         _cb_workbook_load_weight_sets (self, error);
}

static gboolean
check_indicator (CbWorkbook   *self,
                 CbIndicator  *indicator,
                 GError      **error)
{
  const char *code = cb_indicator_get_code (indicator);
  double lo = cb_indicator_get_scale_min (indicator);
  double hi = cb_indicator_get_scale_max (indicator);
  double target = cb_indicator_get_target (indicator);
  int direction = cb_indicator_get_direction (indicator);
  guint n_outside = 0;

  if (!_cb_check_code (code, error) ||
      !_cb_check_name (cb_indicator_get_name (indicator), code, error))
    return FALSE;

  if (cb_workbook_lookup_dimension (self, cb_indicator_get_dimension_id (indicator)) == NULL)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The indicator “%s” belongs to no dimension of the workbook."), code);
      return FALSE;
    }

  if (!isfinite (lo) || !isfinite (hi) || lo >= hi || lo < -1e9 || hi > 1e9)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The scale of “%s” must run from a lower to a higher number (it is %g to %g)."),
                   code, lo, hi);
      return FALSE;
    }

  if (!isfinite (target) || target < lo || target > hi)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The target of “%s” (%g) lies outside its scale %g to %g."),
                   code, target, lo, hi);
      return FALSE;
    }

  if (direction != 1 && direction != -1)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The direction of “%s” must be 1 (higher is better) or -1 (lower is better)."),
                   code);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->scores)); i++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (G_LIST_MODEL (self->scores), i);

      if (cb_score_get_indicator_id (score) == cb_indicator_get_id (indicator) &&
          cb_score_get_has_value (score) &&
          (cb_score_get_value (score) < lo || cb_score_get_value (score) > hi))
        n_outside++;
    }
  if (n_outside > 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u score of “%s” lies outside the new scale %g to %g.",
                                "%u scores of “%s” lie outside the new scale %g to %g.",
                                n_outside),
                   n_outside, code, lo, hi);
      return FALSE;
    }

  return TRUE;
}

/* Inserts (with a new id, or with the indicator's own when restoring),
 * or updates, an indicator. A restored indicator brings back its scores
 * and the weight sets as they were, in the same transaction. */
static gboolean
write_indicator (CbWorkbook   *self,
                 CbIndicator  *indicator,
                 gboolean      insert,
                 GPtrArray    *restored_scores,
                 GPtrArray    *restored_sets,
                 gint64       *id,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CbText *name = cb_indicator_get_name (indicator);
  CbText *description = cb_indicator_get_description (indicator);

  if (!check_indicator (self, indicator, error) || !_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self,
                               insert
                               ? "INSERT INTO indicators (dimension_id, code, name_en, name_zh, "
                                 "description_en, description_zh, scale_min, scale_max, target, "
                                 "direction, position, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               : "UPDATE indicators SET dimension_id = ?, code = ?, name_en = ?, "
                                 "name_zh = ?, description_en = ?, description_zh = ?, "
                                 "scale_min = ?, scale_max = ?, target = ?, direction = ?, "
                                 "position = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, cb_indicator_get_dimension_id (indicator));
  _cb_bind_text (stmt, 2, cb_indicator_get_code (indicator));
  _cb_bind_text (stmt, 3, cb_text_get_en (name));
  _cb_bind_text (stmt, 4, cb_text_get_zh (name));
  _cb_bind_text (stmt, 5, cb_text_get_en (description));
  _cb_bind_text (stmt, 6, cb_text_get_zh (description));
  sqlite3_bind_double (stmt, 7, cb_indicator_get_scale_min (indicator));
  sqlite3_bind_double (stmt, 8, cb_indicator_get_scale_max (indicator));
  sqlite3_bind_double (stmt, 9, cb_indicator_get_target (indicator));
  sqlite3_bind_int (stmt, 10, cb_indicator_get_direction (indicator));
  sqlite3_bind_int (stmt, 11, cb_indicator_get_position (indicator));
  if (!insert || restored_scores != NULL)
    sqlite3_bind_int64 (stmt, 12, cb_indicator_get_id (indicator));
  else
    sqlite3_bind_null (stmt, 12);
  if (!_cb_workbook_step_done (self, stmt, error))
    goto failed;
  if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The indicator “%s” is not in the workbook."), cb_indicator_get_code (indicator));
      goto failed;
    }

  *id = insert ? sqlite3_last_insert_rowid (self->db) : cb_indicator_get_id (indicator);
  for (guint k = 0; restored_scores != NULL && k < restored_scores->len; k++)
    if (!_cb_workbook_insert_score (self, g_ptr_array_index (restored_scores, k), error))
      goto failed;
  for (guint k = 0; restored_sets != NULL && k < restored_sets->len; k++)
    if (!_cb_workbook_write_weights (self, g_ptr_array_index (restored_sets, k), error))
      goto failed;
  if (!_cb_workbook_commit (self, error))
    return FALSE;
  /* Moving an indicator to another dimension drops its judgements. */
  return reload_indicator (self, *id, error) &&
         (restored_scores == NULL || _cb_workbook_load_scores (self, error)) &&
         _cb_workbook_load_weight_sets (self, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}

gint64
cb_workbook_add_indicator (CbWorkbook   *self,
                           CbIndicator  *indicator,
                           GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), 0);
  g_return_val_if_fail (CB_IS_INDICATOR (indicator), 0);

  return write_indicator (self, indicator, TRUE, NULL, NULL, &id, error) ? id : 0;
}

/**
 * cb_workbook_restore_indicator:
 * @indicator: an indicator as it was, with its id
 * @scores: (element-type CbScore): its scores as they were
 * @weight_sets: (element-type CbWeightSet) (nullable): weight sets whose
 *   weights and judgements are to be as they were
 *
 * Puts a deleted indicator back, in one transaction: what undoing a
 * deletion needs.
 */
gboolean
cb_workbook_restore_indicator (CbWorkbook   *self,
                               CbIndicator  *indicator,
                               GPtrArray    *scores,
                               GPtrArray    *weight_sets,
                               GError      **error)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (cb_indicator_get_id (indicator) > 0, FALSE);

  return write_indicator (self, indicator, TRUE, scores != NULL ? scores : none, weight_sets, &id, error);
}

gboolean
cb_workbook_update_indicator (CbWorkbook   *self,
                              CbIndicator  *indicator,
                              GError      **error)
{
  gint64 id;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_INDICATOR (indicator), FALSE);

  return write_indicator (self, indicator, FALSE, NULL, NULL, &id, error);
}

/* Sets the expected level of an indicator. */
gboolean
cb_workbook_set_target (CbWorkbook  *self,
                        gint64       indicator_id,
                        double       target,
                        GError     **error)
{
  CbIndicator *stored;
  g_autoptr(CbIndicator) changed = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  stored = cb_workbook_lookup_indicator (self, indicator_id);
  if (stored == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("The indicator is not in the workbook."));
      return FALSE;
    }

  changed = cb_indicator_copy (stored);
  cb_indicator_set_target (changed, target);
  return cb_workbook_update_indicator (self, changed, error);
}

/* Deletes an indicator with its scores, weights and judgements. */
gboolean
cb_workbook_delete_indicator (CbWorkbook  *self,
                              gint64       id,
                              GError     **error)
{
  guint position;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  if (!_cb_workbook_delete_row (self, "DELETE FROM indicators WHERE id = ?", id,
                                _("The indicator is not in the workbook."), error))
    return FALSE;

  position = _cb_store_find_id (self->indicators, id);
  if (position != G_MAXUINT)
    g_list_store_remove (self->indicators, position);
  return _cb_workbook_load_scores (self, error) && _cb_workbook_load_weight_sets (self, error);
}
