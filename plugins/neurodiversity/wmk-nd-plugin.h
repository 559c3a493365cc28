/* wmk-nd-plugin.h: what the neurodiversity pathway plugin's files share
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

gboolean  wmk_nd_sample_fill    (WmkPlan  *plan,
                                 gpointer  user_data,
                                 GError  **error);
GObject  *wmk_nd_page_create    (WmkPlan  *plan,
                                 gpointer  user_data);

G_END_DECLS
