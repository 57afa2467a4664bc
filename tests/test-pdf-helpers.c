/* test-pdf-helpers.c: what a test can read of a PDF file
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page count and size come from the file itself (Cairo writes the
 * page dictionaries uncompressed); the text and where its words lie come
 * from poppler-utils when they are installed.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "test-pdf-helpers.h"

static char *
read_pdf (const char *path,
          gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  g_assert_true (*length > 5 && memcmp (contents, "%PDF-", 5) == 0);
  return contents;
}

/* The number of page objects: "/Type /Page" not followed by "s". */
guint
cb_test_pdf_count_pages (const char *path)
{
  gsize length;
  g_autofree char *contents = read_pdf (path, &length);
  const char *p = contents, *end = contents + length;
  guint n = 0;

  while ((p = memmem (p, end - p, "/Type /Page", 11)) != NULL)
    {
      p += 11;
      if (p < end && *p != 's')
        n++;
    }
  return n;
}

/* The MediaBox of every page, if they all have the same one. */
gboolean
cb_test_pdf_page_size (const char *path,
                       double     *width,
                       double     *height)
{
  gsize length;
  g_autofree char *contents = read_pdf (path, &length);
  const char *p = contents, *end = contents + length;
  guint n = 0;

  while ((p = memmem (p, end - p, "/MediaBox [", 11)) != NULL)
    {
      char *next;
      double x0, y0, x1, y1;

      p += 11;
      x0 = g_ascii_strtod (p, &next);
      y0 = g_ascii_strtod (next, &next);
      x1 = g_ascii_strtod (next, &next);
      y1 = g_ascii_strtod (next, &next);
      if (n > 0 && (x1 - x0 != *width || y1 - y0 != *height))
        return FALSE;
      *width = x1 - x0;
      *height = y1 - y0;
      n++;
    }
  return n > 0;
}

gboolean
cb_test_pdf_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The text of pages first to last (0: to the end), by pdftotext. */
char *
cb_test_pdf_text (const char *path,
                  guint       first_page,
                  guint       last_page)
{
  g_autofree char *first = g_strdup_printf ("%u", MAX (first_page, 1));
  g_autofree char *last = g_strdup_printf ("%u", last_page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", last, path, "-", NULL };

  if (last_page == 0)
    {
      argv[5] = path;
      argv[6] = "-";
      argv[7] = NULL;
    }
  return run (argv);
}

/* The page count pdfinfo reads. */
guint
cb_test_pdf_info_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run (argv);
  const char *pages = strstr (out, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) strtoul (pages + 7, NULL, 10);
}

static void
word_box_clear (gpointer data)
{
  g_free (((CbTestWordBox *) data)->word);
}

/* The box of every word, by pdftotext -bbox. */
GArray *
cb_test_pdf_word_boxes (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", path, "-", NULL };
  g_autofree char *out = run (argv);
  g_autoptr(GRegex) page = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">", 0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" "
                                        "yMax=\"([0-9.-]+)\">([^<]*)</word>", 0, 0, NULL);
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (CbTestWordBox));

  g_array_set_clear_func (boxes, word_box_clear);
  guint n_page = 0;
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  double width = 0, height = 0;

  for (guint k = 0; lines[k] != NULL; k++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (page, lines[k], 0, &match))
        {
          g_autofree char *w = g_match_info_fetch (match, 1);
          g_autofree char *h = g_match_info_fetch (match, 2);

          width = g_ascii_strtod (w, NULL);
          height = g_ascii_strtod (h, NULL);
          n_page++;
        }
      else
        {
          g_clear_pointer (&match, g_match_info_unref);
          if (g_regex_match (word, lines[k], 0, &match))
            {
              CbTestWordBox box = { 0 };
              double *fields[] = { &box.x_min, &box.y_min, &box.x_max, &box.y_max };

              for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
                {
                  g_autofree char *value = g_match_info_fetch (match, f + 1);

                  *fields[f] = g_ascii_strtod (value, NULL);
                }
              box.page_width = width;
              box.page_height = height;
              box.page = n_page;
              box.word = g_match_info_fetch (match, 5);
              g_array_append_val (boxes, box);
            }
        }
    }
  return boxes;
}
