/* cb-report-page.c: pages, text and tables of the PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small page-flow engine: blocks go down the page from a cursor and a
 * block that does not fit starts a new page. Paragraphs and table rows
 * that are taller than what is left of a page are split between lines,
 * so that no text is ever cut off at the bottom edge; a table repeats
 * its header on every page it runs onto.
 */

#define G_LOG_DOMAIN "cb-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "cb-chart-private.h"
#include "cb-report-private.h"

/* Millimetres to points. */
#define MM (72.0 / 25.4)

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5

static const CbColor shade = { 0.945, 0.945, 0.950, 1 };
static const CbColor rule = { 0.55, 0.55, 0.58, 1 };

void
_cb_report_page_init (CbReportPage    *page,
                      cairo_surface_t *surface,
                      double           width,
                      double           height,
                      const char      *footer_text)
{
  *page = (CbReportPage) { 0 };
  page->surface = cairo_surface_reference (surface);
  page->cr = cairo_create (surface);
  page->page_width = width;
  page->page_height = height;
  /* 22 mm at the sides, 20 mm at the top, and room for the footer. */
  page->left = 22 * MM;
  page->right = width - 22 * MM;
  page->top = 20 * MM;
  page->bottom = height - 24 * MM;
  page->footer_text = g_strdup (footer_text);
  page->marks = g_array_new (FALSE, FALSE, sizeof (guint));
  cb_chart_style_init (&page->style, FALSE);
  page->style.font_size = 9.0;
  _cb_report_page_restart (page, FALSE);
}

void
_cb_report_page_clear (CbReportPage *page)
{
  g_clear_pointer (&page->cr, cairo_destroy);
  g_clear_pointer (&page->surface, cairo_surface_destroy);
  g_clear_pointer (&page->footer_text, g_free);
  g_clear_pointer (&page->marks, g_array_unref);
}

/* Back to the top of the first page, for the measuring pass (draw
 * FALSE) or the drawing one, which knows the number of pages. */
void
_cb_report_page_restart (CbReportPage *page,
                         gboolean      draw)
{
  page->n_pages = draw ? page->page : 0;
  page->draw = draw;
  page->page = 1;
  page->y = page->top;
  page->footer = TRUE;
  page->n_marks = 0;
  page->table = NULL;
}

double
_cb_report_page_width (const CbReportPage *page)
{
  return page->right - page->left;
}

static void
draw_footer (CbReportPage *page)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = page->page_height - 16 * MM, width;

  /* Translators: the footer of a report's pages */
  number = g_strdup_printf (_("Page %u of %u"), page->page, page->n_pages);
  right = _cb_report_layout (page, "", CB_REPORT_SMALL_SIZE, -1);
  pango_layout_set_text (right, number, -1);
  _cb_chart_layout_size (right, &width, NULL);
  left = _cb_report_layout (page, "", CB_REPORT_SMALL_SIZE, _cb_report_page_width (page) - width - 12);
  pango_layout_set_text (left, page->footer_text, -1);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  _cb_chart_set_colour (page->cr, &page->style.grid, 1.0);
  cairo_set_line_width (page->cr, 0.5);
  cairo_move_to (page->cr, page->left, y - 4);
  cairo_line_to (page->cr, page->right, y - 4);
  cairo_stroke (page->cr);
  _cb_report_show (page, left, page->left, y, &page->style.muted);
  _cb_report_show (page, right, page->right - width, y, &page->style.muted);
}

static void
end_page (CbReportPage *page)
{
  if (!page->draw)
    return;
  if (page->footer)
    draw_footer (page);
  cairo_show_page (page->cr);
}

/* Ends the page and starts the next. */
void
_cb_report_page_break (CbReportPage *page)
{
  end_page (page);
  page->page++;
  page->y = page->top;
  page->footer = TRUE;
}

/* Ends the last page. */
void
_cb_report_page_finish (CbReportPage *page)
{
  end_page (page);
}

/* Starts a new page unless height fits below the cursor (or the page is
 * still empty); TRUE if it did. */
gboolean
_cb_report_page_ensure (CbReportPage *page,
                        double        height)
{
  if (page->y + height <= page->bottom || page->y <= page->top)
    return FALSE;
  _cb_report_page_break (page);
  return TRUE;
}

/* Remembers the current page under the next mark number, which is
 * returned; the second pass reads it back with _cb_report_page_mark_page. */
guint
_cb_report_page_mark (CbReportPage *page)
{
  if (!page->draw)
    g_array_append_val (page->marks, page->page);
  return page->n_marks++;
}

/* The page of a mark on the first pass, 0 while it runs. */
guint
_cb_report_page_mark_page (const CbReportPage *page,
                           guint               mark)
{
  if (!page->draw || mark >= page->marks->len)
    return 0;
  return g_array_index (page->marks, guint, mark);
}

/* An entry of the PDF's outline (bookmarks) pointing at the cursor. */
int
_cb_report_page_outline (CbReportPage *page,
                         int           parent,
                         const char   *title,
                         gboolean      open)
{
  g_autofree char *link = NULL;
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

  if (!page->draw)
    return CAIRO_PDF_OUTLINE_ROOT;
  g_ascii_formatd (x, sizeof x, "%.1f", page->left);
  g_ascii_formatd (y, sizeof y, "%.1f", page->y);
  link = g_strdup_printf ("page=%u pos=[%s %s]", page->page, x, y);
  return cairo_pdf_surface_add_outline (page->surface, parent, title, link,
                                        open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
}

/* A layout of Pango markup at size points, wrapped at width (≤ 0: not
 * wrapped), with the charts' font and device-independent metrics. */
PangoLayout *
_cb_report_layout (CbReportPage *page,
                   const char   *markup,
                   double        size,
                   double        width)
{
  PangoLayout *layout = _cb_chart_layout (page->cr, &page->style, "", size / page->style.font_size, FALSE,
                                          width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
_cb_report_layout_height (PangoLayout *layout)
{
  double height;

  _cb_chart_layout_size (layout, NULL, &height);
  return height;
}

/* Draws the layout with its top left corner at (x, y), on the drawing
 * pass only. */
void
_cb_report_show (CbReportPage  *page,
                 PangoLayout   *layout,
                 double         x,
                 double         y,
                 const CbColor *colour)
{
  if (!page->draw)
    return;
  _cb_chart_set_colour (page->cr, colour, 1.0);
  cairo_move_to (page->cr, x, y);
  pango_cairo_show_layout (page->cr, layout);
}

/* The lines of a layout, to be spread over pages. */
typedef struct
{
  PangoLayoutLine *line;
  double x;
  double top;
  double height;
  double baseline;
} Line;

static GArray *
layout_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.line = pango_layout_iter_get_line_readonly (iter);
      line.x = (double) logical.x / PANGO_SCALE;
      line.top = (double) logical.y / PANGO_SCALE;
      line.height = (double) logical.height / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

/* Draws lines[*next…] from (x, y) for as long as they fit in avail
 * (at least one); returns the height used and moves *next on. */
static double
show_lines (CbReportPage  *page,
            GArray        *lines,
            guint         *next,
            double         x,
            double         y,
            double         avail,
            const CbColor *colour)
{
  double start, used = 0;

  if (*next >= lines->len)
    return 0;
  start = g_array_index (lines, Line, *next).top;
  for (; *next < lines->len; (*next)++)
    {
      Line *line = &g_array_index (lines, Line, *next);
      double bottom = line->top + line->height - start;

      if (bottom > avail && used > 0)
        break;
      if (page->draw)
        {
          _cb_chart_set_colour (page->cr, colour, 1.0);
          cairo_move_to (page->cr, x + line->x, y + line->baseline - start);
          pango_cairo_show_layout_line (page->cr, line->line);
        }
      used = bottom;
    }
  return used;
}

/* A paragraph of markup across the text width less indent, split
 * between lines over as many pages as it needs. */
void
_cb_report_paragraph (CbReportPage *page,
                      const char   *markup,
                      double        size,
                      double        indent,
                      double        space_after)
{
  g_autoptr(PangoLayout) layout = _cb_report_layout (page, markup, size, _cb_report_page_width (page) - indent);
  g_autoptr(GArray) lines = layout_lines (layout);
  guint next = 0;

  /* Two lines at least stay together at the foot of a page. */
  _cb_report_page_ensure (page, MIN (_cb_report_layout_height (layout), size * 2.6));
  while (TRUE)
    {
      page->y += show_lines (page, lines, &next, page->left + indent, page->y, page->bottom - page->y,
                             &page->style.foreground);
      if (next >= lines->len)
        break;
      _cb_report_page_break (page);
    }
  page->y += space_after;
}

/* Plain text as a paragraph. */
void
_cb_report_text (CbReportPage *page,
                 const char   *text,
                 double        size,
                 double        space_after)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _cb_report_paragraph (page, markup, size, 0, space_after);
}

/* A bold heading that starts a new page rather than stand alone at the
 * foot of one: keep_with is the height that must fit below it. */
void
_cb_report_heading (CbReportPage *page,
                    const char   *text,
                    double        size,
                    double        keep_with)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  g_autoptr(PangoLayout) layout = _cb_report_layout (page, markup, size, _cb_report_page_width (page));
  double height = _cb_report_layout_height (layout);

  if (page->y > page->top)
    page->y += size * 0.6;
  _cb_report_page_ensure (page, height + keep_with);
  _cb_report_show (page, layout, page->left, page->y, &page->style.foreground);
  page->y += height + size * 0.45;
}

/* A label in grey and its value beside it, in a column label_width
 * from the left. */
void
_cb_report_detail (CbReportPage *page,
                   double        label_width,
                   const char   *label,
                   const char   *value)
{
  g_autofree char *label_markup = g_markup_escape_text (label, -1);
  g_autofree char *value_markup = g_markup_escape_text (value, -1);
  g_autoptr(PangoLayout) name = _cb_report_layout (page, label_markup, CB_REPORT_BODY_SIZE, label_width - 8);
  g_autoptr(PangoLayout) text = _cb_report_layout (page, value_markup, CB_REPORT_BODY_SIZE,
                                                   _cb_report_page_width (page) - label_width);
  double height = MAX (_cb_report_layout_height (name), _cb_report_layout_height (text));

  _cb_report_page_ensure (page, height);
  _cb_report_show (page, name, page->left, page->y, &page->style.muted);
  _cb_report_show (page, text, page->left + label_width, page->y, &page->style.foreground);
  page->y += height + 3;
}

void
_cb_report_space (CbReportPage *page,
                  double        height)
{
  if (page->y > page->top)
    page->y = MIN (page->y + height, page->bottom);
}

/* Columns in proportion to shares over width; header cells are plain
 * text. */
void
_cb_report_table_init (CbReportTable      *table,
                       double              width,
                       const double       *shares,
                       const char * const *header,
                       guint               n_columns)
{
  double total = 0;

  g_assert (n_columns > 0 && n_columns <= CB_REPORT_MAX_COLUMNS);

  *table = (CbReportTable) { .n_columns = n_columns };
  for (guint k = 0; k < n_columns; k++)
    total += shares[k];
  for (guint k = 0; k < n_columns; k++)
    {
      table->widths[k] = width * shares[k] / total;
      table->header[k] = g_markup_printf_escaped ("<b>%s</b>", header[k]);
    }
}

void
_cb_report_table_clear (CbReportTable *table)
{
  for (guint k = 0; k < table->n_columns; k++)
    g_clear_pointer (&table->header[k], g_free);
}

static void
hline (CbReportPage  *page,
       double         y,
       const CbColor *colour,
       double         width)
{
  if (!page->draw)
    return;
  _cb_chart_set_colour (page->cr, colour, 1.0);
  cairo_set_line_width (page->cr, width);
  cairo_move_to (page->cr, page->left, y);
  cairo_line_to (page->cr, page->right, y);
  cairo_stroke (page->cr);
}

/* The cells of a row, laid out in their columns. */
static void
row_layouts (CbReportPage       *page,
             const char * const *cells,
             double              size,
             PangoLayout       **layouts,
             double             *height)
{
  const CbReportTable *table = page->table;

  *height = 0;
  for (guint k = 0; k < table->n_columns; k++)
    {
      layouts[k] = _cb_report_layout (page, cells[k] != NULL ? cells[k] : "", size,
                                      table->widths[k] - 2 * CELL_PAD_X);
      *height = MAX (*height, _cb_report_layout_height (layouts[k]));
    }
  *height += 2 * CELL_PAD_Y;
}

static void
show_row (CbReportPage  *page,
          PangoLayout  **layouts,
          double         height,
          const CbColor *colour)
{
  double x = page->left;

  for (guint k = 0; k < page->table->n_columns; k++)
    {
      _cb_report_show (page, layouts[k], x + CELL_PAD_X, page->y + CELL_PAD_Y, colour);
      x += page->table->widths[k];
      g_object_unref (layouts[k]);
    }
  page->y += height;
}

static double
header_height (CbReportPage *page)
{
  PangoLayout *layouts[CB_REPORT_MAX_COLUMNS];
  double height;

  row_layouts (page, (const char * const *) page->table->header, CB_REPORT_SMALL_SIZE, layouts, &height);
  for (guint k = 0; k < page->table->n_columns; k++)
    g_object_unref (layouts[k]);
  return height;
}

static void
show_header (CbReportPage *page)
{
  PangoLayout *layouts[CB_REPORT_MAX_COLUMNS];
  double height;

  row_layouts (page, (const char * const *) page->table->header, CB_REPORT_SMALL_SIZE, layouts, &height);
  hline (page, page->y, &rule, 0.9);
  show_row (page, layouts, height, &page->style.muted);
  hline (page, page->y, &rule, 0.6);
}

static void
table_page_break (CbReportPage *page)
{
  _cb_report_page_break (page);
  show_header (page);
}

/* Starts a table with its header, on a new page unless the header and
 * some rows fit on this one. */
void
_cb_report_table_begin (CbReportPage        *page,
                        const CbReportTable *table)
{
  page->table = table;
  _cb_report_page_ensure (page, header_height (page) + CB_REPORT_TABLE_SIZE * 5);
  show_header (page);
}

/* A row of markup cells. A row that does not fit goes to the next page;
 * one taller than a page is split between lines of its cells. */
void
_cb_report_table_row (CbReportPage       *page,
                      const char * const *cells)
{
  const CbReportTable *table = page->table;
  PangoLayout *layouts[CB_REPORT_MAX_COLUMNS];
  GArray *lines[CB_REPORT_MAX_COLUMNS];
  guint next[CB_REPORT_MAX_COLUMNS] = { 0 };
  double height, room = page->bottom - page->top - header_height (page);
  gboolean done = FALSE;

  g_assert (table != NULL);

  row_layouts (page, cells, CB_REPORT_TABLE_SIZE, layouts, &height);
  if (page->y + height > page->bottom && (height <= room || page->bottom - page->y < CB_REPORT_TABLE_SIZE * 4))
    table_page_break (page);
  if (page->y + height <= page->bottom)
    {
      show_row (page, layouts, height, &page->style.foreground);
      hline (page, page->y, &page->style.grid, 0.5);
      return;
    }

  for (guint k = 0; k < table->n_columns; k++)
    lines[k] = layout_lines (layouts[k]);
  while (!done)
    {
      double used = 0, x = page->left, avail = page->bottom - page->y - 2 * CELL_PAD_Y;

      done = TRUE;
      for (guint k = 0; k < table->n_columns; k++)
        {
          /* Not inside MAX (), which would evaluate it twice. */
          double cell = show_lines (page, lines[k], &next[k], x + CELL_PAD_X, page->y + CELL_PAD_Y, avail,
                                    &page->style.foreground);

          used = MAX (used, cell);
          x += table->widths[k];
          done = done && next[k] >= lines[k]->len;
        }
      page->y += used + 2 * CELL_PAD_Y;
      hline (page, page->y, &page->style.grid, 0.5);
      if (!done)
        table_page_break (page);
    }
  for (guint k = 0; k < table->n_columns; k++)
    {
      g_array_unref (lines[k]);
      g_object_unref (layouts[k]);
    }
}

/* A shaded row across the table that heads a group of rows. */
void
_cb_report_table_group (CbReportPage *page,
                        const char   *markup)
{
  g_autoptr(PangoLayout) layout = _cb_report_layout (page, markup, CB_REPORT_TABLE_SIZE,
                                                     _cb_report_page_width (page) - 2 * CELL_PAD_X);
  double height = _cb_report_layout_height (layout) + 2 * CELL_PAD_Y;

  /* With a row after it. */
  if (page->y + height + CB_REPORT_TABLE_SIZE * 3 > page->bottom)
    table_page_break (page);
  if (page->draw)
    {
      _cb_chart_set_colour (page->cr, &shade, 1.0);
      cairo_rectangle (page->cr, page->left, page->y, _cb_report_page_width (page), height);
      cairo_fill (page->cr);
    }
  _cb_report_show (page, layout, page->left + CELL_PAD_X, page->y + CELL_PAD_Y, &page->style.foreground);
  page->y += height;
  hline (page, page->y, &page->style.grid, 0.5);
}

void
_cb_report_table_end (CbReportPage *page)
{
  hline (page, page->y, &rule, 0.9);
  page->table = NULL;
  page->y += CB_REPORT_BODY_SIZE;
}

/* A chart across the text width, on the next page unless it fits. */
void
_cb_report_chart (CbReportPage      *page,
                  CbChartKind        kind,
                  const CbChartData *data,
                  double             height)
{
  /* The chart keeps a margin of its own: let it lie in the page's at
   * the sides, so that its title lines up with the text. */
  double margin = page->style.font_size * CB_CHART_MARGIN;

  height = MIN (height, page->bottom - page->top);
  _cb_report_page_ensure (page, height);
  if (page->draw)
    {
      cairo_save (page->cr);
      cairo_translate (page->cr, page->left - margin, page->y);
      cb_chart_draw (kind, page->cr, data, &page->style, _cb_report_page_width (page) + 2 * margin, height,
                     NULL);
      cairo_restore (page->cr);
    }
  page->y += height;
}
