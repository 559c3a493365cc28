/* wmk-commissioning-types.h: the joint commissioning plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_COMMISSIONING_PROVISION "commissioning.provision"
#define WMK_COMMISSIONING_DECISION  "commissioning.decision"

#define WMK_COMMISSIONING_ILLUSTRATIVE N_("Illustrative figures, not Devon’s data")

/* The needs and Devon's eight districts, in the order the matrix shows them. */
#define WMK_COMMISSIONING_N_NEEDS      6
#define WMK_COMMISSIONING_N_LOCALITIES 8

extern const WmkTypeSpec wmk_commissioning_provision_spec;
extern const WmkTypeSpec wmk_commissioning_decision_spec;

const char *wmk_commissioning_enum_word      (const char *field,
                                              const char *value);
const char *wmk_commissioning_need_id        (guint       need);
const char *wmk_commissioning_need_short     (guint       need);
int         wmk_commissioning_need_index     (const char *id);
const char *wmk_commissioning_locality_id    (guint       locality);
int         wmk_commissioning_locality_index (const char *id);
double      wmk_commissioning_locality_share (guint       locality);
gboolean    wmk_commissioning_any_illustrative (GListModel *items);
char       *wmk_commissioning_format_money   (double      pounds);

G_END_DECLS
