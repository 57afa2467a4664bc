/* test-workbook.c: the workbook store: default data, round trips, rules
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cb-workbook.h"

typedef struct
{
  char *dir;
  char *path;
  CbWorkbook *workbook;
} Fixture;

/* The tests run once on an in-memory and once on an on-disk workbook. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean on_disk = GPOINTER_TO_INT (data);

  if (on_disk)
    {
      fixture->dir = g_dir_make_tmp ("casebench-XXXXXX", &error);
      g_assert_no_error (error);
      fixture->path = g_build_filename (fixture->dir, "test.casebench", NULL);
      fixture->workbook = cb_workbook_create (fixture->path, CB_WORKBOOK_CONTENT_DEFAULT, &error);
    }
  else
    fixture->workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (CB_IS_WORKBOOK (fixture->workbook));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workbook);
  if (fixture->path != NULL)
    {
      g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

      g_unlink (fixture->path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (fixture->dir);
    }
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Closes and opens the workbook again when it is on disk, so that what
 * follows reads what was stored, not what was kept in memory. */
static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (fixture->path == NULL)
    return;

  g_assert_finalize_object (fixture->workbook);
  fixture->workbook = cb_workbook_open (fixture->path, &error);
  g_assert_no_error (error);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static void
test_default_dataset (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const indicator_codes[] = {
    "institutions", "platform", "participants",
    "linkage", "services", "methods",
    "resources", "results", "responsibilities", "public-spirit",
  };
  static const char * const dimension_of[] = {
    "co-construction", "co-construction", "co-construction",
    "co-governance", "co-governance", "co-governance",
    "co-enjoyment", "co-enjoyment", "co-enjoyment", "co-enjoyment",
  };
  static const char * const case_codes[] = {
    "nanjing-qinhuai", "shanghai-jingan", "baotou-qingshan", "changchun",
    "chengdu-qingyang", "karamay", "national-baseline",
  };
  CbWorkbook *wb = fixture->workbook;
  GListModel *scores = cb_workbook_get_scores (wb);
  g_autofree char *note_en = NULL;
  g_autofree char *note_zh = NULL;
  guint n_references = 0;

  reopen (fixture);
  wb = fixture->workbook;
  scores = cb_workbook_get_scores (wb);

  g_assert_cmpuint (n_items (cb_workbook_get_dimensions (wb)), ==, 3);
  g_assert_cmpuint (n_items (cb_workbook_get_indicators (wb)), ==, 10);
  g_assert_cmpuint (n_items (cb_workbook_get_cases (wb)), ==, 7);
  g_assert_cmpuint (n_items (scores), ==, 70);
  g_assert_cmpuint (n_items (cb_workbook_get_weight_sets (wb)), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (indicator_codes); i++)
    {
      g_autoptr(CbIndicator) indicator = g_list_model_get_item (cb_workbook_get_indicators (wb), i);
      CbDimension *dimension = cb_workbook_lookup_dimension (wb, cb_indicator_get_dimension_id (indicator));

      g_assert_cmpstr (cb_indicator_get_code (indicator), ==, indicator_codes[i]);
      g_assert_cmpstr (cb_dimension_get_code (dimension), ==, dimension_of[i]);
      g_assert_cmpfloat (cb_indicator_get_scale_min (indicator), ==, 0.0);
      g_assert_cmpfloat (cb_indicator_get_scale_max (indicator), ==, 5.0);
      g_assert_cmpfloat (cb_indicator_get_target (indicator), ==, 4.0);
      g_assert_cmpint (cb_indicator_get_direction (indicator), ==, 1);
      g_assert_cmpstr (cb_text_get_en (cb_indicator_get_name (indicator)), !=, "");
      g_assert_cmpstr (cb_text_get_zh (cb_indicator_get_name (indicator)), !=, "");
      g_assert_cmpstr (cb_text_get_en (cb_indicator_get_description (indicator)), !=, "");
      g_assert_true (cb_indicator_is_sealed (indicator));
    }

  for (guint i = 0; i < G_N_ELEMENTS (case_codes); i++)
    {
      g_autoptr(CbCase) c = g_list_model_get_item (cb_workbook_get_cases (wb), i);

      g_assert_cmpstr (cb_case_get_code (c), ==, case_codes[i]);
      g_assert_cmpstr (cb_text_get_zh (cb_case_get_name (c)), !=, "");
      g_assert_cmpstr (cb_text_get_en (cb_case_get_summary (c)), !=, "");
      g_assert_cmpstr (cb_text_get_zh (cb_case_get_summary (c)), !=, "");
      g_assert_cmpstr (cb_text_get_zh (cb_case_get_data_note (c)), !=, "");
      if (cb_case_get_is_reference (c))
        {
          g_assert_nonnull (strstr (cb_text_get_en (cb_case_get_data_note (c)), "reference"));
          n_references++;
        }
      else
        {
          g_assert_nonnull (strstr (cb_text_get_en (cb_case_get_data_note (c)), "illustrative"));
          g_assert_nonnull (strstr (cb_case_get_sources (c), "http"));
        }
    }
  g_assert_cmpuint (n_references, ==, 1);
  g_assert_true (cb_case_get_is_reference (cb_workbook_find_case (wb, "national-baseline")));

  /* Facts the case file marks as sourced, and blanks where it found none. */
  g_assert_cmpint (cb_case_get_pilot_batch (cb_workbook_find_case (wb, "nanjing-qinhuai")), ==, 1);
  g_assert_cmpint (cb_case_get_pilot_year (cb_workbook_find_case (wb, "nanjing-qinhuai")), ==, 0);
  g_assert_cmpint (cb_case_get_pilot_batch (cb_workbook_find_case (wb, "baotou-qingshan")), ==, 2);
  g_assert_cmpint (cb_case_get_pilot_year (cb_workbook_find_case (wb, "baotou-qingshan")), ==, 2014);
  g_assert_cmpint (cb_case_get_pilot_batch (cb_workbook_find_case (wb, "karamay")), ==, 3);
  g_assert_cmpint (cb_case_get_pilot_year (cb_workbook_find_case (wb, "karamay")), ==, 2015);
  g_assert_cmpint (cb_case_get_pilot_batch (cb_workbook_find_case (wb, "shanghai-jingan")), ==, 0);
  g_assert_cmpint (cb_case_get_pilot_batch (cb_workbook_find_case (wb, "chengdu-qingyang")), ==, 0);

  for (guint i = 0; i < n_items (scores); i++)
    {
      g_autoptr(CbScore) score = g_list_model_get_item (scores, i);
      CbIndicator *indicator = cb_workbook_lookup_indicator (wb, cb_score_get_indicator_id (score));

      g_assert_nonnull (indicator);
      g_assert_nonnull (cb_workbook_lookup_case (wb, cb_score_get_case_id (score)));
      g_assert_true (cb_score_get_has_value (score));
      g_assert_cmpfloat (cb_score_get_value (score), >=, 0.0);
      g_assert_cmpfloat (cb_score_get_value (score), <=, 5.0);
      g_assert_cmpstr (cb_text_get_en (cb_score_get_evidence (score)), !=, "");
      g_assert_cmpstr (cb_text_get_zh (cb_score_get_evidence (score)), !=, "");
      g_assert_cmpstr (cb_score_get_source (score), !=, "");
    }

  g_assert_cmpstr (cb_weight_set_get_code (cb_workbook_get_default_weight_set (wb)), ==, "equal");
  g_assert_nonnull (cb_workbook_find_weight_set (wb, "co-enjoyment-first"));

  note_en = cb_workbook_dup_meta (wb, "dataset_note_en");
  note_zh = cb_workbook_dup_meta (wb, "dataset_note_zh");
  g_assert_nonnull (strstr (note_en, "illustrative coding"));
  g_assert_nonnull (strstr (note_zh, "示例性"));
  g_assert_cmpstr (cb_workbook_dup_meta (wb, "app_version"), ==, PACKAGE_VERSION);
}

static void
test_empty_framework (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_FRAMEWORK, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (n_items (cb_workbook_get_cases (wb)), ==, 0);
  g_assert_cmpuint (n_items (cb_workbook_get_scores (wb)), ==, 0);
  g_assert_cmpuint (n_items (cb_workbook_get_indicators (wb)), ==, 10);
  g_assert_cmpuint (n_items (cb_workbook_get_weight_sets (wb)), ==, 2);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

static void
test_case_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbCase) c = cb_case_new ();
  g_autoptr(CbText) name = cb_text_new ("Hangzhou Shangcheng", "杭州上城");
  g_autoptr(CbText) summary = cb_text_new ("A test case.", "测试案例。");
  g_autoptr(CbCase) changed = NULL;
  g_autoptr(GString) log = g_string_new ("");
  CbCase *stored;
  gint64 id;

  cb_case_set_code (c, "hangzhou-shangcheng");
  cb_case_set_name (c, name);
  cb_case_set_summary (c, summary);
  cb_case_set_pilot_batch (c, 4);
  cb_case_set_pilot_year (c, 2019);
  cb_case_set_colour (c, "#0072B2");
  cb_case_set_sources (c, "https://example.org/a\nhttps://example.org/b");
  cb_case_set_position (c, 3);

  g_signal_connect (cb_workbook_get_cases (fixture->workbook), "items-changed",
                    G_CALLBACK (items_changed_cb), log);
  id = cb_workbook_add_case (fixture->workbook, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* Sorted by position, then id: after the case at position 3. */
  g_assert_cmpstr (log->str, ==, "4-0+1;");
  g_signal_handlers_disconnect_by_data (cb_workbook_get_cases (fixture->workbook), log);

  reopen (fixture);
  stored = cb_workbook_find_case (fixture->workbook, "hangzhou-shangcheng");
  g_assert_nonnull (stored);
  g_assert_true (cb_case_is_sealed (stored));
  g_assert_cmpint (cb_case_get_id (stored), ==, id);
  g_assert_true (cb_text_equal (cb_case_get_name (stored), name));
  g_assert_true (cb_text_equal (cb_case_get_summary (stored), summary));
  g_assert_cmpint (cb_case_get_pilot_batch (stored), ==, 4);
  g_assert_cmpint (cb_case_get_pilot_year (stored), ==, 2019);
  g_assert_cmpstr (cb_case_get_colour (stored), ==, "#0072B2");
  g_assert_cmpstr (cb_case_get_sources (stored), ==, "https://example.org/a\nhttps://example.org/b");
  g_assert_false (cb_case_get_is_reference (stored));
  g_assert_true (cb_workbook_lookup_case (fixture->workbook, id) == stored);

  /* An update in place is one changed row. */
  changed = cb_case_copy (stored);
  g_assert_false (cb_case_is_sealed (changed));
  cb_case_set_colour (changed, NULL);
  cb_case_set_pilot_year (changed, 0);
  g_string_truncate (log, 0);
  g_signal_connect (cb_workbook_get_cases (fixture->workbook), "items-changed",
                    G_CALLBACK (items_changed_cb), log);
  g_assert_true (cb_workbook_update_case (fixture->workbook, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "4-1+1;");
  g_signal_handlers_disconnect_by_data (cb_workbook_get_cases (fixture->workbook), log);

  reopen (fixture);
  stored = cb_workbook_find_case (fixture->workbook, "hangzhou-shangcheng");
  g_assert_null (cb_case_get_colour (stored));
  g_assert_cmpint (cb_case_get_pilot_year (stored), ==, 0);

  /* Deleting a case deletes its scores. */
  stored = cb_workbook_find_case (fixture->workbook, "karamay");
  g_assert_true (cb_workbook_delete_case (fixture->workbook, cb_case_get_id (stored), &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_null (cb_workbook_find_case (fixture->workbook, "karamay"));
  g_assert_cmpuint (n_items (cb_workbook_get_cases (fixture->workbook)), ==, 7);
  g_assert_cmpuint (n_items (cb_workbook_get_scores (fixture->workbook)), ==, 60);
}

static void
test_score_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *wb = fixture->workbook;
  gint64 case_id = cb_case_get_id (cb_workbook_find_case (wb, "changchun"));
  gint64 indicator_id = cb_indicator_get_id (cb_workbook_find_indicator (wb, "platform"));
  g_autoptr(CbScore) score = cb_score_copy (cb_workbook_get_score (wb, case_id, indicator_id));
  g_autoptr(CbText) evidence = cb_text_new ("Own coding.", "自行编码。");
  CbScore *stored;

  cb_score_set_value (score, 2.5);
  cb_score_set_evidence (score, evidence);
  cb_score_set_source (score, "Field notes, 2026");
  cb_score_set_confidence (score, CB_CONFIDENCE_HIGH);
  g_assert_true (cb_workbook_set_score (wb, score, &error));
  g_assert_no_error (error);

  reopen (fixture);
  wb = fixture->workbook;
  stored = cb_workbook_get_score (wb, case_id, indicator_id);
  g_assert_true (cb_score_get_has_value (stored));
  g_assert_cmpfloat (cb_score_get_value (stored), ==, 2.5);
  g_assert_true (cb_text_equal (cb_score_get_evidence (stored), evidence));
  g_assert_cmpstr (cb_score_get_source (stored), ==, "Field notes, 2026");
  g_assert_cmpint (cb_score_get_confidence (stored), ==, CB_CONFIDENCE_HIGH);

  /* A missing value keeps its evidence. */
  g_clear_object (&score);
  score = cb_score_copy (stored);
  cb_score_set_has_value (score, FALSE);
  g_assert_true (cb_workbook_set_score (wb, score, &error));
  reopen (fixture);
  wb = fixture->workbook;
  stored = cb_workbook_get_score (wb, case_id, indicator_id);
  g_assert_false (cb_score_get_has_value (stored));
  g_assert_true (cb_text_equal (cb_score_get_evidence (stored), evidence));

  g_assert_true (cb_workbook_delete_score (wb, case_id, indicator_id, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_null (cb_workbook_get_score (fixture->workbook, case_id, indicator_id));
  g_assert_cmpuint (n_items (cb_workbook_get_scores (fixture->workbook)), ==, 69);

  g_assert_false (cb_workbook_delete_score (fixture->workbook, case_id, indicator_id, &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_NOT_FOUND);
}

static void
test_framework_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbDimension) dimension = cb_dimension_new ();
  g_autoptr(CbIndicator) indicator = cb_indicator_new ();
  g_autoptr(CbText) dname = cb_text_new ("Co-learning", "共学");
  g_autoptr(CbText) iname = cb_text_new ("Residents' schools", "居民学校");
  g_autoptr(CbIndicator) changed = NULL;
  CbIndicator *stored;
  gint64 dimension_id, indicator_id;

  cb_dimension_set_code (dimension, "co-learning");
  cb_dimension_set_name (dimension, dname);
  cb_dimension_set_position (dimension, 10);
  dimension_id = cb_workbook_add_dimension (fixture->workbook, dimension, &error);
  g_assert_no_error (error);

  cb_indicator_set_dimension_id (indicator, dimension_id);
  cb_indicator_set_code (indicator, "schools");
  cb_indicator_set_name (indicator, iname);
  cb_indicator_set_scale_min (indicator, 1);
  cb_indicator_set_scale_max (indicator, 7);
  cb_indicator_set_target (indicator, 6);
  cb_indicator_set_direction (indicator, -1);
  indicator_id = cb_workbook_add_indicator (fixture->workbook, indicator, &error);
  g_assert_no_error (error);

  reopen (fixture);
  g_assert_cmpuint (n_items (cb_workbook_get_dimensions (fixture->workbook)), ==, 4);
  g_assert_cmpuint (n_items (cb_workbook_get_indicators (fixture->workbook)), ==, 11);
  stored = cb_workbook_find_indicator (fixture->workbook, "schools");
  g_assert_cmpint (cb_indicator_get_id (stored), ==, indicator_id);
  g_assert_cmpint (cb_indicator_get_dimension_id (stored), ==, dimension_id);
  g_assert_cmpfloat (cb_indicator_get_scale_min (stored), ==, 1);
  g_assert_cmpfloat (cb_indicator_get_scale_max (stored), ==, 7);
  g_assert_cmpfloat (cb_indicator_get_target (stored), ==, 6);
  g_assert_cmpint (cb_indicator_get_direction (stored), ==, -1);
  {
    g_autoptr(CbIndicator) last = g_list_model_get_item (cb_workbook_get_indicators (fixture->workbook), 10);

    g_assert_true (last == stored);
  }

  g_assert_true (cb_workbook_set_target (fixture->workbook, indicator_id, 5, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_cmpfloat (cb_indicator_get_target (cb_workbook_find_indicator (fixture->workbook, "schools")), ==, 5);

  changed = cb_indicator_copy (cb_workbook_find_indicator (fixture->workbook, "schools"));
  g_autoptr(CbText) renamed = cb_text_new ("Residents' colleges", "居民学院");
  cb_indicator_set_name (changed, renamed);
  g_assert_true (cb_workbook_update_indicator (fixture->workbook, changed, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_true (cb_text_equal (cb_indicator_get_name (cb_workbook_find_indicator (fixture->workbook, "schools")),
                                renamed));

  /* Deleting a dimension takes its indicators along. */
  g_assert_true (cb_workbook_delete_dimension (fixture->workbook, dimension_id, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_null (cb_workbook_find_dimension (fixture->workbook, "co-learning"));
  g_assert_null (cb_workbook_find_indicator (fixture->workbook, "schools"));
  g_assert_cmpuint (n_items (cb_workbook_get_indicators (fixture->workbook)), ==, 10);

  /* Deleting an indicator takes its scores and weights along. */
  stored = cb_workbook_find_indicator (fixture->workbook, "methods");
  indicator_id = cb_indicator_get_id (stored);
  g_assert_true (cb_workbook_delete_indicator (fixture->workbook, indicator_id, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_cmpuint (n_items (cb_workbook_get_scores (fixture->workbook)), ==, 63);
  g_assert_false (cb_weight_set_get_indicator_weight (cb_workbook_find_weight_set (fixture->workbook, "equal"),
                                                      indicator_id, NULL));
}

static void
test_weight_set_round_trip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CbWorkbook *wb = fixture->workbook;
  g_autoptr(CbWeightSet) set = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "equal"));
  g_autoptr(CbText) name = cb_text_new ("My AHP weights", "我的层次分析权重");
  gint64 construction = cb_dimension_get_id (cb_workbook_find_dimension (wb, "co-construction"));
  gint64 governance = cb_dimension_get_id (cb_workbook_find_dimension (wb, "co-governance"));
  gint64 platform = cb_indicator_get_id (cb_workbook_find_indicator (wb, "platform"));
  gint64 institutions = cb_indicator_get_id (cb_workbook_find_indicator (wb, "institutions"));
  g_autoptr(CbJudgement) j1 = cb_judgement_new (CB_JUDGEMENT_DIMENSIONS, "", governance, construction, 3);
  g_autoptr(CbJudgement) j2 = cb_judgement_new (CB_JUDGEMENT_INDICATORS, "rater 2", platform, institutions, 1.0 / 5);
  CbWeightSet *stored;
  GPtrArray *judgements;
  double weight = -1;
  gint64 id;

  cb_weight_set_set_code (set, "my-ahp");
  cb_weight_set_set_name (set, name);
  cb_weight_set_set_position (set, 5);
  cb_weight_set_set_dimension_weight (set, construction, 0.5);
  cb_weight_set_set_indicator_weight (set, platform, 2.25);
  cb_weight_set_set_judgement (set, j1);
  cb_weight_set_set_judgement (set, j2);
  id = cb_workbook_add_weight_set (wb, set, &error);
  g_assert_no_error (error);

  reopen (fixture);
  wb = fixture->workbook;
  stored = cb_workbook_find_weight_set (wb, "my-ahp");
  g_assert_cmpint (cb_weight_set_get_id (stored), ==, id);
  g_assert_true (cb_text_equal (cb_weight_set_get_name (stored), name));
  g_assert_true (cb_weight_set_get_dimension_weight (stored, construction, &weight));
  g_assert_cmpfloat (weight, ==, 0.5);
  g_assert_true (cb_weight_set_get_indicator_weight (stored, platform, &weight));
  g_assert_cmpfloat (weight, ==, 2.25);
  g_assert_true (cb_weight_set_get_indicator_weight (stored, institutions, &weight));
  g_assert_cmpfloat (weight, ==, 1.0);

  /* Judgements come back in canonical order: lower id first. */
  judgements = cb_weight_set_get_judgements (stored);
  g_assert_cmpuint (judgements->len, ==, 2);
  for (guint i = 0; i < judgements->len; i++)
    {
      CbJudgement *j = g_ptr_array_index (judgements, i);

      if (cb_judgement_get_kind (j) == CB_JUDGEMENT_DIMENSIONS)
        {
          g_assert_cmpint (cb_judgement_get_a_id (j), ==, construction);
          g_assert_cmpfloat_with_epsilon (cb_judgement_get_value (j), 1.0 / 3, 1e-12);
          g_assert_cmpstr (cb_judgement_get_rater (j), ==, "");
        }
      else
        {
          g_assert_cmpint (cb_judgement_get_a_id (j), ==, institutions);
          g_assert_cmpfloat_with_epsilon (cb_judgement_get_value (j), 5.0, 1e-12);
          g_assert_cmpstr (cb_judgement_get_rater (j), ==, "rater 2");
        }
    }

  /* Renaming the default keeps it the default. */
  g_clear_object (&set);
  set = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "equal"));
  cb_weight_set_set_code (set, "equal-weights");
  g_assert_true (cb_workbook_update_weight_set (wb, set, &error));
  g_assert_no_error (error);
  reopen (fixture);
  wb = fixture->workbook;
  g_assert_cmpstr (cb_weight_set_get_code (cb_workbook_get_default_weight_set (wb)), ==, "equal-weights");

  g_assert_true (cb_workbook_delete_weight_set (wb, id, &error));
  g_assert_no_error (error);
  g_assert_true (cb_workbook_delete_weight_set (wb, cb_weight_set_get_id (cb_workbook_find_weight_set (wb, "co-enjoyment-first")), &error));
  g_assert_no_error (error);
  /* Not the last one. */
  g_assert_false (cb_workbook_delete_weight_set (wb, cb_weight_set_get_id (cb_workbook_find_weight_set (wb, "equal-weights")), &error));
  g_assert_error (error, CB_WORKBOOK_ERROR, CB_WORKBOOK_ERROR_INVALID);
  reopen (fixture);
  g_assert_cmpuint (n_items (cb_workbook_get_weight_sets (fixture->workbook)), ==, 1);
}

static void
test_meta_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *gone = NULL;

  g_assert_true (cb_workbook_set_meta (fixture->workbook, "author", "学生 Student", &error));
  g_assert_no_error (error);
  reopen (fixture);
  value = cb_workbook_dup_meta (fixture->workbook, "author");
  g_assert_cmpstr (value, ==, "学生 Student");
  g_assert_true (cb_workbook_set_meta (fixture->workbook, "author", NULL, &error));
  gone = cb_workbook_dup_meta (fixture->workbook, "author");
  g_assert_null (gone);
}

/* A fingerprint of the whole store, to show that a refused change changed
 * nothing. */
static char *
fingerprint (CbWorkbook *wb)
{
  GString *text = g_string_new ("");
  GListModel *models[] = {
    cb_workbook_get_dimensions (wb), cb_workbook_get_indicators (wb), cb_workbook_get_cases (wb),
    cb_workbook_get_scores (wb), cb_workbook_get_weight_sets (wb),
  };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      g_string_append_printf (text, "[%u]", n_items (models[m]));
      for (guint i = 0; i < n_items (models[m]); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (models[m], i);

          if (CB_IS_SCORE (item))
            g_string_append_printf (text, "%g/%s;", cb_score_get_value (CB_SCORE (item)),
                                    cb_text_get_en (cb_score_get_evidence (CB_SCORE (item))));
          else if (CB_IS_INDICATOR (item))
            g_string_append_printf (text, "%s:%g-%g;", cb_indicator_get_code (CB_INDICATOR (item)),
                                    cb_indicator_get_scale_min (CB_INDICATOR (item)),
                                    cb_indicator_get_scale_max (CB_INDICATOR (item)));
          else
            {
              g_autofree char *code = NULL;

              g_object_get (item, "code", &code, NULL);
              g_string_append_printf (text, "%s;", code);
            }
        }
    }
  return g_string_free (text, FALSE);
}

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  CbWorkbook *wb = fixture->workbook;
  g_autofree char *before = fingerprint (wb);
  gint64 karamay = cb_case_get_id (cb_workbook_find_case (wb, "karamay"));
  gint64 platform = cb_indicator_get_id (cb_workbook_find_indicator (wb, "platform"));
  const struct {
    const char *what;
    int code;
  } expected[] = {
    { "score above the scale", CB_WORKBOOK_ERROR_INVALID },
    { "score below the scale", CB_WORKBOOK_ERROR_INVALID },
    { "unknown indicator", CB_WORKBOOK_ERROR_INVALID },
    { "duplicate case code", CB_WORKBOOK_ERROR_DUPLICATE },
    { "bad case code", CB_WORKBOOK_ERROR_INVALID },
    { "case without Chinese name", CB_WORKBOOK_ERROR_INVALID },
    { "bad colour", CB_WORKBOOK_ERROR_INVALID },
    { "scale narrowed under scores", CB_WORKBOOK_ERROR_INVALID },
    { "target outside scale", CB_WORKBOOK_ERROR_INVALID },
    { "judgement off Saaty's scale", CB_WORKBOOK_ERROR_INVALID },
    { "judgement across dimensions", CB_WORKBOOK_ERROR_INVALID },
    { "duplicate weight set code", CB_WORKBOOK_ERROR_DUPLICATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      gboolean ok = TRUE;

      g_test_message ("%s", expected[i].what);
      switch (i)
        {
        case 0:
        case 1:
        case 2:
          {
            g_autoptr(CbScore) score = cb_score_copy (cb_workbook_get_score (wb, karamay, platform));

            cb_score_set_value (score, i == 0 ? 5.5 : -0.5);
            if (i == 2)
              {
                cb_score_set_value (score, 3);
                cb_score_set_indicator_id (score, 999999);
              }
            ok = cb_workbook_set_score (wb, score, &error);
          }
          break;

        case 3:
        case 4:
        case 5:
        case 6:
          {
            g_autoptr(CbCase) c = cb_case_copy (cb_workbook_find_case (wb, "karamay"));
            g_autoptr(CbText) half = cb_text_new ("Only English", "");

            if (i == 4)
              cb_case_set_code (c, "Bad Code");
            if (i == 5)
              {
                cb_case_set_code (c, "half-named");
                cb_case_set_name (c, half);
              }
            if (i == 6)
              {
                cb_case_set_code (c, "bad-colour");
                cb_case_set_colour (c, "orange");
              }
            ok = cb_workbook_add_case (wb, c, &error) != 0;
          }
          break;

        case 7:
        case 8:
          {
            g_autoptr(CbIndicator) indicator = cb_indicator_copy (cb_workbook_find_indicator (wb, "platform"));

            if (i == 7)
              {
                cb_indicator_set_target (indicator, 2);
                cb_indicator_set_scale_max (indicator, 3);
              }
            else
              cb_indicator_set_target (indicator, 6);
            ok = cb_workbook_update_indicator (wb, indicator, &error);
          }
          break;

        case 9:
        case 10:
          {
            g_autoptr(CbWeightSet) set = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "equal"));
            g_autoptr(CbJudgement) judgement = NULL;

            if (i == 9)
              judgement = cb_judgement_new (CB_JUDGEMENT_INDICATORS, "", platform,
                                            cb_indicator_get_id (cb_workbook_find_indicator (wb, "institutions")), 12);
            else
              judgement = cb_judgement_new (CB_JUDGEMENT_INDICATORS, "", platform,
                                            cb_indicator_get_id (cb_workbook_find_indicator (wb, "results")), 3);
            cb_weight_set_set_judgement (set, judgement);
            ok = cb_workbook_update_weight_set (wb, set, &error);
          }
          break;

        case 11:
          {
            g_autoptr(CbWeightSet) set = cb_weight_set_copy (cb_workbook_find_weight_set (wb, "equal"));

            ok = cb_workbook_add_weight_set (wb, set, &error) != 0;
          }
          break;

        default:
          g_assert_not_reached ();
        }

      g_assert_false (ok);
      g_assert_error (error, CB_WORKBOOK_ERROR, expected[i].code);
      g_test_message ("message: %s", error->message);
      g_assert_cmpstr (error->message, !=, "");
      after = fingerprint (wb);
      g_assert_cmpstr (after, ==, before);
    }

  reopen (fixture);
  {
    g_autofree char *stored = fingerprint (fixture->workbook);

    g_assert_cmpstr (stored, ==, before);
  }
}

/* A negative weight cannot even be set on a record. */
static void
test_negative_weight (void)
{
  g_autoptr(CbWeightSet) set = cb_weight_set_new ();

  g_test_expect_message ("cb-weight-set", G_LOG_LEVEL_CRITICAL, "*weight >= 0.0*");
  cb_weight_set_set_indicator_weight (set, 1, -0.5);
  g_test_assert_expected_messages ();
  g_assert_false (cb_weight_set_get_indicator_weight (set, 1, NULL));
}

/* Sealed records refuse changes. */
static void
test_sealed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CbWorkbook) wb = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
  CbCase *stored = cb_workbook_find_case (wb, "karamay");

  g_test_expect_message ("cb-case", G_LOG_LEVEL_CRITICAL, "*!self->sealed*");
  cb_case_set_code (stored, "changed");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (cb_case_get_code (stored), ==, "karamay");
}

static void
add_fixture_test (const char *path,
                  void (*func) (Fixture *, gconstpointer))
{
  g_autofree char *memory = g_strconcat ("/workbook/memory/", path, NULL);
  g_autofree char *disk = g_strconcat ("/workbook/disk/", path, NULL);

  g_test_add (memory, Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, func, fixture_tear_down);
  g_test_add (disk, Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_fixture_test ("default-dataset", test_default_dataset);
  add_fixture_test ("case-round-trip", test_case_round_trip);
  add_fixture_test ("score-round-trip", test_score_round_trip);
  add_fixture_test ("framework-round-trip", test_framework_round_trip);
  add_fixture_test ("weight-set-round-trip", test_weight_set_round_trip);
  add_fixture_test ("meta-round-trip", test_meta_round_trip);
  add_fixture_test ("constraints", test_constraints);
  g_test_add_func ("/workbook/empty-framework", test_empty_framework);
  g_test_add_func ("/workbook/negative-weight", test_negative_weight);
  g_test_add_func ("/workbook/sealed", test_sealed);

  return g_test_run ();
}
