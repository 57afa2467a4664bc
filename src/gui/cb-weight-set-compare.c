/* cb-weight-set-compare.c: two weight sets side by side, weights and ranks
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two drop-downs choose weight sets A and B of the session's workbook.
 * A table shows their dimension weights and each indicator's effective
 * weight, with the difference; a slope chart shows the ranks the cases
 * checked in the sidebar get under each, with the session's method. It
 * follows the workbook as it changes.
 */

#define G_LOG_DOMAIN "cb-weight-set-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-weight-set-compare.h"
#include "cb-weight-set-dropdown.h"

struct _CbWeightSetCompare
{
  AdwWindow parent_instance;

  CbSession *session;
  GtkWidget *dropdown[2];
  GtkWidget *table;
  GtkWidget *error_label;
  CbChartView *chart;
  GString *text;            /* the table as plain text */
};

G_DEFINE_FINAL_TYPE (CbWeightSetCompare, cb_weight_set_compare, ADW_TYPE_WINDOW)

static const char *
label_of (CbText *text)
{
  return text != NULL ? cb_text_get (text, cb_language_from_locale ()) : "";
}

static void
add_cell (CbWeightSetCompare *self,
          const char         *text,
          int                 column,
          int                 row,
          gboolean            heading,
          gboolean            number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1 : 0);
  gtk_label_set_wrap (GTK_LABEL (label), !number);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (GTK_GRID (self->table), label, column, row, 1, 1);
  g_string_append_printf (self->text, "%s%s", column > 0 ? "\t" : (row > 0 ? "\n" : ""), text);
}

static void
add_weight_row (CbWeightSetCompare *self,
                int                 row,
                const char         *name,
                double              a,
                double              b,
                gboolean            heading)
{
  g_autofree char *pa = cb_format_number (100 * a, 1, "–");
  g_autofree char *pb = cb_format_number (100 * b, 1, "–");
  g_autofree char *pd = cb_format_number (100 * (b - a), 1, "–");
  g_autofree char *delta = b - a > 0.0005 ? g_strconcat ("+", pd, NULL) : g_strdup (b - a < -0.0005 ? pd : "0.0");

  add_cell (self, name, 0, row, heading, FALSE);
  add_cell (self, pa, 1, row, heading, TRUE);
  add_cell (self, pb, 2, row, heading, TRUE);
  add_cell (self, delta, 3, row, heading, TRUE);
}

/* The table and the chart for the chosen sets; the weights and results
 * made for them are left in @weights and @results for the caller to free. */
static void
fill (CbWeightSetCompare *self,
      CbWeights         **weights,
      CbResult          **results)
{
  CbWeightSet *sets[2] = { NULL, NULL };
  g_autoptr(CbChartData) shown = NULL;
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  CbResult *current;
  CbDataset *dataset;
  int row = 0;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (self->table)) != NULL;)
    gtk_grid_remove (GTK_GRID (self->table), child);
  g_string_truncate (self->text, 0);

  current = self->session != NULL ? cb_session_get_result (self->session, &error) : NULL;
  for (guint k = 0; k < 2 && current != NULL; k++)
    sets[k] = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (self->dropdown[k]));
  if (current == NULL || sets[0] == NULL || sets[1] == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error != NULL ? error->message : "");
      gtk_widget_set_visible (self->error_label, error != NULL);
      cb_chart_view_set_data (self->chart, NULL);
      return;
    }
  dataset = cb_result_get_dataset (current);
  for (guint k = 0; k < 2 && error == NULL; k++)
    {
      weights[k] = cb_weights_new_from_weight_set (dataset, sets[k], &error);
      if (weights[k] != NULL)
        results[k] = cb_analyse (dataset, weights[k], cb_session_get_normalisation (self->session),
                                 cb_session_get_aggregation (self->session), &error);
    }
  gtk_widget_set_visible (self->error_label, error != NULL);
  if (error != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      cb_chart_view_set_data (self->chart, NULL);
      return;
    }

  add_cell (self, _("Weight"), 0, row, TRUE, FALSE);
  add_cell (self, label_of (cb_weight_set_get_name (sets[0])), 1, row, TRUE, TRUE);
  add_cell (self, label_of (cb_weight_set_get_name (sets[1])), 2, row, TRUE, TRUE);
  /* Translators: a column head: B's weight minus A's, in percentage points */
  add_cell (self, _("Difference"), 3, row++, TRUE, TRUE);
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      add_weight_row (self, row++, label_of (cb_dataset_get_dimension_name (dataset, d)),
                      cb_weights_get_dimension (weights[0], d), cb_weights_get_dimension (weights[1], d), TRUE);
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        if (cb_dataset_get_indicator_dimension (dataset, i) == d)
          add_weight_row (self, row++, label_of (cb_dataset_get_indicator_name (dataset, i)),
                          cb_weights_get_effective (weights[0], i), cb_weights_get_effective (weights[1], i),
                          FALSE);
    }

  /* The cases and labels of the compare view, under A and under B. */
  shown = cb_session_dup_chart_data (self->session, NULL);
  data = cb_chart_data_new (results[0]);
  if (shown != NULL)
    {
      g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint k = 0; k < cb_chart_data_get_n_cases (shown); k++)
        {
          guint c = cb_chart_data_get_case (shown, k);

          g_array_append_val (cases, c);
        }
      cb_chart_data_set_cases (data, (const guint *) (gpointer) cases->data, cases->len);
      cb_chart_data_set_labels (data, cb_chart_data_get_labels (shown));
    }
  cb_chart_data_set_weight_set_name (data, label_of (cb_weight_set_get_name (sets[0])));
  cb_chart_data_set_versus (data, results[1], label_of (cb_weight_set_get_name (sets[1])));
  cb_chart_view_set_data (self->chart, data);
}

/* Fills the table and the chart for the chosen sets. */
static void
refresh (CbWeightSetCompare *self)
{
  CbWeights *weights[2] = { NULL, NULL };
  CbResult *results[2] = { NULL, NULL };

  fill (self, weights, results);
  for (guint k = 0; k < 2; k++)
    {
      g_clear_pointer (&weights[k], cb_weights_unref);
      g_clear_pointer (&results[k], cb_result_unref);
    }
}

static void
chosen_cb (GtkDropDown        *dropdown,
           GParamSpec         *pspec,
           CbWeightSetCompare *self)
{
  refresh (self);
}

static void
swap_cb (GtkButton          *button,
         CbWeightSetCompare *self)
{
  guint a = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown[0]));
  guint b = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown[1]));

  g_signal_handlers_block_by_func (self->dropdown[0], chosen_cb, self);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown[0]), b);
  g_signal_handlers_unblock_by_func (self->dropdown[0], chosen_cb, self);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown[1]), a);
}

static void
session_changed_cb (CbSession          *session,
                    CbWeightSetCompare *self)
{
  CbWorkbook *workbook = cb_session_get_workbook (session);

  /* The lists follow the workbook; a deleted set falls back to the first. */
  for (guint k = 0; k < 2; k++)
    if (gtk_drop_down_get_model (GTK_DROP_DOWN (self->dropdown[k])) != cb_workbook_get_weight_sets (workbook))
      cb_weight_set_dropdown_sync (GTK_DROP_DOWN (self->dropdown[k]), workbook, NULL);
  refresh (self);
}

/* Chooses A and B (matched by code) and shows them. */
void
cb_weight_set_compare_set_sets (CbWeightSetCompare *self,
                                CbWeightSet        *a,
                                CbWeightSet        *b)
{
  CbWorkbook *workbook;

  g_return_if_fail (CB_IS_WEIGHT_SET_COMPARE (self));

  workbook = cb_session_get_workbook (self->session);
  g_signal_handlers_block_by_func (self->dropdown[0], chosen_cb, self);
  cb_weight_set_dropdown_sync (GTK_DROP_DOWN (self->dropdown[0]), workbook, a);
  g_signal_handlers_unblock_by_func (self->dropdown[0], chosen_cb, self);
  g_signal_handlers_block_by_func (self->dropdown[1], chosen_cb, self);
  cb_weight_set_dropdown_sync (GTK_DROP_DOWN (self->dropdown[1]), workbook, b);
  g_signal_handlers_unblock_by_func (self->dropdown[1], chosen_cb, self);
  refresh (self);
}

CbChartView *
cb_weight_set_compare_get_chart (CbWeightSetCompare *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET_COMPARE (self), NULL);
  return self->chart;
}

/* The weights table as tab-separated text. */
char *
cb_weight_set_compare_dup_table (CbWeightSetCompare *self)
{
  g_return_val_if_fail (CB_IS_WEIGHT_SET_COMPARE (self), NULL);
  return g_strdup (self->text->str);
}

/**
 * cb_weight_set_compare_new:
 *
 * Compares the session's weight set (A) with the next one in the
 * workbook (B).
 */
GtkWidget *
cb_weight_set_compare_new (CbSession *session)
{
  CbWeightSetCompare *self;
  GListModel *sets;
  CbWeightSet *current;
  g_autoptr(CbWeightSet) other = NULL;
  guint n;

  g_return_val_if_fail (CB_IS_SESSION (session), NULL);

  self = g_object_new (CB_TYPE_WEIGHT_SET_COMPARE, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self, 0);
  sets = cb_workbook_get_weight_sets (cb_session_get_workbook (session));
  current = cb_session_get_weight_set (session);
  n = g_list_model_get_n_items (sets);
  for (guint k = 0; current != NULL && k < n && other == NULL; k++)
    {
      g_autoptr(CbWeightSet) set = g_list_model_get_item (sets, k);

      if (g_str_equal (cb_weight_set_get_code (set), cb_weight_set_get_code (current)))
        other = g_list_model_get_item (sets, (k + 1) % n);
    }
  cb_weight_set_compare_set_sets (self, current, other != NULL ? other : current);
  return GTK_WIDGET (self);
}

static GtkWidget *
chooser (CbWeightSetCompare *self,
         guint               k,
         const char         *mnemonic)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  self->dropdown[k] = gtk_drop_down_new (NULL, NULL);
  cb_weight_set_dropdown_setup (GTK_DROP_DOWN (self->dropdown[k]));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->dropdown[k]);
  g_signal_connect (self->dropdown[k], "notify::selected", G_CALLBACK (chosen_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->dropdown[k]);
  return box;
}

static void
cb_weight_set_compare_dispose (GObject *object)
{
  CbWeightSetCompare *self = CB_WEIGHT_SET_COMPARE (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (cb_weight_set_compare_parent_class)->dispose (object);
}

static void
cb_weight_set_compare_finalize (GObject *object)
{
  CbWeightSetCompare *self = CB_WEIGHT_SET_COMPARE (object);

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (cb_weight_set_compare_parent_class)->finalize (object);
}

static void
cb_weight_set_compare_class_init (CbWeightSetCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_weight_set_compare_dispose;
  object_class->finalize = cb_weight_set_compare_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_weight_set_compare_init (CbWeightSetCompare *self)
{
  GtkWidget *content, *header, *choosers, *swap, *paned, *scrolled, *box;

  self->text = g_string_new (NULL);

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Compare Weight Sets"), NULL));
  swap = gtk_button_new_from_icon_name ("object-flip-horizontal-symbolic");
  gtk_widget_set_tooltip_text (swap, _("Swap A and B"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swap), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Swap A and B"), -1);
  g_signal_connect (swap, "clicked", G_CALLBACK (swap_cb), self);
  choosers = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (choosers, 12);
  gtk_widget_set_margin_start (choosers, 12);
  gtk_widget_set_margin_end (choosers, 12);
  gtk_box_append (GTK_BOX (choosers), chooser (self, 0, _("_A")));
  gtk_box_append (GTK_BOX (choosers), swap);
  gtk_box_append (GTK_BOX (choosers), chooser (self, 1, _("_B")));

  self->error_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);

  self->table = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->table), 18);
  gtk_grid_set_row_spacing (GTK_GRID (self->table), 6);
  gtk_widget_set_margin_top (self->table, 12);
  gtk_widget_set_margin_bottom (self->table, 12);
  gtk_widget_set_margin_start (self->table, 12);
  gtk_widget_set_margin_end (self->table, 12);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->table);
  self->chart = CB_CHART_VIEW (cb_chart_view_new (CB_CHART_SLOPE));
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), 360, 300);
  paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (paned), scrolled);
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (self->chart));
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), choosers);
  gtk_box_append (GTK_BOX (box), self->error_label);
  gtk_box_append (GTK_BOX (box), paned);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), box);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_title (GTK_WINDOW (self), _("Compare Weight Sets"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1120, 640);
}
