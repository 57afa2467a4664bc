/* test-version.c: tests of the core library's version information
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "cb-version.h"

static void
test_version_string (void)
{
  g_assert_cmpstr (cb_version_string (), ==, "0.1.0");
  g_assert_cmpstr (cb_version_string (), ==, PACKAGE_VERSION);
}

static void
test_version_check (void)
{
  const struct {
    guint major, minor, micro;
    gboolean expected;
  } cases[] = {
    { 0, 0, 0, TRUE },
    { 0, 1, 0, TRUE },
    { 0, 0, 9, TRUE },
    { 0, 1, 1, FALSE },
    { 0, 2, 0, FALSE },
    { 1, 0, 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("checking %u.%u.%u", cases[i].major, cases[i].minor, cases[i].micro);
      g_assert_cmpint (cb_version_check (cases[i].major, cases[i].minor, cases[i].micro),
                       ==, cases[i].expected);
    }
}

static void
test_version_describe (void)
{
  g_autofree char *text = cb_version_describe ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *sqlite_line = g_strdup_printf ("SQLite %s", sqlite3_libversion ());

  g_assert_cmpstr (lines[0], ==, "Casebench " PACKAGE_VERSION);
  g_assert_true (g_str_has_prefix (lines[1], "GLib 2."));
  g_assert_cmpstr (lines[2], ==, sqlite_line);
  g_assert_true (g_str_has_prefix (lines[3], "Cairo 1."));
  g_assert_true (g_str_has_prefix (lines[4], "Pango 1."));
  g_assert_cmpstr (lines[5], ==, "");
  g_assert_null (lines[6]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/version/string", test_version_string);
  g_test_add_func ("/version/check", test_version_check);
  g_test_add_func ("/version/describe", test_version_describe);

  return g_test_run ();
}
