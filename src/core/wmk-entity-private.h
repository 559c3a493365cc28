/* wmk-entity-private.h: how the plan creates and refreshes entities
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-entity.h"
#include "wmk-fields-private.h"

G_BEGIN_DECLS

WmkEntity *wmk_entity_new    (GType        gtype,
                              const WmkTypeSpec *spec,
                              const char  *id,
                              const char  *type,
                              gboolean     live,
                              WmkFields   *fields);
void       wmk_entity_update (WmkEntity   *self,
                              gboolean     live,
                              WmkFields   *fields);

G_END_DECLS
