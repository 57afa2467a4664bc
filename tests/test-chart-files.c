/* test-chart-files.c: charts exported to PNG, SVG and PDF, and compared
 * with reference renderings
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference renderings live in tests/reference/. After an intended
 * change to a chart, regenerate them with
 *
 *   CASEBENCH_UPDATE_REFERENCES=1 meson test -C build chart-files
 *
 * and look at the new images before committing them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "cb-chart-export.h"
#include "cb-workbook.h"
#include "test-chart-helpers.h"

static const CbChartKind all_kinds[] = { CB_CHART_RADAR, CB_CHART_GAP, CB_CHART_RANKING, CB_CHART_HEATMAP };

/* ---- Export ---- */

typedef struct
{
  Rgb colours[8];
  guint n_colours;
  guint outlines[8];   /* stroked paths of more than one segment in that colour */
  guint samples[8];    /* stroked single segments (legend samples) */
  guint n_paths;
  gboolean svg_root;
  char *width;
  char *height;
} SvgScan;

/* A colour in cairo's SVG: rgb(80%,47.45098%,65.490196%), or with
 * numbers 0–255. */
static gboolean
parse_svg_colour (const char *text,
                  Rgb        *colour)
{
  double v[3];
  const char *p = text;

  if (!g_str_has_prefix (p, "rgb("))
    return FALSE;
  p += 4;
  for (guint k = 0; k < 3; k++)
    {
      char *end;

      while (*p == ' ' || *p == ',')
        p++;
      v[k] = g_ascii_strtod (p, &end);
      if (end == p)
        return FALSE;
      p = end;
      if (*p == '%')
        {
          v[k] *= 255.0 / 100.0;
          p++;
        }
    }
  *colour = (Rgb) { (int) round (v[0]), (int) round (v[1]), (int) round (v[2]) };
  return TRUE;
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  SvgScan *scan = user_data;
  const char *d = NULL;
  Rgb stroke;
  gboolean stroked = FALSE;
  guint segments = 0;

  if (g_str_equal (element, "svg"))
    {
      scan->svg_root = g_markup_parse_context_get_element_stack (context)->next == NULL;
      for (guint k = 0; names[k] != NULL; k++)
        {
          if (g_str_equal (names[k], "width"))
            {
              g_free (scan->width);
              scan->width = g_strdup (values[k]);
            }
          else if (g_str_equal (names[k], "height"))
            {
              g_free (scan->height);
              scan->height = g_strdup (values[k]);
            }
        }
      return;
    }
  if (!g_str_equal (element, "path"))
    return;
  scan->n_paths++;
  for (guint k = 0; names[k] != NULL; k++)
    {
      if (g_str_equal (names[k], "d"))
        d = values[k];
      else if (g_str_equal (names[k], "stroke"))
        stroked = parse_svg_colour (values[k], &stroke);
      else if (g_str_equal (names[k], "style"))
        {
          const char *s = strstr (values[k], "stroke:rgb(");

          if (s != NULL)
            stroked = parse_svg_colour (s + strlen ("stroke:"), &stroke);
        }
    }
  if (!stroked || d == NULL)
    return;
  for (const char *p = d; *p != '\0'; p++)
    segments += *p == 'L';
  for (guint c = 0; c < scan->n_colours; c++)
    if (cb_test_rgb_distance (stroke, scan->colours[c]) <= 1)
      {
        if (segments > 1)
          scan->outlines[c]++;
        else
          scan->samples[c]++;
      }
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_export (void)
{
  const char *colours[] = { "#D55E00", "#0072B2", "#009E73" };
  const char *codes[] = { "karamay", "changchun", "nanjing-qinhuai" };
  g_autoptr(CbResult) result = NULL;
  g_autoptr(CbChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("casebench-charts-XXXXXX", &error);
  CbChartStyle style;
  guint cases[3];

  g_assert_no_error (error);
  cb_chart_style_init (&style, FALSE);

  /* Three cases in colours of their own. */
  {
    g_autoptr(CbWorkbook) workbook = cb_workbook_new_in_memory (CB_WORKBOOK_CONTENT_DEFAULT, &error);
    g_autoptr(CbDataset) dataset = NULL;

    g_assert_no_error (error);
    dataset = cb_dataset_new_from_workbook (workbook);
    for (guint k = 0; k < 3; k++)
      {
        int c = cb_dataset_find_case (dataset, codes[k]);

        g_assert_cmpint (c, >=, 0);
        cases[k] = (guint) c;
        cb_dataset_set_case_colour (dataset, c, colours[k]);
      }
    result = cb_test_analyse (dataset, CB_NORMALISATION_GOALPOSTS);
    data = cb_test_chart_data (result, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE);
    cb_chart_data_set_cases (data, cases, 3);
  }

  /* PNG: width × scale pixels. */
  for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
    for (guint scale = 1; scale <= 2; scale++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%u.png", cb_chart_kind_to_string (kind), scale);
        g_autofree char *path = g_build_filename (dir, name, NULL);
        cairo_surface_t *png;

        g_assert_true (cb_chart_export (kind, data, &style, 640, 480, scale, path, &error));
        g_assert_no_error (error);
        png = cairo_image_surface_create_from_png (path);
        g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640 * scale);
        g_assert_cmpint (cairo_image_surface_get_height (png), ==, 480 * scale);
        cairo_surface_destroy (png);
      }

  /* SVG: well-formed, px, and one outline per case in its colour. */
  for (guint kind = 0; kind < G_N_ELEMENTS (all_kinds); kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.svg", cb_chart_kind_to_string (kind));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
      g_autoptr(GMarkupParseContext) context = NULL;
      SvgScan scan = { .n_colours = 3 };
      gsize length;

      g_assert_true (cb_chart_export (kind, data, &style, 800, 600, 1, path, &error));
      g_assert_no_error (error);
      contents = read_file (path, &length);
      for (guint k = 0; k < 3; k++)
        scan.colours[k] = cb_test_rgb_from_hex (colours[k]);
      context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
      g_assert_true (g_markup_parse_context_parse (context, contents, length, &error) &&
                     g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);
      g_assert_true (scan.svg_root);
      g_assert_cmpstr (scan.width, ==, "800px");
      g_assert_cmpstr (scan.height, ==, "600px");
      g_assert_cmpuint (scan.n_paths, >, 10);
      if (kind == CB_CHART_RADAR)
        for (guint k = 0; k < 3; k++)
          {
            /* One path per series, however many axes; and its legend. */
            g_assert_cmpuint (scan.outlines[k], ==, 1);
            g_assert_cmpuint (scan.samples[k], ==, 1);
          }
      g_free (scan.width);
      g_free (scan.height);
    }

  /* PDF: the page is width × height × 0.75 points. */
  {
    const struct {
      double width;
      double height;
    } pages[] = { { 800, 600 }, { 1000, 700 }, { 480, 360 } };

    for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
      {
        g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
        g_autofree char *contents = NULL;
        const char *box;
        double x0, y0, x1, y1;
        gsize length;

        g_assert_true (cb_chart_export (CB_CHART_RADAR, data, &style, pages[p].width, pages[p].height, 1,
                                        path, &error));
        g_assert_no_error (error);
        contents = read_file (path, &length);
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
        /* A PDF has binary streams: memmem, not strstr. */
        box = memmem (contents, length, "/MediaBox", strlen ("/MediaBox"));
        g_assert_nonnull (box);
        g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf ]", &x0, &y0, &x1, &y1), ==, 4);
        g_assert_cmpfloat (x0, ==, 0);
        g_assert_cmpfloat (y0, ==, 0);
        g_assert_cmpfloat_with_epsilon (x1, pages[p].width * 0.75, 1e-6);
        g_assert_cmpfloat_with_epsilon (y1, pages[p].height * 0.75, 1e-6);
        /* One page. */
        g_assert_null (memmem (box + 1, length - (box + 1 - contents), "/MediaBox", strlen ("/MediaBox")));
      }
  }

  /* Errors: a name that says no format, a size out of bounds, a folder
   * that is not there or not a folder, a name that is a folder. Nothing
   * is left behind. */
  {
    g_autofree char *file = g_build_filename (dir, "file.txt", NULL);
    g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
    const struct {
      const char *name;
      double width;
      int code;
    } errors[] = {
      { "chart.gif", 640, CB_CHART_EXPORT_ERROR_FORMAT },
      { "chart", 640, CB_CHART_EXPORT_ERROR_FORMAT },
      { "small.png", 50, CB_CHART_EXPORT_ERROR_SIZE },
      { "no-such-folder/chart.png", 640, CB_CHART_EXPORT_ERROR_WRITE },
      { "no-such-folder/chart.svg", 640, CB_CHART_EXPORT_ERROR_WRITE },
      { "no-such-folder/chart.pdf", 640, CB_CHART_EXPORT_ERROR_WRITE },
      { "file.txt/chart.png", 640, CB_CHART_EXPORT_ERROR_WRITE },
      { "folder.png", 640, CB_CHART_EXPORT_ERROR_WRITE },
    };

    g_assert_true (g_file_set_contents (file, "x", -1, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    for (guint k = 0; k < G_N_ELEMENTS (errors); k++)
      {
        g_autofree char *path = g_build_filename (dir, errors[k].name, NULL);
        g_autofree char *partial = g_strconcat (path, ".partial", NULL);

        g_test_message ("%s", errors[k].name);
        g_assert_false (cb_chart_export (CB_CHART_RADAR, data, &style, errors[k].width, 480, 1, path, &error));
        g_assert_error (error, CB_CHART_EXPORT_ERROR, errors[k].code);
        /* The message names the file. */
        if (errors[k].code != CB_CHART_EXPORT_ERROR_SIZE)
          g_assert_nonnull (strstr (error->message, errors[k].name));
        g_clear_error (&error);
        g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
        if (!g_str_equal (errors[k].name, "folder.png"))
          g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      }
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    g_remove (folder);
    g_remove (file);
  }

  /* Only what was asked for is left in the folder. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
    const char *name;
    guint n = 0;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_false (g_str_has_suffix (name, ".partial"));
        g_remove (path);
        n++;
      }
    g_assert_cmpuint (n, ==, 4 * 2 + 4 + 1);
  }
  g_rmdir (dir);
}

/* ---- Reference renderings ---- */

/* What is compared: per channel at most this far apart, and fewer than
 * this share of pixels beyond it (anti-aliasing may move a little
 * between versions of cairo and pixman). */
#define REFERENCE_CHANNEL_TOLERANCE 8
#define REFERENCE_PIXEL_SHARE 0.002

static gboolean
fonts_as_in_references (char **found)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string ("Sans 14");
  PangoFontset *fontset = pango_font_map_load_fontset (map, context, description,
                                                       pango_language_get_default ());
  PangoFont *latin = pango_fontset_get_font (fontset, 'A');
  PangoFont *han = pango_fontset_get_font (fontset, 0x5171 /* 共 */);
  g_autoptr(PangoFontDescription) latin_description = pango_font_describe (latin);
  g_autoptr(PangoFontDescription) han_description = pango_font_describe (han);
  const char *latin_family = pango_font_description_get_family (latin_description);
  const char *han_family = pango_font_description_get_family (han_description);
  gboolean same;

  *found = g_strdup_printf ("%s and %s", latin_family, han_family);
  same = g_strcmp0 (latin_family, "DejaVu Sans") == 0 && g_strcmp0 (han_family, "WenQuanYi Micro Hei") == 0;
  g_object_unref (han);
  g_object_unref (latin);
  g_object_unref (fontset);
  g_object_unref (context);
  return same;
}

static void
test_references (void)
{
  const struct {
    const char *file;
    CbChartKind kind;
    CbChartLabels labels;
    CbChartLevel level;
    gboolean dark;
  } references[] = {
    { "radar-en-light.png", CB_CHART_RADAR, CB_CHART_LABELS_EN, CB_CHART_LEVEL_DIMENSION, FALSE },
    { "ranking-zh-dark.png", CB_CHART_RANKING, CB_CHART_LABELS_ZH, CB_CHART_LEVEL_DIMENSION, TRUE },
    { "heatmap-both-light.png", CB_CHART_HEATMAP, CB_CHART_LABELS_BOTH, CB_CHART_LEVEL_INDICATOR, FALSE },
    { "gap-en-light.png", CB_CHART_GAP, CB_CHART_LABELS_EN, CB_CHART_LEVEL_INDICATOR, FALSE },
  };
  gboolean update = g_strcmp0 (g_getenv ("CASEBENCH_UPDATE_REFERENCES"), "1") == 0;
  g_autoptr(CbResult) result = cb_test_default_result (CB_NORMALISATION_GOALPOSTS, CB_AGGREGATION_ARITHMETIC);
  g_autofree char *fonts = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);

  if (!fonts_as_in_references (&fonts) && !update)
    {
      g_autofree char *message = g_strdup_printf ("the references were drawn with DejaVu Sans and "
                                                  "WenQuanYi Micro Hei, here the fonts are %s", fonts);

      g_test_skip (message);
      return;
    }

  /* The chrome is in English whatever the translations: a new
   * translation is no accident. */
  if (g_getenv ("LANGUAGE") != NULL)
    {
      g_test_skip ("the references have the chrome in English: unset LANGUAGE");
      return;
    }
  for (guint r = 0; r < G_N_ELEMENTS (references); r++)
    {
      g_autoptr(CbChartData) data = cb_test_chart_data (result, references[r].labels, references[r].level, FALSE);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "reference", references[r].file, NULL);
      cairo_surface_t *actual = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 360);
      cairo_surface_t *expected;
      cairo_t *cr = cairo_create (actual);
      CbChartStyle style;
      guint differing = 0, n;
      int worst = 0;

      cb_chart_style_init (&style, references[r].dark);
      cb_chart_draw (references[r].kind, cr, data, &style, 480, 360, NULL);
      cairo_destroy (cr);
      cairo_surface_flush (actual);

      if (update)
        {
          g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
          g_test_message ("wrote %s", path);
          cairo_surface_destroy (actual);
          continue;
        }

      expected = cairo_image_surface_create_from_png (path);
      if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
        {
          g_string_append_printf (problems, "cannot read %s (%s): to make it, run the test with "
                                  "CASEBENCH_UPDATE_REFERENCES=1\n", path,
                                  cairo_status_to_string (cairo_surface_status (expected)));
          cairo_surface_destroy (expected);
          cairo_surface_destroy (actual);
          continue;
        }
      g_assert_cmpint (cairo_image_surface_get_width (expected), ==, 480);
      g_assert_cmpint (cairo_image_surface_get_height (expected), ==, 360);
      for (int y = 0; y < 360; y++)
        for (int x = 0; x < 480; x++)
          {
            int d = cb_test_rgb_distance (cb_test_pixel (actual, x, y), cb_test_pixel (expected, x, y));

            worst = MAX (worst, d);
            differing += d > REFERENCE_CHANNEL_TOLERANCE;
          }
      n = 480 * 360;
      g_test_message ("%s: %u of %u pixels differ (at most %d)", references[r].file, differing, n, worst);
      if (differing >= n * REFERENCE_PIXEL_SHARE)
        {
          g_autofree char *name = g_strconcat ("actual-", references[r].file, NULL);
          g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, name, NULL);

          cairo_surface_write_to_png (actual, actual_path);
          g_string_append_printf (problems, "%s: %u of %u pixels differ from the reference; the new rendering "
                                  "is %s. If the change is intended, run the test with "
                                  "CASEBENCH_UPDATE_REFERENCES=1.\n", references[r].file, differing, n, actual_path);
        }
      cairo_surface_destroy (expected);
      cairo_surface_destroy (actual);
    }
  cb_test_assert_no_problems (problems);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/export", test_export);
  g_test_add_func ("/charts/references", test_references);

  return g_test_run ();
}
