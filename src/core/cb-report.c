/* cb-report.c: the workbook's analysis as a multi-page PDF report
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A title page with the contents, the framework, the method in plain
 * words, the weights (with AHP consistency where the weight set holds
 * pairwise judgements), the comparison charts, the robustness of the
 * ranking if asked for, and a profile of every case with its scores and
 * evidence. Each section starts on a new page. The PDF is written
 * beside its name and moved into place, so that a failure leaves no
 * half-written file.
 */

#define G_LOG_DOMAIN "cb-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>

#include "cb-chart-private.h"
#include "cb-report-private.h"
#include "cb-version.h"

G_DEFINE_QUARK (cb-report-error-quark, cb_report_error)

static const struct
{
  const char *name;
  double width;
  double height;
} papers[] = {
  [CB_REPORT_PAPER_A4] = { "a4", 595.276, 841.89 },
  [CB_REPORT_PAPER_LETTER] = { "letter", 612.0, 792.0 },
};

/* A4, the interface's language, the default weight set, goalposts and
 * the arithmetic mean, no sensitivity run (its settings the defaults). */
void
cb_report_options_init (CbReportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (CbReportOptions) {
    .paper = CB_REPORT_PAPER_A4,
    .language = cb_language_from_locale (),
    .weight_set = NULL,
    .normalisation = CB_NORMALISATION_GOALPOSTS,
    .aggregation = CB_AGGREGATION_ARITHMETIC,
    .include_sensitivity = FALSE,
    .date = NULL,
  };
  cb_sensitivity_settings_init (&options->sensitivity);
}

const char *
cb_report_paper_to_string (CbReportPaper paper)
{
  g_return_val_if_fail (paper <= CB_REPORT_PAPER_LETTER, NULL);

  return papers[paper].name;
}

gboolean
cb_report_paper_from_string (const char    *text,
                             CbReportPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  for (guint k = 0; text != NULL && k < G_N_ELEMENTS (papers); k++)
    if (g_ascii_strcasecmp (text, papers[k].name) == 0)
      {
        *paper = (CbReportPaper) k;
        return TRUE;
      }
  return FALSE;
}

/* The page size in points (1/72 inch). */
void
cb_report_paper_get_size (CbReportPaper  paper,
                          double        *width,
                          double        *height)
{
  g_return_if_fail (paper <= CB_REPORT_PAPER_LETTER);

  if (width != NULL)
    *width = papers[paper].width;
  if (height != NULL)
    *height = papers[paper].height;
}

const char *
_cb_report_get (const CbReport *report,
                CbText         *text)
{
  return cb_text_get (text, report->options->language);
}

const char *
_cb_report_get_other (const CbReport *report,
                      CbText         *text)
{
  const char *mine = _cb_report_get (report, text);
  const char *other = cb_text_get (text, report->options->language == CB_LANGUAGE_ZH ? CB_LANGUAGE_EN
                                                                                     : CB_LANGUAGE_ZH);

  return g_str_equal (mine, other) ? "" : other;
}

char *
_cb_report_number (double value,
                   int    decimals)
{
  return cb_format_number (value, decimals, "—");
}

/* A section of the contents. */
typedef struct
{
  char *title;
  guint level;
} Entry;

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->title);
}

/* Starts a section on a new page: level 0 for a part of the report,
 * level 1 for one under it (a case's profile); FALSE if the report was
 * cancelled. The caller draws the heading. */
gboolean
_cb_report_section (CbReport    *report,
                    const char  *title,
                    guint        level,
                    GError     **error)
{
  CbReportPage *page = &report->page;

  if (g_cancellable_set_error_if_cancelled (report->cancellable, error))
    return FALSE;
  if (page->y > page->top)
    _cb_report_page_break (page);
  _cb_report_page_mark (page);
  if (!page->draw)
    {
      Entry entry = { g_strdup (title), level };

      g_array_append_val (report->contents, entry);
    }
  if (level == 0)
    report->outline_parent = _cb_report_page_outline (page, CAIRO_PDF_OUTLINE_ROOT, title, TRUE);
  else
    _cb_report_page_outline (page, report->outline_parent, title, FALSE);
  return TRUE;
}

/* The big heading of a section, with a rule under it and a subtitle
 * (the other language's name, say) in grey. */
void
_cb_report_title (CbReport   *report,
                  const char *title,
                  const char *subtitle)
{
  CbReportPage *page = &report->page;
  static const CbColor accent = { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0, 1 };
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", title);
  g_autoptr(PangoLayout) layout = _cb_report_layout (page, markup, CB_REPORT_H1_SIZE, _cb_report_page_width (page));

  _cb_report_show (page, layout, page->left, page->y, &page->style.foreground);
  page->y += _cb_report_layout_height (layout) + 2;
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
      g_autoptr(PangoLayout) sub = _cb_report_layout (page, escaped, CB_REPORT_H2_SIZE, _cb_report_page_width (page));

      _cb_report_show (page, sub, page->left, page->y, &page->style.muted);
      page->y += _cb_report_layout_height (sub) + 2;
    }
  if (page->draw)
    {
      _cb_chart_set_colour (page->cr, &accent, 1.0);
      cairo_rectangle (page->cr, page->left, page->y + 3, 36, 2.5);
      cairo_fill (page->cr);
    }
  page->y += 3 + 2.5 + CB_REPORT_BODY_SIZE * 1.2;
}

static const char *
normalisation_name (CbNormalisation normalisation)
{
  switch (normalisation)
    {
    case CB_NORMALISATION_MINMAX:
      return _("min–max over the cases");
    case CB_NORMALISATION_ZSCORE:
      return _("z-scores");
    case CB_NORMALISATION_RANK:
      return _("percentile ranks");
    case CB_NORMALISATION_TARGET:
      return _("distance to target");
    case CB_NORMALISATION_GOALPOSTS:
    default:
      return _("rubric scale (goalposts)");
    }
}

static const char *
aggregation_name (CbAggregation aggregation)
{
  return aggregation == CB_AGGREGATION_GEOMETRIC ? _("weighted geometric mean") : _("weighted arithmetic mean");
}

static void
write_title_page (CbReport *report)
{
  CbReportPage *page = &report->page;
  CbDataset *dataset = report->dataset;
  const CbReportOptions *options = report->options;
  g_autoptr(GDateTime) now = options->date != NULL ? g_date_time_ref (options->date) : g_date_time_new_now_local ();
  g_autofree char *kicker = g_markup_printf_escaped ("%s",
                                                     _("Casebench report"));
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", report->title);
  g_autofree char *other_key = g_strdup (options->language == CB_LANGUAGE_ZH ? "title_en" : "title_zh");
  g_autofree char *other = cb_workbook_dup_meta (report->workbook, other_key);
  /* Translators: the date on a report's title page, in g_date_time_format () form */
  g_autofree char *date = g_date_time_format (now, _("%-d %B %Y"));
  g_autofree char *method = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *note = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  guint n_cases = 0, n_references = 0;

  for (guint c = 0; c < cb_dataset_get_n_cases (dataset); c++)
    {
      if (cb_dataset_get_case_is_reference (dataset, c))
        n_references++;
      else
        n_cases++;
    }

  page->footer = FALSE;
  page->y = page->top + (page->bottom - page->top) * 0.12;

  layout = _cb_report_layout (page, kicker, CB_REPORT_SMALL_SIZE, _cb_report_page_width (page));
  _cb_report_show (page, layout, page->left, page->y, &page->style.muted);
  page->y += _cb_report_layout_height (layout) + 10;
  g_clear_object (&layout);

  layout = _cb_report_layout (page, title, 26, _cb_report_page_width (page));
  _cb_report_show (page, layout, page->left, page->y, &page->style.foreground);
  page->y += _cb_report_layout_height (layout) + 4;
  g_clear_object (&layout);
  if (other != NULL && other[0] != '\0' && g_strcmp0 (other, report->title) != 0)
    {
      g_autofree char *escaped = g_markup_escape_text (other, -1);

      layout = _cb_report_layout (page, escaped, 15, _cb_report_page_width (page));
      _cb_report_show (page, layout, page->left, page->y, &page->style.muted);
      page->y += _cb_report_layout_height (layout) + 4;
      g_clear_object (&layout);
    }
  page->y += 6;
  _cb_report_text (page, _("A comparison of cases of urban community governance on the framework of "
                           "co-construction, co-governance and co-enjoyment."), CB_REPORT_BODY_SIZE + 1, 28);

  method = g_strdup_printf ("%s · %s", normalisation_name (options->normalisation),
                            aggregation_name (options->aggregation));
  counts = g_strdup_printf ("%u", n_cases);
  _cb_report_detail (page, 130, _("Date"), date);
  _cb_report_detail (page, 130, _("Cases compared"), counts);
  if (n_references > 0)
    {
      g_autofree char *references = g_strdup_printf ("%u", n_references);

      _cb_report_detail (page, 130, _("Reference profiles"), references);
    }
  _cb_report_detail (page, 130, _("Weights"), report->weight_set_name);
  _cb_report_detail (page, 130, _("Method"), method);
  if (report->sensitivity != NULL)
    {
      g_autofree char *runs = g_strdup_printf (_("%u Monte Carlo samples, seed %u"),
                                               options->sensitivity.samples, options->sensitivity.seed);

      _cb_report_detail (page, 130, _("Robustness"), runs);
    }
  {
    g_autofree char *version = g_strdup_printf ("Casebench %s", cb_version_string ());

    _cb_report_detail (page, 130, _("Made with"), version);
  }

  note = cb_workbook_dup_meta (report->workbook, options->language == CB_LANGUAGE_ZH ? "dataset_note_zh"
                                                                                     : "dataset_note_en");
  if (note != NULL && note[0] != '\0')
    {
      page->y += 14;
      _cb_report_heading (page, _("About the data"), CB_REPORT_BODY_SIZE, 0);
      _cb_report_text (page, note, CB_REPORT_SMALL_SIZE, 0);
    }

  /* The contents, known on the second pass. */
  page->y += 22;
  _cb_report_heading (page, _("Contents"), CB_REPORT_BODY_SIZE, 0);
  for (guint k = 0; k < report->contents->len; k++)
    {
      Entry *entry = &g_array_index (report->contents, Entry, k);
      g_autofree char *number = g_strdup_printf ("%u", _cb_report_page_mark_page (page, k));
      g_autofree char *escaped = g_markup_escape_text (entry->title, -1);
      g_autofree char *link = g_strdup_printf ("page=%u", _cb_report_page_mark_page (page, k));
      g_autoptr(PangoLayout) name = NULL;
      g_autoptr(PangoLayout) at = NULL;
      double indent = entry->level * 14, width;

      at = _cb_report_layout (page, number, CB_REPORT_BODY_SIZE, -1);
      _cb_chart_layout_size (at, &width, NULL);
      name = _cb_report_layout (page, escaped, entry->level > 0 ? CB_REPORT_SMALL_SIZE : CB_REPORT_BODY_SIZE,
                                _cb_report_page_width (page) - indent - 40);
      if (page->draw)
        cairo_tag_begin (page->cr, CAIRO_TAG_LINK, link);
      _cb_report_show (page, name, page->left + indent, page->y,
                       entry->level > 0 ? &page->style.muted : &page->style.foreground);
      _cb_report_show (page, at, page->right - width, page->y, &page->style.muted);
      if (page->draw)
        cairo_tag_end (page->cr, CAIRO_TAG_LINK);
      page->y += _cb_report_layout_height (name) + 2.5;
    }
}

/* A name in the report's language, with the other language's in grey
 * on the next line, as cell markup. */
char *
_cb_report_bilingual (const CbReport *report,
                  CbText         *text,
                  const char     *code)
{
  const char *other = _cb_report_get_other (report, text);
  GString *markup = g_string_new (NULL);
  g_autofree char *first = g_markup_escape_text (_cb_report_get (report, text), -1);

  g_string_append (markup, first);
  if (other[0] != '\0')
    {
      g_autofree char *second = g_markup_printf_escaped ("\n<span foreground=\"#5e5c64\">%s</span>", other);

      g_string_append (markup, second);
    }
  if (code != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n<span foreground=\"#5e5c64\" font_family=\"Monospace\" "
                                                       "size=\"smaller\">%s</span>", code);

      g_string_append (markup, line);
    }
  return g_string_free (markup, FALSE);
}

static gboolean
write_framework (CbReport  *report,
                 GError   **error)
{
  CbReportPage *page = &report->page;
  CbWorkbook *workbook = report->workbook;
  CbDataset *dataset = report->dataset;
  const double shares[] = { 30, 46, 10, 14 };
  const char *header[] = { _("Indicator"), _("What it looks at"), _("Scale"), _("Target") };
  g_autofree char *intro = NULL;
  CbReportTable table;

  if (!_cb_report_section (report, _("Framework"), 0, error))
    return FALSE;
  _cb_report_title (report, _("Framework"), NULL);
  intro = g_strdup_printf (_("The cases are scored on %u indicators grouped in %u dimensions. Each score is a "
                             "level on the indicator’s scale; the target is the level the framework "
                             "expects, against which the gaps are measured."),
                           cb_dataset_get_n_indicators (dataset), cb_dataset_get_n_dimensions (dataset));
  _cb_report_text (page, intro, CB_REPORT_BODY_SIZE, CB_REPORT_BODY_SIZE);

  _cb_report_table_init (&table, _cb_report_page_width (page), shares, header, G_N_ELEMENTS (shares));
  _cb_report_table_begin (page, &table);
  for (guint d = 0; d < cb_dataset_get_n_dimensions (dataset); d++)
    {
      CbDimension *dimension = cb_workbook_lookup_dimension (workbook, cb_dataset_get_dimension_id (dataset, d));
      CbText *name = cb_dataset_get_dimension_name (dataset, d);
      const char *other = _cb_report_get_other (report, name);
      g_autofree char *group = NULL;

      group = g_markup_printf_escaped ("<b>%s</b>%s%s   <span foreground=\"#5e5c64\">%s</span>",
                                       _cb_report_get (report, name), other[0] != '\0' ? " " : "", other,
                                       dimension != NULL ? _cb_report_get (report,
                                                                           cb_dimension_get_description (dimension))
                                                         : "");
      _cb_report_table_group (page, group);
      for (guint i = 0; i < cb_dataset_get_n_indicators (dataset); i++)
        {
          CbIndicator *indicator;
          g_autofree char *names = NULL;
          g_autofree char *description = NULL;
          g_autofree char *lo = NULL;
          g_autofree char *hi = NULL;
          g_autofree char *scale = NULL;
          g_autofree char *target = NULL;
          const char *cells[4];

          if (cb_dataset_get_indicator_dimension (dataset, i) != d)
            continue;
          indicator = cb_workbook_lookup_indicator (workbook, cb_dataset_get_indicator_id (dataset, i));
          names = _cb_report_bilingual (report, cb_dataset_get_indicator_name (dataset, i),
                                    cb_dataset_get_indicator_code (dataset, i));
          description = g_markup_escape_text (indicator != NULL
                                              ? _cb_report_get (report, cb_indicator_get_description (indicator))
                                              : "", -1);
          lo = cb_format_number (cb_dataset_get_scale_min (dataset, i), 0, "");
          hi = cb_format_number (cb_dataset_get_scale_max (dataset, i), 0, "");
          scale = g_strdup_printf ("%s–%s", lo, hi);
          target = _cb_report_number (cb_dataset_get_target (dataset, i), 1);
          if (cb_dataset_get_direction (dataset, i) < 0)
            {
              char *with = g_markup_printf_escaped ("%s\n<span foreground=\"#5e5c64\" size=\"smaller\">%s</span>",
                                                    target, _("lower is better"));

              g_free (target);
              target = with;
            }
          cells[0] = names;
          cells[1] = description;
          cells[2] = scale;
          cells[3] = target;
          _cb_report_table_row (page, cells);
        }
    }
  _cb_report_table_end (page);
  _cb_report_table_clear (&table);
  return TRUE;
}

static gboolean
write_pages (CbReport  *report,
             GError   **error)
{
  write_title_page (report);
  return write_framework (report, error) &&
         _cb_report_write_method (report, error) &&
         _cb_report_write_weights (report, error) &&
         _cb_report_write_results (report, error) &&
         (report->sensitivity == NULL || _cb_report_write_robustness (report, error)) &&
         _cb_report_write_cases (report, error);
}

typedef struct
{
  FILE *file;
  int error;
} Stream;

static cairo_status_t
write_stream (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  Stream *stream = closure;

  if (stream->error != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  errno = 0;
  if (fwrite (data, 1, length, stream->file) != length)
    {
      stream->error = errno != 0 ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, CB_REPORT_ERROR, CB_REPORT_ERROR_WRITE, _("Could not write “%s”: %s."), display, reason);
}

/* Lays the report out twice into a PDF at tmp, then moves it to path. */
static gboolean
write_pdf (CbReport    *report,
           const char  *path,
           GError     **error)
{
  const CbReportOptions *options = report->options;
  g_autofree char *tmp = g_strconcat (path, ".partial", NULL);
  g_autoptr(GDateTime) now = options->date != NULL ? g_date_time_ref (options->date) : g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  Stream stream = { NULL, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  gboolean ok = TRUE;

  stream.file = g_fopen (tmp, "wb");
  if (stream.file == NULL)
    {
      int saved_errno = errno;

      set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }

  cb_report_paper_get_size (options->paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_stream, &stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Casebench " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  _cb_report_page_init (&report->page, surface, width, height, report->title);
  cairo_surface_destroy (surface);

  for (guint pass = 0; pass < 2 && ok; pass++)
    {
      _cb_report_page_restart (&report->page, pass == 1);
      ok = write_pages (report, error);
      _cb_report_page_finish (&report->page);
    }

  surface = cairo_surface_reference (report->page.surface);
  _cb_report_page_clear (&report->page);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (fclose (stream.file) != 0 && stream.error == 0)
    stream.error = errno != 0 ? errno : EIO;
  if (ok && stream.error != 0)
    {
      set_write_error (error, path, g_strerror (stream.error));
      ok = FALSE;
    }
  else if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      set_write_error (error, path, cairo_status_to_string (status));
      ok = FALSE;
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      set_write_error (error, path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

static void
report_clear (CbReport *report)
{
  g_clear_pointer (&report->dataset, cb_dataset_unref);
  g_clear_pointer (&report->weights, cb_weights_unref);
  g_clear_pointer (&report->result, cb_result_unref);
  g_clear_pointer (&report->sensitivity, cb_sensitivity_unref);
  g_clear_pointer (&report->chart_data, cb_chart_data_unref);
  g_clear_pointer (&report->title, g_free);
  g_clear_pointer (&report->weight_set_name, g_free);
  g_clear_pointer (&report->contents, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CbReport, report_clear)

/* The workbook's title in the report's language, else its file name. */
static char *
workbook_title (CbWorkbook *workbook,
                CbLanguage  language)
{
  const char *keys[] = { language == CB_LANGUAGE_ZH ? "title_zh" : "title_en",
                         language == CB_LANGUAGE_ZH ? "title_en" : "title_zh" };
  const char *path = cb_workbook_get_path (workbook);

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *title = cb_workbook_dup_meta (workbook, keys[k]);

      if (title != NULL && g_strstrip (title)[0] != '\0')
        return g_steal_pointer (&title);
    }
  if (path != NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *display = g_filename_display_name (base);

      if (g_str_has_suffix (display, CB_WORKBOOK_SUFFIX))
        display[strlen (display) - strlen (CB_WORKBOOK_SUFFIX)] = '\0';
      return g_steal_pointer (&display);
    }
  return g_strdup (_("Untitled workbook"));
}

/**
 * cb_report_write:
 * @workbook: the workbook to report on
 * @options: what to put in the report (see cb_report_options_init ())
 * @path: the PDF file to write
 * @cancellable: (nullable): stops the work between sections and cases
 * @error: return location for a #CbReportError, or an error of the
 *   analysis, the weights, the sensitivity run or cancellation
 *
 * Analyses the workbook and writes the report to @path, replacing it
 * only once the whole report is written.
 *
 * Returns: TRUE if the file was written
 */
gboolean
cb_report_write (CbWorkbook             *workbook,
                 const CbReportOptions  *options,
                 const char             *path,
                 GCancellable           *cancellable,
                 GError                **error)
{
  g_auto(CbReport) report = { 0 };
  CbChartLabels labels;

  g_return_val_if_fail (CB_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (options != NULL && options->paper <= CB_REPORT_PAPER_LETTER, FALSE);
  g_return_val_if_fail (options->weight_set == NULL || CB_IS_WEIGHT_SET (options->weight_set), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report.workbook = workbook;
  report.options = options;
  report.cancellable = cancellable;
  report.contents = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (report.contents, entry_clear);
  report.weight_set = options->weight_set != NULL ? options->weight_set
                                                  : cb_workbook_get_default_weight_set (workbook);
  report.dataset = cb_dataset_new_from_workbook (workbook);
  if (cb_dataset_get_n_cases (report.dataset) == 0 || cb_dataset_get_n_indicators (report.dataset) == 0)
    {
      g_set_error_literal (error, CB_REPORT_ERROR, CB_REPORT_ERROR_NO_CASES,
                           _("The workbook has no cases or no indicators to report on."));
      return FALSE;
    }

  report.weights = report.weight_set != NULL
                   ? cb_weights_new_from_weight_set (report.dataset, report.weight_set, error)
                   : cb_weights_new_equal (report.dataset);
  if (report.weights == NULL)
    return FALSE;
  report.result = cb_analyse (report.dataset, report.weights, options->normalisation, options->aggregation, error);
  if (report.result == NULL)
    return FALSE;
  if (options->include_sensitivity)
    {
      CbSensitivitySettings settings = options->sensitivity;

      settings.normalisation = options->normalisation;
      settings.aggregation = options->aggregation;
      report.sensitivity = cb_sensitivity_run (report.dataset, report.weights, &settings, NULL, NULL, cancellable,
                                               error);
      if (report.sensitivity == NULL)
        return FALSE;
    }

  report.title = workbook_title (workbook, options->language);
  report.weight_set_name = report.weight_set != NULL
                           ? g_strdup (_cb_report_get (&report, cb_weight_set_get_name (report.weight_set)))
                           : g_strdup (_("Equal weights"));
  labels = options->language == CB_LANGUAGE_ZH ? CB_CHART_LABELS_ZH : CB_CHART_LABELS_EN;
  report.chart_data = cb_chart_data_new (report.result);
  cb_chart_data_set_labels (report.chart_data, labels);
  cb_chart_data_set_weight_set_name (report.chart_data, report.weight_set_name);
  cb_chart_data_set_sensitivity (report.chart_data, report.sensitivity);

  return write_pdf (&report, path, error);
}
