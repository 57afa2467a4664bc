/* cb-chart-common.c: what every chart draws the same way
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Styles, the Okabe–Ito palette, text through Pango (so that Chinese
 * comes from the system's CJK font), titles, legends and messages, and
 * the dispatch to the chart kinds.
 */

#define G_LOG_DOMAIN "cb-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"

/* Okabe & Ito, "Color Universal Design": orange, sky blue, bluish green,
 * blue, vermillion, reddish purple. Yellow and black are left out: yellow
 * is unreadable as a line on white, black is the text. */
static const CbColor palette[] = {
  { 0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0, 1 },
  { 0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0, 1 },
  { 0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0, 1 },
  { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0, 1 },
  { 0xD5 / 255.0, 0x5E / 255.0, 0x00 / 255.0, 1 },
  { 0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0, 1 },
};

static CbColor
rgb (guint hex)
{
  return (CbColor) { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, 1 };
}

/* The light or dark style at 14 px body text. */
void
cb_chart_style_init (CbChartStyle *style,
                     gboolean      dark)
{
  g_return_if_fail (style != NULL);

  *style = (CbChartStyle) {
    .dark = dark,
    .high_contrast = FALSE,
    .font_size = 14.0,
    .font_family = NULL,
    .background = rgb (dark ? 0x1e1e1e : 0xffffff),
    .foreground = rgb (dark ? 0xf2f2f2 : 0x1c1c1c),
    .muted = rgb (dark ? 0xb8b8b8 : 0x5e5c64),
    .grid = rgb (dark ? 0x4a4a4a : 0xd6d6d6),
    .target = rgb (dark ? 0xf2f2f2 : 0x1c1c1c),
  };
}

/* For a projector: black on white with darker greys, and text sized to
 * the canvas, so that the smallest chart text (0.72 of the body) is
 * 24 px on a 1920 × 1080 screen and in proportion on others. */
void
cb_chart_style_init_projection (CbChartStyle *style,
                                double        width,
                                double        height)
{
  g_return_if_fail (style != NULL);

  cb_chart_style_init (style, FALSE);
  style->high_contrast = TRUE;
  style->foreground = rgb (0x000000);
  style->muted = rgb (0x303030);
  style->grid = rgb (0xb0b0b0);
  style->target = rgb (0x000000);
  style->font_size = MAX (16.0, MIN (height / 32.0, width / 56.0));
}

double
_cb_chart_luminance (const CbColor *colour)
{
  double c[3] = { colour->red, colour->green, colour->blue };

  /* WCAG relative luminance. */
  for (guint k = 0; k < 3; k++)
    c[k] = c[k] <= 0.03928 ? c[k] / 12.92 : pow ((c[k] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static gboolean
parse_colour (const char *text,
              CbColor    *colour)
{
  guint64 value;
  char *end = NULL;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;
  value = g_ascii_strtoull (text + 1, &end, 16);
  if (end == NULL || *end != '\0')
    return FALSE;
  *colour = rgb ((guint) value);
  return TRUE;
}

/* The colour of the k-th case shown: its own, else the palette's; a
 * reference profile without a colour of its own is drawn muted. */
CbColor
_cb_chart_series_colour (const CbChartData  *data,
                         const CbChartStyle *style,
                         guint               k)
{
  CbDataset *dataset = cb_result_get_dataset (data->result);
  guint c = g_array_index (data->cases, guint, k);
  CbColor colour;

  if (parse_colour (cb_dataset_get_case_colour (dataset, c), &colour))
    return colour;
  if (cb_dataset_get_case_is_reference (dataset, c))
    return style->muted;
  return palette[c % G_N_ELEMENTS (palette)];
}

void
_cb_chart_set_colour (cairo_t       *cr,
                      const CbColor *colour,
                      double         alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

/* Line patterns, so that series differ in more than colour. */
void
_cb_chart_set_dash (cairo_t *cr,
                    guint    k,
                    double   unit)
{
  static const double patterns[][4] = {
    { 0, 0, 0, 0 },
    { 6, 3, 0, 0 },
    { 2, 2, 0, 0 },
    { 8, 3, 2, 3 },
    { 4, 4, 0, 0 },
    { 10, 2, 2, 2 },
  };
  const double *p = patterns[k % G_N_ELEMENTS (patterns)];
  double dashes[4];
  guint n = p[0] == 0 ? 0 : (p[2] == 0 ? 2 : 4);

  for (guint i = 0; i < n; i++)
    dashes[i] = p[i] * unit;
  cairo_set_dash (cr, dashes, n, 0);
}

/* Adds a marker shape to the path: circle, square, triangle, diamond,
 * inverted triangle, plus. */
void
_cb_chart_marker_path (cairo_t *cr,
                       guint    k,
                       double   x,
                       double   y,
                       double   size)
{
  double r = size / 2;

  cairo_new_sub_path (cr);
  switch (k % 6)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.05, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case 4:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y - r * 0.8);
      cairo_line_to (cr, x - r * 1.05, y - r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      cairo_rectangle (cr, x - r * 1.1, y - r * 0.35, r * 2.2, r * 0.7);
      cairo_rectangle (cr, x - r * 0.35, y - r * 1.1, r * 0.7, r * 2.2);
      break;
    }
}

/* A marker filled with the current source. */
void
_cb_chart_marker (cairo_t *cr,
                  guint    k,
                  double   x,
                  double   y,
                  double   size)
{
  _cb_chart_marker_path (cr, k, x, y, size);
  cairo_fill (cr);
}

/* A layout of text at scale × the body size, wrapped at max_width (≤ 0:
 * no wrapping). */
PangoLayout *
_cb_chart_layout (cairo_t            *cr,
                  const CbChartStyle *style,
                  const char         *text,
                  double              scale,
                  gboolean            bold,
                  double              max_width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Metrics that do not depend on the device: the same layout on screen
   * and in files. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, style->font_size * scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
_cb_chart_layout_size (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* The width of the widest piece of the layout's text that cannot be
 * broken across lines without breaking a word: "construction" in
 * "Co-construction", one character of Chinese. */
double
_cb_chart_word_width (PangoLayout *layout)
{
  g_autoptr(PangoLayout) line = pango_layout_copy (layout);
  const char *text = pango_layout_get_text (line);
  const PangoLogAttr *attrs;
  double widest = 0, left = G_MAXDOUBLE, right = -G_MAXDOUBLE;
  int n_attrs, k = 0;

  pango_layout_set_width (line, -1);
  pango_layout_set_height (line, -1);
  pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_NONE);
  attrs = pango_layout_get_log_attrs_readonly (line, &n_attrs);
  for (const char *p = text; *p != '\0' && k < n_attrs; p = g_utf8_next_char (p), k++)
    {
      gunichar c = g_utf8_get_char (p);
      PangoRectangle pos;

      if (attrs[k].is_line_break && right > left)
        {
          widest = MAX (widest, right - left);
          left = G_MAXDOUBLE;
          right = -G_MAXDOUBLE;
        }
      if (g_unichar_isspace (c))
        continue;
      pango_layout_index_to_pos (line, (int) (p - text), &pos);
      left = MIN (left, (double) MIN (pos.x, pos.x + pos.width) / PANGO_SCALE);
      right = MAX (right, (double) MAX (pos.x, pos.x + pos.width) / PANGO_SCALE);
    }
  if (right > left)
    widest = MAX (widest, right - left);
  return widest;
}

/* Widens a wrapping layout, if need be, so that it breaks lines between
 * words only. */
void
_cb_chart_layout_keep_words (PangoLayout *layout)
{
  int width = pango_layout_get_width (layout);
  double word;

  if (width < 0)
    return;
  word = _cb_chart_word_width (layout);
  if (word * PANGO_SCALE > width)
    pango_layout_set_width (layout, (int) ceil ((word + 1) * PANGO_SCALE));
}

/* Draws the layout with its text aligned at (x, y) and records where the
 * text went. Multi-line text follows the horizontal alignment. */
void
_cb_chart_show (cairo_t       *cr,
                PangoLayout   *layout,
                double         x,
                double         y,
                CbAlign        xalign,
                CbAlign        yalign,
                const CbColor *colour,
                GArray        *boxes)
{
  PangoRectangle ink, logical;
  double left, top, width, height;

  if (xalign != CB_ALIGN_START && pango_layout_get_alignment (layout) == PANGO_ALIGN_LEFT)
    pango_layout_set_alignment (layout, xalign == CB_ALIGN_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);

  /* The logical rectangle may not start at the layout's origin (aligned
   * text in a wrapping width): place the text, not the layout. */
  pango_layout_get_extents (layout, &ink, &logical);
  width = (double) logical.width / PANGO_SCALE;
  height = (double) logical.height / PANGO_SCALE;
  left = x - (xalign == CB_ALIGN_CENTER ? width / 2 : (xalign == CB_ALIGN_END ? width : 0));
  top = y - (yalign == CB_ALIGN_CENTER ? height / 2 : (yalign == CB_ALIGN_END ? height : 0));

  _cb_chart_set_colour (cr, colour, 1.0);
  cairo_move_to (cr, left - (double) logical.x / PANGO_SCALE, top - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);

  if (boxes != NULL)
    {
      CbChartBox box = { left, top, width, height };

      g_array_append_val (boxes, box);
    }
}

/* Fills the background and draws the title and subtitle; returns the y
 * where the chart's own drawing starts. */
double
_cb_chart_begin (cairo_t            *cr,
                 const CbChartData  *data,
                 const CbChartStyle *style,
                 double              width,
                 double              height,
                 const char         *title,
                 GArray             *boxes)
{
  double margin = style->font_size * CB_CHART_MARGIN;
  g_autofree char *subtitle = _cb_chart_subtitle (data);
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) subtitle_layout = NULL;
  double y = margin, h;

  /* The canvas, not the whole clip: a chart kind drawn on its own
   * leaves what lies outside its canvas alone (tests check it). */
  _cb_chart_set_colour (cr, &style->background, 1.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  title_layout = _cb_chart_layout (cr, style, title, CB_CHART_TITLE_SCALE, TRUE, width - 2 * margin);
  _cb_chart_show (cr, title_layout, margin, y, CB_ALIGN_START, CB_ALIGN_START, &style->foreground, boxes);
  _cb_chart_layout_size (title_layout, NULL, &h);
  y += h + style->font_size * 0.15;

  subtitle_layout = _cb_chart_layout (cr, style, subtitle, CB_CHART_SMALL_SCALE, FALSE, width - 2 * margin);
  _cb_chart_show (cr, subtitle_layout, margin, y, CB_ALIGN_START, CB_ALIGN_START, &style->muted, boxes);
  _cb_chart_layout_size (subtitle_layout, NULL, &h);
  return y + h + style->font_size * 0.8;
}

/* A message in the middle of the area, for a chart with nothing to show. */
void
_cb_chart_message (cairo_t            *cr,
                   const CbChartStyle *style,
                   double              x,
                   double              y,
                   double              width,
                   double              height,
                   const char         *message,
                   GArray             *boxes)
{
  g_autoptr(PangoLayout) layout = _cb_chart_layout (cr, style, message, 1.0, FALSE, MAX (10, width * 0.8));

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  _cb_chart_show (cr, layout, x + width / 2, y + height / 2, CB_ALIGN_CENTER, CB_ALIGN_CENTER,
                  &style->muted, boxes);
}

/* Places legend entries of the given widths in columns of column_w, an
 * entry wider than a column taking two or more; returns the rows. */
static guint
legend_grid (const double *entry_w,
             guint         n,
             double        width,
             double        gap,
             double        column_w,
             guint        *row_of,
             guint        *column_of)
{
  guint columns = (guint) CLAMP (floor ((width + gap) / (column_w + gap)), 1, n);
  guint row = 0, column = 0;

  for (guint k = 0; k < n; k++)
    {
      guint span = (guint) CLAMP (ceil ((entry_w[k] + gap) / (column_w + gap) - 1e-9), 1, columns);

      if (column + span > columns)
        {
          row++;
          column = 0;
        }
      row_of[k] = row;
      column_of[k] = column;
      column += span;
    }
  return row + 1;
}

/* The legend of the cases shown (and the target) in columns of equal
 * width, as many as fit in width, an entry wider than a column taking
 * two or more, from (x, y); returns its height. Entries wrap, or if
 * compact, are cut to a line each. With draw FALSE it only measures. */
/* Whether a legend of n_entries cannot fit width × height however short
 * its names: a lower bound on its rows (an entry is at least its sample,
 * a gap and a character wide, a line high), found without laying out a
 * name. A chart of a thousand cases says so at once. */
gboolean
_cb_chart_legend_cannot_fit (const CbChartStyle *style,
                             guint               n_entries,
                             double              width,
                             double              height)
{
  double unit = style->font_size;
  guint columns = MAX (1, (guint) (width / (unit * 4.0)));

  return ceil ((double) n_entries / columns) * unit * 1.6 > height;
}

double
_cb_chart_legend (cairo_t            *cr,
                  const CbChartData  *data,
                  const CbChartStyle *style,
                  double              x,
                  double              y,
                  double              width,
                  gboolean            with_target,
                  gboolean            compact,
                  gboolean            draw,
                  GArray             *boxes)
{
  double unit = style->font_size;
  double sample = unit * 2.2, gap = unit * 1.2, line_height = unit * 1.6;
  double text_x = sample + unit * 0.4, column_w = 0, widest = 0, cy = y;
  guint n = data->cases->len + (with_target ? 1 : 0);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *entry_w = g_new0 (double, MAX (n, 1));
  g_autofree guint *row_of = g_new0 (guint, MAX (n, 1));
  g_autofree guint *column_of = g_new0 (guint, MAX (n, 1));
  guint rows;

  if (n == 0)
    return 0;

  for (guint k = 0; k < n; k++)
    {
      gboolean target = k == data->cases->len;
      g_autofree char *label = target ? g_strdup (_("Target (expected level)"))
                                      : _cb_chart_case_label (data, g_array_index (data->cases, guint, k));
      PangoLayout *layout = _cb_chart_layout (cr, style, label, CB_CHART_SMALL_SCALE, FALSE,
                                              MAX (unit, width - text_x));
      double text_width;

      if (compact)
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      _cb_chart_layout_size (layout, &text_width, NULL);
      entry_w[k] = text_x + text_width;
      if (!target || n == 1)
        column_w = MAX (column_w, entry_w[k]);
      widest = MAX (widest, entry_w[k]);
      g_ptr_array_add (layouts, layout);
    }

  /* Columns as wide as the widest case, the target spanning two if it
   * must; or as wide as the target, if that takes fewer rows. */
  rows = legend_grid (entry_w, n, width, gap, column_w, row_of, column_of);
  if (widest > column_w)
    {
      g_autofree guint *wide_row_of = g_new0 (guint, n);
      g_autofree guint *wide_column_of = g_new0 (guint, n);

      guint wide_rows = legend_grid (entry_w, n, width, gap, widest, wide_row_of, wide_column_of);

      if (wide_rows < rows)
        {
          rows = wide_rows;
          column_w = widest;
          memcpy (row_of, wide_row_of, n * sizeof (guint));
          memcpy (column_of, wide_column_of, n * sizeof (guint));
        }
    }

  for (guint r = 0; r < rows; r++)
    {
      double row_h = line_height;

      for (guint k = 0; k < n; k++)
        if (row_of[k] == r)
          {
            double text_height;

            _cb_chart_layout_size (g_ptr_array_index (layouts, k), NULL, &text_height);
            row_h = MAX (row_h, text_height + unit * 0.3);
          }

      for (guint k = 0; draw && k < n; k++)
        {
          gboolean target = k == data->cases->len;
          CbColor colour;
          double cx = x + column_of[k] * (column_w + gap), my = cy + row_h / 2;

          if (row_of[k] != r)
            continue;
          colour = target ? style->target : _cb_chart_series_colour (data, style, k);
          cairo_save (cr);
          _cb_chart_set_colour (cr, &colour, 1.0);
          cairo_set_line_width (cr, unit * 0.16);
          if (target)
            {
              double dashes[] = { unit * 0.4, unit * 0.25 };

              cairo_set_dash (cr, dashes, 2, 0);
            }
          else
            _cb_chart_set_dash (cr, k, unit * 0.16);
          cairo_move_to (cr, cx, my);
          cairo_line_to (cr, cx + sample, my);
          cairo_stroke (cr);
          if (!target)
            _cb_chart_marker (cr, k, cx + sample / 2, my, unit * 0.55);
          cairo_restore (cr);
          _cb_chart_show (cr, g_ptr_array_index (layouts, k), cx + text_x, my, CB_ALIGN_START, CB_ALIGN_CENTER,
                          &style->foreground, boxes);
        }
      cy += row_h;
    }

  return cy - y;
}

static const char * const kind_names[] = {
  [CB_CHART_RADAR] = "radar",
  [CB_CHART_GAP] = "gap",
  [CB_CHART_RANKING] = "ranking",
  [CB_CHART_HEATMAP] = "heatmap",
  [CB_CHART_ACCEPTABILITY] = "acceptability",
  [CB_CHART_SLOPE] = "slope",
};

gboolean
cb_chart_kind_from_string (const char  *text,
                           CbChartKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint k = 0; text != NULL && k < G_N_ELEMENTS (kind_names); k++)
    if (g_str_equal (text, kind_names[k]))
      {
        *kind = (CbChartKind) k;
        return TRUE;
      }
  return FALSE;
}

const char *
cb_chart_kind_to_string (CbChartKind kind)
{
  g_return_val_if_fail (kind <= CB_CHART_SLOPE, NULL);

  return kind_names[kind];
}

/**
 * cb_chart_draw:
 * @label_boxes: (nullable): an array of #CbChartBox to which the extents
 *   of every piece of text drawn are added
 *
 * Draws a chart into width × height user-space units of cr; the same
 * call serves the screen, files and tests.
 */
void
cb_chart_draw (CbChartKind         kind,
               cairo_t            *cr,
               const CbChartData  *data,
               const CbChartStyle *style,
               double              width,
               double              height,
               GArray             *label_boxes)
{
  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  switch (kind)
    {
    case CB_CHART_RADAR:
      cb_radar_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    case CB_CHART_GAP:
      cb_gap_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    case CB_CHART_RANKING:
      cb_ranking_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    case CB_CHART_HEATMAP:
      cb_heatmap_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    case CB_CHART_ACCEPTABILITY:
      cb_acceptability_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    case CB_CHART_SLOPE:
      cb_slope_chart_draw (cr, data, style, width, height, label_boxes);
      break;
    default:
      g_return_if_reached ();
    }
  cairo_restore (cr);
}
