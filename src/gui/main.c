/* main.c: start the Casebench application
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "casebench"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CbApplication) app = NULL;
  /* Set by `meson devenv` and the tests, to run from the build folder. */
  const char *localedir = g_getenv ("CASEBENCH_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Casebench"));

  app = cb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
