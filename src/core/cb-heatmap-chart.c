/* cb-heatmap-chart.c: the heat map
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases × indicators (or dimensions), each cell coloured by the
 * normalised score on a colour-blind-safe sequential scale (viridis
 * stops) and labelled with the score itself, its text black or white,
 * whichever contrasts more; a colour bar as the legend.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

/* viridis at 0, .25, .5, .75, 1 (van der Walt & Smith, matplotlib) */
static const CbColor ramp[] = {
  { 0x44 / 255.0, 0x01 / 255.0, 0x54 / 255.0, 1 },
  { 0x3B / 255.0, 0x52 / 255.0, 0x8B / 255.0, 1 },
  { 0x21 / 255.0, 0x91 / 255.0, 0x8C / 255.0, 1 },
  { 0x5E / 255.0, 0xC9 / 255.0, 0x62 / 255.0, 1 },
  { 0xFD / 255.0, 0xE7 / 255.0, 0x25 / 255.0, 1 },
};

static CbColor
ramp_colour (double t)
{
  double position = CLAMP (t, 0.0, 1.0) * (G_N_ELEMENTS (ramp) - 1);
  guint i = MIN ((guint) floor (position), G_N_ELEMENTS (ramp) - 2);
  double f = position - i;
  CbColor a = ramp[i], b = ramp[i + 1];

  return (CbColor) { a.red + (b.red - a.red) * f, a.green + (b.green - a.green) * f,
                     a.blue + (b.blue - a.blue) * f, 1 };
}

static const CbColor black = { 0, 0, 0, 1 };
static const CbColor white = { 1, 1, 1, 1 };

/* Black or white, whichever has the higher WCAG contrast on the cell. */
static const CbColor *
text_on (const CbColor *cell)
{
  double l = _cb_chart_luminance (cell);

  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? &black : &white;
}

/* A colour bar of the ramp from lo to hi at (x, y), its caption ending at
 * caption_x, ticks suffixed with unit_text. */
static void
colour_bar (cairo_t            *cr,
            const CbChartStyle *style,
            double              x,
            double              y,
            double              w,
            PangoLayout        *caption,
            double              caption_x,
            double              lo,
            double              hi,
            const char         *unit_text,
            GArray             *boxes)
{
  double unit = style->font_size;
  cairo_pattern_t *gradient = cairo_pattern_create_linear (x, 0, x + w, 0);

  for (guint s = 0; s < G_N_ELEMENTS (ramp); s++)
    cairo_pattern_add_color_stop_rgb (gradient, (double) s / (G_N_ELEMENTS (ramp) - 1),
                                      ramp[s].red, ramp[s].green, ramp[s].blue);
  cairo_set_source (cr, gradient);
  cairo_rectangle (cr, x, y, w, unit * 0.7);
  cairo_fill (cr);
  cairo_pattern_destroy (gradient);

  _cb_chart_show (cr, caption, caption_x, y - unit * 0.1, CB_ALIGN_END, CB_ALIGN_START, &style->muted, boxes);
  for (guint t = 0; t <= 4; t++)
    {
      g_autofree char *text = cb_format_number (lo + (hi - lo) * t / 4, 0, "–");
      g_autofree char *tick_text = g_strconcat (text, unit_text, NULL);
      g_autoptr(PangoLayout) tick = _cb_chart_layout (cr, style, tick_text, 0.72, FALSE, -1);

      _cb_chart_show (cr, tick, x + w * t / 4, y + unit * 0.8, t == 0 ? CB_ALIGN_START
                      : (t == 4 ? CB_ALIGN_END : CB_ALIGN_CENTER), CB_ALIGN_START, &style->muted, boxes);
    }
}

void
cb_heatmap_chart_draw (cairo_t            *cr,
                       const CbChartData  *data,
                       const CbChartStyle *style,
                       double              width,
                       double              height,
                       GArray             *boxes)
{
  CbResult *result = cb_chart_data_get_result (data);
  CbDataset *dataset = cb_result_get_dataset (result);
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  const char *title = data->level == CB_CHART_LEVEL_INDICATOR ? _("Scores by case and indicator")
                                                               : _("Scores by case and dimension");
  double top = _cb_chart_begin (cr, data, style, width, height, title, boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  guint n_rows = data->cases->len, n_columns = _cb_chart_n_axes (data);
  double label_w, legend_h, caption_h, head_h = 0, cell_w, cell_h, lo, hi, scale, row_scale, number_scale;
  g_autoptr(PangoLayout) caption = NULL;
  g_autoptr(GPtrArray) heads = NULL;
  gboolean turned = FALSE;
  gboolean raw = data->level == CB_CHART_LEVEL_INDICATOR;

  if (n_rows == 0 || n_columns == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose at least one case to compare."), boxes);
      return;
    }

  _cb_chart_value_range (data, &lo, &hi);
  label_w = MIN (w * 0.25, unit * 12);
  cell_w = (w - label_w - unit * 0.5) / n_columns;
  scale = CLAMP (cell_w / (unit * 4.5), 0.72, 1.0) * CB_CHART_SMALL_SCALE;

  /* Column heads: wrapped to the column between words; where a word is
   * wider than a column, turned to read upwards instead, a line each. */
  heads = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint col = 0; col < n_columns; col++)
    {
      g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, col), TRUE);
      PangoLayout *layout = _cb_chart_layout (cr, style, label, scale, FALSE, MAX (1, cell_w - unit * 0.2));

      if (_cb_chart_word_width (layout) > cell_w - unit * 0.2)
        turned = TRUE;
      g_ptr_array_add (heads, layout);
    }
  for (guint col = 0; col < n_columns; col++)
    {
      PangoLayout *layout = g_ptr_array_index (heads, col);
      double lw, lh;

      if (turned)
        {
          pango_layout_set_width (layout, -1);
          _cb_chart_layout_size (layout, &lw, &lh);
          /* Lines side by side across the column must fit in it. */
          if (lh > cell_w - 2)
            {
              g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, col), FALSE);

              pango_layout_set_text (layout, label, -1);
              _cb_chart_layout_size (layout, &lw, &lh);
            }
          head_h = MAX (head_h, lw);
        }
      else
        {
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          _cb_chart_layout_size (layout, NULL, &lh);
          head_h = MAX (head_h, lh);
        }
    }
  head_h = MIN (head_h, h * 0.3);

  /* The colour bar's caption beside it, and below it as far as it must. */
  caption = _cb_chart_layout (cr, style, raw ? _("Colour: normalised score; numbers: the scores")
                                             : _("Colour and numbers: normalised score"), 0.72, FALSE, label_w);
  _cb_chart_layout_size (caption, NULL, &caption_h);
  legend_h = MAX (unit * 2.6, caption_h + unit * 0.2);
  cell_h = MIN ((h - head_h - legend_h - unit) / n_rows, unit * 4.2);

  /* Many cases: rows down to what a 6 px name still fits in. */
  if (cell_w < unit * 1.2 || cell_h < MIN (unit * 0.9, 8.0) || (turned && head_h < unit * 2))
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Make the chart larger to see the heat map."), boxes);
      return;
    }

  /* Names and numbers no taller than a row, numbers no wider than a
   * cell. */
  row_scale = MIN (0.95, (cell_h - 2) / (unit * 1.2));
  number_scale = MIN (0.9, row_scale);
  {
    g_autoptr(PangoLayout) widest = _cb_chart_layout (cr, style, lo < 0 ? "-00.0" : "100.0", number_scale, FALSE,
                                                      -1);
    double nw;

    _cb_chart_layout_size (widest, &nw, NULL);
    if (nw > cell_w - 4)
      number_scale *= (cell_w - 4) / nw;
  }

  for (guint col = 0; col < n_columns; col++)
    {
      PangoLayout *layout = g_ptr_array_index (heads, col);
      double cx = x + label_w + unit * 0.5 + cell_w * (col + 0.5);

      if (turned)
        {
          PangoRectangle ink, logical;
          double lw, lh;

          pango_layout_set_width (layout, (int) (head_h * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_extents (layout, &ink, &logical);
          lw = (double) logical.width / PANGO_SCALE;
          lh = (double) logical.height / PANGO_SCALE;
          /* Reading upwards from the cells. */
          cairo_save (cr);
          cairo_translate (cr, cx - lh / 2, y + head_h);
          cairo_rotate (cr, -G_PI / 2);
          _cb_chart_set_colour (cr, &style->foreground, 1.0);
          cairo_move_to (cr, -(double) logical.x / PANGO_SCALE, -(double) logical.y / PANGO_SCALE);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
          if (boxes != NULL)
            {
              CbChartBox box = { cx - lh / 2, y + head_h - lw, lh, lw };

              g_array_append_val (boxes, box);
            }
        }
      else
        {
          pango_layout_set_height (layout, (int) (head_h * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          _cb_chart_show (cr, layout, cx, y + head_h, CB_ALIGN_CENTER, CB_ALIGN_END, &style->foreground, boxes);
        }
    }
  y += head_h + unit * 0.4;

  for (guint row = 0; row < n_rows; row++)
    {
      guint c = g_array_index (data->cases, guint, row);
      g_autofree char *name = _cb_chart_case_label (data, c);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, name, row_scale, FALSE, label_w);
      double cy = y + cell_h * row;

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -1);
      _cb_chart_show (cr, layout, x + label_w, cy + cell_h / 2, CB_ALIGN_END, CB_ALIGN_CENTER,
                      cb_dataset_get_case_is_reference (dataset, c) ? &style->muted : &style->foreground, boxes);

      for (guint col = 0; col < n_columns; col++)
        {
          double value = _cb_chart_value (data, c, col);
          double cx = x + label_w + unit * 0.5 + cell_w * col;
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) cell_layout = NULL;
          CbColor fill;

          if (isnan (value))
            {
              fill = style->grid;
              text = g_strdup ("–");
            }
          else
            {
              double shown = raw ? cb_dataset_get_value (dataset, c, col) : value;

              fill = ramp_colour ((value - lo) / (hi - lo));
              text = cb_format_number (shown, raw && shown == floor (shown) ? 0 : 1, "–");
            }
          _cb_chart_set_colour (cr, &fill, 1.0);
          cairo_rectangle (cr, cx + 1, cy + 1, cell_w - 2, cell_h - 2);
          cairo_fill (cr);

          cell_layout = _cb_chart_layout (cr, style, text, number_scale, FALSE, -1);
          _cb_chart_show (cr, cell_layout, cx + cell_w / 2, cy + cell_h / 2, CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                          isnan (value) ? &style->foreground : text_on (&fill), boxes);
        }
    }
  y += cell_h * n_rows + unit * 0.8;

  colour_bar (cr, style, x + label_w + unit * 0.5, y, MIN (cell_w * n_columns, unit * 24), caption,
              x + label_w, lo, hi, "", boxes);
}

/* The ranked cases among those chosen, by nominal rank. */
static GArray *
ranked_rows (const CbChartData *data)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_ranked = cb_sensitivity_get_n_ranked (data->sensitivity);

  for (guint rank = 1; rank <= n_ranked; rank++)
    for (guint k = 0; k < data->cases->len; k++)
      {
        guint c = g_array_index (data->cases, guint, k);

        if (cb_sensitivity_get_nominal_rank (data->sensitivity, c) == rank)
          g_array_append_val (rows, c);
      }
  return rows;
}

/**
 * cb_acceptability_chart_draw:
 *
 * Rank acceptability: for each ranked case (rows, by nominal rank) the
 * share of the sensitivity run's samples in which it took each rank
 * (columns), as a heat map with the nominal rank outlined. Without a
 * sensitivity run it says how to get one.
 */
void
cb_acceptability_chart_draw (cairo_t            *cr,
                             const CbChartData  *data,
                             const CbChartStyle *style,
                             double              width,
                             double              height,
                             GArray             *boxes)
{
  CbSensitivity *sensitivity = data->sensitivity;
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  double top = _cb_chart_begin (cr, data, style, width, height, _("Rank acceptability"), boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  double label_w, head_h, legend_h, caption_h, cell_w, cell_h, row_scale, number_scale;
  const CbSensitivitySettings *settings;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  g_autoptr(PangoLayout) rank_head = NULL;
  g_autofree char *noise = NULL;
  g_autofree char *caption_text = NULL;
  guint n_ranks;

  if (sensitivity == NULL || cb_sensitivity_get_n_ranked (sensitivity) == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h,
                         _("Run the sensitivity analysis to see how often each case takes each rank."), boxes);
      return;
    }
  rows = ranked_rows (data);
  n_ranks = cb_sensitivity_get_n_ranked (sensitivity);
  if (rows->len == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose at least one ranked case."), boxes);
      return;
    }

  settings = cb_sensitivity_get_settings (sensitivity);
  noise = cb_format_number (settings->noise * 100, 0, "–");
  /* Translators: the legend of the rank-acceptability chart */
  caption_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Share of %u sample (weights ±%s%%, seed %u)",
                                               "Share of %u samples (weights ±%s%%, seed %u)", settings->samples),
                                  settings->samples, noise, settings->seed);
  label_w = MIN (w * 0.25, unit * 12);
  caption = _cb_chart_layout (cr, style, caption_text, 0.72, FALSE, label_w);
  _cb_chart_layout_size (caption, NULL, &caption_h);
  legend_h = MAX (unit * 2.6, caption_h + unit * 0.2);
  rank_head = _cb_chart_layout (cr, style, _("Rank"), CB_CHART_SMALL_SCALE, TRUE, label_w);
  _cb_chart_layout_size (rank_head, NULL, &head_h);
  cell_w = (w - label_w - unit * 0.5) / n_ranks;
  cell_h = MIN ((h - head_h - legend_h - unit) / rows->len, unit * 3);
  if (cell_w < unit * 1.6 || cell_h < MIN (unit * 0.9, 8.0))
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Make the chart larger to see the heat map."), boxes);
      return;
    }
  row_scale = MIN (0.95, (cell_h - 2) / (unit * 1.2));
  number_scale = MIN (0.9, row_scale);
  {
    g_autoptr(PangoLayout) widest = _cb_chart_layout (cr, style, "100 %", number_scale, FALSE, -1);
    double nw;

    _cb_chart_layout_size (widest, &nw, NULL);
    if (nw > cell_w - 4)
      number_scale *= (cell_w - 4) / nw;
  }

  /* "Rank" over the names, and the ranks over their columns. */
  _cb_chart_show (cr, rank_head, x + label_w, y, CB_ALIGN_END, CB_ALIGN_START, &style->foreground, boxes);
  for (guint r = 1; r <= n_ranks; r++)
    {
      g_autofree char *text = g_strdup_printf ("%u", r);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, text, CB_CHART_SMALL_SCALE, TRUE, -1);

      _cb_chart_show (cr, layout, x + label_w + unit * 0.5 + cell_w * (r - 0.5), y, CB_ALIGN_CENTER,
                      CB_ALIGN_START, &style->foreground, boxes);
    }
  y += head_h + unit * 0.4;

  for (guint row = 0; row < rows->len; row++)
    {
      guint c = g_array_index (rows, guint, row);
      guint nominal = cb_sensitivity_get_nominal_rank (sensitivity, c);
      g_autofree char *name = _cb_chart_case_label (data, c);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, name, row_scale, FALSE, label_w);
      double cy = y + cell_h * row;

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -1);
      _cb_chart_show (cr, layout, x + label_w, cy + cell_h / 2, CB_ALIGN_END, CB_ALIGN_CENTER,
                      &style->foreground, boxes);

      for (guint r = 1; r <= n_ranks; r++)
        {
          double p = cb_sensitivity_get_probability (sensitivity, c, r);
          double cx = x + label_w + unit * 0.5 + cell_w * (r - 1);
          CbColor fill = p > 0 ? ramp_colour (p) : style->grid;

          _cb_chart_set_colour (cr, &fill, 1.0);
          cairo_rectangle (cr, cx + 1, cy + 1, cell_w - 2, cell_h - 2);
          cairo_fill (cr);
          if (r == nominal)
            {
              double line = MAX (1.5, unit * 0.14);

              _cb_chart_set_colour (cr, &style->foreground, 1.0);
              cairo_set_line_width (cr, line);
              cairo_rectangle (cr, cx + 1 + line / 2, cy + 1 + line / 2, cell_w - 2 - line, cell_h - 2 - line);
              cairo_stroke (cr);
            }
          if (p > 0)
            {
              g_autofree char *number = cb_format_number (100 * p, 0, "–");
              g_autofree char *text = p < 0.005 ? g_strdup ("<1 %") : g_strconcat (number, " %", NULL);
              g_autoptr(PangoLayout) cell_layout = _cb_chart_layout (cr, style, text, number_scale, FALSE, -1);

              _cb_chart_show (cr, cell_layout, cx + cell_w / 2, cy + cell_h / 2, CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                              text_on (&fill), boxes);
            }
        }
    }
  y += cell_h * rows->len + unit * 0.8;

  colour_bar (cr, style, x + label_w + unit * 0.5, y, MIN (cell_w * n_ranks, unit * 24), caption,
              x + label_w, 0, 100, " %", boxes);
}
