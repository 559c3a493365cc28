/* waymark.h: the public interface of libwaymark, for the app, the CLI and plugins
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define WAYMARK_INSIDE

#include "wmk-json.h"
#include "wmk-format.h"
#include "wmk-hlc.h"
#include "wmk-op.h"
#include "wmk-schema.h"
#include "wmk-store.h"
#include "wmk-entity.h"
#include "wmk-plan-info.h"
#include "wmk-workstream.h"
#include "wmk-objective.h"
#include "wmk-action.h"
#include "wmk-criterion.h"
#include "wmk-feedback.h"
#include "wmk-kpi.h"
#include "wmk-measurement.h"
#include "wmk-risk.h"
#include "wmk-person.h"
#include "wmk-role.h"
#include "wmk-body.h"
#include "wmk-membership.h"
#include "wmk-meeting.h"
#include "wmk-attendance.h"
#include "wmk-agenda-item.h"
#include "wmk-decision.h"
#include "wmk-log-item.h"
#include "wmk-progress-update.h"
#include "wmk-evidence.h"
#include "wmk-report.h"
#include "wmk-edit.h"
#include "wmk-plan.h"
#include "wmk-plan-file.h"
#include "wmk-action-filter.h"
#include "wmk-risk-score.h"
#include "wmk-kpi-values.h"
#include "wmk-kpi-trajectory.h"
#include "wmk-rag-suggestion.h"
#include "wmk-compliance.h"
#include "wmk-recurrence.h"
#include "wmk-calendar.h"
#include "wmk-plan-ics.h"
#include "wmk-document.h"
#include "wmk-minutes.h"
#include "wmk-agenda-suggestion.h"
#include "wmk-journal-file.h"
#include "wmk-store-sync.h"
#include "wmk-sync.h"
#include "wmk-plugin.h"
#include "wmk-plugin-registry.h"
#include "wmk-plugin-loader.h"

#undef WAYMARK_INSIDE
