/* cb-gap-chart.c: the gap chart
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a case, per indicator (or dimension) its score and the target on
 * the normalised scale as a dumbbell, grouped by dimension or sorted by
 * weighted gap, with the weighted gap at the right; under the arithmetic
 * mean the weighted gaps add up to target composite − composite, which
 * the footer shows. Several cases: one panel each (small multiples).
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

typedef struct
{
  guint axis;
  double value;
  double target;
  double weighted_gap;
} Row;

static double
weighted_gap (const CbChartData *data,
              guint              c,
              guint              axis)
{
  CbResult *result = cb_chart_data_get_result (data);
  CbDataset *dataset = cb_result_get_dataset (result);
  double sum = 0.0;

  if (data->level == CB_CHART_LEVEL_INDICATOR)
    return cb_result_get_weighted_gap (result, c, axis);
  for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
    if (cb_dataset_get_indicator_dimension (dataset, i) == axis)
      sum += cb_result_get_weighted_gap (result, c, i);
  return sum;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->weighted_gap != y->weighted_gap)
    return x->weighted_gap > y->weighted_gap ? -1 : 1;
  return x->axis < y->axis ? -1 : x->axis > y->axis;
}


/* One case's panel in the box: its name (with_title), a head row with
 * the scale, a row per axis, and the footer saying how the gaps add up
 * if there is room for it. Returns the height of the rows, or 0 (having
 * drawn nothing) if they would not fit, and the width of the tracks;
 * with draw FALSE it only measures. */
static double
draw_panel (cairo_t            *cr,
            const CbChartData  *data,
            const CbChartStyle *style,
            guint               k,
            double              x,
            double              y,
            double              width,
            double              height,
            gboolean            with_title,
            gboolean            draw,
            double             *track_width,
            GArray             *boxes)
{
  CbResult *result = cb_chart_data_get_result (data);
  guint c = g_array_index (data->cases, guint, k);
  guint n_axes = _cb_chart_n_axes (data);
  CbColor colour = _cb_chart_series_colour (data, style, k);
  double unit = style->font_size, lo, hi;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoLayout) head = NULL;
  double label_w, value_w, track_x, track_w, row_h, row_h_plain, row_h_footer, total = 0.0;
  double text_scale, th = 0, fh, head_w;
  gboolean with_footer;
  g_autofree char *footer_text = NULL;

  _cb_chart_value_range (data, &lo, &hi);
  for (guint axis = 0; axis < n_axes; axis++)
    {
      Row row = { axis, _cb_chart_value (data, c, axis), _cb_chart_target_value (data, axis),
                  weighted_gap (data, c, axis) };

      total += row.weighted_gap;
      g_array_append_val (rows, row);
    }
  if (data->sort_by_gap)
    g_array_sort (rows, compare_rows);

  if (with_title)
    {
      g_autofree char *label = _cb_chart_case_label (data, c);

      title = _cb_chart_layout (cr, style, label, 1.0, TRUE, width);
      _cb_chart_layout_size (title, NULL, &th);
      th += unit * 0.3;
    }

  /* The footer: how the gaps add up; smaller in a small multiple, and
   * left out where it would squeeze the rows. */
  if (cb_result_get_aggregation (result) == CB_AGGREGATION_ARITHMETIC)
    {
      g_autofree char *sum = cb_format_number (total, 2, "–");
      g_autofree char *target = cb_format_number (cb_result_get_target_composite (result, c), 2, "–");
      g_autofree char *composite = cb_format_number (cb_result_get_composite (result, c), 2, "–");

      footer_text = g_strdup_printf (_("Total weighted gap %s = target composite %s − composite %s"),
                                     sum, target, composite);
    }
  else
    footer_text = g_strdup (_("Under the geometric mean the weighted gaps do not add up to the "
                              "composite’s gap."));
  footer = _cb_chart_layout (cr, style, footer_text, data->small_multiples ? 0.72 : CB_CHART_SMALL_SCALE, FALSE,
                             width);
  _cb_chart_layout_size (footer, NULL, &fh);
  fh += unit * 0.6;

  row_h_plain = MIN ((height - th) / (n_axes + 1), unit * 3.6);
  row_h_footer = MIN ((height - th - fh) / (n_axes + 1), unit * 3.6);
  with_footer = row_h_footer >= MIN (row_h_plain, unit * 1.6);
  row_h = with_footer ? row_h_footer : row_h_plain;
  text_scale = CLAMP (row_h / (unit * 2.4), 0.72, 1.0);

  /* The weighted gaps' column holds its head on one line. */
  head = _cb_chart_layout (cr, style, _("Weighted gap"), 0.72, FALSE, -1);
  _cb_chart_layout_size (head, &head_w, NULL);
  value_w = MAX (head_w, unit * 3.2 * text_scale);
  label_w = MIN (width * 0.34, unit * 14);
  track_x = x + label_w + unit * 0.6;
  track_w = width - label_w - value_w - unit * 2.4;
  if (track_width != NULL)
    *track_width = track_w;
  if (track_w < unit * 3 || row_h < unit * 0.9 || head_w > width * 0.4)
    return 0;
  if (!draw)
    return row_h;

  if (title != NULL)
    {
      _cb_chart_show (cr, title, x, y, CB_ALIGN_START, CB_ALIGN_START, &colour, boxes);
      y += th;
    }
  if (with_footer)
    _cb_chart_show (cr, footer, x, y + row_h * (n_axes + 1) + unit * 0.6, CB_ALIGN_START, CB_ALIGN_START,
                    &style->muted, boxes);

  /* Column heads and the scale: a gridline at each quarter, its value
   * at each, or each second, or at the ends, as the track has room. */
  _cb_chart_show (cr, head, x + width, y + row_h * 0.5, CB_ALIGN_END, CB_ALIGN_CENTER, &style->muted, boxes);
  {
    PangoLayout *ticks[5];
    double tick_w = 0;
    guint stride;

    for (guint t = 0; t <= 4; t++)
      {
        g_autofree char *text = cb_format_number (lo + (hi - lo) * t / 4, 0, "–");
        double tw;

        ticks[t] = _cb_chart_layout (cr, style, text, 0.72, FALSE, -1);
        _cb_chart_layout_size (ticks[t], &tw, NULL);
        tick_w = MAX (tick_w, tw);
      }
    stride = track_w / 4 >= tick_w + unit * 0.4 ? 1 : (track_w / 2 >= tick_w + unit * 0.4 ? 2 : 4);
    for (guint t = 0; t <= 4; t++)
      {
        double tx = track_x + track_w * t / 4;

        _cb_chart_set_colour (cr, &style->grid, 1.0);
        cairo_set_line_width (cr, MAX (1.0, unit * 0.07));
        cairo_move_to (cr, tx, y + row_h * 0.9);
        cairo_line_to (cr, tx, y + row_h * (n_axes + 1));
        cairo_stroke (cr);
        if (t % stride == 0)
          _cb_chart_show (cr, ticks[t], tx, y + row_h * 0.5, CB_ALIGN_CENTER, CB_ALIGN_CENTER, &style->muted,
                          boxes);
        g_object_unref (ticks[t]);
      }
  }
  y += row_h;

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = &g_array_index (rows, Row, r);
      double cy = y + row_h * (r + 0.5);
      g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, row->axis), FALSE);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, text_scale * CB_CHART_SMALL_SCALE,
                                                        FALSE, label_w);
      g_autofree char *gap_text = cb_format_number (row->weighted_gap, 2, "–");
      g_autoptr(PangoLayout) gap_layout = _cb_chart_layout (cr, style, gap_text, text_scale * CB_CHART_SMALL_SCALE,
                                                            FALSE, -1);
      double tx = track_x + track_w * CLAMP ((row->target - lo) / (hi - lo), 0, 1);
      double vx = track_x + track_w * CLAMP ((row->value - lo) / (hi - lo), 0, 1);
      double dot = MIN (row_h * 0.45, unit * 0.75);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, (int) (-MAX (1, floor (row_h / (unit * text_scale * 1.2)))));
      _cb_chart_show (cr, layout, x + label_w, cy, CB_ALIGN_END, CB_ALIGN_CENTER, &style->foreground, boxes);
      _cb_chart_show (cr, gap_layout, x + width, cy, CB_ALIGN_END, CB_ALIGN_CENTER,
                      row->weighted_gap > 0 ? &style->foreground : &style->muted, boxes);

      /* Alternate rows by dimension when in framework order. */
      if (!data->sort_by_gap && data->level == CB_CHART_LEVEL_INDICATOR)
        {
          CbDataset *dataset = cb_result_get_dataset (result);
          CbColor tint = style->foreground;

          tint.alpha = cb_dataset_get_indicator_dimension (dataset, row->axis) % 2 ? 0.05 : 0.0;
          _cb_chart_set_colour (cr, &tint, 1.0);
          cairo_rectangle (cr, track_x, cy - row_h / 2, track_w, row_h);
          cairo_fill (cr);
        }

      /* The target: a hollow diamond. */
      if (!isnan (row->target))
        {
          cairo_save (cr);
          _cb_chart_set_colour (cr, &style->background, 1.0);
          _cb_chart_marker (cr, 3, tx, cy, dot * 0.95);
          _cb_chart_set_colour (cr, &style->target, 1.0);
          cairo_set_line_width (cr, MAX (1.2, unit * 0.12));
          cairo_move_to (cr, tx, cy - dot * 0.6);
          cairo_line_to (cr, tx + dot * 0.6, cy);
          cairo_line_to (cr, tx, cy + dot * 0.6);
          cairo_line_to (cr, tx - dot * 0.6, cy);
          cairo_close_path (cr);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      if (isnan (row->value))
        {
          g_autoptr(PangoLayout) missing = _cb_chart_layout (cr, style, _("missing"), 0.72, FALSE, -1);

          _cb_chart_show (cr, missing, track_x + unit * 0.3, cy, CB_ALIGN_START, CB_ALIGN_CENTER,
                          &style->muted, boxes);
        }
      else
        {
          _cb_chart_set_colour (cr, &colour, 0.55);
          cairo_set_line_width (cr, MAX (2.0, dot * 0.45));
          cairo_move_to (cr, vx, cy);
          cairo_line_to (cr, tx, cy);
          cairo_stroke (cr);
          /* Over the target's diamond, so that a score on target shows. */
          _cb_chart_set_colour (cr, &colour, 1.0);
          _cb_chart_marker (cr, 0, vx, cy, dot * 0.8);
        }
    }
  return row_h;
}

void
cb_gap_chart_draw (cairo_t            *cr,
                   const CbChartData  *data,
                   const CbChartStyle *style,
                   double              width,
                   double              height,
                   GArray             *boxes)
{
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  double top, x = margin, w = width - 2 * margin, h;
  guint n = data->cases->len;
  g_autofree char *title = NULL;

  if (n == 1)
    {
      g_autofree char *name = _cb_chart_case_label (data, g_array_index (data->cases, guint, 0));

      title = g_strdup_printf (_("Gaps to the target: %s"), name);
    }
  else
    title = g_strdup (_("Gaps to the target"));
  top = _cb_chart_begin (cr, data, style, width, height, title, boxes);
  h = height - top - margin;

  if (n == 0)
    {
      _cb_chart_message (cr, style, x, top, w, h, _("Choose a case to see its gaps."), boxes);
      return;
    }

  /* The key: score dot and target diamond. */
  {
    g_autofree char *text = g_strdup_printf (_("● score   ◇ target (expected level)   %s"),
                                             data->sort_by_gap ? _("sorted by weighted gap")
                                                               : _("in framework order"));
    g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, text, CB_CHART_SMALL_SCALE, FALSE, w);
    double kh;

    _cb_chart_layout_size (layout, NULL, &kh);
    _cb_chart_show (cr, layout, x, top, CB_ALIGN_START, CB_ALIGN_START, &style->muted, boxes);
    top += kh + unit * 0.6;
    h -= kh + unit * 0.6;
  }

  if (n == 1 || !data->small_multiples)
    {
      if (draw_panel (cr, data, style, 0, x, top, w, h, n > 1, FALSE, NULL, NULL) > 0)
        draw_panel (cr, data, style, 0, x, top, w, h, n > 1, TRUE, NULL, boxes);
      else
        _cb_chart_message (cr, style, x, top, w, h, _("Make the chart larger to see the gaps."), boxes);
      return;
    }

  /* Small multiples: the number of columns that gives the panels the
   * best rows, tall enough for their text and long enough to read the
   * scores on (the fewest columns if that is a tie). */
  {
    guint best = 0;
    double best_score = 0;

    for (guint columns = 1; columns <= n; columns++)
      {
        guint rows = (n + columns - 1) / columns;
        double cell_w = w / columns, cell_h = h / rows, row_h = G_MAXDOUBLE, track_w = 0, score;

        for (guint k = 0; k < n && row_h > 0; k++)
          row_h = MIN (row_h, draw_panel (cr, data, style, k, 0, 0, cell_w - unit, cell_h - unit * 0.8, TRUE,
                                          FALSE, &track_w, NULL));
        score = row_h > 0 ? MIN (row_h / (unit * 2.4), 1.0) + MIN (track_w / (unit * 16), 1.0) : 0;
        if (score > best_score + 0.01)
          {
            best = columns;
            best_score = score;
          }
      }
    if (best == 0)
      {
        _cb_chart_message (cr, style, x, top, w, h, _("Make the chart larger to see the gaps."), boxes);
        return;
      }
    for (guint k = 0; k < n; k++)
      {
        guint rows = (n + best - 1) / best;
        double cell_w = w / best, cell_h = h / rows;

        draw_panel (cr, data, style, k, x + (k % best) * cell_w, top + (k / best) * cell_h,
                    cell_w - unit, cell_h - unit * 0.8, TRUE, TRUE, NULL, boxes);
      }
  }
}
