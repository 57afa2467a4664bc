/* cb-chart-export.c: charts to PNG, SVG and PDF files
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same drawing as on screen, into a Cairo surface chosen by the
 * file's extension. Sizes are in CSS pixels (1/96 inch): a PNG has
 * width × scale pixels, an SVG says width × height px, a PDF page is
 * width × height × 0.75 points. Files are written beside their name and
 * moved into place, so a failed export leaves nothing half-written.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <zlib.h>

#include "cb-chart-export.h"

G_DEFINE_QUARK (cb-chart-export-error-quark, cb_chart_export_error)

/* The format named by the file's extension. */
gboolean
cb_chart_format_from_path (const char     *path,
                           CbChartFormat  *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = CB_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = CB_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = CB_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

typedef struct
{
  FILE *file;
  guint8 *row;
} PngWriter;

static void
png_writer_clear (PngWriter *writer)
{
  g_clear_pointer (&writer->file, fclose);
  g_clear_pointer (&writer->row, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PngWriter, png_writer_clear)

/* Writes an opaque image surface as an 8-bit RGB PNG. Cairo's own writer
 * keeps the alpha channel and compresses at zlib's default level, which
 * takes most of an export's time; charts are flat colour on an opaque
 * background, for which level 1 without row filters is about twice as
 * fast (1600 × 1200 radar: 37 ms instead of 74 ms for the whole export).
 * zlib's default strategy, not run-length encoding: in RGB a run of one
 * byte is only grey, so coloured areas went uncompressed (heat map 759 kB
 * with RLE, 66 kB without, in the same time). */
static gboolean
write_png (cairo_surface_t  *surface,
           const char       *path,
           GError          **error)
{
  g_auto(PngWriter) writer = { NULL, NULL };
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;
  png_structp png;
  png_infop info;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  writer.file = fopen (path, "wb");
  if (writer.file == NULL)
    return FALSE;
  writer.row = g_malloc ((gsize) width * 3);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_init_io (png, writer.file);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level (png, 1);
  png_set_compression_strategy (png, Z_DEFAULT_STRATEGY);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) y * stride);

      /* ARGB32 in native order; the background is opaque, so the colour
       * is not premultiplied by anything but 1. */
      for (int x = 0; x < width; x++)
        {
          writer.row[3 * x] = (pixels[x] >> 16) & 0xff;
          writer.row[3 * x + 1] = (pixels[x] >> 8) & 0xff;
          writer.row[3 * x + 2] = pixels[x] & 0xff;
        }
      png_write_row (png, writer.row);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);

  return fflush (writer.file) == 0 && !ferror (writer.file);
}

static gboolean
check_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, CB_CHART_EXPORT_ERROR, CB_CHART_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s."), display, cairo_status_to_string (status));
  return FALSE;
}

/**
 * cb_chart_export:
 * @scale: pixels per CSS pixel for PNG (2 or 3 for HiDPI or print);
 *   ignored by the vector formats
 *
 * Draws the chart into a PNG, SVG or PDF file, by the extension of @path.
 */
gboolean
cb_chart_export (CbChartKind          kind,
                 const CbChartData   *data,
                 const CbChartStyle  *style,
                 double               width,
                 double               height,
                 double               scale,
                 const char          *path,
                 GError             **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  cairo_surface_t *surface;
  CbChartFormat format;
  gboolean ok;
  cairo_t *cr;

  g_return_val_if_fail (data != NULL && style != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  if (!cb_chart_format_from_path (path, &format))
    {
      g_set_error (error, CB_CHART_EXPORT_ERROR, CB_CHART_EXPORT_ERROR_FORMAT,
                   _("“%s” does not end in .png, .svg or .pdf: which format should it be?"), display);
      return FALSE;
    }
  if (!(width >= 100 && height >= 100 && width <= 20000 && height <= 20000 && scale >= 0.25 && scale <= 8 &&
        width * height * scale * scale <= 2.5e8))
    {
      g_set_error (error, CB_CHART_EXPORT_ERROR, CB_CHART_EXPORT_ERROR_SIZE,
                   _("A chart must be 100 to 20000 pixels on each side, at a scale of 0.25 to 8, "
                     "and at most 250 million pixels in all (asked: %g × %g at %g)."),
                   width, height, scale);
      return FALSE;
    }

  tmp = g_strconcat (path, ".partial", NULL);
  switch (format)
    {
    case CB_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;
    case CB_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (tmp, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case CB_CHART_FORMAT_PDF:
    default:
      surface = cairo_pdf_surface_create (tmp, width * 0.75, height * 0.75);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Casebench " PACKAGE_VERSION);
      break;
    }

  cr = cairo_create (surface);
  if (format == CB_CHART_FORMAT_PNG)
    cairo_scale (cr, scale, scale);
  else if (format == CB_CHART_FORMAT_PDF)
    cairo_scale (cr, 0.75, 0.75);
  cb_chart_draw (kind, cr, data, style, width, height, NULL);
  cairo_destroy (cr);

  if (format == CB_CHART_FORMAT_PNG && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
      !write_png (surface, tmp, NULL))
    {
      int saved_errno = errno;

      g_set_error (error, CB_CHART_EXPORT_ERROR, CB_CHART_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      cairo_surface_destroy (surface);
      g_unlink (tmp);
      return FALSE;
    }
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  if (ok && g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CB_CHART_EXPORT_ERROR, CB_CHART_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}
