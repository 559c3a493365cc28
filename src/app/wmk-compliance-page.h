/* wmk-compliance-page.h: the improvement notice's duties, checked
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark.h"

G_BEGIN_DECLS

#define WMK_TYPE_COMPLIANCE_PAGE (wmk_compliance_page_get_type ())
G_DECLARE_FINAL_TYPE (WmkCompliancePage, wmk_compliance_page, WMK, COMPLIANCE_PAGE, AdwBin)

void wmk_compliance_page_set_plan (WmkCompliancePage *self,
                                   WmkPlan           *plan);

G_END_DECLS
