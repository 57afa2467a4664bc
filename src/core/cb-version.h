/* cb-version.h: version and build information of the core library
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *cb_version_string        (void);
gboolean    cb_version_check         (guint major,
                                      guint minor,
                                      guint micro);
char       *cb_version_describe      (void);

G_END_DECLS
