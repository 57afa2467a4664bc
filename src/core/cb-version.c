/* cb-version.c: version and build information of the core library
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cb-version"

#include "config.h"

#include <cairo.h>
#include <pango/pango.h>
#include <sqlite3.h>

#include "cb-version.h"

const char *
cb_version_string (void)
{
  return PACKAGE_VERSION;
}

/* TRUE when the running core is at least major.minor.micro. */
gboolean
cb_version_check (guint major,
                  guint minor,
                  guint micro)
{
  guint have[3] = { 0, 0, 0 };
  g_auto(GStrv) parts = g_strsplit (PACKAGE_VERSION, ".", 3);
  guint want[3] = { major, minor, micro };

  for (guint i = 0; i < 3 && parts[i] != NULL; i++)
    have[i] = (guint) g_ascii_strtoull (parts[i], NULL, 10);

  for (guint i = 0; i < 3; i++)
    if (have[i] != want[i])
      return have[i] > want[i];

  return TRUE;
}

/* The versions of the libraries the core runs on, one per line, for
 * `casebench-cli --version` and bug reports. */
char *
cb_version_describe (void)
{
  return g_strdup_printf ("Casebench %s\n"
                          "GLib %u.%u.%u\n"
                          "SQLite %s\n"
                          "Cairo %s\n"
                          "Pango %s\n",
                          PACKAGE_VERSION,
                          glib_major_version, glib_minor_version, glib_micro_version,
                          sqlite3_libversion (),
                          cairo_version_string (),
                          pango_version_string ());
}
