/* wmk-link-list.h: the items one item links to, with add and remove
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_LINK_LIST (wmk_link_list_get_type ())
G_DECLARE_FINAL_TYPE (WmkLinkList, wmk_link_list, WMK, LINK_LIST, AdwBin)

GtkWidget *wmk_link_list_new        (const char  *title,
                                     const char  *field,
                                     const char  *target_type,
                                     const char  *add_label);
void       wmk_link_list_set_entity (WmkLinkList *self,
                                     WmkPlan     *plan,
                                     WmkEntity   *entity);

G_END_DECLS
