/* test-cli-helpers.h: run casebench-cli from a test
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

int cb_test_run_cli (const char  *stdin_text,
                     char       **out,
                     char       **err,
                     const char  *first_arg,
                     ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
