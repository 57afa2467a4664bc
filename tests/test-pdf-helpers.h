/* test-pdf-helpers.h: what a test can read of a PDF file
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint     cb_test_pdf_count_pages  (const char *path);
gboolean  cb_test_pdf_page_size    (const char *path,
                                    double     *width,
                                    double     *height);
gboolean  cb_test_pdf_have_poppler (void);
char     *cb_test_pdf_text         (const char *path,
                                    guint       first_page,
                                    guint       last_page);
guint     cb_test_pdf_info_pages   (const char *path);
GArray   *cb_test_pdf_word_boxes   (const char *path);

/* A word's box on its page, in points from the top left (pdftotext -bbox). */
typedef struct
{
  double x_min;
  double y_min;
  double x_max;
  double y_max;
  double page_width;
  double page_height;
  guint page;        /* 1-based */
  char *word;
} CbTestWordBox;

G_END_DECLS
