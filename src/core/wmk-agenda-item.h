/* wmk-agenda-item.h: an agenda item in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_AGENDA_ITEM (wmk_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (WmkAgendaItem, wmk_agenda_item, WMK, AGENDA_ITEM, WmkEntity)

const char  *wmk_agenda_item_get_parent (WmkAgendaItem *self);
const char  *wmk_agenda_item_get_number (WmkAgendaItem *self);
const char  *wmk_agenda_item_get_title (WmkAgendaItem *self);
const char  *wmk_agenda_item_get_minutes (WmkAgendaItem *self);

G_END_DECLS
