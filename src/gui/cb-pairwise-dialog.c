/* cb-pairwise-dialog.c: AHP judgements made pair by pair, with weights and consistency live
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One slider per pair of elements on Saaty's 1–9 scale, read both ways:
 * towards A means "A is k times as important as B", which is the same
 * judgement as "B is 1/k of A". As each slider moves, the weights (the
 * principal eigenvector), λmax, CI and CR are recomputed; above CR 0.10
 * the judgement that disagrees most with the others is named with the
 * value that would make it agree, and one click uses it. "Apply" emits
 * ::apply; the caller reads the judgements and the result and stores them.
 */

#define G_LOG_DOMAIN "cb-pairwise-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-page.h"
#include "cb-pairwise-dialog.h"

/* Slider positions: -8 … 8; left (negative) favours the row element. */
#define STEPS 8

struct _CbPairwiseDialog
{
  AdwWindow parent_instance;

  guint n;
  GStrv names;
  GPtrArray *scales;     /* GtkRange *, one per pair i < j, row by row */
  GPtrArray *verdicts;   /* GtkLabel *, the same */
  GPtrArray *bars;       /* GtkLevelBar *, one per element */
  GPtrArray *percents;   /* GtkLabel *, the same */

  CbAhpResult *result;
  CbAhpRevision revision;
  gboolean has_revision;
  char *summary;

  GtkWidget *apply;
  GtkWidget *consistency;
  GtkWidget *status;
  GtkWidget *revision_box;
  GtkWidget *revision_label;
  GtkWidget *revision_button;
};

enum { APPLY, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CbPairwiseDialog, cb_pairwise_dialog, ADW_TYPE_WINDOW)

static guint
pair_index (CbPairwiseDialog *self,
            guint             row,
            guint             column)
{
  return row * self->n - row * (row + 1) / 2 + (column - row - 1);
}

static double
value_of_position (double position)
{
  int p = (int) lround (position);

  return p <= 0 ? 1.0 - p : 1.0 / (1.0 + p);
}

static double
position_of_value (double value)
{
  value = CLAMP (value, 1.0 / (STEPS + 1), STEPS + 1.0);
  return value >= 1 ? -round (value - 1) : round (1 / value - 1);
}

/* "5 : 1", "1 : 5" or "1 : 1", the row element first. */
static char *
format_ratio (double value)
{
  if (value >= 1)
    return g_strdup_printf ("%.0f : 1", value);
  return g_strdup_printf ("1 : %.0f", 1 / value);
}

/* Saaty's words for an intensity 1–9. */
static const char *
intensity_word (int intensity)
{
  switch (intensity)
    {
    case 2: return _("slightly more important");
    case 3: return _("moderately more important");
    case 4: return _("moderately to strongly more important");
    case 5: return _("strongly more important");
    case 6: return _("strongly to very strongly more important");
    case 7: return _("very strongly more important");
    case 8: return _("very to extremely more important");
    default: return _("extremely more important");
    }
}

/* "Co-construction is strongly more important than Co-governance (5×)" */
static char *
describe_judgement (CbPairwiseDialog *self,
                    guint             row,
                    guint             column,
                    double            value)
{
  const char *a = self->names[value >= 1 ? row : column];
  const char *b = self->names[value >= 1 ? column : row];
  int intensity = (int) lround (value >= 1 ? value : 1 / value);

  if (intensity == 1)
    /* Translators: two elements of the framework judged equal */
    return g_strdup_printf (_("%s and %s are equally important"), a, b);
  /* Translators: e.g. "Co-construction is strongly more important than Co-governance (5×)" */
  return g_strdup_printf (_("%s is %s than %s (%d×)"), a, intensity_word (intensity), b, intensity);
}

static void
show_verdict (CbPairwiseDialog *self,
              guint             row,
              guint             column)
{
  guint k = pair_index (self, row, column);
  double value = cb_pairwise_dialog_get_judgement (self, row, column);
  g_autofree char *ratio = format_ratio (value);
  g_autofree char *text = describe_judgement (self, row, column, value);
  GtkWidget *scale = g_ptr_array_index (self->scales, k);

  gtk_label_set_text (g_ptr_array_index (self->verdicts, k), ratio);
  gtk_widget_set_tooltip_text (scale, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
show_result (CbPairwiseDialog *self)
{
  g_autofree char *numbers = NULL;

  for (guint i = 0; i < self->n; i++)
    {
      double w = self->result != NULL ? cb_ahp_result_get_weight (self->result, i) : 0;
      g_autofree char *percent = g_strdup_printf ("%.1f %%", 100 * w);

      gtk_level_bar_set_value (g_ptr_array_index (self->bars, i), w);
      gtk_label_set_text (g_ptr_array_index (self->percents, i), percent);
    }
  if (self->result == NULL)
    return;

  /* Translators: the consistency of the judgements; keep the symbols */
  numbers = g_strdup_printf (_("λmax %.3f · CI %.3f · CR %.3f"),
                             cb_ahp_result_get_lambda_max (self->result),
                             cb_ahp_result_get_ci (self->result),
                             cb_ahp_result_get_cr (self->result));
  gtk_label_set_text (GTK_LABEL (self->consistency), numbers);
  gtk_widget_remove_css_class (self->status, "success");
  gtk_widget_remove_css_class (self->status, "warning");
  if (self->n < 3)
    gtk_label_set_text (GTK_LABEL (self->status), _("Two elements are always consistent."));
  else if (cb_ahp_result_is_consistent (self->result))
    gtk_label_set_text (GTK_LABEL (self->status), _("Consistent enough: CR is at most 0.10."));
  else
    gtk_label_set_text (GTK_LABEL (self->status), _("Inconsistent: CR is above 0.10."));
  gtk_widget_add_css_class (self->status, cb_ahp_result_is_consistent (self->result) ? "success" : "warning");

  gtk_widget_set_visible (self->revision_box, self->has_revision);
  if (self->has_revision)
    {
      g_autofree char *now = describe_judgement (self, self->revision.row, self->revision.column,
                                                 self->revision.value);
      g_autofree char *better = describe_judgement (self, self->revision.row, self->revision.column,
                                                    self->revision.suggested);
      g_autofree char *text = NULL;
      g_autofree char *button = NULL;
      g_autofree char *ratio = format_ratio (self->revision.suggested);

      /* Translators: the first %s is a judgement as made, the second as suggested */
      text = g_strdup_printf (_("The judgement that disagrees most with the others: “%s”. "
                                "“%s” would agree with them and give CR %.3f."),
                              now, better, self->revision.cr);
      gtk_label_set_text (GTK_LABEL (self->revision_label), text);
      /* Translators: a button; %s is a ratio such as "5 : 1" */
      button = g_strdup_printf (_("_Use %s"), ratio);
      gtk_button_set_label (GTK_BUTTON (self->revision_button), button);
    }
  g_free (self->summary);
  self->summary = g_strdup_printf ("%s\n%s", numbers, gtk_label_get_text (GTK_LABEL (self->status)));
}

/* Recomputes the weights and consistency from the sliders. */
static void
update (CbPairwiseDialog *self)
{
  g_autofree double *values = g_new0 (double, (gsize) self->n * self->n);
  g_autoptr(CbAhpMatrix) matrix = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->n; i++)
    for (guint j = i + 1; j < self->n; j++)
      values[(gsize) i * self->n + j] = cb_pairwise_dialog_get_judgement (self, i, j);
  g_clear_pointer (&self->result, cb_ahp_result_unref);
  self->has_revision = FALSE;
  matrix = cb_ahp_matrix_new (self->n, self->n, values, CB_AHP_MATRIX_UPPER_TRIANGLE, &error);
  if (matrix != NULL)
    self->result = cb_ahp_solve (matrix, CB_AHP_METHOD_EIGENVECTOR, CB_AHP_RI_SAATY_1980, &error);
  gtk_widget_set_sensitive (self->apply, self->result != NULL);
  if (self->result == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status), error->message);
      gtk_label_set_text (GTK_LABEL (self->consistency), "");
      gtk_widget_remove_css_class (self->status, "success");
      gtk_widget_add_css_class (self->status, "warning");
      gtk_widget_set_visible (self->revision_box, FALSE);
      show_result (self);
      g_free (self->summary);
      self->summary = g_strdup (error->message);
      return;
    }
  if (!cb_ahp_result_is_consistent (self->result))
    self->has_revision = cb_ahp_matrix_suggest_revision (matrix, CB_AHP_METHOD_EIGENVECTOR,
                                                         CB_AHP_RI_SAATY_1980, &self->revision);
  show_result (self);
}

static void
scale_changed_cb (GtkRange         *range,
                  CbPairwiseDialog *self)
{
  guint k;

  if (!g_ptr_array_find (self->scales, range, &k))
    return;
  for (guint i = 0; i < self->n; i++)
    for (guint j = i + 1; j < self->n; j++)
      if (pair_index (self, i, j) == k)
        show_verdict (self, i, j);
  update (self);
}

static GtkWidget *
name_label (const char *name,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  return label;
}

static GtkWidget *
build_pairs (CbPairwiseDialog *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *card;
  int line = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < self->n; i++)
    for (guint j = i + 1; j < self->n; j++)
      {
        GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, -STEPS, STEPS, 1);
        GtkWidget *verdict = gtk_label_new (NULL);
        /* Translators: the accessible name of a pairwise slider, e.g. "Co-construction versus Co-governance" */
        g_autofree char *name = g_strdup_printf (_("%s versus %s"), self->names[i], self->names[j]);

        gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
        gtk_scale_set_has_origin (GTK_SCALE (scale), FALSE);
        gtk_range_set_round_digits (GTK_RANGE (scale), 0);
        gtk_range_set_increments (GTK_RANGE (scale), 1, 2);
        for (int p = -STEPS; p <= STEPS; p++)
          {
            g_autofree char *mark = p % 2 == 0 ? g_strdup_printf ("%d", ABS (p) + 1) : NULL;

            gtk_scale_add_mark (GTK_SCALE (scale), p, GTK_POS_BOTTOM, mark);
          }
        gtk_widget_set_hexpand (scale, TRUE);
        gtk_widget_set_size_request (scale, 240, -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        gtk_label_set_width_chars (GTK_LABEL (verdict), 6);
        gtk_widget_add_css_class (verdict, "numeric");

        gtk_grid_attach (GTK_GRID (grid), name_label (self->names[i], 1), 0, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), scale, 1, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), name_label (self->names[j], 0), 2, line, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), verdict, 3, line, 1, 1);
        line++;

        g_ptr_array_add (self->scales, scale);
        g_ptr_array_add (self->verdicts, verdict);
        g_signal_connect (scale, "value-changed", G_CALLBACK (scale_changed_cb), self);
      }
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), grid);
  return card;
}

static GtkWidget *
build_weights (CbPairwiseDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Resulting Weights"));
  for (guint i = 0; i < self->n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
      GtkWidget *percent = gtk_label_new (NULL);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->names[i]);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_widget_set_size_request (bar, 140, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_label_set_width_chars (GTK_LABEL (percent), 7);
      gtk_label_set_xalign (GTK_LABEL (percent), 1);
      gtk_widget_add_css_class (percent, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), percent);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->bars, bar);
      g_ptr_array_add (self->percents, percent);
    }
  return group;
}

static void
use_revision_cb (GtkButton        *button,
                 CbPairwiseDialog *self)
{
  cb_pairwise_dialog_use_revision (self);
}

static void
apply_cb (GtkButton        *button,
          CbPairwiseDialog *self)
{
  cb_pairwise_dialog_apply (self);
}

static void
build (CbPairwiseDialog *self,
       const char       *title)
{
  GtkWidget *content, *header, *cancel, *apply, *scrolled, *intro, *results;

  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (title, _("Pairwise Comparison")));
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  apply = self->apply = gtk_button_new_with_mnemonic (_("_Apply"));
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_widget_set_tooltip_text (apply, _("Write these weights into the weight set"));
  g_signal_connect (apply, "clicked", G_CALLBACK (apply_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), apply);

  intro = gtk_label_new (_("For each pair, move the slider towards the more important one: "
                           "1 equal, 3 moderately, 5 strongly, 7 very strongly, "
                           "9 extremely more important."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");

  self->consistency = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->consistency), 0);
  gtk_label_set_selectable (GTK_LABEL (self->consistency), TRUE);
  gtk_widget_add_css_class (self->consistency, "numeric");
  self->status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_widget_add_css_class (self->status, "heading");
  self->revision_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->revision_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->revision_label), TRUE);
  gtk_widget_set_hexpand (self->revision_label, TRUE);
  self->revision_button = gtk_button_new_with_mnemonic ("");
  gtk_widget_set_valign (self->revision_button, GTK_ALIGN_CENTER);
  g_signal_connect (self->revision_button, "clicked", G_CALLBACK (use_revision_cb), self);
  self->revision_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self->revision_box), self->revision_label);
  gtk_box_append (GTK_BOX (self->revision_box), self->revision_button);

  results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (results), self->status);
  gtk_box_append (GTK_BOX (results), self->consistency);
  gtk_box_append (GTK_BOX (results), self->revision_box);

  scrolled = cb_page_new (760, intro, build_pairs (self), results, build_weights (self), NULL);
  gtk_widget_set_vexpand (scrolled, TRUE);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_size (GTK_WINDOW (self), 700, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/**
 * cb_pairwise_dialog_new:
 * @title: what is compared, e.g. "Dimensions"
 * @n: how many elements, 2 to %CB_AHP_MAX_N
 * @names: (array length=n): their names
 * @judgements: (array) (nullable): n × n, row-major; only a_ij with i < j
 *   is read, "element i is a_ij times as important as element j". %NULL:
 *   all equal.
 */
GtkWidget *
cb_pairwise_dialog_new (const char         *title,
                        guint               n,
                        const char * const *names,
                        const double       *judgements)
{
  CbPairwiseDialog *self;

  g_return_val_if_fail (n >= 2 && n <= CB_AHP_MAX_N, NULL);
  g_return_val_if_fail (names != NULL, NULL);

  self = g_object_new (CB_TYPE_PAIRWISE_DIALOG, NULL);
  self->n = n;
  self->names = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->names[i] = g_strdup (names[i]);
  build (self, title);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double value = judgements != NULL ? judgements[(gsize) i * n + j] : 1.0;

        gtk_range_set_value (g_ptr_array_index (self->scales, pair_index (self, i, j)),
                             position_of_value (value > 0 && isfinite (value) ? value : 1.0));
        show_verdict (self, i, j);
      }
  update (self);
  return GTK_WIDGET (self);
}

guint
cb_pairwise_dialog_get_n (CbPairwiseDialog *self)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), 0);
  return self->n;
}

/* Moves the slider of the pair to the scale value nearest @value (a_ij,
 * or its reciprocal when @row > @column). */
void
cb_pairwise_dialog_set_judgement (CbPairwiseDialog *self,
                                  guint             row,
                                  guint             column,
                                  double            value)
{
  g_return_if_fail (CB_IS_PAIRWISE_DIALOG (self));
  g_return_if_fail (row < self->n && column < self->n && row != column && value > 0);

  if (row > column)
    cb_pairwise_dialog_set_judgement (self, column, row, 1 / value);
  else
    gtk_range_set_value (g_ptr_array_index (self->scales, pair_index (self, row, column)),
                         position_of_value (value));
}

/* a_row,column as the slider says: the reciprocal when @row > @column. */
double
cb_pairwise_dialog_get_judgement (CbPairwiseDialog *self,
                                  guint             row,
                                  guint             column)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), 1.0);
  g_return_val_if_fail (row < self->n && column < self->n, 1.0);

  if (row == column)
    return 1.0;
  if (row > column)
    return 1 / cb_pairwise_dialog_get_judgement (self, column, row);
  return value_of_position (gtk_range_get_value (g_ptr_array_index (self->scales, pair_index (self, row, column))));
}

GtkRange *
cb_pairwise_dialog_get_scale (CbPairwiseDialog *self,
                              guint             row,
                              guint             column)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), NULL);
  g_return_val_if_fail (row < column && column < self->n, NULL);

  return g_ptr_array_index (self->scales, pair_index (self, row, column));
}

/* The weights and consistency of the judgements now; %NULL if they could
 * not be solved (the status line says why). */
CbAhpResult *
cb_pairwise_dialog_get_result (CbPairwiseDialog *self)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), NULL);
  return self->result;
}

/* TRUE, with the judgement pointed out, when CR is above 0.10. */
gboolean
cb_pairwise_dialog_get_revision (CbPairwiseDialog *self,
                                 CbAhpRevision    *revision)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), FALSE);

  if (self->has_revision && revision != NULL)
    *revision = self->revision;
  return self->has_revision;
}

/* The consistency line and verdict shown, as plain text. */
const char *
cb_pairwise_dialog_get_summary (CbPairwiseDialog *self)
{
  g_return_val_if_fail (CB_IS_PAIRWISE_DIALOG (self), NULL);
  return self->summary != NULL ? self->summary : "";
}

/* Moves the judgement pointed out to its suggested value. */
void
cb_pairwise_dialog_use_revision (CbPairwiseDialog *self)
{
  g_return_if_fail (CB_IS_PAIRWISE_DIALOG (self));

  if (self->has_revision)
    cb_pairwise_dialog_set_judgement (self, self->revision.row, self->revision.column,
                                      self->revision.suggested);
}

/* Emits ::apply and closes, if the judgements could be solved. */
void
cb_pairwise_dialog_apply (CbPairwiseDialog *self)
{
  g_return_if_fail (CB_IS_PAIRWISE_DIALOG (self));

  if (self->result == NULL)
    return;
  g_signal_emit (self, signals[APPLY], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cb_pairwise_dialog_finalize (GObject *object)
{
  CbPairwiseDialog *self = CB_PAIRWISE_DIALOG (object);

  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->scales, g_ptr_array_unref);
  g_clear_pointer (&self->verdicts, g_ptr_array_unref);
  g_clear_pointer (&self->bars, g_ptr_array_unref);
  g_clear_pointer (&self->percents, g_ptr_array_unref);
  g_clear_pointer (&self->result, cb_ahp_result_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (cb_pairwise_dialog_parent_class)->finalize (object);
}

static void
cb_pairwise_dialog_class_init (CbPairwiseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cb_pairwise_dialog_finalize;

  /**
   * CbPairwiseDialog::apply:
   *
   * The user asked for the weights to be written; read them with
   * cb_pairwise_dialog_get_result () and the judgements with
   * cb_pairwise_dialog_get_judgement ().
   */
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cb_pairwise_dialog_init (CbPairwiseDialog *self)
{
  self->scales = g_ptr_array_new ();
  self->verdicts = g_ptr_array_new ();
  self->bars = g_ptr_array_new ();
  self->percents = g_ptr_array_new ();
}
