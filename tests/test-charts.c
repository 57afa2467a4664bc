/* test-charts.c: the charts, rendered into images and files and checked
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Geometry (a radar vertex where methods.md B7 puts it), layout (nothing
 * outside the canvas, labels inside it and apart, at every size from
 * 480 × 360 in English, Chinese and both), styles, degenerate inputs and
 * the text summaries. Files and reference renderings: test-chart-files.c.
 *
 * To look at every rendering the layout tests check, set
 * CASEBENCH_CHART_DUMP to a folder.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "cb-chart-private.h"
#include "test-chart-helpers.h"

typedef void (*DrawFunc) (cairo_t            *cr,
                          const CbChartData  *data,
                          const CbChartStyle *style,
                          double              width,
                          double              height,
                          GArray             *label_boxes);

static const DrawFunc draw_kind[] = {
  [CB_CHART_RADAR] = cb_radar_chart_draw,
  [CB_CHART_GAP] = cb_gap_chart_draw,
  [CB_CHART_RANKING] = cb_ranking_chart_draw,
  [CB_CHART_HEATMAP] = cb_heatmap_chart_draw,
  [CB_CHART_ACCEPTABILITY] = cb_acceptability_chart_draw,
  [CB_CHART_SLOPE] = cb_slope_chart_draw,
};

/* Acceptability without a sensitivity run and slope without a second
 * weight set: their messages, at every size. */
static const CbChartKind all_kinds[] = { CB_CHART_RADAR, CB_CHART_GAP, CB_CHART_RANKING, CB_CHART_HEATMAP,
                                         CB_CHART_ACCEPTABILITY, CB_CHART_SLOPE };
static const CbChartLabels all_labels[] = { CB_CHART_LABELS_EN, CB_CHART_LABELS_ZH, CB_CHART_LABELS_BOTH };
static const char * const label_names[] = { "en", "zh", "both" };

/* Sizes from the smallest supported up, and a few odd shapes. */
static const struct {
  double width;
  double height;
} sizes[] = {
  { 480, 360 }, { 517, 389 }, { 640, 480 }, { 800, 600 }, { 1024, 768 }, { 1600, 1200 },
  { 480, 720 }, { 1200, 400 }, { 1600, 600 },
};

/* Colours are compared in 0–255 per channel. */
/* ---- Rendering and the layout checks ---- */

#define BORDER 24
#define SENTINEL_HEX "#ff00ff"

/* Draws a chart kind on its own (without cb_chart_draw's clip) into a
 * canvas inside a larger image filled with a sentinel colour, and adds to
 * problems what is wrong: paint outside the canvas (which is also where
 * a NaN coordinate lands: cairo makes it 0 in device space), text outside
 * the canvas or on other text, no radar, a cairo error. Not strict (for
 * sizes below those the charts are made for): through cb_chart_draw,
 * and only the paint outside and cairo's state. */
typedef enum
{
  CHECK_CLIPPED = 0,     /* through cb_chart_draw: nothing outside */
  CHECK_STRICT = 1 << 0, /* the chart kind on its own, labels apart */
  CHECK_RADAR = 1 << 1,  /* a radar with cases and axes shows a radar */
} Checks;

static void
check_render (CbChartKind         kind,
              const CbChartData  *data,
              const CbChartStyle *style,
              double              width,
              double              height,
              Checks              checks,
              const char         *what,
              GString            *problems)
{
  gboolean strict = (checks & CHECK_STRICT) != 0;
  int w = (int) ceil (width) + 2 * BORDER, h = (int) ceil (height) + 2 * BORDER;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (CbChartBox));
  Rgb sentinel = cb_test_rgb_from_hex (SENTINEL_HEX), background;
  guint outside = 0;
  int first_x = -1, first_y = -1;
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, sentinel.r / 255.0, sentinel.g / 255.0, sentinel.b / 255.0);
  cairo_paint (cr);
  cairo_translate (cr, BORDER, BORDER);
  if (strict)
    draw_kind[kind] (cr, data, style, width, height, boxes);
  else
    cb_chart_draw (kind, cr, data, style, width, height, boxes);
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    g_string_append_printf (problems, "%s: cairo: %s\n", what, cairo_status_to_string (cairo_status (cr)));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  {
    const guchar *pixels = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);
    guint32 expected = 0xff000000 | (guint32) sentinel.r << 16 | (guint32) sentinel.g << 8 | (guint32) sentinel.b;

    for (int y = 0; y < h; y++)
      {
        const guint32 *row = (const guint32 *) (pixels + (gsize) y * stride);
        gboolean inside_rows = y >= BORDER && y < BORDER + height;

        for (int x = 0; x < w; x++)
          {
            /* Within the canvas' rows, only its left and right borders. */
            if (inside_rows && x == BORDER)
              x = BORDER + (int) ceil (width);
            if (x < w && row[x] != expected && outside++ == 0)
              first_x = x - BORDER, first_y = y - BORDER;
          }
      }
  }
  if (outside > 0)
    g_string_append_printf (problems, "%s: %u pixels painted outside the canvas, the first at (%d, %d)\n",
                            what, outside, first_x, first_y);

  /* The background covers the canvas. */
  background = cb_test_rgb_from_colour (&style->background);
  if (cb_test_rgb_distance (cb_test_pixel (surface, BORDER, BORDER), background) > 1 ||
      cb_test_rgb_distance (cb_test_pixel (surface, BORDER + (int) width - 1, BORDER + (int) height - 1),
                            background) > 1)
    g_string_append_printf (problems, "%s: the background does not fill the canvas\n", what);

  if (boxes->len == 0)
    g_string_append_printf (problems, "%s: no text at all\n", what);

  /* A radar with something to show shows it. */
  if ((checks & CHECK_RADAR) && kind == CB_CHART_RADAR && cb_chart_data_get_n_cases (data) > 0 &&
      _cb_chart_n_axes (data) >= 3)
    {
      CbRadarGeometry g;
      cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *scratch_cr = cairo_create (scratch);

      if (!_cb_radar_chart_geometry (scratch_cr, data, style, width, height, 0, &g))
        g_string_append_printf (problems, "%s: no radar\n", what);
      else if (g.radius < style->font_size * 1.5)
        g_string_append_printf (problems, "%s: a radar of radius %.1f\n", what, g.radius);
      cairo_destroy (scratch_cr);
      cairo_surface_destroy (scratch);
    }

  for (guint a = 0; strict && a < boxes->len; a++)
    {
      const CbChartBox *p = &g_array_index (boxes, CbChartBox, a);

      if (!isfinite (p->x) || !isfinite (p->y) || !isfinite (p->width) || !isfinite (p->height))
        {
          g_string_append_printf (problems, "%s: label %u at NaN\n", what, a);
          continue;
        }
      if (p->width <= 0 || p->height <= 0)
        g_string_append_printf (problems, "%s: label %u is empty\n", what, a);
      /* Half a pixel of slack for rounding. */
      if (p->x < -0.5 || p->y < -0.5 || p->x + p->width > width + 0.5 || p->y + p->height > height + 0.5)
        g_string_append_printf (problems, "%s: label %u (%.1f, %.1f, %.1f × %.1f) is cut off by the canvas\n",
                                what, a, p->x, p->y, p->width, p->height);
      for (guint b = a + 1; b < boxes->len; b++)
        {
          const CbChartBox *q = &g_array_index (boxes, CbChartBox, b);
          double ox = MIN (p->x + p->width, q->x + q->width) - MAX (p->x, q->x);
          double oy = MIN (p->y + p->height, q->y + q->height) - MAX (p->y, q->y);

          /* A pixel of slack: line boxes of neighbours may touch. */
          if (ox > 1.0 && oy > 1.0)
            g_string_append_printf (problems,
                                    "%s: labels %u (%.1f, %.1f, %.1f × %.1f) and %u (%.1f, %.1f, %.1f × %.1f) "
                                    "overlap\n", what, a, p->x, p->y, p->width, p->height,
                                    b, q->x, q->y, q->width, q->height);
        }
    }
  /* To look at them: CASEBENCH_CHART_DUMP=folder. */
  if (g_getenv ("CASEBENCH_CHART_DUMP") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s.png", what);
      g_autofree char *path = NULL;

      g_strdelimit (name, " :/,", '_');
      path = g_build_filename (g_getenv ("CASEBENCH_CHART_DUMP"), name, NULL);
      cairo_surface_write_to_png (surface, path);
    }
  cairo_surface_destroy (surface);
}


/* "radar zh indicator small-multiples 480×360" */
static char *
render_name (const char    *scenario,
             CbChartKind    kind,
             guint          labels,
             CbChartLevel   level,
             gboolean       multiples,
             double         width,
             double         height,
             const char    *suffix)
{
  return g_strdup_printf ("%s%s%s %s %s%s %g×%g%s", scenario != NULL ? scenario : "",
                          scenario != NULL ? ": " : "", cb_chart_kind_to_string (kind), label_names[labels],
                          level == CB_CHART_LEVEL_DIMENSION ? "dimension" : "indicator",
                          multiples ? " small-multiples" : "", width, height, suffix != NULL ? suffix : "");
}

/* Every kind, level, language and size, with and without small
 * multiples, on the default workbook. */
static void
test_layout_default (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  g_autoptr(GString) problems = g_string_new (NULL);
  CbChartStyle light, dark, large;

  cb_chart_style_init (&light, FALSE);
  cb_chart_style_init (&dark, TRUE);
  /* Large text, as a desktop's text scaling asks for. */
  cb_chart_style_init (&large, FALSE);
  large.font_size = 20;

  for (guint l = 0; l < G_N_ELEMENTS (all_labels); l++)
    {
      for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
        for (CbChartLevel level = CB_CHART_LEVEL_DIMENSION; level <= CB_CHART_LEVEL_INDICATOR; level++)
          for (guint multiples = 0; multiples < 2; multiples++)
            {
              g_autoptr(CbChartData) data = cb_test_chart_data (result, all_labels[l], level, multiples);

              for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
                {
                  g_autofree char *what = render_name (NULL, kind, l, level, multiples, sizes[s].width,
                                                       sizes[s].height, NULL);

                  check_render (kind, data, s % 2 ? &dark : &light, sizes[s].width, sizes[s].height,
                                CHECK_STRICT | CHECK_RADAR, what, problems);
                }
              for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
                {
                  g_autofree char *what = render_name (NULL, kind, l, level, multiples, sizes[s].width,
                                                       sizes[s].height, ", large text");

                  /* Too little room for a radar may leave a message. */
                  check_render (kind, data, &large, sizes[s].width, sizes[s].height, CHECK_STRICT, what, problems);
                }
            }
    }
  cb_test_assert_no_problems (problems);
}

/* The ranking with rank intervals from a sensitivity run. */
static void
test_layout_intervals (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  CbDataset *dataset = cb_result_get_dataset (result);
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(CbSensitivity) sensitivity = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  CbSensitivitySettings settings;
  CbChartStyle style, dark;

  cb_chart_style_init (&style, FALSE);
  cb_chart_style_init (&dark, TRUE);
  cb_sensitivity_settings_init (&settings);
  settings.samples = 200;
  sensitivity = cb_sensitivity_run (dataset, weights, &settings, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint l = 0; l < G_N_ELEMENTS (all_labels); l++)
    {
      g_autoptr(CbChartData) data = cb_test_chart_data (result, all_labels[l], CB_CHART_LEVEL_DIMENSION, FALSE);
      g_autofree char *text = NULL;

      cb_chart_data_set_sensitivity (data, sensitivity);
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autofree char *what = g_strdup_printf ("ranking with intervals %s %g×%g", label_names[l],
                                                   sizes[s].width, sizes[s].height);

          check_render (CB_CHART_RANKING, data, &style, sizes[s].width, sizes[s].height, CHECK_STRICT, what,
                        problems);
          g_free (what);
          what = g_strdup_printf ("acceptability %s %g×%g", label_names[l], sizes[s].width, sizes[s].height);
          check_render (CB_CHART_ACCEPTABILITY, data, s % 2 ? &dark : &style, sizes[s].width, sizes[s].height,
                        CHECK_STRICT, what, problems);
        }
      text = cb_chart_describe (CB_CHART_RANKING, data);
      {
        /* In the language the chart's own text is in. */
        g_autofree char *expected = g_strdup_printf ("; %s ", g_dgettext (GETTEXT_PACKAGE, "5–95 % rank interval"));

        g_assert_nonnull (strstr (text, expected));
      }
    }
  cb_test_assert_no_problems (problems);
}

/* cb_chart_draw, the call the widgets and the export use, keeps within
 * the canvas too, and lets the caller's cairo state be. */
static void
test_public_draw (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  g_autoptr(CbChartData) data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
  Rgb sentinel = cb_test_rgb_from_hex (SENTINEL_HEX);
  CbChartStyle style;

  cb_chart_style_init (&style, FALSE);
  for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480 + 2 * BORDER,
                                                             360 + 2 * BORDER);
      cairo_t *cr = cairo_create (surface);
      double x = 1, y = 1, x1, y1, x2, y2;

      cairo_set_source_rgb (cr, sentinel.r / 255.0, sentinel.g / 255.0, sentinel.b / 255.0);
      cairo_paint (cr);
      cairo_translate (cr, BORDER, BORDER);
      cb_chart_draw (kind, cr, data, &style, 480, 360, NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      /* The caller's transformation as it was, and no clip left. */
      cairo_user_to_device (cr, &x, &y);
      g_assert_cmpfloat (x, ==, BORDER + 1);
      g_assert_cmpfloat (y, ==, BORDER + 1);
      cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
      g_assert_cmpfloat (x1, ==, -BORDER);
      g_assert_cmpfloat (y1, ==, -BORDER);
      g_assert_cmpfloat (x2, ==, 480 + BORDER);
      g_assert_cmpfloat (y2, ==, 360 + BORDER);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int py = 0; py < 360 + 2 * BORDER; py++)
        for (int px = 0; px < 480 + 2 * BORDER; px++)
          if (px < BORDER || py < BORDER || px >= 480 + BORDER || py >= 360 + BORDER)
            g_assert_cmpint (cb_test_rgb_distance (cb_test_pixel (surface, px, py), sentinel), ==, 0);
      cairo_surface_destroy (surface);
    }
}

/* ---- Radar geometry ---- */

/* Three dimensions of one indicator each, on 0–100 with target 60: the
 * goalposts normalisation keeps the values, and a dimension's score is
 * its indicator's. */
static void
test_radar_vertex (void)
{
  const double values[] = { 80, 40, 100 };
  const char *colour = "#D55E00";
  g_autoptr(CbDataset) dataset = cb_test_make_dataset (1, 3, 1, values, NULL);
  g_autoptr(CbResult) result = NULL;
  g_autoptr(CbChartData) data = NULL;
  const struct {
    gboolean dark;
    double width;
    double height;
  } cases[] = {
    { FALSE, 480, 360 },
    { TRUE, 480, 360 },
    { FALSE, 800, 600 },
    { FALSE, 600, 900 },
    { TRUE, 1600, 1200 },
  };

  cb_dataset_set_case_colour (dataset, 0, colour);
  result = cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
  data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) cases[k].width,
                                                             (int) cases[k].height);
      cairo_t *cr = cairo_create (surface);
      CbRadarGeometry g;
      CbChartStyle style;
      Rgb target;

      g_test_message ("%s %g×%g", cases[k].dark ? "dark" : "light", cases[k].width, cases[k].height);
      cb_chart_style_init (&style, cases[k].dark);
      target = cb_test_rgb_from_colour (&style.target);
      g_assert_true (_cb_radar_chart_geometry (cr, data, &style, cases[k].width, cases[k].height, 0, &g));
      g_assert_cmpuint (g.n_axes, ==, 3);
      g_assert_cmpfloat (g.lo, ==, 0);
      g_assert_cmpfloat (g.hi, ==, 100);
      g_assert_cmpfloat (g.radius, >, 40);
      cb_chart_draw (CB_CHART_RADAR, cr, data, &style, cases[k].width, cases[k].height, NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      for (guint axis = 0; axis < 3; axis++)
        {
          /* methods.md B7: axis k of K at −π/2 + 2πk/K, clockwise from 12
           * o'clock; r = R·(v − lo) / (hi − lo). */
          double angle = -G_PI / 2 + 2 * G_PI * axis / 3;
          double r = g.radius * (values[axis] - g.lo) / (g.hi - g.lo);
          double x = g.cx + r * cos (angle), y = g.cy + r * sin (angle);
          double rt = g.radius * (60 - g.lo) / (g.hi - g.lo);
          double tx = g.cx + rt * cos (angle), ty = g.cy + rt * sin (angle);
          guint hits = 0, misses = 0, steps;
          Rgb vertex, beyond;
          double nx, ny;

          /* The case's marker sits on the vertex, and not 6 px further
           * out along the axis (nothing of the case is drawn there). */
          vertex = cb_test_pixel (surface, (int) floor (x), (int) floor (y));
          beyond = cb_test_pixel (surface, (int) floor (x + 6 * cos (angle)), (int) floor (y + 6 * sin (angle)));
          g_assert_cmpint (cb_test_rgb_distance (vertex, cb_test_rgb_from_hex (colour)), <=, 2);
          g_assert_cmpint (cb_test_rgb_distance (beyond, cb_test_rgb_from_hex (colour)), >, 40);

          /* The target polygon: along its edge to the next axis, pixels
           * of the target colour (looking across the line, not along
           * it), with the gaps of a dashed line: on 3.5, off 2.2 line
           * widths. */
          nx = g.cx + rt * cos (angle + 2 * G_PI / 3);
          ny = g.cy + rt * sin (angle + 2 * G_PI / 3);
          steps = (guint) hypot (nx - tx, ny - ty);
          for (guint s = 4; s + 4 < steps; s++)
            {
              double px = tx + (nx - tx) * s / steps, py = ty + (ny - ty) * s / steps;
              double normal_x = -(ny - ty) / steps, normal_y = (nx - tx) / steps;
              int best = 255;

              for (double t = -1.0; t <= 1.0; t += 0.5)
                {
                  Rgb across = cb_test_pixel (surface, (int) floor (px + t * normal_x),
                                              (int) floor (py + t * normal_y));

                  best = MIN (best, cb_test_rgb_distance (across, target));
                }
              if (best <= 60)
                hits++;
              else
                misses++;
            }
          g_test_message ("axis %u: target colour at %u of %u points", axis, hits, hits + misses);
          g_assert_cmpfloat ((double) hits / (hits + misses), >, 0.4);
          g_assert_cmpfloat ((double) hits / (hits + misses), <, 0.85);
        }
      cairo_surface_destroy (surface);
    }
}

/* Small multiples: each case's vertices on its own radar, all of one
 * size. */
static void
test_radar_small_multiples (void)
{
  const double values[] = { 80, 40, 100, 30, 90, 50 };
  const char *colours[] = { "#D55E00", "#0072B2" };
  g_autoptr(CbDataset) dataset = cb_test_make_dataset (2, 3, 1, values, NULL);
  g_autoptr(CbResult) result = NULL;
  g_autoptr(CbChartData) data = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (surface);
  CbRadarGeometry g[2];
  CbChartStyle style;

  for (guint c = 0; c < 2; c++)
    cb_dataset_set_case_colour (dataset, c, colours[c]);
  result = cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
  data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, TRUE);
  cb_chart_style_init (&style, FALSE);

  for (guint c = 0; c < 2; c++)
    g_assert_true (_cb_radar_chart_geometry (cr, data, &style, 800, 600, c, &g[c]));
  g_assert_cmpfloat (g[0].radius, ==, g[1].radius);
  /* Apart: a triangle of radius R is R√3 wide and 1.5 R tall. */
  g_assert_true (fabs (g[0].cx - g[1].cx) >= g[0].radius * sqrt (3) || fabs (g[0].cy - g[1].cy) >= g[0].radius * 1.5);
  cb_chart_draw (CB_CHART_RADAR, cr, data, &style, 800, 600, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint c = 0; c < 2; c++)
    for (guint axis = 0; axis < 3; axis++)
      {
        double angle = -G_PI / 2 + 2 * G_PI * axis / 3;
        double r = g[c].radius * (values[c * 3 + axis] - g[c].lo) / (g[c].hi - g[c].lo);

        Rgb vertex = cb_test_pixel (surface, (int) floor (g[c].cx + r * cos (angle)),
                                    (int) floor (g[c].cy + r * sin (angle)));

        g_assert_cmpint (cb_test_rgb_distance (vertex, cb_test_rgb_from_hex (colours[c])), <=, 2);
      }
  cairo_surface_destroy (surface);
}

/* ---- Styles ---- */

static void
test_styles (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  g_autoptr(CbChartData) data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);

  for (guint dark = 0; dark < 2; dark++)
    {
      CbChartStyle style;
      double fg, bg;

      cb_chart_style_init (&style, dark);
      g_assert_cmpint (style.dark, ==, dark);
      /* Text contrasts with the background (WCAG AA: 4.5). */
      fg = _cb_chart_luminance (&style.foreground);
      bg = _cb_chart_luminance (&style.background);
      g_assert_cmpfloat ((MAX (fg, bg) + 0.05) / (MIN (fg, bg) + 0.05), >=, 4.5);
      for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 360);
          cairo_t *cr = cairo_create (surface);
          const int points[][2] = { { 1, 1 }, { 478, 1 }, { 1, 358 }, { 478, 358 } };
          guint dark_pixels = 0, light_pixels = 0;

          cb_chart_draw (kind, cr, data, &style, 480, 360, NULL);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          for (guint p = 0; p < G_N_ELEMENTS (points); p++)
            {
              double l = cb_test_luminance (cb_test_pixel (surface, points[p][0], points[p][1]));

              if (dark)
                g_assert_cmpfloat (l, <, 0.1);
              else
                g_assert_cmpfloat (l, >, 0.9);
            }
          /* And the text is there, in the other lightness: the title's
           * area holds pixels of both. */
          for (int y = 16; y < 36; y++)
            for (int x = 16; x < 200; x++)
              {
                double l = cb_test_luminance (cb_test_pixel (surface, x, y));

                dark_pixels += l < 0.1;
                light_pixels += l > 0.8;
              }
          g_assert_cmpuint (dark ? light_pixels : dark_pixels, >, 100);
          cairo_surface_destroy (surface);
        }
    }
}

/* ---- Degenerate inputs ---- */

typedef enum
{
  DATA_DEFAULT,
  DATA_NO_CASES,
  DATA_ONE_INDICATOR,
  DATA_TWO_INDICATORS,
  DATA_MISSING,
  DATA_ALL_EQUAL_MINMAX,
  DATA_ALL_EQUAL_GOALPOSTS,
  DATA_SINGLE_CASE,
  DATA_ZSCORE,
  DATA_GEOMETRIC,
  DATA_MANY_CASES,
  DATA_LONG_NAMES,
  DATA_REFERENCE_ONLY,
} Scenario;

static CbResult *
scenario_result (Scenario scenario)
{
  const double missing[] = {
    /* 3 cases × (3 dimensions × 2 indicators) */
    NAN, 50, 60, NAN, 70, 80,
    NAN, NAN, NAN, NAN, NAN, NAN,
    10, 20, 30, 40, 50, NAN,
  };
  const double equal[] = { 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 };
  const double one[] = { 30, 70 };
  g_autoptr(CbDataset) dataset = NULL;

  switch (scenario)
    {
    case DATA_DEFAULT:
    case DATA_NO_CASES:
      return cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
    case DATA_ZSCORE:
      return cb_test_default_result (CB_NORMALISATION_ZSCORE, CB_AGGREGATION_ARITHMETIC);
    case DATA_GEOMETRIC:
      return cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_GEOMETRIC);
    case DATA_ONE_INDICATOR:
      dataset = cb_test_make_dataset (2, 1, 1, one, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_TWO_INDICATORS:
      dataset = cb_test_make_dataset (2, 1, 2, NULL, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_MISSING:
      dataset = cb_test_make_dataset (3, 3, 2, missing, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_ALL_EQUAL_MINMAX:
      dataset = cb_test_make_dataset (2, 3, 2, equal, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_MINMAX);
    case DATA_ALL_EQUAL_GOALPOSTS:
      dataset = cb_test_make_dataset (2, 3, 2, equal, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_SINGLE_CASE:
      dataset = cb_test_make_dataset (1, 3, 2, NULL, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_MANY_CASES:
      dataset = cb_test_make_dataset (14, 4, 3, NULL, NULL);
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_LONG_NAMES:
      dataset = cb_test_make_dataset (4, 3, 3, NULL,
                                      "A name much longer than any label has room for, to be wrapped or cut: ");
      return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    case DATA_REFERENCE_ONLY:
    default:
      {
        g_autoptr(CbText) name = cb_text_new ("Baseline", "基线");

        dataset = cb_test_make_dataset (1, 3, 1, one, NULL);
        cb_dataset_set_case (dataset, 0, 1, "c0", name, TRUE);
        return cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
      }
    }
}

static void
test_degenerate (void)
{
  static const char * const names[] = {
    [DATA_DEFAULT] = "default", [DATA_NO_CASES] = "no cases", [DATA_ONE_INDICATOR] = "one indicator",
    [DATA_TWO_INDICATORS] = "two indicators", [DATA_MISSING] = "missing scores",
    [DATA_ALL_EQUAL_MINMAX] = "all equal, min–max", [DATA_ALL_EQUAL_GOALPOSTS] = "all equal, goalposts",
    [DATA_SINGLE_CASE] = "single case", [DATA_ZSCORE] = "z-scores", [DATA_GEOMETRIC] = "geometric mean",
    [DATA_MANY_CASES] = "fourteen cases", [DATA_LONG_NAMES] = "long names",
    [DATA_REFERENCE_ONLY] = "only a reference",
  };
  g_autoptr(GString) problems = g_string_new (NULL);
  const struct {
    double width;
    double height;
  } tiny[] = { { 100, 100 }, { 240, 180 } };
  CbChartStyle styles[2];

  cb_chart_style_init (&styles[0], FALSE);
  cb_chart_style_init (&styles[1], TRUE);

  for (Scenario scenario = DATA_NO_CASES; scenario <= DATA_REFERENCE_ONLY; scenario++)
    {
      g_autoptr(CbResult) result = scenario_result (scenario);

      for (guint l = 0; l < G_N_ELEMENTS (all_labels); l++)
        for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
          for (CbChartLevel level = CB_CHART_LEVEL_DIMENSION; level <= CB_CHART_LEVEL_INDICATOR; level++)
            for (guint multiples = 0; multiples < 2; multiples++)
              {
                g_autoptr(CbChartData) data = cb_test_chart_data (result, all_labels[l], level, multiples);
                g_autofree char *text = NULL;

                if (scenario == DATA_NO_CASES)
                  cb_chart_data_set_cases (data, NULL, 0);
                for (guint s = 0; s < G_N_ELEMENTS (sizes); s += 5)
                  {
                    g_autofree char *what = render_name (names[scenario], kind, l, level, multiples,
                                                         sizes[s].width, sizes[s].height, NULL);

                    check_render (kind, data, &styles[(s / 5 + l) % 2], sizes[s].width, sizes[s].height,
                                  CHECK_STRICT | CHECK_RADAR, what, problems);
                  }
                /* Below the sizes the charts are made for (the export
                 * allows 100 × 100): cramped, but no warnings, and
                 * cb_chart_draw keeps within the canvas. */
                for (guint s = 0; s < G_N_ELEMENTS (tiny); s++)
                  {
                    g_autofree char *what = render_name (names[scenario], kind, l, level, multiples,
                                                         tiny[s].width, tiny[s].height, NULL);

                    check_render (kind, data, &styles[0], tiny[s].width, tiny[s].height, CHECK_CLIPPED, what,
                                  problems);
                  }

                text = cb_chart_describe (kind, data);
                g_assert_nonnull (text);
                g_assert_cmpuint (strlen (text), >, 20);
                g_assert_true (g_utf8_validate (text, -1, NULL));
                if (g_regex_match_simple ("\\b(nan|inf)\\b", text, G_REGEX_CASELESS, 0))
                  g_string_append_printf (problems, "%s: %s %s: the summary has a NaN: %s\n", names[scenario],
                                          cb_chart_kind_to_string (kind), label_names[l], text);
              }
    }
  cb_test_assert_no_problems (problems);
}

/* ---- Text summaries ---- */

static void
test_describe (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  CbDataset *dataset = cb_result_get_dataset (result);
  g_autoptr(CbChartData) data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
  g_autoptr(CbChartData) zh = cb_test_chart_data (result, CB_CHART_LABELS_ZH, CB_CHART_LEVEL_DIMENSION, FALSE);
  g_autoptr(CbChartData) indicators = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_INDICATOR, FALSE);
  g_autofree char *radar = cb_chart_describe (CB_CHART_RADAR, data);
  g_autofree char *ranking = cb_chart_describe (CB_CHART_RANKING, data);
  g_autofree char *gap = cb_chart_describe (CB_CHART_GAP, data);
  g_autofree char *heatmap = cb_chart_describe (CB_CHART_HEATMAP, indicators);
  g_autofree char *radar_zh = cb_chart_describe (CB_CHART_RADAR, zh);
  g_auto(GStrv) lines = g_strsplit (ranking, "\n", -1);

  g_assert_true (g_str_has_prefix (radar, "Radar chart of scores by dimension (Weights: Equal weights · "
                                          "arithmetic mean · rubric scale (0–100))."));
  /* Worked out in test-analysis.c: Karamay's dimensions. */
  g_assert_nonnull (strstr (radar, "\nKaramay: Co-construction 80.0, Co-governance 73.3, Co-enjoyment 60.0."));
  g_assert_nonnull (strstr (radar, "\nTarget: Co-construction 80.0, Co-governance 80.0, Co-enjoyment 80.0."));
  /* Every case, with each of its values. */
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s: %s %.1f, %s %.1f, %s %.1f.",
                                               cb_text_get_en (cb_dataset_get_case_name (dataset, c)),
                                               cb_text_get_en (cb_dataset_get_dimension_name (dataset, 0)),
                                               cb_result_get_dimension_score (result, c, 0),
                                               cb_text_get_en (cb_dataset_get_dimension_name (dataset, 1)),
                                               cb_result_get_dimension_score (result, c, 1),
                                               cb_text_get_en (cb_dataset_get_dimension_name (dataset, 2)),
                                               cb_result_get_dimension_score (result, c, 2));

      g_assert_nonnull (strstr (radar, line));
    }
  g_assert_nonnull (strstr (radar_zh, "\n克拉玛依: 共建 80.0, 共治 73.3, 共享 60.0."));

  /* The ranking: in rank order, the reference last and unranked. */
  g_assert_cmpstr (lines[1], ==, "1. Karamay 71.1.");
  g_assert_cmpstr (lines[2], ==, "2. Changchun 64.4.");
  g_assert_cmpstr (lines[6], ==, "6. Nanjing Qinhuai 51.1.");
  g_assert_cmpstr (lines[7], ==, "National baseline 28.9 (not ranked).");
  g_assert_null (lines[8]);

  /* The gaps: composite, target composite, the largest weighted gaps. */
  g_assert_nonnull (strstr (gap, "\nKaramay: composite 71.1, target composite 80.0; largest weighted gaps: "));
  g_assert_nonnull (strstr (heatmap, "Heat map of scores by case and indicator"));
  g_assert_nonnull (strstr (heatmap, "Community public spirit"));

  /* No cases chosen: said so. */
  cb_chart_data_set_cases (data, NULL, 0);
  for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
    {
      g_autofree char *text = cb_chart_describe (kind, data);

      g_assert_true (g_str_has_suffix (text, " No cases are chosen."));
    }
}

/* Rank acceptability with no noise: every case keeps its rank in every
 * sample, so the cells at the nominal ranks are all at the top of the
 * colour scale, on the diagonal, and the summary says 100 %. */
static void
test_acceptability (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  CbDataset *dataset = cb_result_get_dataset (result);
  g_autoptr(CbWeights) weights = cb_weights_new_equal (dataset);
  g_autoptr(CbSensitivity) sensitivity = NULL;
  g_autoptr(CbChartData) data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CbSensitivitySettings settings;
  CbChartStyle style;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (surface);
  Rgb top = cb_test_rgb_from_hex ("#FDE725");
  guint n_ranked, n_bands = 0;
  double band_x[16];
  gboolean in_band = FALSE;

  cb_chart_style_init (&style, FALSE);
  cb_sensitivity_settings_init (&settings);
  settings.samples = 50;
  settings.noise = 0;
  sensitivity = cb_sensitivity_run (dataset, weights, &settings, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  n_ranked = cb_sensitivity_get_n_ranked (sensitivity);
  g_assert_cmpuint (n_ranked, ==, 6);
  cb_chart_data_set_sensitivity (data, sensitivity);
  cb_chart_draw (CB_CHART_ACCEPTABILITY, cr, data, &style, 800, 600, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  if (g_getenv ("CASEBENCH_CHART_DUMP") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("CASEBENCH_CHART_DUMP"), "acceptability.png", NULL);

      cairo_surface_write_to_png (surface, path);
    }
  /* Bands of rows with the top colour: the six cells (and perhaps the
   * colour bar's end below them); each cell right of the one above. */
  for (int y = 0; y < 600; y++)
    {
      double sum = 0;
      guint n = 0;

      for (int x = 0; x < 800; x++)
        if (cb_test_rgb_distance (cb_test_pixel (surface, x, y), top) <= 3)
          sum += x, n++;
      if (n > 10 && !in_band && n_bands < G_N_ELEMENTS (band_x))
        band_x[n_bands++] = sum / n;
      in_band = n > 10;
    }
  g_assert_cmpuint (n_bands, >=, 6);
  for (guint b = 1; b < 6; b++)
    {
      g_test_message ("cell %u at x %.0f", b + 1, band_x[b]);
      g_assert_cmpfloat (band_x[b], >, band_x[b - 1] + 40);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  text = cb_chart_describe (CB_CHART_ACCEPTABILITY, data);
  g_test_message ("%s", text);
  {
    g_autofree char *expected = g_strdup_printf ("\n1. Karamay: %s 1 100 %%.", g_dgettext (GETTEXT_PACKAGE, "rank"));

    g_assert_nonnull (strstr (text, expected));
  }
}

/* Pixels within 3 of a case's own colour. */
static guint
count_colour (cairo_surface_t *surface,
              const char      *hex)
{
  Rgb colour = cb_test_rgb_from_hex (hex);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += cb_test_rgb_distance (cb_test_pixel (surface, x, y), colour) <= 3;
  return n;
}

/* The slope chart from equal weights to co-enjoyment alone: the moves
 * the engine gives, moved cases drawn in their full colour and the
 * others faded, and its layout sound at every size. */
static void
test_slope (void)
{
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  CbDataset *dataset = cb_result_get_dataset (result);
  g_autofree double *indicators = g_new (double, cb_dataset_get_n_indicators (dataset));
  double dims[3] = { 0, 0, 0 };
  g_autoptr(CbWeights) weights = NULL;
  g_autoptr(CbResult) versus = NULL;
  g_autoptr(CbChartData) data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  CbChartStyle light, dark;

  for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
    indicators[i] = 1;
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    if (g_str_equal (cb_text_get_en (cb_dataset_get_dimension_name (dataset, d)), "Co-enjoyment"))
      dims[d] = 1;
  weights = cb_weights_new (dataset, dims, indicators, &error);
  g_assert_no_error (error);
  versus = cb_analyse (dataset, weights, CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC, &error);
  g_assert_no_error (error);
  cb_chart_data_set_weight_set_name (data, "Equal weights");
  cb_chart_data_set_versus (data, versus, "Co-enjoyment only");

  text = cb_chart_describe (CB_CHART_SLOPE, data);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\nChangchun: 2 → 1 (↑1)."));
  g_assert_nonnull (strstr (text, "\nShanghai Jing'an: 5 → 3 (↑2)."));
  g_assert_nonnull (strstr (text, "\nBaotou Qingshan: 4 → 5 (↓1)."));
  g_assert_nonnull (strstr (text, "\nKaramay: 1 → 1 (=)."));

  cb_chart_style_init (&light, FALSE);
  cb_chart_style_init (&dark, TRUE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
  cr = cairo_create (surface);
  cb_chart_draw (CB_CHART_SLOPE, cr, data, &light, 900, 600, NULL);
  cairo_surface_flush (surface);
  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      const char *hex = cb_dataset_get_case_colour (dataset, c);
      gboolean moved = cb_result_get_rank (result, c) != cb_result_get_rank (versus, c);
      guint n;

      if (hex == NULL || cb_dataset_get_case_is_reference (dataset, c))
        continue;
      n = count_colour (surface, hex);
      g_test_message ("%s: %u pixels in its colour", cb_dataset_get_case_code (dataset, c), n);
      if (moved)
        g_assert_cmpuint (n, >, 200);
      else
        g_assert_cmpuint (n, <, 20);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *what = g_strdup_printf ("slope %g×%g", sizes[s].width, sizes[s].height);

      check_render (CB_CHART_SLOPE, data, s % 2 ? &dark : &light, sizes[s].width, sizes[s].height, CHECK_STRICT,
                    what, problems);
    }
  cb_test_assert_no_problems (problems);
}

/* A radar of hundreds of cases says at once that they are too many for
 * it, before laying out a name; a few cases fit the same canvas. */
static void
test_radar_too_many (void)
{
  const guint n_cases = 300;
  g_autofree double *values = g_new (double, n_cases * 3);
  g_autoptr(CbDataset) dataset = NULL;
  g_autoptr(CbResult) result = NULL;
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (CbChartBox));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 270);
  cairo_t *cr = cairo_create (surface);
  CbChartStyle style;

  for (guint k = 0; k < n_cases * 3; k++)
    values[k] = k % 5;
  dataset = cb_test_make_dataset (n_cases, 3, 1, values, NULL);
  result = cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
  data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
  cb_chart_style_init (&style, FALSE);
  style.font_size = 10;
  cb_chart_draw (CB_CHART_RADAR, cr, data, &style, 400, 270, boxes);
  /* Title, subtitle and the message: no legend, no axis names. */
  g_assert_cmpuint (boxes->len, <=, 4);

  g_array_set_size (boxes, 0);
  cb_chart_data_set_cases (data, (const guint[]) { 0, 1, 2 }, 3);
  cb_chart_draw (CB_CHART_RADAR, cr, data, &style, 400, 270, boxes);
  g_assert_cmpuint (boxes->len, >, 4);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("CASEBENCH_LOCALEDIR");

  /* --chrome-language=zh_CN: titles, legends and messages in Chinese
   * (data labels are chosen per chart). Set before any thread starts
   * (Pango starts one): the environment must not change after. */
  for (int k = 1; k < argc; k++)
    if (g_str_has_prefix (argv[k], "--chrome-language="))
      {
        g_setenv ("LANGUAGE", argv[k] + strlen ("--chrome-language="), TRUE);
        memmove (&argv[k], &argv[k + 1], sizeof (char *) * (argc - k));
        argc--;
        k--;
      }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/radar-vertex", test_radar_vertex);
  g_test_add_func ("/charts/radar-small-multiples", test_radar_small_multiples);
  g_test_add_func ("/charts/public-draw", test_public_draw);
  g_test_add_func ("/charts/layout/default", test_layout_default);
  g_test_add_func ("/charts/styles", test_styles);
  g_test_add_func ("/charts/layout/degenerate", test_degenerate);
  g_test_add_func ("/charts/describe", test_describe);
  g_test_add_func ("/charts/layout/intervals", test_layout_intervals);
  g_test_add_func ("/charts/acceptability", test_acceptability);
  g_test_add_func ("/charts/slope", test_slope);
  g_test_add_func ("/charts/radar-too-many", test_radar_too_many);

  return g_test_run ();
}
