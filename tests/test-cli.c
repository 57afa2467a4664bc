/* test-cli.c: tests of casebench-cli, run as a separate process
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "test-cli-helpers.h"

static void
test_cli_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "--version", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Casebench " PACKAGE_VERSION "\n"));
  g_assert_nonnull (strstr (out, "SQLite 3."));
  g_assert_cmpstr (err, ==, "");
}

static void
test_cli_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--workbook"));
  g_assert_nonnull (strstr (out, "--version"));
  g_assert_nonnull (strstr (out, "Exit status: 0 on success, 1 on failure, 2 on a usage error."));
}

static void
test_cli_usage_errors (void)
{
  const struct {
    const char *arg;
    const char *message;
  } cases[] = {
    { "--no-such-option", "Unknown option --no-such-option" },
    { "no-such-command", "Unknown command “no-such-command”." },
    { NULL, "No command given." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("argument: %s", cases[i].arg ? cases[i].arg : "(none)");
      g_assert_cmpint (cb_test_run_cli (NULL, &out, &err, cases[i].arg, NULL), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "casebench-cli: "));
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_nonnull (strstr (err, "--help"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/usage-errors", test_cli_usage_errors);

  return g_test_run ();
}
