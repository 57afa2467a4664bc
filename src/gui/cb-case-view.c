/* cb-case-view.c: one case, its profile and its scores
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case chosen in the sidebar: names, place, model, pilot zone,
 * summary, sources and where its data comes from; then its scores, one
 * row per indicator grouped by dimension, each editable, with its gap to
 * the target. The rows are built when the case changes and updated in
 * place otherwise, so that an edit keeps the focus where it is.
 */

#define G_LOG_DOMAIN "cb-case-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "cb-case-view.h"

struct _CbCaseView
{
  GtkWidget parent_instance;

  CbSession *session;
  CbUndoStack *undo_stack;
  gulong changed_handler;
  gint64 shown_case;
  GHashTable *rows;   /* indicator id → CbScoreRow */

  GtkBox *content;
};

G_DEFINE_FINAL_TYPE (CbCaseView, cb_case_view, GTK_TYPE_WIDGET)

CbScoreRow *
cb_case_view_find_row (CbCaseView *self,
                       gint64      indicator_id)
{
  g_return_val_if_fail (CB_IS_CASE_VIEW (self), NULL);

  return g_hash_table_lookup (self->rows, &indicator_id);
}

static void
add_fact (AdwPreferencesGroup *group,
          const char          *title,
          const char          *value)
{
  GtkWidget *row;

  if (value == NULL || value[0] == '\0')
    return;
  row = adw_action_row_new ();
  /* Data, not markup: names and notes may hold "&" or "<". */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

static char *
both (CbText *text)
{
  CbLanguage language = cb_language_from_locale ();
  const char *first = cb_text_get (text, language);
  const char *second = cb_text_get (text, language == CB_LANGUAGE_ZH ? CB_LANGUAGE_EN : CB_LANGUAGE_ZH);

  if (g_str_equal (first, second) || second[0] == '\0')
    return g_strdup (first);
  return g_strdup_printf ("%s · %s", first, second);
}

static GtkWidget *
profile_group (CbCase *c)
{
  CbLanguage language = cb_language_from_locale ();
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *name = both (cb_case_get_name (c));
  g_autofree char *place = NULL;
  g_autofree char *model = both (cb_case_get_model (c));
  g_autofree char *pilot = NULL;
  g_auto(GStrv) sources = g_strsplit (cb_case_get_sources (c), "\n", -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         cb_text_get (cb_case_get_summary (c), language));

  {
    const char *parts[] = {
      cb_text_get (cb_case_get_district (c), language),
      cb_text_get (cb_case_get_city (c), language),
      cb_text_get (cb_case_get_province (c), language),
    };
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) present = NULL;

    for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
      if (parts[k][0] != '\0')
        g_strv_builder_add (builder, parts[k]);
    present = g_strv_builder_end (builder);
    place = g_strjoinv (", ", present);
  }
  add_fact (ADW_PREFERENCES_GROUP (group), _("Place"), place);
  add_fact (ADW_PREFERENCES_GROUP (group), _("Model"), model);
  if (cb_case_get_pilot_batch (c) > 0 && cb_case_get_pilot_year (c) > 0)
    pilot = g_strdup_printf (_("Batch %d, designated %d"), cb_case_get_pilot_batch (c), cb_case_get_pilot_year (c));
  else if (cb_case_get_pilot_batch (c) > 0)
    pilot = g_strdup_printf (_("Batch %d (year not known)"), cb_case_get_pilot_batch (c));
  else if (!cb_case_get_is_reference (c))
    pilot = g_strdup (_("Not known"));
  add_fact (ADW_PREFERENCES_GROUP (group), _("National pilot zone"), pilot);
  add_fact (ADW_PREFERENCES_GROUP (group), _("About the data"), cb_text_get (cb_case_get_data_note (c), language));

  for (guint k = 0; sources[k] != NULL; k++)
    {
      const char *source = g_strstrip (sources[k]);
      GtkWidget *row, *link;

      if (source[0] == '\0')
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Source"));
      if (g_str_has_prefix (source, "http://") || g_str_has_prefix (source, "https://"))
        {
          link = gtk_link_button_new_with_label (source, source);
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), PANGO_ELLIPSIZE_MIDDLE);
          gtk_widget_set_hexpand (link, TRUE);
          gtk_widget_set_halign (link, GTK_ALIGN_END);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void
update_rows (CbCaseView *self)
{
  CbResult *result = cb_session_get_result (self->session, NULL);
  CbDataset *dataset = result != NULL ? cb_result_get_dataset (result) : NULL;
  int c = -1;
  GHashTableIter iter;
  gpointer row;

  if (dataset != NULL)
    for (guint k = 0; k < cb_dataset_get_n_cases (dataset); k++)
      if (cb_dataset_get_case_id (dataset, k) == self->shown_case)
        c = (int) k;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      gint64 id = cb_score_row_get_indicator (row);
      double gap = NAN;

      if (c >= 0)
        for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
          if (cb_dataset_get_indicator_id (dataset, i) == id)
            gap = cb_result_get_gap (result, c, i);
      cb_score_row_update (row, gap);
    }
}

static void
rebuild (CbCaseView *self)
{
  CbWorkbook *workbook;
  GListModel *dimensions;
  CbCase *c;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL;)
    gtk_box_remove (self->content, child);
  g_hash_table_remove_all (self->rows);
  self->shown_case = 0;
  if (self->session == NULL)
    return;

  workbook = cb_session_get_workbook (self->session);
  self->shown_case = cb_session_get_current_case (self->session);
  c = cb_workbook_lookup_case (workbook, self->shown_case);
  if (c == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Cases"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page), _("The workbook holds no cases yet."));
      gtk_box_append (self->content, page);
      return;
    }

  gtk_box_append (self->content, profile_group (c));

  dimensions = cb_workbook_get_dimensions (workbook);
  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(CbDimension) dimension = g_list_model_get_item (dimensions, d);
      g_autoptr(GPtrArray) indicators = cb_workbook_list_indicators_of (workbook, cb_dimension_get_id (dimension));
      g_autofree char *title = both (cb_dimension_get_name (dimension));
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      for (guint i = 0; i < indicators->len; i++)
        {
          gint64 id = cb_indicator_get_id (g_ptr_array_index (indicators, i));
          GtkWidget *row = cb_score_row_new (workbook, self->undo_stack, self->shown_case, id);

          g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->content, group);
    }
  update_rows (self);
}

static void
session_changed_cb (CbSession  *session,
                    CbCaseView *self)
{
  CbWorkbook *workbook = cb_session_get_workbook (session);

  /* Another case, or the case's own record changed: build anew. */
  if (cb_session_get_current_case (session) != self->shown_case ||
      g_hash_table_size (self->rows) != g_list_model_get_n_items (cb_workbook_get_indicators (workbook)))
    rebuild (self);
  else
    update_rows (self);
}

void
cb_case_view_set_session (CbCaseView  *self,
                          CbSession   *session,
                          CbUndoStack *undo_stack)
{
  g_return_if_fail (CB_IS_CASE_VIEW (self));

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_set_object (&self->session, session);
  g_set_object (&self->undo_stack, undo_stack);
  if (session != NULL)
    self->changed_handler = g_signal_connect (session, "changed", G_CALLBACK (session_changed_cb), self);
  rebuild (self);
}

static void
cb_case_view_dispose (GObject *object)
{
  CbCaseView *self = CB_CASE_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->undo_stack);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_CASE_VIEW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cb_case_view_parent_class)->dispose (object);
}

static void
cb_case_view_class_init (CbCaseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_case_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/cb-case-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CbCaseView, content);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "caseview");
}

static void
cb_case_view_init (CbCaseView *self)
{
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}
