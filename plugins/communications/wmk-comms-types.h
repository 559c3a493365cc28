/* wmk-comms-types.h: the communication standards plugin's entity types
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <waymark.h>

G_BEGIN_DECLS

#define WMK_COMMS_STANDARD "communications.standard"
#define WMK_COMMS_CONTACT  "communications.contact"
#define WMK_COMMS_YOU_SAID "communications.you_said"

/* The note the page shows while the plugin's sample figures are in the plan. */
#define WMK_COMMS_ILLUSTRATIVE N_("Illustrative figures, not Devon’s data")

extern const WmkTypeSpec wmk_comms_standard_spec;
extern const WmkTypeSpec wmk_comms_contact_spec;
extern const WmkTypeSpec wmk_comms_you_said_spec;

const char *wmk_comms_enum_word    (const char *field,
                                    const char *value);
char       *wmk_comms_target_text  (WmkEntity  *standard);
char       *wmk_comms_standard_title (WmkEntity *standard);
gboolean    wmk_comms_any_illustrative (GListModel *items);

G_END_DECLS
