/* wmk-app-benchmark.h: how long the window takes to draw a plan and to filter it
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-window.h"

G_BEGIN_DECLS

void wmk_app_benchmark_start (WmkWindow *window);

G_END_DECLS
