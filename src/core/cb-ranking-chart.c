/* cb-ranking-chart.c: the ranking chart
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Composite bars per case, best first, each with its rank; references
 * after the cases, unranked. With a sensitivity run, a second panel shows
 * each case's rank under weight uncertainty: the 5–95 % interval as a
 * whisker, the median as a dot and the nominal rank as a ring.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

typedef struct
{
  guint k;      /* position in data->cases */
  guint c;      /* dataset index */
  guint rank;   /* 0: not ranked */
  double composite;
} Bar;

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const Bar *x = a, *y = b;

  if ((x->rank == 0) != (y->rank == 0))
    return x->rank == 0 ? 1 : -1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->k < y->k ? -1 : x->k > y->k;
}


void
cb_ranking_chart_draw (cairo_t            *cr,
                       const CbChartData  *data,
                       const CbChartStyle *style,
                       double              width,
                       double              height,
                       GArray             *boxes)
{
  CbResult *result = cb_chart_data_get_result (data);
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  double top = _cb_chart_begin (cr, data, style, width, height, _("Ranking by composite score"), boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  CbSensitivity *sensitivity = data->sensitivity;
  double lo, hi, label_w, bars_x, bars_w, row_h, panel_x = 0, panel_w = 0, scale;
  guint n_ranked;

  for (guint k = 0; k < data->cases->len; k++)
    {
      guint c = g_array_index (data->cases, guint, k);
      Bar bar = { k, c, cb_result_get_rank (result, c), cb_result_get_composite (result, c) };

      g_array_append_val (bars, bar);
    }
  g_array_sort (bars, compare_bars);

  if (bars->len == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose at least one case to rank."), boxes);
      return;
    }

  _cb_chart_value_range (data, &lo, &hi);
  n_ranked = sensitivity != NULL ? cb_sensitivity_get_n_ranked (sensitivity) : 0;

  /* Head row for the scales, then one row per case. */
  row_h = MIN (h / (bars->len + 2.5), unit * 4.2);
  /* Many cases: smaller text, down to what still reads (about 6 px). */
  scale = CLAMP (row_h / (unit * 2.0), MIN (0.6, row_h / (unit * 1.35)), 1.0);
  label_w = MIN (w * 0.32, unit * 15 * scale);
  if (n_ranked > 1)
    {
      panel_w = MIN (w * 0.3, unit * 18);
      panel_x = x + w - panel_w;
    }
  bars_x = x + label_w + unit * 0.6;
  bars_w = (n_ranked > 1 ? panel_x - unit * 1.5 : x + w) - bars_x - unit * 3.6 * scale;

  if (bars_w < unit * 2 || unit * scale < 6.0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Make the chart larger to see the ranking."), boxes);
      return;
    }

  /* Scales and their heads. */
  for (guint t = 0; t <= 4; t++)
    {
      double value = lo + (hi - lo) * t / 4;
      double tx = bars_x + bars_w * t / 4;
      g_autofree char *text = cb_format_number (value, 0, "–");
      g_autoptr(PangoLayout) tick = _cb_chart_layout (cr, style, text, 0.72, FALSE, -1);

      _cb_chart_set_colour (cr, &style->grid, 1.0);
      cairo_set_line_width (cr, MAX (1.0, unit * 0.07));
      cairo_move_to (cr, tx, y + row_h * 0.9);
      cairo_line_to (cr, tx, y + row_h * (bars->len + 1));
      cairo_stroke (cr);
      _cb_chart_show (cr, tick, tx, y + row_h * 0.45, CB_ALIGN_CENTER, CB_ALIGN_CENTER, &style->muted, boxes);
    }
  if (n_ranked > 1)
    {
      const CbSensitivitySettings *settings = cb_sensitivity_get_settings (sensitivity);
      g_autofree char *noise = cb_format_number (settings->noise * 100, 0, "–");
      g_autofree char *head = g_strdup_printf (_("Rank under weight uncertainty (5–95 %%, %u samples, ±%s %%)"),
                                               settings->samples, noise);
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, head, 0.72, FALSE, panel_w);

      _cb_chart_show (cr, layout, panel_x + panel_w / 2, y + row_h * 0.45, CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                      &style->muted, boxes);
      for (guint r = 1; r <= n_ranked; r++)
        {
          double rx = panel_x + panel_w * (r - 0.5) / n_ranked;

          _cb_chart_set_colour (cr, &style->grid, 1.0);
          cairo_set_line_width (cr, MAX (1.0, unit * 0.07));
          cairo_move_to (cr, rx, y + row_h * 0.95);
          cairo_line_to (cr, rx, y + row_h * (bars->len + 1));
          cairo_stroke (cr);
        }
    }
  y += row_h;

  for (guint b = 0; b < bars->len; b++)
    {
      Bar *bar = &g_array_index (bars, Bar, b);
      double cy = y + row_h * (b + 0.5);
      CbColor colour = _cb_chart_series_colour (data, style, bar->k);
      g_autofree char *name = _cb_chart_case_label (data, bar->c);
      gboolean reference = cb_dataset_get_case_is_reference (cb_result_get_dataset (result), bar->c);
      /* Unranked: a reference profile, or a case with no scores. */
      g_autofree char *label = bar->rank > 0 ? g_strdup_printf ("%u  %s", bar->rank, name)
                                             : (reference ? g_strdup_printf (_("%s (reference)"), name)
                                                          : g_strdup (name));
      g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, label, scale * 0.95, bar->rank == 1, label_w);
      double zero = bars_x + bars_w * CLAMP ((0 - lo) / (hi - lo), 0, 1);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -1);
      _cb_chart_show (cr, layout, x + label_w, cy, CB_ALIGN_END, CB_ALIGN_CENTER,
                      bar->rank > 0 ? &style->foreground : &style->muted, boxes);

      if (isnan (bar->composite))
        {
          g_autoptr(PangoLayout) missing = _cb_chart_layout (cr, style, _("no scores"), 0.72, FALSE, -1);

          _cb_chart_show (cr, missing, bars_x + unit * 0.3, cy, CB_ALIGN_START, CB_ALIGN_CENTER,
                          &style->muted, boxes);
          continue;
        }

      {
        double end = bars_x + bars_w * CLAMP ((bar->composite - lo) / (hi - lo), 0, 1);
        double bh = row_h * 0.6;
        g_autofree char *value = cb_format_number (bar->composite, 1, "–");
        g_autoptr(PangoLayout) value_layout = _cb_chart_layout (cr, style, value, scale * 0.85, FALSE, -1);

        _cb_chart_set_colour (cr, &colour, bar->rank > 0 ? 0.9 : 0.45);
        cairo_rectangle (cr, MIN (zero, end), cy - bh / 2, fabs (end - zero), bh);
        cairo_fill (cr);
        _cb_chart_show (cr, value_layout, MAX (zero, end) + unit * 0.3, cy, CB_ALIGN_START, CB_ALIGN_CENTER,
                        &style->foreground, boxes);
      }

      if (n_ranked > 1 && bar->rank > 0)
        {
          double p05 = cb_sensitivity_get_quantile (sensitivity, bar->c, 0.05);
          double p95 = cb_sensitivity_get_quantile (sensitivity, bar->c, 0.95);
          double median = cb_sensitivity_get_quantile (sensitivity, bar->c, 0.5);
          guint nominal = cb_sensitivity_get_nominal_rank (sensitivity, bar->c);
          double x0 = panel_x + panel_w * (p05 - 0.5) / n_ranked;
          double x1 = panel_x + panel_w * (p95 - 0.5) / n_ranked;
          double mx = panel_x + panel_w * (median - 0.5) / n_ranked;
          double nx = panel_x + panel_w * (nominal - 0.5) / n_ranked;
          double tick = row_h * 0.25;

          _cb_chart_set_colour (cr, &colour, 1.0);
          cairo_set_line_width (cr, MAX (1.5, unit * 0.14));
          cairo_move_to (cr, x0, cy);
          cairo_line_to (cr, x1, cy);
          cairo_move_to (cr, x0, cy - tick);
          cairo_line_to (cr, x0, cy + tick);
          cairo_move_to (cr, x1, cy - tick);
          cairo_line_to (cr, x1, cy + tick);
          cairo_stroke (cr);
          _cb_chart_marker (cr, 0, mx, cy, row_h * 0.32);
          _cb_chart_set_colour (cr, &style->foreground, 1.0);
          cairo_set_line_width (cr, MAX (1.0, unit * 0.09));
          cairo_arc (cr, nx, cy, row_h * 0.26, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }

  if (n_ranked > 1)
    {
      g_autoptr(PangoLayout) key = _cb_chart_layout (cr, style, _("● median   ○ nominal rank   ├─┤ 5–95 %"),
                                                     0.72, FALSE, panel_w);
      double ky = y + row_h * bars->len + unit * 0.3;

      for (guint r = 1; r <= n_ranked; r++)
        {
          g_autofree char *text = g_strdup_printf ("%u", r);
          g_autoptr(PangoLayout) tick = _cb_chart_layout (cr, style, text, 0.72, FALSE, -1);

          _cb_chart_show (cr, tick, panel_x + panel_w * (r - 0.5) / n_ranked, ky, CB_ALIGN_CENTER,
                          CB_ALIGN_START, &style->muted, boxes);
        }
      _cb_chart_show (cr, key, panel_x + panel_w / 2, ky + unit * 1.2, CB_ALIGN_CENTER, CB_ALIGN_START,
                      &style->muted, boxes);
    }
}
