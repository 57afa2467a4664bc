/* test-cli-export.c: casebench-cli export
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>

#include "test-cli-helpers.h"

static char *tmp_dir;
static char *workbook;

#define MAX_ARGS 24

/* Runs casebench-cli -w WORKBOOK export ARGS… (NULL-terminated);
 * returns the exit status. */
static int
run_export_argv (char        **out,
                 char        **err,
                 const char  **argv)
{
  const char *args[MAX_ARGS] = { "-w", workbook, "export" };
  guint n = 3;

  for (guint k = 0; argv[k] != NULL; k++)
    {
      g_assert_cmpuint (n, <, MAX_ARGS - 1);
      args[n++] = argv[k];
    }

  return cb_test_run_cli (NULL, out, err, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7],
                          args[8], args[9], args[10], args[11], args[12], args[13], args[14], args[15], args[16],
                          args[17], args[18], args[19], args[20], args[21], args[22], NULL);
}

static int
run_export (char       **out,
            char       **err,
            const char  *first_arg,
            ...)
{
  const char *args[MAX_ARGS] = { NULL };
  guint n = 0;
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    {
      g_assert_cmpuint (n, <, MAX_ARGS - 1);
      args[n++] = arg;
    }
  va_end (ap);
  return run_export_argv (out, err, args);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *contents_a = NULL;
  g_autofree char *contents_b = NULL;
  gsize length_a, length_b;

  g_assert_true (g_file_get_contents (a, &contents_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (b, &contents_b, &length_b, NULL));
  return length_a == length_b && memcmp (contents_a, contents_b, length_a) == 0;
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  return png;
}

/* WCAG relative luminance of a pixel of an opaque image. */
static double
luminance_at (cairo_surface_t *surface,
              int              x,
              int              y)
{
  const guchar *data;
  guint32 p;
  double c[3];

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  p = *(const guint32 *) (data + (gsize) y * cairo_image_surface_get_stride (surface) + (gsize) x * 4);
  c[0] = ((p >> 16) & 0xff) / 255.0;
  c[1] = ((p >> 8) & 0xff) / 255.0;
  c[2] = (p & 0xff) / 255.0;
  for (guint k = 0; k < 3; k++)
    c[k] = c[k] <= 0.03928 ? c[k] / 12.92 : pow ((c[k] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* Every chart in every format, at the default size. */
static void
test_formats (void)
{
  const char *charts[] = { "radar", "gap", "ranking", "heatmap" };
  const struct {
    const char *extension;
    const char *magic;
    gsize magic_length;
  } formats[] = {
    { "png", "\x89PNG\r\n\x1a\n", 8 },
    { "svg", "<?xml", 5 },
    { "pdf", "%PDF-", 5 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", charts[c], formats[f].extension);
        g_autofree char *path = tmp_path (name);
        g_autofree char *partial = g_strconcat (path, ".partial", NULL);
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        g_autofree char *contents = NULL;
        g_autoptr(GError) error = NULL;
        gsize length;

        g_test_message ("%s", name);
        g_assert_cmpint (run_export (&out, &err, "--chart", charts[c], "-o", path, NULL), ==, 0);
        g_assert_cmpstr (out, ==, "");
        g_assert_cmpstr (err, ==, "");
        g_assert_true (g_file_get_contents (path, &contents, &length, &error));
        g_assert_no_error (error);
        g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
        /* Not just a header: a chart with text and six cases. */
        g_assert_cmpuint (length, >, 5000);
        g_assert_cmpmem (contents, formats[f].magic_length, formats[f].magic, formats[f].magic_length);
        if (f == 0)
          {
            cairo_surface_t *png = read_png (path);

            /* The default size. */
            g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1200);
            g_assert_cmpint (cairo_image_surface_get_height (png), ==, 900);
            cairo_surface_destroy (png);
          }
        else if (f == 1)
          {
            g_assert_nonnull (strstr (contents, "<svg"));
            g_assert_nonnull (strstr (contents, "width=\"1200px\""));
            g_assert_true (g_str_has_suffix (g_strchomp (contents), "</svg>"));
          }
        else
          g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 900 675 ]", 25));
        g_remove (path);
      }
}

/* --scale multiplies a PNG's pixels, not a vector file's size. */
static void
test_scale (void)
{
  g_autofree char *one = tmp_path ("one.png");
  g_autofree char *two = tmp_path ("two.png");
  g_autofree char *pdf = tmp_path ("two.pdf");
  g_autofree char *contents = NULL;
  cairo_surface_t *png;
  gsize length;

  g_assert_cmpint (run_export (NULL, NULL, "--chart", "radar", "--width", "640", "--height", "480", "--scale", "1",
                               "-o", one, NULL), ==, 0);
  g_assert_cmpint (run_export (NULL, NULL, "--chart", "radar", "--width", "640", "--height", "480", "--scale", "2",
                               "-o", two, NULL), ==, 0);
  g_assert_cmpint (run_export (NULL, NULL, "--chart", "radar", "--width", "640", "--height", "480", "--scale", "2",
                               "-o", pdf, NULL), ==, 0);

  png = read_png (one);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 480);
  cairo_surface_destroy (png);
  png = read_png (two);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 960);
  cairo_surface_destroy (png);

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 480 360 ]", 25));

  g_remove (one);
  g_remove (two);
  g_remove (pdf);
}

/* --lang and --theme change the picture; the options of the analysis
 * and of the charts are taken. */
static void
test_options (void)
{
  const struct {
    const char *name;
    const char *args[8];
  } cases[] = {
    { "en.png", { "--chart", "ranking", "--lang", "en" } },
    { "zh.png", { "--chart", "ranking", "--lang", "zh" } },
    { "both.png", { "--chart", "ranking", "--lang", "both" } },
    { "default.png", { "--chart", "ranking" } },
    { "dark.png", { "--chart", "ranking", "--theme", "dark" } },
    { "light.png", { "--chart", "ranking", "--theme", "light" } },
    { "cases.png", { "--chart", "radar", "--cases", "karamay, changchun", "--small-multiples" } },
    { "indicator.png", { "--chart", "heatmap", "--level", "indicator", "--normalisation", "zscore" } },
    { "sorted.png", { "--chart", "gap", "--sort-by-gap", "--method", "geometric" } },
    { "intervals.png", { "--chart", "ranking", "--samples", "300", "--seed", "7", "--weights",
                         "co-enjoyment-first" } },
    { "acceptability.png", { "--chart", "acceptability", "--samples", "300", "--seed", "7" } },
  };
  g_autofree char *en = tmp_path ("en.png");
  g_autofree char *zh = tmp_path ("zh.png");
  g_autofree char *both = tmp_path ("both.png");
  g_autofree char *plain = tmp_path ("default.png");
  g_autofree char *dark = tmp_path ("dark.png");
  g_autofree char *light = tmp_path ("light.png");
  cairo_surface_t *png;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *path = tmp_path (cases[k].name);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      const char *args[MAX_ARGS] = { NULL };
      guint n = 0;
      gsize length;

      for (guint a = 0; a < G_N_ELEMENTS (cases[k].args) && cases[k].args[a] != NULL; a++)
        args[n++] = cases[k].args[a];
      args[n++] = "--width";
      args[n++] = "800";
      args[n++] = "--height";
      args[n++] = "600";
      args[n++] = "-o";
      args[n++] = path;

      g_test_message ("%s", cases[k].name);
      g_assert_cmpint (run_export_argv (&out, &err, args), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 5000);
      png = read_png (path);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
      cairo_surface_destroy (png);
    }

  /* Chinese labels are not the English ones, both is neither; the
   * default (in the C locale) is English. */
  g_assert_false (same_file (en, zh));
  g_assert_false (same_file (both, zh));
  g_assert_false (same_file (both, en));
  g_assert_true (same_file (plain, en));

  /* The dark theme has a dark background, the light one a light one;
   * the default is light. */
  png = read_png (dark);
  g_assert_cmpfloat (luminance_at (png, 2, 2), <, 0.1);
  g_assert_cmpfloat (luminance_at (png, 797, 597), <, 0.1);
  cairo_surface_destroy (png);
  png = read_png (light);
  g_assert_cmpfloat (luminance_at (png, 2, 2), >, 0.9);
  g_assert_cmpfloat (luminance_at (png, 797, 597), >, 0.9);
  cairo_surface_destroy (png);
  g_assert_true (same_file (plain, light));
}

static void
test_errors (void)
{
  g_autofree char *png = tmp_path ("error.png");
  g_autofree char *gif = tmp_path ("error.gif");
  g_autofree char *missing = tmp_path ("no-such-folder/error.png");
  const struct {
    const char *args[6];
    const char *output;
    int status;
    const char *message;
  } cases[] = {
    { { NULL }, png, 2, "Give --chart radar, gap, ranking, heatmap or acceptability." },
    { { "--chart", "pie" }, png, 2, "Give --chart radar, gap, ranking, heatmap or acceptability." },
    { { "--chart", "radar" }, gif, 2, "The file must end in .png, .svg or .pdf." },
    { { "--chart", "acceptability" }, png, 2, "The acceptability chart needs a sensitivity run: give --samples N." },
    { { "--chart", "radar" }, NULL, 2, "Give the file to write with -o FILE." },
    { { "--chart", "radar", "--cases", "karamay,atlantis" }, png, 1, "The workbook has no case “atlantis”." },
    { { "--chart", "radar", "--level", "district" }, png, 2,
      "Unknown level “district”: use dimension or indicator." },
    { { "--chart", "radar", "--theme", "sepia" }, png, 2, "Unknown theme “sepia”: use light or dark." },
    { { "--chart", "radar", "--lang", "fr" }, png, 2, "Unknown language “fr”: use en, zh or both." },
    { { "--chart", "radar", "--width", "50" }, png, 1, "A chart must be 100 to 20000 pixels on each side" },
    { { "--chart", "radar", "--scale", "20" }, png, 1, "at a scale of 0.25 to 8" },
    { { "--chart", "ranking", "--samples", "-1" }, png, 2, "--samples must be between 0 and 1000000." },
    { { "--chart", "radar", "--weights", "nope" }, png, 1, "no weight set “nope”" },
    { { "--chart", "radar" }, missing, 1, "Could not write" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *args[10] = { NULL };
      guint n = 0;

      for (guint a = 0; a < G_N_ELEMENTS (cases[k].args) && cases[k].args[a] != NULL; a++)
        args[n++] = cases[k].args[a];
      if (cases[k].output != NULL)
        {
          args[n++] = "-o";
          args[n++] = cases[k].output;
        }

      g_test_message ("%s", cases[k].message);
      g_assert_cmpint (run_export (&out, &err, args[0], args[1], args[2], args[3], args[4], args[5], args[6],
                                   args[7], NULL), ==, cases[k].status);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
      g_assert_nonnull (strstr (err, cases[k].message));
      /* Nothing written, not even in part. */
      if (cases[k].output != NULL)
        {
          g_autofree char *partial = g_strconcat (cases[k].output, ".partial", NULL);

          g_assert_false (g_file_test (cases[k].output, G_FILE_TEST_EXISTS));
          g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("casebench-cli-export-XXXXXX", &error);
  g_assert_no_error (error);
  workbook = g_build_filename (tmp_dir, "default.casebench", NULL);
  g_assert_cmpint (cb_test_run_cli (NULL, &out, NULL, "init", workbook, NULL), ==, 0);

  g_test_add_func ("/cli/export/formats", test_formats);
  g_test_add_func ("/cli/export/scale", test_scale);
  g_test_add_func ("/cli/export/options", test_options);
  g_test_add_func ("/cli/export/errors", test_errors);

  status = g_test_run ();
  {
    const char *rm[] = { "rm", "-rf", tmp_dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (workbook);
  g_free (tmp_dir);
  return status;
}
