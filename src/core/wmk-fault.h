/* wmk-fault.h: named points where a test can have the process killed
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void wmk_fault_point (const char *name);
void wmk_fault_arm   (const char *name,
                      guint       hit);

G_END_DECLS
