/* wmk-nd-types.h: the neurodiversity pathway plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_ND_SNAPSHOT     "neurodiversity.snapshot"
#define WMK_ND_BIRTH_VISITS "neurodiversity.birth_visits"
#define WMK_ND_PAGE_ID      "neurodiversity.pathway"

/* The note the page shows while the plugin's sample figures are in the plan. */
#define WMK_ND_ILLUSTRATIVE N_("Illustrative figures, not Devon’s data")

extern const WmkTypeSpec wmk_nd_snapshot_spec;
extern const WmkTypeSpec wmk_nd_birth_visits_spec;

const char *wmk_nd_enum_word (const char *field,
                              const char *value);

G_END_DECLS
