/* cb-cli.h: the casebench-cli front end over the core library
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cb-workbook.h"

G_BEGIN_DECLS

/* Exit codes, as documented in --help. */
typedef enum
{
  CB_CLI_EXIT_OK = 0,
  CB_CLI_EXIT_FAILURE = 1,
  CB_CLI_EXIT_USAGE = 2,
} CbCliExit;

typedef struct
{
  char *workbook_path;  /* --workbook, or NULL for the user's workbook */
} CbCliGlobals;

typedef int (*CbCliCommandFunc) (CbCliGlobals *globals,
                                 int           argc,
                                 char        **argv);

typedef struct
{
  const char       *name;
  const char       *summary;
  CbCliCommandFunc  run;
} CbCliCommand;

int         cb_cli_run           (int                  argc,
                                  char               **argv);
int         cb_cli_usage_error   (const char          *format,
                                  ...) G_GNUC_PRINTF (1, 2);
int         cb_cli_fail          (const GError        *error);
gboolean    cb_cli_parse_command (const char          *parameters,
                                  const char          *summary,
                                  const GOptionEntry  *entries,
                                  int                 *argc,
                                  char              ***argv);
CbWorkbook *cb_cli_open_workbook (CbCliGlobals        *globals,
                                  GError             **error);

G_END_DECLS
