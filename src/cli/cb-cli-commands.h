/* cb-cli-commands.h: the commands of casebench-cli
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-cli.h"

G_BEGIN_DECLS

int cb_cli_ahp  (CbCliGlobals  *globals,
                 int            argc,
                 char         **argv);
int cb_cli_export (CbCliGlobals  *globals,
                   int            argc,
                   char         **argv);
int cb_cli_export_csv (CbCliGlobals  *globals,
                       int            argc,
                       char         **argv);
int cb_cli_import (CbCliGlobals  *globals,
                   int            argc,
                   char         **argv);
int cb_cli_info (CbCliGlobals  *globals,
                 int            argc,
                 char         **argv);
int cb_cli_init (CbCliGlobals  *globals,
                 int            argc,
                 char         **argv);

int cb_cli_rank        (CbCliGlobals  *globals,
                        int            argc,
                        char         **argv);
int cb_cli_report      (CbCliGlobals  *globals,
                        int            argc,
                        char         **argv);
int cb_cli_sensitivity (CbCliGlobals  *globals,
                        int            argc,
                        char         **argv);

G_END_DECLS
