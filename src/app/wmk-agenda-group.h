/* wmk-agenda-group.h: a meeting's agenda, its minutes and the suggested agenda
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-meeting-group.h"

G_BEGIN_DECLS

#define WMK_TYPE_AGENDA_GROUP (wmk_agenda_group_get_type ())
G_DECLARE_FINAL_TYPE (WmkAgendaGroup, wmk_agenda_group, WMK, AGENDA_GROUP, WmkMeetingGroup)

void wmk_agenda_group_suggest (WmkAgendaGroup *self);

G_END_DECLS
