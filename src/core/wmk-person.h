/* wmk-person.h: a person in a plan
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"

G_BEGIN_DECLS

#define WMK_TYPE_PERSON (wmk_person_get_type ())
G_DECLARE_FINAL_TYPE (WmkPerson, wmk_person, WMK, PERSON, WmkEntity)

const char  *wmk_person_get_name (WmkPerson *self);
const char  *wmk_person_get_job_title (WmkPerson *self);
const char  *wmk_person_get_organisation (WmkPerson *self);

G_END_DECLS
