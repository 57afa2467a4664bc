/* cb-slope-chart.c: rank shifts between two weight sets
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ranked cases in two columns, by their rank under the chart's own
 * weights (left) and under the "versus" weights (right), each case a
 * line in its colour from one to the other. Cases that move are drawn
 * bold, with how far they moved; the others light. Tied cases take
 * neighbouring slots, so no two labels share a place.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

static int
compare_left (gconstpointer a,
              gconstpointer b)
{
  const CbSlopeRow *x = a, *y = b;

  if (x->rank[0] != y->rank[0])
    return x->rank[0] < y->rank[0] ? -1 : 1;
  return x->k < y->k ? -1 : x->k > y->k;
}

static int
compare_right (gconstpointer a,
               gconstpointer b)
{
  const CbSlopeRow *x = *(CbSlopeRow * const *) a, *y = *(CbSlopeRow * const *) b;

  if (x->rank[1] != y->rank[1])
    return x->rank[1] < y->rank[1] ? -1 : 1;
  return x->slot[0] < y->slot[0] ? -1 : x->slot[0] > y->slot[0];
}

/* The chosen cases ranked under both weightings, with their slots. */
GArray *
_cb_slope_chart_rows (const CbChartData *data)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (CbSlopeRow));
  g_autoptr(GPtrArray) by_right = g_ptr_array_new ();

  for (guint k = 0; data->versus != NULL && k < data->cases->len; k++)
    {
      guint c = g_array_index (data->cases, guint, k);
      CbSlopeRow row = { k, c, { cb_result_get_rank (data->result, c), cb_result_get_rank (data->versus, c) }, { 0, 0 } };

      if (row.rank[0] > 0 && row.rank[1] > 0)
        g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_left);
  for (guint r = 0; r < rows->len; r++)
    {
      g_array_index (rows, CbSlopeRow, r).slot[0] = r;
      g_ptr_array_add (by_right, &g_array_index (rows, CbSlopeRow, r));
    }
  g_ptr_array_sort (by_right, compare_right);
  for (guint r = 0; r < by_right->len; r++)
    ((CbSlopeRow *) g_ptr_array_index (by_right, r))->slot[1] = r;
  return rows;
}

/* "↑2", "↓1" or "=": how far a case moved from the left rank to the right. */
char *
_cb_slope_chart_move (guint from,
                      guint to)
{
  if (to < from)
    return g_strdup_printf ("↑%u", from - to);
  if (to > from)
    return g_strdup_printf ("↓%u", to - from);
  return g_strdup ("=");
}

/* "1  Karamay  71.1" on the left; "73.3  Karamay  2  ↓1" on the right. */
static char *
label_text (const CbChartData *data,
            const CbSlopeRow  *row,
            guint              side)
{
  g_autofree char *name = _cb_chart_case_label (data, row->c);
  g_autofree char *score = cb_format_number (cb_result_get_composite (side == 0 ? data->result : data->versus,
                                                                      row->c), 1, "–");
  g_autofree char *move = NULL;

  if (side == 0)
    return g_strdup_printf ("%u  %s  %s", row->rank[0], name, score);
  move = _cb_slope_chart_move (row->rank[0], row->rank[1]);
  return g_strdup_printf ("%s  %s  %u  %s", score, name, row->rank[1], move);
}

static void
column_head (cairo_t            *cr,
             const CbChartStyle *style,
             const char         *name,
             double              x,
             double              y,
             double              width,
             CbAlign             align,
             GArray             *boxes)
{
  g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, name, CB_CHART_SMALL_SCALE, TRUE, width);

  pango_layout_set_alignment (layout, align == CB_ALIGN_END ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  _cb_chart_show (cr, layout, x, y, align, CB_ALIGN_END, &style->foreground, boxes);
}

void
cb_slope_chart_draw (cairo_t            *cr,
                     const CbChartData  *data,
                     const CbChartStyle *style,
                     double              width,
                     double              height,
                     GArray             *boxes)
{
  double unit = style->font_size, margin = unit * CB_CHART_MARGIN;
  double top = _cb_chart_begin (cr, data, style, width, height, _("Rank shifts between weight sets"), boxes);
  double x = margin, y = top, w = width - 2 * margin, h = height - top - margin;
  double label_w[2] = { 0, 0 }, head_h, row_h, scale, shrink, left_x, right_x;
  g_autoptr(GArray) rows = NULL;
  const char *left_name, *right_name;

  if (data->versus == NULL)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose a second weight set to compare with."), boxes);
      return;
    }
  rows = _cb_slope_chart_rows (data);
  if (rows->len == 0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Choose at least one ranked case."), boxes);
      return;
    }

  head_h = unit * 2.6;
  row_h = MIN ((h - head_h) / rows->len, unit * 3.2);
  scale = CLAMP (row_h / (unit * 1.6), 0.6, 1.0);
  /* Labels as wide as the widest on each side needs; smaller text, then
   * ellipses, when the two leave the lines less than 5 units. */
  for (guint r = 0; r < rows->len; r++)
    for (guint side = 0; side < 2; side++)
      {
        g_autofree char *text = label_text (data, &g_array_index (rows, CbSlopeRow, r), side);
        g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, text, scale * CB_CHART_SMALL_SCALE, TRUE, -1);
        double lw;

        _cb_chart_layout_size (layout, &lw, NULL);
        label_w[side] = MAX (label_w[side], lw + unit * 0.4);
      }
  shrink = MAX (0.75, MIN (1.0, (w - unit * 5) / (label_w[0] + label_w[1])));
  scale *= shrink;
  label_w[0] *= shrink;
  label_w[1] *= shrink;
  if (label_w[0] + label_w[1] > w - unit * 5)
    {
      double both = label_w[0] + label_w[1];

      label_w[0] = MAX (unit, (w - unit * 5) * label_w[0] / both);
      label_w[1] = MAX (unit, (w - unit * 5) * label_w[1] / both);
    }
  left_x = x + label_w[0];
  right_x = x + w - label_w[1];
  if (row_h <= 0 || right_x - left_x < unit * 3 || unit * scale < 6.0)
    {
      _cb_chart_message (cr, style, x, y, w, h, _("Make the chart larger to see the rank shifts."), boxes);
      return;
    }

  left_name = data->weight_set_name != NULL ? data->weight_set_name : "";
  right_name = data->versus_name != NULL ? data->versus_name : "";
  column_head (cr, style, left_name, left_x, y + head_h - unit * 0.4, label_w[0], CB_ALIGN_END, boxes);
  column_head (cr, style, right_name, right_x, y + head_h - unit * 0.4, label_w[1], CB_ALIGN_START, boxes);
  y += head_h;

  /* Unmoved cases first, so the moved ones are drawn over them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint r = 0; r < rows->len; r++)
      {
        const CbSlopeRow *row = &g_array_index (rows, CbSlopeRow, r);
        gboolean moved = row->rank[0] != row->rank[1];
        CbColor colour = _cb_chart_series_colour (data, style, row->k);
        double y0 = y + row_h * (row->slot[0] + 0.5), y1 = y + row_h * (row->slot[1] + 0.5);

        if (moved != (pass == 1))
          continue;
        _cb_chart_set_colour (cr, &colour, moved ? 1.0 : 0.45);
        cairo_set_line_width (cr, unit * (moved ? 0.22 : 0.12));
        cairo_move_to (cr, left_x + unit * 0.5, y0);
        cairo_line_to (cr, right_x - unit * 0.5, y1);
        cairo_stroke (cr);
        _cb_chart_marker (cr, row->k, left_x + unit * 0.5, y0, unit * 0.55 * scale);
        _cb_chart_marker (cr, row->k, right_x - unit * 0.5, y1, unit * 0.55 * scale);
      }

  for (guint r = 0; r < rows->len; r++)
    {
      const CbSlopeRow *row = &g_array_index (rows, CbSlopeRow, r);
      gboolean moved = row->rank[0] != row->rank[1];
      g_autofree char *left_text = label_text (data, row, 0);
      g_autofree char *right_text = label_text (data, row, 1);
      g_autoptr(PangoLayout) left = _cb_chart_layout (cr, style, left_text, scale * CB_CHART_SMALL_SCALE, moved,
                                                      label_w[0] - unit * 0.2);
      g_autoptr(PangoLayout) right = _cb_chart_layout (cr, style, right_text, scale * CB_CHART_SMALL_SCALE, moved,
                                                       label_w[1] - unit * 0.2);

      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
      pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (left, -1);
      pango_layout_set_height (right, -1);
      _cb_chart_show (cr, left, left_x - unit * 0.2, y + row_h * (row->slot[0] + 0.5), CB_ALIGN_END,
                      CB_ALIGN_CENTER, moved ? &style->foreground : &style->muted, boxes);
      _cb_chart_show (cr, right, right_x + unit * 0.2, y + row_h * (row->slot[1] + 0.5), CB_ALIGN_START,
                      CB_ALIGN_CENTER, moved ? &style->foreground : &style->muted, boxes);
    }
}
