/* cb-chart-describe.c: what a chart shows, in words
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-text summary of a chart: its accessible description, and what
 * "copy as text" puts on the clipboard. It states the numbers the chart
 * draws, so that nothing in the picture is only in the picture.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"


static void
append_number (GString *text,
               double   value,
               int      decimals)
{
  g_autofree char *number = cb_format_number (value, decimals, _("missing"));

  g_string_append (text, number);
}

/* "Name: axis 80.0, axis 73.3." for each case, then the target. */
static void
describe_profiles (GString           *text,
                   const CbChartData *data)
{
  guint n_axes = _cb_chart_n_axes (data);

  for (guint k = 0; k < data->cases->len; k++)
    {
      guint c = g_array_index (data->cases, guint, k);
      g_autofree char *name = _cb_chart_case_label (data, c);

      g_string_append_printf (text, "\n%s: ", name);
      for (guint axis = 0; axis < n_axes; axis++)
        {
          g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, axis), FALSE);

          g_string_append_printf (text, "%s%s ", axis > 0 ? ", " : "", label);
          append_number (text, _cb_chart_value (data, c, axis), 1);
        }
      g_string_append (text, ".");
    }

  g_string_append_printf (text, "\n%s: ", _("Target"));
  for (guint axis = 0; axis < n_axes; axis++)
    {
      g_autofree char *label = _cb_chart_label (data, _cb_chart_axis_name (data, axis), FALSE);

      g_string_append_printf (text, "%s%s ", axis > 0 ? ", " : "", label);
      append_number (text, _cb_chart_target_value (data, axis), 1);
    }
  g_string_append (text, ".");
}

static void
describe_gaps (GString           *text,
               const CbChartData *data)
{
  CbResult *result = data->result;
  CbDataset *dataset = cb_result_get_dataset (result);

  for (guint k = 0; k < data->cases->len; k++)
    {
      guint c = g_array_index (data->cases, guint, k);
      g_autofree char *name = _cb_chart_case_label (data, c);
      g_autofree char *composite = cb_format_number (cb_result_get_composite (result, c), 1, _("missing"));
      g_autofree char *target = cb_format_number (cb_result_get_target_composite (result, c), 1, _("missing"));
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
      guint shown = 0;

      g_string_append_printf (text, "\n%s: ", name);
      g_string_append_printf (text, _("composite %s, target composite %s; largest weighted gaps:"),
                              composite, target);
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        g_array_append_val (order, i);
      for (guint a = 0; a < order->len; a++)
        for (guint b = a + 1; b < order->len; b++)
          if (cb_result_get_weighted_gap (result, c, g_array_index (order, guint, b)) >
              cb_result_get_weighted_gap (result, c, g_array_index (order, guint, a)))
            {
              guint t = g_array_index (order, guint, a);

              g_array_index (order, guint, a) = g_array_index (order, guint, b);
              g_array_index (order, guint, b) = t;
            }
      for (guint a = 0; a < order->len && shown < 3; a++)
        {
          guint i = g_array_index (order, guint, a);
          double gap = cb_result_get_weighted_gap (result, c, i);
          g_autofree char *label = NULL;

          if (!(gap > 0))
            break;
          label = _cb_chart_label (data, cb_dataset_get_indicator_name (dataset, i), FALSE);
          g_string_append_printf (text, "%s %s ", shown > 0 ? "," : "", label);
          append_number (text, gap, 2);
          shown++;
        }
      if (shown == 0)
        g_string_append_printf (text, " %s", _("none, every score is at or above its target"));
      g_string_append (text, ".");
    }
}

static void
describe_ranking (GString           *text,
                  const CbChartData *data)
{
  CbResult *result = data->result;
  guint n = data->cases->len;

  /* Ranked cases first, in rank order; then the rest (rank 0). */
  for (guint pass = 1; pass <= n + 1; pass++)
    for (guint k = 0; k < n; k++)
      {
        guint c = g_array_index (data->cases, guint, k);
        guint rank = pass <= n ? pass : 0;
        g_autofree char *name = NULL;

        if (cb_result_get_rank (result, c) != rank)
          continue;
        name = _cb_chart_case_label (data, c);
        if (rank > 0)
          g_string_append_printf (text, "\n%u. %s ", rank, name);
        else
          g_string_append_printf (text, "\n%s ", name);
        append_number (text, cb_result_get_composite (result, c), 1);
        if (rank == 0)
          g_string_append_printf (text, " %s", _("(not ranked)"));
        if (data->sensitivity != NULL && rank > 0)
          {
            g_string_append_printf (text, "; %s ", _("5–95 % rank interval"));
            append_number (text, cb_sensitivity_get_quantile (data->sensitivity, c, 0.05), 1);
            g_string_append (text, "–");
            append_number (text, cb_sensitivity_get_quantile (data->sensitivity, c, 0.95), 1);
          }
        g_string_append (text, ".");
      }
}

static void
describe_slope (GString           *text,
                const CbChartData *data)
{
  g_autoptr(GArray) rows = NULL;

  if (data->versus == NULL)
    {
      g_string_append_printf (text, " %s", _("No second weight set is chosen."));
      return;
    }
  rows = _cb_slope_chart_rows (data);
  for (guint r = 0; r < rows->len; r++)
    {
      const CbSlopeRow *row = &g_array_index (rows, CbSlopeRow, r);
      g_autofree char *name = _cb_chart_case_label (data, row->c);
      g_autofree char *move = _cb_slope_chart_move (row->rank[0], row->rank[1]);

      g_string_append_printf (text, "\n%s: %u → %u (%s).", name, row->rank[0], row->rank[1], move);
    }
}

static void
describe_acceptability (GString           *text,
                        const CbChartData *data)
{
  CbSensitivity *sensitivity = data->sensitivity;
  guint n_ranked;

  if (sensitivity == NULL)
    {
      g_string_append_printf (text, " %s", _("No sensitivity analysis has been run."));
      return;
    }
  n_ranked = cb_sensitivity_get_n_ranked (sensitivity);
  for (guint rank = 1; rank <= n_ranked; rank++)
    for (guint k = 0; k < data->cases->len; k++)
      {
        guint c = g_array_index (data->cases, guint, k);
        g_autofree char *name = NULL;
        const char *separator = ":";

        if (cb_sensitivity_get_nominal_rank (sensitivity, c) != rank)
          continue;
        name = _cb_chart_case_label (data, c);
        g_string_append_printf (text, "\n%u. %s", rank, name);
        for (guint r = 1; r <= n_ranked; r++)
          {
            double p = cb_sensitivity_get_probability (sensitivity, c, r);

            if (p < 0.005)
              continue;
            /* Translators: e.g. "rank 2 17 %" in the rank-acceptability summary */
            g_string_append_printf (text, "%s %s %u ", separator, _("rank"), r);
            append_number (text, 100 * p, 0);
            g_string_append (text, " %");
            separator = ",";
          }
        g_string_append (text, ".");
      }
}

/**
 * cb_chart_describe:
 *
 * Returns: (transfer full): a plain-text summary of what the chart shows,
 *   with its numbers, for accessibility and the clipboard
 */
char *
cb_chart_describe (CbChartKind        kind,
                   const CbChartData *data)
{
  g_autofree char *subtitle = NULL;
  GString *text;

  g_return_val_if_fail (data != NULL, NULL);

  subtitle = _cb_chart_subtitle (data);
  text = g_string_new (NULL);
  switch (kind)
    {
    case CB_CHART_RADAR:
      g_string_append_printf (text, data->level == CB_CHART_LEVEL_DIMENSION
                              ? _("Radar chart of scores by dimension (%s).")
                              : _("Radar chart of scores by indicator (%s)."), subtitle);
      break;
    case CB_CHART_GAP:
      g_string_append_printf (text, _("Gap chart: each score against its target (%s)."), subtitle);
      break;
    case CB_CHART_RANKING:
      g_string_append_printf (text, _("Ranking by composite score (%s)."), subtitle);
      break;
    case CB_CHART_ACCEPTABILITY:
      g_string_append_printf (text, _("Rank acceptability: how often each case took each rank (%s)."), subtitle);
      break;
    case CB_CHART_SLOPE:
      /* Translators: the slope chart; %s are two weight sets, then the method */
      g_string_append_printf (text, _("Rank shifts from “%s” to “%s” (%s)."),
                              data->weight_set_name != NULL ? data->weight_set_name : "",
                              data->versus_name != NULL ? data->versus_name : "", subtitle);
      break;
    case CB_CHART_HEATMAP:
    default:
      g_string_append_printf (text, data->level == CB_CHART_LEVEL_DIMENSION
                              ? _("Heat map of scores by case and dimension (%s).")
                              : _("Heat map of scores by case and indicator (%s)."), subtitle);
      break;
    }

  if (data->cases->len == 0)
    {
      g_string_append_printf (text, " %s", _("No cases are chosen."));
      return g_string_free (text, FALSE);
    }

  switch (kind)
    {
    case CB_CHART_GAP:
      describe_gaps (text, data);
      break;
    case CB_CHART_RANKING:
      describe_ranking (text, data);
      break;
    case CB_CHART_ACCEPTABILITY:
      describe_acceptability (text, data);
      break;
    case CB_CHART_SLOPE:
      describe_slope (text, data);
      break;
    case CB_CHART_RADAR:
    case CB_CHART_HEATMAP:
    default:
      describe_profiles (text, data);
      break;
    }
  return g_string_free (text, FALSE);
}
