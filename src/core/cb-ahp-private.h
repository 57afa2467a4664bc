/* cb-ahp-private.h: what the AHP files share, and what tests may reach
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cb-ahp.h"

G_BEGIN_DECLS

/* The power iteration stops when no weight moves by this much. */
#define CB_AHP_EIGEN_TOLERANCE 1e-12
#define CB_AHP_EIGEN_MAX_ITERATIONS 1000

CbAhpResult *_cb_ahp_solve_full         (const CbAhpMatrix  *matrix,
                                         CbAhpMethod         method,
                                         CbAhpRandomIndex    ri_table,
                                         guint               max_iterations,
                                         GError            **error);

gboolean     _cb_ahp_check_entry        (guint               row,
                                         guint               column,
                                         double              value,
                                         const char         *text,
                                         GError            **error);
void         _cb_ahp_set_not_square     (GError            **error,
                                         guint               n_rows,
                                         guint               n_columns);
void         _cb_ahp_set_not_reciprocal (GError            **error,
                                         guint               row,
                                         guint               column,
                                         const char         *text,
                                         const char         *other_text);

G_END_DECLS
