/* cb-workbook-cases.c: cases and their scores in the workbook
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-workbook-private.h"

#define CASE_COLUMNS "id, code, name_en, name_zh, city_en, city_zh, district_en, district_zh, " \
                     "model_en, model_zh, province_en, province_zh, pilot_batch, pilot_year, " \
                     "summary_en, summary_zh, sources, data_note_en, data_note_zh, colour, " \
                     "is_reference, position"

#define SCORE_COLUMNS "case_id, indicator_id, value, evidence_en, evidence_zh, source, confidence"

static int
compare_cases (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  CbCase *x = (CbCase *) a, *y = (CbCase *) b;
  int px = cb_case_get_position (x), py = cb_case_get_position (y);
  gint64 ix = cb_case_get_id (x), iy = cb_case_get_id (y);

  return px != py ? (px < py ? -1 : 1) : (ix < iy ? -1 : ix > iy);
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  CbScore *x = (CbScore *) a, *y = (CbScore *) b;
  gint64 cx = cb_score_get_case_id (x), cy = cb_score_get_case_id (y);
  gint64 ix = cb_score_get_indicator_id (x), iy = cb_score_get_indicator_id (y);

  if (cx != cy)
    return cx < cy ? -1 : 1;
  return ix < iy ? -1 : ix > iy;
}

static char *
score_key (gint64 case_id,
           gint64 indicator_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, case_id, indicator_id);
}

static CbCase *
read_case (sqlite3_stmt *stmt)
{
  CbCase *c = cb_case_new ();
  g_autoptr(CbText) name = _cb_column_pair (stmt, 2);
  g_autoptr(CbText) city = _cb_column_pair (stmt, 4);
  g_autoptr(CbText) district = _cb_column_pair (stmt, 6);
  g_autoptr(CbText) model = _cb_column_pair (stmt, 8);
  g_autoptr(CbText) province = _cb_column_pair (stmt, 10);
  g_autoptr(CbText) summary = _cb_column_pair (stmt, 14);
  g_autoptr(CbText) data_note = _cb_column_pair (stmt, 17);

  cb_case_set_id (c, sqlite3_column_int64 (stmt, 0));
  cb_case_set_code (c, _cb_column_text (stmt, 1));
  cb_case_set_name (c, name);
  cb_case_set_city (c, city);
  cb_case_set_district (c, district);
  cb_case_set_model (c, model);
  cb_case_set_province (c, province);
  cb_case_set_pilot_batch (c, sqlite3_column_int (stmt, 12));
  cb_case_set_pilot_year (c, sqlite3_column_int (stmt, 13));
  cb_case_set_summary (c, summary);
  cb_case_set_sources (c, _cb_column_text (stmt, 16));
  cb_case_set_data_note (c, data_note);
  cb_case_set_colour (c, (const char *) sqlite3_column_text (stmt, 19));
  cb_case_set_is_reference (c, sqlite3_column_int (stmt, 20) != 0);
  cb_case_set_position (c, sqlite3_column_int (stmt, 21));
  _cb_case_seal (c);
  return c;
}

static CbScore *
read_score (sqlite3_stmt *stmt)
{
  CbScore *score = cb_score_new ();
  g_autoptr(CbText) evidence = _cb_column_pair (stmt, 3);
  CbConfidence confidence = CB_CONFIDENCE_MEDIUM;

  cb_score_set_case_id (score, sqlite3_column_int64 (stmt, 0));
  cb_score_set_indicator_id (score, sqlite3_column_int64 (stmt, 1));
  cb_score_set_has_value (score, sqlite3_column_type (stmt, 2) != SQLITE_NULL);
  cb_score_set_value (score, sqlite3_column_double (stmt, 2));
  cb_score_set_evidence (score, evidence);
  cb_score_set_source (score, _cb_column_text (stmt, 5));
  cb_confidence_from_string (_cb_column_text (stmt, 6), &confidence);
  cb_score_set_confidence (score, confidence);
  _cb_score_seal (score);
  return score;
}

gboolean
_cb_workbook_load_cases (CbWorkbook  *self,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _cb_workbook_prepare (self, "SELECT " CASE_COLUMNS " FROM cases ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_case (stmt));
  if (rc != SQLITE_DONE)
    {
      _cb_workbook_set_error (self, error, rc);
      return FALSE;
    }

  g_list_store_splice (self->cases, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cases)),
                       items->pdata, items->len);
  return TRUE;
}

gboolean
_cb_workbook_load_scores (CbWorkbook  *self,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _cb_workbook_prepare (self, "SELECT " SCORE_COLUMNS " FROM scores "
                                     "ORDER BY case_id, indicator_id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_score (stmt));
  if (rc != SQLITE_DONE)
    {
      _cb_workbook_set_error (self, error, rc);
      return FALSE;
    }

  g_hash_table_remove_all (self->score_index);
  for (guint i = 0; i < items->len; i++)
    {
      CbScore *score = g_ptr_array_index (items, i);

      g_hash_table_insert (self->score_index,
                           score_key (cb_score_get_case_id (score), cb_score_get_indicator_id (score)),
                           score);
    }
  g_list_store_splice (self->scores, 0, g_list_model_get_n_items (G_LIST_MODEL (self->scores)),
                       items->pdata, items->len);
  return TRUE;
}

/* Cases */

/* The cases and reference profiles, in order. */
GListModel *
cb_workbook_get_cases (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return G_LIST_MODEL (self->cases);
}

CbCase *
cb_workbook_find_case (CbWorkbook *self,
                       const char *code)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _cb_store_find (self->cases, code, 0);
}

CbCase *
cb_workbook_lookup_case (CbWorkbook *self,
                         gint64      id)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return _cb_store_find (self->cases, NULL, id);
}

static gboolean
is_colour (const char *colour)
{
  if (colour == NULL)
    return TRUE;
  if (strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_case (CbCase  *c,
            GError **error)
{
  const char *code = cb_case_get_code (c);
  int batch = cb_case_get_pilot_batch (c);
  int year = cb_case_get_pilot_year (c);

  if (!_cb_check_code (code, error) || !_cb_check_name (cb_case_get_name (c), code, error))
    return FALSE;

  if (batch < 0 || batch > 99)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The pilot batch of “%s” must be between 1 and 99, or unknown."), code);
      return FALSE;
    }
  if (year != 0 && (year < 1949 || year > 2100))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The pilot year of “%s” must be between 1949 and 2100, or unknown."), code);
      return FALSE;
    }
  if (!is_colour (cb_case_get_colour (c)))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The colour of “%s” must be written as #rrggbb (it is “%s”)."),
                   code, cb_case_get_colour (c));
      return FALSE;
    }
  return TRUE;
}

static gboolean
reload_case (CbWorkbook  *self,
             gint64       id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbCase) c = NULL;

  stmt = _cb_workbook_prepare (self, "SELECT " CASE_COLUMNS " FROM cases WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  c = read_case (stmt);
  _cb_store_put (self->cases, c, compare_cases);
  return TRUE;
}

static void
bind_pair (sqlite3_stmt *stmt,
           int           index,
           CbText       *text)
{
  _cb_bind_text (stmt, index, cb_text_get_en (text));
  _cb_bind_text (stmt, index + 1, cb_text_get_zh (text));
}

static void
bind_positive_or_null (sqlite3_stmt *stmt,
                       int           index,
                       int           value)
{
  if (value > 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/* Inserts (with a new id, or with the case's own when restoring) or
 * updates a case's row, and inserts a restored case's scores, inside the
 * caller's transaction. */
static gboolean
write_case_row (CbWorkbook  *self,
                CbCase      *c,
                gboolean     insert,
                GPtrArray   *restored_scores,
                gint64      *id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _cb_workbook_prepare (self,
                               insert
                               ? "INSERT INTO cases (code, name_en, name_zh, city_en, city_zh, "
                                 "district_en, district_zh, model_en, model_zh, province_en, "
                                 "province_zh, pilot_batch, pilot_year, summary_en, summary_zh, "
                                 "sources, data_note_en, data_note_zh, colour, is_reference, "
                                 "position, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"
                               : "UPDATE cases SET code = ?, name_en = ?, name_zh = ?, city_en = ?, "
                                 "city_zh = ?, district_en = ?, district_zh = ?, model_en = ?, "
                                 "model_zh = ?, province_en = ?, province_zh = ?, pilot_batch = ?, "
                                 "pilot_year = ?, summary_en = ?, summary_zh = ?, sources = ?, "
                                 "data_note_en = ?, data_note_zh = ?, colour = ?, "
                                 "is_reference = ?, position = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  _cb_bind_text (stmt, 1, cb_case_get_code (c));
  bind_pair (stmt, 2, cb_case_get_name (c));
  bind_pair (stmt, 4, cb_case_get_city (c));
  bind_pair (stmt, 6, cb_case_get_district (c));
  bind_pair (stmt, 8, cb_case_get_model (c));
  bind_pair (stmt, 10, cb_case_get_province (c));
  bind_positive_or_null (stmt, 12, cb_case_get_pilot_batch (c));
  bind_positive_or_null (stmt, 13, cb_case_get_pilot_year (c));
  bind_pair (stmt, 14, cb_case_get_summary (c));
  _cb_bind_text (stmt, 16, cb_case_get_sources (c));
  bind_pair (stmt, 17, cb_case_get_data_note (c));
  _cb_bind_text (stmt, 19, cb_case_get_colour (c));
  sqlite3_bind_int (stmt, 20, cb_case_get_is_reference (c) ? 1 : 0);
  sqlite3_bind_int (stmt, 21, cb_case_get_position (c));
  if (!insert || restored_scores != NULL)
    sqlite3_bind_int64 (stmt, 22, cb_case_get_id (c));
  else
    sqlite3_bind_null (stmt, 22);
  if (!_cb_workbook_step_done (self, stmt, error))
    return FALSE;
  if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                   _("The case “%s” is not in the workbook."), cb_case_get_code (c));
      return FALSE;
    }

  *id = insert ? sqlite3_last_insert_rowid (self->db) : cb_case_get_id (c);
  for (guint k = 0; restored_scores != NULL && k < restored_scores->len; k++)
    if (!_cb_workbook_insert_score (self, g_ptr_array_index (restored_scores, k), error))
      return FALSE;
  return TRUE;
}

/* Inserts or updates a case (and, restoring it, its scores) in one
 * transaction. */
static gboolean
write_case (CbWorkbook  *self,
            CbCase      *c,
            gboolean     insert,
            GPtrArray   *restored_scores,
            gint64      *id,
            GError     **error)
{
  if (!check_case (c, error) || !_cb_workbook_begin (self, error))
    return FALSE;
  if (!write_case_row (self, c, insert, restored_scores, id, error))
    {
      _cb_workbook_rollback (self);
      return FALSE;
    }
  if (!_cb_workbook_commit (self, error))
    return FALSE;
  if (restored_scores != NULL && restored_scores->len > 0 && !_cb_workbook_load_scores (self, error))
    return FALSE;
  return reload_case (self, *id, error);
}

/**
 * cb_workbook_put_back_cases:
 * @remove_codes: (nullable): codes of cases to delete, with their scores
 * @cases: (element-type CbCase): cases as they were, with their ids
 * @scores: (element-type GPtrArray): for each of @cases, its scores as
 *   they were (CbScore)
 *
 * In one transaction, deletes the cases of @remove_codes and puts each of
 * @cases back exactly as it was, with exactly its scores: what undoing an
 * import needs.
 */
gboolean
cb_workbook_put_back_cases (CbWorkbook          *self,
                            const char * const  *remove_codes,
                            GPtrArray           *cases,
                            GPtrArray           *scores,
                            GError             **error)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (cases != NULL && scores != NULL && cases->len == scores->len, FALSE);

  if (!_cb_workbook_begin (self, error))
    return FALSE;
  for (guint k = 0; remove_codes != NULL && remove_codes[k] != NULL; k++)
    {
      g_autoptr(sqlite3_stmt) stmt = _cb_workbook_prepare (self, "DELETE FROM cases WHERE code = ?", error);

      if (stmt == NULL)
        goto failed;
      _cb_bind_text (stmt, 1, remove_codes[k]);
      if (!_cb_workbook_step_done (self, stmt, error))
        goto failed;
    }
  for (guint k = 0; k < cases->len; k++)
    {
      CbCase *c = g_ptr_array_index (cases, k);
      g_autoptr(sqlite3_stmt) stmt = _cb_workbook_prepare (self, "DELETE FROM cases WHERE id = ?", error);
      gint64 id;

      if (stmt == NULL || !check_case (c, error))
        goto failed;
      sqlite3_bind_int64 (stmt, 1, cb_case_get_id (c));
      if (!_cb_workbook_step_done (self, stmt, error) ||
          !write_case_row (self, c, TRUE, g_ptr_array_index (scores, k), &id, error))
        goto failed;
    }
  if (!_cb_workbook_commit (self, error))
    return FALSE;
  return _cb_workbook_load_cases (self, error) && _cb_workbook_load_scores (self, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}

/* Adds a case (its id is ignored); returns the new id, or 0. */
gint64
cb_workbook_add_case (CbWorkbook  *self,
                      CbCase      *a_case,
                      GError     **error)
{
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), 0);
  g_return_val_if_fail (CB_IS_CASE (a_case), 0);

  return write_case (self, a_case, TRUE, NULL, &id, error) ? id : 0;
}

/**
 * cb_workbook_restore_case:
 * @a_case: a case as it was, with its id
 * @scores: (element-type CbScore): its scores as they were
 *
 * Puts a deleted case back, with its id and its scores, in one
 * transaction: what undoing a deletion needs.
 */
gboolean
cb_workbook_restore_case (CbWorkbook  *self,
                          CbCase      *a_case,
                          GPtrArray   *scores,
                          GError     **error)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  gint64 id = 0;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_CASE (a_case), FALSE);
  g_return_val_if_fail (cb_case_get_id (a_case) > 0, FALSE);

  return write_case (self, a_case, TRUE, scores != NULL ? scores : none, &id, error);
}

gboolean
cb_workbook_update_case (CbWorkbook  *self,
                         CbCase      *a_case,
                         GError     **error)
{
  gint64 id;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_CASE (a_case), FALSE);

  return write_case (self, a_case, FALSE, NULL, &id, error);
}

/* Deletes a case with its scores. */
gboolean
cb_workbook_delete_case (CbWorkbook  *self,
                         gint64       id,
                         GError     **error)
{
  guint position;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  if (!_cb_workbook_delete_row (self, "DELETE FROM cases WHERE id = ?", id,
                                _("The case is not in the workbook."), error))
    return FALSE;

  position = _cb_store_find_id (self->cases, id);
  if (position != G_MAXUINT)
    g_list_store_remove (self->cases, position);
  return _cb_workbook_load_scores (self, error);
}

/* Scores */

/* Every score, ordered by case and indicator id. */
GListModel *
cb_workbook_get_scores (CbWorkbook *self)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  return G_LIST_MODEL (self->scores);
}

/* The stored score of a case on an indicator, or NULL if it has none. */
CbScore *
cb_workbook_get_score (CbWorkbook *self,
                       gint64      case_id,
                       gint64      indicator_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), NULL);

  key = score_key (case_id, indicator_id);
  return g_hash_table_lookup (self->score_index, key);
}

static gboolean
check_score (CbWorkbook  *self,
             CbScore     *score,
             GError     **error)
{
  CbCase *c = cb_workbook_lookup_case (self, cb_score_get_case_id (score));
  CbIndicator *indicator = cb_workbook_lookup_indicator (self, cb_score_get_indicator_id (score));
  double value = cb_score_get_value (score);

  if (c == NULL)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                           _("The score is for a case that is not in the workbook."));
      return FALSE;
    }
  if (indicator == NULL)
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The score of “%s” is for an indicator that is not in the workbook."),
                   cb_case_get_code (c));
      return FALSE;
    }
  if (cb_score_get_has_value (score) &&
      (!isfinite (value) ||
       value < cb_indicator_get_scale_min (indicator) ||
       value > cb_indicator_get_scale_max (indicator)))
    {
      g_set_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID,
                   _("The score of “%s” on “%s” (%g) lies outside the scale %g to %g."),
                   cb_case_get_code (c), cb_indicator_get_code (indicator), value,
                   cb_indicator_get_scale_min (indicator), cb_indicator_get_scale_max (indicator));
      return FALSE;
    }
  return TRUE;
}

static gboolean
reload_score (CbWorkbook  *self,
              gint64       case_id,
              gint64       indicator_id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CbScore) score = NULL;
  g_autofree char *key = score_key (case_id, indicator_id);
  CbScore *old;
  guint position;

  stmt = _cb_workbook_prepare (self, "SELECT " SCORE_COLUMNS " FROM scores "
                                     "WHERE case_id = ? AND indicator_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  score = sqlite3_step (stmt) == SQLITE_ROW ? read_score (stmt) : NULL;

  /* The index first: views that follow items-changed read the score
   * back through it. */
  old = cb_workbook_get_score (self, case_id, indicator_id);
  if (score != NULL)
    g_hash_table_insert (self->score_index, g_strdup (key), score);
  else
    g_hash_table_remove (self->score_index, key);

  if (old != NULL && g_list_store_find (self->scores, old, &position))
    {
      if (score != NULL)
        g_list_store_splice (self->scores, position, 1, (gpointer *) &score, 1);
      else
        g_list_store_remove (self->scores, position);
    }
  else if (score != NULL)
    g_list_store_insert_sorted (self->scores, score, compare_scores, NULL);

  return TRUE;
}

/* The statement that inserts or replaces a score: prepared once, it
 * writes any number of them through _cb_workbook_upsert_score (). */
sqlite3_stmt *
_cb_workbook_prepare_score_upsert (CbWorkbook  *self,
                                   GError     **error)
{
  return _cb_workbook_prepare (self,
                               "INSERT INTO scores (" SCORE_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (case_id, indicator_id) DO UPDATE SET "
                               "value = excluded.value, evidence_en = excluded.evidence_en, "
                               "evidence_zh = excluded.evidence_zh, source = excluded.source, "
                               "confidence = excluded.confidence",
                               error);
}

/* Inserts or replaces a score with a statement of
 * _cb_workbook_prepare_score_upsert (), inside the caller's transaction. */
gboolean
_cb_workbook_upsert_score (CbWorkbook    *self,
                           sqlite3_stmt  *stmt,
                           CbScore       *score,
                           GError       **error)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_int64 (stmt, 1, cb_score_get_case_id (score));
  sqlite3_bind_int64 (stmt, 2, cb_score_get_indicator_id (score));
  if (cb_score_get_has_value (score))
    sqlite3_bind_double (stmt, 3, cb_score_get_value (score));
  else
    sqlite3_bind_null (stmt, 3);
  bind_pair (stmt, 4, cb_score_get_evidence (score));
  _cb_bind_text (stmt, 6, cb_score_get_source (score));
  _cb_bind_text (stmt, 7, cb_confidence_to_string (cb_score_get_confidence (score)));
  return _cb_workbook_step_done (self, stmt, error);
}

/* Inserts or replaces a score, inside the caller's transaction. */
gboolean
_cb_workbook_insert_score (CbWorkbook  *self,
                           CbScore     *score,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _cb_workbook_prepare_score_upsert (self, error);

  if (stmt == NULL)
    return FALSE;
  return _cb_workbook_upsert_score (self, stmt, score, error);
}

/* Stores a score, adding it or replacing the one of the same case and
 * indicator. A score without a value is a missing score with evidence. */
gboolean
cb_workbook_set_score (CbWorkbook  *self,
                       CbScore     *score,
                       GError     **error)
{
  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (CB_IS_SCORE (score), FALSE);

  if (!check_score (self, score, error) || !_cb_workbook_begin (self, error))
    return FALSE;

  if (!_cb_workbook_insert_score (self, score, error))
    {
      _cb_workbook_rollback (self);
      return FALSE;
    }

  if (!_cb_workbook_commit (self, error))
    return FALSE;
  return reload_score (self, cb_score_get_case_id (score), cb_score_get_indicator_id (score), error);
}

/* Removes a score (value and evidence). */
gboolean
cb_workbook_delete_score (CbWorkbook  *self,
                          gint64       case_id,
                          gint64       indicator_id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CB_IS_WORKBOOK (self), FALSE);

  if (!_cb_workbook_begin (self, error))
    return FALSE;

  stmt = _cb_workbook_prepare (self, "DELETE FROM scores WHERE case_id = ? AND indicator_id = ?",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  if (!_cb_workbook_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND,
                           _("There is no such score in the workbook."));
      goto failed;
    }

  if (!_cb_workbook_commit (self, error))
    return FALSE;
  return reload_score (self, case_id, indicator_id, error);

failed:
  _cb_workbook_rollback (self);
  return FALSE;
}
